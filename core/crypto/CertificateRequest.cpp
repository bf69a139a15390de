#include "crypto/CertificateRequest.h"

#include "crypto/Certificate.h"
#include "crypto/OpenSslUtil.h"

#include <QJsonArray>
#include <QObject>

#include <openssl/pem.h>

namespace certdesk {

namespace {

using ExtensionStackPtr = ossl::UniquePtr<STACK_OF(X509_EXTENSION)>;

Error buildError(const QString& message)
{
    return makeError(ErrorCode::BadInput, message, ossl::drainErrors());
}

const std::pair<int, const char*> kKeyUsageBits[] = {
    {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
    {KU_KEY_ENCIPHERMENT, "keyEncipherment"},   {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
    {KU_KEY_AGREEMENT, "keyAgreement"},         {KU_KEY_CERT_SIGN, "keyCertSign"},
    {KU_CRL_SIGN, "cRLSign"},                   {KU_ENCIPHER_ONLY, "encipherOnly"},
    {KU_DECIPHER_ONLY, "decipherOnly"},
};

int keyUsageBitFromName(const QString& name)
{
    for (const auto& [bit, text] : kKeyUsageBits) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return bit;
    }
    return 0;
}

/// Key usage follows the key: RSA encrypts session keys, EC agrees on them, EdDSA only signs.
int keyUsageBits(const RequestOptions& options, const KeyDescription& key)
{
    if (options.profile == Profile::Custom) {
        int bits = 0;
        for (const QString& name : options.customKeyUsage)
            bits |= keyUsageBitFromName(name);
        return bits;
    }
    int bits = KU_DIGITAL_SIGNATURE;
    if (key.isRsa)
        bits |= KU_KEY_ENCIPHERMENT;
    if (options.profile == Profile::Email && key.isEc)
        bits |= KU_KEY_AGREEMENT;
    return bits;
}

X509_EXTENSION* keyUsageExtension(int bits)
{
    ossl::UniquePtr<ASN1_BIT_STRING> usage(ASN1_BIT_STRING_new());
    for (int bit = 0; bit < 9; ++bit) {
        // KU_* values are the DER bit masks: bit 0 of the BIT STRING is 0x80 of the first octet.
        const int mask = bit < 8 ? (0x80 >> bit) : 0x8000;
        if (bits & mask)
            ASN1_BIT_STRING_set_bit(usage.get(), bit, 1);
    }
    return X509V3_EXT_i2d(NID_key_usage, 1, usage.get());
}

/// Short names and dotted OIDs alike; null for text that is neither.
ASN1_OBJECT* purposeObject(const QString& text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    // no_name = 0 accepts short/long names as well as dotted numbers.
    return OBJ_txt2obj(latin.constData(), 0);
}

X509_EXTENSION* extendedKeyUsageExtension(const RequestOptions& options)
{
    ossl::UniquePtr<EXTENDED_KEY_USAGE> eku(sk_ASN1_OBJECT_new_null());
    if (options.profile == Profile::Custom) {
        for (const QString& purpose : options.customExtendedKeyUsage)
            sk_ASN1_OBJECT_push(eku.get(), purposeObject(purpose));
    } else {
        const int nid = options.profile == Profile::Client  ? NID_client_auth
                        : options.profile == Profile::Email ? NID_email_protect
                                                            : NID_server_auth;
        sk_ASN1_OBJECT_push(eku.get(), OBJ_nid2obj(nid));
    }
    return X509V3_EXT_i2d(NID_ext_key_usage, 0, eku.get());
}

const EVP_MD* signatureDigest(const KeyDescription& key)
{
    if (key.id == QLatin1String("ed25519") || key.id == QLatin1String("ed448"))
        return nullptr; // EdDSA hashes internally
    if (key.isEc && key.bits >= 384)
        return EVP_sha384();
    return EVP_sha256();
}

} // namespace

QString profileId(Profile profile)
{
    switch (profile) {
    case Profile::Client:
        return QStringLiteral("client");
    case Profile::Email:
        return QStringLiteral("email");
    case Profile::Server:
        return QStringLiteral("server");
    case Profile::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

QStringList keyUsageNames()
{
    QStringList names;
    for (const auto& [bit, text] : kKeyUsageBits)
        names << QString::fromLatin1(text);
    return names;
}

std::optional<Profile> profileFromId(const QString& id)
{
    for (Profile profile : {Profile::Client, Profile::Email, Profile::Server, Profile::Custom}) {
        if (id.compare(profileId(profile), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

Result<void> CertificateRequest::validate(const RequestOptions& options)
{
    auto hasSan = [&](std::initializer_list<SubjectAltName::Type> types) {
        for (const SubjectAltName& san : options.sans) {
            for (auto type : types) {
                if (san.type() == type)
                    return true;
            }
        }
        return false;
    };
    if (options.subject.isEmpty() && options.sans.isEmpty()) {
        return makeError(ErrorCode::Usage, QObject::tr("The request names nobody: give a subject (for example "
                                                       "CN=Alice Example) or at least one alternative name."));
    }
    if (options.profile == Profile::Custom) {
        for (const QString& name : options.customKeyUsage) {
            if (!keyUsageBitFromName(name)) {
                return makeError(ErrorCode::Usage, QObject::tr("“%1” is not a key usage; use %2.")
                                                       .arg(name, keyUsageNames().join(QStringLiteral(", "))));
            }
        }
        for (const QString& purpose : options.customExtendedKeyUsage) {
            ossl::ErrorMark mark;
            ossl::UniquePtr<ASN1_OBJECT> object(purposeObject(purpose));
            if (!object) {
                return makeError(ErrorCode::Usage,
                                 QObject::tr("“%1” is not an extended key usage; use a name such as clientAuth, "
                                             "serverAuth, emailProtection, codeSigning, or a dotted OID.")
                                     .arg(purpose));
            }
        }
        if (options.customKeyUsage.isEmpty() && options.customExtendedKeyUsage.isEmpty()) {
            return makeError(ErrorCode::Usage, QObject::tr("A custom profile needs at least one key usage or extended "
                                                           "key usage."));
        }
    }
    if (options.profile == Profile::Email && !hasSan({SubjectAltName::Type::Email})) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("An e-mail certificate needs the e-mail address as an alternative name "
                                     "(for example --san email:alice@example.org); mail programs look only there."));
    }
    if (options.profile == Profile::Server && !hasSan({SubjectAltName::Type::Dns, SubjectAltName::Type::Ip})) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("A server certificate needs at least one DNS name or IP address as an "
                                     "alternative name (for example --san dns:www.example.org); browsers ignore "
                                     "the common name."));
    }
    return {};
}

Result<CertificateRequest> CertificateRequest::create(const PrivateKey& key, const RequestOptions& options)
{
    if (auto valid = validate(options); !valid)
        return valid.error();
    if (key.isNull())
        return makeError(ErrorCode::Usage, QObject::tr("There is no key to sign the request with."));

    ossl::UniquePtr<X509_REQ> request(X509_REQ_new());
    ossl::UniquePtr<X509_NAME> name(options.subject.toX509Name());
    if (!request || !name || X509_REQ_set_version(request.get(), 0) != 1 ||
        X509_REQ_set_subject_name(request.get(), name.get()) != 1 || X509_REQ_set_pubkey(request.get(), key.handle()) != 1)
        return buildError(QObject::tr("CertDesk could not put the subject name and key into the request."));

    const KeyDescription description = key.description();
    ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
    if (const int usage = keyUsageBits(options, description); usage != 0)
        sk_X509_EXTENSION_push(extensions.get(), keyUsageExtension(usage));
    if (options.profile != Profile::Custom || !options.customExtendedKeyUsage.isEmpty())
        sk_X509_EXTENSION_push(extensions.get(), extendedKeyUsageExtension(options));
    if (!options.sans.isEmpty()) {
        ossl::UniquePtr<GENERAL_NAMES> names(sk_GENERAL_NAME_new_null());
        for (const SubjectAltName& san : options.sans)
            sk_GENERAL_NAME_push(names.get(), san.toGeneralName());
        // RFC 5280 4.2.1.6: the SAN extension is critical when the subject is empty.
        sk_X509_EXTENSION_push(extensions.get(),
                               X509V3_EXT_i2d(NID_subject_alt_name, options.subject.isEmpty() ? 1 : 0, names.get()));
    }
    for (int i = 0; i < sk_X509_EXTENSION_num(extensions.get()); ++i) {
        if (!sk_X509_EXTENSION_value(extensions.get(), i))
            return buildError(QObject::tr("CertDesk could not encode the request's extensions."));
    }
    if (X509_REQ_add_extensions(request.get(), extensions.get()) != 1)
        return buildError(QObject::tr("CertDesk could not add the extensions to the request."));

    if (X509_REQ_sign(request.get(), key.handle(), signatureDigest(description)) <= 0)
        return buildError(QObject::tr("CertDesk could not sign the request with the new key."));
    return adopt(std::move(request));
}

Result<CertificateRequest> CertificateRequest::fromDer(const QByteArray& der)
{
    const unsigned char* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::UniquePtr<X509_REQ> request(d2i_X509_REQ(nullptr, &cursor, static_cast<long>(der.size())));
    if (!request)
        return buildError(QObject::tr("This is not a readable certificate request."));
    CertificateRequest result = adopt(std::move(request));
    if (cursor == reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        result.m_data->der = der;
    return result;
}

CertificateRequest CertificateRequest::deferred(const QByteArray& der)
{
    CertificateRequest result;
    result.m_data = std::make_shared<Data>();
    result.m_data->der = der;
    result.m_data->deferred = true;
    return result;
}

CertificateRequest CertificateRequest::adopt(ossl::UniquePtr<X509_REQ> request)
{
    CertificateRequest result;
    result.m_data = std::make_shared<Data>();
    result.m_data->request = std::move(request);
    return result;
}

X509_REQ* CertificateRequest::handle() const
{
    if (!m_data)
        return nullptr;
    if (m_data->deferred) {
        std::call_once(m_data->parsed, [data = m_data.get()] {
            ossl::ErrorMark mark;
            const unsigned char* cursor = reinterpret_cast<const unsigned char*>(data->der.constData());
            data->request = std::shared_ptr<X509_REQ>(
                d2i_X509_REQ(nullptr, &cursor, static_cast<long>(data->der.size())), X509_REQ_free);
        });
    }
    return m_data->request.get();
}

QByteArray CertificateRequest::der() const
{
    if (m_data && !m_data->der.isEmpty())
        return m_data->der;
    X509_REQ* request = handle();
    if (!request)
        return {};
    return ossl::i2dBytes(i2d_X509_REQ, request);
}

QByteArray CertificateRequest::pem() const
{
    X509_REQ* request = handle();
    if (!request)
        return {};
    ossl::UniquePtr<BIO> bio = ossl::memoryBio();
    PEM_write_bio_X509_REQ(bio.get(), request);
    return ossl::bioBytes(bio.get());
}

QString CertificateRequest::subject() const
{
    X509_REQ* request = handle();
    if (!request)
        return {};
    ossl::UniquePtr<BIO> bio = ossl::memoryBio();
    X509_NAME_print_ex(bio.get(), X509_REQ_get_subject_name(request), 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(ossl::bioBytes(bio.get()));
}

namespace {
/// Wraps the request's extensions in a throw-away certificate so one code path reads them for both types.
Certificate extensionCarrier(X509_REQ* request)
{
    if (!request)
        return Certificate::adopt(ossl::UniquePtr<X509>(X509_new()));
    ossl::ErrorMark mark;
    ExtensionStackPtr extensions(X509_REQ_get_extensions(request));
    ossl::UniquePtr<X509> carrier(X509_new());
    for (int i = 0; extensions && i < sk_X509_EXTENSION_num(extensions.get()); ++i)
        X509_add_ext(carrier.get(), sk_X509_EXTENSION_value(extensions.get(), i), -1);
    return Certificate::adopt(std::move(carrier));
}
} // namespace

QStringList CertificateRequest::subjectAltNames() const
{
    return extensionCarrier(handle()).subjectAltNames();
}

QStringList CertificateRequest::keyUsage() const
{
    return extensionCarrier(handle()).keyUsage();
}

QStringList CertificateRequest::extendedKeyUsage() const
{
    return extensionCarrier(handle()).extendedKeyUsage();
}

KeyDescription CertificateRequest::keyDescription() const
{
    X509_REQ* request = handle();
    return describeKey(request ? X509_REQ_get0_pubkey(request) : nullptr);
}

QByteArray CertificateRequest::publicKeySha256() const
{
    X509_REQ* request = handle();
    return request ? certdesk::publicKeySha256(X509_REQ_get0_pubkey(request)) : QByteArray();
}

bool CertificateRequest::verifySignature() const
{
    X509_REQ* request = handle();
    if (!request)
        return false;
    ossl::ErrorMark mark;
    EVP_PKEY* key = X509_REQ_get0_pubkey(request);
    return key && X509_REQ_verify(request, key) == 1;
}

QJsonObject CertificateRequest::factsJson() const
{
    QJsonObject facts;
    facts[QStringLiteral("subject")] = subject();
    facts[QStringLiteral("sans")] = QJsonArray::fromStringList(subjectAltNames());
    facts[QStringLiteral("keyType")] = keyDescription().id;
    facts[QStringLiteral("keyUsage")] = QJsonArray::fromStringList(keyUsage());
    facts[QStringLiteral("extendedKeyUsage")] = QJsonArray::fromStringList(extendedKeyUsage());
    facts[QStringLiteral("signatureValid")] = verifySignature();
    return facts;
}

} // namespace certdesk
