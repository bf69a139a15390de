#include "keystores/Pkcs11Store.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/OpenSslUtil.h"
#include "keystores/Pkcs11Module.h"

#include <QObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>

#include <cstdlib>
#include <deque>
#include <optional>
#include <vector>

namespace certdesk {

namespace {

/// Attributes for C_CreateObject / C_FindObjectsInit, owning the bytes the CK_ATTRIBUTEs point at. Secret values
/// live in SecureBytes and are wiped with the template.
class Template
{
public:
    Template& add(CK_ATTRIBUTE_TYPE type, bool value)
    {
        m_bools.push_back(value ? CK_TRUE : CK_FALSE);
        return addRaw(type, &m_bools.back(), sizeof(CK_BBOOL));
    }
    Template& add(CK_ATTRIBUTE_TYPE type, CK_ULONG value)
    {
        m_ulongs.push_back(value);
        return addRaw(type, &m_ulongs.back(), sizeof(CK_ULONG));
    }
    Template& add(CK_ATTRIBUTE_TYPE type, const QByteArray& value)
    {
        m_bytes.push_back(value);
        return addRaw(type, m_bytes.back().data(), static_cast<CK_ULONG>(m_bytes.back().size()));
    }
    Template& addSecret(CK_ATTRIBUTE_TYPE type, SecureBytes value)
    {
        m_secrets.push_back(std::move(value));
        return addRaw(type, m_secrets.back().data(), static_cast<CK_ULONG>(m_secrets.back().size()));
    }

    CK_ATTRIBUTE* data() { return m_attributes.data(); }
    CK_ULONG size() const { return static_cast<CK_ULONG>(m_attributes.size()); }

private:
    Template& addRaw(CK_ATTRIBUTE_TYPE type, void* value, CK_ULONG length)
    {
        m_attributes.push_back(CK_ATTRIBUTE{type, value, length});
        return *this;
    }
    // deques: push_back never moves existing elements, so the pointers above stay valid.
    std::deque<CK_BBOOL> m_bools;
    std::deque<CK_ULONG> m_ulongs;
    std::deque<QByteArray> m_bytes;
    std::deque<SecureBytes> m_secrets;
    std::vector<CK_ATTRIBUTE> m_attributes;
};

QByteArray sha1(const QByteArray& bytes)
{
    QByteArray digest(SHA_DIGEST_LENGTH, Qt::Uninitialized);
    SHA1(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()),
         reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

/// CKA_ID for a certificate and its key: the RFC 5280 (4.2.1.2, method 1) key identifier, SHA-1 over the
/// subjectPublicKey bits — the same for the key and every certificate issued for it, renewals included.
QByteArray keyIdFor(const Certificate& certificate)
{
    const ASN1_BIT_STRING* bits = X509_get0_pubkey_bitstr(certificate.handle());
    if (!bits)
        return {};
    return sha1(QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(bits)), ASN1_STRING_length(bits)));
}

template <typename T, typename Encoder> QByteArray derOf(const T* object, Encoder encode)
{
    unsigned char* buffer = nullptr;
    const int length = encode(object, &buffer);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

QByteArray subjectDer(const Certificate& certificate)
{
    return derOf(X509_get_subject_name(certificate.handle()),
                 [](const X509_NAME* name, unsigned char** out) { return i2d_X509_NAME(name, out); });
}

QByteArray issuerDer(const Certificate& certificate)
{
    return derOf(X509_get_issuer_name(certificate.handle()),
                 [](const X509_NAME* name, unsigned char** out) { return i2d_X509_NAME(name, out); });
}

QByteArray serialDer(const Certificate& certificate)
{
    return derOf(X509_get0_serialNumber(certificate.handle()),
                 [](const ASN1_INTEGER* serial, unsigned char** out) { return i2d_ASN1_INTEGER(serial, out); });
}

QString defaultNickname(const Certificate& certificate, const QString& nickname)
{
    if (!nickname.isEmpty())
        return nickname;
    const QString cn = certificate.commonName();
    return cn.isEmpty() ? certificate.subject() : cn;
}

struct BnDeleter
{
    void operator()(BIGNUM* bn) const { BN_clear_free(bn); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;

/// A key component as an unsigned big-endian integer, padded to `width` bytes when width > 0.
std::optional<SecureBytes> bnParam(EVP_PKEY* key, const char* name, int width = 0)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1 || !raw)
        return std::nullopt;
    const BnPtr bn(raw);
    const int length = width > 0 ? width : BN_num_bytes(bn.get());
    SecureBytes bytes(static_cast<std::size_t>(length));
    const int written = width > 0 ? BN_bn2binpad(bn.get(), bytes.data(), width) : BN_bn2bin(bn.get(), bytes.data());
    if (written != length)
        return std::nullopt;
    return bytes;
}

QByteArray toByteArray(const SecureBytes& bytes)
{
    return QByteArray(bytes.chars(), bytes.intSize());
}

/// The DER OID of the key's named curve, for CKA_EC_PARAMS.
QByteArray ecParamsDer(EVP_PKEY* key)
{
    char groupName[80] = {};
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, groupName, sizeof groupName, nullptr) != 1)
        return {};
    const int nid = OBJ_txt2nid(groupName);
    if (nid == NID_undef)
        return {};
    return derOf(OBJ_nid2obj(nid),
                 [](const ASN1_OBJECT* oid, unsigned char** out) { return i2d_ASN1_OBJECT(oid, out); });
}

/// The uncompressed public point wrapped in a DER OCTET STRING, as CKA_EC_POINT wants it.
QByteArray ecPointDer(EVP_PKEY* key)
{
    std::size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0, &length) != 1 || length == 0)
        return {};
    QByteArray point(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, reinterpret_cast<unsigned char*>(point.data()),
                                        length, &length) != 1)
        return {};
    ossl::UniquePtr<ASN1_STRING> octets(ASN1_OCTET_STRING_new());
    if (!octets || ASN1_OCTET_STRING_set(octets.get(), reinterpret_cast<const unsigned char*>(point.constData()),
                                         static_cast<int>(length)) != 1)
        return {};
    return derOf(octets.get(), [](const ASN1_STRING* s, unsigned char** out) { return i2d_ASN1_OCTET_STRING(s, out); });
}

// DigestInfo prefix for SHA-256 (RFC 8017, 9.2 note 1): CKM_RSA_PKCS signs DigestInfo, not a bare hash.
constexpr unsigned char kSha256DigestInfoPrefix[] = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
                                                     0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};

} // namespace

struct Pkcs11Store::Private
{
    std::shared_ptr<Pkcs11Module> module;
    CK_SLOT_ID slot = 0;
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    StoreLocation location;
    bool loggedIn = false;

    ~Private()
    {
        // No C_Logout: the login belongs to every session of this process on the token. Closing our session is
        // enough; the token logs out when the last one closes.
        if (session != CK_INVALID_HANDLE)
            module->functions()->C_CloseSession(session);
    }

    CK_FUNCTION_LIST* f() const { return module->functions(); }
    QString label() const { return location.tokenLabel; }

    /// An Error for a failed call; `doing` completes "… while %1" for errors without a more specific sentence.
    Error tokenError(CK_RV rv, const QString& doing) const
    {
        const QString name = ckrName(rv);
        switch (rv) {
        case CKR_PIN_INCORRECT:
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The PIN for the smart card “%1” is not correct. Check it and try again; "
                                         "after too many wrong tries the card locks itself.")
                                 .arg(label()),
                             name, QStringLiteral("wrong-pin"));
        case CKR_PIN_LOCKED:
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The smart card “%1” is locked because its PIN was entered wrongly too "
                                         "often. Ask your helpdesk to unlock it (with the card's PUK or security "
                                         "officer PIN).")
                                 .arg(label()),
                             name, QStringLiteral("pin-locked"));
        case CKR_PIN_EXPIRED:
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The PIN of the smart card “%1” has expired. Set a new PIN with the card's "
                                         "own tool, then try again.")
                                 .arg(label()),
                             name, QStringLiteral("pin-expired"));
        case CKR_USER_NOT_LOGGED_IN:
            return makeError(
                ErrorCode::Keystore,
                QObject::tr("The smart card “%1” needs its PIN for this. Enter the PIN and try again.").arg(label()),
                name, QStringLiteral("pin-required"));
        case CKR_DEVICE_REMOVED:
        case CKR_TOKEN_NOT_PRESENT:
        case CKR_SESSION_CLOSED:
        case CKR_SESSION_HANDLE_INVALID:
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The smart card “%1” was removed or its reader was disconnected. Insert it "
                                         "again and retry.")
                                 .arg(label()),
                             name, QStringLiteral("token-removed"));
        case CKR_TOKEN_WRITE_PROTECTED:
        case CKR_SESSION_READ_ONLY:
            return makeError(
                ErrorCode::Keystore,
                QObject::tr("The smart card “%1” is read-only, so nothing can be stored on it.").arg(label()), name,
                QStringLiteral("read-only"));
        case CKR_DEVICE_MEMORY:
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The smart card “%1” is full. Remove certificates you no longer need from "
                                         "it, then try again.")
                                 .arg(label()),
                             name, QStringLiteral("token-full"));
        case CKR_ATTRIBUTE_VALUE_INVALID:
        case CKR_ATTRIBUTE_TYPE_INVALID:
        case CKR_TEMPLATE_INCONSISTENT:
        case CKR_TEMPLATE_INCOMPLETE:
        case CKR_KEY_SIZE_RANGE:
        case CKR_KEY_TYPE_INCONSISTENT:
        case CKR_MECHANISM_INVALID:
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The smart card “%1” does not accept this kind of key or certificate. Ask "
                                         "your helpdesk which key types the card supports.")
                                 .arg(label()),
                             name, QStringLiteral("unsupported-by-token"));
        default:
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The smart card “%1” reported an error while %2. Try again; if it keeps "
                                         "happening, give your helpdesk the details.")
                                 .arg(label(), doing),
                             name, QStringLiteral("token-error"));
        }
    }

    Result<QList<CK_OBJECT_HANDLE>> find(Template& what) const
    {
        CK_RV rv = f()->C_FindObjectsInit(session, what.data(), what.size());
        if (rv != CKR_OK)
            return tokenError(rv, QObject::tr("searching its contents"));
        QList<CK_OBJECT_HANDLE> found;
        CK_OBJECT_HANDLE batch[32];
        CK_ULONG count = 0;
        while ((rv = f()->C_FindObjects(session, batch, 32, &count)) == CKR_OK && count > 0) {
            for (CK_ULONG i = 0; i < count; ++i)
                found << batch[i];
        }
        f()->C_FindObjectsFinal(session);
        if (rv != CKR_OK)
            return tokenError(rv, QObject::tr("searching its contents"));
        return found;
    }

    /// An attribute's bytes; nullopt when the object does not have it (or keeps it secret).
    Result<std::optional<QByteArray>> attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) const
    {
        CK_ATTRIBUTE query{type, nullptr, 0};
        CK_RV rv = f()->C_GetAttributeValue(session, object, &query, 1);
        if (rv == CKR_ATTRIBUTE_TYPE_INVALID || rv == CKR_ATTRIBUTE_SENSITIVE ||
            query.ulValueLen == CK_UNAVAILABLE_INFORMATION)
            return std::optional<QByteArray>();
        if (rv != CKR_OK)
            return tokenError(rv, QObject::tr("reading its contents"));
        QByteArray value(static_cast<qsizetype>(query.ulValueLen), Qt::Uninitialized);
        query.pValue = value.data();
        rv = f()->C_GetAttributeValue(session, object, &query, 1);
        if (rv != CKR_OK)
            return tokenError(rv, QObject::tr("reading its contents"));
        value.truncate(static_cast<qsizetype>(query.ulValueLen));
        return std::optional<QByteArray>(value);
    }

    Result<QList<CK_OBJECT_HANDLE>> findCertificates(const Certificate& certificate) const
    {
        Template what;
        what.add(CKA_CLASS, CK_ULONG(CKO_CERTIFICATE)).add(CKA_VALUE, certificate.der());
        return find(what);
    }

    Result<QList<CK_OBJECT_HANDLE>> findKeys(CK_OBJECT_CLASS keyClass, const QByteArray& id) const
    {
        Template what;
        what.add(CKA_CLASS, CK_ULONG(keyClass)).add(CKA_ID, id);
        return find(what);
    }

    Result<void> requireLogin() const
    {
        if (loggedIn)
            return {};
        return tokenError(CKR_USER_NOT_LOGGED_IN, QString());
    }

    Result<CK_OBJECT_HANDLE> create(Template& object, const QString& doing)
    {
        CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
        const CK_RV rv = f()->C_CreateObject(session, object.data(), object.size(), &handle);
        if (rv != CKR_OK)
            return tokenError(rv, doing);
        return handle;
    }

    Result<CK_OBJECT_HANDLE> createCertificate(const Certificate& certificate, const QByteArray& id,
                                               const QString& label)
    {
        Template object;
        object.add(CKA_CLASS, CK_ULONG(CKO_CERTIFICATE))
            .add(CKA_CERTIFICATE_TYPE, CK_ULONG(CKC_X_509))
            .add(CKA_TOKEN, true)
            .add(CKA_PRIVATE, false)
            .add(CKA_LABEL, label.toUtf8())
            .add(CKA_ID, id)
            .add(CKA_SUBJECT, subjectDer(certificate))
            .add(CKA_ISSUER, issuerDer(certificate))
            .add(CKA_SERIAL_NUMBER, serialDer(certificate))
            .add(CKA_VALUE, certificate.der());
        return create(object, QObject::tr("storing a certificate"));
    }

    /// Private and public key objects for `key`; what was created is appended to `created` even on failure.
    Result<CK_OBJECT_HANDLE> createKeyObjects(EVP_PKEY* key, const QByteArray& id, const QString& label,
                                              const QByteArray& subject, QList<CK_OBJECT_HANDLE>& created)
    {
        Template privateKey;
        Template publicKey;
        privateKey.add(CKA_CLASS, CK_ULONG(CKO_PRIVATE_KEY))
            .add(CKA_TOKEN, true)
            .add(CKA_PRIVATE, true)
            .add(CKA_SENSITIVE, true)
            .add(CKA_EXTRACTABLE, false)
            .add(CKA_SIGN, true)
            .add(CKA_ID, id)
            .add(CKA_LABEL, label.toUtf8())
            .add(CKA_SUBJECT, subject);
        publicKey.add(CKA_CLASS, CK_ULONG(CKO_PUBLIC_KEY))
            .add(CKA_TOKEN, true)
            .add(CKA_PRIVATE, false)
            .add(CKA_VERIFY, true)
            .add(CKA_ID, id)
            .add(CKA_LABEL, label.toUtf8())
            .add(CKA_SUBJECT, subject);

        const Error unsupported =
            makeError(ErrorCode::BadInput,
                      QObject::tr("CertDesk can put RSA and elliptic-curve (P-256, P-384) keys on a smart card, but "
                                  "not this kind of key. Request a certificate with one of those key types."),
                      describeKey(key).id, QStringLiteral("unsupported-key"));
        if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA) {
            auto modulus = bnParam(key, OSSL_PKEY_PARAM_RSA_N);
            auto exponent = bnParam(key, OSSL_PKEY_PARAM_RSA_E);
            auto privateExponent = bnParam(key, OSSL_PKEY_PARAM_RSA_D);
            if (!modulus || !exponent || !privateExponent)
                return unsupported;
            privateKey.add(CKA_KEY_TYPE, CK_ULONG(CKK_RSA))
                .add(CKA_DECRYPT, true)
                .add(CKA_MODULUS, toByteArray(*modulus))
                .add(CKA_PUBLIC_EXPONENT, toByteArray(*exponent))
                .addSecret(CKA_PRIVATE_EXPONENT, std::move(*privateExponent));
            // The CRT components are optional in PKCS#11, but cards are much faster with them.
            const std::pair<CK_ATTRIBUTE_TYPE, const char*> crt[] = {
                {CKA_PRIME_1, OSSL_PKEY_PARAM_RSA_FACTOR1},
                {CKA_PRIME_2, OSSL_PKEY_PARAM_RSA_FACTOR2},
                {CKA_EXPONENT_1, OSSL_PKEY_PARAM_RSA_EXPONENT1},
                {CKA_EXPONENT_2, OSSL_PKEY_PARAM_RSA_EXPONENT2},
                {CKA_COEFFICIENT, OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
            for (const auto& [type, name] : crt) {
                if (auto part = bnParam(key, name))
                    privateKey.addSecret(type, std::move(*part));
            }
            publicKey.add(CKA_KEY_TYPE, CK_ULONG(CKK_RSA))
                .add(CKA_ENCRYPT, true)
                .add(CKA_MODULUS, toByteArray(*modulus))
                .add(CKA_PUBLIC_EXPONENT, toByteArray(*exponent));
        } else if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
            const QByteArray params = ecParamsDer(key);
            const QByteArray point = ecPointDer(key);
            auto scalar = bnParam(key, OSSL_PKEY_PARAM_PRIV_KEY, (EVP_PKEY_get_bits(key) + 7) / 8);
            if (params.isEmpty() || point.isEmpty() || !scalar)
                return unsupported;
            privateKey.add(CKA_KEY_TYPE, CK_ULONG(CKK_EC))
                .add(CKA_DERIVE, true)
                .add(CKA_EC_PARAMS, params)
                .addSecret(CKA_VALUE, std::move(*scalar));
            publicKey.add(CKA_KEY_TYPE, CK_ULONG(CKK_EC)).add(CKA_EC_PARAMS, params).add(CKA_EC_POINT, point);
        } else {
            return unsupported;
        }

        auto privateHandle = create(privateKey, QObject::tr("storing the private key"));
        if (!privateHandle)
            return privateHandle.error();
        created << privateHandle.value();
        auto publicHandle = create(publicKey, QObject::tr("storing the public key"));
        if (!publicHandle)
            return publicHandle.error();
        created << publicHandle.value();
        return privateHandle.value();
    }

    /// Signs a random digest with the key on the token and checks the signature with the certificate's public key:
    /// the only proof that the key the token holds is the certificate's.
    Result<void> proveKeyMatches(CK_OBJECT_HANDLE privateKey, const Certificate& certificate)
    {
        unsigned char digest[32];
        if (RAND_bytes(digest, sizeof digest) != 1)
            return makeError(ErrorCode::Keystore, QObject::tr("The system's random number generator failed."),
                             ossl::drainErrors());
        EVP_PKEY* publicKey = X509_get0_pubkey(certificate.handle());
        const bool isRsa = EVP_PKEY_get_base_id(publicKey) == EVP_PKEY_RSA;
        QByteArray input;
        if (isRsa)
            input.append(reinterpret_cast<const char*>(kSha256DigestInfoPrefix), sizeof kSha256DigestInfoPrefix);
        input.append(reinterpret_cast<const char*>(digest), sizeof digest);

        CK_MECHANISM mechanism{isRsa ? CKM_RSA_PKCS : CKM_ECDSA, nullptr, 0};
        const QString doing = QObject::tr("checking the stored key with a test signature");
        CK_RV rv = f()->C_SignInit(session, &mechanism, privateKey);
        if (rv != CKR_OK)
            return tokenError(rv, doing);
        CK_ULONG length = 0;
        rv = f()->C_Sign(session, reinterpret_cast<CK_BYTE*>(input.data()), static_cast<CK_ULONG>(input.size()),
                         nullptr, &length);
        QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
        if (rv == CKR_OK)
            rv = f()->C_Sign(session, reinterpret_cast<CK_BYTE*>(input.data()), static_cast<CK_ULONG>(input.size()),
                             reinterpret_cast<CK_BYTE*>(signature.data()), &length);
        if (rv != CKR_OK)
            return tokenError(rv, doing);
        signature.truncate(static_cast<qsizetype>(length));

        if (!isRsa) {
            // PKCS#11 gives r || s; OpenSSL verifies a DER ECDSA-Sig-Value.
            const int half = static_cast<int>(signature.size() / 2);
            ECDSA_SIG* sig = ECDSA_SIG_new();
            BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.constData()), half, nullptr);
            BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.constData()) + half, half, nullptr);
            if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
                BN_free(r);
                BN_free(s);
            }
            signature = sig ? derOf(sig, [](const ECDSA_SIG* v, unsigned char** out) { return i2d_ECDSA_SIG(v, out); })
                            : QByteArray();
            ECDSA_SIG_free(sig);
        }

        // Modules built on OpenSSL (SoftHSM) run in our process and leave their errors in our thread's queue.
        ERR_clear_error();
        ossl::UniquePtr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new(publicKey, nullptr));
        bool verified = ctx && EVP_PKEY_verify_init(ctx.get()) == 1;
        if (verified && isRsa)
            verified = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1 &&
                       EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) == 1;
        verified = verified && EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                                               static_cast<std::size_t>(signature.size()), digest, sizeof digest) == 1;
        if (!verified)
            return makeError(ErrorCode::Keystore,
                             QObject::tr("The key stored on the smart card “%1” does not produce signatures that "
                                         "match the certificate, so CertDesk removed it again. Give your helpdesk "
                                         "the details.")
                                 .arg(label()),
                             ossl::drainErrors(), QStringLiteral("key-mismatch"));
        return {};
    }

    void destroy(const QList<CK_OBJECT_HANDLE>& objects)
    {
        for (auto it = objects.crbegin(); it != objects.crend(); ++it)
            f()->C_DestroyObject(session, *it);
    }
};

namespace {

Error tokenNotFound(const QString& label)
{
    return makeError(ErrorCode::Keystore,
                     QObject::tr("No smart card labelled “%1” was found. Insert the card, check that its reader is "
                                 "connected, and try again.")
                         .arg(label),
                     {}, QStringLiteral("token-not-found"));
}

/// Present tokens of a module, with their slots.
QList<std::pair<CK_SLOT_ID, CK_TOKEN_INFO>> presentTokens(CK_FUNCTION_LIST* f)
{
    QList<std::pair<CK_SLOT_ID, CK_TOKEN_INFO>> tokens;
    CK_ULONG count = 0;
    if (f->C_GetSlotList(CK_TRUE, nullptr, &count) != CKR_OK || count == 0)
        return tokens;
    std::vector<CK_SLOT_ID> slotIds(count);
    if (f->C_GetSlotList(CK_TRUE, slotIds.data(), &count) != CKR_OK)
        return tokens;
    slotIds.resize(count);
    for (const CK_SLOT_ID slot : slotIds) {
        CK_TOKEN_INFO info{};
        if (f->C_GetTokenInfo(slot, &info) == CKR_OK && (info.flags & CKF_TOKEN_INITIALIZED))
            tokens.append({slot, info});
    }
    return tokens;
}

} // namespace

Pkcs11Store::Pkcs11Store(std::unique_ptr<Private> d) : d(std::move(d))
{}
Pkcs11Store::~Pkcs11Store() = default;

StoreLocation Pkcs11Store::locationFor(const QString& modulePath, const QString& tokenLabel)
{
    StoreLocation location;
    location.kind = StoreLocation::Kind::Pkcs11;
    location.id = QStringLiteral("pkcs11:") + tokenLabel;
    location.displayName = QObject::tr("Smart card “%1”").arg(tokenLabel);
    location.path = modulePath;
    location.tokenLabel = tokenLabel;
    location.modulePath = modulePath;
    return location;
}

Result<QList<StoreLocation>> Pkcs11Store::discoverTokens()
{
    CK_FUNCTION_LIST** modules = p11_kit_modules_load_and_initialize(0);
    if (!modules) {
        const char* message = p11_kit_message();
        return makeError(ErrorCode::Keystore,
                         QObject::tr("CertDesk could not load the system's smart card drivers (p11-kit). Check the "
                                     "p11-kit configuration or ask your helpdesk."),
                         message ? QString::fromUtf8(message) : QString(), QStringLiteral("module-load-failed"));
    }
    QList<StoreLocation> locations;
    for (CK_FUNCTION_LIST** module = modules; *module; ++module) {
        // trust-policy modules (p11-kit-trust) are the system trust store, which SystemStore handles.
        if (p11_kit_module_get_flags(*module) & P11_KIT_MODULE_TRUSTED)
            continue;
        char* filename = p11_kit_module_get_filename(*module);
        const QString modulePath = filename ? QString::fromLocal8Bit(filename) : QString();
        std::free(filename);
        for (const auto& [slot, info] : presentTokens(*module))
            locations << locationFor(modulePath, pkcs11Text(info.label, sizeof info.label));
    }
    p11_kit_modules_finalize_and_release(modules);
    return locations;
}

Result<std::unique_ptr<Pkcs11Store>> Pkcs11Store::open(const StoreLocation& location,
                                                       const StoreCredentials& credentials)
{
    return open(location.modulePath, location.tokenLabel, credentials);
}

Result<std::unique_ptr<Pkcs11Store>> Pkcs11Store::open(const QString& modulePath, const QString& tokenLabel,
                                                       const StoreCredentials& credentials)
{
    auto module = Pkcs11Module::load(modulePath);
    if (!module)
        return module.error();
    auto d = std::make_unique<Private>();
    d->module = module.value();
    d->location = locationFor(modulePath, tokenLabel);

    std::optional<CK_TOKEN_INFO> token;
    for (const auto& [slot, info] : presentTokens(d->f())) {
        if (pkcs11Text(info.label, sizeof info.label) == tokenLabel) {
            d->slot = slot;
            token = info;
            break;
        }
    }
    if (!token)
        return tokenNotFound(tokenLabel);
    if (token->flags & CKF_USER_PIN_LOCKED)
        return d->tokenError(CKR_PIN_LOCKED, QString());

    CK_RV rv = d->f()->C_OpenSession(d->slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &d->session);
    if (rv != CKR_OK) {
        d->session = CK_INVALID_HANDLE;
        return d->tokenError(rv, QObject::tr("opening it"));
    }

    if (credentials.password) {
        // C_Login takes a non-const pointer; a wiping copy keeps the PIN in SecureBytes only.
        SecureBytes pin = credentials.password->clone();
        rv = d->f()->C_Login(d->session, CKU_USER, pin.data(), static_cast<CK_ULONG>(pin.size()));
    } else if ((token->flags & CKF_PROTECTED_AUTHENTICATION_PATH) && credentials.allowPinPad) {
        rv = d->f()->C_Login(d->session, CKU_USER, nullptr, 0); // the reader's own PIN pad asks
    } else if ((token->flags & CKF_LOGIN_REQUIRED) && !credentials.listWithoutLogin) {
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The smart card “%1” needs its PIN. Enter the PIN and try again.").arg(tokenLabel),
                         {}, QStringLiteral("pin-required"));
    } else {
        return std::unique_ptr<Pkcs11Store>(new Pkcs11Store(std::move(d)));
    }
    if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN)
        return d->tokenError(rv, QObject::tr("checking the PIN"));
    d->loggedIn = true;
    return std::unique_ptr<Pkcs11Store>(new Pkcs11Store(std::move(d)));
}

StoreLocation Pkcs11Store::location() const
{
    return d->location;
}

Result<QList<StoredItem>> Pkcs11Store::list()
{
    Template what;
    what.add(CKA_CLASS, CK_ULONG(CKO_CERTIFICATE)).add(CKA_CERTIFICATE_TYPE, CK_ULONG(CKC_X_509));
    auto handles = d->find(what);
    if (!handles)
        return handles.error();
    QList<StoredItem> items;
    for (const CK_OBJECT_HANDLE handle : handles.value()) {
        auto value = d->attribute(handle, CKA_VALUE);
        if (!value)
            return value.error();
        if (!value.value())
            continue;
        auto certificate = Certificate::fromDer(*value.value());
        if (!certificate)
            continue; // a damaged object someone else wrote; listing the rest is more useful than failing
        auto label = d->attribute(handle, CKA_LABEL);
        auto id = d->attribute(handle, CKA_ID);
        auto trusted = d->attribute(handle, CKA_TRUSTED);
        if (!label || !id || !trusted)
            return !label ? label.error() : !id ? id.error() : trusted.error();
        StoredItem item;
        item.certificate = certificate.value();
        item.nickname = label.value() ? QString::fromUtf8(*label.value()) : QString();
        item.trustedAsCa = trusted.value() && trusted.value()->size() == 1 && trusted.value()->at(0) != 0;
        if (id.value() && !id.value()->isEmpty()) {
            auto keys = d->findKeys(CKO_PRIVATE_KEY, *id.value());
            if (!keys)
                return keys.error();
            item.hasPrivateKey = !keys.value().isEmpty();
        }
        items << item;
    }
    return items;
}

Result<void> Pkcs11Store::installIdentity(const InstallRequest& request)
{
    if (request.key.isNull() || request.certificate.isNull())
        return makeError(ErrorCode::Usage,
                         QObject::tr("Both a private key and its certificate are needed to install an identity."));
    if (request.key.publicKeySha256() != request.certificate.publicKeySha256())
        return makeError(ErrorCode::BadInput,
                         QObject::tr("This certificate was not issued for this private key, so they cannot be "
                                     "installed together."),
                         {}, QStringLiteral("key-mismatch"));
    if (auto login = d->requireLogin(); !login)
        return login.error();

    const Certificate& certificate = request.certificate;
    const QString label = defaultNickname(certificate, request.nickname);
    QByteArray id = keyIdFor(certificate);

    QList<CK_OBJECT_HANDLE> created;
    auto fail = [&](const Error& error) -> Result<void> {
        d->destroy(created);
        return error;
    };

    // Installing twice changes nothing; a certificate already there without its key gets the key under its own ID.
    auto existing = d->findCertificates(certificate);
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty()) {
        auto existingId = d->attribute(existing.value().first(), CKA_ID);
        if (!existingId)
            return existingId.error();
        if (existingId.value() && !existingId.value()->isEmpty())
            id = *existingId.value();
    }
    auto keys = d->findKeys(CKO_PRIVATE_KEY, id);
    if (!keys)
        return keys.error();
    const bool keyPresent = !keys.value().isEmpty();
    if (!existing.value().isEmpty() && keyPresent)
        return {};

    CK_OBJECT_HANDLE privateKey = keyPresent ? keys.value().first() : CK_INVALID_HANDLE;
    if (!keyPresent) {
        auto handle = d->createKeyObjects(request.key.handle(), id, label, subjectDer(certificate), created);
        if (!handle)
            return fail(handle.error());
        privateKey = handle.value();
    }
    if (existing.value().isEmpty()) {
        auto handle = d->createCertificate(certificate, id, label);
        if (!handle)
            return fail(handle.error());
        created << handle.value();
    }
    for (const Certificate& ca : request.chain) {
        auto present = d->findCertificates(ca);
        if (!present)
            return fail(present.error());
        if (!present.value().isEmpty())
            continue;
        auto handle = d->createCertificate(ca, keyIdFor(ca), defaultNickname(ca, {}));
        if (!handle)
            return fail(handle.error());
        created << handle.value();
    }

    // Read back: the certificate is found by its value, the key by the certificate's CKA_ID, and the key signs.
    auto linked = verify(certificate, true);
    if (!linked)
        return fail(linked.error());
    if (!linked.value())
        return fail(makeError(
            ErrorCode::Keystore,
            QObject::tr("The smart card “%1” did not keep the certificate and its key together, so "
                        "CertDesk removed them again. Give your helpdesk the details.")
                .arg(d->label()),
            QStringLiteral("read-back found no private key with CKA_ID %1").arg(QString::fromLatin1(id.toHex())),
            QStringLiteral("verify-failed")));
    if (auto proof = d->proveKeyMatches(privateKey, certificate); !proof)
        return fail(proof.error());
    return {};
}

Result<void> Pkcs11Store::addTrustedCa(const Certificate& certificate, const QString& nickname)
{
    if (certificate.isNull())
        return makeError(ErrorCode::Usage, QObject::tr("No certificate was given to install."));
    if (auto login = d->requireLogin(); !login)
        return login.error();
    auto present = d->findCertificates(certificate);
    if (!present)
        return present.error();
    if (!present.value().isEmpty())
        return {};
    // Only the certificate object: CKA_TRUSTED can be set by the security officer alone (PKCS#11 v2.40, 4.6.2),
    // and CertDesk never asks for the SO PIN. Applications that read trust from the token treat it as a plain
    // certificate; trust for TLS comes from the NSS or system stores.
    auto handle = d->createCertificate(certificate, keyIdFor(certificate), defaultNickname(certificate, nickname));
    if (!handle)
        return handle.error();
    auto stored = verify(certificate, false);
    if (!stored || !stored.value()) {
        d->destroy({handle.value()});
        return !stored ? stored.error()
                       : makeError(ErrorCode::Keystore,
                                   QObject::tr("The smart card “%1” did not keep the certificate.").arg(d->label()), {},
                                   QStringLiteral("verify-failed"));
    }
    return {};
}

Result<void> Pkcs11Store::remove(const Certificate& certificate)
{
    if (auto login = d->requireLogin(); !login)
        return login.error();
    auto certificates = d->findCertificates(certificate);
    if (!certificates)
        return certificates.error();
    if (certificates.value().isEmpty())
        return makeError(ErrorCode::NotFound,
                         QObject::tr("The certificate “%1” is not on the smart card “%2”.")
                             .arg(defaultNickname(certificate, {}), d->label()),
                         {}, QStringLiteral("not-found"));

    QList<QByteArray> ids;
    for (const CK_OBJECT_HANDLE handle : certificates.value()) {
        auto id = d->attribute(handle, CKA_ID);
        if (!id)
            return id.error();
        if (id.value() && !id.value()->isEmpty() && !ids.contains(*id.value()))
            ids << *id.value();
        const CK_RV rv = d->f()->C_DestroyObject(d->session, handle);
        if (rv != CKR_OK)
            return d->tokenError(rv, QObject::tr("removing a certificate"));
    }
    for (const QByteArray& id : ids) {
        // A renewed certificate for the same key shares its CKA_ID; its key must stay.
        Template others;
        others.add(CKA_CLASS, CK_ULONG(CKO_CERTIFICATE)).add(CKA_ID, id);
        auto stillUsed = d->find(others);
        if (!stillUsed)
            return stillUsed.error();
        if (!stillUsed.value().isEmpty())
            continue;
        for (const CK_OBJECT_CLASS keyClass : {CKO_PRIVATE_KEY, CKO_PUBLIC_KEY}) {
            auto keys = d->findKeys(keyClass, id);
            if (!keys)
                return keys.error();
            for (const CK_OBJECT_HANDLE key : keys.value()) {
                const CK_RV rv = d->f()->C_DestroyObject(d->session, key);
                if (rv != CKR_OK)
                    return d->tokenError(rv, QObject::tr("removing a key"));
            }
        }
    }
    auto gone = verify(certificate, false);
    if (!gone)
        return gone.error();
    if (gone.value())
        return makeError(
            ErrorCode::Keystore,
            QObject::tr("The smart card “%1” still holds the certificate after removing it.").arg(d->label()), {},
            QStringLiteral("verify-failed"));
    return {};
}

Result<bool> Pkcs11Store::verify(const Certificate& certificate, bool expectPrivateKey)
{
    auto certificates = d->findCertificates(certificate);
    if (!certificates)
        return certificates.error();
    if (certificates.value().isEmpty())
        return false;
    if (!expectPrivateKey)
        return true;
    if (auto login = d->requireLogin(); !login)
        return login.error(); // private keys are invisible without the PIN; "false" would be a lie
    for (const CK_OBJECT_HANDLE handle : certificates.value()) {
        auto id = d->attribute(handle, CKA_ID);
        if (!id)
            return id.error();
        if (!id.value() || id.value()->isEmpty())
            continue;
        auto keys = d->findKeys(CKO_PRIVATE_KEY, *id.value());
        if (!keys)
            return keys.error();
        if (!keys.value().isEmpty())
            return true;
    }
    return false;
}

} // namespace certdesk
