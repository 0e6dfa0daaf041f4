#include "TranslationChecker.h"

#include "ContextDriftCheck.h"
#include "LateralityCheck.h"
#include "NumberCheck.h"
#include "PairView.h"
#include "SentenceCheck.h"
#include "TermIndex.h"
#include "TerminologyCheck.h"
#include "findings/CompiledLexicons.h"
#include "findings/ContextAnalyzer.h"
#include "findings/FindingsEngine.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <tuple>

namespace caselens::qa {
namespace {

// Reading order: the aligned sentence pair an issue is in, then where it starts.
struct Ordered {
    int bead = 0;
    int start = 0;
    int side = 0;
    QaIssue issue;
};

int beadOfSpan(const PairView& pair, const IssueSpan& span, bool translationSide)
{
    const QList<SentenceSpan>& sentences = pair.side(translationSide).result().sentences;
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), span.start,
                                     [](int start, const SentenceSpan& s) { return start < s.start; });
    const int sentence = static_cast<int>(it - sentences.cbegin()) - 1;
    return translationSide ? pair.beadOfTranslationSentence(sentence) : pair.beadOfOriginalSentence(sentence);
}

} // namespace

TranslationChecker::TranslationChecker()
    : TranslationChecker(FindingsEngine::shared())
{}

TranslationChecker::TranslationChecker(std::shared_ptr<const FindingsEngine> engine)
    : m_engine(std::move(engine))
{
    // The lexicons live as long as the engine: share its ownership.
    const std::shared_ptr<const findings::CompiledLexicons> lexicons(m_engine, &m_engine->lexicons());
    m_terms = &m_engine->lexicons() == findings::CompiledLexicons::shared().get()
                  ? TermIndex::shared()
                  : std::make_shared<const TermIndex>(m_engine->lexicons());
    m_context = std::make_unique<const findings::ContextAnalyzer>(lexicons);
}

TranslationChecker::~TranslationChecker() = default;

std::shared_ptr<const TranslationChecker> TranslationChecker::shared()
{
    static std::once_flag once;
    static std::shared_ptr<const TranslationChecker> instance;
    std::call_once(once, [] { instance = std::make_shared<const TranslationChecker>(); });
    return instance;
}

QaReport TranslationChecker::check(const QString& original, const QString& originalLanguage,
                                   const QString& translation, const QString& translationLanguage) const
{
    const PairResult pair =
        m_engine->extractPair(original, originalLanguage, translation, translationLanguage);
    return check(original, translation, pair);
}

QaReport TranslationChecker::check(const QString& original, const QString& translation,
                                   const PairResult& pair) const
{
    const PairView view(original, translation, pair);
    const CheckContext context{m_engine->lexicons(), *m_context, *m_terms};
    QList<QaIssue> found;
    static constexpr std::array<Check, 5> checks{checkNumbers, checkContextDrift, checkLaterality,
                                                 checkSentences, checkTerminology};
    for (const Check run : checks)
        run(view, context, found);

    std::vector<Ordered> ordered;
    ordered.reserve(static_cast<std::size_t>(found.size()));
    for (QaIssue& issue : found) {
        const bool onOriginal = !issue.original.isEmpty();
        const IssueSpan& span = onOriginal ? issue.original : issue.translation;
        ordered.push_back(
            {beadOfSpan(view, span, !onOriginal), span.start, onOriginal ? 0 : 1, std::move(issue)});
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Ordered& a, const Ordered& b) {
        return std::tie(a.bead, a.side, a.start) < std::tie(b.bead, b.side, b.start);
    });
    QaReport report;
    report.originalLanguage = pair.original.language;
    report.translationLanguage = pair.translation.language;
    for (Ordered& item : ordered)
        report.issues.append(std::move(item.issue));
    report.score = QaScore::of(report.issues, view.translation().wordCount());
    return report;
}

} // namespace caselens::qa
