// caselens_qa_harness: measures the translation check by injecting known errors into clean
// translations (docs/quality.md, "Translation check"). Not a test; tools/qa/run_qa_quality.sh
// drives it.
//
//   caselens_qa_harness [--data DIR] [--corpus seed,multinel,codiesp] [--part tuning|held-out|all]
//                       [--per-pair N] [--list-issues] [--list-misses]
//
// For each clean pair it counts the issues the check reports (on human translations, every one
// is a false alarm, or a real difference between the authors' versions), then injects up to N
// errors of each class into the translation and counts those the check reports at the right
// place with the right type. The injections are drawn by a random generator seeded from the
// pair's id and the class, so every run injects the same errors.

#include "PairCorpus.h"
#include "Perturber.h"
#include "findings/FindingsEngine.h"
#include "findings/qa/TermIndex.h"
#include "findings/qa/TranslationChecker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcessEnvironment>

#include <cstdio>
#include <random>
#include <spdlog/spdlog.h>

using namespace caselens;
using namespace caselens::qaharness;

namespace {

struct Tally {
    int pairs = 0;
    int words = 0;
    QMap<QString, int> issuesByType;
    QMap<QString, int> issuesBySeverity;
    int issues = 0;
    QMap<QString, std::pair<int, int>> injections; // class -> (injected, detected)
};

QString dataFolder(const QString& given)
{
    QStringList candidates;
    if (!given.isEmpty())
        candidates << given;
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("CASELENS_DATA"));
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    candidates << QStringLiteral(CASELENS_SOURCE_DIR "/../shared/data")
               << QStringLiteral("/work/shared/data");
    for (const QString& candidate : candidates)
        if (QFileInfo(candidate + QStringLiteral("/multinel-scielo-dev")).isDir())
            return QDir(candidate).absolutePath();
    return {};
}

std::uint64_t seedOf(const CorpusPair& pair, ErrorClass kind)
{
    const QByteArray digest =
        QCryptographicHash::hash((pair.corpus + QLatin1Char('/') + pair.id + QLatin1Char('/') +
                                  pair.originalLanguage + QLatin1Char('/') + toKey(kind))
                                     .toUtf8(),
                                 QCryptographicHash::Sha256);
    std::uint64_t seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = seed << 8 | static_cast<unsigned char>(digest[i]);
    return seed;
}

// Code points before a UTF-16 offset (issue spans count code points).
int codePoint(const QString& text, int utf16)
{
    int points = 0;
    for (int i = 0; i < utf16 && i < text.size(); ++i)
        if (!text[i].isLowSurrogate())
            ++points;
    return points;
}

bool found(const Injection& injection, const QString& original, const qa::QaReport& report)
{
    const QString& text = injection.inOriginal ? original : injection.translation;
    const int start = codePoint(text, injection.start);
    const int end = std::max(start + 1, codePoint(text, injection.end));
    const QList<qa::IssueType> wanted = expectedTypes(injection.kind);
    for (const qa::QaIssue& issue : report.issues) {
        const qa::IssueSpan& span = injection.inOriginal ? issue.original : issue.translation;
        if (wanted.contains(issue.type) && !span.isEmpty() && span.start < end && start < span.end)
            return true;
    }
    return false;
}

QString oneLine(QString text)
{
    text = text.simplified();
    return text.size() > 160 ? text.left(157) + QStringLiteral("...") : text;
}

void print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // the figures on stdout, nothing else
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString data;
    QStringList corpora{QStringLiteral("seed"), QStringLiteral("multinel"), QStringLiteral("codiesp")};
    QString part = QStringLiteral("all");
    int perPair = 2;
    bool listIssues = false;
    bool listMisses = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const QString value = i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (argument == QLatin1String("--data")) {
            data = value;
            ++i;
        } else if (argument == QLatin1String("--corpus")) {
            corpora = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            ++i;
        } else if (argument == QLatin1String("--part")) {
            part = value;
            ++i;
        } else if (argument == QLatin1String("--per-pair")) {
            perPair = std::max(1, value.toInt());
            ++i;
        } else if (argument == QLatin1String("--list-issues")) {
            listIssues = true;
        } else if (argument == QLatin1String("--list-misses")) {
            listMisses = true;
        } else {
            std::fprintf(stderr, "caselens_qa_harness: unknown argument '%s'\n", qPrintable(argument));
            return 2;
        }
    }

    QList<CorpusPair> pairs;
    if (corpora.contains(QLatin1String("seed")))
        pairs << PairCorpus::seed(QStringLiteral(CASELENS_SOURCE_DIR));
    const bool wantsCorpora =
        corpora.contains(QLatin1String("multinel")) || corpora.contains(QLatin1String("codiesp"));
    const QString folder = wantsCorpora ? dataFolder(data) : QString();
    if (!wantsCorpora) {
        print(QStringLiteral("seed case only\n"));
    } else if (folder.isEmpty()) {
        print(QStringLiteral(
            "Development corpora not found (../shared/data, CASELENS_DATA or --data): only the "
            "seed case is measured.\n"));
    } else {
        print(QStringLiteral("data: %1\n").arg(folder));
        if (corpora.contains(QLatin1String("multinel")))
            pairs << PairCorpus::multinel(folder);
        if (corpora.contains(QLatin1String("codiesp")))
            pairs << PairCorpus::codiesp(folder);
    }
    if (part != QLatin1String("all"))
        pairs.removeIf(
            [&](const CorpusPair& p) { return p.part != part && p.part != QLatin1String("seed"); });
    if (pairs.isEmpty()) {
        print(QStringLiteral("No pairs to measure.\n"));
        return 0;
    }

    const auto engine = FindingsEngine::shared();
    const qa::TranslationChecker checker(engine);
    const Perturber perturber(*qa::TermIndex::shared());
    QMap<QString, Tally> tallies; // "corpus part"
    QElapsedTimer timer;
    timer.start();
    for (const CorpusPair& pair : pairs) {
        Tally& tally = tallies[pair.corpus + QLatin1Char(' ') + pair.part];
        const PairResult extracted = engine->extractPair(pair.original, pair.originalLanguage,
                                                         pair.translation, pair.translationLanguage);
        const qa::QaReport clean = checker.check(pair.original, pair.translation, extracted);
        ++tally.pairs;
        tally.words += clean.score.words;
        for (const qa::QaIssue& issue : clean.issues) {
            ++tally.issues;
            ++tally.issuesByType[qa::toKey(issue.type)];
            ++tally.issuesBySeverity[qa::toKey(issue.severity)];
            if (listIssues)
                print(QStringLiteral("issue\t%1\t%2 %3>%4\t%5\t%6\t%7 || %8\n")
                          .arg(pair.corpus, pair.id, pair.originalLanguage, pair.translationLanguage,
                               qa::toKey(issue.type), issue.message.left(200), oneLine(issue.original.text),
                               oneLine(issue.translation.text)));
        }
        for (const ErrorClass kind : allErrorClasses()) {
            std::mt19937_64 random(seedOf(pair, kind));
            const QList<Injection> candidates =
                perturber.candidates(kind, pair.original, pair.translation, extracted, random);
            auto& [injected, detected] = tally.injections[toKey(kind)];
            for (qsizetype k = 0; k < candidates.size() && k < perPair; ++k) {
                const Injection& injection = candidates[k];
                const qa::QaReport report = checker.check(pair.original, pair.originalLanguage,
                                                          injection.translation, pair.translationLanguage);
                ++injected;
                if (found(injection, pair.original, report)) {
                    ++detected;
                } else if (listMisses) {
                    QStringList seen;
                    for (const qa::QaIssue& issue : report.issues)
                        seen << qa::toKey(issue.type) + QLatin1Char(':') +
                                    oneLine(issue.translation.text).left(30);
                    const QString& text = injection.inOriginal ? pair.original : injection.translation;
                    const int from = std::max(0, injection.start - 80);
                    print(QStringLiteral("miss\t%1\t%2 %3>%4\t%5\t'%6' -> '%7'\t[%8]\t%9\n")
                              .arg(toKey(kind), pair.id, pair.originalLanguage, pair.translationLanguage,
                                   pair.corpus, oneLine(injection.before), oneLine(injection.after),
                                   seen.join(QStringLiteral("; ")),
                                   text.mid(from, injection.end + 80 - from).simplified()));
                }
            }
        }
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally& t = it.value();
        print(QStringLiteral("\n## %1: %2 pairs, %3 translation words\n")
                  .arg(it.key())
                  .arg(t.pairs)
                  .arg(t.words));
        print(QStringLiteral("issues on the clean pairs: %1 (%2 per pair, %3 per 10 pairs)\n")
                  .arg(t.issues)
                  .arg(QString::number(double(t.issues) / t.pairs, 'f', 3))
                  .arg(QString::number(10.0 * t.issues / t.pairs, 'f', 2)));
        QStringList byType;
        for (auto type = t.issuesByType.cbegin(); type != t.issuesByType.cend(); ++type)
            byType << QStringLiteral("%1 %2").arg(type.key()).arg(type.value());
        QStringList bySeverity;
        for (auto severity = t.issuesBySeverity.cbegin(); severity != t.issuesBySeverity.cend(); ++severity)
            bySeverity << QStringLiteral("%1 %2").arg(severity.key()).arg(severity.value());
        print(QStringLiteral("  by type: %1\n  by severity: %2\n")
                  .arg(byType.join(QStringLiteral(", ")), bySeverity.join(QStringLiteral(", "))));
        print(QStringLiteral("| injected error | injected | detected | recall |\n|---|---|---|---|\n"));
        for (const ErrorClass kind : allErrorClasses()) {
            const auto [injected, detected] = t.injections.value(toKey(kind));
            print(QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(toKey(kind))
                      .arg(injected)
                      .arg(detected)
                      .arg(injected > 0 ? QString::number(double(detected) / injected, 'f', 3)
                                        : QStringLiteral("-")));
        }
    }
    print(QStringLiteral("\nseconds %1 (extraction and checking of every clean and perturbed pair)\n")
              .arg(QString::number(seconds, 'f', 1)));
    return 0;
}
