#include "ReviewStatus.h"

#include <QCoreApplication>

#include <array>

namespace caselens {
namespace {

struct StatusName {
    ReviewStatus status;
    const char* key;
    const char* label;
};

constexpr std::array kStatusNames{
    StatusName{ReviewStatus::New, "new", QT_TRANSLATE_NOOP("ReviewStatus", "New")},
    StatusName{ReviewStatus::InReview, "in-review", QT_TRANSLATE_NOOP("ReviewStatus", "In review")},
    StatusName{ReviewStatus::Reviewed, "reviewed", QT_TRANSLATE_NOOP("ReviewStatus", "Reviewed")},
    StatusName{ReviewStatus::TeachingReady, "teaching-ready",
               QT_TRANSLATE_NOOP("ReviewStatus", "Teaching-ready")},
};

} // namespace

QString toKey(ReviewStatus status)
{
    for (const auto& name : kStatusNames)
        if (name.status == status)
            return QString::fromLatin1(name.key);
    return QStringLiteral("new");
}

std::optional<ReviewStatus> reviewStatusFromKey(const QString& key)
{
    QString normalized = key.trimmed().toLower();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    for (const auto& name : kStatusNames)
        if (normalized == QLatin1String(name.key))
            return name.status;
    return std::nullopt;
}

QStringList reviewStatusKeys()
{
    QStringList keys;
    for (const auto& name : kStatusNames)
        keys << QString::fromLatin1(name.key);
    return keys;
}

QString displayName(ReviewStatus status)
{
    for (const auto& name : kStatusNames)
        if (name.status == status)
            return QCoreApplication::translate("ReviewStatus", name.label);
    return {};
}

} // namespace caselens
