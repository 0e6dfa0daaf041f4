#include "UnitTable.h"

#include "TextFolder.h"

namespace caselens::findings {

bool UnitTable::addRow(QStringView variant, QStringView ucum, QStringView dimension, QStringView factor)
{
    bool ok = false;
    const double value = factor.toDouble(&ok);
    if (variant.isEmpty() || ucum.isEmpty() || dimension.isEmpty() || !ok || value <= 0)
        return false;
    int dimensionIndex = static_cast<int>(m_dimensionNames.indexOf(dimension.toString()));
    if (dimensionIndex < 0) {
        dimensionIndex = static_cast<int>(m_dimensionNames.size());
        m_dimensionNames.append(dimension.toString());
        m_canonicalUnits.append(QString());
    }
    UnitEntry entry{variant.toString(), ucum.toString(), dimensionIndex, value};
    // The canonical unit of a dimension is the UCUM unit written as itself with factor 1.
    if (value == 1 && entry.variant == entry.ucum && m_canonicalUnits[dimensionIndex].isEmpty())
        m_canonicalUnits[dimensionIndex] = entry.ucum;
    m_entries.push_back(std::move(entry));
    return true;
}

void UnitTable::finish()
{
    PhraseMatcher::Builder builder;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        builder.add(m_entries[i].variant, static_cast<std::uint32_t>(i));
        if (!m_byName.contains(m_entries[i].ucum) && m_entries[i].variant == m_entries[i].ucum)
            m_byName.insert(m_entries[i].ucum, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (!m_byName.contains(m_entries[i].ucum))
            m_byName.insert(m_entries[i].ucum, static_cast<int>(i));
        if (!m_byName.contains(m_entries[i].variant))
            m_byName.insert(m_entries[i].variant, static_cast<int>(i));
    }
    m_matcher = builder.build();
}

UnitTable::Match UnitTable::match(QStringView text, std::span<const Token> tokens, int first, int limit) const
{
    PhraseMatcher::Candidates candidates;
    const int count = m_matcher.candidatesAt(tokens, first, limit, candidates);
    for (int c = count - 1; c >= 0; --c) {
        const auto& candidate = candidates[static_cast<std::size_t>(c)];
        // A unit may touch its number ("37,5º", "109bpm") but must end its word ("5 mg" but
        // not "5 mgx").
        const auto after = static_cast<std::size_t>(first + candidate.tokenCount);
        if (after < tokens.size() && tokens[after].continuesWord(tokens[after - 1]))
            continue;
        const Token& previous = tokens[static_cast<std::size_t>(first > 0 ? first - 1 : 0)];
        if (first > 0 && tokens[static_cast<std::size_t>(first)].continuesWord(previous) &&
            previous.kind != TokenKind::Number)
            continue;
        const Token& begin = tokens[static_cast<std::size_t>(first)];
        const Token& end = tokens[static_cast<std::size_t>(first + candidate.tokenCount - 1)];
        const QStringView written = text.mid(begin.start, end.end - begin.start);
        const UnitEntry* best = nullptr;
        for (const std::uint32_t payload : m_matcher.payloads(candidate)) {
            const UnitEntry& entry = m_entries[payload];
            if (TextFolder::sameIgnoringSpaces(written, entry.variant)) {
                best = &entry;
                break;
            }
            if (!best)
                best = &entry;
        }
        if (best)
            return {candidate.tokenCount, best};
    }
    return {};
}

const UnitEntry* UnitTable::find(const QString& unit) const
{
    const auto it = m_byName.constFind(unit);
    return it == m_byName.constEnd() ? nullptr : &m_entries[static_cast<std::size_t>(*it)];
}

std::optional<CanonicalQuantity> UnitTable::toCanonical(double value, const QString& unit) const
{
    const UnitEntry* entry = find(unit);
    if (!entry)
        return std::nullopt;
    return CanonicalQuantity{value * entry->factor, m_dimensionNames[entry->dimension],
                             canonicalUnit(entry->dimension)};
}

QString UnitTable::canonicalUnit(int dimension) const
{
    if (dimension < 0 || dimension >= m_canonicalUnits.size())
        return {};
    return m_canonicalUnits[dimension];
}

} // namespace caselens::findings
