#include "PairView.h"

#include "QaAligner.h"
#include "findings/CompiledLexicons.h"
#include "findings/TextFolder.h"

#include <algorithm>

namespace caselens::qa {

using findings::Token;
using findings::TokenKind;

SideView::SideView(const QString& text, const ExtractionResult& result)
    : m_text(text)
    , m_result(result)
{
    const int language = findings::CompiledLexicons::languageIndex(result.language);
    m_languageIndex = language < 0 ? 2 : language;
    findings::TextFolder::foldInto(text, m_folded);
    findings::Tokenizer::tokenize(text, m_folded, m_tokens);

    bool surrogates = false;
    for (const QChar c : text)
        surrogates = surrogates || c.isLowSurrogate();
    if (surrogates) {
        m_utf16ToCodePoint.resize(static_cast<std::size_t>(text.size()) + 1);
        int point = 0;
        for (qsizetype i = 0; i < text.size(); ++point) {
            const bool pair =
                text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
            m_codePointToUtf16.push_back(static_cast<int>(i));
            m_utf16ToCodePoint[static_cast<std::size_t>(i)] = point;
            if (pair)
                m_utf16ToCodePoint[static_cast<std::size_t>(i + 1)] = point;
            i += pair ? 2 : 1;
        }
        m_codePointToUtf16.push_back(static_cast<int>(text.size()));
        m_utf16ToCodePoint[static_cast<std::size_t>(text.size())] = point;
    }

    const auto tokenAt = [this](int utf16) {
        return static_cast<int>(
            std::lower_bound(m_tokens.begin(), m_tokens.end(), utf16,
                             [](const Token& t, int offset) { return t.start < offset; }) -
            m_tokens.begin());
    };
    m_tokenSentence.assign(m_tokens.size(), -1);
    for (const SentenceSpan& sentence : result.sentences) {
        findings::SentenceBounds bounds;
        bounds.start = toUtf16(sentence.start);
        bounds.end = toUtf16(sentence.end);
        bounds.firstToken = tokenAt(bounds.start);
        bounds.endToken = tokenAt(bounds.end);
        for (int t = bounds.firstToken; t < bounds.endToken; ++t)
            m_tokenSentence[static_cast<std::size_t>(t)] = static_cast<int>(m_sentences.size());
        m_sentences.push_back(bounds);
    }
    m_findingSentence.reserve(static_cast<std::size_t>(result.findings.size()));
    for (const Finding& finding : result.findings) {
        const auto it =
            std::upper_bound(result.sentences.cbegin(), result.sentences.cend(), finding.start,
                             [](int start, const SentenceSpan& sentence) { return start < sentence.start; });
        const int index = static_cast<int>(it - result.sentences.cbegin()) - 1;
        m_findingSentence.push_back(index >= 0 && finding.start < result.sentences[index].end ? index : -1);
    }
    for (const Token& token : m_tokens)
        if (token.kind != TokenKind::Symbol && !token.glued)
            ++m_wordCount;
}

int SideView::tokenAt(int utf16) const
{
    return static_cast<int>(std::lower_bound(m_tokens.begin(), m_tokens.end(), utf16,
                                             [](const Token& t, int offset) { return t.start < offset; }) -
                            m_tokens.begin());
}

std::pair<int, int> SideView::findingTokens(int finding) const
{
    const Finding& f = m_result.findings[finding];
    return {tokenAt(toUtf16(f.start)), tokenAt(toUtf16(f.end))};
}

int SideView::wordsInSentence(int sentence) const
{
    const findings::SentenceBounds& bounds = m_sentences[static_cast<std::size_t>(sentence)];
    int words = 0;
    for (int t = bounds.firstToken; t < bounds.endToken; ++t)
        if (m_tokens[static_cast<std::size_t>(t)].kind == TokenKind::Word &&
            (t == 0 ||
             !m_tokens[static_cast<std::size_t>(t)].continuesWord(m_tokens[static_cast<std::size_t>(t - 1)])))
            ++words;
    return words;
}

int SideView::toUtf16(int codePoint) const
{
    if (m_codePointToUtf16.empty())
        return codePoint;
    return m_codePointToUtf16[static_cast<std::size_t>(
        std::clamp(codePoint, 0, static_cast<int>(m_codePointToUtf16.size()) - 1))];
}

int SideView::toCodePoint(int utf16) const
{
    if (m_utf16ToCodePoint.empty())
        return utf16;
    return m_utf16ToCodePoint[static_cast<std::size_t>(
        std::clamp(utf16, 0, static_cast<int>(m_utf16ToCodePoint.size()) - 1))];
}

IssueSpan SideView::span(int start, int end) const
{
    return {toCodePoint(start), toCodePoint(end), m_text.mid(start, end - start)};
}

IssueSpan SideView::tokenSpan(int firstToken, int endToken) const
{
    return span(m_tokens[static_cast<std::size_t>(firstToken)].start,
                m_tokens[static_cast<std::size_t>(endToken - 1)].end);
}

IssueSpan SideView::findingSpan(int finding) const
{
    const Finding& f = m_result.findings[finding];
    return {f.start, f.end, f.text};
}

IssueSpan SideView::sentenceSpan(int sentence) const
{
    const findings::SentenceBounds& bounds = m_sentences[static_cast<std::size_t>(sentence)];
    // Without the trailing spaces or line break the sentence span may hold.
    int end = bounds.end;
    while (end > bounds.start && m_text[end - 1].isSpace())
        --end;
    return span(bounds.start, end);
}

std::u16string_view SideView::foldedToken(int token) const
{
    const Token& t = m_tokens[static_cast<std::size_t>(token)];
    return std::u16string_view(m_folded).substr(static_cast<std::size_t>(t.start),
                                                static_cast<std::size_t>(t.length()));
}

QStringView SideView::tokenText(int token) const
{
    const Token& t = m_tokens[static_cast<std::size_t>(token)];
    return QStringView(m_text).mid(t.start, t.length());
}

PairView::PairView(const QString& originalText, const QString& translationText, const PairResult& pair)
    : m_original(originalText, pair.original)
    , m_translation(translationText, pair.translation)
    , m_pair(pair)
{
    m_originalBead.assign(static_cast<std::size_t>(m_original.sentenceCount()), -1);
    m_translationBead.assign(static_cast<std::size_t>(m_translation.sentenceCount()), -1);
    m_beads = QaAligner::align(m_original, m_translation);
    for (std::size_t index = 0; index < m_beads.size(); ++index) {
        const Bead& bead = m_beads[index];
        for (int s = 0; s < bead.originalCount; ++s)
            m_originalBead[static_cast<std::size_t>(bead.originalFirst + s)] = static_cast<int>(index);
        for (int s = 0; s < bead.translationCount; ++s)
            m_translationBead[static_cast<std::size_t>(bead.translationFirst + s)] = static_cast<int>(index);
    }
    m_linkOfOriginal.assign(static_cast<std::size_t>(pair.original.findings.size()), -1);
    m_linkOfTranslation.assign(static_cast<std::size_t>(pair.translation.findings.size()), -1);
    for (const FindingLink& link : pair.links) {
        m_linkOfOriginal[static_cast<std::size_t>(link.originalFinding)] =
            static_cast<int>(link.translationFinding);
        m_linkOfTranslation[static_cast<std::size_t>(link.translationFinding)] =
            static_cast<int>(link.originalFinding);
    }
}

int PairView::beadOfOriginalSentence(int sentence) const
{
    return sentence < 0 || sentence >= static_cast<int>(m_originalBead.size())
               ? -1
               : m_originalBead[static_cast<std::size_t>(sentence)];
}

int PairView::beadOfTranslationSentence(int sentence) const
{
    return sentence < 0 || sentence >= static_cast<int>(m_translationBead.size())
               ? -1
               : m_translationBead[static_cast<std::size_t>(sentence)];
}

} // namespace caselens::qa
