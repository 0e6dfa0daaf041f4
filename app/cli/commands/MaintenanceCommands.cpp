#include "MaintenanceCommands.h"

#include "core/LibraryMaintenance.h"

#include <QCoreApplication>

namespace caselens::cli {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

} // namespace

QString BackupCommand::summary() const
{
    return tr("Write a consistent copy of the library (readable by you only), even while it is in use.");
}

void BackupCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The backup file to write."));
}

int BackupCommand::run(CliContext& context) const
{
    if (context.arguments().size() != 1)
        return context.fail(tr("backup takes one OUT file (see --help)."), UsageError);
    auto library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    if (auto saved = LibraryMaintenance::backup(**library, context.arguments().first()); !saved)
        return context.fail(saved.error());
    context.out << tr("Backed up %1 to %2").arg((*library)->path(), context.arguments().first()) << Qt::endl;
    return Success;
}

QString RestoreCommand::summary() const
{
    return tr("Replace the library with a checked backup; the current library is kept as a safety copy.");
}

void RestoreCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("BACKUP"), tr("A backup made by 'backup'."));
}

int RestoreCommand::run(CliContext& context) const
{
    if (context.arguments().size() != 1)
        return context.fail(tr("restore takes one BACKUP file (see --help)."), UsageError);
    const auto restored = LibraryMaintenance::restore(context.libraryPath, context.arguments().first());
    if (!restored)
        return context.fail(restored.error());
    if (!restored->note.isEmpty())
        context.err << "note: " << restored->note << Qt::endl;
    context.out << tr("Restored %1 from %2; the library as it was is in %3")
                       .arg(context.libraryPath, context.arguments().first(), restored->safetyCopy)
                << Qt::endl;
    return Success;
}

QString CheckDbCommand::summary() const
{
    return tr("Check the library file for damage (SQLite integrity and foreign-key checks).");
}

void CheckDbCommand::addOptions(QCommandLineParser& parser) const
{
    Q_UNUSED(parser)
}

int CheckDbCommand::run(CliContext& context) const
{
    if (!context.arguments().isEmpty())
        return context.fail(tr("check-db takes no arguments."), UsageError);
    auto library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    const auto problems = LibraryMaintenance::check(**library);
    if (!problems)
        return context.fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems)
            context.err << "caselens-cli: " << problem << '\n';
        context.out << tr("%n problem(s) found in %1; restore a backup with 'restore'.", nullptr,
                          int(problems->size()))
                           .arg((*library)->path())
                    << Qt::endl;
        return Failure;
    }
    context.out << tr("ok: %1 passed the integrity check.").arg((*library)->path()) << Qt::endl;
    return Success;
}

} // namespace caselens::cli
