#include "EvaluateCommand.h"

#include "findings/FindingsEngine.h"
#include "findings/evaluation/GoldCorpus.h"
#include "findings/evaluation/NegexEvaluation.h"
#include "findings/evaluation/PairConsistency.h"
#include "findings/evaluation/SpanScorer.h"
#include "model/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QString percent(double ratio)
{
    return QString::number(100 * ratio, 'f', 1);
}

QString countsLine(const QString& name, const evaluation::Counts& counts)
{
    return QStringLiteral("%1\tgold %2\tpredicted %3\ttp %4\tP %5\tR %6\tF1 %7")
        .arg(name)
        .arg(counts.gold)
        .arg(counts.predicted)
        .arg(counts.truePositives)
        .arg(percent(counts.precision()), percent(counts.recall()), percent(counts.f1()));
}

int evaluateNegex(CliContext& context, const QString& gold, const QString& language, const QSet<QString>& ids,
                  bool showErrors)
{
    const auto result = evaluation::NegexEvaluation::run(gold, language, ids);
    if (!result)
        return context.fail(result.error());
    context.out << "corpus\tnegex\t" << QFileInfo(gold).fileName() << "\trows " << result->rows
                << "\tskipped " << result->skipped << '\n';
    context.out << countsLine(QStringLiteral("negation"), result->negated) << '\n';
    if (showErrors)
        for (const QString& error : result->errors)
            context.out << error << '\n';
    return Success;
}

int evaluateLinks(CliContext& context, const QString& gold, const QString& language, const QSet<QString>& ids)
{
    const QString translationLanguage =
        language::normalizeCode(context.parser.isSet(QStringLiteral("translation-lang"))
                                    ? context.parser.value(QStringLiteral("translation-lang"))
                                    : QStringLiteral("en"));
    if (translationLanguage.isEmpty())
        return context.fail(tr("unknown translation language; use pt, es or en."), UsageError);
    const auto result =
        evaluation::PairConsistency::run(*FindingsEngine::shared(), gold, language, translationLanguage, ids);
    if (!result)
        return context.fail(result.error());
    context.out << "corpus\tmultinel\t" << gold << "\tpairs " << result->pairs << '\t' << language << " -> "
                << translationLanguage << '\n';
    context.out << "category\toriginal\ttranslation\tlinks\toriginal_linked\ttranslation_linked\n";
    auto line = [&](const QString& name, const evaluation::LinkCounts& counts) {
        context.out << name << '\t' << counts.original << '\t' << counts.translation << '\t' << counts.links
                    << '\t' << percent(counts.originalLinkRate()) << '\t'
                    << percent(counts.translationLinkRate()) << '\n';
    };
    for (auto it = result->byCategory.cbegin(); it != result->byCategory.cend(); ++it)
        line(it.key(), it.value());
    line(QStringLiteral("all"), result->all);
    return Success;
}

int evaluateSpans(CliContext& context, evaluation::GoldFormat format, const QString& gold,
                  const QString& language, const QSet<QString>& ids, bool showErrors)
{
    const auto documents = evaluation::GoldCorpus::read(format, gold, ids);
    if (!documents)
        return context.fail(documents.error());
    if (documents->isEmpty())
        return context.fail(tr("no annotated documents in %1.").arg(gold));
    const auto engine = FindingsEngine::shared();
    evaluation::SpanScorer scorer(format == evaluation::GoldFormat::Brat,
                                  format == evaluation::GoldFormat::Codiesp);
    for (const evaluation::GoldDocument& document : *documents)
        scorer.add(document, engine->extract(document.text, language));

    context.out << "corpus\t" << context.parser.value(QStringLiteral("format")) << '\t' << gold
                << "\tdocuments " << documents->size() << "\tlanguage " << language << '\n';
    context.out
        << "category\tgold\tpredicted\tstrict_P\tstrict_R\tstrict_F1\toverlap_P\toverlap_R\toverlap_F1\n";
    for (auto it = scorer.scores().cbegin(); it != scorer.scores().cend(); ++it) {
        const evaluation::CategoryScore& score = it.value();
        context.out << it.key() << '\t' << score.gold << '\t' << score.predicted << '\t'
                    << percent(score.strict.precision()) << '\t' << percent(score.strict.recall()) << '\t'
                    << percent(score.strict.f1()) << '\t' << percent(score.overlapPrecision()) << '\t'
                    << percent(score.overlapRecall()) << '\t' << percent(score.overlapF1()) << '\n';
    }
    if (scorer.negation().gold + scorer.negation().predicted > 0)
        context.out << countsLine(QStringLiteral("negation"), scorer.negation()) << '\n';
    if (showErrors)
        for (const QString& error : scorer.errors())
            context.out << error << '\n';
    return Success;
}

} // namespace

QString EvaluateCommand::summary() const
{
    return tr("Precision, recall and F1 of the findings against an annotated corpus.");
}

void EvaluateCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("gold"),
         tr("The corpus: a brat folder (MACCROBAT), an E3C language folder, a CodiEsp split folder, NegEx's "
            "negation-annotations.tsv, or MultiNEL's folder of translated abstracts."),
         QStringLiteral("DIR")},
        {QStringLiteral("format"),
         tr("brat (default), e3c, codiesp, negex, or multinel (cross-language link rates)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("lang"), tr("Language of the texts (default: en; es for codiesp; pt for multinel)."),
         QStringLiteral("xx")},
        {QStringLiteral("translation-lang"), tr("multinel: language of the translations (default: en)."),
         QStringLiteral("yy")},
        {QStringLiteral("ids"),
         tr("Evaluate only the documents (or NegEx report numbers) listed, one per line."),
         QStringLiteral("FILE")},
        {QStringLiteral("errors"), tr("Also print every missed and spurious span.")},
    });
}

int EvaluateCommand::run(CliContext& context) const
{
    const QCommandLineParser& parser = context.parser;
    if (!context.arguments().isEmpty() || !parser.isSet(QStringLiteral("gold")))
        return context.fail(tr("evaluate takes --gold DIR and no other arguments (see --help)."), UsageError);
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("brat");
    const bool negex = format == QLatin1String("negex");
    const bool multinel = format == QLatin1String("multinel");
    const auto goldFormat = evaluation::GoldCorpus::formatFromKey(format);
    if (!negex && !multinel && !goldFormat)
        return context.fail(tr("unknown format '%1'; use brat, e3c, codiesp, negex or multinel.").arg(format),
                            UsageError);
    QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = goldFormat == evaluation::GoldFormat::Codiesp ? QStringLiteral("es")
                   : multinel                                    ? QStringLiteral("pt")
                                                                 : QStringLiteral("en");
    language = language::normalizeCode(language);
    if (language.isEmpty())
        return context.fail(
            tr("unknown language '%1'; use pt, es or en.").arg(parser.value(QStringLiteral("lang"))),
            UsageError);
    QSet<QString> ids;
    if (parser.isSet(QStringLiteral("ids"))) {
        QFile list(parser.value(QStringLiteral("ids")));
        if (!list.open(QIODevice::ReadOnly))
            return context.fail(
                tr("cannot read the id list %1 (%2).").arg(list.fileName(), list.errorString()));
        for (const QByteArray& line : list.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                ids.insert(QString::fromUtf8(line.trimmed()));
        if (ids.isEmpty())
            return context.fail(tr("the id list %1 is empty.").arg(list.fileName()));
    }
    const QString gold = parser.value(QStringLiteral("gold"));
    const bool showErrors = parser.isSet(QStringLiteral("errors"));
    const int code = negex      ? evaluateNegex(context, gold, language, ids, showErrors)
                     : multinel ? evaluateLinks(context, gold, language, ids)
                                : evaluateSpans(context, *goldFormat, gold, language, ids, showErrors);
    context.out.flush();
    return code;
}

} // namespace caselens::cli
