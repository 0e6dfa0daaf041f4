#include "TermIndex.h"

#include "findings/CompiledLexicons.h"
#include "findings/TextFolder.h"
#include "findings/Tokenizer.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <tuple>

namespace caselens::qa {

using findings::Token;
using findings::TokenKind;

namespace {

constexpr int kAllLanguages = 7;
constexpr std::size_t kPrefixLength = 6;
constexpr std::size_t kLongName = 9;
constexpr int kMaxDistance = 3;

std::uint64_t hashOf(std::u16string_view folded)
{
    return findings::Tokenizer::hashOf(folded);
}

bool allLetters(std::u16string_view folded)
{
    return std::all_of(folded.begin(), folded.end(), [](char16_t c) {
        return findings::TextFolder::classOf(c) == findings::CharClass::Letter;
    });
}

std::size_t commonPrefix(std::u16string_view a, std::u16string_view b)
{
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

// "corticoides" / "corticoide", "anestésica" / "anestésicos", "ciprofloxacina" /
// "ciprofloxacino", "fluoresceínica" / "fluoresceína": the same stem with another gender,
// number, language or adjective ending is grammar (or a lexicon without that form), not a
// misspelling. English inflects drug names only for the plural: "levofloxacine" is misspelt.
bool isInflection(std::u16string_view word, std::u16string_view name, int languageIndex)
{
    static constexpr std::array<std::u16string_view, 13> endings{
        u"", u"a", u"o", u"e", u"s", u"as", u"os", u"es", u"ic", u"ica", u"ico", u"icas", u"icos"};
    static constexpr std::array<std::u16string_view, 3> englishEndings{u"", u"s", u"es"};
    constexpr int kEnglish = 2;
    const auto isEnding = [languageIndex](std::u16string_view tail) {
        if (languageIndex == kEnglish)
            return std::find(englishEndings.begin(), englishEndings.end(), tail) != englishEndings.end();
        return std::find(endings.begin(), endings.end(), tail) != endings.end();
    };
    std::size_t stem = commonPrefix(word, name);
    // "anestésica" / "anestésicos" share "anestésic"; "-os" / "-a" may also share a first letter.
    for (std::size_t back = 0; back <= 1 && stem >= back; ++back) {
        const std::size_t at = stem - back;
        if (at >= 5 && isEnding(word.substr(at)) && isEnding(name.substr(at)))
            return true;
    }
    return false;
}

// Endings of ordinary nouns, adjectives and verbs that no drug or disease name has: a word ending
// so is a word ("gestation" is not "Gestatron", "immunodepression" not "immunosuppression").
bool hasWordSuffix(std::u16string_view word)
{
    static constexpr std::array<std::u16string_view, 14> suffixes{
        u"tion", u"sion", u"cion", u"cao",   u"sao", u"ment", u"mente",
        u"ness", u"ity",  u"idad", u"idade", u"ing", u"ical", u"ally"};
    return std::any_of(suffixes.begin(), suffixes.end(), [word](std::u16string_view suffix) {
        return word.size() > suffix.size() + 2 && word.substr(word.size() - suffix.size()) == suffix;
    });
}

} // namespace

TermIndex::TermIndex(const findings::CompiledLexicons& lexicons)
{
    std::vector<Token> tokens;
    std::u16string scratch;
    const auto addWords = [&](const QString& phrase, int bits) {
        findings::Tokenizer::tokenize(phrase, scratch, tokens);
        for (const Token& token : tokens)
            if (token.kind == TokenKind::Word)
                m_words.emplace_back(token.hash, bits);
        return tokens.size() == 1 && tokens.front().kind == TokenKind::Word;
    };
    const std::vector<findings::TermEntry>& terms = lexicons.terms();
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const findings::TermEntry& term = terms[i];
        const int language = lexicons.termLanguage(i);
        const bool oneWord = addWords(term.written, language < 0 ? kAllLanguages : 1 << language);
        if (!oneWord || term.caseSensitive)
            continue;
        m_wordTerms.push_back({tokens.front().hash, language, term.conceptId});
        std::u16string folded = findings::TextFolder::folded(term.written);
        // Named drugs only: class words ("anestésicos", "anticoagulante", "vacina") inflect into
        // ordinary adjectives and participles ("anestesiados", "anticoagulada", "vacinal").
        const bool drug = term.category == FindingCategory::Medication && folded.size() >= 6 &&
                          term.conceptId.startsWith(QLatin1String("drugbank:"));
        const bool disease =
            (term.category == FindingCategory::Diagnosis || term.category == FindingCategory::Symptom) &&
            folded.size() >= 8;
        if ((drug || disease) && allLetters(folded))
            m_names.push_back({std::move(folded), term.written, term.conceptId, term.category, language});
    }
    for (const findings::AnalyteNameEntry& name : lexicons.analyteNames())
        addWords(name.written, kAllLanguages);

    std::stable_sort(m_wordTerms.begin(), m_wordTerms.end());
    std::sort(m_words.begin(), m_words.end());
    std::vector<std::pair<std::uint64_t, int>> merged;
    for (const auto& [hash, bits] : m_words) {
        if (!merged.empty() && merged.back().first == hash)
            merged.back().second |= bits;
        else
            merged.emplace_back(hash, bits);
    }
    m_words = std::move(merged);

    // One entry per name and language ("Cloxacilina" is both a pt and an es row).
    std::stable_sort(m_names.begin(), m_names.end(), [](const Name& a, const Name& b) {
        return std::tie(a.language, a.folded) < std::tie(b.language, b.folded);
    });
    m_names.erase(std::unique(m_names.begin(), m_names.end(),
                              [](const Name& a, const Name& b) {
                                  return a.language == b.language && a.folded == b.folded;
                              }),
                  m_names.end());

    for (std::uint32_t id = 0; id < m_names.size(); ++id) {
        const std::u16string& folded = m_names[id].folded;
        m_deletions.push_back({hashOf(folded), id});
        std::u16string shorter;
        for (std::size_t i = 0; i < folded.size(); ++i) {
            shorter.assign(folded, 0, i);
            shorter.append(folded, i + 1);
            m_deletions.push_back({hashOf(shorter), id});
        }
        if (folded.size() >= kLongName)
            m_prefixes.push_back({hashOf(std::u16string_view(folded).substr(0, kPrefixLength)), id});
    }
    std::sort(m_deletions.begin(), m_deletions.end());
    m_deletions.erase(
        std::unique(m_deletions.begin(), m_deletions.end(),
                    [](const Key& a, const Key& b) { return a.hash == b.hash && a.name == b.name; }),
        m_deletions.end());
    std::sort(m_prefixes.begin(), m_prefixes.end());
}

std::shared_ptr<const TermIndex> TermIndex::shared()
{
    static std::once_flag once;
    static std::shared_ptr<const TermIndex> instance;
    std::call_once(
        once, [] { instance = std::make_shared<const TermIndex>(*findings::CompiledLexicons::shared()); });
    return instance;
}

int TermIndex::termLanguages(std::u16string_view foldedWord) const
{
    const std::uint64_t hash = hashOf(foldedWord);
    const auto it = std::lower_bound(m_words.begin(), m_words.end(), std::pair<std::uint64_t, int>{hash, 0});
    return it != m_words.end() && it->first == hash ? it->second : 0;
}

QStringList TermIndex::conceptsOfWord(std::u16string_view foldedWord, int languageIndex) const
{
    QStringList concepts;
    const std::uint64_t hash = hashOf(foldedWord);
    for (auto it = std::lower_bound(m_wordTerms.begin(), m_wordTerms.end(), WordTerm{hash, 0, {}});
         it != m_wordTerms.end() && it->hash == hash; ++it)
        if ((it->language < 0 || it->language == languageIndex) && !concepts.contains(it->conceptId))
            concepts.append(it->conceptId);
    return concepts;
}

std::u16string TermIndex::cognateForm(std::u16string_view folded)
{
    std::u16string out;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        char16_t c = folded[i];
        if (c == u'p' && i + 1 < folded.size() && folded[i + 1] == u'h') {
            c = u'f';
            ++i;
        } else if (c == u'h') {
            continue;
        } else if (c == u'y') {
            c = u'i';
        } else if (c == u'k' || c == u'z') {
            c = u'c';
        }
        if (out.empty() || out.back() != c)
            out.push_back(c);
    }
    return out;
}

bool TermIndex::acceptable(const Name& name, std::u16string_view word, int distance, int languageIndex) const
{
    constexpr int kEnglish = 2;
    if (distance == 0 || distance > kMaxDistance || isInflection(word, name.folded, languageIndex) ||
        hasWordSuffix(word))
        return false;
    // Portuguese and Spanish admit spelling variants ("isoniacida", "doxorrubicina",
    // "sulfadiacina"); English drug names have one spelling ("vancomicin" is wrong).
    if (languageIndex != kEnglish && cognateForm(word) == cognateForm(name.folded))
        return false;
    const std::size_t prefix = commonPrefix(word, name.folded);
    const std::size_t length = std::min(word.size(), name.folded.size());
    if (name.category != FindingCategory::Medication) {
        // Disease names inflect ("diabetes", "diabetic"; "hepatitis", "hepatite"): an edit
        // confined to the ending is grammar, not a misspelling.
        return distance <= 2 && word.size() >= 8 && prefix >= 3 && prefix + 3 < length;
    }
    switch (distance) {
    case 1:
        return word.size() >= 6;
    case 2:
        return word.size() >= 8 && prefix >= 3;
    default:
        return word.size() >= 10 && prefix >= kPrefixLength;
    }
}

std::optional<TermIndex::NearMiss> TermIndex::nearMiss(std::u16string_view foldedWord,
                                                       int languageIndex) const
{
    const std::vector<NearMiss> all = nearMisses(foldedWord, languageIndex);
    return all.empty() ? std::nullopt : std::optional<NearMiss>(all.front());
}

std::vector<TermIndex::NearMiss> TermIndex::nearMisses(std::u16string_view foldedWord,
                                                       int languageIndex) const
{
    if (foldedWord.size() < 6 || foldedWord.size() > 40)
        return {};
    std::vector<std::uint32_t> candidates;
    const auto collect = [&candidates](const std::vector<Key>& keys, std::uint64_t hash) {
        auto it = std::lower_bound(keys.begin(), keys.end(), Key{hash, 0});
        for (; it != keys.end() && it->hash == hash; ++it)
            candidates.push_back(it->name);
    };
    collect(m_deletions, hashOf(foldedWord));
    std::u16string shorter;
    for (std::size_t i = 0; i < foldedWord.size(); ++i) {
        shorter.assign(foldedWord.substr(0, i));
        shorter.append(foldedWord.substr(i + 1));
        collect(m_deletions, hashOf(shorter));
    }
    if (foldedWord.size() >= kLongName)
        collect(m_prefixes, hashOf(foldedWord.substr(0, kPrefixLength)));
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    std::vector<NearMiss> found;
    for (const std::uint32_t id : candidates) {
        const Name& name = m_names[id];
        if (name.language >= 0 && name.language != languageIndex)
            continue;
        if (name.folded == foldedWord)
            return {}; // a known name, not a near miss
        const int distance = editDistance(foldedWord, name.folded, kMaxDistance);
        if (acceptable(name, foldedWord, distance, languageIndex))
            found.push_back(NearMiss{name.written, name.conceptId, name.category, distance});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const NearMiss& a, const NearMiss& b) { return a.distance < b.distance; });
    return found;
}

int TermIndex::editDistance(std::u16string_view a, std::u16string_view b, int limit)
{
    const auto n = static_cast<int>(a.size());
    const auto m = static_cast<int>(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows: the one before last (for transpositions), the last, the current.
    std::vector<int> before(static_cast<std::size_t>(m) + 1);
    std::vector<int> last(static_cast<std::size_t>(m) + 1);
    std::vector<int> row(static_cast<std::size_t>(m) + 1);
    for (int j = 0; j <= m; ++j)
        last[static_cast<std::size_t>(j)] = j;
    for (int i = 1; i <= n; ++i) {
        row[0] = i;
        int rowMinimum = row[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[static_cast<std::size_t>(i - 1)] == b[static_cast<std::size_t>(j - 1)] ? 0 : 1;
            int value =
                std::min({last[static_cast<std::size_t>(j)] + 1, row[static_cast<std::size_t>(j - 1)] + 1,
                          last[static_cast<std::size_t>(j - 1)] + cost});
            if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[static_cast<std::size_t>(j - 2)] &&
                a[static_cast<std::size_t>(i - 2)] == b[static_cast<std::size_t>(j - 1)])
                value = std::min(value, before[static_cast<std::size_t>(j - 2)] + 1);
            row[static_cast<std::size_t>(j)] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(before, last);
        std::swap(last, row);
    }
    return std::min(last[static_cast<std::size_t>(m)], limit + 1);
}

} // namespace caselens::qa
