#include "QaIssue.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>

namespace caselens::qa {
namespace {

struct TypeName {
    IssueType type;
    const char* key;
    const char* label;
    const char* subtype;
};

constexpr std::array kTypes{
    TypeName{IssueType::Value, "value", QT_TRANSLATE_NOOP("TranslationCheck", "Value"), "number/unit"},
    TypeName{IssueType::Unit, "unit", QT_TRANSLATE_NOOP("TranslationCheck", "Unit"), "number/unit"},
    TypeName{IssueType::Polarity, "polarity", QT_TRANSLATE_NOOP("TranslationCheck", "Polarity"),
             "mistranslation"},
    TypeName{IssueType::Certainty, "certainty", QT_TRANSLATE_NOOP("TranslationCheck", "Certainty"),
             "mistranslation"},
    TypeName{IssueType::Laterality, "laterality", QT_TRANSLATE_NOOP("TranslationCheck", "Laterality"),
             "mistranslation"},
    TypeName{IssueType::Omission, "omission", QT_TRANSLATE_NOOP("TranslationCheck", "Omission"), "omission"},
    TypeName{IssueType::Addition, "addition", QT_TRANSLATE_NOOP("TranslationCheck", "Addition"), "addition"},
    TypeName{IssueType::Terminology, "terminology", QT_TRANSLATE_NOOP("TranslationCheck", "Terminology"),
             "terminology"},
    // MQM files an untranslated term under accuracy; for a clinician it is a wrong term.
    TypeName{IssueType::Untranslated, "untranslated", QT_TRANSLATE_NOOP("TranslationCheck", "Untranslated"),
             "terminology"},
    TypeName{IssueType::LocaleConvention, "locale_convention",
             QT_TRANSLATE_NOOP("TranslationCheck", "Number format"), "number/unit"},
};

constexpr std::array<std::pair<Severity, const char*>, 3> kSeverities{
    {{Severity::Critical, "critical"}, {Severity::Major, "major"}, {Severity::Minor, "minor"}}};

const TypeName& nameOf(IssueType type)
{
    for (const TypeName& name : kTypes)
        if (name.type == type)
            return name;
    return kTypes.front();
}

} // namespace

QString toKey(IssueType type)
{
    return QString::fromLatin1(nameOf(type).key);
}

std::optional<IssueType> issueTypeFromKey(const QString& key)
{
    for (const TypeName& name : kTypes)
        if (key == QLatin1String(name.key))
            return name.type;
    return std::nullopt;
}

QList<IssueType> allIssueTypes()
{
    QList<IssueType> types;
    for (const TypeName& name : kTypes)
        types.append(name.type);
    return types;
}

QString displayName(IssueType type)
{
    return QCoreApplication::translate("TranslationCheck", nameOf(type).label);
}

QString annotationSubtype(IssueType type)
{
    return QString::fromLatin1(nameOf(type).subtype);
}

QString toKey(Severity severity)
{
    for (const auto& [candidate, key] : kSeverities)
        if (candidate == severity)
            return QString::fromLatin1(key);
    return {};
}

std::optional<Severity> severityFromKey(const QString& key)
{
    for (const auto& [candidate, name] : kSeverities)
        if (key == QLatin1String(name))
            return candidate;
    return std::nullopt;
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QCoreApplication::translate("TranslationCheck", "Critical");
    case Severity::Major:
        return QCoreApplication::translate("TranslationCheck", "Major");
    case Severity::Minor:
        return QCoreApplication::translate("TranslationCheck", "Minor");
    }
    return {};
}

QString QaIssue::key() const
{
    // Readable where it helps (type and offsets), hashed where the text could be long or private.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(toKey(type).toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(original.text.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(translation.text.toUtf8());
    return QStringLiteral("%1:%2-%3:%4-%5:%6")
        .arg(toKey(type))
        .arg(original.start)
        .arg(original.end)
        .arg(translation.start)
        .arg(translation.end)
        .arg(QString::fromLatin1(hash.result().toHex().left(16)));
}

} // namespace caselens::qa
