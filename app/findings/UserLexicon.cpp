#include "UserLexicon.h"

namespace caselens::findings {

UserLexicon::UserLexicon(const QList<UserTerm>& terms)
    : m_terms(terms)
{
    std::array<PhraseMatcher::Builder, CompiledLexicons::kLanguageCount> builders;
    for (const UserTerm& term : terms) {
        const QString trimmed = term.term.simplified();
        if (trimmed.isEmpty())
            continue;
        const auto payload = static_cast<std::uint32_t>(m_entries.size());
        bool added = false;
        for (int language = 0; language < CompiledLexicons::kLanguageCount; ++language) {
            if (term.language != QLatin1String("*") &&
                CompiledLexicons::languageIndex(term.language) != language)
                continue;
            added = builders[static_cast<std::size_t>(language)].add(trimmed, payload) || added;
        }
        if (!added)
            continue;
        TermEntry entry;
        entry.category = term.category;
        entry.conceptId =
            term.conceptId.isEmpty() ? QStringLiteral("user:") + trimmed.toLower() : term.conceptId;
        entry.code = term.code;
        entry.written = trimmed;
        m_entries.push_back(std::move(entry));
    }
    for (int language = 0; language < CompiledLexicons::kLanguageCount; ++language)
        m_matchers[static_cast<std::size_t>(language)] = builders[static_cast<std::size_t>(language)].build();
}

} // namespace caselens::findings
