#pragma once

// Builds small libraries for storage tests.

#include "storage/CaseRepository.h"
#include "storage/Library.h"

#include <QTemporaryDir>
#include <QTest>

namespace testsupport {

inline std::unique_ptr<caselens::storage::Library> openLibrary(const QTemporaryDir& dir, const QString& name)
{
    auto opened = caselens::storage::Library::open(dir.filePath(name));
    if (!opened)
        qFatal("cannot open test library: %s", qPrintable(opened.error()));
    auto library = std::move(opened).value();
    library->setAuthorName(QStringLiteral("Dr. Test"));
    return library;
}

inline caselens::Case makeCase(const QString& title, const QString& original, const QString& originalLanguage,
                               const QString& translation = {}, const QString& translationLanguage = {})
{
    using namespace caselens;
    Case aCase;
    aCase.title = title;
    aCase.source = QStringLiteral("test");
    aCase.documents << Document{0, DocumentRole::Original, originalLanguage, original, {}};
    if (!translation.isEmpty())
        aCase.documents << Document{0, DocumentRole::Translation, translationLanguage, translation, {}};
    return aCase;
}

} // namespace testsupport
