#pragma once

// Shared by the benchmark programs: finding the corpora (development machines only) and timing.

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace bench {

// ../shared/data next to the repository, or $CASELENS_DATA. Empty when absent.
inline QString sharedDataFolder()
{
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("CASELENS_DATA"));
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isDir())
        return fromEnvironment;
    const QString beside = QStringLiteral(CASELENS_SOURCE_DIR "/../shared/data");
    return QFileInfo(beside).isDir() ? QDir(beside).absolutePath() : QString();
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

inline double millisecondsSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace bench
