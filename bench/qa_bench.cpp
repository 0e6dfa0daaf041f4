// caselens_bench_qa: how fast the translation check runs. Not a test (ctest does not run it);
// bench/run-qa-bench.sh drives it and docs/performance.md quotes it.
//
//   caselens_bench_qa [--rounds N]
//
// Prints, for one thread (the time per core; the check shares nothing between threads but the
// immutable lexicons and term index):
//  - the first use: lexicons, term index and checker built;
//  - the seed case (2.7 KB + 2.6 KB) and the CodiEsp pairs of 2.5 to 3.5 KB per side: time per
//    pair, extraction of both sides, alignment and every check included (median, 95th percentile);
//  - the whole MultiNEL development set (pt→en and es→en of every abstract): total time.
// The corpora come from ../shared/data (or $CASELENS_DATA); without them only the seed case is
// measured, and the program says so.

#include "BenchSupport.h"
#include "findings/qa/TermIndex.h"
#include "findings/qa/TranslationChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <spdlog/spdlog.h>

using namespace caselens;

namespace {

struct Pair {
    QString original;
    QString originalLanguage;
    QString translation;
    QString translationLanguage;
};

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Milliseconds per check of each pair, the fastest of `rounds` runs of each.
std::vector<double> timePairs(const qa::TranslationChecker& checker, const std::vector<Pair>& pairs,
                              int rounds)
{
    std::vector<double> times;
    for (const Pair& pair : pairs) {
        double best = 1e100;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const qa::QaReport report = checker.check(pair.original, pair.originalLanguage, pair.translation,
                                                      pair.translationLanguage);
            best = std::min(best, bench::millisecondsSince(timer));
            if (report.score.words < 0) // keeps the call from being optimised away
                std::printf("?\n");
        }
        times.push_back(best);
    }
    return times;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // the figures on stdout, nothing else
    int rounds = 5;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i)
        if (arguments[i] == QLatin1String("--rounds"))
            rounds = std::max(1, arguments[i + 1].toInt());

    QElapsedTimer first;
    first.start();
    const auto checker = qa::TranslationChecker::shared();
    std::printf("first_use_ms %.1f (lexicons, term index, checker)\n", bench::millisecondsSince(first));

    const QString demo = QStringLiteral(CASELENS_SOURCE_DIR "/resources/demo/");
    const Pair seed{readText(demo + QStringLiteral("septic-shock-47m.pt.txt")), QStringLiteral("pt"),
                    readText(demo + QStringLiteral("septic-shock-47m.en.txt")), QStringLiteral("en")};
    checker->check(seed.original, seed.originalLanguage, seed.translation,
                   seed.translationLanguage); // warm-up
    const std::vector<double> seedTimes = timePairs(*checker, std::vector<Pair>(20, seed), rounds);
    std::printf("seed_pair_bytes %lld + %lld\n", static_cast<long long>(seed.original.toUtf8().size()),
                static_cast<long long>(seed.translation.toUtf8().size()));
    std::printf("seed_pair_ms_median %.3f\n", bench::median(seedTimes));

    const QString data = bench::sharedDataFolder();
    if (data.isEmpty()) {
        std::printf(
            "development corpora not found (../shared/data or CASELENS_DATA): CodiEsp and MultiNEL not "
            "measured\n");
        return 0;
    }
    std::vector<Pair> threeKilobytes;
    for (const QString& split : {QStringLiteral("train"), QStringLiteral("dev")}) {
        const QDir spanish(data + QStringLiteral("/codiesp-dev/") + split + QStringLiteral("/text_files"));
        const QDir english(data + QStringLiteral("/codiesp-dev/") + split + QStringLiteral("/text_files_en"));
        for (const QString& file : spanish.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            const QString original = readText(spanish.filePath(file));
            const QString translation = readText(english.filePath(file));
            const auto a = original.toUtf8().size();
            const auto b = translation.toUtf8().size();
            if (a >= 2500 && a <= 3500 && b >= 2500 && b <= 3500)
                threeKilobytes.push_back({original, QStringLiteral("es"), translation, QStringLiteral("en")});
        }
    }
    const std::vector<double> codiesp = timePairs(*checker, threeKilobytes, rounds);
    std::printf("codiesp_3kb_pairs %zu\n", threeKilobytes.size());
    std::printf("codiesp_3kb_ms_median %.3f\n", bench::median(codiesp));
    std::printf("codiesp_3kb_ms_p95 %.3f\n", percentile(codiesp, 0.95));
    std::printf("codiesp_3kb_ms_max %.3f\n", percentile(codiesp, 1.0));

    std::vector<Pair> multinel;
    const QDir abstracts(data + QStringLiteral("/multinel-scielo-dev/abstracts"));
    for (const QString& file : abstracts.entryList({QStringLiteral("*.en.txt")}, QDir::Files, QDir::Name)) {
        const QString id = file.chopped(7);
        const QString english = readText(abstracts.filePath(file));
        for (const QString& language : {QStringLiteral("pt"), QStringLiteral("es")}) {
            const QString original =
                readText(abstracts.filePath(id + QLatin1Char('.') + language + QStringLiteral(".txt")));
            if (!original.isEmpty() && !english.isEmpty())
                multinel.push_back({original, language, english, QStringLiteral("en")});
        }
    }
    double best = 1e100;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const Pair& pair : multinel)
            checker->check(pair.original, pair.originalLanguage, pair.translation, pair.translationLanguage);
        best = std::min(best, bench::millisecondsSince(timer) / 1000.0);
    }
    std::printf("multinel_pairs %zu\n", multinel.size());
    std::printf("multinel_seconds_best %.3f\n", best);
    return 0;
}
