#include "Library.h"

#include "FilePermissions.h"
#include "SchemaMigrator.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "model/MessageContexts.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace caselens::storage {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("caselens-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Opens and prepares the connection; on failure the caller removes it.
Result<QString> prepareConnection(QSqlDatabase& db, const SqlDialect& dialect, const QString& path,
                                  const Library::Options& options)
{
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return Error{
            StorageText::tr("Cannot open the library %1: %2").arg(path, db.lastError().databaseText())};

    // The first read tells a database from any other file.
    const auto foreign = dialect.isForeign(db);
    if (!foreign)
        return Error{
            StorageText::tr("%1 is not a CaseLens library (it is not an SQLite database).").arg(path)};
    if (*foreign)
        return Error{
            StorageText::tr("%1 is an SQLite database made by another program, not a CaseLens library. "
                            "It was left untouched.")
                .arg(path)};
    SchemaMigrator migrator(dialect);
    if (auto readable = migrator.checkReadable(db); !readable)
        return Error{readable.error()};
    if (auto configured = dialect.configureConnection(db, options.busyTimeoutMs); !configured)
        return Error{configured.error()};

    const auto migrated =
        migrator.migrate(db, path, [&](const QString& backupPath) { return dialect.backup(db, backupPath); });
    if (!migrated)
        return Error{migrated.error()};
    if (migrated->fromVersion == 0)
        if (auto stamped = dialect.stampAsCaseLens(db); !stamped)
            return Error{stamped.error()};
    if (migrated->fromVersion > 0 && migrated->toVersion > migrated->fromVersion)
        return StorageText::tr(
                   "Updated the library from schema %1 to %2; the previous version was saved as %3.")
            .arg(migrated->fromVersion)
            .arg(migrated->toVersion)
            .arg(migrated->backupPath);
    return QString();
}

} // namespace

Library::Library(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
{}

Library::~Library()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Library>> Library::open(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    if (info.isDir())
        return Error{
            StorageText::tr("%1 is a folder; a library is a file (for example library.caselens).").arg(path)};
    const bool existed = info.exists();
    if (!existed) {
        if (!options.createIfMissing)
            return Error{StorageText::tr("There is no library at %1.").arg(path)};
        if (auto folder = createPrivateFolder(info.absolutePath()); !folder)
            return Error{folder.error()};
        if (auto created = createPrivateFile(absolutePath); !created)
            return Error{created.error()};
    }

    auto dialect = makeSqliteDialect();
    const QString connectionName = uniqueConnectionName();
    Result<QString> prepared = Error{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), connectionName);
        prepared = prepareConnection(db, *dialect, absolutePath, options);
        if (!prepared)
            db.close();
    }
    if (!prepared) {
        QSqlDatabase::removeDatabase(connectionName);
        if (!existed)
            QFile::remove(absolutePath);
        spdlog::warn("storage: refused to open a library");
        return Error{prepared.error()};
    }

    std::unique_ptr<Library> library(new Library(absolutePath, connectionName, std::move(dialect)));
    library->m_openingNote = *prepared;
    library->m_schemaVersion = SchemaMigrator::latestVersion();
    spdlog::info("storage: opened library (schema {})", library->m_schemaVersion);
    return library;
}

QString Library::engineVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Library::writeTransaction(const std::function<Status()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = database();
    QSqlQuery begin(db);
    if (!begin.exec(m_dialect->beginWriteStatement()))
        return storageError(StorageText::tr("start saving"), begin.lastError());
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    QSqlQuery end(db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error error = storageError(StorageText::tr("save"), end.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

void Library::setAuthorName(const QString& name)
{
    if (name.trimmed() == m_authorName)
        return;
    m_authorName = name.trimmed();
    m_authorId = 0;
}

Result<qint64> Library::authorId()
{
    if (m_authorId != 0)
        return m_authorId;
    const auto id = authorIdFor(m_authorName);
    if (id)
        m_authorId = *id;
    return id;
}

Result<qint64> Library::authorIdFor(const QString& requestedName)
{
    const QString name =
        requestedName.trimmed().isEmpty() ? StorageText::tr("Unknown author") : requestedName.trimmed();
    qint64 id = 0;
    const Status found = writeTransaction([&]() -> Status {
        SqlStatement insert(database(),
                            QStringLiteral("INSERT INTO authors(name, created_at) VALUES (:name, :now) "
                                           "ON CONFLICT(name) DO NOTHING"),
                            StorageText::tr("record the author"));
        insert.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":now"), nowTimestamp());
        if (auto run = insert.exec(); !run)
            return run;
        SqlStatement select(database(), QStringLiteral("SELECT id FROM authors WHERE name = :name"),
                            StorageText::tr("record the author"));
        select.bind(QStringLiteral(":name"), name);
        if (auto run = select.exec(); !run)
            return run;
        if (!select.next())
            return Error{StorageText::tr("Could not record the author.")};
        id = select.value(0).toLongLong();
        return {};
    });
    if (!found)
        return Error{found.error()};
    return id;
}

Result<std::optional<QString>> Library::metaValue(const QString& key) const
{
    SqlStatement select(database(), QStringLiteral("SELECT value FROM library_meta WHERE key = :key"),
                        StorageText::tr("read the library settings"));
    select.bind(QStringLiteral(":key"), key);
    if (auto run = select.exec(); !run)
        return Error{run.error()};
    if (!select.next())
        return std::optional<QString>();
    return std::optional<QString>(select.value(0).toString());
}

Status Library::setMetaValue(const QString& key, const QString& value)
{
    return writeTransaction([&]() -> Status {
        SqlStatement upsert(database(),
                            QStringLiteral("INSERT INTO library_meta(key, value) VALUES (:key, :value) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                            StorageText::tr("save the library settings"));
        upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
        return upsert.exec();
    });
}

Status Library::backupTo(const QString& destinationPath) const
{
    QSqlDatabase db = database();
    return m_dialect->backup(db, destinationPath);
}

Status Library::replaceContentWith(const QString& sourcePath)
{
    QSqlDatabase db = database();
    return m_dialect->replaceContent(db, sourcePath);
}

Result<QStringList> Library::integrityProblems() const
{
    QSqlDatabase db = database();
    return m_dialect->integrityProblems(db);
}

} // namespace caselens::storage
