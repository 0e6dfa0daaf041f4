#include "UserTermRepository.h"

#include "SqlStatement.h"
#include "Timestamps.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>

namespace caselens::storage {
namespace {

} // namespace

UserTermRepository::UserTermRepository(Library& library)
    : m_library(library)
{}

Result<QList<StoredUserTerm>> UserTermRepository::all() const
{
    SqlStatement select(m_library.database(),
                        QStringLiteral("SELECT id, language, term, category, concept, code FROM user_terms "
                                       "ORDER BY language, term"),
                        StorageText::tr("read your lexicon terms"));
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    QList<StoredUserTerm> terms;
    while (select.next()) {
        const auto category = findingCategoryFromKey(select.value(3).toString());
        if (!category)
            continue;
        terms << StoredUserTerm{select.value(0).toLongLong(), select.value(1).toString(),
                                select.value(2).toString(),   *category,
                                select.value(4).toString(),   select.value(5).toString()};
    }
    return terms;
}

Result<qint64> UserTermRepository::add(const StoredUserTerm& term)
{
    if (term.term.trimmed().isEmpty())
        return Error{StorageText::tr("A lexicon term cannot be empty.")};
    qint64 id = 0;
    const Status saved = m_library.writeTransaction([&]() -> Status {
        const auto author = m_library.authorId();
        if (!author)
            return Error{author.error()};
        SqlStatement upsert(
            m_library.database(),
            QStringLiteral("INSERT INTO user_terms(language, term, category, concept, code, author_id, "
                           "created_at) VALUES (:language, :term, :category, :concept, :code, "
                           ":author, :now) ON CONFLICT(language, term, category) DO UPDATE SET "
                           "concept = excluded.concept, code = excluded.code"),
            StorageText::tr("save the lexicon term"));
        upsert.bind(QStringLiteral(":language"), term.language)
            .bind(QStringLiteral(":term"), term.term.trimmed())
            .bind(QStringLiteral(":category"), toKey(term.category))
            .bind(QStringLiteral(":concept"), term.conceptId)
            .bind(QStringLiteral(":code"), term.code)
            .bind(QStringLiteral(":author"), *author)
            .bind(QStringLiteral(":now"), nowTimestamp());
        if (auto run = upsert.exec(); !run)
            return run;
        SqlStatement select(
            m_library.database(),
            QStringLiteral("SELECT id FROM user_terms WHERE language = :language AND term = :term AND "
                           "category = :category"),
            StorageText::tr("save the lexicon term"));
        select.bind(QStringLiteral(":language"), term.language)
            .bind(QStringLiteral(":term"), term.term.trimmed())
            .bind(QStringLiteral(":category"), toKey(term.category));
        if (auto run = select.exec(); !run)
            return run;
        id = select.next() ? select.value(0).toLongLong() : 0;
        return {};
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Status UserTermRepository::remove(qint64 id)
{
    return m_library.writeTransaction([&]() -> Status {
        SqlStatement remove(m_library.database(), QStringLiteral("DELETE FROM user_terms WHERE id = :id"),
                            StorageText::tr("delete the lexicon term"));
        remove.bind(QStringLiteral(":id"), id);
        return remove.exec();
    });
}

} // namespace caselens::storage
