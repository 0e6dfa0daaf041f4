#include "ReviewCommands.h"

#include "core/review/ReviewSession.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

std::optional<CaseId> caseIdArgument(const QString& text)
{
    bool ok = false;
    const CaseId id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<CaseId>(id) : std::nullopt;
}

// Opens the library and the case; on failure writes the message and sets `code`.
std::unique_ptr<ReviewSession> openCase(CliContext& context, std::unique_ptr<storage::Library>& library,
                                        const QString& idText, int& code)
{
    const auto id = caseIdArgument(idText);
    if (!id) {
        code = context.fail(tr("'%1' is not a case id (see 'list').").arg(idText), UsageError);
        return nullptr;
    }
    auto opened = context.openLibrary(false);
    if (!opened) {
        code = context.fail(opened.error());
        return nullptr;
    }
    library = std::move(opened).value();
    auto session = std::make_unique<ReviewSession>(*library, *id);
    if (auto loaded = session->load(); !loaded) {
        code = context.fail(loaded.error());
        return nullptr;
    }
    return session;
}

} // namespace

QString AnnotateCommand::summary() const
{
    return tr("Annotate a span (LANG:START-END, in characters as 'extract' counts them) or the whole case.");
}

void AnnotateCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("CASE_ID"), tr("The case to annotate."));
    parser.addOptions({
        {QStringLiteral("span"), tr("The span, e.g. pt:812-815 (code points, end exclusive)."),
         QStringLiteral("LANG:START-END")},
        {QStringLiteral("whole-case"), tr("A note on the whole case instead of a span.")},
        {QStringLiteral("label"),
         tr("Key finding, Red flag, Teaching point, Question, Translation error, Note, …"),
         QStringLiteral("L")},
        {QStringLiteral("subtype"),
         tr("For translation errors: mistranslation, omission, addition, terminology, "
            "number/unit, grammar."),
         QStringLiteral("S")},
        {QStringLiteral("comment"), tr("The comment."), QStringLiteral("C")},
    });
}

int AnnotateCommand::run(CliContext& context) const
{
    const QStringList arguments = context.arguments();
    const bool wholeCase = context.parser.isSet(QStringLiteral("whole-case"));
    const QString span = context.parser.value(QStringLiteral("span"));
    if (arguments.size() != 1 || wholeCase == !span.isEmpty() ||
        !context.parser.isSet(QStringLiteral("label")))
        return context.fail(
            tr("annotate takes CASE_ID, --label and one of --span or --whole-case (see --help)."),
            UsageError);
    int code = Success;
    std::unique_ptr<storage::Library> library;
    auto session = openCase(context, library, arguments.first(), code);
    if (!session)
        return code;

    Annotation annotation;
    annotation.label = context.parser.value(QStringLiteral("label"));
    annotation.subtype = context.parser.value(QStringLiteral("subtype"));
    annotation.comment = context.parser.value(QStringLiteral("comment"));
    if (!wholeCase) {
        static const QRegularExpression spanPattern(QStringLiteral("^([a-zA-Z]{2}):(\\d+)-(\\d+)$"));
        const auto match = spanPattern.match(span);
        if (!match.hasMatch())
            return context.fail(tr("--span is LANG:START-END, e.g. pt:812-815."), UsageError);
        const QString language = match.captured(1).toLower();
        const Document* target = nullptr;
        for (const Document& document : session->currentCase().documents)
            if (document.language == language)
                target = &document;
        if (!target)
            return context.fail(
                tr("case %1 has no text in '%2' (it has %3).")
                    .arg(session->currentCase().id)
                    .arg(language, session->currentCase().languages().join(QStringLiteral(", "))));
        annotation.documentId = target->id;
        annotation.start = match.captured(2).toInt();
        annotation.end = match.captured(3).toInt();
    }
    const auto id = session->addAnnotation(annotation);
    if (!id)
        return context.fail(id.error());
    context.out << tr("Added annotation %1 to case %2").arg(*id).arg(session->currentCase().id) << Qt::endl;
    return Success;
}

QString AnnotationsCommand::summary() const
{
    return tr("List a case's annotations.");
}

void AnnotationsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("CASE_ID"), tr("The case."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

int AnnotationsCommand::run(CliContext& context) const
{
    if (context.arguments().size() != 1)
        return context.fail(tr("annotations takes one CASE_ID."), UsageError);
    int code = Success;
    std::unique_ptr<storage::Library> library;
    auto session = openCase(context, library, context.arguments().first(), code);
    if (!session)
        return code;
    const auto languageOf = [&](qint64 documentId) {
        for (const Document& document : session->currentCase().documents)
            if (document.id == documentId)
                return document.language;
        return QString();
    };
    QJsonArray array;
    for (const Annotation& annotation : session->annotations()) {
        QJsonObject object{{QStringLiteral("id"), annotation.id},
                           {QStringLiteral("label"), annotation.label},
                           {QStringLiteral("subtype"), annotation.subtype},
                           {QStringLiteral("comment"), annotation.comment},
                           {QStringLiteral("author"), annotation.author},
                           {QStringLiteral("created"), annotation.createdAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("updated"), annotation.updatedAt.toString(Qt::ISODateWithMs)}};
        if (annotation.isWholeCase()) {
            object.insert(QStringLiteral("language"), QJsonValue::Null);
        } else {
            object.insert(QStringLiteral("language"), languageOf(annotation.documentId));
            object.insert(QStringLiteral("start"), annotation.start);
            object.insert(QStringLiteral("end"), annotation.end);
        }
        array.append(object);
        if (!context.parser.isSet(QStringLiteral("json")))
            context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                               .arg(annotation.id)
                               .arg(annotation.isWholeCase() ? QStringLiteral("case")
                                                             : QStringLiteral("%1:%2-%3")
                                                                   .arg(languageOf(annotation.documentId))
                                                                   .arg(annotation.start)
                                                                   .arg(annotation.end),
                                    annotation.label + (annotation.subtype.isEmpty()
                                                            ? QString()
                                                            : QLatin1Char('/') + annotation.subtype),
                                    annotation.author, annotation.comment.simplified())
                        << '\n';
    }
    if (context.parser.isSet(QStringLiteral("json")))
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Success;
}

QString SetStatusCliCommand::summary() const
{
    return tr("Set a case's review status: new, in-review, reviewed, teaching-ready.");
}

void SetStatusCliCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("CASE_ID"), tr("The case."));
    parser.addPositionalArgument(QStringLiteral("STATUS"), reviewStatusKeys().join(QStringLiteral(" | ")));
}

int SetStatusCliCommand::run(CliContext& context) const
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 2)
        return context.fail(tr("set-status takes CASE_ID and STATUS."), UsageError);
    const auto status = reviewStatusFromKey(arguments[1]);
    if (!status)
        return context.fail(tr("unknown status '%1'; use one of %2.")
                                .arg(arguments[1], reviewStatusKeys().join(QStringLiteral(", "))),
                            UsageError);
    int code = Success;
    std::unique_ptr<storage::Library> library;
    auto session = openCase(context, library, arguments.first(), code);
    if (!session)
        return code;
    if (auto set = session->setStatus(*status); !set)
        return context.fail(set.error());
    context.out << tr("Case %1 is now %2").arg(session->currentCase().id).arg(toKey(*status)) << Qt::endl;
    return Success;
}

QString HistoryCommand::summary() const
{
    return tr("Show a case's audit trail: who changed what, when, old -> new.");
}

void HistoryCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("CASE_ID"), tr("The case."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

int HistoryCommand::run(CliContext& context) const
{
    if (context.arguments().size() != 1)
        return context.fail(tr("history takes one CASE_ID."), UsageError);
    int code = Success;
    std::unique_ptr<storage::Library> library;
    auto session = openCase(context, library, context.arguments().first(), code);
    if (!session)
        return code;
    const auto history = storage::AuditLog(*library).history(session->currentCase().id);
    if (!history)
        return context.fail(history.error());
    QJsonArray array;
    for (const AuditEntry& entry : *history) {
        if (context.parser.isSet(QStringLiteral("json"))) {
            array.append(QJsonObject{
                {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("author"), entry.author},
                {QStringLiteral("entity"), entry.entity},
                {QStringLiteral("entity_id"), entry.entityId},
                {QStringLiteral("action"), entry.action},
                {QStringLiteral("old"), QJsonDocument::fromJson(entry.oldValue.toUtf8()).object()},
                {QStringLiteral("new"), QJsonDocument::fromJson(entry.newValue.toUtf8()).object()}});
            continue;
        }
        context.out << QStringLiteral("%1\t%2\t%3 %4 %5\t%6 -> %7")
                           .arg(entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                entry.author, entry.action, entry.entity)
                           .arg(entry.entityId)
                           .arg(entry.oldValue.isEmpty() ? QStringLiteral("-") : entry.oldValue,
                                entry.newValue.isEmpty() ? QStringLiteral("-") : entry.newValue)
                    << '\n';
    }
    if (context.parser.isSet(QStringLiteral("json")))
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Success;
}

} // namespace caselens::cli
