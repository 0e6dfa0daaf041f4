#include "ContextCommand.h"

#include "core/import/TextFileReader.h"
#include "findings/CompiledLexicons.h"
#include "findings/ContextAnalyzer.h"
#include "model/Language.h"

#include <QCoreApplication>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString ContextCommand::summary() const
{
    return tr("Negation, certainty, time and experiencer of targets in sentences (ConText).");
}

void ContextCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("input"),
         tr("Rows id<TAB>sentence<TAB>target (target: words of the sentence; more columns are ignored, a "
            "header "
            "row is skipped)."),
         QStringLiteral("ROWS.tsv")},
        {QStringLiteral("lang"), tr("Language of the sentences: pt, es or en (default: en)."),
         QStringLiteral("xx")},
    });
}

int ContextCommand::run(CliContext& context) const
{
    if (!context.arguments().isEmpty() || !context.parser.isSet(QStringLiteral("input")))
        return context.fail(tr("context takes --input ROWS.tsv and no other arguments (see --help)."),
                            UsageError);
    const QString language = context.parser.isSet(QStringLiteral("lang"))
                                 ? language::normalizeCode(context.parser.value(QStringLiteral("lang")))
                                 : QStringLiteral("en");
    if (language.isEmpty())
        return context.fail(
            tr("unknown language '%1'; use pt, es or en.").arg(context.parser.value(QStringLiteral("lang"))),
            UsageError);
    TextReadOptions options;
    options.normalizeForLibrary = false;
    const auto decoded = readTextFile(context.parser.value(QStringLiteral("input")), options);
    if (!decoded)
        return context.fail(decoded.error());

    const findings::ContextAnalyzer analyzer(findings::CompiledLexicons::shared());
    const QStringList lines = decoded->text.split(QLatin1Char('\n'));
    int skipped = 0;
    bool firstRow = true;
    for (qsizetype number = 0; number < lines.size(); ++number) {
        QString line = lines[number];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 3)
            return context.fail(
                tr("line %1 of the input has %2 columns; rows are id<TAB>sentence<TAB>target.")
                    .arg(number + 1)
                    .arg(fields.size()));
        const QString& sentence = fields[1];
        const QString target = fields[2].trimmed();
        const qsizetype start = target.isEmpty() ? -1 : sentence.indexOf(target, 0, Qt::CaseInsensitive);
        const bool header = firstRow;
        firstRow = false;
        if (start < 0) {
            if (!header) // a first row whose target is not in its sentence is a header
                ++skipped;
            continue;
        }
        const findings::ContextAttributes attributes = analyzer.analyze(
            sentence, static_cast<int>(start), static_cast<int>(start + target.size()), language);
        context.out << fields[0] << '\t' << (attributes.negated ? "negated" : "affirmed") << '\t'
                    << (attributes.uncertain ? "uncertain" : "certain") << '\t'
                    << (attributes.historical ? "historical" : "recent") << '\t'
                    << (attributes.experiencer == Experiencer::Other ? "other" : "patient") << '\n';
    }
    context.out.flush();
    if (skipped > 0)
        context.err << "note: " << tr("%1 rows skipped: their target is not in their sentence.").arg(skipped)
                    << Qt::endl;
    return Success;
}

} // namespace caselens::cli
