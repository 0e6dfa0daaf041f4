#include "DemoLibrary.h"

#include "import/CaseImporter.h"
#include "import/TextFileReader.h"
#include "model/MessageContexts.h"
#include "storage/CaseRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace caselens {
namespace {

const QString kDemoFolder = QStringLiteral(":/caselens/demo/");
const QString kSeededKey = QStringLiteral("demo_seeded");

Result<Document> demoDocument(const QJsonObject& entry, DocumentRole role)
{
    const QString file = entry.value(QStringLiteral("file")).toString();
    const auto text = readTextFile(kDemoFolder + file);
    if (!text)
        return Error{
            LibraryText::tr("The demo case file %1 is missing from this build: %2").arg(file, text.error())};
    return Document{0, role, entry.value(QStringLiteral("language")).toString(), text->text, {}};
}

Result<Case> demoCase(const QJsonObject& entry)
{
    Case aCase;
    aCase.title = entry.value(QStringLiteral("title")).toString();
    aCase.source = entry.value(QStringLiteral("source")).toString();
    for (const auto& tag : entry.value(QStringLiteral("tags")).toArray())
        aCase.tags << tag.toString();
    const auto original =
        demoDocument(entry.value(QStringLiteral("original")).toObject(), DocumentRole::Original);
    if (!original)
        return Error{original.error()};
    aCase.documents << *original;
    const auto translation =
        demoDocument(entry.value(QStringLiteral("translation")).toObject(), DocumentRole::Translation);
    if (!translation)
        return Error{translation.error()};
    aCase.documents << *translation;
    return aCase;
}

} // namespace

Result<int> DemoLibrary::addDemoCases(storage::Library& library)
{
    QFile manifestFile(kDemoFolder + QStringLiteral("demo-cases.json"));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error{LibraryText::tr("The demo library is missing from this build.")};
    const QJsonArray entries =
        QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("cases")).toArray();

    storage::CaseRepository cases(library);
    CaseImporter importer(cases);
    int added = 0;
    const Status saved = library.writeTransaction([&]() -> Status {
        for (const auto& entry : entries) {
            const auto aCase = demoCase(entry.toObject());
            if (!aCase)
                return Error{aCase.error()};
            const auto outcome = importer.importCase(*aCase);
            if (!outcome)
                return Error{outcome.error()};
            if (!outcome->alreadyPresent)
                ++added;
        }
        return {};
    });
    if (!saved)
        return Error{saved.error()};
    return added;
}

Result<int> DemoLibrary::seedOnce(storage::Library& library)
{
    const auto seeded = library.metaValue(kSeededKey);
    if (!seeded)
        return Error{seeded.error()};
    if (seeded->has_value())
        return 0;
    int added = 0;
    const Status saved = library.writeTransaction([&]() -> Status {
        const auto result = addDemoCases(library);
        if (!result)
            return Error{result.error()};
        added = *result;
        return library.setMetaValue(kSeededKey, QStringLiteral("1"));
    });
    if (!saved)
        return Error{saved.error()};
    spdlog::info("demo: seeded the library with {} demo cases", added);
    return added;
}

QString DemoLibrary::credits()
{
    return LibraryText::tr(
        "Demo cases: the septic-shock case is CaseLens's own. Four Spanish cases and their English "
        "machine translations come from the CodiEsp corpus (CLEF eHealth 2020, Barcelona Supercomputing "
        "Center, doi:10.5281/zenodo.3693570), used under CC BY 4.0 without changes.");
}

} // namespace caselens
