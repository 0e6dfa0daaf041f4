#pragma once

#include "DetectedSpan.h"

namespace caselens {

// Finds people's names and places in Portuguese, Spanish and English texts:
//  - a title and capitalised words: "Dr. García López", "Dra. Ana Sousa", "Sr. Pérez", "Mrs. Smith";
//  - a patient, or someone named, by capitalised words or initials: "paciente J.M.G.",
//    "doente Maria Silva", "patient John Doe", "llamado Pedro";
//  - institutions: "Hospital Universitario 12 de Octubre", "Centro de Saúde de Braga",
//    "Clínica Santa Ana", "St Mary's Hospital";
//  - cities from a short curated list (Iberian, Latin American and a few others).
// Countries and regions are kept: they identify no one. The Deidentifier then masks every other
// occurrence of what was found (the surname alone, the other language) with the same placeholder.
class NamePlaceFinder {
public:
    QList<DetectedSpan> find(const QString& text) const;
    // The words of a name that are worth finding on their own elsewhere (surnames, given names),
    // leaving out particles, titles and words too short to be sure.
    static QStringList distinctiveWords(const QString& name);
};

} // namespace caselens
