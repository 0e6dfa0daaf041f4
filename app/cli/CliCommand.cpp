#include "CliCommand.h"

#include "commands/CheckCommand.h"
#include "commands/CheckPairCommand.h"
#include "commands/ContextCommand.h"
#include "commands/EvaluateCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ExtractCommand.h"
#include "commands/ExtractPairCommand.h"
#include "commands/ImportCommand.h"
#include "commands/ImportDirCommand.h"
#include "commands/LexiconCommand.h"
#include "commands/ListCommand.h"
#include "commands/MaintenanceCommands.h"
#include "commands/ReviewCommands.h"
#include "commands/SearchCommand.h"
#include "core/Settings.h"

namespace caselens::cli {

Result<std::unique_ptr<storage::Library>> CliContext::openLibrary(bool createIfMissing) const
{
    storage::Library::Options options;
    options.createIfMissing = createIfMissing;
    auto library = storage::Library::open(libraryPath, options);
    if (library && !(*library)->openingNote().isEmpty())
        err << "note: " << (*library)->openingNote() << Qt::endl;
    if (library)
        (*library)->setAuthorName(parser.isSet(QStringLiteral("author"))
                                      ? parser.value(QStringLiteral("author"))
                                      : Settings().authorName());
    return library;
}

int CliContext::fail(const QString& message, int code) const
{
    err << "caselens-cli: " << message << Qt::endl;
    return code;
}

QStringList CliContext::arguments() const
{
    return parser.positionalArguments().mid(1);
}

std::vector<std::unique_ptr<CliCommand>> makeCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ImportDirCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<AnnotateCommand>());
    commands.push_back(std::make_unique<AnnotationsCommand>());
    commands.push_back(std::make_unique<SetStatusCliCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<LexiconCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<CheckDbCommand>());
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<ExtractPairCommand>());
    commands.push_back(std::make_unique<CheckPairCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<ContextCommand>());
    commands.push_back(std::make_unique<EvaluateCommand>());
    return commands;
}

} // namespace caselens::cli
