#include "PairConsistency.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace caselens::evaluation {
namespace {

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

Result<PairConsistencyResult> PairConsistency::run(const FindingsEngine& engine, const QString& folder,
                                                   const QString& originalLanguage,
                                                   const QString& translationLanguage,
                                                   const QSet<QString>& onlyIds)
{
    QDir dir(folder);
    if (dir.exists(QStringLiteral("abstracts")))
        dir.cd(QStringLiteral("abstracts"));
    const QString suffix = QLatin1Char('.') + originalLanguage + QStringLiteral(".txt");
    const QStringList originals = dir.entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
    if (originals.isEmpty())
        return Error{
            QCoreApplication::translate("Evaluation", "No *%1 files in %2.").arg(suffix, dir.path())};
    PairConsistencyResult result;
    for (const QString& file : originals) {
        const QString id = file.chopped(suffix.size());
        if (!onlyIds.isEmpty() && !onlyIds.contains(id))
            continue;
        const QString translationPath =
            dir.filePath(id + QLatin1Char('.') + translationLanguage + QStringLiteral(".txt"));
        if (!QFile::exists(translationPath))
            continue;
        const PairResult pair = engine.extractPair(readText(dir.filePath(file)), originalLanguage,
                                                   readText(translationPath), translationLanguage);
        ++result.pairs;
        result.all.original += static_cast<int>(pair.original.findings.size());
        result.all.translation += static_cast<int>(pair.translation.findings.size());
        result.all.links += static_cast<int>(pair.links.size());
        for (const Finding& finding : pair.original.findings)
            ++result.byCategory[toKey(finding.category)].original;
        for (const Finding& finding : pair.translation.findings)
            ++result.byCategory[toKey(finding.category)].translation;
        for (const FindingLink& link : pair.links)
            ++result
                  .byCategory[toKey(
                      pair.original.findings[static_cast<qsizetype>(link.originalFinding)].category)]
                  .links;
    }
    return result;
}

} // namespace caselens::evaluation
