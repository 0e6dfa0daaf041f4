#include "DeidReplacement.h"

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
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("Deidentifier", text);
    };
    switch (kind) {
    case DeidKind::Date:
        return tr("Date");
    case DeidKind::Name:
        return tr("Name");
    case DeidKind::Place:
        return tr("Place");
    case DeidKind::Identifier:
        return tr("Identifier");
    case DeidKind::Phone:
        return tr("Phone");
    case DeidKind::Age:
        return tr("Age over 89");
    }
    return {};
}

} // namespace caselens
