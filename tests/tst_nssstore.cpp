#include "TestSupport.h"
#include "TlsTestSupport.h"

#include "crypto/BundleReader.h"
#include "crypto/CertificateRequest.h"
#include "keystores/NssDiscovery.h"
#include "keystores/NssStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// The trust column certutil -L prints for `nickname` ("CT,C," or "u,u,u"), empty when absent.
QString certutilTrust(const QString& dbDir, const QString& nickname)
{
    const ProcessResult result = nssTool(QStringLiteral("certutil"), {"-L", "-d", "sql:" + dbDir});
    for (const QByteArray& rawLine : result.out.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.startsWith(nickname + QLatin1Char(' '))) {
            const QString rest = line.mid(nickname.size()).trimmed();
            if (!rest.contains(QLatin1Char(' ')))
                return rest;
        }
    }
    return {};
}

/// The reason of a failed result, "<ok>" for a success: comparing it never throws.
template <typename T> QString reasonOf(const Result<T>& result)
{
    return result.ok() ? QStringLiteral("<ok>") : result.error().reason;
}

template <typename T> QString describe(const Result<T>& result)
{
    return result.ok() ? QStringLiteral("<ok>") : result.error().message + " / " + result.error().detail;
}

/// Store verify() answers that never throw: an error is neither true nor false.
bool isTrue(const Result<bool>& result)
{
    return result.ok() && result.value();
}
bool isFalse(const Result<bool>& result)
{
    return result.ok() && !result.value();
}

/// The store's items; a failed list shows up as one item named after the failure, so it never looks empty.
QList<StoredItem> itemsOf(NssStore& store)
{
    auto items = store.list();
    if (items.ok())
        return items.value();
    StoredItem failure;
    failure.nickname = "<list failed: " + items.error().reason + ">";
    return {failure};
}

} // namespace

/// NssStore against real NSS databases, cross-checked with certutil and a real mutual-TLS handshake
/// (NSS tstclnt against `openssl s_server -Verify`).
class TestNssStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestCa> m_ca;
    std::unique_ptr<TestCa> m_otherCa;
    Certificate m_root;
    Certificate m_intermediate;
    QString m_serverCert;
    QString m_serverKey;
    QString m_trustedCas;      ///< m_ca's root + intermediate
    QString m_otherTrustedCas; ///< a CA that never signed our identities
    int m_counter = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    struct Identity
    {
        PrivateKey key;
        Certificate certificate;
    };

    Identity makeIdentity(const QString& commonName, KeyType type = KeyType::EcP256)
    {
        auto key = PrivateKey::generate(type);
        if (!key)
            return {};
        RequestOptions options;
        options.subject = DistinguishedName::parse("CN=" + commonName + ",O=CertDesk Test").value();
        options.profile = Profile::Client;
        auto csr = CertificateRequest::create(key.value(), options);
        if (!csr)
            return {};
        const QString csrPath = path(QStringLiteral("id%1.csr").arg(++m_counter));
        writeFile(csrPath, csr.value().pem());
        const QString certPath = m_ca->sign(csrPath, 30, QStringLiteral("id%1.crt").arg(m_counter));
        auto bundle = BundleReader::readFile(certPath);
        if (!bundle || bundle.value().certificates.isEmpty())
            return {};
        return {key.value(), bundle.value().certificates.first()};
    }

    InstallRequest requestFor(const Identity& identity, const QString& nickname)
    {
        InstallRequest request;
        request.key = identity.key;
        request.certificate = identity.certificate;
        request.chain = {m_intermediate, m_root};
        request.nickname = nickname;
        return request;
    }

    QString newDb(const QString& name, const QString& passwordFile = {})
    {
        const QString dir = path(name);
        QDir().mkpath(dir);
        QStringList arguments{"-N", "-d", "sql:" + dir};
        if (passwordFile.isEmpty())
            arguments << "--empty-password";
        else
            arguments << "-f" << passwordFile;
        const ProcessResult result = nssTool(QStringLiteral("certutil"), arguments);
        return result.exitCode == 0 ? dir : QString();
    }

    static QStringList nicknames(const QList<StoredItem>& items)
    {
        QStringList names;
        for (const StoredItem& item : items)
            names << item.nickname;
        names.sort();
        return names;
    }

    /// Installs, then proves the identity works where it matters: a TLS server that trusts our CA accepts it, one
    /// that trusts another CA refuses it.
    void checkHandshake(const QString& dbDir, const QString& nickname, const QString& commonName,
                        const QString& password = {})
    {
        {
            TlsServer server(m_serverCert, m_serverKey, m_trustedCas);
            QVERIFY2(server.isReady(), server.output().constData());
            const ProcessResult client = tstclnt(server.port(), dbDir, nickname, password);
            QVERIFY2(client.exitCode == 0 && !client.crashed, qPrintable(client.describe()));
            QVERIFY2(client.out.contains("200 ok"), qPrintable(client.describe()));
            // s_server -www prints the client certificate it verified.
            QVERIFY2(client.out.contains("CN=" + commonName.toUtf8()) ||
                         client.out.contains("CN = " + commonName.toUtf8()),
                     qPrintable(client.describe()));
        }
        {
            TlsServer server(m_serverCert, m_serverKey, m_otherTrustedCas);
            QVERIFY2(server.isReady(), server.output().constData());
            const ProcessResult client = tstclnt(server.port(), dbDir, nickname, password);
            QVERIFY2(!client.out.contains("200 ok"), qPrintable(client.describe()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<TestCa>();
        m_otherCa = std::make_unique<TestCa>();
        QVERIFY2(m_ca->isValid(), qPrintable(m_ca->error()));
        QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->error()));
        m_root = BundleReader::readFile(m_ca->rootCertPath()).value().certificates.first();
        m_intermediate = BundleReader::readFile(m_ca->intermediateCertPath()).value().certificates.first();
        m_trustedCas = path("trusted.pem");
        writeFile(m_trustedCas, readFile(m_ca->rootCertPath()) + readFile(m_ca->intermediateCertPath()));
        m_otherTrustedCas = path("other-trusted.pem");
        writeFile(m_otherTrustedCas, readFile(m_otherCa->rootCertPath()) + readFile(m_otherCa->intermediateCertPath()));
        m_serverCert = path("server.crt");
        m_serverKey = path("server.key");
        const ProcessResult server = openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                                              "-nodes", "-keyout", m_serverKey, "-out", m_serverCert, "-subj",
                                              "/CN=127.0.0.1", "-days", "2", "-addext", "subjectAltName=IP:127.0.0.1"});
        QVERIFY2(server.exitCode == 0, qPrintable(server.describe()));
    }

    void discoversSharedDbAndFirefoxProfiles()
    {
        const QString home = path("discovery-home");
        const QString classic = home + "/.mozilla/firefox";
        const QString snap = home + "/snap/firefox/common/.mozilla/firefox";
        const QString flatpak = home + "/.var/app/org.mozilla.firefox/.mozilla/firefox";
        const QString absoluteProfile = path("else,where/work profile"); // a comma: QSettings would split it
        for (const QString& dir : {classic + "/ab12.default-release", classic + "/cd34.default", snap + "/ef56.snappy",
                                   flatpak + "/gh78.default-release", absoluteProfile})
            QVERIFY(QDir().mkpath(dir));
        writeFile(classic + "/profiles.ini",
                  "[Install4F96D1932A9F858E]\nDefault=ab12.default-release\n\n"
                  "[Profile1]\nName=default\nIsRelative=1\nPath=cd34.default\n\n"
                  "[Profile0]\nName=default-release\nIsRelative=1\nPath=ab12.default-release\nDefault=1\n\n"
                  "[Profile2]\nName=work\nIsRelative=0\nPath=" +
                      absoluteProfile.toUtf8() +
                      "\n\n[Profile3]\nName=gone\nIsRelative=1\nPath=does-not-exist\n\n[General]\nVersion=2\n");
        writeFile(snap + "/profiles.ini", "[Profile0]\nName=snappy\nIsRelative=1\nPath=ef56.snappy\n");
        writeFile(flatpak + "/profiles.ini",
                  "[Profile0]\nName=default-release\nIsRelative=1\nPath=gh78.default-release\n");

        const QList<StoreLocation> found = NssDiscovery::discover(home);
        QStringList summary;
        for (const StoreLocation& location : found)
            summary << location.id + " | " + location.displayName + " | " + location.path;
        const QStringList expected{
            "nss:" + home + "/.pki/nssdb | Chromium and other NSS applications | " + home + "/.pki/nssdb",
            "firefox:default-release | Firefox — profile default-release | " + classic + "/ab12.default-release",
            "firefox:default | Firefox — profile default | " + classic + "/cd34.default",
            "firefox:work | Firefox — profile work | " + absoluteProfile,
            "firefox:snappy | Firefox (Snap) — profile snappy | " + snap + "/ef56.snappy",
            "firefox:default-release@flatpak | Firefox (Flatpak) — profile default-release | " + flatpak +
                "/gh78.default-release",
        };
        QCOMPARE(summary, expected);
        for (const StoreLocation& location : found)
            QVERIFY(location.kind == StoreLocation::Kind::Nss);

        auto resolved = NssDiscovery::resolve("firefox:snappy", home);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value().path, snap + "/ef56.snappy");
        auto shared = NssDiscovery::resolve("nss:" + home + "/.pki/nssdb/", home);
        QVERIFY(shared.ok());
        QCOMPARE(shared.value().displayName, QStringLiteral("Chromium and other NSS applications"));
        auto explicitDir = NssDiscovery::resolve("nss:" + path("some-db"), home);
        QVERIFY(explicitDir.ok());
        QCOMPARE(explicitDir.value().id, "nss:" + path("some-db"));
        QCOMPARE(reasonOf(NssDiscovery::resolve("firefox:nope", home)), QStringLiteral("store-not-found"));
        QCOMPARE(reasonOf(NssDiscovery::resolve("bogus", home)), QStringLiteral("bad-store-id"));
        QVERIFY(NssDiscovery::firefoxProfiles(path("empty-home")).isEmpty());
    }

    void installsIdentityThatAuthenticates()
    {
        const QString db = newDb("fresh");
        QVERIFY(!db.isEmpty());
        const Identity alice = makeIdentity("Alice NSS");
        QVERIFY(!alice.certificate.isNull());
        NssStore store(NssDiscovery::directory(db));
        auto installed = store.installIdentity(requestFor(alice, "Alice at work"));
        QVERIFY2(installed.ok(), qPrintable(describe(installed)));
        QVERIFY(NssStore::lastShutdownWasClean());

        // Independent read-back with NSS's own tools.
        QCOMPARE(certutilTrust(db, "Alice at work"), QStringLiteral("u,u,u"));
        QCOMPARE(certutilTrust(db, "CertDesk Test Issuing CA"), QStringLiteral("CT,C,"));
        QCOMPARE(certutilTrust(db, "CertDesk Test Root CA"), QStringLiteral("CT,C,"));
        const ProcessResult keys = nssTool(QStringLiteral("certutil"), {"-K", "-d", "sql:" + db});
        QVERIFY2(keys.exitCode == 0 && keys.out.contains("Alice at work"), qPrintable(keys.describe()));
        const ProcessResult chain =
            nssTool(QStringLiteral("certutil"), {"-V", "-d", "sql:" + db, "-n", "Alice at work", "-u", "C"});
        QVERIFY2(chain.exitCode == 0, qPrintable(chain.describe()));

        auto items = store.list();
        QVERIFY(items.ok());
        QCOMPARE(nicknames(items.value()),
                 QStringList({"Alice at work", "CertDesk Test Issuing CA", "CertDesk Test Root CA"}));
        for (const StoredItem& item : items.value()) {
            const bool isLeaf = item.certificate == alice.certificate;
            QCOMPARE(item.hasPrivateKey, isLeaf);
            QCOMPARE(item.trustedAsCa, !isLeaf);
        }
        QVERIFY(isTrue(store.verify(alice.certificate, true)));
        QVERIFY(isTrue(store.verify(m_root, false)));
        QVERIFY(isFalse(store.verify(m_root, true)));

        // Installing again changes nothing and still succeeds.
        QVERIFY(store.installIdentity(requestFor(alice, "Alice at work")).ok());
        QCOMPARE(itemsOf(store).size(), 3);

        checkHandshake(db, "Alice at work", "Alice NSS");

        // An RSA identity too (its key ID is made from the modulus, not an EC point).
        const Identity bob = makeIdentity("Bob RSA", KeyType::Rsa2048);
        QVERIFY(store.installIdentity(requestFor(bob, "Bob RSA")).ok());
        checkHandshake(db, "Bob RSA", "Bob RSA");

        // remove takes certificate and key.
        QVERIFY(store.remove(bob.certificate).ok());
        QVERIFY(isFalse(store.verify(bob.certificate, false)));
        const ProcessResult keysAfter = nssTool(QStringLiteral("certutil"), {"-K", "-d", "sql:" + db});
        QVERIFY2(!keysAfter.out.contains("Bob RSA") && keysAfter.out.contains("Alice at work"),
                 qPrintable(keysAfter.describe()));
        QCOMPARE(reasonOf(store.remove(bob.certificate)), QStringLiteral("not-in-store"));
        QVERIFY(NssStore::lastShutdownWasClean());
    }

    void addsTrustedCa()
    {
        const QString db = newDb("ca-only");
        NssStore store(NssDiscovery::directory(db));
        const Certificate otherRoot = BundleReader::readFile(m_otherCa->rootCertPath()).value().certificates.first();
        auto added = store.addTrustedCa(otherRoot, "Other Root");
        QVERIFY2(added.ok(), qPrintable(describe(added)));
        QCOMPARE(certutilTrust(db, "Other Root"), QStringLiteral("CT,C,"));
        auto items = itemsOf(store);
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().trustedAsCa);
        QVERIFY(!items.first().hasPrivateKey);
        const Identity leaf = makeIdentity("Not A CA");
        QCOMPARE(reasonOf(store.addTrustedCa(leaf.certificate, "x")), QStringLiteral("not-a-ca"));
    }

    void createsChromiumSharedDb()
    {
        const QString home = path("chromium-home");
        QVERIFY(QDir().mkpath(home));
        const StoreLocation shared = NssDiscovery::sharedDatabase(home);
        QVERIFY(!QFileInfo::exists(shared.path));
        NssStore store(shared);
        auto empty = store.list();
        QVERIFY2(empty.ok(), qPrintable(describe(empty)));
        QVERIFY(empty.value().isEmpty());
        // Reading (a listing, a reminder check) creates nothing; the first change does.
        QVERIFY(!QFileInfo::exists(shared.path));
        QCOMPARE(reasonOf(store.verify(makeIdentity("Nobody Yet").certificate, false)), QStringLiteral("<ok>"));
        QVERIFY(!QFileInfo::exists(shared.path));
        const Identity carol = makeIdentity("Carol Chromium");
        QVERIFY(store.installIdentity(requestFor(carol, "Carol")).ok());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(shared.path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(::stat(QFile::encodeName(home + "/.pki").constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(certutilTrust(shared.path, "Carol"), QStringLiteral("u,u,u"));
        // An explicit folder without a DB is not created unless asked.
        NssStore nowhere(NssDiscovery::directory(path("no-db-here")));
        QCOMPARE(reasonOf(nowhere.list()), QStringLiteral("store-not-found"));
        auto nowhereList = nowhere.list();
        QVERIFY(!nowhereList.ok());
        QCOMPARE(nowhereList.error().code, ErrorCode::Keystore);
    }

    void separatesDatabasesAcrossCalls()
    {
        const QString dbA = newDb("sep-a");
        const QString dbB = newDb("sep-b");
        const Identity a = makeIdentity("Only In A");
        const Identity b = makeIdentity("Only In B");
        NssStore storeA(NssDiscovery::directory(dbA));
        NssStore storeB(NssDiscovery::directory(dbB));
        QVERIFY(storeA.installIdentity(requestFor(a, "A")).ok());
        QVERIFY(storeB.installIdentity(requestFor(b, "B")).ok());
        for (int round = 0; round < 2; ++round) { // the same DB twice, alternating with the other
            auto listA = storeA.list();
            auto listB = storeB.list();
            QVERIFY(listA.ok() && listB.ok());
            QVERIFY(nicknames(listA.value()).contains("A") && !nicknames(listA.value()).contains("B"));
            QVERIFY(nicknames(listB.value()).contains("B") && !nicknames(listB.value()).contains("A"));
            QVERIFY(isFalse(storeA.verify(b.certificate, false)));
            QVERIFY(isTrue(storeB.verify(b.certificate, true)));
            QVERIFY(NssStore::lastShutdownWasClean());
        }
        QCOMPARE(certutilTrust(dbA, "B"), QString());
        QCOMPARE(certutilTrust(dbB, "A"), QString());
    }

    void installsIntoFirefoxProfile()
    {
        const QString home = path("firefox-home");
        const QString profile = home + "/.mozilla/firefox/x1y2.default-release";
        QVERIFY(QDir().mkpath(profile));
        writeFile(home + "/.mozilla/firefox/profiles.ini",
                  "[Profile0]\nName=default-release\nIsRelative=1\nPath=x1y2.default-release\nDefault=1\n");
        writeFile(profile + "/prefs.js", "// Mozilla User Preferences\n");
        QVERIFY(nssTool(QStringLiteral("certutil"), {"-N", "-d", "sql:" + profile, "--empty-password"}).exitCode == 0);
        auto location = NssDiscovery::resolve("firefox:default-release", home);
        QVERIFY(location.ok());
        QCOMPARE(location.value().displayName, QStringLiteral("Firefox — profile default-release"));

        // A running Firefox: the `lock` symlink names a live process called firefox.
        const QString fakeFirefox = path("bin/firefox");
        QVERIFY(QDir().mkpath(path("bin")));
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), fakeFirefox));
        QProcess running;
        running.start(fakeFirefox, {"60"});
        QVERIFY(running.waitForStarted(5000));
        QVERIFY(QFile::link(QStringLiteral("127.0.0.1:+%1").arg(running.processId()), profile + "/lock"));
        const Identity dave = makeIdentity("Dave Firefox");
        NssStore store(location.value());
        auto refused = store.installIdentity(requestFor(dave, "Dave"));
        running.kill();
        running.waitForFinished(5000);
        QVERIFY(!refused.ok());
        QCOMPARE(reasonOf(refused), QStringLiteral("store-in-use"));
        QCOMPARE(refused.error().code, ErrorCode::Keystore);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("Close Firefox first")));
        QVERIFY(isFalse(store.verify(dave.certificate, false)));

        // Firefox has gone (the stale symlink stays, as after a crash): now it installs.
        auto installed = store.installIdentity(requestFor(dave, "Dave"));
        QVERIFY2(installed.ok(), qPrintable(describe(installed)));
        QCOMPARE(certutilTrust(profile, "Dave"), QStringLiteral("u,u,u"));
        checkHandshake(profile, "Dave", "Dave Firefox");

        // Firefox's other sign: an fcntl lock on .parentlock, held by another process (python3 here).
        QProcess locker;
        locker.start(QStringLiteral("python3"),
                     {"-c",
                      "import fcntl,sys,time\nf=open(sys.argv[1],'w')\nfcntl.lockf(f,fcntl.LOCK_EX)\n"
                      "print('locked',flush=True)\ntime.sleep(60)",
                      profile + "/.parentlock"});
        if (!locker.waitForStarted(5000))
            QSKIP("python3 is needed to hold an fcntl lock for this check");
        for (int waited = 0; waited < 10000 && !locker.readAllStandardOutput().contains("locked"); waited += 100)
            locker.waitForReadyRead(100);
        const Identity eve = makeIdentity("Eve Locked");
        auto locked = store.installIdentity(requestFor(eve, "Eve"));
        auto stillReadable = store.list();
        locker.kill();
        locker.waitForFinished(5000);
        QCOMPARE(reasonOf(locked), QStringLiteral("store-in-use"));
        QVERIFY2(stillReadable.ok(), qPrintable(describe(stillReadable))); // reading a shared sql: DB is safe
        QVERIFY(isFalse(store.verify(eve.certificate, false)));
    }

    void passwordProtectedDb()
    {
        const QString passwordFile = path("db-password.txt");
        writeFile(passwordFile, "s3cret pw\n");
        const QString db = newDb("protected", passwordFile);
        QVERIFY(!db.isEmpty());
        const Identity erin = makeIdentity("Erin Password");

        NssStore withoutPassword(NssDiscovery::directory(db));
        auto missing = withoutPassword.installIdentity(requestFor(erin, "Erin"));
        QVERIFY(!missing.ok());
        QCOMPARE(reasonOf(missing), QStringLiteral("store-password-required"));
        QCOMPARE(missing.error().code, ErrorCode::Keystore);

        QByteArray wrongText("not it");
        NssStore wrong(NssDiscovery::directory(db), StoreCredentials{SecureBytes::takeFrom(wrongText)});
        auto refused = wrong.installIdentity(requestFor(erin, "Erin"));
        QVERIFY(!refused.ok());
        QCOMPARE(reasonOf(refused), QStringLiteral("wrong-store-password"));
        QVERIFY(!refused.error().detail.isEmpty());

        QByteArray rightText("s3cret pw");
        NssStore right(NssDiscovery::directory(db), StoreCredentials{SecureBytes::takeFrom(rightText)});
        auto installed = right.installIdentity(requestFor(erin, "Erin"));
        QVERIFY2(installed.ok(), qPrintable(describe(installed)));
        const ProcessResult keys = nssTool(QStringLiteral("certutil"), {"-K", "-d", "sql:" + db, "-f", passwordFile});
        QVERIFY2(keys.out.contains("Erin"), qPrintable(keys.describe()));
        // (certutil -L shows ",," rather than "u,u,u" here: without logging in it cannot see the key.)
        QCOMPARE(certutilTrust(db, "CertDesk Test Issuing CA"), QStringLiteral("CT,C,"));
        const ProcessResult chain =
            nssTool(QStringLiteral("certutil"), {"-V", "-d", "sql:" + db, "-n", "Erin", "-u", "C", "-f", passwordFile});
        QVERIFY2(chain.exitCode == 0, qPrintable(chain.describe()));
        QVERIFY(isTrue(right.verify(erin.certificate, true)));
        QVERIFY(isTrue(withoutPassword.verify(erin.certificate, false)));
        QCOMPARE(reasonOf(withoutPassword.verify(erin.certificate, true)), QStringLiteral("store-password-required"));
        checkHandshake(db, "Erin", "Erin Password", "s3cret pw");
    }

    void refusesReadOnlyDb()
    {
        const QString db = newDb("read-only");
        const QStringList files{db + "/cert9.db", db + "/key4.db", db + "/pkcs11.txt", db};
        // Root writes anywhere regardless of mode bits; the immutable attribute stops even root.
        const bool root = ::geteuid() == 0;
        for (const QString& file : files) {
            if (root)
                QVERIFY(nssTool(QStringLiteral("chattr"), {"+i", file}).exitCode == 0);
            else
                QFile::setPermissions(file, QFile::ReadOwner | QFile::ExeOwner);
        }
        NssStore store(NssDiscovery::directory(db));
        const Identity frank = makeIdentity("Frank Readonly");
        auto refused = store.installIdentity(requestFor(frank, "Frank"));
        auto listed = store.list();
        for (const QString& file : files) {
            if (root)
                nssTool(QStringLiteral("chattr"), {"-i", file});
            else
                QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Keystore);
        QCOMPARE(reasonOf(refused), QStringLiteral("store-read-only"));
        QVERIFY2(listed.ok(), qPrintable(describe(listed))); // reading still works
        QVERIFY(listed.value().isEmpty());
    }

    void refusesCorruptDb()
    {
        const QString db = newDb("corrupt");
        writeFile(db + "/cert9.db", QByteArray(8192, '\x5a'));
        writeFile(db + "/key4.db", QByteArray("this is not SQLite at all"));
        NssStore store(NssDiscovery::directory(db));
        const Identity grace = makeIdentity("Grace Corrupt");
        auto refused = store.installIdentity(requestFor(grace, "Grace"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Keystore);
        QCOMPARE(reasonOf(refused), QStringLiteral("store-unreadable"));
        QVERIFY(!refused.error().detail.isEmpty());
        QCOMPARE(reasonOf(store.list()), QStringLiteral("store-unreadable"));
    }

    void refusesLegacyDbAndUnsupportedKeys()
    {
        // Only the old Berkeley DB files: NSS would convert them in place, which an old Firefox holding them would
        // not survive, so CertDesk leaves that to the browser.
        const QString legacy = path("legacy");
        QVERIFY(QDir().mkpath(legacy));
        writeFile(legacy + "/cert8.db", QByteArray(4096, '\0'));
        writeFile(legacy + "/key3.db", QByteArray(4096, '\0'));
        NssStore legacyStore(NssDiscovery::directory(legacy));
        const Identity judy = makeIdentity("Judy Legacy");
        QCOMPARE(reasonOf(legacyStore.installIdentity(requestFor(judy, "Judy"))),
                 QStringLiteral("store-legacy-format"));
        QVERIFY(!QFileInfo::exists(legacy + "/cert9.db"));

        const QString db = newDb("ed25519");
        NssStore store(NssDiscovery::directory(db));
        // NSS 3.87 cannot import Ed25519 private keys: a sentence, not a half-installed certificate.
        const Identity edwards = makeIdentity("Ed Edwards", KeyType::Ed25519);
        QVERIFY(!edwards.certificate.isNull());
        auto unsupported = store.installIdentity(requestFor(edwards, "Ed"));
        QCOMPARE(reasonOf(unsupported), QStringLiteral("unsupported-key-type"));
        QCOMPARE(unsupported.error().code, ErrorCode::BadInput);
        QCOMPARE(itemsOf(store).size(), 0);
    }

    void leavesNothingHalfInstalled()
    {
        const QString db = newDb("atomic");
        NssStore store(NssDiscovery::directory(db));
        const Identity heidi = makeIdentity("Heidi Atomic");

        // The chain of a CA that did not issue the certificate: the key and certificates go in first, then the
        // client-auth check fails and everything must come out again.
        InstallRequest wrongChain = requestFor(heidi, "Heidi");
        wrongChain.chain = {BundleReader::readFile(m_otherCa->intermediateCertPath()).value().certificates.first(),
                            BundleReader::readFile(m_otherCa->rootCertPath()).value().certificates.first()};
        auto refused = store.installIdentity(wrongChain);
        QVERIFY(!refused.ok());
        QCOMPARE(reasonOf(refused), QStringLiteral("chain-not-valid"));
        QVERIFY(itemsOf(store).isEmpty());
        const ProcessResult keys = nssTool(QStringLiteral("certutil"), {"-K", "-d", "sql:" + db});
        // No key at all: a key left behind without its certificate would be listed as "(orphan)".
        QVERIFY2(!keys.out.contains("<") && !keys.out.contains("orphan"), qPrintable(keys.describe()));
        QCOMPARE(certutilTrust(db, "Heidi"), QString());

        // A key that is not the certificate's: refused before anything is written.
        InstallRequest mismatch = requestFor(heidi, "Heidi");
        mismatch.key = makeIdentity("Someone Else").key;
        auto mismatched = store.installIdentity(mismatch);
        QCOMPARE(reasonOf(mismatched), QStringLiteral("key-mismatch"));
        QCOMPARE(mismatched.error().code, ErrorCode::BadInput);
        QVERIFY(itemsOf(store).isEmpty());

        // A nickname that belongs to someone else already.
        QVERIFY(store.installIdentity(requestFor(heidi, "Shared Name")).ok());
        const Identity ivan = makeIdentity("Ivan Atomic");
        auto clash = store.installIdentity(requestFor(ivan, "Shared Name"));
        QCOMPARE(reasonOf(clash), QStringLiteral("nickname-in-use"));
        QCOMPARE(itemsOf(store).size(), 3);
        QVERIFY(isFalse(store.verify(ivan.certificate, false)));
    }
};

QTEST_GUILESS_MAIN(TestNssStore)
#include "tst_nssstore.moc"
