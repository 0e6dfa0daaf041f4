#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace caselens::storage {

// Times are stored as ISO 8601 UTC text with milliseconds: sortable, readable, portable.
inline QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// `time` as stored, or now when it is not set.
inline QString timestampOr(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : nowTimestamp();
}

inline QDateTime timestampFrom(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace caselens::storage
