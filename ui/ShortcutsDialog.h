#pragma once

#include <QDialog>

class QAction;

namespace caselens::ui {

// The keyboard sheet (F1): every action of the window with its shortcut, read from the actions
// themselves so that it can never disagree with what the keys do.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace caselens::ui
