#include "DeidReplacement.h"

#include "model/MessageContexts.h"

#include <QCoreApplication>

namespace caselens {

QString toKey(DeidKind kind)
{
    switch (kind) {
    case DeidKind::Date:
        return QStringLiteral("date");
    case DeidKind::Name:
        return QStringLiteral("name");
    case DeidKind::Place:
        return QStringLiteral("place");
    case DeidKind::Identifier:
        return QStringLiteral("id");
    case DeidKind::Phone:
        return QStringLiteral("phone");
    case DeidKind::Age:
        return QStringLiteral("age");
    }
    return {};
}

QString displayName(DeidKind kind)
{
    switch (kind) {
    case DeidKind::Date:
        return DeidText::tr("Date");
    case DeidKind::Name:
        return DeidText::tr("Name");
    case DeidKind::Place:
        return DeidText::tr("Place");
    case DeidKind::Identifier:
        return DeidText::tr("Identifier");
    case DeidKind::Phone:
        return DeidText::tr("Phone");
    case DeidKind::Age:
        return DeidText::tr("Age over 89");
    }
    return {};
}

} // namespace caselens
