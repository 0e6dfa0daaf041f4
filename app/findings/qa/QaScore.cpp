#include "QaScore.h"

#include <algorithm>

namespace caselens::qa {

QaScore QaScore::of(const QList<QaIssue>& issues, int words)
{
    QaScore score;
    score.words = std::max(0, words);
    for (const QaIssue& issue : issues) {
        switch (issue.severity) {
        case Severity::Critical:
            ++score.critical;
            break;
        case Severity::Major:
            ++score.major;
            break;
        case Severity::Minor:
            ++score.minor;
            break;
        }
    }
    score.penalty =
        kCriticalPoints * score.critical + kMajorPoints * score.major + kMinorPoints * score.minor;
    if (score.words == 0)
        score.score = score.penalty == 0 ? 100.0 : 0.0;
    else
        score.score = std::max(0.0, 100.0 - static_cast<double>(score.penalty) * 100.0 / score.words);
    return score;
}

} // namespace caselens::qa
