#pragma once

#include <QString>

#include <optional>

namespace caselens::logging {

enum class Level { Trace, Debug, Info, Warning, Error, Critical, Off };

struct Options {
    QString programName; // "caselens" or "caselens-cli": names the log file
    QString logFolder;   // rotating file here; empty: no file
    Level stderrLevel = Level::Warning;
};

// Sets up spdlog once per process (stderr + rotating file) and routes Qt's own messages
// through it. Patient text must never be logged at Info or above: callers log counts and ids.
void initialize(const Options& options);
std::optional<Level> levelFromName(const QString& name);
QString levelNames();
// Where the rotating log file is, or empty if none.
QString logFilePath();

} // namespace caselens::logging
