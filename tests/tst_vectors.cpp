// Real-world inputs nobody here wrote: every certificate, CSR and PKCS#12 file in Debian's
// python3-cryptography-vectors (many tools, NIST PKITS, deliberately broken files). Each file either
// reads with facts that agree with the `openssl` command, or fails with an Error a person can act on.
// A crash in the parser kills this process, which is the failure this test exists to catch.

#include "TestSupport.h"

#include "crypto/BundleReader.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/PrivateKey.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <functional>
#include <map>

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// What i2d_PUBKEY writes for a key: subjectPublicKeyInfo() must give the same bytes, however it gets them.
QByteArray referenceSubjectPublicKeyInfo(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int length = key ? i2d_PUBKEY(key, &der) : 0;
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

/// Where Debian installs the package; CERTDESK_CRYPTOGRAPHY_VECTORS overrides it (other distributions, a pip install).
QString vectorsRoot()
{
    return qEnvironmentVariable("CERTDESK_CRYPTOGRAPHY_VECTORS",
                                QStringLiteral("/usr/lib/python3/dist-packages/cryptography_vectors"));
}

/// The folders with certificates, CSRs, PKCS#7 chains and PKCS#12 bundles; everything in them is read.
const QStringList kSweptFolders = {QStringLiteral("x509"), QStringLiteral("pkcs12"), QStringLiteral("pkcs7")};

/// The passwords on the vectors' protected PKCS#12 files: "cryptography" on pkcs12/cert-*.p12, "password" on the
/// other pkcs12/*-pwd.p12 files and on PKITS.
const QList<QByteArray> kVectorPasswords = {QByteArrayLiteral("cryptography"), QByteArrayLiteral("password")};

std::optional<SecureBytes> password(QByteArray text)
{
    return SecureBytes::takeFrom(text);
}

bool isPem(const QByteArray& bytes)
{
    return bytes.contains("-----BEGIN ");
}

/// One file read the way the GUI does it: no password first, then the password the user was given.
struct Outcome
{
    Result<Bundle> result = Error{};
    QByteArray passwordUsed; ///< empty when none was needed
};

Outcome readVector(const QString& path)
{
    Outcome outcome;
    outcome.result = BundleReader::readFile(path);
    if (outcome.result.ok() || outcome.result.error().reason != QLatin1String("password-required"))
        return outcome;
    for (const QByteArray& candidate : kVectorPasswords) {
        outcome.result = BundleReader::readFile(path, password(candidate));
        outcome.passwordUsed = candidate;
        if (outcome.result.ok() || outcome.result.error().reason != QLatin1String("wrong-password"))
            break;
    }
    return outcome;
}

/// The error for a failure message; empty on success. (QVERIFY2 builds its message even when the check passes.)
template <typename T> QString failureText(const Result<T>& result)
{
    return result.ok() ? QString()
                       : result.error().message + QStringLiteral(" [") + result.error().detail + QLatin1Char(']');
}

/// Empty when the error is one a person can act on; otherwise what is wrong with it.
QString clearErrorProblem(const Error& error)
{
    const QString message = error.message.trimmed();
    if (error.code != ErrorCode::BadInput)
        return QStringLiteral("code %1, expected BadInput (2)").arg(error.exitCode());
    if (message.isEmpty())
        return QStringLiteral("empty message");
    if (!message.endsWith(QLatin1Char('.')))
        return QStringLiteral("message is not a sentence ending in '.': %1").arg(message);
    // OpenSSL's own text ("error:0680007B:asn1 encoding routines:…") belongs in detail, never in the message.
    static const QRegularExpression opensslText(QStringLiteral("error:[0-9A-F]{8}:|routines:|\\.c:\\d+"));
    if (opensslText.match(message).hasMatch())
        return QStringLiteral("message carries OpenSSL's text: %1").arg(message);
    if (error.reason.isEmpty())
        return QStringLiteral("no machine-readable reason: %1").arg(message);
    return {};
}

/// The `key=value` lines `openssl x509 -noout -subject -serial …` prints.
QHash<QString, QString> printedFields(const QByteArray& output)
{
    QHash<QString, QString> fields;
    for (const QByteArray& line : output.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            fields.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return fields;
}

/// The SANs both sides spell alike (DNS, e-mail, URI, IPv4), as `openssl x509 -ext subjectAltName` spells them.
QStringList comparableSans(const QStringList& ours)
{
    static const QList<std::pair<QString, QString>> spellings = {
        {QStringLiteral("dns:"), QStringLiteral("DNS:")},
        {QStringLiteral("email:"), QStringLiteral("email:")},
        {QStringLiteral("uri:"), QStringLiteral("URI:")},
        {QStringLiteral("ip:"), QStringLiteral("IP Address:")}};
    QStringList result;
    for (const QString& san : ours) {
        for (const auto& [prefix, opensslPrefix] : spellings) {
            const QString value = san.mid(prefix.size());
            if (san.startsWith(prefix) && (prefix != QLatin1String("ip:") || !value.contains(QLatin1Char(':'))))
                result << opensslPrefix + value;
        }
    }
    return result;
}

QStringList comparableSans(const QByteArray& opensslOutput)
{
    const QList<QByteArray> lines = opensslOutput.split('\n');
    QStringList result;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith("X509v3 Subject Alternative Name:"))
            continue;
        for (const QString& san : QString::fromUtf8(lines[i + 1].trimmed()).split(QStringLiteral(", "))) {
            const bool ipv4 = san.startsWith(QLatin1String("IP Address:")) && !san.mid(11).contains(QLatin1Char(':'));
            if (san.startsWith(QLatin1String("DNS:")) || san.startsWith(QLatin1String("email:")) ||
                san.startsWith(QLatin1String("URI:")) || ipv4)
                result << san;
        }
    }
    return result;
}

/// As `openssl x509 -dateopt iso_8601` prints it; openssl's words when the time cannot be read.
QString opensslIsoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z')
                          : QStringLiteral("Bad time value");
}

/// The PEM blocks in a command's output, each with its BEGIN and END line, without the text between blocks.
QList<QByteArray> pemBlocks(const QByteArray& output)
{
    QList<QByteArray> blocks;
    QByteArray current;
    bool inside = false;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("-----BEGIN "))
            inside = true;
        if (inside)
            current += line + '\n';
        if (line.startsWith("-----END ")) {
            blocks << current;
            current.clear();
            inside = false;
        }
    }
    return blocks;
}

/// Files where CertDesk and `openssl x509` disagree on whether they hold a certificate, and why that is accepted.
/// Anything not listed fails the test: a certificate we lose, or one we read that nothing else would.
const QHash<QString, QString> kKnownOnlyOpensslReads = {
    {QStringLiteral("x509/cryptography.io.with_garbage.pem"),
     QStringLiteral("its two PRIVATE KEY blocks hold junk text; CertDesk refuses a file with a damaged key rather than "
                    "import the rest and drop a key the user may be counting on")},
};
const QHash<QString, QString> kKnownOnlyWeRead = {};

/// Logs every disagreement; returns those not explained in `known`.
QStringList unexplainedDisagreements(const QString& kind, const QMap<QString, QString>& found,
                                     const QHash<QString, QString>& known)
{
    QStringList unexplained;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        qInfo("%s: %s (%s)", qPrintable(kind), qPrintable(it.key()), qPrintable(it.value()));
        if (!known.contains(it.key()))
            unexplained << QStringLiteral("%1, not expected: %2 (%3)").arg(kind, it.key(), it.value());
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!found.contains(it.key()))
            qInfo("%s no longer: %s; drop it from the known list", qPrintable(kind), qPrintable(it.key()));
    }
    return unexplained;
}

/// A PKCS#12 whose one section claims to be encrypted data but has no content (the ASN.1 allows leaving it out;
/// CVE-2024-0727 was OpenSSL itself tripping over such files).
QByteArray pkcs12WithContentlessEncryptedSection(bool withMac)
{
    ossl::UniquePtr<PKCS7> section(PKCS7_new());
    section->type = OBJ_nid2obj(NID_pkcs7_encrypted); // d.encrypted stays null
    auto freeSafes = [](STACK_OF(PKCS7) * safes) { sk_PKCS7_pop_free(safes, PKCS7_free); };
    std::unique_ptr<STACK_OF(PKCS7), decltype(freeSafes)> safes(sk_PKCS7_new_null(), freeSafes);
    sk_PKCS7_push(safes.get(), section.release());
    ossl::UniquePtr<PKCS12> p12(PKCS12_init(NID_pkcs7_data));
    if (!p12 || PKCS12_pack_authsafes(p12.get(), safes.get()) != 1)
        return {};
    if (withMac && PKCS12_set_mac(p12.get(), "", 0, nullptr, 0, 1, EVP_sha256()) != 1)
        return {};
    unsigned char* der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

struct OpensslJob
{
    QStringList arguments;
    QByteArray input;
    ProcessResult result;
};

/// Runs the jobs a few at a time. `openssl` start-up (~25 ms of CPU) dominates each run, so the cores are the limit.
void runConcurrently(QList<OpensslJob>& jobs)
{
    const int parallel = std::max(2, QThread::idealThreadCount());
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> startMore;
    auto finish = [&](QProcess* process, qsizetype index, bool failedToStart) {
        OpensslJob& job = jobs[index];
        job.result.exitCode = failedToStart ? -1 : process->exitCode();
        job.result.crashed = !failedToStart && process->exitStatus() == QProcess::CrashExit;
        job.result.out = process->readAllStandardOutput();
        job.result.err = failedToStart ? process->errorString().toUtf8() : process->readAllStandardError();
        process->deleteLater();
        --running;
        startMore();
        if (running == 0)
            loop.quit();
    };
    startMore = [&] {
        while (running < parallel && next < jobs.size()) {
            const qsizetype index = next++;
            auto* process = new QProcess(&loop);
            ++running;
            QObject::connect(process, &QProcess::finished, &loop, [=, &finish] { finish(process, index, false); });
            QObject::connect(process, &QProcess::errorOccurred, &loop, [=, &finish](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart)
                    finish(process, index, true);
            });
            process->start(QStringLiteral("openssl"), jobs[index].arguments);
            if (!jobs[index].input.isEmpty())
                process->write(jobs[index].input);
            process->closeWriteChannel();
        }
    };
    startMore();
    if (running > 0)
        loop.exec();
}

/// Arguments that make `openssl` read a file itself, in the encoding the file has.
QStringList opensslInput(const QString& path)
{
    return {QStringLiteral("-inform"), isPem(readFile(path)) ? QStringLiteral("PEM") : QStringLiteral("DER"),
            QStringLiteral("-in"), path};
}

} // namespace

/// Sweeps python3-cryptography-vectors through BundleReader and compares what it reads with `openssl`.
class TestVectors : public QObject
{
    Q_OBJECT

    QString m_root;
    QStringList m_files;                   ///< absolute paths, sorted
    std::map<QString, Outcome> m_outcomes; // node-based: references handed out stay valid as it grows

    int m_parsed = 0;
    int m_failedClearly = 0;
    int m_certificatesCrossChecked = 0;
    int m_requestsCrossChecked = 0;
    int m_pkcs12CrossChecked = 0;
    QMap<QString, QString> m_onlyWeRead;       ///< file → openssl's complaint about a certificate we read
    QMap<QString, QString> m_onlyOpensslReads; ///< file → our error where `openssl x509` reads a certificate
    QHash<QString, int> m_failureReasons;
    QElapsedTimer m_clock;

    QString relative(const QString& path) const { return QDir(m_root).relativeFilePath(path); }

    const Outcome& outcomeFor(const QString& path)
    {
        auto found = m_outcomes.find(path);
        if (found == m_outcomes.end())
            found = m_outcomes.emplace(path, readVector(path)).first;
        return found->second;
    }

    QStringList filesUnder(const QString& folder) const
    {
        QStringList files;
        const QString prefix = QDir(m_root).filePath(folder) + QLatin1Char('/');
        for (const QString& file : m_files) {
            if (file.startsWith(prefix))
                files << file;
        }
        return files;
    }

    void addFileRows(const QStringList& files)
    {
        QTest::addColumn<QString>("path");
        for (const QString& file : files)
            QTest::newRow(qPrintable(relative(file))) << file;
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        m_root = vectorsRoot();
        for (const QString& folder : kSweptFolders) {
            const QString path = QDir(m_root).filePath(folder);
            if (!QFileInfo(path).isDir()) {
                QFAIL(qPrintable(
                    QStringLiteral(
                        "%1 is missing. Install the test vectors: sudo apt-get install "
                        "python3-cryptography-vectors (`bash packaging/setup.sh test` does; see README), or point "
                        "CERTDESK_CRYPTOGRAPHY_VECTORS at a copy.")
                        .arg(path)));
            }
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                m_files << it.next();
        }
        m_files.sort();
        // The package has ~1,750 x509 files and 30 PKCS#12 files; far fewer means a broken or partial install.
        QVERIFY2(m_files.size() > 1500, qPrintable(QStringLiteral("only %1 vector files found").arg(m_files.size())));
        const ProcessResult version = openssl({QStringLiteral("version")});
        QVERIFY2(version.exitCode == 0,
                 qPrintable(QStringLiteral("the openssl command is needed: ") + version.describe()));
    }

    /// Every file: reads, or fails with a clear error; everything read answers every question without crashing.
    void sweep_data() { addFileRows(m_files); }
    void sweep()
    {
        QFETCH(QString, path);
        const Outcome& outcome = outcomeFor(path);
        if (!outcome.result.ok()) {
            const Error& error = outcome.result.error();
            const QString problem = clearErrorProblem(error);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            ++m_failedClearly;
            ++m_failureReasons[error.reason];
            return;
        }
        const Bundle& bundle = outcome.result.value();
        QVERIFY2(!bundle.isEmpty(), "read without an error but holds nothing");
        ++m_parsed;
        // factsJson asks every question the GUI and CLI ask (SANs, key usage, key type…): the crash surface.
        for (const Certificate& certificate : bundle.certificates) {
            QVERIFY(!certificate.isNull());
            QVERIFY(!certificate.factsJson().isEmpty());
            QCOMPARE(certificate.fingerprintSha256().size(), 32 * 3 - 1);
            QVERIFY(!certificate.der().isEmpty());
            certificate.publicKeySha256(); // empty for key types OpenSSL cannot load; must not crash
            // Vault entries match keys to certificates by this hash: the quick way must write i2d_PUBKEY's bytes.
            EVP_PKEY* publicKey = X509_get0_pubkey(certificate.handle());
            QCOMPARE(subjectPublicKeyInfo(publicKey), referenceSubjectPublicKeyInfo(publicKey));
            ERR_clear_error();
        }
        for (const CertificateRequest& request : bundle.requests) {
            QVERIFY(!request.isNull());
            QVERIFY(!request.factsJson().isEmpty());
        }
        for (const PrivateKey& key : bundle.keys) {
            QVERIFY(!key.publicKeySha256().isEmpty());
            QCOMPARE(subjectPublicKeyInfo(key.handle()), referenceSubjectPublicKeyInfo(key.handle()));
        }
    }

    /// Subject, issuer, serial, validity and fingerprint of every certificate read agree with `openssl x509`.
    void crossCheckCertificates()
    {
        struct Checked
        {
            QString file;
            Certificate certificate;
        };
        QList<Checked> checked;
        QList<OpensslJob> jobs;
        const QStringList printOptions = {
            QStringLiteral("-noout"),     QStringLiteral("-fingerprint"),  QStringLiteral("-sha256"),
            QStringLiteral("-subject"),   QStringLiteral("-issuer"),       QStringLiteral("-serial"),
            QStringLiteral("-startdate"), QStringLiteral("-enddate"),      QStringLiteral("-dateopt"),
            QStringLiteral("iso_8601"),   QStringLiteral("-nameopt"),      QStringLiteral("RFC2253,-esc_msb"),
            QStringLiteral("-ext"),       QStringLiteral("subjectAltName")};
        QStringList refusedByUs;
        for (const QString& file : m_files) {
            // PKITS' PKCS#12 files repeat PKITS' certificates; decrypting them twice only costs time.
            if (file.endsWith(QLatin1String(".p12")))
                continue;
            const Outcome& outcome = outcomeFor(file);
            if (!outcome.result.ok()) {
                refusedByUs << file;
                continue;
            }
            const Bundle& bundle = outcome.result.value();
            for (qsizetype i = 0; i < bundle.certificates.size(); ++i) {
                const Certificate& certificate = bundle.certificates[i];
                OpensslJob job;
                // openssl x509 reads only the first certificate of a file, and none from PKCS#7: give it the
                // others one by one as we decoded them (fingerprints are over the DER, so a mis-decode still shows).
                const bool opensslReadsFile =
                    bundle.format == Bundle::Format::DerCertificate ||
                    (bundle.format == Bundle::Format::Pem && !readFile(file).contains("-----BEGIN PKCS7"));
                if (i == 0 && opensslReadsFile) {
                    job.arguments = QStringList{QStringLiteral("x509")} + opensslInput(file) + printOptions;
                } else {
                    job.arguments =
                        QStringList{QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER")} +
                        printOptions;
                    job.input = certificate.der();
                }
                jobs << job;
                checked << Checked{file, certificate};
            }
        }
        // Files we refuse that `openssl x509` can read are certificates we would lose; list them.
        QList<OpensslJob> probes;
        QStringList probed;
        static const QStringList certificateSuffixes = {QStringLiteral("pem"), QStringLiteral("der"),
                                                        QStringLiteral("crt"), QStringLiteral("cer"),
                                                        QStringLiteral("p7b"), QStringLiteral("p7c")};
        for (const QString& file : refusedByUs) {
            if (!certificateSuffixes.contains(QFileInfo(file).suffix().toLower()))
                continue;
            probes << OpensslJob{
                QStringList{QStringLiteral("x509"), QStringLiteral("-noout")} + opensslInput(file), {}, {}};
            probed << file;
        }

        QElapsedTimer clock;
        clock.start();
        runConcurrently(jobs);
        runConcurrently(probes);
        const qint64 elapsed = clock.elapsed();

        QStringList mismatches;
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const OpensslJob& job = jobs[i];
            const QString name = relative(checked[i].file);
            QVERIFY2(!job.result.crashed, qPrintable(name + QStringLiteral(": openssl crashed")));
            if (job.result.exitCode != 0) {
                m_onlyWeRead.insert(name, QString::fromUtf8(job.result.err.split('\n').value(0)));
                continue;
            }
            const Certificate& ours = checked[i].certificate;
            const QHash<QString, QString> theirs = printedFields(job.result.out);
            const QList<std::pair<QString, QString>> facts = {
                {QStringLiteral("sha256 Fingerprint"), ours.fingerprintSha256()},
                {QStringLiteral("subject"), ours.subject()},
                {QStringLiteral("issuer"), ours.issuer()},
                {QStringLiteral("serial"), ours.serialHex()},
                {QStringLiteral("notBefore"), opensslIsoTime(ours.notBefore())},
                {QStringLiteral("notAfter"), opensslIsoTime(ours.notAfter())},
            };
            for (const auto& [field, value] : facts) {
                if (!theirs.contains(field))
                    mismatches << QStringLiteral("%1: openssl printed no %2").arg(name, field);
                else if (theirs.value(field) != value)
                    mismatches << QStringLiteral("%1: %2 is “%3”, openssl says “%4”")
                                      .arg(name, field, value, theirs.value(field));
            }
            if (comparableSans(ours.subjectAltNames()) != comparableSans(job.result.out)) {
                mismatches << QStringLiteral("%1: SANs are “%2”, openssl says “%3”")
                                  .arg(name, comparableSans(ours.subjectAltNames()).join(QLatin1String(", ")),
                                       comparableSans(job.result.out).join(QLatin1String(", ")));
            }
            ++m_certificatesCrossChecked;
        }
        for (qsizetype i = 0; i < probes.size(); ++i) {
            if (probes[i].result.exitCode == 0)
                m_onlyOpensslReads.insert(relative(probed[i]), outcomeFor(probed[i]).result.error().message);
        }
        qInfo("cross-checked %d certificates against openssl x509 (%lld runs) and probed %lld refused files in %lld ms",
              m_certificatesCrossChecked, static_cast<long long>(jobs.size()), static_cast<long long>(probes.size()),
              elapsed);
        const QStringList unexplained =
            unexplainedDisagreements(QStringLiteral("read by CertDesk, refused by openssl x509"), m_onlyWeRead,
                                     kKnownOnlyWeRead) +
            unexplainedDisagreements(QStringLiteral("read by openssl x509, refused by CertDesk"), m_onlyOpensslReads,
                                     kKnownOnlyOpensslReads);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 30).join(QLatin1Char('\n'))));
        QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.join(QLatin1Char('\n'))));
        QVERIFY2(m_certificatesCrossChecked > 500, "far fewer certificates than the vectors hold were cross-checked");
    }

    /// Every CSR: subject and self-signature verdict agree with `openssl req`.
    void requests_data() { addFileRows(filesUnder(QStringLiteral("x509/requests"))); }
    void requests()
    {
        QFETCH(QString, path);
        const Outcome& outcome = outcomeFor(path);
        const ProcessResult subject =
            openssl(QStringList{QStringLiteral("req"), QStringLiteral("-noout"), QStringLiteral("-subject"),
                                QStringLiteral("-nameopt"), QStringLiteral("RFC2253,-esc_msb")} +
                    opensslInput(path));
        if (!outcome.result.ok()) {
            // Refusing is fine when openssl cannot read it either; refusing a CSR openssl reads is a lost request.
            QVERIFY2(subject.exitCode != 0,
                     qPrintable(QStringLiteral("openssl reads it; we say: ") + outcome.result.error().message));
            return;
        }
        const Bundle& bundle = outcome.result.value();
        QCOMPARE(bundle.requests.size(), 1);
        QVERIFY2(subject.exitCode == 0,
                 qPrintable(QStringLiteral("we read it, openssl does not: ") + subject.describe()));
        const CertificateRequest& request = bundle.requests.first();
        QCOMPARE(request.subject(), printedFields(subject.out).value(QStringLiteral("subject")));

        const ProcessResult verify =
            openssl(QStringList{QStringLiteral("req"), QStringLiteral("-verify"), QStringLiteral("-noout")} +
                    opensslInput(path));
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        const bool opensslVerifies = verify.err.contains("verify OK");
        QVERIFY2(opensslVerifies || verify.err.contains("verify failure"), qPrintable(verify.describe()));
        QCOMPARE(request.verifySignature(), opensslVerifies);
        ++m_requestsCrossChecked;
    }

    /// The vectors' CSR with a broken signature must not verify: a verifier that says yes to everything fails here.
    void invalidSignatureRequest()
    {
        const Outcome& outcome =
            outcomeFor(QDir(m_root).filePath(QStringLiteral("x509/requests/invalid_signature.pem")));
        QVERIFY2(outcome.result.ok(), qPrintable(failureText(outcome.result)));
        QCOMPARE(outcome.result.value().requests.size(), 1);
        QVERIFY(!outcome.result.value().requests.first().verifySignature());

        const Outcome& good = outcomeFor(QDir(m_root).filePath(QStringLiteral("x509/requests/rsa_sha256.pem")));
        QVERIFY2(good.result.ok(), qPrintable(failureText(good.result)));
        QVERIFY(good.result.value().requests.first().verifySignature());
    }

    /// RC2-40 certificates with a 3DES key: readable with the legacy provider, and the user is told it is old.
    void pkcs12LegacyRc2()
    {
        const auto result = BundleReader::readFile(
            QDir(m_root).filePath(QStringLiteral("pkcs12/cert-rc2-key-3des.p12")), password("cryptography"));
        QVERIFY2(result.ok(), qPrintable(failureText(result)));
        const Bundle& bundle = result.value();
        QCOMPARE(bundle.format, Bundle::Format::Pkcs12);
        QCOMPARE(bundle.certificates.size(), 1);
        QCOMPARE(bundle.keys.size(), 1);
        QVERIFY2(bundle.notes.join(QLatin1Char('\n')).contains(QLatin1String("RC2")),
                 qPrintable(QStringLiteral("no note names RC2: ") + bundle.notes.join(QLatin1String(" | "))));
        QCOMPARE(bundle.certificates.first().publicKeySha256(), bundle.keys.first().publicKeySha256());
    }

    void pkcs12WithoutPassword()
    {
        const auto result = BundleReader::readFile(QDir(m_root).filePath(QStringLiteral("pkcs12/no-password.p12")));
        QVERIFY2(result.ok(), qPrintable(failureText(result)));
        QCOMPARE(result.value().certificates.size(), 1);
        QCOMPARE(result.value().keys.size(), 1);
    }

    void pkcs12WrongPassword()
    {
        const auto result = BundleReader::readFile(
            QDir(m_root).filePath(QStringLiteral("pkcs12/cert-key-aes256cbc.p12")), password("wrong"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason, QStringLiteral("wrong-password"));
        QCOMPARE(clearErrorProblem(result.error()), QString());
    }

    void pkcs12PasswordRequired()
    {
        const auto result =
            BundleReader::readFile(QDir(m_root).filePath(QStringLiteral("pkcs12/cert-key-aes256cbc.p12")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason, QStringLiteral("password-required"));
        QCOMPARE(clearErrorProblem(result.error()), QString());
    }

    /// Every pkcs12/ file: "-no-pwd" files open without a password, the others need one; counts agree with openssl.
    void pkcs12Contents_data() { addFileRows(filesUnder(QStringLiteral("pkcs12"))); }
    void pkcs12Contents()
    {
        QFETCH(QString, path);
        const QString name = QFileInfo(path).fileName();
        QByteArray expectedPassword;
        if (name.startsWith(QLatin1String("cert-")) || name.contains(QLatin1String("aes256cbc")))
            expectedPassword = "cryptography";
        else if (name.endsWith(QLatin1String("-pwd.p12")) && !name.endsWith(QLatin1String("-no-pwd.p12")))
            expectedPassword = "password";
        const Outcome& outcome = outcomeFor(path);
        QVERIFY2(outcome.result.ok(), qPrintable(failureText(outcome.result)));
        QCOMPARE(outcome.passwordUsed, expectedPassword);
        const Bundle& bundle = outcome.result.value();
        QCOMPARE(bundle.format, Bundle::Format::Pkcs12);

        // -legacy: openssl 3 needs it for RC2; -passin pass: is also how openssl spells "no password".
        const QStringList base = {
            QStringLiteral("pkcs12"),  QStringLiteral("-legacy"),
            QStringLiteral("-in"),     path,
            QStringLiteral("-passin"), QStringLiteral("pass:") + QString::fromLatin1(outcome.passwordUsed)};
        const ProcessResult certs = openssl(base + QStringList{QStringLiteral("-nokeys")});
        QVERIFY2(certs.exitCode == 0, qPrintable(certs.describe()));
        const ProcessResult keys = openssl(base + QStringList{QStringLiteral("-nocerts"), QStringLiteral("-nodes")});
        QVERIFY2(keys.exitCode == 0, qPrintable(keys.describe()));
        QCOMPARE(bundle.certificates.size(), static_cast<qsizetype>(certs.out.count("-----BEGIN CERTIFICATE-----")));
        QCOMPARE(bundle.keys.size(), static_cast<qsizetype>(keys.out.count("PRIVATE KEY-----") / 2));
        // The same certificates, in the same order.
        QList<QByteArray> ours;
        for (const Certificate& certificate : bundle.certificates)
            ours << certificate.pem();
        QCOMPARE(ours, pemBlocks(certs.out));
        ++m_pkcs12CrossChecked;
    }

    /// The bundle's name (it becomes the identity's name in the vault) is the key's friendlyName, or that of the
    /// certificate that goes with the key: never a CA certificate's. Expectations from the vectors' own test suite.
    void pkcs12Labels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        const QString smile = QString(QChar(0x263A));
        const QString frown = QString(QChar(0x2639));
        for (const QString& protection : {QStringLiteral("no-pwd"), QStringLiteral("pwd")}) {
            const auto row = [&](const QString& stem, const QString& label) {
                const QString file = QStringLiteral("%1-%2.p12").arg(stem, protection);
                QTest::newRow(qPrintable(file)) << file << label;
            };
            row(QStringLiteral("name-1"), QStringLiteral("name"));
            row(QStringLiteral("name-2"), QString()); // only the second certificate, a CA, is named
            row(QStringLiteral("name-3"), QString());
            row(QStringLiteral("name-2-3"), QString());
            row(QStringLiteral("name-all"), QStringLiteral("name"));
            row(QStringLiteral("name-unicode"), smile);
            row(QStringLiteral("no-name"), QString());
            // No key: the first named certificate names the file.
            row(QStringLiteral("no-cert-name-2"), QStringLiteral("name2"));
            row(QStringLiteral("no-cert-name-3"), QStringLiteral("name3"));
            row(QStringLiteral("no-cert-name-all"), QStringLiteral("name2"));
            row(QStringLiteral("no-cert-name-unicode"), frown);
            row(QStringLiteral("no-cert-no-name"), QString());
        }
    }
    void pkcs12Labels()
    {
        QFETCH(QString, file);
        QFETCH(QString, label);
        const Outcome& outcome = outcomeFor(QDir(m_root).filePath(QStringLiteral("pkcs12/") + file));
        QVERIFY2(outcome.result.ok(), qPrintable(failureText(outcome.result)));
        QCOMPARE(outcome.result.value().label, label);
    }

    /// A crafted bundle the vectors lack: an encrypted section without content must be refused, not crash.
    void pkcs12ContentlessEncryptedSection_data()
    {
        QTest::addColumn<bool>("withMac");
        QTest::newRow("with MAC") << true;
        QTest::newRow("without MAC") << false;
    }
    void pkcs12ContentlessEncryptedSection()
    {
        QFETCH(bool, withMac);
        const QByteArray der = pkcs12WithContentlessEncryptedSection(withMac);
        QVERIFY(!der.isEmpty());
        const auto result = BundleReader::read(der);
        QVERIFY(!result.ok());
        QCOMPARE(clearErrorProblem(result.error()), QString());
        QCOMPARE(result.error().reason, QStringLiteral("damaged"));
    }

    void cleanupTestCase()
    {
        QStringList reasons;
        for (auto it = m_failureReasons.cbegin(); it != m_failureReasons.cend(); ++it)
            reasons << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        reasons.sort();
        qInfo("vectors: %lld files; %d parsed, %d failed with a clear error (%s); cross-checked with openssl: %d "
              "certificates, %d CSRs, %d PKCS#12; %lld read only by us, %lld only by openssl x509; %lld ms",
              static_cast<long long>(m_files.size()), m_parsed, m_failedClearly,
              qPrintable(reasons.join(QLatin1String(", "))), m_certificatesCrossChecked, m_requestsCrossChecked,
              m_pkcs12CrossChecked, static_cast<long long>(m_onlyWeRead.size()),
              static_cast<long long>(m_onlyOpensslReads.size()), m_clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestVectors)
#include "tst_vectors.moc"
