// caselens_bench_findings: how fast the findings engine loads its lexicons and reads case
// reports. Not a test (ctest does not run it); bench/run_findings_bench.sh drives it.
//
//   caselens_bench_findings [--lang xx] [--rounds N] FILE_OR_FOLDER...
//
// Prints the lexicon load time and the single-thread extraction throughput in MB of UTF-8 text
// per second, which is the throughput per core (extraction shares nothing between threads).

#include "findings/CompiledLexicons.h"
#include "findings/FindingsEngine.h"
#include "findings/LexiconReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace caselens;

namespace {

QStringList textFiles(const QStringList& arguments)
{
    QStringList files;
    for (const QString& argument : arguments) {
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(argument);
        }
    }
    files.sort();
    return files;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language = QStringLiteral("es");
    int rounds = 3;
    for (qsizetype i = 0; i + 1 < arguments.size();) {
        if (arguments[i] == QLatin1String("--lang")) {
            language = arguments[i + 1];
            arguments.remove(i, 2);
        } else if (arguments[i] == QLatin1String("--rounds")) {
            rounds = std::max(1, arguments[i + 1].toInt());
            arguments.remove(i, 2);
        } else {
            ++i;
        }
    }

    // Lexicon load: a fresh compile each time (the shared instance would be cached).
    std::vector<double> loads;
    for (int i = 0; i < 5; ++i)
        loads.push_back(
            findings::CompiledLexicons::load(findings::LexiconReader::defaultFolder())->loadMilliseconds());
    std::sort(loads.begin(), loads.end());
    std::printf("lexicon_load_ms_median %.1f\n", loads[loads.size() / 2]);
    std::printf("lexicon_load_ms_max %.1f\n", loads.back());

    const QStringList files = textFiles(arguments);
    if (files.isEmpty()) {
        std::printf("no texts given: extraction not measured\n");
        return 0;
    }
    std::vector<QString> texts;
    qint64 bytes = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        bytes += content.size();
        texts.push_back(QString::fromUtf8(content));
    }
    const auto engine = FindingsEngine::shared();
    qint64 findingsCount = 0;
    for (const QString& text : texts) // warm-up: page in the lexicons, size the buffers
        findingsCount += engine->extract(text, language).findings.size();
    double best = 1e100;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const QString& text : texts)
            engine->extract(text, language);
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    const double megabytes = static_cast<double>(bytes) / 1e6;
    std::printf("texts %zu\n", texts.size());
    std::printf("megabytes %.2f\n", megabytes);
    std::printf("findings %lld\n", static_cast<long long>(findingsCount));
    std::printf("extract_seconds_best %.3f\n", best);
    std::printf("extract_mb_per_s_per_core %.1f\n", megabytes / best);
    return 0;
}
