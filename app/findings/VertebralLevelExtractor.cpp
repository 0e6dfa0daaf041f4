#include "VertebralLevelExtractor.h"

#include "TextFolder.h"

#include <QString>

namespace caselens::findings {
namespace {

// Highest level of each region: cervical 7, thoracic (dorsal) 12, lumbar 5, sacral 5.
int highestLevel(QChar region)
{
    switch (region.unicode()) {
    case u'C':
        return 7;
    case u'T':
    case u'D':
        return 12;
    case u'L':
    case u'S':
        return 5;
    default:
        return 0;
    }
}

// A level at tokens[i]: a capital region letter glued to its number ("L5"). Returns the
// region's letter or a null QChar.
QChar levelAt(QStringView text, std::span<const Token> tokens, int i, int limit, int* number)
{
    if (i + 1 >= limit)
        return {};
    const Token& letter = tokens[static_cast<std::size_t>(i)];
    const Token& digits = tokens[static_cast<std::size_t>(i + 1)];
    if (letter.kind != TokenKind::Word || letter.length() != 1 || digits.kind != TokenKind::Number ||
        !digits.glued || digits.length() > 2)
        return {};
    const QChar region = text[letter.start];
    *number = text.mid(digits.start, digits.length()).toInt();
    if (*number < 1 || *number > highestLevel(region))
        return {};
    return region;
}

bool isRangeSign(const Token& token, QStringView text)
{
    if (token.kind != TokenKind::Symbol || token.length() != 1)
        return false;
    const char16_t c = TextFolder::fold(text[token.start].unicode());
    return c == u'-' || c == u'/';
}

// MRI sequences are named like thoracic levels: "T1-weighted", "T2 ponderada", "T2 hiperintensa".
bool isMriSequence(QStringView text, std::span<const Token> tokens, int next, int limit)
{
    if (next < limit && isRangeSign(tokens[static_cast<std::size_t>(next)], text))
        ++next;
    if (next >= limit || tokens[static_cast<std::size_t>(next)].kind != TokenKind::Word)
        return false;
    const Token& word = tokens[static_cast<std::size_t>(next)];
    const QString folded = QString::fromStdU16String(TextFolder::folded(text.mid(word.start, word.length())));
    for (const char* prefix : {"weight", "pondera", "hiper", "hipo", "hyper", "hypo", "sequ", "secu", "imag",
                               "flair", "stir", "signal", "senal", "sinal"})
        if (folded.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

} // namespace

void VertebralLevelExtractor::extract(QStringView text, std::span<const Token> tokens,
                                      const SentenceBounds& sentence, std::vector<std::uint8_t>& claimed,
                                      std::vector<CandidateFinding>& out)
{
    const int limit = sentence.endToken;
    for (int i = sentence.firstToken; i + 1 < limit; ++i) {
        if (claimed[static_cast<std::size_t>(i)] ||
            (i > 0 &&
             tokens[static_cast<std::size_t>(i)].continuesWord(tokens[static_cast<std::size_t>(i - 1)])))
            continue;
        int number = 0;
        const QChar region = levelAt(text, tokens, i, limit, &number);
        if (region.isNull())
            continue;
        int end = i + 2;
        QString conceptLevel =
            QString(region == QLatin1Char('D') ? QLatin1Char('T') : region) + QString::number(number);
        // A range: "L5-S1", "C5-C6", "L4/L5", "L4-5".
        if (end + 1 < limit && isRangeSign(tokens[static_cast<std::size_t>(end)], text)) {
            int second = 0;
            const QChar secondRegion = levelAt(text, tokens, end + 1, limit, &second);
            if (!secondRegion.isNull()) {
                conceptLevel += QLatin1Char('-') +
                                QString(secondRegion == QLatin1Char('D') ? QLatin1Char('T') : secondRegion) +
                                QString::number(second);
                end += 3;
            } else if (tokens[static_cast<std::size_t>(end + 1)].kind == TokenKind::Number &&
                       tokens[static_cast<std::size_t>(end + 1)].length() <= 2) {
                second = text.mid(tokens[static_cast<std::size_t>(end + 1)].start,
                                  tokens[static_cast<std::size_t>(end + 1)].length())
                             .toInt();
                if (second > number && second <= highestLevel(region)) {
                    conceptLevel +=
                        QLatin1Char('-') + QString(conceptLevel.front()) + QString::number(second);
                    end += 2;
                }
            }
        }
        if (end < static_cast<int>(tokens.size()) &&
            tokens[static_cast<std::size_t>(end)].continuesWord(tokens[static_cast<std::size_t>(end - 1)]))
            continue;
        if ((region == QLatin1Char('T') && end == i + 2 && number <= 2) &&
            isMriSequence(text, tokens, end, limit))
            continue;
        CandidateFinding candidate;
        candidate.firstToken = i;
        candidate.endToken = end;
        candidate.finding.category = FindingCategory::Anatomy;
        candidate.finding.start = tokens[static_cast<std::size_t>(i)].start;
        candidate.finding.end = tokens[static_cast<std::size_t>(end - 1)].end;
        candidate.finding.conceptId = QStringLiteral("cl:spine_") + conceptLevel;
        for (int t = i; t < end; ++t)
            claimed[static_cast<std::size_t>(t)] = 1;
        out.push_back(std::move(candidate));
        i = end - 1;
    }
}

} // namespace caselens::findings
