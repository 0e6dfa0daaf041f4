#include "ReferenceInterval.h"

#include <algorithm>

namespace caselens::findings {
namespace {

// How far back from a number a bracket or a reference word may open its interval.
constexpr int kMaxReach = 12;
// Unbracketed, the reference word must be close: "VR: 0,5-2,2", "reference range, 25.1-40.7 s".
constexpr int kMaxUnbracketedReach = 5;

bool isOpening(char16_t sign)
{
    return sign == u'(' || sign == u'[';
}

bool isClosing(char16_t sign)
{
    return sign == u')' || sign == u']';
}

// A bound or the start of a range: "<", "≤", "-", "–", "to".
bool isBoundSign(char16_t sign)
{
    return sign == u'<' || sign == u'>' || sign == u'\u2264' || sign == u'\u2265' || sign == u'-' ||
           sign == u'\u2013' || sign == u'\u2014' || sign == u'.' || sign == u',';
}

} // namespace

bool ReferenceInterval::contains(QStringView text, std::span<const Token> tokens, int sentenceFirst,
                                 int valueToken, int previousValueEnd, const LanguageRules& rules)
{
    bool referenceWord = false;
    bool onlyBounds = true; // between here and the number: numbers and bounds ("106–", "<")
    bool introduces = true; // the same, or reference words and ':' ("normal range: 0.5–")
    const int stop = std::max(sentenceFirst, valueToken - kMaxReach);
    for (int t = valueToken - 1; t >= stop; --t) {
        const Token& token = tokens[static_cast<std::size_t>(t)];
        const char16_t sign = token.symbol(text);
        if (isClosing(sign) || sign == u';')
            return false;
        // "(blood count within normal limits, amylase: 136 U/L)": a new item of the bracket.
        if (sign == u',' && t + 1 < valueToken) {
            const Token& next = tokens[static_cast<std::size_t>(t + 1)];
            if (next.kind == TokenKind::Word && !rules.isReferenceWord(next.hash))
                return false;
        }
        if (isOpening(sign))
            return referenceWord || (onlyBounds && t + 1 < valueToken && previousValueEnd == t);
        const bool isReference = token.kind == TokenKind::Word && rules.isReferenceWord(token.hash);
        if (isReference) {
            referenceWord = true;
            // Outside brackets the word must introduce the number directly: "VR: 0,5-2,2", not
            // "normal blood pressure 120/80".
            if (introduces && valueToken - t <= kMaxUnbracketedReach)
                return true;
        }
        const bool bound = token.kind == TokenKind::Number || isBoundSign(sign);
        onlyBounds = onlyBounds && bound;
        introduces = introduces && (bound || isReference || sign == u':');
    }
    return false;
}

} // namespace caselens::findings
