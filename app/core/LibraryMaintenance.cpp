#include "LibraryMaintenance.h"

#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace caselens {
namespace {

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

Status LibraryMaintenance::backup(storage::Library& library, const QString& destination)
{
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(library.path()).absoluteFilePath())
        return Error{LibraryText::tr("The backup cannot be the library itself.")};
    if (QFileInfo(destination).isDir())
        return Error{LibraryText::tr("%1 is a folder; give the backup a file name.").arg(destination)};
    const QFileInfo folder(QFileInfo(destination).absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return Error{LibraryText::tr("Cannot write in %1.").arg(folder.absoluteFilePath())};
    return library.backupTo(destination);
}

Result<LibraryMaintenance::Restored> LibraryMaintenance::restore(const QString& libraryPath,
                                                                 const QString& backupPath)
{
    const QFileInfo backupInfo(backupPath);
    if (!backupInfo.isFile())
        return Error{LibraryText::tr("%1: no such backup file.").arg(backupPath)};

    // Check (and, if it is older, update) a scratch copy; the backup itself stays as it is.
    const QString scratch = libraryPath + QStringLiteral(".restoring-") + stamp();
    QFile::remove(scratch);
    if (!QFile::copy(backupPath, scratch))
        return Error{LibraryText::tr("Cannot copy %1 next to the library.").arg(backupPath)};
    QFile::setPermissions(scratch, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto removeScratch = [&] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(scratch + suffix);
        for (const QString& leftover : QFileInfo(scratch).dir().entryList(
                 {QFileInfo(scratch).fileName() + QStringLiteral(".schema-v*.bak")}))
            QFile::remove(QFileInfo(scratch).dir().filePath(leftover));
    };
    Restored restored;
    {
        storage::Library::Options mustExist;
        mustExist.createIfMissing = false;
        auto candidate = storage::Library::open(scratch, mustExist);
        if (!candidate) {
            removeScratch();
            QString reason = candidate.error();
            reason.replace(scratch, backupPath); // name the file the user gave, not our scratch copy
            return Error{LibraryText::tr("%1 cannot be restored: %2").arg(backupInfo.fileName(), reason)};
        }
        const auto problems = (*candidate)->integrityProblems();
        if (!problems || !problems->isEmpty()) {
            removeScratch();
            return Error{LibraryText::tr("%1 is damaged and was not restored: %2")
                             .arg(backupInfo.fileName(),
                                  problems ? problems->join(QStringLiteral("; ")) : problems.error())};
        }
        if (!(*candidate)->openingNote().isEmpty())
            restored.note =
                LibraryText::tr("The backup was made by an older CaseLens and was updated while restoring.");
    }

    auto library = storage::Library::open(libraryPath);
    if (!library) {
        removeScratch();
        return Error{library.error()};
    }
    restored.safetyCopy = libraryPath + QStringLiteral(".before-restore-") + stamp() + QStringLiteral(".bak");
    if (auto saved = (*library)->backupTo(restored.safetyCopy); !saved) {
        removeScratch();
        return Error{
            LibraryText::tr("Nothing was restored: the current library could not be saved first (%1).")
                .arg(saved.error())};
    }
    const Status swapped = (*library)->replaceContentWith(scratch);
    removeScratch();
    if (!swapped)
        return Error{swapped.error()};
    spdlog::info("maintenance: restored the library from a backup");
    return restored;
}

Result<QStringList> LibraryMaintenance::check(storage::Library& library)
{
    return library.integrityProblems();
}

} // namespace caselens
