#pragma once

// Small helpers shared by the test executables.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(CASELENS_TEST_DATA "/") + relative;
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(CASELENS_SOURCE_DIR "/") + relative;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Copies a fixture into `dir` so that the test can change it freely.
inline QString copyFixture(const QTemporaryDir& dir, const QString& relative)
{
    const QString target = dir.filePath(QFileInfo(relative).fileName());
    QFile::remove(target);
    QFile::copy(dataPath(relative), target);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

} // namespace testsupport
