#include "keystores/NssStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringList>

// Qt defines `slots` as a keyword; NSS has a struct member of that name (secmodt.h).
#pragma push_macro("slots")
#undef slots
#include <cert.h>
#include <certdb.h>
#include <keyhi.h>
#include <nss.h>
#include <nssutil.h>
#include <pk11pub.h>
#include <prerror.h>
#include <secerr.h>
#include <secmod.h>
extern "C" { // utilpars.h lacks its own C linkage guard
#include <utilpars.h>
}
#pragma pop_macro("slots")

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>

namespace certdesk {

namespace {

// ---- owning pointers for NSS objects (one deleter per type, as for OpenSSL in OpenSslPtr.h) ----

template <typename T> struct NssDeleter;
#define CERTDESK_NSS_DELETER(Type, freeCall)                                                                           \
    template <> struct NssDeleter<Type>                                                                                \
    {                                                                                                                  \
        void operator()(Type* p) const { freeCall; }                                                                   \
    };
CERTDESK_NSS_DELETER(CERTCertificate, CERT_DestroyCertificate(p))
CERTDESK_NSS_DELETER(CERTCertList, CERT_DestroyCertList(p))
CERTDESK_NSS_DELETER(SECKEYPrivateKey, SECKEY_DestroyPrivateKey(p))
CERTDESK_NSS_DELETER(SECKEYPublicKey, SECKEY_DestroyPublicKey(p))
CERTDESK_NSS_DELETER(SECItem, SECITEM_FreeItem(p, PR_TRUE))
#undef CERTDESK_NSS_DELETER

template <typename T> using NssPtr = std::unique_ptr<T, NssDeleter<T>>;

// NSS keeps process-wide state (the trust domain, the password callback, the module list): one store call at a time.
std::mutex& nssMutex()
{
    static std::mutex mutex;
    return mutex;
}

bool g_lastShutdownClean = true;

QString nssErrorDetail()
{
    const PRErrorCode code = PR_GetError();
    const char* name = PR_ErrorToName(code);
    const char* text = PR_ErrorToString(code, PR_LANGUAGE_I_DEFAULT);
    return QStringLiteral("%1 (%2): %3")
        .arg(name ? QString::fromLatin1(name) : QStringLiteral("NSS error"))
        .arg(code)
        .arg(text ? QString::fromUtf8(text) : QString());
}

Error storeError(const QString& message, const QString& reason, const QString& detail = nssErrorDetail())
{
    return makeError(ErrorCode::Keystore, message, detail, reason);
}

Error badInput(const QString& message, const QString& reason)
{
    return makeError(ErrorCode::BadInput, message, {}, reason);
}

char* passwordCallback(PK11SlotInfo*, PRBool retry, void* arg)
{
    // Never retry with the same password: a wrong one would otherwise be tried in a loop.
    if (retry || !arg)
        return nullptr;
    return PORT_Strdup(static_cast<const SecureBytes*>(arg)->chars());
}

SECItem itemOf(const QByteArray& bytes)
{
    return SECItem{siBuffer, reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.constData())),
                   static_cast<unsigned int>(bytes.size())};
}

/// The process that holds a Firefox profile open, if any. Firefox takes an fcntl lock on `.parentlock` and points
/// the `lock` symlink at "host:+pid"; a crashed Firefox leaves the symlink behind, so its pid must be alive.
std::optional<qint64> firefoxLockHolder(const QString& directory)
{
    const QByteArray parentLock = QFile::encodeName(QDir(directory).filePath(QStringLiteral(".parentlock")));
    const int fd = ::open(parentLock.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        struct flock query = {};
        query.l_type = F_WRLCK;
        query.l_whence = SEEK_SET;
        const bool asked = ::fcntl(fd, F_GETLK, &query) == 0;
        ::close(fd);
        if (asked && query.l_type != F_UNLCK)
            return static_cast<qint64>(query.l_pid);
    }
    const QByteArray rawTarget = [&] {
        char buffer[256] = {};
        const QByteArray link = QFile::encodeName(QDir(directory).filePath(QStringLiteral("lock")));
        const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer - 1);
        return n > 0 ? QByteArray(buffer, static_cast<qsizetype>(n)) : QByteArray();
    }();
    const qsizetype plus = rawTarget.lastIndexOf(":+");
    if (plus < 0)
        return std::nullopt;
    bool isNumber = false;
    const qint64 pid = rawTarget.mid(plus + 2).toLongLong(&isNumber);
    if (!isNumber || pid <= 0)
        return std::nullopt;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return std::nullopt;
    // A reused pid of some other program is not Firefox; only trust a live process that looks like it.
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray name = comm.readAll().trimmed().toLower();
    if (name.contains("firefox") || name.contains("geckomain"))
        return pid;
    return std::nullopt;
}

bool looksLikeFirefoxProfile(const QString& directory)
{
    const QDir dir(directory);
    return QFileInfo::exists(dir.filePath(QStringLiteral("prefs.js"))) ||
           QFileInfo::exists(dir.filePath(QStringLiteral(".parentlock"))) ||
           QFileInfo(dir.filePath(QStringLiteral("lock"))).isSymLink() ||
           QFileInfo::exists(dir.filePath(QStringLiteral("times.json")));
}

Error inUseError(qint64 pid)
{
    return makeError(ErrorCode::Keystore,
                     QObject::tr("Close Firefox first: it has this profile open, and changing its certificate "
                                 "database now could damage it. Then try again."),
                     QStringLiteral("profile locked by process %1").arg(pid), QStringLiteral("store-in-use"));
}

/// Creates every missing folder of `path` with mode 0700, as Chromium does for ~/.pki/nssdb.
bool makePrivateDirectories(const QString& path)
{
    const QStringList parts = QDir::cleanPath(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString current;
    for (const QString& part : parts) {
        current += QLatin1Char('/') + part;
        if (QFileInfo(current).isDir())
            continue;
        if (::mkdir(QFile::encodeName(current).constData(), 0700) != 0 && errno != EEXIST)
            return false;
    }
    return true;
}

/// One NSS context with one DB open as a user slot (SECMOD_OpenUserDB, the way Chromium opens ~/.pki/nssdb):
/// every object is looked up on exactly this slot, whatever else the process has loaded. Closed in the destructor.
class NssSession
{
public:
    enum class Access
    {
        Read,
        Write,
    };
    enum class Login
    {
        Needed,
        NotNeeded,
    };

    static Result<std::unique_ptr<NssSession>> open(const StoreLocation& location, NssStore::Creation creation,
                                                    const StoreCredentials& credentials, Access access, Login login);
    ~NssSession();
    NssSession(const NssSession&) = delete;
    NssSession& operator=(const NssSession&) = delete;

    PK11SlotInfo* slot() const { return m_slot; }
    void* wincx() const { return m_wincx; }
    CERTCertDBHandle* certDb() const { return CERT_GetDefaultCertDB(); }

    /// The certificate as stored on this slot, or null.
    NssPtr<CERTCertificate> findOnSlot(const Certificate& certificate) const
    {
        const QByteArray der = certificate.der();
        SECItem item = itemOf(der);
        return NssPtr<CERTCertificate>(PK11_FindCertFromDERCertItem(m_slot, &item, m_wincx));
    }
    /// The label without the "Token Name:" prefix NSS adds for slots other than the internal one.
    QString plainNickname(const char* nickname) const
    {
        QString name = nickname ? QString::fromUtf8(nickname) : QString();
        const QString prefix = QString::fromUtf8(PK11_GetTokenName(m_slot)) + QLatin1Char(':');
        if (name.startsWith(prefix))
            name = name.mid(prefix.size());
        return name;
    }

private:
    NssSession() = default;
    std::unique_lock<std::mutex> m_lock{nssMutex()};
    NSSInitContext* m_context = nullptr;
    PK11SlotInfo* m_slot = nullptr;
    void* m_wincx = nullptr;
};

Result<std::unique_ptr<NssSession>> NssSession::open(const StoreLocation& location, NssStore::Creation creation,
                                                     const StoreCredentials& credentials, Access access, Login login)
{
    std::unique_ptr<NssSession> session(new NssSession);
    const QString path = location.path;
    const QDir dir(path);
    const QString where = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !QFileInfo(path).isAbsolute())
        return badInput(QObject::tr("Give the full path of the NSS database folder."),
                        QStringLiteral("bad-store-path"));

    const bool isSharedDb = QDir::cleanPath(path).endsWith(QStringLiteral("/.pki/nssdb"));
    // Only a change creates a database: reading an absent one (a reminder check, a listing) leaves the disk alone.
    const bool mayCreate = access == Access::Write && (creation == NssStore::Creation::CreateIfMissing ||
                                                       (creation == NssStore::Creation::Automatic && isSharedDb));
    const bool hasSqlDb = QFileInfo::exists(dir.filePath(QStringLiteral("cert9.db"))) ||
                          QFileInfo::exists(dir.filePath(QStringLiteral("key4.db")));
    const bool hasLegacyDb = QFileInfo::exists(dir.filePath(QStringLiteral("cert8.db")));

    if (!hasSqlDb && hasLegacyDb)
        return storeError(QObject::tr("The certificate database in %1 is in the old format (cert8.db) that only "
                                      "one program can use at a time. Open it once with a current Firefox or "
                                      "Chromium, which converts it, then try again.")
                              .arg(where),
                          QStringLiteral("store-legacy-format"), {});
    if (!hasSqlDb && !mayCreate)
        return storeError(QObject::tr("There is no NSS certificate database in %1. Check the folder, or "
                                      "start the application that owns it once so that it creates one.")
                              .arg(where),
                          QStringLiteral("store-not-found"), {});
    // A missing shared DB is created even to be read, as Chromium would: it then lists as empty.
    const bool openReadOnly = access == Access::Read && hasSqlDb;
    if (!hasSqlDb && !makePrivateDirectories(path))
        return storeError(QObject::tr("CertDesk could not create the folder %1 for the certificate database. "
                                      "Check that you may write to it.")
                              .arg(where),
                          QStringLiteral("store-not-writable"), QString::fromLocal8Bit(strerror(errno)));

    std::optional<qint64> holder;
    if (looksLikeFirefoxProfile(path))
        holder = firefoxLockHolder(path);
    if (holder && access == Access::Write)
        return inUseError(*holder);

    if (access == Access::Write && hasSqlDb) {
        // Checked before NSS opens the DB: NSS would open it read-only without saying so, and fail at the first write.
        QString notWritable;
        for (const QString& name : {QString(), QStringLiteral("cert9.db"), QStringLiteral("key4.db")}) {
            const QString file = name.isEmpty() ? path : dir.filePath(name);
            if (QFileInfo::exists(file) && ::access(QFile::encodeName(file).constData(), W_OK) != 0) {
                notWritable = QStringLiteral("%1: %2").arg(file, QString::fromLocal8Bit(strerror(errno)));
                break;
            }
        }
        if (!notWritable.isEmpty())
            return storeError(QObject::tr("The certificate database in %1 is read-only for you. Ask whoever "
                                          "manages this computer, or choose another store.")
                                  .arg(where),
                              QStringLiteral("store-read-only"), notWritable);
    }

    static std::once_flag errorTables;
    std::call_once(errorTables, [] { NSS_InitializePRErrorTable(); });

    // The context itself has no DB; the store's DB is added below as a user slot, so that it is always the slot we
    // search, even if another part of the process initialised NSS with some other DB.
    session->m_context = NSS_InitContext("", "", "", "", nullptr,
                                         NSS_INIT_READONLY | NSS_INIT_NOCERTDB | NSS_INIT_NOMODDB | NSS_INIT_FORCEOPEN |
                                             NSS_INIT_NOROOTINIT | NSS_INIT_OPTIMIZESPACE);
    if (!session->m_context)
        return storeError(QObject::tr("The NSS library could not start, so CertDesk cannot open %1.").arg(where),
                          QStringLiteral("nss-init-failed"));
    PK11_SetPasswordFunc(passwordCallback);
    if (credentials.password)
        session->m_wincx = const_cast<SecureBytes*>(&*credentials.password);

    const QByteArray configDir = QByteArrayLiteral("sql:") + QFile::encodeName(path);
    char* quoted = NSSUTIL_Quote(configDir.constData(), '\'');
    QByteArray spec =
        QByteArrayLiteral("configDir=") + quoted + QByteArrayLiteral(" tokenDescription='CertDesk NSS DB'");
    PORT_Free(quoted);
    if (openReadOnly)
        spec += QByteArrayLiteral(" flags=readOnly");
    session->m_slot = SECMOD_OpenUserDB(spec.constData());
    if (!session->m_slot || !PK11_IsPresent(session->m_slot)) {
        if (holder)
            return inUseError(*holder);
        return storeError(QObject::tr("The certificate database in %1 cannot be read: it may be damaged, or "
                                      "another program may have it open. Close Firefox and other browsers and "
                                      "try again.")
                              .arg(where),
                          QStringLiteral("store-unreadable"));
    }

    if (access == Access::Write && PK11_IsReadOnly(session->m_slot))
        return storeError(QObject::tr("The certificate database in %1 is read-only for you. Ask whoever manages "
                                      "this computer, or choose another store.")
                              .arg(where),
                          QStringLiteral("store-read-only"));

    // A DB that was just created has no password yet; give it the empty one, as Chromium does.
    if (!openReadOnly && PK11_NeedUserInit(session->m_slot) && PK11_InitPin(session->m_slot, "", "") != SECSuccess)
        return storeError(QObject::tr("CertDesk could not set up the new certificate database in %1.").arg(where),
                          QStringLiteral("store-init-failed"));

    if (login == Login::Needed && PK11_NeedLogin(session->m_slot) && !PK11_IsLoggedIn(session->m_slot, nullptr)) {
        if (!credentials.password)
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The certificate database in %1 is protected by a password (Firefox calls "
                                         "it the Primary Password). Enter it to continue.")
                                 .arg(where),
                             {}, QStringLiteral("store-password-required"));
        if (PK11_CheckUserPassword(session->m_slot, credentials.password->chars()) != SECSuccess) {
            if (PR_GetError() == SEC_ERROR_BAD_PASSWORD)
                return makeError(ErrorCode::Keystore,
                                 QObject::tr("The password of the certificate database in %1 is not correct. "
                                             "Enter it again (Firefox calls it the Primary Password).")
                                     .arg(where),
                                 nssErrorDetail(), QStringLiteral("wrong-store-password"));
            return storeError(QObject::tr("CertDesk could not log in to the certificate database in %1.").arg(where),
                              QStringLiteral("store-login-failed"));
        }
    }
    return session;
}

NssSession::~NssSession()
{
    if (m_slot) {
        SECMOD_CloseUserDB(m_slot);
        PK11_FreeSlot(m_slot);
    }
    if (m_context) {
        // Fails with SEC_ERROR_BUSY when an object is still referenced: that would be a leak in this file.
        g_lastShutdownClean = NSS_ShutdownContext(m_context) == SECSuccess;
    }
}

bool isCaTrusted(CERTCertificate* cert)
{
    CERTCertTrust trust;
    if (CERT_GetCertTrust(cert, &trust) != SECSuccess)
        return false;
    const unsigned int anchor = CERTDB_TRUSTED_CA | CERTDB_TRUSTED_CLIENT_CA;
    return ((trust.sslFlags | trust.emailFlags | trust.objectSigningFlags) & anchor) != 0;
}

bool hasClientAuthTrust(CERTCertificate* cert)
{
    CERTCertTrust trust;
    if (CERT_GetCertTrust(cert, &trust) != SECSuccess)
        return false;
    const unsigned int need = CERTDB_TRUSTED_CA | CERTDB_TRUSTED_CLIENT_CA | CERTDB_VALID_CA;
    return (trust.sslFlags & need) == need;
}

/// Every label on the slot, with the subject it belongs to (NSS wants one subject per nickname).
QList<std::pair<QString, QByteArray>> labelsOnSlot(const NssSession& session)
{
    QList<std::pair<QString, QByteArray>> labels;
    NssPtr<CERTCertList> list(PK11_ListCertsInSlot(session.slot()));
    if (!list)
        return labels;
    for (CERTCertListNode* node = CERT_LIST_HEAD(list.get()); !CERT_LIST_END(node, list.get());
         node = CERT_LIST_NEXT(node)) {
        const char* name = node->appData ? static_cast<const char*>(node->appData) : node->cert->nickname;
        labels.append(
            {session.plainNickname(name), QByteArray(reinterpret_cast<const char*>(node->cert->derSubject.data),
                                                     static_cast<qsizetype>(node->cert->derSubject.len))});
    }
    return labels;
}

/// The nickname itself when free or already used by the same subject, else "name #2", "name #3", …
QString freeNickname(const QList<std::pair<QString, QByteArray>>& labels, const QString& wanted,
                     const QByteArray& subject)
{
    for (int n = 1; n < 100; ++n) {
        const QString candidate = n == 1 ? wanted : QStringLiteral("%1 #%2").arg(wanted).arg(n);
        bool clash = false;
        for (const auto& [label, labelSubject] : labels)
            clash = clash || (label == candidate && labelSubject != subject);
        if (!clash)
            return candidate;
    }
    return {};
}

QByteArray derSubjectOf(CERTCertificate* cert)
{
    return QByteArray(reinterpret_cast<const char*>(cert->derSubject.data),
                      static_cast<qsizetype>(cert->derSubject.len));
}

/// What installIdentity changed, so that a failure can put everything back.
struct Changes
{
    std::vector<NssPtr<CERTCertificate>> addedCerts;
    std::vector<std::pair<NssPtr<CERTCertificate>, CERTCertTrust>> retrusted;
    NssPtr<SECKEYPrivateKey> addedKey;
    CK_OBJECT_HANDLE addedPublicKey = CK_INVALID_HANDLE;

    void undo(const NssSession& session)
    {
        if (addedPublicKey != CK_INVALID_HANDLE)
            PK11_DestroyTokenObject(session.slot(), addedPublicKey);
        addedPublicKey = CK_INVALID_HANDLE;
        for (auto& [cert, oldTrust] : retrusted)
            CERT_ChangeCertTrust(session.certDb(), cert.get(), &oldTrust);
        for (auto& cert : addedCerts)
            SEC_DeletePermCertificate(cert.get());
        if (addedKey)
            PK11_DeleteTokenPrivateKey(addedKey.release(), PR_TRUE); // frees the key object too
        retrusted.clear();
        addedCerts.clear();
    }
};

/// Puts a certificate on the slot (unless it is there) and returns the stored copy; records it in `changes`.
Result<NssPtr<CERTCertificate>> importCertificate(const NssSession& session, const Certificate& certificate,
                                                  const QString& nickname, Changes& changes)
{
    if (NssPtr<CERTCertificate> existing = session.findOnSlot(certificate))
        return existing;
    const QByteArray der = certificate.der();
    SECItem item = itemOf(der);
    NssPtr<CERTCertificate> temp(CERT_NewTempCertificate(session.certDb(), &item, nullptr, PR_FALSE, PR_TRUE));
    if (!temp)
        return makeError(ErrorCode::BadInput,
                         QObject::tr("NSS cannot read the certificate “%1”.").arg(certificate.subject()),
                         nssErrorDetail(), QStringLiteral("bad-certificate"));
    const QByteArray nick = nickname.toUtf8();
    if (PK11_ImportCert(session.slot(), temp.get(), CK_INVALID_HANDLE, nick.constData(), PR_FALSE) != SECSuccess)
        return storeError(QObject::tr("CertDesk could not add the certificate “%1” to the certificate database.")
                              .arg(certificate.subject()),
                          QStringLiteral("store-write-failed"));
    NssPtr<CERTCertificate> stored = session.findOnSlot(certificate);
    if (!stored)
        return storeError(QObject::tr("The certificate “%1” was added but cannot be found in the database again.")
                              .arg(certificate.subject()),
                          QStringLiteral("store-write-failed"));
    changes.addedCerts.push_back(NssPtr<CERTCertificate>(CERT_DupCertificate(stored.get())));
    return stored;
}

/// Trusts a CA certificate as `CT,C,`. NSS needs the T (trusted for client auth) on the issuing CA, or client-auth
/// verification fails with C,, alone.
Result<void> trustAsCa(const NssSession& session, CERTCertificate* cert, Changes& changes)
{
    CERTCertTrust oldTrust{};
    const bool hadTrust = CERT_GetCertTrust(cert, &oldTrust) == SECSuccess;
    CERTCertTrust trust{};
    if (CERT_DecodeTrustString(&trust, "CT,C,") != SECSuccess)
        return storeError(QObject::tr("CertDesk could not prepare the trust settings."),
                          QStringLiteral("store-trust-failed"));
    // Keep what was there besides (e.g. object-signing trust set by someone else).
    if (hadTrust) {
        trust.sslFlags |= oldTrust.sslFlags & ~CERTDB_TERMINAL_RECORD;
        trust.emailFlags |= oldTrust.emailFlags & ~CERTDB_TERMINAL_RECORD;
        trust.objectSigningFlags |= oldTrust.objectSigningFlags;
    }
    if (CERT_ChangeCertTrust(session.certDb(), cert, &trust) != SECSuccess)
        return storeError(QObject::tr("CertDesk could not mark “%1” as a trusted certificate authority.")
                              .arg(QString::fromUtf8(cert->subjectName)),
                          QStringLiteral("store-trust-failed"));
    if (hadTrust)
        changes.retrusted.emplace_back(NssPtr<CERTCertificate>(CERT_DupCertificate(cert)), oldTrust);
    if (!hasClientAuthTrust(cert))
        return storeError(QObject::tr("The trust settings of “%1” did not stick in the certificate database.")
                              .arg(QString::fromUtf8(cert->subjectName)),
                          QStringLiteral("store-trust-failed"), {});
    return {};
}

QString defaultNickname(const Certificate& certificate)
{
    const QString cn = certificate.commonName();
    return cn.isEmpty() ? certificate.subject() : cn;
}

/// The value NSS derives a key's CKA_ID from (modulus or public point); null for key types NSS cannot link.
SECItem* publicValueOf(SECKEYPublicKey* key)
{
    switch (key->keyType) {
    case rsaKey:
        return &key->u.rsa.modulus;
    case ecKey:
        return &key->u.ec.publicValue;
    case dsaKey:
        return &key->u.dsa.publicValue;
    default:
        return nullptr;
    }
}

/// Deletes the token public-key object with this value, if the slot has one.
void deletePublicKeyObject(const NssSession& session, SECItem* publicValue)
{
    SECKEYPublicKeyList* keys = PK11_ListPublicKeysInSlot(session.slot(), nullptr);
    if (!keys)
        return;
    for (SECKEYPublicKeyListNode* node = PUBKEY_LIST_HEAD(keys); !PUBKEY_LIST_END(node, keys);
         node = PUBKEY_LIST_NEXT(node)) {
        SECItem* value = publicValueOf(node->key);
        if (value && SECITEM_ItemsAreEqual(value, publicValue)) {
            // Not PK11_DeleteTokenPublicKey: it also frees the key, which the list still owns.
            PK11_DestroyTokenObject(node->key->pkcs11Slot, node->key->pkcs11ID);
            break;
        }
    }
    SECKEY_DestroyPublicKeyList(keys);
}

bool hasPublicKeyObject(const NssSession& session, SECItem* publicValue)
{
    SECKEYPublicKeyList* keys = PK11_ListPublicKeysInSlot(session.slot(), nullptr);
    if (!keys)
        return false;
    bool found = false;
    for (SECKEYPublicKeyListNode* node = PUBKEY_LIST_HEAD(keys); !PUBKEY_LIST_END(node, keys) && !found;
         node = PUBKEY_LIST_NEXT(node)) {
        SECItem* value = publicValueOf(node->key);
        found = value && SECITEM_ItemsAreEqual(value, publicValue);
    }
    SECKEY_DestroyPublicKeyList(keys);
    return found;
}

} // namespace

NssStore::NssStore(StoreLocation location, const StoreCredentials& credentials, Creation creation)
    : m_location(std::move(location)), m_creation(creation)
{
    if (credentials.password)
        m_credentials.password = credentials.password->clone();
}

NssStore::~NssStore() = default;

StoreLocation NssStore::location() const
{
    return m_location;
}

bool NssStore::lastShutdownWasClean()
{
    std::lock_guard<std::mutex> lock(nssMutex());
    return g_lastShutdownClean;
}

bool NssStore::holdsNothingYet() const
{
    const QDir dir(m_location.path);
    const bool exists = QFileInfo::exists(dir.filePath(QStringLiteral("cert9.db"))) ||
                        QFileInfo::exists(dir.filePath(QStringLiteral("key4.db"))) ||
                        QFileInfo::exists(dir.filePath(QStringLiteral("cert8.db")));
    const bool creatable = m_creation == Creation::CreateIfMissing ||
                           (m_creation == Creation::Automatic &&
                            QDir::cleanPath(m_location.path).endsWith(QStringLiteral("/.pki/nssdb")));
    return !exists && creatable;
}

Result<QList<StoredItem>> NssStore::list()
{
    if (holdsNothingYet())
        return QList<StoredItem>();
    auto opened =
        NssSession::open(m_location, m_creation, m_credentials, NssSession::Access::Read, NssSession::Login::Needed);
    if (!opened)
        return opened.error();
    const NssSession& session = *opened.value();
    QList<StoredItem> items;
    NssPtr<CERTCertList> list(PK11_ListCertsInSlot(session.slot()));
    if (!list)
        return storeError(QObject::tr("CertDesk could not read the certificates in %1.")
                              .arg(QDir::toNativeSeparators(m_location.path)),
                          QStringLiteral("store-unreadable"));
    for (CERTCertListNode* node = CERT_LIST_HEAD(list.get()); !CERT_LIST_END(node, list.get());
         node = CERT_LIST_NEXT(node)) {
        auto certificate = Certificate::fromDer(QByteArray(reinterpret_cast<const char*>(node->cert->derCert.data),
                                                           static_cast<qsizetype>(node->cert->derCert.len)));
        if (!certificate)
            continue; // NSS stores things OpenSSL refuses; they are not CertDesk's to show
        StoredItem item;
        item.nickname =
            session.plainNickname(node->appData ? static_cast<const char*>(node->appData) : node->cert->nickname);
        item.certificate = certificate.value();
        NssPtr<SECKEYPrivateKey> key(PK11_FindPrivateKeyFromCert(session.slot(), node->cert, session.wincx()));
        item.hasPrivateKey = key != nullptr;
        item.trustedAsCa = isCaTrusted(node->cert);
        items.append(item);
    }
    return items;
}

Result<void> NssStore::installIdentity(const InstallRequest& request)
{
    if (request.certificate.isNull() || request.key.isNull())
        return badInput(QObject::tr("Choose a certificate together with its private key to install."),
                        QStringLiteral("missing-key-or-certificate"));
    if (request.key.publicKeySha256() != request.certificate.publicKeySha256())
        return badInput(
            QObject::tr("The private key does not belong to the certificate “%1”.").arg(request.certificate.subject()),
            QStringLiteral("key-mismatch"));
    if (request.key.description().id == QStringLiteral("ed25519"))
        return badInput(QObject::tr("Firefox and Chromium cannot use Ed25519 keys for signing in yet. Request a "
                                    "certificate with an EC P-256 or RSA key instead."),
                        QStringLiteral("unsupported-key-type"));
    const QString nickname = request.nickname.isEmpty() ? defaultNickname(request.certificate) : request.nickname;

    auto opened =
        NssSession::open(m_location, m_creation, m_credentials, NssSession::Access::Write, NssSession::Login::Needed);
    if (!opened)
        return opened.error();
    const NssSession& session = *opened.value();

    // Parse everything before changing anything.
    const QByteArray leafDer = request.certificate.der();
    SECItem leafItem = itemOf(leafDer);
    NssPtr<CERTCertificate> leafTemp(CERT_NewTempCertificate(session.certDb(), &leafItem, nullptr, PR_FALSE, PR_TRUE));
    if (!leafTemp)
        return makeError(ErrorCode::BadInput,
                         QObject::tr("NSS cannot read the certificate “%1”.").arg(request.certificate.subject()),
                         nssErrorDetail(), QStringLiteral("bad-certificate"));
    NssPtr<SECKEYPublicKey> publicKey(CERT_ExtractPublicKey(leafTemp.get()));
    if (!publicKey)
        return makeError(ErrorCode::BadInput,
                         QObject::tr("NSS cannot read the public key of “%1”.").arg(request.certificate.subject()),
                         nssErrorDetail(), QStringLiteral("unsupported-key-type"));
    // The key's CKA_ID is made from this value exactly as NSS makes it for the certificate: that is what links them.
    SECItem* publicValue = publicValueOf(publicKey.get());
    if (!publicValue)
        return badInput(QObject::tr("This kind of key cannot be installed into an NSS database. Use an EC or RSA key."),
                        QStringLiteral("unsupported-key-type"));

    const auto labels = labelsOnSlot(session);
    const QString leafNickname = freeNickname(labels, nickname, derSubjectOf(leafTemp.get()));
    if (leafNickname != nickname)
        return badInput(QObject::tr("The name “%1” is already used in this store by a certificate for someone "
                                    "else. Choose another name.")
                            .arg(nickname),
                        QStringLiteral("nickname-in-use"));

    Changes changes;
    auto fail = [&](Error error) -> Result<void> {
        changes.undo(session);
        return error;
    };

    // The key, unless the DB has it already (a renewed certificate for the same key).
    NssPtr<SECItem> keyId(PK11_MakeIDFromPubKey(publicValue));
    NssPtr<SECKEYPrivateKey> existingKey(keyId ? PK11_FindKeyByKeyID(session.slot(), keyId.get(), session.wincx())
                                               : nullptr);
    if (!existingKey) {
        auto pkcs8 = request.key.toPkcs8Der();
        if (!pkcs8)
            return pkcs8.error();
        SECItem keyItem{siBuffer, pkcs8.value().data(), static_cast<unsigned int>(pkcs8.value().size())};
        const QByteArray nick = leafNickname.toUtf8();
        SECItem nickItem = itemOf(nick);
        SECKEYPrivateKey* imported = nullptr;
        if (PK11_ImportDERPrivateKeyInfoAndReturnKey(session.slot(), &keyItem, &nickItem, publicValue, PR_TRUE, PR_TRUE,
                                                     KU_ALL, &imported, session.wincx()) != SECSuccess ||
            !imported)
            return fail(storeError(QObject::tr("CertDesk could not add the private key to the certificate database."),
                                   QStringLiteral("store-write-failed")));
        changes.addedKey.reset(imported);
    }
    // A token public-key object with the same CKA_ID, as pk12util and Firefox create: in a DB with a password the
    // private key is invisible until login, and NSS then recognises a user certificate only by this object.
    if (!hasPublicKeyObject(session, publicValue)) {
        const CK_OBJECT_HANDLE handle = PK11_ImportPublicKey(session.slot(), publicKey.get(), PR_TRUE);
        if (handle == CK_INVALID_HANDLE)
            return fail(storeError(QObject::tr("CertDesk could not add the public key to the certificate database."),
                                   QStringLiteral("store-write-failed")));
        changes.addedPublicKey = handle;
    }

    auto leaf = importCertificate(session, request.certificate, leafNickname, changes);
    if (!leaf)
        return fail(leaf.error());

    for (const Certificate& ca : request.chain) {
        if (ca.isNull() || ca == request.certificate)
            continue;
        const QByteArray caDer = ca.der();
        SECItem caItem = itemOf(caDer);
        NssPtr<CERTCertificate> caTemp(CERT_NewTempCertificate(session.certDb(), &caItem, nullptr, PR_FALSE, PR_TRUE));
        if (!caTemp)
            return fail(makeError(ErrorCode::BadInput,
                                  QObject::tr("NSS cannot read the chain certificate “%1”.").arg(ca.subject()),
                                  nssErrorDetail(), QStringLiteral("bad-certificate")));
        const QString caNickname = freeNickname(labels, defaultNickname(ca), derSubjectOf(caTemp.get()));
        caTemp.reset();
        auto stored = importCertificate(session, ca, caNickname, changes);
        if (!stored)
            return fail(stored.error());
        if (ca.isCa()) {
            auto trusted = trustAsCa(session, stored.value().get(), changes);
            if (!trusted)
                return fail(trusted.error());
        }
    }

    // Read back: the key must be found from the certificate, or browsers will not offer it.
    NssPtr<CERTCertificate> stored = session.findOnSlot(request.certificate);
    NssPtr<SECKEYPrivateKey> linked(stored ? PK11_FindKeyByAnyCert(stored.get(), session.wincx()) : nullptr);
    if (!stored || !linked)
        return fail(storeError(QObject::tr("The certificate was added, but NSS does not find its private key with it, "
                                           "so browsers would not offer it. Nothing was kept; try again, or "
                                           "report this with the details."),
                               QStringLiteral("key-not-linked")));
    if (!request.chain.isEmpty()) {
        if (CERT_VerifyCertificateNow(session.certDb(), stored.get(), PR_TRUE, certificateUsageSSLClient,
                                      session.wincx(), nullptr) != SECSuccess)
            return fail(
                storeError(QObject::tr("The certificate was added, but NSS does not accept it for signing in to "
                                       "websites: the chain that came with it does not lead to its issuer, or the "
                                       "certificate has expired or is not made for client authentication. Nothing was "
                                       "kept."),
                           QStringLiteral("chain-not-valid")));
    }
    changes.addedKey.reset(); // the DB keeps it; only our handle goes
    return {};
}

Result<void> NssStore::addTrustedCa(const Certificate& certificate, const QString& nickname)
{
    if (certificate.isNull())
        return badInput(QObject::tr("Choose a CA certificate to trust."), QStringLiteral("missing-certificate"));
    if (!certificate.isCa())
        return badInput(QObject::tr("“%1” is not a certificate authority, so it cannot be trusted as one.")
                            .arg(certificate.subject()),
                        QStringLiteral("not-a-ca"));
    auto opened =
        NssSession::open(m_location, m_creation, m_credentials, NssSession::Access::Write, NssSession::Login::Needed);
    if (!opened)
        return opened.error();
    const NssSession& session = *opened.value();
    const QByteArray der = certificate.der();
    SECItem item = itemOf(der);
    NssPtr<CERTCertificate> temp(CERT_NewTempCertificate(session.certDb(), &item, nullptr, PR_FALSE, PR_TRUE));
    if (!temp)
        return makeError(ErrorCode::BadInput,
                         QObject::tr("NSS cannot read the certificate “%1”.").arg(certificate.subject()),
                         nssErrorDetail(), QStringLiteral("bad-certificate"));
    const QString name = freeNickname(
        labelsOnSlot(session), nickname.isEmpty() ? defaultNickname(certificate) : nickname, derSubjectOf(temp.get()));
    temp.reset();
    Changes changes;
    auto stored = importCertificate(session, certificate, name, changes);
    if (!stored) {
        changes.undo(session);
        return stored.error();
    }
    auto trusted = trustAsCa(session, stored.value().get(), changes);
    if (!trusted) {
        stored.value().reset();
        changes.undo(session);
        return trusted.error();
    }
    return {};
}

Result<void> NssStore::remove(const Certificate& certificate)
{
    auto opened =
        NssSession::open(m_location, m_creation, m_credentials, NssSession::Access::Write, NssSession::Login::Needed);
    if (!opened)
        return opened.error();
    const NssSession& session = *opened.value();
    NssPtr<CERTCertificate> stored = session.findOnSlot(certificate);
    if (!stored)
        return makeError(ErrorCode::NotFound,
                         QObject::tr("“%1” is not in this certificate database.").arg(certificate.subject()), {},
                         QStringLiteral("not-in-store"));
    if (NssPtr<SECKEYPublicKey> publicKey{CERT_ExtractPublicKey(stored.get())}) {
        if (SECItem* value = publicValueOf(publicKey.get()))
            deletePublicKeyObject(session, value);
    }
    if (SECKEYPrivateKey* key = PK11_FindPrivateKeyFromCert(session.slot(), stored.get(), session.wincx())) {
        if (PK11_DeleteTokenPrivateKey(key, PR_TRUE) != SECSuccess) // frees `key` either way
            return storeError(
                QObject::tr("CertDesk could not delete the private key of “%1”.").arg(certificate.subject()),
                QStringLiteral("store-write-failed"));
    }
    if (SEC_DeletePermCertificate(stored.get()) != SECSuccess)
        return storeError(
            QObject::tr("CertDesk could not delete “%1” from the certificate database.").arg(certificate.subject()),
            QStringLiteral("store-write-failed"));
    stored.reset();
    if (session.findOnSlot(certificate))
        return storeError(
            QObject::tr("“%1” is still in the certificate database after deleting it.").arg(certificate.subject()),
            QStringLiteral("store-write-failed"), {});
    return {};
}

Result<bool> NssStore::verify(const Certificate& certificate, bool expectPrivateKey)
{
    if (holdsNothingYet())
        return false;
    auto opened = NssSession::open(m_location, m_creation, m_credentials, NssSession::Access::Read,
                                   expectPrivateKey ? NssSession::Login::Needed : NssSession::Login::NotNeeded);
    if (!opened)
        return opened.error();
    const NssSession& session = *opened.value();
    NssPtr<CERTCertificate> stored = session.findOnSlot(certificate);
    if (!stored)
        return false;
    if (!expectPrivateKey)
        return true;
    NssPtr<SECKEYPrivateKey> key(PK11_FindKeyByAnyCert(stored.get(), session.wincx()));
    return key != nullptr;
}

} // namespace certdesk
