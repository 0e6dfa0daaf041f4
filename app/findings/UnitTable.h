#pragma once

#include "PhraseMatcher.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace caselens::findings {

// A way a unit is written ("mg/dl", "/mm³", "lpm") and what it means in UCUM.
struct UnitEntry {
    QString variant;
    QString ucum;      // UCUM spelling: "mg/dL", "/mm3", "/min"
    int dimension = 0; // index into UnitTable::dimensions()
    double factor = 1; // value in the dimension's canonical unit = value * factor
};

// A value converted to its dimension's canonical unit: 27,400 /mm3 -> 27.4 10*9/L.
struct CanonicalQuantity {
    double value = 0;
    QString dimension; // "cell_count", "mass_concentration", ...
    QString unit;      // the dimension's canonical UCUM unit
};

// Units as written in case reports (units.tsv), their UCUM spelling and conversions.
class UnitTable {
public:
    struct Match {
        int tokenCount = 0;
        const UnitEntry* unit = nullptr;
    };

    // Adds one row of units.tsv; returns false (row ignored) when it is malformed.
    bool addRow(QStringView variant, QStringView ucum, QStringView dimension, QStringView factor);
    void finish(); // builds the matcher; call once after the last addRow

    // The longest unit written at tokens[first..limit), on word boundaries. Of variants that
    // differ only in case ("mm", "mM") the one written exactly as in the text wins.
    Match match(QStringView text, std::span<const Token> tokens, int first, int limit) const;

    // By UCUM spelling ("mg/dL") or any known variant ("mg/dl").
    const UnitEntry* find(const QString& unit) const;
    std::optional<CanonicalQuantity> toCanonical(double value, const QString& unit) const;

    const QStringList& dimensions() const { return m_dimensionNames; }
    QString canonicalUnit(int dimension) const;
    bool isEmpty() const { return m_entries.empty(); }

private:
    std::vector<UnitEntry> m_entries;
    QStringList m_dimensionNames;
    QStringList m_canonicalUnits; // per dimension
    QHash<QString, int> m_byName; // UCUM spellings first, then variants
    PhraseMatcher m_matcher;
};

} // namespace caselens::findings
