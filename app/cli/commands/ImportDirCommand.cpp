#include "ImportDirCommand.h"

#include "core/import/FolderImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <unistd.h>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString ImportDirCommand::summary() const
{
    return tr("Import every case in a folder: pairs NAME.xx.txt, single texts, brat .txt+.ann, case .json.");
}

void ImportDirCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder to import (subfolders included)."));
    parser.addOptions({
        {QStringLiteral("original-lang"),
         tr("Language of the originals when a folder holds pairs (default: the one that is not English)."),
         QStringLiteral("xx")},
        {QStringLiteral("tag"), tr("A tag for every imported case; repeat for more."), QStringLiteral("TAG")},
        {QStringLiteral("batch"), tr("Cases per transaction (default 1000)."), QStringLiteral("N")},
    });
}

int ImportDirCommand::run(CliContext& context) const
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.fail(tr("import-dir takes one DIR (see --help)."), UsageError);
    FolderImporter::Options options;
    options.originalLanguage = context.parser.value(QStringLiteral("original-lang"));
    options.tags = context.parser.values(QStringLiteral("tag"));
    if (context.parser.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        options.batchSize = context.parser.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || options.batchSize < 1)
            return context.fail(tr("--batch takes a positive number."), UsageError);
    }
    const FolderImporter importer(options);
    const auto plan = importer.plan(arguments.first());
    if (!plan)
        return context.fail(plan.error());

    auto library = context.openLibrary(true);
    if (!library)
        return context.fail(library.error());

    const bool interactive = ::isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    const auto report = importer.run(**library, *plan, [&](int done, int total) {
        // Each line is printed after its batch is committed: what it counts is safe on disk.
        context.err << tr("imported %1 of %2").arg(done).arg(total) << (interactive ? '\r' : '\n');
        context.err.flush();
    });
    if (interactive)
        context.err << '\n';
    for (const QString& note : report.notes)
        context.err << "note: " << note << '\n';
    for (const auto& problem : report.problems)
        context.err << "caselens-cli: "
                    << (problem.file.isEmpty() ? QString() : problem.file + QStringLiteral(": "))
                    << problem.reason << '\n';
    context.out
        << tr("%1 cases imported, %2 already in the library, %3 files failed, %4 files ignored (%5 s).")
               .arg(report.added)
               .arg(report.alreadyPresent)
               .arg(report.problems.size())
               .arg(report.ignoredFiles)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return report.failed() ? Failure : Success;
}

} // namespace caselens::cli
