#pragma once

#include <QCoreApplication>

namespace caselens {

// The translation contexts of messages made in the headless core and in storage. They reach the
// reader through the interface (an error in a dialog, a heading in an exported PDF), so they are
// translated like the widgets' own strings: `StorageText::tr("…")` is filed by lupdate under
// "Storage", which a free `tr()` helper in a .cpp file could not be.
struct StorageText {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(Import)
};
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Export)
};
struct CaseFormatText {
    Q_DECLARE_TR_FUNCTIONS(CaseFormat)
};
struct ReviewText {
    Q_DECLARE_TR_FUNCTIONS(Review)
};
struct LibraryText {
    Q_DECLARE_TR_FUNCTIONS(LibraryMaintenance)
};
struct FindingsText {
    Q_DECLARE_TR_FUNCTIONS(Findings)
};
struct DeidText {
    Q_DECLARE_TR_FUNCTIONS(Deidentifier)
};

} // namespace caselens
