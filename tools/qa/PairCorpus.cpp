#include "PairCorpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace caselens::qaharness {
namespace {

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString PairCorpus::half(const QString& id)
{
    const QByteArray digest = QCryptographicHash::hash((QStringLiteral("caselens-half:") + id).toUtf8(),
                                                       QCryptographicHash::Sha256);
    // The parity of the whole hash is the parity of its last byte.
    return (static_cast<unsigned char>(digest.back()) % 2 == 0) ? QStringLiteral("A") : QStringLiteral("B");
}

QList<CorpusPair> PairCorpus::seed(const QString& sourceDir)
{
    const QString folder = sourceDir + QStringLiteral("/resources/demo/");
    const QString original = readText(folder + QStringLiteral("septic-shock-47m.pt.txt"));
    const QString translation = readText(folder + QStringLiteral("septic-shock-47m.en.txt"));
    if (original.isEmpty() || translation.isEmpty())
        return {};
    return {{QStringLiteral("seed"), QStringLiteral("septic-shock-47m"), QStringLiteral("seed"),
             QStringLiteral("pt"), QStringLiteral("en"), original, translation}};
}

QList<CorpusPair> PairCorpus::multinel(const QString& dataDir)
{
    QList<CorpusPair> pairs;
    const QDir dir(dataDir + QStringLiteral("/multinel-scielo-dev/abstracts"));
    const QStringList english = dir.entryList({QStringLiteral("*.en.txt")}, QDir::Files, QDir::Name);
    for (const QString& file : english) {
        const QString id = file.chopped(7);
        const QString part =
            half(id) == QLatin1String("A") ? QStringLiteral("tuning") : QStringLiteral("held-out");
        const QString translation = readText(dir.filePath(file));
        for (const QString& language : {QStringLiteral("pt"), QStringLiteral("es")}) {
            const QString original =
                readText(dir.filePath(id + QLatin1Char('.') + language + QStringLiteral(".txt")));
            if (!original.trimmed().isEmpty() && !translation.trimmed().isEmpty())
                pairs.append({QStringLiteral("multinel"), id, part, language, QStringLiteral("en"), original,
                              translation});
        }
    }
    return pairs;
}

QList<CorpusPair> PairCorpus::codiesp(const QString& dataDir)
{
    QList<CorpusPair> pairs;
    for (const auto& [split, part] : {std::pair{QStringLiteral("train"), QStringLiteral("tuning")},
                                      std::pair{QStringLiteral("dev"), QStringLiteral("held-out")}}) {
        const QDir spanish(dataDir + QStringLiteral("/codiesp-dev/") + split + QStringLiteral("/text_files"));
        const QDir english(dataDir + QStringLiteral("/codiesp-dev/") + split +
                           QStringLiteral("/text_files_en"));
        for (const QString& file : spanish.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            const QString original = readText(spanish.filePath(file));
            const QString translation = readText(english.filePath(file));
            if (!original.trimmed().isEmpty() && !translation.trimmed().isEmpty())
                pairs.append({QStringLiteral("codiesp"), file.chopped(4), part, QStringLiteral("es"),
                              QStringLiteral("en"), original, translation});
        }
    }
    return pairs;
}

} // namespace caselens::qaharness
