#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace caselens {

// Where a case stands in review; the order is the normal workflow.
enum class ReviewStatus { New, InReview, Reviewed, TeachingReady };

// Stable machine names used in the library, the CLI and JSON: new, in-review, reviewed, teaching-ready.
QString toKey(ReviewStatus status);
// Accepts the key, with '_' or ' ' in place of '-', in any case.
std::optional<ReviewStatus> reviewStatusFromKey(const QString& key);
QStringList reviewStatusKeys();
// Human label for the interface, e.g. "In review".
QString displayName(ReviewStatus status);

} // namespace caselens
