#pragma once

#include "core/qa/CaseTranslationCheck.h"

#include <QAbstractListModel>
#include <QColor>
#include <QSet>

namespace caselens::ui {

// The translation check's issues of one case for a list: severity (icon and colour), type and
// message; the dismissed issues too, greyed, when asked. Filled by QaPanel from a CaseQaReport.
class QaIssueListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IssueKeyRole = Qt::UserRole + 1,
        SeverityRole,  // "critical", "major", "minor"
        TypeRole,      // "value", "omission", ...
        DismissedRole, // bool
        AnnotatedRole, // bool: a "Translation error" annotation already marks its span
    };

    explicit QaIssueListModel(QObject* parent = nullptr);

    void setReport(const CaseQaReport& report, bool showDismissed);
    // Which issues an annotation already marks (by key).
    void setAnnotatedKeys(const QSet<QString>& keys);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    const qa::QaIssue* issueAt(int row) const;
    bool isDismissed(int row) const;
    int rowOf(const QString& issueKey) const;

    // The dot shown for a severity (Okabe–Ito colours: vermillion, orange, sky blue).
    static QColor severityColor(qa::Severity severity);

private:
    struct Row {
        qa::QaIssue issue;
        QString key;
        bool dismissed = false;
    };
    QList<Row> m_rows;
    QSet<QString> m_annotated;
};

} // namespace caselens::ui
