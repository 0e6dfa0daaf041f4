#pragma once

#include "DetectedSpan.h"

namespace caselens {

// Finds what identifies by number or address, and ages over 89:
//  - e-mail addresses and URLs;
//  - phone numbers: after a word for phone ("tel.", "telefone", "teléfono", "phone"), in
//    international form (+34 912 345 678), with an area code in brackets ((11) 98765-4321), or
//    in groups of digits adding up to 9–13 (912 345 678);
//  - record numbers after their name (NHC, nº de processo, historia clínica, MRN, DNI, NIF, ...),
//    national id numbers (12345678Z, 123.456.789-00) and runs of six or more digits that are not
//    a measurement (a unit, "/", "%" or a count word after them keeps "150000/mm3" a value);
//  - ages of 90 and over: "92 años", "92 anos", "92-year-old", "aged 92", "92 years of age"
//    become "90 o más años", "90 ou mais anos", "≥90-year-old", "aged 90 or more".
class NumberFinder {
public:
    QList<DetectedSpan> find(const QString& text) const;
};

} // namespace caselens
