#include "FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace caselens::storage {

Status createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{QCoreApplication::translate("Storage", "Cannot create %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    ::close(fd);
    return {};
}

Status createPrivateFolder(const QString& path)
{
    if (QFileInfo(path).isDir())
        return {};
    if (!QDir().mkpath(path))
        return Error{QCoreApplication::translate("Storage", "Cannot create the folder %1.").arg(path)};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace caselens::storage
