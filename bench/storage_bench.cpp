// Storage benchmark (issue 3): import throughput against the sqlite3 shell running the same
// INSERTs, FTS search latency against the sqlite3 shell on the same file, and opening a large
// library with its case list. Reads the CodiEsp texts from ../shared/data (development only).
//   caselens_bench_storage [--cases N] [--large N] [--work DIR]

#include "BenchSupport.h"
#include "core/Settings.h"
#include "core/import/FolderImporter.h"
#include "storage/CaseRepository.h"
#include "storage/CaseSearch.h"
#include "storage/FindingRepository.h"
#include "storage/FullTextQuery.h"
#include "storage/Library.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace caselens;

namespace {

struct TextPair {
    QString original;
    QString translation;
};

QList<TextPair> loadCodiEsp(const QString& data)
{
    QList<TextPair> pairs;
    for (const QString& split :
         {QStringLiteral("train"), QStringLiteral("dev"), QStringLiteral("background")}) {
        const QString folder = data + QStringLiteral("/codiesp-dev/") + split;
        QDirIterator files(folder + QStringLiteral("/text_files"), {QStringLiteral("*.txt")}, QDir::Files);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile es(path), en(folder + QStringLiteral("/text_files_en/") + QFileInfo(path).fileName());
            if (es.open(QIODevice::ReadOnly) && en.open(QIODevice::ReadOnly))
                pairs << TextPair{QString::fromUtf8(es.readAll()), QString::fromUtf8(en.readAll())};
        }
    }
    return pairs;
}

// The i-th benchmark case: a CodiEsp pair, made unique so that deduplication never kicks in.
Case benchCase(const QList<TextPair>& pairs, int i)
{
    const TextPair& pair = pairs[i % pairs.size()];
    Case aCase;
    aCase.title = QStringLiteral("bench case %1").arg(i);
    aCase.source = QStringLiteral("CodiEsp (benchmark)");
    aCase.documents << Document{0,
                                DocumentRole::Original,
                                QStringLiteral("es"),
                                pair.original + QStringLiteral("\n[%1]").arg(i),
                                {}}
                    << Document{0,
                                DocumentRole::Translation,
                                QStringLiteral("en"),
                                pair.translation + QStringLiteral("\n[%1]").arg(i),
                                {}};
    return aCase;
}

QString sqlText(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString sha(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The INSERTs CaseRepository::add makes, as one SQL script in one transaction.
QByteArray sqlScript(const QList<TextPair>& pairs, int count)
{
    // The same connection settings CaseLens uses (SqliteDialect::configureConnection).
    QString script = QStringLiteral(
        "PRAGMA foreign_keys = ON;\nPRAGMA synchronous = FULL;\nPRAGMA cache_size = -32768;\nBEGIN;\n");
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    for (int i = 0; i < count; ++i) {
        const Case aCase = benchCase(pairs, i);
        const QString hash = storage::CaseRepository::contentHashOf(aCase);
        script += QStringLiteral(
                      "INSERT INTO cases(id, title, source, status, content_hash, created_at, updated_at) "
                      "VALUES (%1, %2, %3, 'new', '%4', '%5', '%5');\n")
                      .arg(i + 1)
                      .arg(sqlText(aCase.title), sqlText(aCase.source), hash, now);
        for (const Document& document : aCase.documents)
            script +=
                QStringLiteral("INSERT INTO documents(case_id, role, language, text, content_hash) VALUES "
                               "(%1, '%2', '%3', %4, '%5');\n")
                    .arg(i + 1)
                    .arg(toKey(document.role), document.language, sqlText(document.text), sha(document.text));
        script += QStringLiteral(
                      "INSERT INTO audit_log(at, author_id, case_id, entity, entity_id, action, new_value) "
                      "VALUES ('%1', 1, %2, 'case', %2, 'create', '{}');\n")
                      .arg(now)
                      .arg(i + 1);
    }
    script += QStringLiteral("COMMIT;\n");
    return script.toUtf8();
}

double runShell(const QString& database, const QByteArray& input, QString* output = nullptr)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(input);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double elapsed = bench::millisecondsSince(timer);
    if (output)
        *output = QString::fromUtf8(shell.readAllStandardOutput());
    if (shell.exitCode() != 0)
        std::fprintf(stderr, "sqlite3 failed: %s\n", shell.readAllStandardError().constData());
    return elapsed;
}

std::unique_ptr<storage::Library> openOrDie(const QString& path)
{
    auto library = storage::Library::open(path);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        std::exit(1);
    }
    auto opened = std::move(library).value();
    opened->setAuthorName(QStringLiteral("bench"));
    return opened;
}

double importThroughRepository(const QString& path, const QList<TextPair>& pairs, int count)
{
    auto library = openOrDie(path);
    (void)library->authorId(); // the author row, as the shell script assumes id 1
    storage::CaseRepository cases(*library);
    QElapsedTimer timer;
    timer.start();
    const Status saved = library->writeTransaction([&]() -> Status {
        for (int i = 0; i < count; ++i)
            if (const auto added = cases.add(benchCase(pairs, i)); !added)
                return Error{added.error()};
        return {};
    });
    const double elapsed = bench::millisecondsSince(timer);
    if (!saved)
        std::fprintf(stderr, "import failed: %s\n", qPrintable(saved.error()));
    return elapsed;
}

void benchImport(const QString& work, const QList<TextPair>& pairs, int count)
{
    // One empty library made by CaseLens, copied, so both sides write into the same schema.
    const QString empty = work + QStringLiteral("/empty.sqlite");
    {
        auto library = openOrDie(empty);
        (void)library->authorId();
    }
    const QString ours = work + QStringLiteral("/import-ours.sqlite");
    const QString shell = work + QStringLiteral("/import-shell.sqlite");
    QFile::copy(empty, ours);
    QFile::copy(empty, shell);
    const QByteArray script = sqlScript(pairs, count);
    const double shellMs = runShell(shell, script);
    const double oursMs = importThroughRepository(ours, pairs, count);
    const double megabytes = double(script.size()) / 1e6;
    std::printf("import %d cases (%.1f MB of SQL text, FTS included, one transaction)\n", count, megabytes);
    std::printf("  sqlite3 shell, same INSERTs:  %8.0f ms  (%6.0f cases/s)\n", shellMs,
                count / shellMs * 1000);
    std::printf("  CaseLens CaseRepository::add: %8.0f ms  (%6.0f cases/s)\n", oursMs, count / oursMs * 1000);
    std::printf("  ratio CaseLens / shell:       %8.2f   (target <= 1.5)\n", oursMs / shellMs);
}

// What a user does: a folder of NAME.es.txt + NAME.en.txt pairs imported with FolderImporter,
// read and extracted on every core (findings, links, the translation check's score), stored in
// batches with the full-text index. Against CaseRepository::add alone on the same cases (no
// files, no extraction), measured in the same run.
void benchImportWithExtraction(const QString& work, const QList<TextPair>& pairs, int count)
{
    const QString folder = work + QStringLiteral("/import-folder");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        const Case aCase = benchCase(pairs, i);
        for (const Document& document : aCase.documents) {
            QFile file(folder + QStringLiteral("/case%1.%2.txt").arg(i, 5, 10, QLatin1Char('0')).arg(document.language));
            if (!file.open(QIODevice::WriteOnly) || file.write(document.text.toUtf8()) < 0) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
                return;
            }
        }
    }
    const QString plainPath = work + QStringLiteral("/import-plain.sqlite");
    const QString extractedPath = work + QStringLiteral("/import-extracted.sqlite");
    QFile::remove(plainPath);
    QFile::remove(extractedPath);
    const double plainMs = importThroughRepository(plainPath, pairs, count);

    auto library = openOrDie(extractedPath);
    FolderImporter importer(FolderImporter::Options{});
    QElapsedTimer timer;
    timer.start();
    const auto plan = importer.plan(folder);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error()));
        return;
    }
    const FolderImporter::Report report = importer.run(*library, *plan);
    const double ms = bench::millisecondsSince(timer);
    const auto findings = storage::FindingRepository(*library).forCase(1);
    std::printf("import a folder of %d case pairs with extraction (%d cores; %d added, %lld problems; case 1 has "
                "%lld findings)\n",
                count, QThread::idealThreadCount(), report.added, static_cast<long long>(report.problems.size()),
                findings ? static_cast<long long>(findings->size()) : -1LL);
    std::printf("  CaseRepository::add only, no extraction: %8.0f ms  (%6.0f cases/s)\n", plainMs,
                count / plainMs * 1000);
    std::printf("  FolderImporter, files + extraction:      %8.0f ms  (%6.0f cases/s, target >= 2,000)\n", ms,
                count / ms * 1000);
    std::printf("  ratio with extraction / without:         %8.2f\n", ms / plainMs);
    QDir(folder).removeRecursively();
}

void buildLarge(const QString& path, const QList<TextPair>& pairs, int count)
{
    if (QFileInfo::exists(path))
        return;
    std::printf("building a library of %d cases (once) ...\n", count);
    std::fflush(stdout);
    const double ms = importThroughRepository(path, pairs, count);
    std::printf("  built in %.1f s\n", ms / 1000);
}

void benchSearch(const QString& path, int count)
{
    const QStringList queries{QStringLiteral("dolor abdominal"), QStringLiteral("insuficiencia renal"),
                              QStringLiteral("septic shock"), QStringLiteral("tomografía computarizada"),
                              QStringLiteral("fiebre tos")};
    auto library = openOrDie(path);
    storage::CaseSearch search(*library);
    std::printf(
        "search on %d cases: the total count and a page of 50 hits with snippets, median of 15 runs\n",
        count);
    for (const QString& text : queries) {
        storage::SearchQuery query;
        query.text = text;
        std::vector<double> times;
        int total = 0;
        for (int run = 0; run < 15; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto results = search.search(query);
            times.push_back(bench::millisecondsSince(timer));
            total = results ? results->totalCount : -1;
        }
        // The same statements through the shell, timed by the shell itself.
        const QString match = sqlText(storage::toFullTextQuery(text).value());
        const QString matching =
            QStringLiteral("SELECT rowid >> 1 AS id FROM documents_fts WHERE documents_fts MATCH %1 "
                           "UNION SELECT rowid FROM cases_fts WHERE cases_fts MATCH %1")
                .arg(match);
        QString shellInput = QStringLiteral(".timer on\n");
        for (int run = 0; run < 15; ++run)
            shellInput +=
                QStringLiteral("SELECT count(*) FROM (%1);\n"
                               "SELECT c.id, c.title, c.status, (SELECT group_concat(language, ',') FROM "
                               "(SELECT language FROM documents d WHERE d.case_id = c.id ORDER BY role)), "
                               "coalesce((SELECT snippet(documents_fts, 0, char(2), char(3), '…', 12) FROM "
                               "documents_fts WHERE documents_fts MATCH %2 AND documents_fts.rowid IN "
                               "(c.id * 2, c.id * 2 + 1) LIMIT 1), '') FROM (SELECT id FROM (%1) ORDER BY id "
                               "LIMIT 50 OFFSET 0) AS m JOIN cases c ON c.id = m.id ORDER BY c.id;\n")
                    .arg(matching, match);
        QString output;
        runShell(path, shellInput.toUtf8(), &output);
        std::vector<double> shellTimes;
        static const QRegularExpression realTime(QStringLiteral("Run Time: real ([0-9.]+)"));
        auto matches = realTime.globalMatch(output);
        std::vector<double> statementTimes;
        while (matches.hasNext())
            statementTimes.push_back(matches.next().captured(1).toDouble() * 1000);
        for (size_t i = 0; i + 1 < statementTimes.size(); i += 2)
            shellTimes.push_back(statementTimes[i] + statementTimes[i + 1]);
        const double ours = bench::median(times);
        const double theirs = bench::median(shellTimes);
        std::printf("  %-26s %6d hits  CaseLens %7.2f ms  shell %7.2f ms  ratio %5.2f\n",
                    qPrintable(QLatin1Char('"') + text + QLatin1Char('"')), total, ours, theirs,
                    theirs > 0 ? ours / theirs : 0.0);
    }
}

void benchOpen(const QString& path, int count)
{
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto library = openOrDie(path);
        Settings settings(path + QStringLiteral(".bench-settings.ini"));
        ui::MainWindow window(*library, settings);
        window.show();
        QApplication::processEvents();
        window.findChild<QListView*>(QStringLiteral("caseList"))->viewport()->repaint();
        times.push_back(bench::millisecondsSince(timer));
    }
    std::printf("open a library of %d cases and show the main window with the first page: median %.0f ms "
                "(target < 300 ms)\n",
                count, bench::median(times));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("cases"), QStringLiteral("Cases for the import benchmark."), QStringLiteral("N"),
          QStringLiteral("10000")},
         {QStringLiteral("large"), QStringLiteral("Cases in the large library."), QStringLiteral("N"),
          QStringLiteral("100000")},
         {QStringLiteral("work"), QStringLiteral("Folder for the benchmark libraries (kept between runs)."),
          QStringLiteral("DIR"), QStringLiteral("/tmp/caselens-bench")}});
    parser.process(app);
    const QString data = bench::sharedDataFolder();
    if (data.isEmpty()) {
        std::printf(
            "storage benchmark skipped: the CodiEsp texts (../shared/data/codiesp-dev) are not on this "
            "machine; set CASELENS_DATA to a copy of shared/data to run it.\n");
        return 0;
    }
    const QList<TextPair> pairs = loadCodiEsp(data);
    const QString work = parser.value(QStringLiteral("work"));
    QDir().mkpath(work);
    for (const QString& stale : {QStringLiteral("empty.sqlite"), QStringLiteral("import-ours.sqlite"),
                                 QStringLiteral("import-shell.sqlite")})
        QFile::remove(work + QLatin1Char('/') + stale);
    const int cases = parser.value(QStringLiteral("cases")).toInt();
    const int large = parser.value(QStringLiteral("large")).toInt();
    std::printf("CodiEsp pairs loaded: %lld (average %.1f KB per pair)\n",
                static_cast<long long>(pairs.size()), [&] {
                    double bytes = 0;
                    for (const TextPair& pair : pairs)
                        bytes += pair.original.toUtf8().size() + pair.translation.toUtf8().size();
                    return bytes / pairs.size() / 1024;
                }());
    benchImport(work, pairs, cases);
    benchImportWithExtraction(work, pairs, cases);
    if (large <= 0)
        return 0;
    const QString largePath = work + QStringLiteral("/large-%1.sqlite").arg(large);
    buildLarge(largePath, pairs, large);
    benchSearch(largePath, large);
    benchOpen(largePath, large);
    return 0;
}
