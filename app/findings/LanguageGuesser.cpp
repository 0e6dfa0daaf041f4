#include "LanguageGuesser.h"

#include <QHash>
#include <QRegularExpression>

#include <array>

namespace caselens {
namespace {

enum Lang { Pt, Es, En, LangCount };

// Words frequent in one language's clinical prose and rare in the other two.
const QHash<QString, Lang>& markerWords()
{
    static const QHash<QString, Lang> words = [] {
        QHash<QString, Lang> map;
        for (const char* w :
             {"não",  "com",   "uma",    "do",   "da",    "dos", "das", "ao",  "em",    "foi",    "são",
              "pelo", "pela",  "também", "após", "sem",   "há",  "os",  "um",  "muito", "doente", "ou",
              "está", "foram", "nos",    "nas",  "pelos", "às",  "já",  "até", "sua",   "seu"})
            map.insert(QString::fromUtf8(w), Pt);
        for (const char* w :
             {"el",  "los",   "las", "del", "al",     "y",          "con",      "una",   "fue",
              "es",  "sin",   "por", "un",  "tras",   "muy",        "presenta", "desde", "su",
              "sus", "hasta", "le",  "lo",  "fueron", "presentaba", "ya",       "pero",  "varón"})
            map.insert(QString::fromUtf8(w), Es);
        for (const char* w :
             {"the", "and",   "of",    "with", "was",  "is",   "to",     "in",      "for",
              "he",  "she",   "his",   "her",  "were", "an",   "on",     "at",      "from",
              "by",  "after", "which", "had",  "this", "that", "showed", "patient", "without"})
            map.insert(QString::fromUtf8(w), En);
        return map;
    }();
    return words;
}

} // namespace

QString guessLanguage(const QString& text)
{
    static const QRegularExpression wordPattern(QStringLiteral("\\w+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    std::array<int, LangCount> score{};
    int markers = 0;
    const QString sample = text.left(20000).toLower();
    auto words = wordPattern.globalMatch(sample);
    while (words.hasNext()) {
        const auto found = markerWords().constFind(words.next().captured());
        if (found != markerWords().constEnd()) {
            ++score[found.value()];
            ++markers;
        }
    }
    // Letters only one of the languages writes.
    for (const QChar c : sample) {
        if (c == u'ã' || c == u'õ' || c == u'ç')
            score[Pt] += 2;
        else if (c == u'ñ' || c == u'¿' || c == u'¡')
            score[Es] += 2;
    }
    if (markers < 3)
        return {};
    const auto best = std::max_element(score.begin(), score.end()) - score.begin();
    int second = 0;
    for (int i = 0; i < LangCount; ++i)
        if (i != best)
            second = std::max(second, score[i]);
    if (score[best] < second * 3 / 2 + 1) // too close to call
        return {};
    static const std::array<const char*, LangCount> codes{"pt", "es", "en"};
    return QString::fromLatin1(codes[best]);
}

} // namespace caselens
