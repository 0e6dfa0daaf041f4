#pragma once

#include "model/Result.h"

#include <QString>

namespace caselens::storage {

// Libraries and backups hold patient data: they are created readable by their owner only.
// Creates an empty file with mode 0600 unless it exists; never widens an existing file's mode.
Status createPrivateFile(const QString& path);
// Creates a folder (and parents) with mode 0700 where it has to be made.
Status createPrivateFolder(const QString& path);

} // namespace caselens::storage
