#include "Settings.h"

#include <QHash>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace caselens {
namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kZoom = QStringLiteral("text/zoomSteps");
const QString kSyncScroll = QStringLiteral("text/synchronizedScrolling");
const QString kAuthor = QStringLiteral("review/authorName");
const QString kLabels = QStringLiteral("review/annotationLabels");
const QString kLanguage = QStringLiteral("interface/language");
const QString kTheme = QStringLiteral("interface/theme");

const QHash<QString, QVariant>& defaults()
{
    static const QHash<QString, QVariant> table{
        {kZoom, 0},
        {kSyncScroll, true},
        {kTheme, QStringLiteral("system")},
    };
    return table;
}

} // namespace

Settings::Settings() = default;

Settings::Settings(const QString& iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QVariant Settings::value(const QString& key) const
{
    return m_settings.value(key, defaults().value(key));
}

QByteArray Settings::windowGeometry() const
{
    return value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}
QByteArray Settings::windowState() const
{
    return value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

QByteArray Settings::splitterState(const QString& splitterName) const
{
    return value(QStringLiteral("window/splitter/") + splitterName).toByteArray();
}

void Settings::setSplitterState(const QString& splitterName, const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("window/splitter/") + splitterName, state);
}

int Settings::textZoomSteps() const
{
    return std::clamp(value(kZoom).toInt(), kMinZoomSteps, kMaxZoomSteps);
}

void Settings::setTextZoomSteps(int steps)
{
    m_settings.setValue(kZoom, std::clamp(steps, kMinZoomSteps, kMaxZoomSteps));
}

QString Settings::systemUserName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Services and sudo shells may have no USER: ask the account database.
    if (const passwd* account = ::getpwuid(::getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

QString Settings::authorName() const
{
    const QString name = m_settings.value(kAuthor).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

void Settings::setAuthorName(const QString& name)
{
    m_settings.setValue(kAuthor, name.trimmed());
}

QStringList Settings::defaultAnnotationLabels()
{
    return {QStringLiteral("Key finding"), QStringLiteral("Red flag"), QStringLiteral("Teaching point"),
            QStringLiteral("Question"),    translationErrorLabel(),    QStringLiteral("Note")};
}

QStringList Settings::translationErrorSubtypes()
{
    return {QStringLiteral("mistranslation"), QStringLiteral("omission"),    QStringLiteral("addition"),
            QStringLiteral("terminology"),    QStringLiteral("number/unit"), QStringLiteral("grammar")};
}

QStringList Settings::annotationLabels() const
{
    QStringList labels = m_settings.value(kLabels).toStringList();
    labels.removeAll(QString());
    return labels.isEmpty() ? defaultAnnotationLabels() : labels;
}

void Settings::setAnnotationLabels(const QStringList& labels)
{
    m_settings.setValue(kLabels, labels);
}

QString Settings::interfaceLanguage() const
{
    return m_settings.value(kLanguage).toString();
}
void Settings::setInterfaceLanguage(const QString& code)
{
    m_settings.setValue(kLanguage, code);
}

QString Settings::theme() const
{
    const QString theme = value(kTheme).toString();
    return theme == u"light" || theme == u"dark" ? theme : QStringLiteral("system");
}

void Settings::setTheme(const QString& theme)
{
    m_settings.setValue(kTheme, theme);
}

bool Settings::synchronizedScrolling() const
{
    return value(kSyncScroll).toBool();
}
void Settings::setSynchronizedScrolling(bool enabled)
{
    m_settings.setValue(kSyncScroll, enabled);
}

} // namespace caselens
