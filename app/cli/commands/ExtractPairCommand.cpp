#include "ExtractPairCommand.h"

#include "FindingJson.h"
#include "PairInput.h"
#include "findings/FindingsEngine.h"

#include <QCoreApplication>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString ExtractPairCommand::summary() const
{
    return tr("Findings of an original and its translation, aligned and linked (JSON).");
}

void ExtractPairCommand::addOptions(QCommandLineParser& parser) const
{
    PairInput::addOptions(parser);
}

int ExtractPairCommand::run(CliContext& context) const
{
    int exitCode = Success;
    const auto input = PairInput::read(context, QStringLiteral("extract-pair"), Failure, &exitCode);
    if (!input)
        return exitCode;
    const auto engine = FindingsEngine::shared();
    for (const QString& problem : engine->lexiconProblems())
        context.err << "note: " << problem << Qt::endl;
    const PairResult pair =
        engine->extractPair(input->original.text, input->originalLanguage, input->translation.text,
                            input->translationLanguage);
    context.out << FindingJson::pair(pair);
    context.out.flush();
    return Success;
}

} // namespace caselens::cli
