#pragma once

#include "core/Settings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace caselens::ui {

// Preferences: the reviewer's name (recorded with every change), the interface language and
// the annotation labels offered when annotating.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(Settings& settings, QWidget* parent = nullptr);
    void accept() override;

private:
    Settings& m_settings;
    QLineEdit* m_author = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QPlainTextEdit* m_labels = nullptr;
};

} // namespace caselens::ui
