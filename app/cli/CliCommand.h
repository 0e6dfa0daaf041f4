#pragma once

#include "model/Result.h"
#include "storage/Library.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

namespace caselens::cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What a command gets to work with: its parsed options and where to write.
struct CliContext {
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    QString libraryPath;

    // Opens the library named by --db (or the user's default library).
    Result<std::unique_ptr<storage::Library>> openLibrary(bool createIfMissing) const;
    // Prints "caselens-cli: <message>" on stderr and returns `code`.
    int fail(const QString& message, int code = Failure) const;
    // The positional arguments after the command's name.
    QStringList arguments() const;
};

// One sub-command of caselens-cli ("import", "list", ...). Each lives in its own file.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    virtual int run(CliContext& context) const = 0;
    // True when the command draws text (PDF): main then starts a QGuiApplication (offscreen).
    virtual bool needsFonts() const { return false; }
};

std::vector<std::unique_ptr<CliCommand>> makeCommands();

} // namespace caselens::cli
