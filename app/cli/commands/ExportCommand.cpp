#include "ExportCommand.h"

#include "core/caseformat/CaseArchive.h"
#include "core/deid/Deidentifier.h"
#include "core/export/BatchExporter.h"
#include "core/export/ExportSelection.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <unistd.h>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// What --show-masked prints: one change per line, for the educator to check.
void printReplacements(CliContext& context, CaseId id, const QList<DeidReplacement>& replacements)
{
    for (const DeidReplacement& replacement : replacements)
        context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5-%6\t%7\t%8")
                           .arg(QString::number(id), toKey(replacement.kind), replacement.field,
                                replacement.language.isEmpty() ? QStringLiteral("-") : replacement.language,
                                QString::number(replacement.start), QString::number(replacement.end),
                                QString(replacement.original).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                replacement.replacement)
                    << '\n';
}

} // namespace

QString ExportCommand::summary() const
{
    return tr(
        "Export cases as annotated PDF or HTML, JSON, CSV or brat; teaching and de-identified versions.");
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("case"), tr("The case to export (repeat for more)."), QStringLiteral("ID")},
        {QStringLiteral("status"),
         tr("Export every case with this review status: %1.")
             .arg(reviewStatusKeys().join(QStringLiteral(", "))),
         QStringLiteral("STATUS")},
        {QStringLiteral("all"), tr("Export every case in the library.")},
        {QStringLiteral("format"), tr("pdf, html, json, csv or brat."), QStringLiteral("FORMAT")},
        {QStringLiteral("out"), tr("The folder to write into (made if missing)."), QStringLiteral("DIR")},
        {QStringLiteral("teaching"),
         tr("Teaching version (pdf, html): the diagnosis and teaching points on an answer page at the end.")},
        {QStringLiteral("deidentify"),
         tr("Shift dates, mask names, places, identifiers and phone numbers, cap ages over 89.")},
        {QStringLiteral("show-masked"), tr("With --deidentify: print what would change (case, kind, text, "
                                           "language, span, before, after) and "
                                           "write nothing.")},
        {QStringLiteral("layout"), tr("side-by-side (default) or stacked."), QStringLiteral("LAYOUT")},
        {QStringLiteral("page"), tr("a4 (default) or letter."), QStringLiteral("SIZE")},
    });
}

int ExportCommand::run(CliContext& context) const
{
    const QCommandLineParser& parser = context.parser;
    if (!context.arguments().isEmpty())
        return context.fail(tr("export takes options only (see --help)."), UsageError);
    const int choices = int(parser.isSet(QStringLiteral("case"))) +
                        int(parser.isSet(QStringLiteral("status"))) +
                        int(parser.isSet(QStringLiteral("all")));
    if (choices != 1)
        return context.fail(tr("say which cases to export: --case ID, --status STATUS or --all."),
                            UsageError);

    ExportSelection selection;
    selection.all = parser.isSet(QStringLiteral("all"));
    for (const QString& value : parser.values(QStringLiteral("case"))) {
        bool ok = false;
        const CaseId id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return context.fail(tr("'%1' is not a case id.").arg(value), UsageError);
        selection.ids << id;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        selection.status = reviewStatusFromKey(parser.value(QStringLiteral("status")));
        if (!selection.status)
            return context.fail(tr("unknown status '%1'; use one of %2.")
                                    .arg(parser.value(QStringLiteral("status")),
                                         reviewStatusKeys().join(QStringLiteral(", "))),
                                UsageError);
    }

    ExportOptions options;
    const bool showMasked = parser.isSet(QStringLiteral("show-masked"));
    const auto format = exportFormatFromKey(parser.value(QStringLiteral("format")));
    if (parser.isSet(QStringLiteral("format")) && !format)
        return context.fail(
            tr("unknown format '%1'; use one of %2.")
                .arg(parser.value(QStringLiteral("format")), exportFormatKeys().join(QStringLiteral(", "))),
            UsageError);
    if (!format && !showMasked)
        return context.fail(
            tr("say which format: --format %1.").arg(exportFormatKeys().join(QLatin1Char('|'))), UsageError);
    options.format = format.value_or(ExportFormat::Pdf);
    if (parser.isSet(QStringLiteral("layout"))) {
        const auto layout = exportLayoutFromKey(parser.value(QStringLiteral("layout")));
        if (!layout)
            return context.fail(tr("unknown layout '%1'; use side-by-side or stacked.")
                                    .arg(parser.value(QStringLiteral("layout"))),
                                UsageError);
        options.layout = *layout;
    }
    if (parser.isSet(QStringLiteral("page"))) {
        const auto size = pageSizeFromKey(parser.value(QStringLiteral("page")));
        if (!size)
            return context.fail(
                tr("unknown page size '%1'; use a4 or letter.").arg(parser.value(QStringLiteral("page"))),
                UsageError);
        options.pageSize = *size;
    }
    options.teaching = parser.isSet(QStringLiteral("teaching"));
    if (options.teaching && !options.teachingApplies())
        return context.fail(
            tr("--teaching makes a PDF or HTML handout; it does not apply to %1.").arg(toKey(*format)),
            UsageError);
    options.deidentify = parser.isSet(QStringLiteral("deidentify"));
    if (showMasked && !options.deidentify)
        return context.fail(tr("--show-masked goes with --deidentify."), UsageError);
    const QString folder = parser.value(QStringLiteral("out"));
    if (folder.isEmpty() && !showMasked)
        return context.fail(tr("say where to write: --out DIR."), UsageError);

    auto library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    const auto ids = selection.resolve(**library);
    if (!ids)
        return context.fail(ids.error());
    if (ids->isEmpty())
        return context.fail(tr("no case to export: the library has none that match."));

    if (showMasked) {
        for (const CaseId id : *ids) {
            const auto bundle = CaseArchive::load(**library, id);
            if (!bundle)
                return context.fail(bundle.error());
            printReplacements(context, id, Deidentifier::apply(*bundle).replacements);
        }
        return Success;
    }
    library.value().reset(); // the batch reads through its own connection

    const bool interactive = ::isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    const BatchExporter batch(context.libraryPath, options, folder);
    const auto report = batch.run(*ids, [&](int done, int total) {
        if (total < 2)
            return;
        context.err << tr("exported %1 of %2").arg(done).arg(total) << (interactive ? '\r' : '\n');
        context.err.flush();
    });
    if (interactive && ids->size() > 1)
        context.err << '\n';
    if (!report)
        return context.fail(report.error());
    for (const QString& file : report->files)
        context.out << file << '\n';
    context.out.flush();
    for (const auto& problem : report->problems)
        context.err << "caselens-cli: " << tr("case %1: ").arg(problem.id) << problem.reason << '\n';
    context.err << QCoreApplication::translate("Cli", "%n case(s) exported to %1 (%2 s).", nullptr,
                                               report->exported)
                       .arg(folder, QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
                << Qt::endl;
    return report->problems.isEmpty() ? Success : Failure;
}

} // namespace caselens::cli
