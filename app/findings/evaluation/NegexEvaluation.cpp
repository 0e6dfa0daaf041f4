#include "NegexEvaluation.h"

#include "findings/CompiledLexicons.h"
#include "findings/ContextAnalyzer.h"

#include <QCoreApplication>
#include <QFile>

namespace caselens::evaluation {

Result<NegexResult> NegexEvaluation::run(const QString& tsvPath, const QString& language,
                                         const QSet<QString>& reports)
{
    QFile file(tsvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Evaluation", "Cannot read %1 (%2).")
                         .arg(tsvPath, file.errorString())};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const findings::ContextAnalyzer analyzer(findings::CompiledLexicons::shared());
    NegexResult result;
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList fields = lines[i].trimmed().split(QLatin1Char('\t'));
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
