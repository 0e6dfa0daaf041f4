#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace caselens::ui {

PreferencesDialog::PreferencesDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_author(new QLineEdit(settings.authorName(), this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_labels(new QPlainTextEdit(settings.annotationLabels().join(QLatin1Char('\n')), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_author->setObjectName(QStringLiteral("preferencesAuthor"));
    m_author->setPlaceholderText(Settings::systemUserName());
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Português"), QStringLiteral("pt"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.interfaceLanguage())));
    m_labels->setObjectName(QStringLiteral("preferencesLabels"));
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme())));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_author);
    auto* authorHint = new QLabel(tr("Recorded with every change you make, in the case's history."), this);
    authorHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), authorHint);
    form->addRow(tr("&Interface language:"), m_language);
    form->addRow(tr("&Colours:"), m_theme);
    auto* languageHint = new QLabel(tr("Language and colours take effect when CaseLens starts again."), this);
    languageHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), languageHint);
    form->addRow(tr("Annotation &labels\n(one per line):"), m_labels);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { m_labels->setPlainText(Settings::defaultAnnotationLabels().join(QLatin1Char('\n'))); });
    form->addRow(buttons);
    resize(460, 380);
}

void PreferencesDialog::accept()
{
    m_settings.setAuthorName(m_author->text());
    m_settings.setInterfaceLanguage(m_language->currentData().toString());
    m_settings.setTheme(m_theme->currentData().toString());
    QStringList labels;
    for (const QString& line : m_labels->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !labels.contains(line.trimmed()))
            labels << line.trimmed();
    m_settings.setAnnotationLabels(labels);
    m_settings.sync();
    QDialog::accept();
}

} // namespace caselens::ui
