// A child process for tst_killafteredit: the real main window, offscreen, annotates the demo case
// by keyboard, says "ack" once the edit is done, and keeps running until it is killed.

#include "core/DemoLibrary.h"
#include "core/Settings.h"
#include "core/logging/Logging.h"
#include "storage/Library.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <cstdio>

using namespace caselens;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    logging::initialize({QStringLiteral("gui_editor"), QString(), logging::Level::Warning});
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    auto library = storage::Library::open(args[1]);
    if (!library || !DemoLibrary::seedOnce(**library))
        return 2;
    Settings settings(args[2]);
    ui::MainWindow window(**library, settings);
    window.show();
    if (!QTest::qWaitForWindowActive(&window))
        return 3;

    auto* translation = window.findChild<QTextEdit*>(QStringLiteral("translationText"));
    translation->setFocus();
    translation->setTextCursor(translation->document()->find(QStringLiteral("spondylodiscitis")));
    QTimer::singleShot(0, &window, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QComboBox*>(QStringLiteral("annotationLabel"))
            ->setCurrentText(QStringLiteral("Key finding"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("annotationComment")),
                         QStringLiteral("saved before the kill"));
        dialog->accept();
    });
    QTest::keyClick(translation, Qt::Key_M);
    std::printf("ack\n");
    std::fflush(stdout);
    return QApplication::exec(); // until SIGKILL
}
