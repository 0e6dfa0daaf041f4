// A child process for the crash-safety and concurrency tests: it writes to a library and says
// "ack N" on stdout after each commit, so the parent knows what must survive a SIGKILL.
//   crash_writer annotate DB        add annotations forever, "ack <annotation id>" after each
//   crash_writer import DB DIR      import DIR in batches of 25, "ack <cases done>" after each
//   crash_writer hold DB MS         take the write lock, say "locked", keep it MS milliseconds

#include "core/import/FolderImporter.h"
#include "core/logging/Logging.h"
#include "storage/AnnotationRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Library.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace caselens;

namespace {

void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int annotateForever(storage::Library& library)
{
    storage::CaseRepository cases(library);
    Case aCase;
    aCase.title = QStringLiteral("crash test");
    aCase.documents << Document{0,
                                DocumentRole::Original,
                                QStringLiteral("en"),
                                QStringLiteral("A febrile patient with abdominal pain."),
                                {}};
    const auto added = cases.add(aCase);
    if (!added)
        return 2;
    const auto stored = cases.load(added->id);
    storage::AnnotationRepository annotations(library);
    for (int i = 0;; ++i) {
        Annotation note;
        note.caseId = added->id;
        note.documentId = stored->original()->id;
        note.start = i % 10;
        note.end = note.start + 5;
        note.label = QStringLiteral("Key finding");
        note.comment = QStringLiteral("note %1").arg(i);
        const auto id = annotations.add(note);
        if (!id)
            return 3;
        say("ack " + QByteArray::number(*id));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // stdout carries only the acknowledgements.
    logging::initialize({QStringLiteral("crash_writer"), QString(), logging::Level::Warning});
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    auto library = storage::Library::open(args[2]);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        return 2;
    }
    (*library)->setAuthorName(QStringLiteral("crash writer"));
    if (args[1] == u"annotate")
        return annotateForever(**library);
    if (args[1] == u"import" && args.size() == 4) {
        FolderImporter importer(FolderImporter::Options{{}, {}, 25});
        const auto plan = importer.plan(args[3]);
        if (!plan)
            return 2;
        importer.run(**library, *plan, [](int done, int) { say("ack " + QByteArray::number(done)); });
        return 0;
    }
    if (args[1] == u"hold" && args.size() == 4) {
        const Status held = (*library)->writeTransaction([&]() -> Status {
            // Writing something takes the lock for real, as an annotation save would.
            if (auto set = (*library)->setMetaValue(QStringLiteral("held"), QStringLiteral("yes")); !set)
                return set;
            say("locked");
            QThread::msleep(args[3].toULong());
            return {};
        });
        return held.ok() ? 0 : 3;
    }
    return 2;
}
