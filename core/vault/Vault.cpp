#include "vault/Vault.h"

#include "crypto/OpenSslUtil.h"
#include "expiry/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>
#include <QVariant>

#include <openssl/rand.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdesk {

namespace {

/// 1: entries, chain, meta. 2: installations (where each entry is installed).
// 1: entries, chain, meta. 2: installations. 3: renewal link, archive, per-entry reminder days, reminders.
// 4: each certificate's summary (entries.cert_summary), so that listing need not parse certificates.
constexpr int kSchemaVersion = 4;
const QByteArray kKeyCheckPlaintext = QByteArrayLiteral("CertDesk vault key check v1");

Error storageError(const QString& message, const QString& detail = {})
{
    return makeError(ErrorCode::Keystore, message, detail, QStringLiteral("vault-storage"));
}

Error sqlError(const QSqlQuery& query, const QSqlDatabase& database)
{
    // A full disk shows up as SQLITE_FULL, or as a plain I/O error when SQLite could not grow its shared-memory or
    // journal file; the free space tells which. Either way SQLite rolled back, and Transaction rolls back the rest.
    const QStorageInfo storage(QFileInfo(database.databaseName()).absolutePath());
    const bool full = query.lastError().nativeErrorCode() == QLatin1String("13") ||
                      (storage.isValid() && storage.bytesAvailable() < 256 * 1024);
    if (full) {
        return storageError(QObject::tr("The disk that holds the vault is full; nothing was changed. Free some space, "
                                        "then try again."),
                            query.lastError().text());
    }
    return storageError(QObject::tr("The vault database could not be updated; nothing was changed."),
                        query.lastError().text());
}

/// BEGIN IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase database) : m_database(std::move(database))
    {
        QSqlQuery query(m_database);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = query.lastError().text();
    }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begun() const
    {
        if (!m_active)
            return storageError(QObject::tr("The vault is busy or cannot be written."), m_error);
        return {};
    }
    Result<void> commit()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("COMMIT")))
            return sqlError(query, m_database);
        m_active = false;
        return {};
    }

private:
    QSqlDatabase m_database;
    bool m_active = false;
    QString m_error;
};

Result<QSqlQuery> run(QSqlDatabase database, const QString& sql, const QVariantList& bindings = {})
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, database);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, database);
    return query;
}

QString newId()
{
    unsigned char bytes[4];
    RAND_bytes(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

QByteArray certificateHash(const Certificate& certificate)
{
    return QByteArray::fromHex(certificate.fingerprintSha256().remove(QLatin1Char(':')).toLatin1());
}

/// The entries.cert_summary text of a certificate.
QString summaryText(const Certificate& certificate)
{
    return QString::fromUtf8(QJsonDocument(certificate.summary().toJson()).toJson(QJsonDocument::Compact));
}

Result<QByteArray> metaValue(QSqlDatabase database, const QString& key)
{
    auto query = run(database, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!query)
        return query.error();
    if (!query.value().next())
        return QByteArray();
    return query.value().value(0).toByteArray();
}

Result<void> setMeta(QSqlDatabase database, const QString& key, const QByteArray& value)
{
    auto query = run(database, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"), {key, value});
    if (!query)
        return query.error();
    return {};
}

QString scryptParametersText(const VaultKey::ScryptParameters& parameters)
{
    return QStringLiteral("n=%1,r=%2,p=%3").arg(parameters.n).arg(parameters.r).arg(parameters.p);
}

std::optional<VaultKey::ScryptParameters> parseScryptParameters(const QByteArray& text)
{
    VaultKey::ScryptParameters parameters;
    int seen = 0;
    for (const QByteArray& part : text.split(',')) {
        const QList<QByteArray> pair = part.split('=');
        bool ok = false;
        const quint64 number = pair.size() == 2 ? pair[1].toULongLong(&ok) : 0;
        if (!ok || number == 0)
            return std::nullopt;
        if (pair[0] == "n")
            parameters.n = number;
        else if (pair[0] == "r")
            parameters.r = static_cast<quint32>(number);
        else if (pair[0] == "p")
            parameters.p = static_cast<quint32>(number);
        else
            return std::nullopt;
        ++seen;
    }
    // Bound the work a damaged or hostile vault can ask for (N up to 2^20, 1 GiB of memory).
    if (seen != 3 || parameters.n > (1u << 20) || parameters.r > 16 || parameters.p > 4)
        return std::nullopt;
    return parameters;
}

/// Creates the file 0600 before SQLite does, so the database (and its -wal/-shm, which copy its mode) is private.
Result<void> createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return storageError(QObject::tr("CertDesk cannot create its vault file “%1”.").arg(path), QString::fromLocal8Bit(strerror(errno)));
    const int changed = ::fchmod(fd, 0600);
    ::close(fd);
    if (changed != 0)
        return storageError(QObject::tr("CertDesk cannot make its vault file private."), QString::fromLocal8Bit(strerror(errno)));
    return {};
}

/// The vault key's slots in the meta table, read in one statement (one snapshot).
struct KeySlots
{
    QByteArray vaultId;
    QByteArray keyCheck;
    QByteArray salt;
    QByteArray parameters;
    QByteArray wrapped;
    QByteArray inKeychain;
};

Result<KeySlots> readKeySlots(QSqlDatabase database)
{
    auto rows = run(database, QStringLiteral("SELECT key, value FROM meta WHERE key IN ('vault-id', 'key-check', "
                                             "'passphrase-salt', 'passphrase-scrypt', 'passphrase-wrapped-key', "
                                             "'keychain-slot')"));
    if (!rows)
        return rows.error();
    KeySlots read;
    const QHash<QString, QByteArray*> fields = {
        {QStringLiteral("vault-id"), &read.vaultId},
        {QStringLiteral("key-check"), &read.keyCheck},
        {QStringLiteral("passphrase-salt"), &read.salt},
        {QStringLiteral("passphrase-scrypt"), &read.parameters},
        {QStringLiteral("passphrase-wrapped-key"), &read.wrapped},
        {QStringLiteral("keychain-slot"), &read.inKeychain},
    };
    while (rows.value().next()) {
        if (QByteArray* field = fields.value(rows.value().value(0).toString()))
            *field = rows.value().value(1).toByteArray();
    }
    return read;
}

} // namespace

QString ImportOutcome::actionId(Action action)
{
    switch (action) {
    case Action::IdentityCreated:
        return QStringLiteral("identity-created");
    case Action::RequestCompleted:
        return QStringLiteral("request-completed");
    case Action::CertificateUpdated:
        return QStringLiteral("certificate-updated");
    case Action::AlreadyPresent:
        return QStringLiteral("already-present");
    case Action::RequestCreated:
        return QStringLiteral("request-created");
    case Action::CertificateKept:
        return QStringLiteral("certificate-kept");
    case Action::KeyAttached:
        return QStringLiteral("key-attached");
    }
    return {};
}

QString CertificateOutcome::dispositionId(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Entry:
        return QStringLiteral("entry");
    case Disposition::InChain:
        return QStringLiteral("in-chain");
    case Disposition::NotKept:
        return QStringLiteral("not-kept");
    }
    return {};
}

bool ImportReport::changedAnything() const
{
    for (const ImportOutcome& outcome : outcomes) {
        if (outcome.action != ImportOutcome::Action::AlreadyPresent)
            return true;
    }
    return false;
}

QString Vault::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CERTDESK_VAULT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/certdesk");
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& directory, VaultCredentials credentials)
{
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_directory = QDir(directory).absolutePath();
    vault->m_credentials = std::move(credentials);
    vault->m_connectionName = QStringLiteral("certdesk-vault-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto result = vault->initialise(); !result)
        return result.error();
    return vault;
}

Vault::~Vault()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Vault::databasePath() const
{
    return m_directory + QStringLiteral("/vault.sqlite");
}

Result<void> Vault::initialise()
{
    const QFileInfo info(m_directory);
    if (info.exists() && !info.isDir())
        return storageError(QObject::tr("The vault location “%1” is a file, not a folder.").arg(m_directory));
    if (!QDir().mkpath(m_directory))
        return storageError(QObject::tr("CertDesk cannot create its vault folder “%1”.").arg(m_directory));
    if (::chmod(QFile::encodeName(m_directory).constData(), 0700) != 0)
        return storageError(QObject::tr("CertDesk cannot make its vault folder “%1” private.").arg(m_directory),
                            QString::fromLocal8Bit(strerror(errno)));
    if (auto created = createPrivateFile(databasePath()); !created)
        return created;

    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(databasePath());
    // Several CertDesk processes may share the vault: wait for the lock instead of failing.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!database.open())
        return storageError(QObject::tr("CertDesk cannot open its vault “%1”.").arg(databasePath()), database.lastError().text());
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (auto result = run(database, QString::fromLatin1(pragma)); !result)
            return result.error();
    }
    auto version = run(database, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int existingVersion = version.value().next() ? version.value().value(0).toInt() : 0;
    if (existingVersion > kSchemaVersion) {
        return storageError(QObject::tr("This vault was written by a newer CertDesk (format %1); update CertDesk to use it.")
                                .arg(existingVersion));
    }
    if (existingVersion == kSchemaVersion)
        return {};

    Transaction transaction(database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (existingVersion >= 1) {
        // Columns added after format 1, for whichever of them this vault lacks.
        auto columns = run(database, QStringLiteral("PRAGMA table_info(entries)"));
        if (!columns)
            return columns.error();
        QStringList present;
        while (columns.value().next())
            present << columns.value().value(1).toString();
        for (const QString& column : {QStringLiteral("renews"), QStringLiteral("archived"),
                                      QStringLiteral("reminder_days"), QStringLiteral("cert_summary")}) {
            if (present.contains(column))
                continue;
            if (auto added = run(database, QStringLiteral("ALTER TABLE entries ADD COLUMN %1 TEXT").arg(column)); !added)
                return added.error();
        }
    }
    const QStringList schema = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS entries("
            " id TEXT PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " created TEXT NOT NULL,"
            " key_type TEXT NOT NULL,"
            " spki_sha256 BLOB NOT NULL,"
            " sealed_key BLOB,"
            " csr_der BLOB,"
            " cert_der BLOB,"
            " cert_sha256 BLOB UNIQUE,"
            " renews TEXT,"
            " archived TEXT,"
            " reminder_days TEXT,"
            // What a list shows of the certificate (Certificate::Summary as JSON), so listing need not parse.
            " cert_summary TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_spki ON entries(spki_sha256)"),
        // query() looks renewals up by what they renew, per entry: without it, every lookup scans the table.
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_renews ON entries(renews)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS chain("
                       " entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " cert_der BLOB NOT NULL,"
                       " PRIMARY KEY(entry_id, position))"),
        // Where an entry is installed, so that list shows it and renewal can replace it there.
        QStringLiteral("CREATE TABLE IF NOT EXISTS installations("
                       " entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,"
                       " store_id TEXT NOT NULL,"
                       " store_name TEXT NOT NULL,"
                       " nickname TEXT NOT NULL,"
                       " installed TEXT NOT NULL,"
                       " PRIMARY KEY(entry_id, store_id))"),
        // Reminder state by certificate fingerprint: also for certificates found only in a store.
        QStringLiteral("CREATE TABLE IF NOT EXISTS reminders("
                       " fingerprint BLOB PRIMARY KEY,"
                       " announced_stage INTEGER NOT NULL DEFAULT -1,"
                       " announced TEXT,"
                       " snoozed_until TEXT,"
                       " muted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('vault-id', '%1')")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    for (const QString& statement : schema) {
        if (auto result = run(database, statement); !result)
            return result.error();
    }
    // Format 4 keeps each certificate's summary beside it; an older vault gets them now, once.
    if (existingVersion >= 1 && existingVersion < 4) {
        auto missing = run(database, QStringLiteral("SELECT id, cert_der FROM entries WHERE cert_der IS NOT NULL"));
        if (!missing)
            return missing.error();
        QList<std::pair<QString, QByteArray>> rows;
        while (missing.value().next())
            rows.append({missing.value().value(0).toString(), missing.value().value(1).toByteArray()});
        for (const auto& [id, der] : std::as_const(rows)) {
            auto certificate = Certificate::fromDer(der);
            if (!certificate)
                continue; // a damaged certificate stays without a summary: listing parses it and reports it
            if (auto stored = run(database, QStringLiteral("UPDATE entries SET cert_summary = ? WHERE id = ?"),
                                  {summaryText(certificate.value()), id});
                !stored)
                return stored.error();
        }
    }
    return transaction.commit();
}

Result<void> Vault::unlock()
{
    if (!m_key.isNull())
        return {};
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    // Deriving from a passphrase (scrypt) or asking the keychain takes seconds. Holding the write lock meanwhile made
    // every other CertDesk process on the vault wait, and under load run out of its busy timeout ("database is
    // locked"). So the slots are read without the lock, and the lock is taken only to create the vault key or to add
    // a passphrase slot, reading the slots again under it in case another process has just done that.
    auto stored = readKeySlots(database);
    if (!stored)
        return stored.error();
    if (stored.value().keyCheck.isEmpty()) {
        Transaction transaction(database);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        stored = readKeySlots(database);
        if (!stored)
            return stored.error();
        if (stored.value().keyCheck.isEmpty()) {
            // A new vault: its key is born here, protected by whatever the user gave us.
            VaultKey key = VaultKey::generate();
            if (key.isNull())
                return storageError(QObject::tr("The system's random number generator failed."));
            if (auto created = createSlots(key); !created)
                return created;
            if (auto committed = transaction.commit(); !committed)
                return committed;
            m_key = std::move(key);
            return {};
        }
    }
    const KeySlots& found = stored.value();
    const QString keychainKey = QStringLiteral("vault-key-") + QString::fromLatin1(found.vaultId);
    const bool hasPassphraseSlot = !found.wrapped.isEmpty();
    const bool hasKeychainSlot = found.inKeychain == "1";

    VaultKey key;
    if (m_credentials.passphrase && hasPassphraseSlot) {
        const auto parameters = parseScryptParameters(found.parameters);
        if (!parameters)
            return storageError(QObject::tr("The vault's passphrase settings are damaged."));
        auto wrapping = VaultKey::deriveFromPassphrase(*m_credentials.passphrase, found.salt, *parameters);
        if (!wrapping)
            return wrapping.error();
        auto opened = wrapping.value().open(found.wrapped, QByteArrayLiteral("passphrase-slot"));
        if (!opened) {
            return makeError(ErrorCode::BadInput, QObject::tr("The passphrase does not open this vault."), {},
                             QStringLiteral("wrong-passphrase"));
        }
        key = VaultKey(std::move(opened).value());
    } else if (hasKeychainSlot) {
        if (!m_credentials.keychain) {
            return makeError(ErrorCode::Keystore,
                             QObject::tr("This vault's key is kept in the system keychain, which CertDesk was told not "
                                         "to use."),
                             {}, QStringLiteral("keychain-unavailable"));
        }
        auto secret = m_credentials.keychain->read(keychainKey);
        if (!secret) {
            Error error = secret.error();
            // The Secret Service answers a locked keyring whose unlock prompt failed or was dismissed exactly like a
            // missing entry; "holds no key" alone sent people looking for a lost key instead of unlocking.
            if (error.reason == QLatin1String("not-found")) {
                error.message = QObject::tr("The system keychain did not give out this vault's key: it is locked (and "
                                            "its unlock prompt could not be shown or was cancelled), or the key was "
                                            "removed from it. Unlock the keychain and try again.");
                error.reason = QStringLiteral("keychain-locked");
                if (!hasPassphraseSlot)
                    error.message += QLatin1Char(' ') + QObject::tr("Once it is unlocked, giving a passphrase "
                                                                    "(--passphrase-file FILE) adds a second way into "
                                                                    "this vault that does not need the keychain.");
            }
            if (hasPassphraseSlot)
                error.message += QLatin1Char(' ') + QObject::tr("This vault also opens with its passphrase (--passphrase-file FILE).");
            return error;
        }
        key = VaultKey(std::move(secret).value());
    } else {
        return makeError(ErrorCode::Usage,
                         QObject::tr("This vault is protected by a passphrase; give it with --passphrase-file FILE."),
                         {}, QStringLiteral("passphrase-required"));
    }
    if (key.isNull() || !key.open(found.keyCheck, QByteArrayLiteral("key-check"))) {
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The key found for this vault does not open it (the keychain entry belongs to "
                                     "another vault or was changed)."),
                         {}, QStringLiteral("key-mismatch"));
    }
    // A passphrase given to a keychain-protected vault becomes a second way in, for days without a keychain.
    if (m_credentials.passphrase && !hasPassphraseSlot) {
        Transaction transaction(database);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        auto again = readKeySlots(database);
        if (!again)
            return again.error();
        if (again.value().wrapped.isEmpty()) {
            if (auto created = createSlots(key); !created)
                return created;
            if (auto committed = transaction.commit(); !committed)
                return committed;
        }
    }
    m_key = std::move(key);
    return {};
}

Result<void> Vault::createSlots(VaultKey& key)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    auto check = key.seal(SecureBytes(reinterpret_cast<const unsigned char*>(kKeyCheckPlaintext.constData()),
                                      static_cast<std::size_t>(kKeyCheckPlaintext.size())),
                          QByteArrayLiteral("key-check"));
    if (!check)
        return check.error();
    if (m_credentials.passphrase) {
        QByteArray salt(16, Qt::Uninitialized);
        RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), static_cast<int>(salt.size()));
        const VaultKey::ScryptParameters parameters;
        auto wrapping = VaultKey::deriveFromPassphrase(*m_credentials.passphrase, salt, parameters);
        if (!wrapping)
            return wrapping.error();
        auto wrapped = wrapping.value().seal(key.bytes(), QByteArrayLiteral("passphrase-slot"));
        if (!wrapped)
            return wrapped.error();
        for (const auto& [name, value] : {std::pair{QStringLiteral("passphrase-salt"), salt},
                                          std::pair{QStringLiteral("passphrase-scrypt"), scryptParametersText(parameters).toLatin1()},
                                          std::pair{QStringLiteral("passphrase-wrapped-key"), wrapped.value()}}) {
            if (auto stored = setMeta(database, name, value); !stored)
                return stored;
        }
    } else {
        if (!m_credentials.keychain) {
            return makeError(ErrorCode::Keystore,
                             QObject::tr("No keychain is available to protect the vault's keys. Give a passphrase "
                                         "with --passphrase-file FILE."),
                             {}, QStringLiteral("keychain-unavailable"));
        }
        auto vaultId = metaValue(database, QStringLiteral("vault-id"));
        if (!vaultId)
            return vaultId.error();
        if (auto written = m_credentials.keychain->write(QStringLiteral("vault-key-") + QString::fromLatin1(vaultId.value()),
                                                          key.bytes());
            !written)
            return written;
        if (auto stored = setMeta(database, QStringLiteral("keychain-slot"), QByteArrayLiteral("1")); !stored)
            return stored;
    }
    return setMeta(database, QStringLiteral("key-check"), check.value());
}

Result<QList<VaultEntry>> Vault::query(const QString& where, const QVariantList& bindings) const
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    auto rows = run(database,
                    QStringLiteral("SELECT id, name, created, key_type, spki_sha256, sealed_key IS NOT NULL, csr_der, "
                                   "cert_der, renews, archived, reminder_days, cert_summary FROM entries ") +
                        where + QStringLiteral(" ORDER BY created, id"),
                    bindings);
    if (!rows)
        return rows.error();
    // Rows first, certificates after. Parsing was most of the time a listing took (OpenSSL 3.0 decodes each
    // certificate's public key through its provider machinery, about 100 µs): certificates with a stored summary are
    // not parsed at all unless asked for more, and every other distinct DER is parsed once — the CA in the chains of
    // ten thousand identities too.
    QList<VaultEntry> entries;
    QList<QByteArray> requestDers;
    QList<QByteArray> certificateDers;
    QList<std::optional<Certificate::Summary>> summaries;
    QSqlQuery& query = rows.value();
    while (query.next()) {
        VaultEntry entry;
        entry.id = query.value(0).toString();
        entry.name = query.value(1).toString();
        entry.created = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        entry.keyType = query.value(3).toString();
        entry.publicKeySha256 = query.value(4).toByteArray();
        entry.hasKey = query.value(5).toBool();
        entry.renews = query.value(8).toString();
        entry.archived = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
        if (const QString days = query.value(10).toString(); !days.isEmpty()) {
            if (auto parsed = ReminderThresholds::parse(days))
                entry.ownThresholds = parsed.value();
        }
        requestDers << query.value(6).toByteArray();
        certificateDers << query.value(7).toByteArray();
        std::optional<Certificate::Summary> summary;
        if (const QByteArray text = query.value(11).toByteArray(); !text.isEmpty())
            summary = Certificate::Summary::fromJson(QJsonDocument::fromJson(text).object());
        summaries << summary;
        entries << entry;
    }
    // Chains, installations and renewals in one pass each, not one query per entry; with a WHERE, only those of the
    // selected entries (a lookup of one entry must not read the whole vault: imports look up every item).
    auto onlySelected = [&where](const QString& column) {
        return where.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + column + QStringLiteral(" IN (SELECT id FROM entries ") + where +
                                     QStringLiteral(")");
    };
    auto chains = run(database,
                      QStringLiteral("SELECT entry_id, cert_der FROM chain") + onlySelected(QStringLiteral("entry_id")) +
                          QStringLiteral(" ORDER BY entry_id, position"),
                      bindings);
    if (!chains)
        return chains.error();
    QList<std::pair<QString, QByteArray>> chainRows;
    while (chains.value().next())
        chainRows.append({chains.value().value(0).toString(), chains.value().value(1).toByteArray()});

    // Every distinct certificate without a summary, parsed once (an import hands over what it parsed already).
    QHash<QByteArray, Certificate> parsed = m_parsedCertificates;
    QList<QByteArray> toParse;
    auto want = [&parsed, &toParse](const QByteArray& der) {
        if (!der.isEmpty() && !parsed.contains(der)) {
            parsed.insert(der, Certificate());
            toParse << der;
        }
    };
    for (qsizetype i = 0; i < certificateDers.size(); ++i) {
        if (!summaries.at(i))
            want(certificateDers.at(i));
    }
    for (const auto& row : std::as_const(chainRows))
        want(row.second);
    for (const QByteArray& der : std::as_const(toParse)) {
        if (auto certificate = Certificate::fromDer(der))
            parsed.insert(der, certificate.value());
    }

    for (qsizetype i = 0; i < entries.size(); ++i) {
        VaultEntry& entry = entries[i];
        // A pending request is what the entry shows, so it is parsed now; behind an identity it is only needed for
        // a renewal or an export, and parsed then.
        if (const QByteArray& der = requestDers.at(i); !der.isEmpty() && certificateDers.at(i).isEmpty()) {
            if (auto request = CertificateRequest::fromDer(der))
                entry.request = request.value();
        } else if (!der.isEmpty()) {
            entry.request = CertificateRequest::deferred(der);
        }
        if (const QByteArray& der = certificateDers.at(i); !der.isEmpty()) {
            // With its summary, parsed only if something beyond the summary is asked (details, export, renewal).
            entry.certificate =
                summaries.at(i) ? parsed.value(der, Certificate::deferred(der, *summaries.at(i))) : parsed.value(der);
            if (entry.certificate.isNull())
                return storageError(QObject::tr("The certificate of “%1” in the vault is damaged.").arg(entry.name));
        }
    }
    QHash<QString, QList<Certificate>> chainById;
    for (const auto& [entryId, der] : std::as_const(chainRows)) {
        if (const Certificate certificate = parsed.value(der); !certificate.isNull())
            chainById[entryId] << certificate;
    }
    auto installations = run(database,
                             QStringLiteral("SELECT entry_id, store_id, store_name, nickname, installed FROM installations") +
                                 onlySelected(QStringLiteral("entry_id")) + QStringLiteral(" ORDER BY entry_id, store_id"),
                             bindings);
    if (!installations)
        return installations.error();
    QHash<QString, QList<VaultEntry::Installation>> installationsById;
    while (installations.value().next()) {
        const QSqlQuery& row = installations.value();
        installationsById[row.value(0).toString()] << VaultEntry::Installation{
            row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
            QDateTime::fromString(row.value(4).toString(), Qt::ISODate)};
    }
    auto thresholds = reminderThresholds();
    if (!thresholds)
        return thresholds.error();
    // Renewals point at what they renew; the renewed entry learns of its newest renewal.
    auto renewals = run(database,
                        QStringLiteral("SELECT renews, id, created FROM entries") +
                            (where.isEmpty() ? QStringLiteral(" WHERE renews IS NOT NULL") : onlySelected(QStringLiteral("renews"))) +
                            QStringLiteral(" ORDER BY created, id"),
                        bindings);
    if (!renewals)
        return renewals.error();
    QHash<QString, std::pair<QString, QDateTime>> renewalOf;
    while (renewals.value().next()) {
        const QSqlQuery& row = renewals.value();
        renewalOf[row.value(0).toString()] = {row.value(1).toString(),
                                              QDateTime::fromString(row.value(2).toString(), Qt::ISODate)};
    }
    for (VaultEntry& entry : entries) {
        entry.chain = chainById.value(entry.id);
        entry.installations = installationsById.value(entry.id);
        entry.thresholds = entry.ownThresholds.value_or(thresholds.value());
        if (const auto renewal = renewalOf.constFind(entry.id); renewal != renewalOf.cend()) {
            entry.renewedBy = renewal->first;
            entry.renewalRequested = renewal->second;
        }
    }
    return entries;
}

Result<QList<VaultEntry>> Vault::entries() const
{
    return query({}, {});
}

Result<VaultEntry> Vault::loadEntry(const QString& id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, QObject::tr("There is no entry with the ID “%1” in the vault.").arg(id), {},
                         QStringLiteral("no-such-id"));
    return found.value().first();
}

Result<QList<VaultEntry>> Vault::loadEntries(const QStringList& ids) const
{
    // One query per few hundred IDs (SQLite limits the parameters of one statement), in the order asked.
    constexpr qsizetype kChunk = 500;
    QHash<QString, VaultEntry> byId;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList marks;
        QVariantList bindings;
        for (const QString& id : chunk) {
            marks << QStringLiteral("?");
            bindings << id;
        }
        auto found = query(QStringLiteral("WHERE id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'), bindings);
        if (!found)
            return found.error();
        for (VaultEntry& entry : found.value())
            byId.insert(entry.id, std::move(entry));
    }
    QList<VaultEntry> entries;
    entries.reserve(ids.size());
    for (const QString& id : ids) {
        const auto entry = byId.constFind(id);
        if (entry == byId.cend())
            return makeError(ErrorCode::NotFound, QObject::tr("There is no entry with the ID “%1” in the vault.").arg(id),
                             {}, QStringLiteral("no-such-id"));
        entries << entry.value();
    }
    return entries;
}

Result<VaultEntry> Vault::find(const QString& idOrPrefix) const
{
    const QString wanted = idOrPrefix.trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{4,}$"));
    if (!hex.match(wanted).hasMatch()) {
        return makeError(ErrorCode::NotFound,
                         QObject::tr("“%1” is not an entry ID; IDs are hexadecimal, as `certdesk-cli list` shows them "
                                     "(at least 4 characters).")
                             .arg(idOrPrefix),
                         {}, QStringLiteral("no-such-id"));
    }
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    auto ids = run(database, QStringLiteral("SELECT id FROM entries WHERE substr(id, 1, ?) = ?"), {wanted.size(), wanted});
    if (!ids)
        return ids.error();
    QStringList matches;
    while (ids.value().next())
        matches << ids.value().value(0).toString();
    if (matches.isEmpty())
        return makeError(ErrorCode::NotFound, QObject::tr("There is no entry with the ID “%1” in the vault.").arg(idOrPrefix), {},
                         QStringLiteral("no-such-id"));
    if (matches.size() > 1) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("The ID “%1” matches %2 entries; type more of it.").arg(idOrPrefix).arg(matches.size()),
                         matches.join(QLatin1Char(' ')), QStringLiteral("ambiguous-id"));
    }
    return loadEntry(matches.first());
}

namespace {

QString defaultName(const QString& requested, const QString& fallbackLabel, const QString& commonName)
{
    if (!requested.trimmed().isEmpty())
        return requested.trimmed();
    if (!fallbackLabel.trimmed().isEmpty())
        return fallbackLabel.trimmed();
    if (!commonName.isEmpty())
        return commonName;
    return QObject::tr("Certificate");
}

QString requestCommonName(const CertificateRequest& request)
{
    const X509_NAME* name = X509_REQ_get_subject_name(request.handle());
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return result;
}

Result<void> writeChain(QSqlDatabase database, const QString& id, const QList<Certificate>& chain)
{
    if (auto cleared = run(database, QStringLiteral("DELETE FROM chain WHERE entry_id = ?"), {id}); !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (auto inserted = run(database, QStringLiteral("INSERT INTO chain(entry_id, position, cert_der) VALUES (?, ?, ?)"),
                                {id, i, chain[i].der()});
            !inserted)
            return inserted.error();
    }
    return {};
}

/// The certificates of `certificates` that could have issued another one of them (their subject is some
/// certificate's issuer): the pool buildChain needs. A file of a thousand leaves from one CA has none or one, and
/// chain building stays linear instead of testing every leaf against every other.
QList<Certificate> possibleIssuers(const QList<Certificate>& certificates)
{
    QSet<unsigned long> issuerNames;
    for (const Certificate& certificate : certificates)
        issuerNames.insert(X509_NAME_hash_ex(X509_get_issuer_name(certificate.handle()), nullptr, nullptr, nullptr));
    QList<Certificate> issuers;
    for (const Certificate& certificate : certificates) {
        // A hash collision only adds a candidate; buildChain still checks names and signatures.
        if (issuerNames.contains(X509_NAME_hash_ex(X509_get_subject_name(certificate.handle()), nullptr, nullptr, nullptr)))
            issuers << certificate;
    }
    return issuers;
}

Result<QString> unusedId(QSqlDatabase database)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString id = newId();
        auto existing = run(database, QStringLiteral("SELECT 1 FROM entries WHERE id = ?"), {id});
        if (!existing)
            return existing.error();
        if (!existing.value().next())
            return id;
    }
    return storageError(QObject::tr("CertDesk could not find a free ID for the new entry."));
}

} // namespace

Result<QByteArray> Vault::sealKey(const PrivateKey& key, const QString& id) const
{
    auto der = key.toPkcs8Der();
    if (!der)
        return der.error();
    // The entry ID is authenticated data: a sealed key copied onto another row does not open.
    return m_key.seal(der.value(), id.toLatin1());
}

Result<VaultEntry> Vault::addRequest(const PrivateKey& key, const CertificateRequest& request, const QString& name,
                                     const QString& renews)
{
    if (auto unlocked = unlock(); !unlocked)
        return unlocked.error();
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    Transaction transaction(database);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto id = unusedId(database);
    if (!id)
        return id.error();
    auto sealed = sealKey(key, id.value());
    if (!sealed)
        return sealed.error();
    const QString label = defaultName(name, {}, requestCommonName(request));
    if (!renews.isEmpty()) {
        auto renewed = run(database, QStringLiteral("SELECT 1 FROM entries WHERE id = ?"), {renews});
        if (!renewed)
            return renewed.error();
        if (!renewed.value().next())
            return makeError(ErrorCode::NotFound,
                             QObject::tr("There is no entry with the ID “%1” in the vault.").arg(renews), {},
                             QStringLiteral("no-such-id"));
    }
    auto inserted = run(database,
                        QStringLiteral("INSERT INTO entries(id, name, created, key_type, spki_sha256, sealed_key, csr_der, "
                                       "renews) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id.value(), label, isoUtc(Clock::now()), key.description().id, key.publicKeySha256(),
                         sealed.value(), request.der(), renews.isEmpty() ? QVariant() : QVariant(renews)});
    if (!inserted)
        return inserted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return loadEntry(id.value());
}

namespace {

/// Why a certificate cannot go into the vault whatever else the import brings; nullopt when it can.
std::optional<CertificateOutcome> unusableCertificate(const Certificate& certificate, const QByteArray& spki)
{
    auto damaged = [&certificate](const QString& message) {
        return CertificateOutcome{
            certificate, CertificateOutcome::Disposition::NotKept, {}, QStringLiteral("damaged"), message};
    };
    // An expiry nobody can read would be listed as "expired" with no date, and no reminder could say when: refused.
    if (!certificate.notBefore().isValid() || !certificate.notAfter().isValid()) {
        return damaged(QObject::tr("The certificate for “%1” is damaged: the dates it is valid between cannot be read, "
                                   "so nobody can tell when it expires. It was not imported; ask for it again.")
                           .arg(certificate.subject()));
    }
    if (spki.isEmpty()) {
        return damaged(QObject::tr("The certificate for “%1” is damaged: its public key cannot be read. It was not "
                                   "imported; ask for it again.")
                           .arg(certificate.subject()));
    }
    return std::nullopt;
}

} // namespace

Result<ImportReport> Vault::importBundle(const Bundle& bundle, const QString& name, const ImportOptions& options)
{
    if (!bundle.keys.isEmpty()) {
        if (auto unlocked = unlock(); !unlocked)
            return unlocked.error();
    }
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    Transaction transaction(database);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();

    ImportReport report;
    report.notes = bundle.notes;
    // Per-item work below is looked up by hash, never by scanning the other items: a helpdesk imports thousands.
    // Every distinct certificate given ends with a CertificateOutcome; those the vault cannot hold at all are set
    // aside here, before anything else looks at them.
    QList<Certificate> certificates;
    QList<QByteArray> hashes;
    // OpenSSL 3.0 encodes a public key through its provider machinery: costly enough to do once per certificate.
    QList<QByteArray> spkis;
    QList<CertificateOutcome> refused;
    QSet<QByteArray> seen;
    for (const Certificate& certificate : bundle.certificates) {
        const QByteArray hash = certificateHash(certificate);
        if (seen.contains(hash))
            continue;
        seen.insert(hash);
        const QByteArray spki = certificate.publicKeySha256();
        if (auto unusable = unusableCertificate(certificate, spki)) {
            refused << *unusable;
            continue;
        }
        certificates << certificate;
        hashes << hash;
        spkis << spki;
    }
    QHash<QByteArray, qsizetype> certificateBySpki;
    for (qsizetype i = certificates.size() - 1; i >= 0; --i)
        certificateBySpki.insert(spkis[i], i);
    // The entries written here are read back at the end (loadEntries) without parsing their DER a second time.
    m_parsedCertificates.clear();
    for (const Certificate& certificate : std::as_const(certificates))
        m_parsedCertificates.insert(certificate.der(), certificate);
    const auto forgetParsed = qScopeGuard([this] { m_parsedCertificates.clear(); });
    const QList<Certificate> issuers = possibleIssuers(certificates);
    QList<bool> used(certificates.size(), false);
    /// The entry whose certificate each one is, once known; and which older certificates an entry already outranks.
    QStringList entryOf(certificates.size());
    QList<bool> superseded(certificates.size(), false);
    /// Certificates in the chain of an end-entity certificate of this import, by hash: the entry they went with.
    QHash<QByteArray, QString> chainOf;
    QStringList changedIds;
    QList<ImportOutcome::Action> actions;

    // The public keys and certificates the vault holds, read once under the write lock: most items of a large import
    // are new, and looking each up with a whole query() (five statements, each prepared anew) was most of the
    // import's own time.
    QSet<QByteArray> knownSpkis;
    QHash<QByteArray, QString> knownCertificates;
    {
        auto rows = run(database, QStringLiteral("SELECT spki_sha256, cert_sha256, id FROM entries"));
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            knownSpkis.insert(rows.value().value(0).toByteArray());
            if (const QByteArray hash = rows.value().value(1).toByteArray(); !hash.isEmpty())
                knownCertificates.insert(hash, rows.value().value(2).toString());
        }
    }
    auto entryWithKey = [&](const QByteArray& spki) -> Result<QList<VaultEntry>> {
        if (!knownSpkis.contains(spki))
            return QList<VaultEntry>();
        return query(QStringLiteral("WHERE spki_sha256 = ?"), {spki});
    };
    auto noteChain = [&](const Certificate& certificate, const QString& id, const QList<Certificate>& chain) {
        if (certificate.isCa())
            return; // a CA's own chain does not make the CAs above it part of someone's identity
        for (const Certificate& member : chain) {
            const QByteArray hash = certificateHash(member);
            if (!chainOf.contains(hash))
                chainOf.insert(hash, id);
        }
    };
    // Attaches certificate `index` to the vault entry that holds its key, or is this very certificate.
    auto attach = [&](const VaultEntry& existing, qsizetype index) -> Result<void> {
        const Certificate& certificate = certificates[index];
        used[index] = true;
        const QList<Certificate> chain = buildChain(certificate, issuers);
        ImportOutcome::Action action = ImportOutcome::Action::AlreadyPresent;
        if (existing.isPending())
            action = ImportOutcome::Action::RequestCompleted;
        else if (!(existing.certificate == certificate) && certificate.notAfter() > existing.certificate.notAfter())
            action = ImportOutcome::Action::CertificateUpdated;
        if (action != ImportOutcome::Action::AlreadyPresent) {
            if (auto updated = run(database,
                                   QStringLiteral("UPDATE entries SET cert_der = ?, cert_sha256 = ?, cert_summary = ? "
                                                  "WHERE id = ?"),
                                   {certificate.der(), hashes[index], summaryText(certificate), existing.id});
                !updated)
                return updated.error();
            if (auto written = writeChain(database, existing.id, chain); !written)
                return written;
            if (!existing.certificate.isNull())
                knownCertificates.remove(certificateHash(existing.certificate));
            knownCertificates.insert(hashes[index], existing.id);
            noteChain(certificate, existing.id, chain);
        } else if (existing.chain.isEmpty() && !chain.isEmpty()) {
            // Same certificate, but now with the chain it lacked.
            if (auto written = writeChain(database, existing.id, chain); !written)
                return written;
            noteChain(certificate, existing.id, chain);
        } else {
            noteChain(certificate, existing.id, existing.chain);
        }
        if (action == ImportOutcome::Action::AlreadyPresent && existing.certificate == certificate) {
            // Importing the same certificate again rewrites its summary if that was lost or damaged (check says so).
            const QString summary = summaryText(certificate);
            if (auto repaired = run(database,
                                    QStringLiteral("UPDATE entries SET cert_summary = ? WHERE id = ? AND "
                                                   "(cert_summary IS NULL OR cert_summary != ?)"),
                                    {summary, existing.id, summary});
                !repaired)
                return repaired.error();
        }
        if (action == ImportOutcome::Action::AlreadyPresent && !(existing.certificate == certificate))
            superseded[index] = true; // an older certificate for a key whose entry has a newer one
        else
            entryOf[index] = existing.id;
        changedIds << existing.id;
        actions << action;
        return {};
    };
    // Keeps certificate `index` as a certificate-only entry.
    auto keepAlone = [&](qsizetype index) -> Result<void> {
        const Certificate& certificate = certificates[index];
        used[index] = true;
        auto id = unusedId(database);
        if (!id)
            return id.error();
        auto inserted = run(database,
                            QStringLiteral("INSERT INTO entries(id, name, created, key_type, spki_sha256, "
                                           "cert_der, cert_sha256, cert_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {id.value(), defaultName(name, bundle.label, certificate.commonName()),
                             isoUtc(Clock::now()), certificate.keyDescription().id, spkis[index], certificate.der(),
                             hashes[index], summaryText(certificate)});
        if (!inserted)
            return inserted.error();
        knownSpkis.insert(spkis[index]);
        knownCertificates.insert(hashes[index], id.value());
        const QList<Certificate> chain = buildChain(certificate, issuers);
        if (auto written = writeChain(database, id.value(), chain); !written)
            return written;
        noteChain(certificate, id.value(), chain);
        entryOf[index] = id.value();
        changedIds << id.value();
        actions << ImportOutcome::Action::CertificateKept;
        return {};
    };

    for (const PrivateKey& key : bundle.keys) {
        const QByteArray spki = key.publicKeySha256();
        const qsizetype certificateIndex = certificateBySpki.value(spki, -1);
        auto existing = entryWithKey(spki);
        if (!existing)
            return existing.error();
        if (!existing.value().isEmpty() && !existing.value().first().hasKey) {
            // A certificate-only entry gets the key it was missing.
            const VaultEntry& target = existing.value().first();
            auto sealed = sealKey(key, target.id);
            if (!sealed)
                return sealed.error();
            if (auto updated = run(database, QStringLiteral("UPDATE entries SET sealed_key = ?, key_type = ? WHERE id = ?"),
                                   {sealed.value(), key.description().id, target.id});
                !updated)
                return updated.error();
            if (certificateIndex >= 0 && target.certificate == certificates[certificateIndex]) {
                used[certificateIndex] = true;
                entryOf[certificateIndex] = target.id;
            }
            changedIds << target.id;
            actions << ImportOutcome::Action::KeyAttached;
            continue;
        }
        if (certificateIndex >= 0) {
            const Certificate& certificate = certificates[certificateIndex];
            if (!existing.value().isEmpty()) {
                if (auto attached = attach(existing.value().first(), certificateIndex); !attached)
                    return attached.error();
                continue;
            }
            used[certificateIndex] = true;
            auto id = unusedId(database);
            if (!id)
                return id.error();
            auto sealed = sealKey(key, id.value());
            if (!sealed)
                return sealed.error();
            auto inserted =
                run(database,
                    QStringLiteral("INSERT INTO entries(id, name, created, key_type, spki_sha256, sealed_key, "
                                   "cert_der, cert_sha256, cert_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id.value(), defaultName(name, bundle.label, certificate.commonName()), isoUtc(Clock::now()),
                     key.description().id, spki, sealed.value(), certificate.der(), hashes[certificateIndex],
                     summaryText(certificate)});
            if (!inserted)
                return inserted.error();
            knownSpkis.insert(spki);
            knownCertificates.insert(hashes[certificateIndex], id.value());
            const QList<Certificate> chain = buildChain(certificate, issuers);
            if (auto written = writeChain(database, id.value(), chain); !written)
                return written.error();
            noteChain(certificate, id.value(), chain);
            entryOf[certificateIndex] = id.value();
            changedIds << id.value();
            actions << ImportOutcome::Action::IdentityCreated;
            continue;
        }
        if (!existing.value().isEmpty()) {
            changedIds << existing.value().first().id;
            actions << ImportOutcome::Action::AlreadyPresent;
            continue;
        }
        const CertificateRequest* request = nullptr;
        for (const CertificateRequest& candidate : bundle.requests) {
            if (candidate.publicKeySha256() == spki)
                request = &candidate;
        }
        if (request) {
            auto id = unusedId(database);
            if (!id)
                return id.error();
            auto sealed = sealKey(key, id.value());
            if (!sealed)
                return sealed.error();
            auto inserted = run(database,
                                QStringLiteral("INSERT INTO entries(id, name, created, key_type, spki_sha256, sealed_key, "
                                               "csr_der) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {id.value(), defaultName(name, bundle.label, requestCommonName(*request)),
                                 isoUtc(Clock::now()), key.description().id, spki, sealed.value(),
                                 request->der()});
            knownSpkis.insert(spki);
            if (!inserted)
                return inserted.error();
            changedIds << id.value();
            actions << ImportOutcome::Action::RequestCreated;
            continue;
        }
        report.notes << QObject::tr("A private key without its certificate was not imported; import it together with "
                                    "its certificate (for example as a PKCS#12 bundle).");
    }

    for (qsizetype i = 0; i < certificates.size(); ++i) {
        if (used[i])
            continue;
        // The very certificate is in the vault already: that entry, whatever else shares its key (cross-certificates
        // have the same subject and key and differ only in their issuer).
        if (const QString owner = knownCertificates.value(hashes[i]); !owner.isEmpty()) {
            auto entry = query(QStringLiteral("WHERE id = ?"), {owner});
            if (!entry)
                return entry.error();
            if (!entry.value().isEmpty()) {
                if (auto attached = attach(entry.value().first(), i); !attached)
                    return attached.error();
                continue;
            }
        }
        auto existing = entryWithKey(spkis[i]);
        if (!existing)
            return existing.error();
        // An entry with this key that waits for it, or holds the key: this is its (newer) certificate. A
        // certificate-only entry takes it only as a re-issue of its own certificate (same subject, same issuer);
        // another issuer's certificate for the same key is a certificate of its own.
        const VaultEntry* target = nullptr;
        for (const VaultEntry& candidate : std::as_const(existing.value())) {
            const bool reissue = candidate.certificate.subject() == certificates[i].subject() &&
                                 candidate.certificate.issuer() == certificates[i].issuer();
            if (candidate.hasKey || candidate.isPending() || reissue) {
                target = &candidate;
                break;
            }
        }
        if (!target)
            continue;
        if (auto attached = attach(*target, i); !attached)
            return attached.error();
    }

    if (options.keepCertificatesWithoutKey) {
        // End-entity certificates first, so that the CA certificates of their chains are known as such; every other
        // CA certificate is kept as an entry of its own (a root to install, a colleague's issuer).
        for (bool caPass : {false, true}) {
            for (qsizetype i = 0; i < certificates.size(); ++i) {
                if (used[i] || certificates[i].isCa() != caPass || chainOf.contains(hashes[i]))
                    continue;
                if (auto kept = keepAlone(i); !kept)
                    return kept.error();
            }
        }
    }

    for (qsizetype i = 0; i < certificates.size(); ++i) {
        CertificateOutcome outcome{certificates[i], CertificateOutcome::Disposition::NotKept, {}, {}, {}};
        if (!entryOf[i].isEmpty()) {
            outcome.disposition = CertificateOutcome::Disposition::Entry;
            outcome.entryId = entryOf[i];
        } else if (superseded[i]) {
            outcome.reason = QStringLiteral("older-certificate");
            outcome.message = QObject::tr("The vault already has a newer certificate for the key of “%1”; this older "
                                          "one was not kept.")
                                  .arg(certificates[i].subject());
        } else if (const QString holder = chainOf.value(hashes[i]); !holder.isEmpty()) {
            outcome.disposition = CertificateOutcome::Disposition::InChain;
            outcome.entryId = holder;
        } else {
            outcome.reason = QStringLiteral("no-matching-key");
            outcome.message = certificates[i].isCa()
                                  ? QObject::tr("“%1” is a CA certificate that issued none of the certificates "
                                                "imported here; it was not kept.")
                                        .arg(certificates[i].subject())
                                  : QObject::tr("No key in the vault belongs to the certificate for “%1”; it was not "
                                                "kept.")
                                        .arg(certificates[i].subject());
        }
        report.certificates << outcome;
    }
    report.certificates << refused;

    if (actions.isEmpty()) {
        QStringList leaves;
        for (qsizetype i = 0; i < certificates.size(); ++i) {
            if (!used[i] && !certificates[i].isCa())
                leaves << certificates[i].subject();
        }
        if (!leaves.isEmpty()) {
            return makeError(ErrorCode::NotFound,
                             QObject::tr("No waiting key in the vault matches the certificate for “%1”. Import the "
                                         "PKCS#12 bundle that holds its key, or request a new certificate with "
                                         "CertDesk.")
                                 .arg(leaves.first()),
                             leaves.join(QStringLiteral("; ")), QStringLiteral("no-matching-key"));
        }
        if (certificates.isEmpty() && !refused.isEmpty())
            return makeError(ErrorCode::BadInput, refused.first().message, {}, refused.first().reason);
        if (!certificates.isEmpty()) {
            return makeError(ErrorCode::NotFound,
                             QObject::tr("The file holds only CA certificates (the first is “%1”) and no certificate "
                                         "for a key in the vault.")
                                 .arg(certificates.first().subject()),
                             {}, QStringLiteral("no-matching-key"));
        }
        if (!bundle.keys.isEmpty()) {
            return makeError(
                ErrorCode::NotFound,
                QObject::tr("The file holds a private key but not its certificate; import the key together "
                            "with its certificate."),
                {}, QStringLiteral("key-without-certificate"));
        }
        if (!bundle.requests.isEmpty()) {
            return makeError(ErrorCode::BadInput,
                             QObject::tr("The file holds only a certificate request; CertDesk keeps requests together "
                                         "with the keys it generated itself. Send the request to your CA."),
                             {}, QStringLiteral("nothing-to-import"));
        }
        return makeError(ErrorCode::BadInput, QObject::tr("The files hold nothing CertDesk can import."), {},
                         QStringLiteral("nothing-to-import"));
    }

    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    auto changed = loadEntries(changedIds);
    if (!changed)
        return changed.error();
    for (qsizetype i = 0; i < changedIds.size(); ++i)
        report.outcomes << ImportOutcome{actions[i], changed.value()[i]};
    return report;
}

Result<void> Vault::recordInstallation(const QString& id, const QString& storeId, const QString& storeName,
                                       const QString& nickname)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    auto stored = run(database,
                      QStringLiteral("INSERT OR REPLACE INTO installations(entry_id, store_id, store_name, nickname, "
                                     "installed) VALUES (?, ?, ?, ?, ?)"),
                      {id, storeId, storeName, nickname, isoUtc(Clock::now())});
    if (!stored)
        return stored.error();
    return {};
}

Result<void> Vault::forgetInstallation(const QString& id, const QString& storeId)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    auto removed = run(database, QStringLiteral("DELETE FROM installations WHERE entry_id = ? AND store_id = ?"),
                       {id, storeId});
    if (!removed)
        return removed.error();
    return {};
}

Result<void> Vault::archive(const QString& id)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    auto updated = run(database, QStringLiteral("UPDATE entries SET archived = ? WHERE id = ?"), {isoUtc(Clock::now()), id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QObject::tr("There is no entry with the ID “%1” in the vault.").arg(id), {},
                         QStringLiteral("no-such-id"));
    return {};
}

Result<ReminderThresholds> Vault::reminderThresholds() const
{
    auto stored = metaValue(QSqlDatabase::database(m_connectionName), QStringLiteral("reminder-days"));
    if (!stored)
        return stored.error();
    if (stored.value().isEmpty())
        return m_reminderDefaults;
    auto parsed = ReminderThresholds::parse(QString::fromLatin1(stored.value()));
    if (!parsed) {
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The reminder days saved in the vault cannot be read. Set the reminder days "
                                     "again; until then CertDesk cannot tell when to remind you."),
                         QStringLiteral("meta reminder-days = \"%1\": %2")
                             .arg(QString::fromLatin1(stored.value()), parsed.error().message),
                         QStringLiteral("vault-storage"));
    }
    return parsed.value();
}

Result<void> Vault::setReminderThresholds(const ReminderThresholds& thresholds)
{
    // An empty (not NULL: the column is NOT NULL) value means "the default days".
    QByteArray days = thresholds.toString().toLatin1();
    if (days.isNull())
        days = QByteArray("", 0);
    return setMeta(QSqlDatabase::database(m_connectionName), QStringLiteral("reminder-days"), days);
}

Result<void> Vault::setEntryReminderThresholds(const QString& id, const std::optional<ReminderThresholds>& thresholds)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    auto updated = run(database, QStringLiteral("UPDATE entries SET reminder_days = ? WHERE id = ?"),
                       {thresholds ? QVariant(thresholds->toString()) : QVariant(), id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QObject::tr("There is no entry with the ID “%1” in the vault.").arg(id), {},
                         QStringLiteral("no-such-id"));
    return {};
}

Result<QHash<QByteArray, ReminderState>> Vault::reminderStates() const
{
    auto rows = run(QSqlDatabase::database(m_connectionName),
                    QStringLiteral("SELECT fingerprint, announced_stage, announced, snoozed_until, muted FROM reminders"));
    if (!rows)
        return rows.error();
    QHash<QByteArray, ReminderState> states;
    while (rows.value().next()) {
        const QSqlQuery& row = rows.value();
        states.insert(row.value(0).toByteArray(),
                      ReminderState{row.value(1).toInt(), QDateTime::fromString(row.value(2).toString(), Qt::ISODate),
                                    QDateTime::fromString(row.value(3).toString(), Qt::ISODate), row.value(4).toBool()});
    }
    return states;
}

Result<bool> Vault::claimReminder(const QByteArray& fingerprint, int stage, const QDateTime& now)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    Transaction transaction(database);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    if (auto created = run(database, QStringLiteral("INSERT OR IGNORE INTO reminders(fingerprint) VALUES (?)"), {fingerprint});
        !created) {
        return created.error();
    }
    // One statement decides, under the write lock: two processes checking at once announce a stage once.
    auto claimed = run(database,
                       QStringLiteral("UPDATE reminders SET announced_stage = ?, announced = ?, snoozed_until = NULL "
                                      "WHERE fingerprint = ? AND announced_stage < ? AND muted = 0 "
                                      "AND (snoozed_until IS NULL OR snoozed_until <= ?)"),
                       {stage, isoUtc(now), fingerprint, stage, isoUtc(now)});
    if (!claimed)
        return claimed.error();
    const bool announce = claimed.value().numRowsAffected() == 1;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return announce;
}

Result<void> Vault::releaseReminder(const QByteArray& fingerprint, int stage)
{
    auto stored = run(QSqlDatabase::database(m_connectionName),
                      QStringLiteral("UPDATE reminders SET announced_stage = ? WHERE fingerprint = ?"), {stage, fingerprint});
    if (!stored)
        return stored.error();
    return {};
}

Result<void> Vault::snoozeReminder(const QByteArray& fingerprint, const QDateTime& until)
{
    auto stored = run(QSqlDatabase::database(m_connectionName),
                      QStringLiteral("INSERT INTO reminders(fingerprint, snoozed_until) VALUES (?, ?) "
                                     "ON CONFLICT(fingerprint) DO UPDATE SET snoozed_until = excluded.snoozed_until, "
                                     "announced_stage = -1"),
                      {fingerprint, isoUtc(until)});
    if (!stored)
        return stored.error();
    return {};
}

Result<void> Vault::setReminderMuted(const QByteArray& fingerprint, bool muted)
{
    auto stored = run(QSqlDatabase::database(m_connectionName),
                      QStringLiteral("INSERT INTO reminders(fingerprint, muted) VALUES (?, ?) "
                                     "ON CONFLICT(fingerprint) DO UPDATE SET muted = excluded.muted"),
                      {fingerprint, muted ? 1 : 0});
    if (!stored)
        return stored.error();
    return {};
}

Result<VaultCheckReport> Vault::check()
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    VaultCheckReport report;
    auto problem = [&report](const QString& id, const QString& name, const QString& message, const QString& detail = {}) {
        report.problems << VaultProblem{id, name, message, detail};
    };
    for (const char* pragma : {"PRAGMA integrity_check", "PRAGMA foreign_key_check"}) {
        auto rows = run(database, QString::fromLatin1(pragma));
        if (!rows)
            return rows.error();
        QStringList findings;
        while (rows.value().next()) {
            QStringList columns;
            for (int column = 0; column < rows.value().record().count(); ++column)
                columns << rows.value().value(column).toString();
            findings << columns.join(QLatin1Char(' '));
        }
        const bool fine = findings.isEmpty() || findings == QStringList{QStringLiteral("ok")};
        if (!fine) {
            problem({}, {}, QObject::tr("The vault database file is damaged; restore it from a backup or ask your helpdesk."),
                    findings.join(QLatin1Char('\n')));
        }
    }
    auto rows =
        run(database, QStringLiteral("SELECT id, name, spki_sha256, sealed_key, csr_der, cert_der, cert_summary "
                                     "FROM entries ORDER BY created, id"));
    if (!rows)
        return rows.error();
    struct Row
    {
        QString id, name;
        QByteArray spki, sealed, csr, cert;
        QString summary;
    };
    QList<Row> entries;
    while (rows.value().next()) {
        const QSqlQuery& row = rows.value();
        entries << Row{row.value(0).toString(),    row.value(1).toString(),    row.value(2).toByteArray(),
                       row.value(3).toByteArray(), row.value(4).toByteArray(), row.value(5).toByteArray(),
                       row.value(6).toString()};
    }
    report.entries = static_cast<int>(entries.size());
    bool keysOpenable = true;
    for (const Row& entry : entries) {
        if (!entry.csr.isEmpty()) {
            auto request = CertificateRequest::fromDer(entry.csr);
            if (!request)
                problem(entry.id, entry.name, QObject::tr("The certificate request of “%1” cannot be read.").arg(entry.name));
            else if (!request.value().verifySignature() || request.value().publicKeySha256() != entry.spki)
                problem(entry.id, entry.name, QObject::tr("The certificate request of “%1” does not belong to its key.").arg(entry.name));
        }
        if (!entry.cert.isEmpty()) {
            auto certificate = Certificate::fromDer(entry.cert);
            if (!certificate)
                problem(entry.id, entry.name, QObject::tr("The certificate of “%1” cannot be read.").arg(entry.name));
            else if (certificate.value().publicKeySha256() != entry.spki)
                problem(entry.id, entry.name, QObject::tr("The certificate of “%1” does not belong to its key.").arg(entry.name));
            // Imports refuse such certificates now; one kept by an older CertDesk is listed as expired with no date.
            else if (!certificate.value().notBefore().isValid() || !certificate.value().notAfter().isValid())
                problem(entry.id, entry.name,
                        QObject::tr("The dates the certificate of “%1” is valid between cannot be read, so nobody can "
                                    "tell when it expires. Delete it, and import a readable copy if you have one.")
                            .arg(entry.name));
            // What lists show comes from the summary: it must say what the certificate says.
            else if (!entry.summary.isEmpty() && entry.summary != summaryText(certificate.value()))
                problem(
                    entry.id, entry.name,
                    QObject::tr("The stored summary of the certificate of “%1” does not match the certificate; lists "
                                "may show wrong facts. Import the certificate again to rewrite it.")
                        .arg(entry.name));
        }
        if (entry.sealed.isEmpty() || !keysOpenable)
            continue;
        if (auto unlocked = unlock(); !unlocked) {
            // Without the vault key no private key can be checked; say so once.
            keysOpenable = false;
            problem({}, {}, QObject::tr("The private keys could not be checked: %1").arg(unlocked.error().message),
                    unlocked.error().detail);
            continue;
        }
        ++report.keysChecked;
        auto der = m_key.open(entry.sealed, entry.id.toLatin1());
        if (!der) {
            problem(entry.id, entry.name,
                    QObject::tr("The private key of “%1” cannot be decrypted: it is damaged.").arg(entry.name),
                    der.error().detail);
            continue;
        }
        auto key = PrivateKey::fromPkcs8Der(der.value());
        if (!key)
            problem(entry.id, entry.name, QObject::tr("The private key of “%1” cannot be read.").arg(entry.name));
        else if (key.value().publicKeySha256() != entry.spki)
            problem(entry.id, entry.name, QObject::tr("The private key of “%1” is not the key its entry names.").arg(entry.name));
    }
    auto chain = run(database, QStringLiteral("SELECT c.entry_id, e.name, c.position, c.cert_der FROM chain c "
                                              "JOIN entries e ON e.id = c.entry_id ORDER BY c.entry_id, c.position"));
    if (!chain)
        return chain.error();
    while (chain.value().next()) {
        const QSqlQuery& row = chain.value();
        if (!Certificate::fromDer(row.value(3).toByteArray())) {
            problem(row.value(0).toString(), row.value(1).toString(),
                    QObject::tr("A certificate in the chain of “%1” cannot be read.").arg(row.value(1).toString()));
        }
    }
    return report;
}

Result<PrivateKey> Vault::privateKey(const QString& id)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    auto row = run(database, QStringLiteral("SELECT sealed_key FROM entries WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::NotFound, QObject::tr("There is no entry with the ID “%1” in the vault.").arg(id), {},
                         QStringLiteral("no-such-id"));
    const QByteArray sealed = row.value().value(0).toByteArray();
    if (sealed.isEmpty())
        return makeError(ErrorCode::NotFound, QObject::tr("The vault holds no private key for this entry."), {},
                         QStringLiteral("no-key"));
    if (auto unlocked = unlock(); !unlocked)
        return unlocked.error();
    auto der = m_key.open(sealed, id.toLatin1());
    if (!der)
        return der.error();
    return PrivateKey::fromPkcs8Der(der.value());
}

Result<void> Vault::remove(const QString& id)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    Transaction transaction(database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto deleted = run(database, QStringLiteral("DELETE FROM entries WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    if (deleted.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QObject::tr("There is no entry with the ID “%1” in the vault.").arg(id), {},
                         QStringLiteral("no-such-id"));
    return transaction.commit();
}

} // namespace certdesk
