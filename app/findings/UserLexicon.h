#pragma once

#include "CompiledLexicons.h"
#include "findings/ExtractionResult.h"

#include <QList>

#include <array>
#include <vector>

namespace caselens::findings {

// A user's own terms, compiled like the shipped ones. Kept apart from the shipped lexicons so
// that adding a term recompiles a few entries, not 30,000.
class UserLexicon {
public:
    explicit UserLexicon(const QList<UserTerm>& terms);

    const PhraseMatcher& matcher(int languageIndex) const
    {
        return m_matchers[static_cast<std::size_t>(languageIndex)];
    }
    const std::vector<TermEntry>& entries() const { return m_entries; }
    const QList<UserTerm>& terms() const { return m_terms; }
    bool isEmpty() const { return m_entries.empty(); }

private:
    QList<UserTerm> m_terms;
    std::vector<TermEntry> m_entries;
    std::array<PhraseMatcher, CompiledLexicons::kLanguageCount> m_matchers;
};

} // namespace caselens::findings
