#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <utility>

namespace caselens::logging {
namespace {

constexpr std::array<std::pair<const char*, Level>, 7> kLevelNames{{
    {"trace", Level::Trace},
    {"debug", Level::Debug},
    {"info", Level::Info},
    {"warning", Level::Warning},
    {"error", Level::Error},
    {"critical", Level::Critical},
    {"off", Level::Off},
}};

QString g_logFilePath;

spdlog::level::level_enum toSpdlog(Level level)
{
    switch (level) {
    case Level::Trace:
        return spdlog::level::trace;
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warning:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    case Level::Critical:
        return spdlog::level::critical;
    case Level::Off:
        return spdlog::level::off;
    }
    return spdlog::level::info;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

std::optional<Level> levelFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"warn")
        return Level::Warning;
    for (const auto& [levelName, level] : kLevelNames)
        if (lower == QLatin1String(levelName))
            return level;
    return std::nullopt;
}

QString levelNames()
{
    QStringList names;
    for (const auto& entry : kLevelNames)
        names << QString::fromLatin1(entry.first);
    return names.join(QStringLiteral(", "));
}

QString logFilePath()
{
    return g_logFilePath;
}

void initialize(const Options& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(toSpdlog(options.stderrLevel));
    console->set_pattern("%^%l%$: %v");
    sinks.push_back(console);

    // The file keeps info and above (or more, when the user asks for more on stderr).
    const Level fileLevel = std::min(options.stderrLevel, Level::Info);
    if (!options.logFolder.isEmpty() && QDir().mkpath(options.logFolder)) {
        QFile::setPermissions(options.logFolder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        g_logFilePath = options.logFolder + QLatin1Char('/') + options.programName + QStringLiteral(".log");
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(g_logFilePath).toStdString(), 2 * 1024 * 1024, 3);
            file->set_level(toSpdlog(fileLevel));
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l [%P:%t] %v");
            sinks.push_back(file);
            QFile::setPermissions(g_logFilePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        } catch (const spdlog::spdlog_ex& error) {
            // An unwritable log folder must not stop a clinician from working.
            g_logFilePath.clear();
            std::fprintf(stderr, "warning: cannot write the log file: %s\n", error.what());
        }
    }
    auto logger =
        std::make_shared<spdlog::logger>(options.programName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(toSpdlog(std::min(options.stderrLevel, fileLevel)));
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
}

} // namespace caselens::logging
