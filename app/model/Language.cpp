#include "Language.h"

namespace caselens::language {

QStringList supportedCodes()
{
    return {QStringLiteral("pt"), QStringLiteral("es"), QStringLiteral("en")};
}

bool isSupported(const QString& code)
{
    return supportedCodes().contains(code);
}

QString nativeName(const QString& code)
{
    if (code == u"pt")
        return QStringLiteral("Português");
    if (code == u"es")
        return QStringLiteral("Español");
    if (code == u"en")
        return QStringLiteral("English");
    return code;
}

QString normalizeCode(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    return isSupported(lower) ? lower : QString();
}

} // namespace caselens::language
