#pragma once

#include <QString>

namespace caselens::paths {

// The user's CaseLens data folder (e.g. ~/.local/share/caselens), created with mode 0700.
QString dataFolder();
// The library the app opens when no --db is given.
QString defaultLibraryPath();
QString logFolder();

} // namespace caselens::paths
