#include "FullTextQuery.h"

#include <QCoreApplication>
#include <QStringList>

namespace caselens::storage {
namespace {

struct Term {
    QString text;
    bool phrase = false;
    bool prefix = false;
    bool negated = false;
    bool orWithPrevious = false;
};

bool hasSearchableCharacter(const QString& text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

QString quoted(const Term& term)
{
    QString body = term.text;
    body.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + body + QLatin1Char('"') + (term.prefix ? QStringLiteral("*") : QString());
}

QList<Term> scan(const QString& input)
{
    QList<Term> terms;
    bool pendingOr = false;
    bool pendingNot = false;
    qsizetype i = 0;
    while (i < input.size()) {
        if (input[i].isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (input[i] == u'-' && i + 1 < input.size() && !input[i + 1].isSpace()) {
            term.negated = true;
            ++i;
        }
        if (input[i] == u'"') {
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? input.size() : close; // an unclosed quote runs to the end
            term.text = input.mid(i + 1, end - i - 1);
            term.phrase = true;
            i = end + 1;
            if (i < input.size() && input[i] == u'*') {
                term.prefix = true;
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < input.size() && !input[end].isSpace() && input[end] != u'"')
                ++end;
            term.text = input.mid(i, end - i);
            i = end;
            if (!term.negated) {
                if (term.text == u"OR") {
                    pendingOr = !terms.isEmpty();
                    continue;
                }
                if (term.text == u"AND")
                    continue;
                if (term.text == u"NOT") {
                    pendingNot = true;
                    continue;
                }
            }
            while (term.text.endsWith(QLatin1Char('*'))) {
                term.prefix = true;
                term.text.chop(1);
            }
        }
        if (!hasSearchableCharacter(term.text))
            continue;
        term.negated = term.negated || pendingNot;
        term.orWithPrevious = pendingOr && !term.negated;
        pendingOr = pendingNot = false;
        terms << term;
    }
    return terms;
}

} // namespace

Result<QString> toFullTextQuery(const QString& userText)
{
    const QList<Term> terms = scan(userText);
    QStringList groups; // AND of OR-groups
    QStringList exclusions;
    for (const Term& term : terms) {
        if (term.negated)
            exclusions << quoted(term);
        else if (term.orWithPrevious && !groups.isEmpty())
            groups.last() += QStringLiteral(" OR ") + quoted(term);
        else
            groups << quoted(term);
    }
    if (groups.isEmpty() && !exclusions.isEmpty())
        return Error{QCoreApplication::translate(
            "Storage", "Add a word to search for: a word with '-' or NOT only leaves cases out.")};
    if (groups.isEmpty())
        return QString();
    QString query;
    for (const QString& group : groups)
        query += (query.isEmpty() ? QString() : QStringLiteral(" AND ")) + QLatin1Char('(') + group +
                 QLatin1Char(')');
    for (const QString& exclusion : exclusions)
        query += QStringLiteral(" NOT ") + exclusion;
    return query;
}

} // namespace caselens::storage
