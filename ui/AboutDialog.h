#pragma once

#include <QDialog>

namespace caselens::ui {

// Version, what CaseLens is for, and the licences of everything it ships.
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    static QString aboutHtml();
};

} // namespace caselens::ui
