#include "FindingDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace caselens::ui {

FindingDialog::FindingDialog(Purpose purpose, const Finding& finding, bool selectionAvailable,
                             QWidget* parent)
    : QDialog(parent)
    , m_finding(finding)
    , m_category(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QLineEdit(finding.unit, this))
    , m_negated(new QCheckBox(tr("&Negated (the text says it is absent)"), this))
    , m_uncertain(new QCheckBox(tr("&Uncertain (possible, suggestive of…)"), this))
    , m_useSelection(new QCheckBox(tr("Use the &selected text as the finding's span"), this))
{
    setObjectName(purpose == Purpose::Add ? QStringLiteral("addFindingDialog")
                                          : QStringLiteral("correctFindingDialog"));
    setWindowTitle(purpose == Purpose::Add ? tr("Add Finding") : tr("Correct Finding"));
    m_category->setObjectName(QStringLiteral("findingCategory"));
    for (const FindingCategory category : allFindingCategories())
        m_category->addItem(displayName(category), toKey(category));
    m_category->setCurrentIndex(m_category->findData(toKey(finding.category)));
    m_value->setObjectName(QStringLiteral("findingValue"));
    if (finding.value)
        m_value->setText(QLocale().toString(*finding.value));
    m_value->setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(27.4)));
    m_unit->setObjectName(QStringLiteral("findingUnit"));
    m_unit->setPlaceholderText(tr("UCUM, e.g. mg/dL, 10*9/L, %"));
    m_negated->setChecked(finding.negated);
    m_uncertain->setChecked(finding.uncertain);
    m_useSelection->setVisible(purpose == Purpose::Correct && selectionAvailable);

    auto* form = new QFormLayout(this);
    auto* quote = new QLabel(this);
    quote->setTextFormat(Qt::PlainText); // case text is never markup
    quote->setWordWrap(true);
    quote->setText(QStringLiteral("“%1”").arg(finding.text.left(200)));
    form->addRow(tr("Text:"), quote);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("U&nit:"), m_unit);
    form->addRow(QString(), m_negated);
    form->addRow(QString(), m_uncertain);
    form->addRow(QString(), m_useSelection);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Finding FindingDialog::result() const
{
    Finding finding = m_finding;
    finding.category =
        findingCategoryFromKey(m_category->currentData().toString()).value_or(finding.category);
    bool ok = false;
    const double value = QLocale().toDouble(m_value->text().trimmed(), &ok);
    finding.value = ok ? std::optional<double>(value) : std::nullopt;
    if (!ok)
        finding.secondValue.reset();
    finding.unit = m_unit->text().trimmed();
    finding.unitInferred = false;
    finding.negated = m_negated->isChecked();
    finding.uncertain = m_uncertain->isChecked();
    return finding;
}

bool FindingDialog::useSelectionAsSpan() const
{
    return m_useSelection->isVisible() && m_useSelection->isChecked();
}

} // namespace caselens::ui
