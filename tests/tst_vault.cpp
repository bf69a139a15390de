#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/evp.h>

#include <sys/stat.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// An in-memory SecretStore; the real keychain is exercised in tst_keychain inside its own D-Bus session.
class MemorySecretStore : public SecretStore
{
public:
    bool available = true;
    QHash<QString, QByteArray> secrets;

    Result<SecureBytes> read(const QString& key) override
    {
        if (!available)
            return makeError(ErrorCode::Keystore, "No keychain.", {}, "keychain-unavailable");
        if (!secrets.contains(key))
            return makeError(ErrorCode::Keystore, "Not found.", {}, "not-found");
        QByteArray copy = secrets.value(key);
        return SecureBytes::takeFrom(copy);
    }
    Result<void> write(const QString& key, const SecureBytes& secret) override
    {
        if (!available)
            return makeError(ErrorCode::Keystore, "No keychain.", {}, "keychain-unavailable");
        secrets.insert(key, QByteArray(secret.chars(), secret.intSize()));
        return {};
    }
    Result<void> remove(const QString& key) override
    {
        secrets.remove(key);
        return {};
    }
};

SecureBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

RequestOptions clientOptions(const QString& cn)
{
    RequestOptions options;
    options.subject = DistinguishedName::parse("CN=" + cn + ",O=Vault Test").value();
    return options;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

    TestCa m_ca;

    /// Creates a request in the vault and returns the certificate the test CA issues for it.
    Certificate requestAndSign(Vault& vault, const QString& cn, QString* id, PrivateKey* keyOut = nullptr)
    {
        auto key = PrivateKey::generate(KeyType::EcP256);
        auto csr = CertificateRequest::create(key.value(), clientOptions(cn));
        auto entry = vault.addRequest(key.value(), csr.value(), {});
        if (!entry.ok())
            return {};
        *id = entry.value().id;
        if (keyOut)
            *keyOut = key.value();
        QTemporaryDir dir;
        writeFile(dir.filePath("r.csr"), csr.value().pem());
        const QString signedPath = m_ca.sign(dir.filePath("r.csr"), 200, cn + ".crt");
        auto bundle = BundleReader::readFile(signedPath);
        return bundle.ok() ? bundle.value().certificates.first() : Certificate();
    }

    Certificate intermediate()
    {
        return BundleReader::readFile(m_ca.intermediateCertPath()).value().certificates.first();
    }

private slots:
    void initTestCase() { QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error())); }

    void newVaultIsPrivateEvenWithPermissiveUmask()
    {
        QTemporaryDir base;
        const QString directory = base.filePath("deep/vault");
        const mode_t previous = ::umask(0);
        MemorySecretStore keychain;
        {
            auto vault = Vault::open(directory, {std::nullopt, &keychain});
            QVERIFY(vault.ok());
            QString id;
            QVERIFY(!requestAndSign(*vault.value(), "Perm", &id).isNull());
        }
        ::umask(previous);
        struct stat folder = {};
        QCOMPARE(::stat(QFile::encodeName(directory).constData(), &folder), 0);
        QCOMPARE(folder.st_mode & 0777, mode_t(0700));
        QDirIterator files(directory, QDir::Files);
        int count = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            struct stat info = {};
            QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
            QVERIFY2((info.st_mode & 0077) == 0, qPrintable(file + " is readable by others"));
            ++count;
        }
        QVERIFY(count >= 1);
    }

    void requestBecomesIdentityWithChain()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
        QVERIFY(vault.ok());
        QString id;
        const Certificate certificate = requestAndSign(*vault.value(), "Alice", &id);
        QVERIFY(!certificate.isNull());
        auto pending = vault.value()->find(id.left(4));
        QVERIFY(pending.ok());
        QVERIFY(pending.value().isPending());
        QCOMPARE(pending.value().status(QDateTime::currentDateTimeUtc()), VaultEntry::Status::Pending);
        QCOMPARE(pending.value().name, QStringLiteral("Alice"));

        Bundle bundle;
        bundle.certificates = {certificate, intermediate()};
        auto report = vault.value()->importBundle(bundle, {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report.value().outcomes.size(), 1);
        QCOMPARE(report.value().outcomes.first().action, ImportOutcome::Action::RequestCompleted);
        auto identity = vault.value()->find(id);
        QVERIFY(identity.ok());
        QVERIFY(!identity.value().isPending());
        QCOMPARE(identity.value().certificate, certificate);
        QCOMPARE(identity.value().chain.size(), 1);
        QCOMPARE(identity.value().chain.first(), intermediate());
        QCOMPARE(identity.value().status(QDateTime::currentDateTimeUtc()), VaultEntry::Status::Valid);
        QCOMPARE(identity.value().daysLeft(QDateTime::currentDateTimeUtc()), 199);

        // The same answer again changes nothing.
        auto again = vault.value()->importBundle(bundle, {});
        QVERIFY(again.ok());
        QCOMPARE(again.value().outcomes.first().action, ImportOutcome::Action::AlreadyPresent);
        QVERIFY(!again.value().changedAnything());
        QCOMPARE(vault.value()->entries().value().size(), 1);
    }

    void certificateWithoutKeyNamesItsSubject()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
        QVERIFY(vault.ok());
        QString id;
        const Certificate stranger = requestAndSign(*vault.value(), "Stranger", &id);
        QVERIFY(vault.value()->remove(id).ok());
        Bundle bundle;
        bundle.certificates = {stranger};
        auto report = vault.value()->importBundle(bundle, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QVERIFY2(report.error().message.contains("CN=Stranger,O=Vault Test"), qPrintable(report.error().message));
        QCOMPARE(vault.value()->entries().value().size(), 0);
        Bundle onlyCa;
        onlyCa.certificates = {intermediate()};
        auto caReport = vault.value()->importBundle(onlyCa, {});
        QVERIFY(!caReport.ok());
        QVERIFY(caReport.error().message.contains("only CA certificates"));
    }

    void keepsCertificateWithoutKeyAndAttachesKeyLater()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
        QVERIFY(vault.ok());
        QString id;
        PrivateKey key;
        const Certificate certificate = requestAndSign(*vault.value(), "Later", &id, &key);
        QVERIFY(vault.value()->remove(id).ok());

        Bundle onlyCertificate;
        onlyCertificate.certificates = {certificate, intermediate()};
        ImportOptions keep;
        keep.keepCertificatesWithoutKey = true;
        auto kept = vault.value()->importBundle(onlyCertificate, {}, keep);
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
        QCOMPARE(kept.value().outcomes.size(), 1);
        QCOMPARE(kept.value().outcomes.first().action, ImportOutcome::Action::CertificateKept);
        const VaultEntry entry = kept.value().outcomes.first().entry;
        QVERIFY(!entry.hasKey);
        QCOMPARE(entry.chain.size(), 1);
        QVERIFY(!vault.value()->privateKey(entry.id).ok());
        // Kept again: nothing changes.
        auto again = vault.value()->importBundle(onlyCertificate, {}, keep);
        QVERIFY(again.ok());
        QCOMPARE(again.value().outcomes.first().action, ImportOutcome::Action::AlreadyPresent);

        Bundle withKey;
        withKey.keys = {key};
        auto attached = vault.value()->importBundle(withKey, {});
        QVERIFY(attached.ok());
        QCOMPARE(attached.value().outcomes.first().action, ImportOutcome::Action::KeyAttached);
        QCOMPARE(attached.value().outcomes.first().entry.id, entry.id);
        QVERIFY(attached.value().outcomes.first().entry.hasKey);
        auto opened = vault.value()->privateKey(entry.id);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value().publicKeySha256(), certificate.publicKeySha256());

        // A CA certificate alone is kept too when asked.
        Bundle onlyCa;
        onlyCa.certificates = {intermediate()};
        auto ca = vault.value()->importBundle(onlyCa, {}, keep);
        QVERIFY(ca.ok());
        QCOMPARE(ca.value().outcomes.first().action, ImportOutcome::Action::CertificateKept);
        QCOMPARE(vault.value()->entries().value().size(), 2);
    }

    /// NSS's cross-certificates (same subject and key, two issuers) are two entries, and every import names each
    /// certificate's own entry — whatever order the random entry IDs fall in (issue 22, item 3).
    void crossCertificatesAreMatchedByCertificate()
    {
        auto labs = BundleReader::readFile(QStringLiteral(CERTDESK_TEST_DATA "/import-oddities/labs2yassir.crt"));
        auto greg = BundleReader::readFile(QStringLiteral(CERTDESK_TEST_DATA "/import-oddities/greg2yassir.crt"));
        QVERIFY(labs.ok() && greg.ok());
        QCOMPARE(labs.value().certificates.first().publicKeySha256(),
                 greg.value().certificates.first().publicKeySha256());
        Bundle pair;
        pair.certificates = {labs.value().certificates.first(), greg.value().certificates.first()};
        ImportOptions keep;
        keep.keepCertificatesWithoutKey = true;
        for (int trial = 0; trial < 8; ++trial) {
            QTemporaryDir dir;
            MemorySecretStore keychain;
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            QVERIFY(vault.ok());
            auto first = vault.value()->importBundle(pair, {}, keep);
            QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
            QCOMPARE(first.value().certificates.size(), 2);
            QStringList ids;
            for (const CertificateOutcome& outcome : first.value().certificates) {
                QCOMPARE(outcome.disposition, CertificateOutcome::Disposition::Entry);
                ids << outcome.entryId;
            }
            QVERIFY(ids[0] != ids[1]);
            for (const Bundle& again : {pair, Bundle{Bundle::Format::Pem, {pair.certificates[1]}, {}, {}, {}, {}}}) {
                auto report = vault.value()->importBundle(again, {}, keep);
                QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().detail));
                QVERIFY(!report.value().changedAnything());
                for (const CertificateOutcome& outcome : report.value().certificates)
                    QCOMPARE(outcome.entryId, ids[pair.certificates.indexOf(outcome.certificate)]);
            }
            QCOMPARE(vault.value()->entries().value().size(), 2);
        }
    }

    void passphraseProtectsKeys()
    {
        QTemporaryDir dir;
        PrivateKey original;
        QString id;
        {
            auto vault = Vault::open(dir.path(), {secret("correct horse"), nullptr});
            QVERIFY(vault.ok());
            QVERIFY(!requestAndSign(*vault.value(), "Pass", &id, &original).isNull());
        }
        {
            auto vault = Vault::open(dir.path(), {secret("wrong horse"), nullptr});
            QVERIFY(vault.ok()); // listing needs no key
            QCOMPARE(vault.value()->entries().value().size(), 1);
            auto key = vault.value()->privateKey(id);
            QVERIFY(!key.ok());
            QCOMPARE(key.error().reason, QStringLiteral("wrong-passphrase"));
            QCOMPARE(key.error().code, ErrorCode::BadInput);
        }
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, nullptr});
            auto key = vault.value()->privateKey(id);
            QVERIFY(!key.ok());
            QCOMPARE(key.error().reason, QStringLiteral("passphrase-required"));
        }
        auto vault = Vault::open(dir.path(), {secret("correct horse"), nullptr});
        auto key = vault.value()->privateKey(id);
        QVERIFY(key.ok());
        QCOMPARE(key.value().publicKeySha256(), original.publicKeySha256());
    }

    void keychainProtectsKeysAndPassphraseBecomesSecondWay()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        PrivateKey original;
        QString id;
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            QVERIFY(!requestAndSign(*vault.value(), "Chain", &id, &original).isNull());
        }
        QCOMPARE(keychain.secrets.size(), 1);
        QCOMPARE(keychain.secrets.cbegin().value().size(), 32);
        {
            keychain.available = false;
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            auto key = vault.value()->privateKey(id);
            QVERIFY(!key.ok());
            QCOMPARE(key.error().code, ErrorCode::Keystore);
            keychain.available = true;
        }
        {
            // Keychain works and a passphrase is given: it becomes a second way in.
            auto vault = Vault::open(dir.path(), {secret("backup phrase"), &keychain});
            QVERIFY(vault.value()->privateKey(id).ok());
        }
        keychain.available = false;
        auto vault = Vault::open(dir.path(), {secret("backup phrase"), &keychain});
        auto key = vault.value()->privateKey(id);
        QVERIFY(key.ok());
        QCOMPARE(key.value().publicKeySha256(), original.publicKeySha256());
        // A keychain entry that belongs to another vault is detected, not used.
        keychain.available = true;
        keychain.secrets.begin().value() = QByteArray(32, 'x');
        auto other = Vault::open(dir.path(), {std::nullopt, &keychain});
        auto mismatch = other.value()->privateKey(id);
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().reason, QStringLiteral("key-mismatch"));
    }

    void noVaultFileHoldsAPlaintextKey()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        QList<QByteArray> secrets;
        QList<QByteArray> scalars;
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            for (int i = 0; i < 3; ++i) {
                QString id;
                PrivateKey key;
                QVERIFY(!requestAndSign(*vault.value(), QString("Scan %1").arg(i), &id, &key).isNull());
                auto der = key.toPkcs8Der();
                secrets << QByteArray(der.value().chars(), der.value().intSize());
                BIGNUM* scalar = nullptr;
                QVERIFY(EVP_PKEY_get_bn_param(key.handle(), "priv", &scalar) == 1);
                QByteArray raw(32, '\0');
                BN_bn2binpad(scalar, reinterpret_cast<unsigned char*>(raw.data()), 32);
                BN_clear_free(scalar);
                scalars << raw;
            }
        }
        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden);
        while (files.hasNext()) {
            const QByteArray contents = readFile(files.next());
            QVERIFY(!contents.contains("PRIVATE KEY"));
            for (const QByteArray& der : secrets)
                QVERIFY(!contents.contains(der));
            for (const QByteArray& scalar : scalars)
                QVERIFY(!contents.contains(scalar));
        }
    }

    /// `check` passes a healthy vault and names each entry whose key or certificate was damaged on disk.
    void checkFindsDamage()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        QString first;
        QString second;
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            QVERIFY(vault);
            QVERIFY(!requestAndSign(*vault.value(), "Healthy One", &first).isNull());
            QVERIFY(!requestAndSign(*vault.value(), "Healthy Two", &second).isNull());
            auto report = vault.value()->check();
            QVERIFY(report);
            QVERIFY(report.value().healthy());
            QCOMPARE(report.value().entries, 2);
            QCOMPARE(report.value().keysChecked, 2);
        }
        {
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "damage");
            database.setDatabaseName(dir.filePath("vault.sqlite"));
            QVERIFY(database.open());
            QSqlQuery query(database);
            // One flipped byte in the first sealed key; the second request gets the first one's CSR.
            QVERIFY(query.exec("UPDATE entries SET sealed_key = CAST(substr(sealed_key, 1, 20) AS BLOB) || x'00' || "
                               "substr(sealed_key, 22) WHERE id = '" + first + "'"));
            QVERIFY(query.exec("UPDATE entries SET csr_der = (SELECT csr_der FROM entries WHERE id = '" + first +
                               "') WHERE id = '" + second + "'"));
            query.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase("damage");
        auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
        QVERIFY(vault);
        auto report = vault.value()->check();
        QVERIFY(report);
        QVERIFY(!report.value().healthy());
        // Entries made in the same second come in ID order, so look them up by entry.
        QStringList problems;
        QHash<QString, QString> byEntry;
        for (const VaultProblem& problem : report.value().problems) {
            problems << problem.entryId + ": " + problem.message;
            byEntry.insert(problem.entryId, problem.message);
        }
        QVERIFY2(problems.size() == 2, qPrintable(problems.join('|')));
        QVERIFY2(byEntry.value(first).contains("cannot be decrypted"), qPrintable(problems.join('|')));
        QVERIFY2(byEntry.value(second).contains("does not belong to its key"), qPrintable(problems.join('|')));
    }

    /// A certificate whose expiry cannot be read, kept by an older CertDesk (imports refuse it now): check names it
    /// instead of letting it pass as an expired certificate (issue 22, item 6).
    void checkNamesAnUnreadableExpiry()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        QString id;
        Certificate certificate;
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            QVERIFY(vault);
            certificate = requestAndSign(*vault.value(), "Odd Dates", &id);
            QVERIFY(!certificate.isNull());
            QVERIFY(vault.value()->check().value().healthy());
        }
        // The same certificate with notAfter's month 13 (the second UTCTime): same key, unreadable expiry.
        QByteArray der = certificate.der();
        const qsizetype notBefore = der.indexOf(QByteArray("\x17\x0d", 2));
        const qsizetype notAfter = der.indexOf(QByteArray("\x17\x0d", 2), notBefore + 2);
        QVERIFY(notBefore >= 0 && notAfter > notBefore);
        der[notAfter + 4] = '1';
        der[notAfter + 5] = '3';
        auto damaged = Certificate::fromDer(der);
        QVERIFY(damaged.ok());
        QVERIFY(!damaged.value().notAfter().isValid());
        {
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "dates");
            database.setDatabaseName(dir.filePath("vault.sqlite"));
            QVERIFY(database.open());
            QSqlQuery query(database);
            QVERIFY(query.prepare("UPDATE entries SET cert_der = ?, cert_summary = NULL WHERE id = ?"));
            query.addBindValue(der);
            query.addBindValue(id);
            QVERIFY(query.exec());
            query.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase("dates");
        auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
        QVERIFY(vault);
        auto report = vault.value()->check();
        QVERIFY(report);
        QCOMPARE(report.value().problems.size(), 1);
        QCOMPARE(report.value().problems.first().entryId, id);
        QVERIFY2(report.value().problems.first().message.contains("cannot be read"),
                 qPrintable(report.value().problems.first().message));
    }

    // Listing reads each certificate's stored summary instead of parsing it (format 4); the summary must say exactly
    // what parsing says, be filled in for older vaults, and give way to parsing when it is damaged.
    void summariesStandInForParsing()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        QString id;
        Certificate certificate;
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            QVERIFY(vault);
            certificate = requestAndSign(*vault.value(), "Summarised Person", &id);
            QVERIFY(!certificate.isNull());
            Bundle bundle;
            bundle.certificates = {certificate, intermediate()};
            QVERIFY(vault.value()->importBundle(bundle, {}).ok());
        }
        const Certificate parsed = Certificate::fromDer(certificate.der()).value();
        auto sameFacts = [&parsed](const Certificate& listed) {
            return listed.subject() == parsed.subject() && listed.issuer() == parsed.issuer() &&
                   listed.commonName() == parsed.commonName() && listed.serialHex() == parsed.serialHex() &&
                   listed.notBefore() == parsed.notBefore() && listed.notAfter() == parsed.notAfter() &&
                   listed.subjectAltNames() == parsed.subjectAltNames() &&
                   listed.fingerprintSha256() == parsed.fingerprintSha256() && listed == parsed &&
                   listed.keyDescription().id == QStringLiteral("ec-p256") &&
                   listed.publicKeySha256() == parsed.publicKeySha256();
        };
        auto summaryOf = [&dir, &id](const QString& statement = {}) {
            QString text;
            {
                QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "summary");
                database.setDatabaseName(dir.filePath("vault.sqlite"));
                if (database.open()) {
                    QSqlQuery query(database);
                    if (!statement.isEmpty() && !query.exec(statement))
                        text = QStringLiteral("failed: ") + query.lastError().text();
                    else if (query.exec("SELECT cert_summary FROM entries WHERE id = '" + id + "'") && query.next())
                        text = query.value(0).toString();
                    query.finish();
                    database.close();
                }
            }
            QSqlDatabase::removeDatabase("summary");
            return text;
        };
        auto listed = [&dir, &keychain]() -> Certificate {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            if (!vault)
                return {};
            auto entries = vault.value()->entries();
            return entries && entries.value().size() == 1 ? entries.value().first().certificate : Certificate();
        };

        const QString stored = summaryOf();
        QVERIFY2(stored.contains("\"subject\":\"" + parsed.subject() + "\""), qPrintable(stored));
        QVERIFY(sameFacts(listed()));
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            const VaultEntry entry = vault.value()->find(id).value();
            QCOMPARE(entry.request.subject(), QStringLiteral("CN=Summarised Person,O=Vault Test")); // parsed when asked
            QCOMPARE(entry.chain.size(), 1);
        }

        // A format-3 vault has no summaries: opening it adds the column and fills it in.
        QCOMPARE(summaryOf("ALTER TABLE entries DROP COLUMN cert_summary"), QString());
        QCOMPARE(summaryOf("PRAGMA user_version = 3"), QString());
        QVERIFY(sameFacts(listed()));
        QCOMPARE(summaryOf(), stored);

        // A damaged summary is not trusted: the certificate is parsed instead.
        QCOMPARE(summaryOf("UPDATE entries SET cert_summary = '{\"subject\": 1}'"), QStringLiteral("{\"subject\": 1}"));
        QVERIFY(sameFacts(listed()));

        // A summary that says something else than its certificate: check names it, importing the certificate again
        // rewrites it.
        QString wrong = stored;
        wrong.replace("Summarised Person", "Someone Else");
        summaryOf("UPDATE entries SET cert_summary = '" + wrong + "'");
        QCOMPARE(listed().subject(), QStringLiteral("CN=Someone Else,O=Vault Test"));
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            auto report = vault.value()->check();
            QVERIFY(report && report.value().problems.size() == 1);
            QVERIFY2(report.value().problems.first().message.contains("summary"),
                     qPrintable(report.value().problems.first().message));
            Bundle bundle;
            bundle.certificates = {certificate};
            auto again = vault.value()->importBundle(bundle, {});
            QVERIFY(again && again.value().outcomes.first().action == ImportOutcome::Action::AlreadyPresent);
            QVERIFY(vault.value()->check().value().healthy());
        }
        QCOMPARE(summaryOf(), stored);

        // A damaged certificate behind a good summary still lists, and the vault check names it.
        summaryOf("UPDATE entries SET cert_der = CAST(substr(cert_der, 1, 40) AS BLOB) WHERE id = '" + id + "'");
        const Certificate damaged = listed();
        QCOMPARE(damaged.subject(), parsed.subject());
        QVERIFY(!damaged.handle());
        QVERIFY(damaged.keyUsage().isEmpty());
        auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
        auto report = vault.value()->check();
        QVERIFY(report);
        QVERIFY(!report.value().healthy());
        QVERIFY2(report.value().problems.size() == 1, qPrintable(report.value().problems.first().message));
        QCOMPARE(report.value().problems.first().entryId, id);
    }

    void recordsInstallationsAndMigratesOlderVaults()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        QString id;
        {
            auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
            QVERIFY(!requestAndSign(*vault.value(), "Installed", &id).isNull());
        }
        {
            // Make it look like a format-1 vault, from before installations were recorded.
            QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "downgrade");
            database.setDatabaseName(dir.filePath("vault.sqlite"));
            QVERIFY(database.open());
            QSqlQuery query(database);
            QVERIFY(query.exec("DROP TABLE installations"));
            QVERIFY(query.exec("PRAGMA user_version = 1"));
            query.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase("downgrade");
        auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message));
        QVERIFY(vault.value()->recordInstallation(id, "nss:/tmp/db", "Chromium", "Installed").ok());
        QVERIFY(vault.value()->recordInstallation(id, "system", "System trust store", "Installed").ok());
        QVERIFY(vault.value()->recordInstallation(id, "nss:/tmp/db", "Chromium", "Renamed").ok()); // replaces
        auto entry = vault.value()->find(id);
        QCOMPARE(entry.value().installations.size(), 2);
        QCOMPARE(entry.value().installations.first().storeId, QStringLiteral("nss:/tmp/db"));
        QCOMPARE(entry.value().installations.first().nickname, QStringLiteral("Renamed"));
        QVERIFY(vault.value()->forgetInstallation(id, "system").ok());
        QCOMPARE(vault.value()->find(id).value().installations.size(), 1);
        // Deleting the entry drops its records too.
        QVERIFY(vault.value()->remove(id).ok());
        QSqlDatabase database = QSqlDatabase::addDatabase("QSQLITE", "count");
        database.setDatabaseName(dir.filePath("vault.sqlite"));
        QVERIFY(database.open());
        QSqlQuery count(database);
        QVERIFY(count.exec("SELECT COUNT(*) FROM installations") && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        count.finish();
        database.close();
    }

    void findRejectsAmbiguousAndUnknownIds()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        auto vault = Vault::open(dir.path(), {std::nullopt, &keychain});
        auto unknown = vault.value()->find("ffffffff");
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        auto nonsense = vault.value()->find("../etc");
        QVERIFY(!nonsense.ok());
        QCOMPARE(nonsense.error().code, ErrorCode::NotFound);
        QVERIFY(!vault.value()->remove("ffffffff").ok());
    }

    void refusesAFileWhereTheFolderShouldBe()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("vault"), "not a folder");
        auto vault = Vault::open(dir.filePath("vault"), {});
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().code, ErrorCode::Keystore);
        QVERIFY(vault.error().message.contains("is a file"));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
