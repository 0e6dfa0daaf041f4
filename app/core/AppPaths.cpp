#include "AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace caselens::paths {

QString dataFolder()
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/caselens");
    if (!QDir(folder).exists()) {
        QDir().mkpath(folder);
        // Patient data lives here: only the owner may look inside.
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return folder;
}

QString defaultLibraryPath()
{
    return dataFolder() + QStringLiteral("/library.caselens.sqlite");
}

QString logFolder()
{
    return dataFolder() + QStringLiteral("/logs");
}

} // namespace caselens::paths
