#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace caselens {

// Typed access to the user's preferences (QSettings), with every default in one place.
// Window layout is stored as the opaque blobs Qt produces for it.
class Settings {
public:
    Settings();
    // For tests and portable setups: settings in a given INI file.
    explicit Settings(const QString& iniPath);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState(const QString& splitterName) const;
    void setSplitterState(const QString& splitterName, const QByteArray& state);

    // Text zoom in steps of one point, relative to the default reading size.
    int textZoomSteps() const;
    void setTextZoomSteps(int steps);
    static constexpr int kMinZoomSteps = -4;
    static constexpr int kMaxZoomSteps = 16;

    // Who changes are recorded as (Preferences); the operating-system user until set.
    QString authorName() const;
    void setAuthorName(const QString& name);
    static QString systemUserName();

    // Labels offered when annotating; the first six are CaseLens's defaults.
    QStringList annotationLabels() const;
    void setAnnotationLabels(const QStringList& labels);
    static QStringList defaultAnnotationLabels();
    static QStringList translationErrorSubtypes();
    static QString translationErrorLabel() { return QStringLiteral("Translation error"); }

    // Interface language: "" follows the system, else "en" or "pt".
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString& code);

    // "system" (follow the desktop), "light" or "dark".
    QString theme() const;
    void setTheme(const QString& theme);

    bool synchronizedScrolling() const;
    void setSynchronizedScrolling(bool enabled);

    void sync() { m_settings.sync(); }

private:
    QVariant value(const QString& key) const;
    QSettings m_settings;
};

} // namespace caselens
