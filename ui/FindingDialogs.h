#pragma once

#include "model/Finding.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace caselens::ui {

// Correcting a finding (category, value, unit, and optionally its span to the current
// selection) or adding one the extractor missed (category and context on the selected text).
class FindingDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Correct, Add };

    FindingDialog(Purpose purpose, const Finding& finding, bool selectionAvailable,
                  QWidget* parent = nullptr);

    // The finding as edited (span unchanged; useSelectionAsSpan() says whether to move it).
    Finding result() const;
    bool useSelectionAsSpan() const;

private:
    Finding m_finding;
    QComboBox* m_category = nullptr;
    QLineEdit* m_value = nullptr;
    QLineEdit* m_unit = nullptr;
    QCheckBox* m_negated = nullptr;
    QCheckBox* m_uncertain = nullptr;
    QCheckBox* m_useSelection = nullptr;
};

} // namespace caselens::ui
