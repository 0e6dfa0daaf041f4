#pragma once

#include "QaIssue.h"
#include "findings/ExtractionResult.h"
#include "findings/SentenceSplitter.h"
#include "findings/Tokenizer.h"

#include <QString>

#include <string>
#include <vector>

namespace caselens::qa {

// One side of a pair as the checks read it: the text's tokens (UTF-16 offsets, like the
// engine's), its sentences as token ranges, and which sentence each finding sits in. Findings
// and sentences come from the engine in code points; the view converts at its edges.
class SideView {
public:
    SideView(const QString& text, const ExtractionResult& result);

    const QString& text() const { return m_text; }
    const ExtractionResult& result() const { return m_result; }
    int languageIndex() const { return m_languageIndex; }
    const std::u16string& folded() const { return m_folded; }
    const std::vector<findings::Token>& tokens() const { return m_tokens; }
    const std::vector<findings::SentenceBounds>& sentences() const { return m_sentences; }
    int sentenceCount() const { return static_cast<int>(m_sentences.size()); }
    // The sentence of a finding (index into result().findings), -1 when outside every sentence.
    int sentenceOfFinding(int finding) const { return m_findingSentence[static_cast<std::size_t>(finding)]; }
    // The sentence a token belongs to, -1 for none.
    int sentenceOfToken(int token) const { return m_tokenSentence[static_cast<std::size_t>(token)]; }
    int wordCount() const { return m_wordCount; }
    // The first token starting at or after a UTF-16 offset.
    int tokenAt(int utf16) const;
    // The tokens [first, end) of a finding.
    std::pair<int, int> findingTokens(int finding) const;
    // Words (letters or digits) of one sentence.
    int wordsInSentence(int sentence) const;

    int toUtf16(int codePoint) const;
    int toCodePoint(int utf16) const;
    // A span over UTF-16 offsets [start, end), reported in code points with its text.
    IssueSpan span(int start, int end) const;
    IssueSpan tokenSpan(int firstToken, int endToken) const;
    IssueSpan findingSpan(int finding) const;
    IssueSpan sentenceSpan(int sentence) const;
    // The token's text, folded (lower case, no accents).
    std::u16string_view foldedToken(int token) const;
    QStringView tokenText(int token) const;

private:
    const QString& m_text;
    const ExtractionResult& m_result;
    int m_languageIndex = 2;
    std::u16string m_folded;
    std::vector<findings::Token> m_tokens;
    std::vector<findings::SentenceBounds> m_sentences;
    std::vector<int> m_findingSentence;
    std::vector<int> m_tokenSentence;
    std::vector<int> m_codePointToUtf16; // empty when the text has no surrogate pairs
    std::vector<int> m_utf16ToCodePoint;
    int m_wordCount = 0;
};

// A bead of the sentence alignment as sentence ranges of both sides.
struct Bead {
    int originalFirst = 0;
    int originalCount = 0;
    int translationFirst = 0;
    int translationCount = 0;
    double score = 0;
};

// Both sides and their alignment; what every check starts from.
class PairView {
public:
    PairView(const QString& originalText, const QString& translationText, const PairResult& pair);

    const SideView& original() const { return m_original; }
    const SideView& translation() const { return m_translation; }
    const SideView& side(bool translationSide) const { return translationSide ? m_translation : m_original; }
    const PairResult& pair() const { return m_pair; }
    const std::vector<Bead>& beads() const { return m_beads; }
    // The bead a sentence belongs to (-1 when the alignment does not cover it).
    int beadOfOriginalSentence(int sentence) const;
    int beadOfTranslationSentence(int sentence) const;
    // The translation finding linked to an original finding (or the reverse), -1 when unlinked.
    int linkOfOriginal(int finding) const { return m_linkOfOriginal[static_cast<std::size_t>(finding)]; }
    int linkOfTranslation(int finding) const
    {
        return m_linkOfTranslation[static_cast<std::size_t>(finding)];
    }

private:
    SideView m_original;
    SideView m_translation;
    const PairResult& m_pair;
    std::vector<Bead> m_beads;
    std::vector<int> m_originalBead;
    std::vector<int> m_translationBead;
    std::vector<int> m_linkOfOriginal;
    std::vector<int> m_linkOfTranslation;
};

} // namespace caselens::qa
