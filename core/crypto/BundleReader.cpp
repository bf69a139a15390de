#include "crypto/BundleReader.h"

#include "crypto/OpenSslUtil.h"
#include "crypto/Pkcs12.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QScopeGuard>

#include <algorithm>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace certdesk {

namespace {

Error badInput(const QString& message, const QString& reason = QStringLiteral("malformed"))
{
    return makeError(ErrorCode::BadInput, message, ossl::drainErrors(), reason);
}

Error notAFile(const QString& path, const QString& kind)
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("“%1” is %2, not a file. Give the certificate or bundle file itself.").arg(path, kind),
                     {}, QStringLiteral("no-file"));
}

Error passwordRequired(const QString& what)
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("This %1 is protected by a password. Enter the password you were given with it.").arg(what),
                     {}, QStringLiteral("password-required"));
}

Error wrongPassword(const QString& what)
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("The password is wrong for this %1, or the file is damaged. Check capital letters and "
                                 "the keyboard layout, then try again.")
                         .arg(what),
                     ossl::drainErrors(), QStringLiteral("wrong-password"));
}

template<typename T>
const unsigned char* bytesOf(const T& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

/// d2i that must consume the whole input, so a prefix of another structure is never mistaken for this one.
template<typename T, typename Decode>
ossl::UniquePtr<T> decodeWhole(const QByteArray& der, Decode decode)
{
    const unsigned char* cursor = bytesOf(der);
    ossl::UniquePtr<T> object(decode(nullptr, &cursor, static_cast<long>(der.size())));
    if (object && cursor != bytesOf(der) + der.size())
        object.reset();
    return object;
}

Error noCertificatesInPkcs7()
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("This file is a signed message (PKCS#7) with no certificates in it, so there is "
                                 "nothing to import. If you expected a certificate chain (.p7b), ask for it again."),
                     {}, QStringLiteral("no-certificates"));
}

/// Adds the certificates of a PKCS#7 structure; their number (0 for a signed message that carries none).
Result<int> addPkcs7Certificates(PKCS7* p7, Bundle& bundle)
{
    STACK_OF(X509)* certs = nullptr;
    const int type = OBJ_obj2nid(p7->type);
    if (type == NID_pkcs7_signed && p7->d.sign)
        certs = p7->d.sign->cert;
    else if (type == NID_pkcs7_signedAndEnveloped && p7->d.signed_and_enveloped)
        certs = p7->d.signed_and_enveloped->cert;
    else
        return badInput(QObject::tr("This PKCS#7 file holds no certificates (it is of type %1).")
                            .arg(QString::fromLatin1(OBJ_nid2ln(type))));
    for (int i = 0; i < sk_X509_num(certs); ++i)
        bundle.certificates << Certificate::adopt(ossl::upRef(sk_X509_value(certs, i)));
    return std::max(0, sk_X509_num(certs));
}

int passwordCallback(char* buffer, int size, int, void* userData)
{
    const auto* password = static_cast<const std::optional<SecureBytes>*>(userData);
    if (!password || !password->has_value())
        return -1;
    const int length = std::min(size, (*password)->intSize());
    std::memcpy(buffer, (*password)->data(), static_cast<std::size_t>(length));
    return length;
}

/// Decrypts an encrypted PKCS#8 key (DER EncryptedPrivateKeyInfo, decoded whole by the caller). The password
/// derivation it asks for is added to `kdfWork`, the running total of the whole file, and refused over the bound
/// before the password is tried: a file of many keys cannot add up to hours of hashing either.
Result<PrivateKey> decryptPkcs8(const X509_SIG* encrypted, const std::optional<SecureBytes>& password, qint64& kdfWork)
{
    if (!password)
        return passwordRequired(QObject::tr("private key"));
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(encrypted, &algorithm, nullptr);
    kdfWork = std::min(kdfWork + ossl::passwordKdfWork(algorithm), ossl::kMaxPasswordKdfWork + 1);
    if (kdfWork > ossl::kMaxPasswordKdfWork)
        return ossl::passwordKdfTooCostly(kdfWork);
    ossl::UniquePtr<PKCS8_PRIV_KEY_INFO> info(PKCS8_decrypt(encrypted, password->chars(), password->intSize()));
    ossl::UniquePtr<EVP_PKEY> key = ossl::privateKeyFromPkcs8(info.get());
    if (!key)
        return wrongPassword(QObject::tr("private key"));
    return PrivateKey::adopt(std::move(key));
}

/// A PEM private key block other than encrypted PKCS#8: PKCS#8, or traditional with or without Proc-Type (whose
/// legacy key derivation is one MD5 round, nothing a file can make costly).
Result<PrivateKey> readPemKey(const QByteArray& block, const std::optional<SecureBytes>& password)
{
    const bool encrypted = block.contains("Proc-Type: 4,ENCRYPTED");
    if (encrypted && !password)
        return passwordRequired(QObject::tr("private key"));
    ossl::UniquePtr<BIO> bio = ossl::memoryBio(block);
    ossl::ErrorMark mark;
    ossl::UniquePtr<EVP_PKEY> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback,
                                                          const_cast<std::optional<SecureBytes>*>(&password)));
    if (!key) {
        if (encrypted)
            return wrongPassword(QObject::tr("private key"));
        return badInput(QObject::tr("A private key in the file is damaged or of a kind CertDesk cannot read."));
    }
    return PrivateKey::adopt(std::move(key));
}

Result<Bundle> readPem(const QByteArray& bytes, const std::optional<SecureBytes>& password)
{
    Bundle bundle;
    bundle.format = Bundle::Format::Pem;
    ossl::UniquePtr<BIO> bio = ossl::memoryBio(bytes);
    int blockNumber = 0;
    qint64 kdfWork = 0;
    bool emptyPkcs7 = false;
    while (true) {
        char* rawName = nullptr;
        char* rawHeader = nullptr;
        unsigned char* rawData = nullptr;
        long length = 0;
        ERR_set_mark();
        const int ok = PEM_read_bio(bio.get(), &rawName, &rawHeader, &rawData, &length);
        if (!ok) {
            const bool atEnd = ERR_GET_REASON(ERR_peek_last_error()) == PEM_R_NO_START_LINE;
            if (atEnd) {
                ERR_pop_to_mark();
                break;
            }
            ERR_clear_last_mark();
            return badInput(QObject::tr("PEM block %1 in the file is damaged or cut short (its BEGIN and END lines do "
                                        "not match, or its base64 text is broken). Ask for the file again.")
                                .arg(blockNumber + 1),
                            QStringLiteral("damaged"));
        }
        ERR_clear_last_mark();
        ++blockNumber;
        const QByteArray name(rawName);
        const QByteArray header(rawHeader);
        const QByteArray data(reinterpret_cast<const char*>(rawData), length);
        OPENSSL_free(rawName);
        OPENSSL_free(rawHeader);
        OPENSSL_clear_free(rawData, static_cast<std::size_t>(length));

        if (name == "CERTIFICATE" || name == "X509 CERTIFICATE") {
            ossl::UniquePtr<X509> cert = decodeWhole<X509>(data, d2i_X509);
            if (!cert)
                return badInput(QObject::tr("Certificate %1 in the file is damaged.").arg(blockNumber), QStringLiteral("damaged"));
            bundle.certificates << Certificate::adopt(std::move(cert));
        } else if (name == "TRUSTED CERTIFICATE") {
            ossl::UniquePtr<X509> cert = decodeWhole<X509>(data, d2i_X509_AUX);
            if (!cert)
                return badInput(QObject::tr("Certificate %1 in the file is damaged.").arg(blockNumber), QStringLiteral("damaged"));
            bundle.certificates << Certificate::adopt(std::move(cert));
        } else if (name == "CERTIFICATE REQUEST" || name == "NEW CERTIFICATE REQUEST") {
            ossl::UniquePtr<X509_REQ> request = decodeWhole<X509_REQ>(data, d2i_X509_REQ);
            if (!request)
                return badInput(QObject::tr("The certificate request in the file is damaged."), QStringLiteral("damaged"));
            bundle.requests << CertificateRequest::adopt(std::move(request));
        } else if (name == "PKCS7") {
            ossl::UniquePtr<PKCS7> p7 = decodeWhole<PKCS7>(data, d2i_PKCS7);
            if (!p7)
                return badInput(QObject::tr("The PKCS#7 block in the file is damaged."), QStringLiteral("damaged"));
            auto added = addPkcs7Certificates(p7.get(), bundle);
            if (!added)
                return added.error();
            if (added.value() == 0) {
                emptyPkcs7 = true;
                bundle.notes << QObject::tr("A PKCS#7 block holds no certificates (a signed message without them); it "
                                            "was skipped.");
            }
        } else if (name == "ENCRYPTED PRIVATE KEY") {
            // Decoded here, whole, and decrypted from that very structure: OpenSSL's PEM key reader would also accept
            // a damaged block whose valid prefix asks for 2^31 iterations, so it never sees these blocks.
            ossl::UniquePtr<X509_SIG> encrypted;
            {
                ossl::ErrorMark mark;
                encrypted = decodeWhole<X509_SIG>(data, d2i_X509_SIG);
            }
            if (!encrypted)
                return badInput(QObject::tr("The encrypted private key in the file is damaged."),
                                QStringLiteral("damaged"));
            auto key = decryptPkcs8(encrypted.get(), password, kdfWork);
            if (!key)
                return key.error();
            bundle.keys << key.value();
        } else if (name == "PRIVATE KEY") {
            // Unencrypted PKCS#8, decoded from its DER through the shared decoder: OpenSSL's PEM key reader sets up
            // new decoders for every key (4.3 M instructions each, measured with callgrind).
            ossl::UniquePtr<PKCS8_PRIV_KEY_INFO> info;
            {
                ossl::ErrorMark mark;
                info = decodeWhole<PKCS8_PRIV_KEY_INFO>(data, d2i_PKCS8_PRIV_KEY_INFO);
            }
            ossl::UniquePtr<EVP_PKEY> key = ossl::privateKeyFromPkcs8(info.get());
            if (!key)
                return badInput(QObject::tr("A private key in the file is damaged or of a kind CertDesk cannot read."));
            bundle.keys << PrivateKey::adopt(std::move(key));
        } else if (name.endsWith("PRIVATE KEY")) {
            // Re-wrap the block so OpenSSL's PEM key reader sees exactly one key with its headers.
            ossl::UniquePtr<BIO> one = ossl::memoryBio();
            PEM_write_bio(one.get(), name.constData(), header.constData(), bytesOf(data), static_cast<long>(data.size()));
            QByteArray block = ossl::bioBytes(one.get());
            auto key = readPemKey(block, password);
            OPENSSL_cleanse(block.data(), static_cast<std::size_t>(block.size()));
            if (!key)
                return key.error();
            bundle.keys << key.value();
        } else {
            bundle.notes << QObject::tr("A “%1” block was skipped; CertDesk does not use it.").arg(QString::fromLatin1(name));
        }
    }
    if (bundle.isEmpty() && emptyPkcs7)
        return noCertificatesInPkcs7();
    if (bundle.isEmpty()) {
        return badInput(blockNumber == 0 ? QObject::tr("The file looks like PEM text but holds no complete block.")
                                         : QObject::tr("The file holds no certificate, request or private key."),
                        QStringLiteral("empty"));
    }
    return bundle;
}

Result<Bundle> readDer(const QByteArray& der, const std::optional<SecureBytes>& password)
{
    Bundle bundle;
    {
        ossl::ErrorMark mark;
        if (ossl::UniquePtr<X509> cert = decodeWhole<X509>(der, d2i_X509)) {
            bundle.format = Bundle::Format::DerCertificate;
            bundle.certificates << Certificate::adopt(std::move(cert));
            return bundle;
        }
        if (ossl::UniquePtr<X509_REQ> request = decodeWhole<X509_REQ>(der, d2i_X509_REQ)) {
            bundle.format = Bundle::Format::DerRequest;
            bundle.requests << CertificateRequest::adopt(std::move(request));
            return bundle;
        }
    }
    if (Pkcs12::looksLike(der))
        return Pkcs12::read(der, password);
    ossl::UniquePtr<PKCS7> p7;
    ossl::UniquePtr<X509_SIG> encryptedKey;
    ossl::UniquePtr<PKCS8_PRIV_KEY_INFO> plainKey;
    {
        ossl::ErrorMark mark;
        p7 = decodeWhole<PKCS7>(der, d2i_PKCS7);
        if (!p7)
            encryptedKey = decodeWhole<X509_SIG>(der, d2i_X509_SIG);
        if (!p7 && !encryptedKey)
            plainKey = decodeWhole<PKCS8_PRIV_KEY_INFO>(der, d2i_PKCS8_PRIV_KEY_INFO);
    }
    if (p7) {
        bundle.format = Bundle::Format::Pkcs7;
        auto added = addPkcs7Certificates(p7.get(), bundle);
        if (!added)
            return added.error();
        if (added.value() == 0)
            return noCertificatesInPkcs7();
        return bundle;
    }
    if (encryptedKey) {
        bundle.format = Bundle::Format::EncryptedPkcs8;
        qint64 kdfWork = 0;
        auto key = decryptPkcs8(encryptedKey.get(), password, kdfWork);
        if (!key)
            return key.error();
        bundle.keys << key.value();
        return bundle;
    }
    if (plainKey) {
        ossl::UniquePtr<EVP_PKEY> key = ossl::privateKeyFromPkcs8(plainKey.get());
        if (!key)
            return badInput(QObject::tr("The private key uses an algorithm CertDesk cannot read."), QStringLiteral("unsupported-algorithm"));
        bundle.format = Bundle::Format::Pkcs8;
        bundle.keys << PrivateKey::adopt(std::move(key));
        return bundle;
    }
    // A DER SEQUENCE whose header promises more bytes than the file holds was cut short on its way here.
    {
        ossl::ErrorMark mark;
        const unsigned char* cursor = bytesOf(der);
        long length = 0;
        int tag = 0;
        int objectClass = 0;
        const int header = ASN1_get_object(&cursor, &length, &tag, &objectClass, static_cast<long>(der.size()));
        if (tag == V_ASN1_SEQUENCE && (header & 0x80) && !(header & 0x01)) {
            const qsizetype declared = (cursor - bytesOf(der)) + length;
            if (declared > der.size()) {
                return makeError(ErrorCode::BadInput,
                                 QObject::tr("The file is cut short: it announces %1 bytes but holds only %2. Ask for "
                                             "the file again.")
                                     .arg(declared)
                                     .arg(der.size()),
                                 {}, QStringLiteral("damaged"));
            }
        }
    }
    return makeError(ErrorCode::BadInput,
                     QObject::tr("CertDesk does not recognise this file: it is not a certificate, a certificate "
                                 "request, a PKCS#7 chain, a PKCS#12 bundle or a private key, or it is damaged."),
                     QStringLiteral("first bytes: %1").arg(QString::fromLatin1(der.left(16).toHex(' '))),
                     QStringLiteral("unrecognised"));
}

} // namespace

Result<Bundle> BundleReader::read(const QByteArray& bytes, const std::optional<SecureBytes>& password)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::BadInput, QObject::tr("The file is empty."), {}, QStringLiteral("empty"));
    if (bytes.size() > kMaxFileSize)
        return makeError(ErrorCode::BadInput, QObject::tr("The file is too large to be a certificate bundle."), {},
                         QStringLiteral("too-large"));
    if (bytes.contains("-----BEGIN "))
        return readPem(bytes, password);
    return readDer(bytes, password);
}

Result<Bundle> BundleReader::readFile(const QString& path, const std::optional<SecureBytes>& password)
{
    auto bytes = readRegularFile(path, kMaxFileSize);
    if (!bytes)
        return bytes.error();
    auto result = read(bytes.value(), password);
    // The file may hold an unencrypted key; do not leave a copy in freed memory.
    OPENSSL_cleanse(bytes.value().data(), static_cast<std::size_t>(bytes.value().size()));
    if (!result) {
        Error error = result.error();
        error.message = QObject::tr("%1: %2").arg(QFileInfo(path).fileName(), error.message);
        return error;
    }
    return result;
}

Result<QByteArray> BundleReader::readRegularFile(const QString& path, qint64 maxSize)
{
    // Opened without waiting and checked before reading: a named pipe with no writer must not block the import, and
    // a device (/dev/zero) or a folder is not a file someone was sent.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return makeError(ErrorCode::BadInput, QObject::tr("There is no file “%1”.").arg(path), {},
                             QStringLiteral("no-file"));
        if (error == ENXIO) // a socket, or a FIFO opened elsewhere for writing only
            return notAFile(path, QObject::tr("a socket or pipe"));
        return makeError(
            ErrorCode::BadInput,
            QObject::tr("CertDesk cannot read “%1”: %2.").arg(path, QString::fromLocal8Bit(strerror(error))), {},
            QStringLiteral("unreadable"));
    }
    const auto closeFile = qScopeGuard([fd] { ::close(fd); });
    struct stat info = {};
    if (::fstat(fd, &info) != 0) {
        return makeError(
            ErrorCode::BadInput,
            QObject::tr("CertDesk cannot read “%1”: %2.").arg(path, QString::fromLocal8Bit(strerror(errno))), {},
            QStringLiteral("unreadable"));
    }
    if (S_ISDIR(info.st_mode))
        return makeError(ErrorCode::BadInput, QObject::tr("“%1” is a folder, not a file.").arg(path), {},
                         QStringLiteral("no-file"));
    if (S_ISFIFO(info.st_mode))
        return notAFile(path, QObject::tr("a named pipe"));
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        return notAFile(path, QObject::tr("a device"));
    if (!S_ISREG(info.st_mode))
        return notAFile(path, QObject::tr("a special file"));
    if (info.st_size > maxSize)
        return makeError(ErrorCode::BadInput, QObject::tr("“%1” is too large to be a certificate bundle.").arg(path),
                         {}, QStringLiteral("too-large"));
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        return makeError(ErrorCode::BadInput,
                         QObject::tr("CertDesk cannot read “%1”: %2.").arg(path, file.errorString()), {},
                         QStringLiteral("unreadable"));
    }
    QByteArray bytes = file.read(maxSize + 1);
    return bytes;
}

} // namespace certdesk
