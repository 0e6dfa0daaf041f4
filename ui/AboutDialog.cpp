#include "AboutDialog.h"

#include "core/DemoLibrary.h"
#include "core/Version.h"
#include "storage/Library.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

namespace caselens::ui {

QString AboutDialog::aboutHtml()
{
    return tr("<h2>CaseLens %1</h2>"
              "<p>Review clinical case reports side by side with their translation: findings, "
              "annotations and teaching cases, all kept on this computer.</p>"
              "<h3>Built with</h3>"
              "<ul><li>Qt %2 (LGPL-3.0)</li><li>SQLite %3 (public domain)</li>"
              "<li>spdlog and {fmt} (MIT)</li></ul>"
              "<h3>Data</h3><p>%4</p>")
        .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion()),
             storage::Library::engineVersion(), DemoLibrary::credits().toHtmlEscaped());
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CaseLens"));
    auto* icon = new QLabel(this);
    icon->setPixmap(windowIcon().pixmap(64, 64));
    auto* text = new QTextBrowser(this);
    text->setOpenExternalLinks(false);
    text->setHtml(aboutHtml());
    text->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(520, 440);
}

} // namespace caselens::ui
