#include "ListCommand.h"

#include "storage/CaseRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caselens::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

constexpr int kPageSize = 1000;

} // namespace

QString ListCommand::summary() const
{
    return tr("List the cases in the library.");
}

void ListCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array of {id, title, languages, status}.")});
}

int ListCommand::run(CliContext& context) const
{
    if (!context.arguments().isEmpty())
        return context.fail(tr("list takes no arguments (see --help)."), UsageError);
    auto library = context.openLibrary(false);
    if (!library)
        return context.fail(library.error());
    storage::CaseRepository cases(**library);
    const bool json = context.parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (int offset = 0;; offset += kPageSize) {
        const auto page = cases.list(offset, kPageSize);
        if (!page)
            return context.fail(page.error());
        for (const CaseSummary& summary : *page) {
            if (json) {
                array.append(
                    QJsonObject{{QStringLiteral("id"), summary.id},
                                {QStringLiteral("title"), summary.title},
                                {QStringLiteral("languages"), QJsonArray::fromStringList(summary.languages)},
                                {QStringLiteral("status"), toKey(summary.status)}});
            } else {
                context.out << QStringLiteral("%1\t%2\t%3\t%4")
                                   .arg(summary.id)
                                   .arg(toKey(summary.status), summary.languages.join(QLatin1Char('>')),
                                        summary.title)
                            << '\n';
            }
        }
        if (page->size() < kPageSize)
            break;
    }
    if (json)
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    context.out.flush();
    return Success;
}

} // namespace caselens::cli
