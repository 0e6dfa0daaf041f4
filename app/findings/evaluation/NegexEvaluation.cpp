#include "NegexEvaluation.h"

#include "findings/CompiledLexicons.h"
#include "findings/ContextAnalyzer.h"

#include <QCoreApplication>
#include <QFile>

namespace caselens::evaluation {

namespace {

// Rows of a tab-separated file whose fields may be quoted ("..." with "" for a quote), as the
// NegEx file quotes sentences that hold tabs or line breaks.
QList<QStringList> readQuotedTsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == QLatin1Char('\t')) {
            row.append(field);
            field.clear();
            fieldStart = true;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStart = true;
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
            fieldStart = false;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

Result<NegexResult> NegexEvaluation::run(const QString& tsvPath, const QString& language,
                                         const QSet<QString>& reports)
{
    QFile file(tsvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Evaluation", "Cannot read %1 (%2).")
                         .arg(tsvPath, file.errorString())};
    const QList<QStringList> rows = readQuotedTsv(QString::fromUtf8(file.readAll()));
    const findings::ContextAnalyzer analyzer(findings::CompiledLexicons::shared());
    NegexResult result;
    for (qsizetype i = 1; i < rows.size(); ++i) { // row 0 is the header
        const QStringList& fields = rows[i];
        if (fields.size() < 4)
            continue;
        if (!reports.isEmpty() && !reports.contains(fields[0]))
            continue;
        ++result.rows;
        // The sentences quote the target, sometimes with different spacing: match on words.
        QString sentence = fields[2];
        const QString target = fields[1].simplified(); // the concept
        qsizetype start = sentence.indexOf(target, 0, Qt::CaseInsensitive);
        if (start < 0) {
            sentence = sentence.simplified();
            start = sentence.indexOf(target, 0, Qt::CaseInsensitive);
        }
        if (start < 0) {
            ++result.skipped;
            continue;
        }
        const bool gold = fields[3].trimmed() == QLatin1String("Negated");
        const bool predicted =
            analyzer
                .analyze(sentence, static_cast<int>(start), static_cast<int>(start + target.size()), language)
                .negated;
        result.negated.gold += gold ? 1 : 0;
        result.negated.predicted += predicted ? 1 : 0;
        result.negated.truePositives += gold && predicted ? 1 : 0;
        if (gold != predicted)
            result.errors.append(QStringLiteral("%1\t%2\t%3\t%4")
                                     .arg(fields[0],
                                          gold ? QStringLiteral("missed") : QStringLiteral("spurious"),
                                          target, sentence.simplified()));
    }
    return result;
}

} // namespace caselens::evaluation
