#include "crypto/Pkcs12.h"

#include "crypto/OpenSslUtil.h"

#include <QHash>
#include <QObject>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/provider.h>

#include <algorithm>
#include <string>

namespace certdesk {

namespace {

using SafeBagStack = STACK_OF(PKCS12_SAFEBAG);
using Pkcs7Stack = STACK_OF(PKCS7);

/// A bag's friendlyName (RFC 7292: a BMPString, UTF-16 big-endian), read and converted here rather than by
/// PKCS12_get_friendlyname(): the CVE-2025-69419 fix that Debian 12's libssl3 carries since 3.0.19 makes OpenSSL's
/// own conversion lose every name that is not ASCII, so "☺" came back empty. Other string types some tools write
/// are taken as UTF-8 (which covers ASCII); a trailing NUL (some Windows exports end the name with one) is dropped.
QString friendlyNameOf(const PKCS12_SAFEBAG* bag)
{
    const ASN1_TYPE* attribute = PKCS12_SAFEBAG_get0_attr(bag, NID_friendlyName);
    if (!attribute)
        return {};
    QString name;
    if (attribute->type == V_ASN1_BMPSTRING) {
        const ASN1_STRING* text = attribute->value.bmpstring;
        const unsigned char* bytes = ASN1_STRING_get0_data(text);
        const int length = ASN1_STRING_length(text);
        if (length % 2 != 0)
            return {};
        std::u16string units(std::size_t(length / 2), u'\0');
        for (std::size_t i = 0; i < units.size(); ++i)
            units[i] = char16_t((bytes[2 * i] << 8) | bytes[2 * i + 1]);
        name = QString::fromStdU16String(units);
    } else if (attribute->type == V_ASN1_UTF8STRING || attribute->type == V_ASN1_PRINTABLESTRING ||
               attribute->type == V_ASN1_IA5STRING) {
        const ASN1_STRING* text = attribute->value.asn1_string;
        name = QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)), ASN1_STRING_length(text));
    }
    while (name.endsWith(QChar(u'\0')))
        name.chop(1);
    return name;
}

/// Sets a bag's friendlyName as a BMPString encoded here (UTF-16 big-endian; characters beyond the BMP as surrogate
/// pairs, as Windows and NSS write them), so the bytes do not depend on the libssl3 in use.
bool setFriendlyName(PKCS12_SAFEBAG* bag, const QString& name)
{
    QByteArray bytes;
    bytes.reserve(name.size() * 2);
    for (const QChar unit : name) {
        bytes.append(char(unit.unicode() >> 8));
        bytes.append(char(unit.unicode() & 0xff));
    }
    return PKCS12_add_friendlyname_uni(bag, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                       int(bytes.size())) == 1;
}

/// A password as OpenSSL's PKCS#12 functions want it; `null` distinguishes "no password" from "empty password".
struct Passphrase
{
    const char* data = nullptr;
    int length = 0;
};

/// The legacy provider is loaded on first need, only ever for reading: writers never select its algorithms.
/// Loading any provider explicitly disables the implicit default one, so both are loaded, and both are unloaded
/// at exit (before OpenSSL's own clean-up) so that nothing they allocated is left behind.
class LegacyProviders
{
public:
    static bool ensureLoaded()
    {
        static LegacyProviders providers;
        return providers.m_legacy != nullptr;
    }

private:
    LegacyProviders()
    {
        m_default = OSSL_PROVIDER_load(nullptr, "default");
        m_legacy = OSSL_PROVIDER_load(nullptr, "legacy");
        ERR_clear_error();
    }
    ~LegacyProviders()
    {
        if (m_legacy)
            OSSL_PROVIDER_unload(m_legacy);
        if (m_default)
            OSSL_PROVIDER_unload(m_default);
    }
    OSSL_PROVIDER* m_default = nullptr;
    OSSL_PROVIDER* m_legacy = nullptr;
};

bool ensureLegacyProvider()
{
    return LegacyProviders::ensureLoaded();
}

bool isLegacyNid(int nid)
{
    switch (nid) {
    case NID_pbe_WithSHA1And40BitRC2_CBC:
    case NID_pbe_WithSHA1And128BitRC2_CBC:
    case NID_pbe_WithSHA1And40BitRC4:
    case NID_pbe_WithSHA1And128BitRC4:
    case NID_pbeWithMD2AndDES_CBC:
    case NID_pbeWithMD5AndDES_CBC:
    case NID_pbeWithSHA1AndDES_CBC:
    case NID_pbeWithMD2AndRC2_CBC:
    case NID_pbeWithMD5AndRC2_CBC:
    case NID_pbeWithSHA1AndRC2_CBC:
    case NID_des_cbc:
    case NID_rc2_cbc:
    case NID_rc2_40_cbc:
    case NID_rc4:
        return true;
    default:
        return false;
    }
}

struct AlgorithmInfo
{
    QString name;
    bool legacy = false;
};

/// Names a PBE algorithm in words, looking inside PBES2 for the cipher it really uses.
AlgorithmInfo describeAlgorithm(const X509_ALGOR* algorithm)
{
    AlgorithmInfo info;
    if (!algorithm)
        return info;
    const ASN1_OBJECT* oid = nullptr;
    int parameterType = 0;
    const void* parameter = nullptr;
    X509_ALGOR_get0(&oid, &parameterType, &parameter, algorithm);
    const int nid = OBJ_obj2nid(oid);
    info.name = QString::fromLatin1(nid != NID_undef ? OBJ_nid2ln(nid) : "unknown algorithm");
    info.legacy = isLegacyNid(nid);
    if (nid == NID_pbes2 && parameterType == V_ASN1_SEQUENCE) {
        ossl::UniquePtr<ASN1_TYPE> wrapper(ASN1_TYPE_new());
        ASN1_TYPE_set1(wrapper.get(), parameterType, parameter);
        ossl::UniquePtr<PBE2PARAM> pbe2(
            static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), wrapper.get())));
        if (pbe2) {
            const int cipher = OBJ_obj2nid(pbe2->encryption->algorithm);
            info.name = QStringLiteral("PBES2 with %1").arg(QString::fromLatin1(cipher != NID_undef ? OBJ_nid2ln(cipher) : "an unknown cipher"));
            info.legacy = isLegacyNid(cipher);
        }
    }
    return info;
}

Error legacyError(const AlgorithmInfo& algorithm)
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("This PKCS#12 bundle is encrypted with %1, an old algorithm, and this system's "
                                 "OpenSSL has no legacy support to read it. Ask for the bundle again in a modern "
                                 "format (AES-256), or export it again from the program that made it.")
                         .arg(algorithm.name),
                     ossl::drainErrors(), QStringLiteral("legacy-algorithm"));
}

Error damagedError(const QString& what)
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("The PKCS#12 bundle is damaged: %1. Ask for the file again.").arg(what),
                     ossl::drainErrors(), QStringLiteral("damaged"));
}

/// A private key that decrypted (so the password was right) but that OpenSSL cannot read: an algorithm this system
/// does not support (ML-KEM, ML-DSA or GOST on OpenSSL 3.0) says so — asking for the file again would not help —
/// anything else is damage.
Error unreadableKeyError(const PKCS8_PRIV_KEY_INFO* info)
{
    const ASN1_OBJECT* algorithm = nullptr;
    if (info)
        PKCS8_pkey_get0(&algorithm, nullptr, nullptr, nullptr, info);
    const int nid = algorithm ? OBJ_obj2nid(algorithm) : NID_undef;
    bool supported = nid != NID_undef;
    if (supported) {
        ossl::ErrorMark mark;
        const ossl::UniquePtr<EVP_KEYMGMT> manager(EVP_KEYMGMT_fetch(nullptr, OBJ_nid2sn(nid), nullptr));
        supported = manager != nullptr;
    }
    if (!algorithm || supported)
        return damagedError(QObject::tr("its private key cannot be read"));
    char oid[128] = {};
    OBJ_obj2txt(oid, sizeof oid, algorithm, 1);
    // Post-quantum algorithms newer than OpenSSL 3.0 have no name in it yet: name the common ones here.
    static const QHash<QString, QString> kNewAlgorithms = {
        {QStringLiteral("2.16.840.1.101.3.4.4.1"), QStringLiteral("ML-KEM-512")},
        {QStringLiteral("2.16.840.1.101.3.4.4.2"), QStringLiteral("ML-KEM-768")},
        {QStringLiteral("2.16.840.1.101.3.4.4.3"), QStringLiteral("ML-KEM-1024")},
        {QStringLiteral("2.16.840.1.101.3.4.3.17"), QStringLiteral("ML-DSA-44")},
        {QStringLiteral("2.16.840.1.101.3.4.3.18"), QStringLiteral("ML-DSA-65")},
        {QStringLiteral("2.16.840.1.101.3.4.3.19"), QStringLiteral("ML-DSA-87")},
    };
    const QString dotted = QString::fromLatin1(oid);
    const QString name = nid != NID_undef
                             ? QString::fromLatin1(OBJ_nid2ln(nid))
                             : kNewAlgorithms.value(dotted, QObject::tr("unknown algorithm %1").arg(dotted));
    return makeError(ErrorCode::BadInput,
                     QObject::tr("The password is right, but the private key in this PKCS#12 bundle is of a kind "
                                 "CertDesk cannot use (%1): this system's OpenSSL %2 does not support it. The file is "
                                 "not damaged. CertDesk keeps RSA, EC and Ed25519 keys; ask for a bundle with one of "
                                 "those.")
                         .arg(name, QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))),
                     QStringLiteral("private key algorithm %1 (%2); ").arg(name, dotted) + ossl::drainErrors(),
                     QStringLiteral("unsupported-algorithm"));
}

class Decryptor
{
public:
    /// `work` counts the password derivation spent on the whole file, over every section and password try.
    Decryptor(Passphrase passphrase, Bundle& bundle, qint64& work)
        : m_passphrase(passphrase), m_bundle(bundle), m_work(work)
    {
    }

    Result<void> run(PKCS12* p12)
    {
        ossl::UniquePtr<Pkcs7Stack> safes(PKCS12_unpack_authsafes(p12));
        if (!safes)
            return damagedError(QObject::tr("its contents cannot be unpacked"));
        for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
            PKCS7* safe = sk_PKCS7_value(safes.get(), i);
            ossl::UniquePtr<SafeBagStack> bags;
            const int type = OBJ_obj2nid(safe->type);
            if (type == NID_pkcs7_data) {
                bags.reset(PKCS12_unpack_p7data(safe));
            } else if (type == NID_pkcs7_encrypted) {
                // The content is optional in the ASN.1, so a crafted file can leave it out (cf. CVE-2024-0727).
                if (!safe->d.encrypted)
                    return damagedError(QObject::tr("a section cannot be read"));
                const AlgorithmInfo algorithm = describeAlgorithm(safe->d.encrypted->enc_data->algorithm);
                noteAlgorithm(algorithm);
                const qint64 work = ossl::passwordKdfWork(safe->d.encrypted->enc_data->algorithm);
                if (!spend(work))
                    return ossl::passwordKdfTooCostly(m_work);
                bags.reset(PKCS12_unpack_p7encdata(safe, m_passphrase.data, m_passphrase.length));
                if (!bags && algorithm.legacy && ensureLegacyProvider()) {
                    ERR_clear_error();
                    if (!spend(work))
                        return ossl::passwordKdfTooCostly(m_work);
                    bags.reset(PKCS12_unpack_p7encdata(safe, m_passphrase.data, m_passphrase.length));
                }
                if (!bags)
                    return failure(algorithm, QObject::tr("its certificate section cannot be decrypted"));
            } else {
                m_bundle.notes << QObject::tr("A section of type %1 was skipped.").arg(QString::fromLatin1(OBJ_nid2ln(type)));
                continue;
            }
            if (!bags)
                return damagedError(QObject::tr("a section cannot be read"));
            if (auto result = readBags(bags.get()); !result)
                return result;
        }
        m_bundle.label = chooseLabel();
        return {};
    }

    /// Set when decryption failed for a reason other than an old algorithm: with no MAC, a wrong password looks so.
    bool m_failedToDecrypt = false;

private:
    /// False once the file asked for more password derivation than any real file does.
    bool spend(qint64 work)
    {
        m_work = std::min(m_work + work, ossl::kMaxPasswordKdfWork + 1);
        return m_work <= ossl::kMaxPasswordKdfWork;
    }

    Result<void> failure(const AlgorithmInfo& algorithm, const QString& what)
    {
        if (algorithm.legacy && !ensureLegacyProvider())
            return legacyError(algorithm);
        m_failedToDecrypt = true;
        return damagedError(what);
    }

    void noteAlgorithm(const AlgorithmInfo& algorithm)
    {
        if (algorithm.legacy && !m_legacyNoted) {
            m_legacyNoted = true;
            m_bundle.notes << QObject::tr("This bundle was made with %1, an old algorithm; CertDesk read it with "
                                          "OpenSSL's legacy support. Exports from CertDesk use modern algorithms.")
                                  .arg(algorithm.name);
        }
    }

    Result<void> readBags(SafeBagStack* bags, int depth = 0)
    {
        if (depth > 4)
            return damagedError(QObject::tr("its sections are nested too deeply"));
        for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
            PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
            const int type = PKCS12_SAFEBAG_get_nid(bag);
            const QString friendlyName = friendlyNameOf(bag);
            switch (type) {
            case NID_keyBag: {
                ossl::UniquePtr<EVP_PKEY> key = ossl::privateKeyFromPkcs8(PKCS12_SAFEBAG_get0_p8inf(bag));
                if (!key)
                    return unreadableKeyError(PKCS12_SAFEBAG_get0_p8inf(bag));
                m_bundle.keys << PrivateKey::adopt(std::move(key));
                if (m_keyLabel.isEmpty())
                    m_keyLabel = friendlyName;
                break;
            }
            case NID_pkcs8ShroudedKeyBag: {
                const X509_ALGOR* algorithmId = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithmId, nullptr);
                const AlgorithmInfo algorithm = describeAlgorithm(algorithmId);
                noteAlgorithm(algorithm);
                const qint64 work = ossl::passwordKdfWork(algorithmId);
                if (!spend(work))
                    return ossl::passwordKdfTooCostly(m_work);
                ossl::UniquePtr<PKCS8_PRIV_KEY_INFO> info(
                    PKCS12_decrypt_skey(bag, m_passphrase.data, m_passphrase.length));
                if (!info && algorithm.legacy && ensureLegacyProvider()) {
                    ERR_clear_error();
                    if (!spend(work))
                        return ossl::passwordKdfTooCostly(m_work);
                    info.reset(PKCS12_decrypt_skey(bag, m_passphrase.data, m_passphrase.length));
                }
                if (!info)
                    return failure(algorithm, QObject::tr("its private key cannot be decrypted"));
                ossl::UniquePtr<EVP_PKEY> key = ossl::privateKeyFromPkcs8(info.get());
                if (!key)
                    return unreadableKeyError(info.get());
                m_bundle.keys << PrivateKey::adopt(std::move(key));
                if (m_keyLabel.isEmpty())
                    m_keyLabel = friendlyName;
                break;
            }
            case NID_certBag: {
                if (PKCS12_SAFEBAG_get_bag_nid(bag) != NID_x509Certificate) {
                    m_bundle.notes << QObject::tr("A certificate that is not X.509 was skipped.");
                    break;
                }
                ossl::UniquePtr<X509> cert(PKCS12_SAFEBAG_get1_cert(bag));
                if (!cert)
                    return damagedError(QObject::tr("a certificate in it cannot be read"));
                m_bundle.certificates << Certificate::adopt(std::move(cert));
                m_certificateLabels << friendlyName;
                break;
            }
            case NID_safeContentsBag:
                if (auto result = readBags(const_cast<SafeBagStack*>(PKCS12_SAFEBAG_get0_safes(bag)), depth + 1); !result)
                    return result;
                break;
            default:
                m_bundle.notes << QObject::tr("A part of type %1 was skipped.").arg(QString::fromLatin1(OBJ_nid2ln(type)));
                break;
            }
        }
        return {};
    }

    /// The bundle's name is the key's friendlyName, else that of the certificate that goes with the key; never a
    /// CA certificate's name, which would label the user's identity after their CA.
    QString chooseLabel() const
    {
        if (!m_keyLabel.isEmpty())
            return m_keyLabel;
        const bool hasKey = !m_bundle.keys.isEmpty();
        const QByteArray keySpki = hasKey ? m_bundle.keys.first().publicKeySha256() : QByteArray();
        for (qsizetype i = 0; i < m_bundle.certificates.size(); ++i) {
            const bool goesWithKey = !hasKey || m_bundle.certificates[i].publicKeySha256() == keySpki;
            if (goesWithKey && !m_certificateLabels.value(i).isEmpty())
                return m_certificateLabels.value(i);
        }
        return {};
    }

    Passphrase m_passphrase;
    Bundle& m_bundle;
    qint64& m_work;
    bool m_legacyNoted = false;
    QString m_keyLabel;
    QStringList m_certificateLabels; ///< parallel to m_bundle.certificates
};

ossl::UniquePtr<PKCS12> parseDer(const QByteArray& der)
{
    ossl::ErrorMark mark;
    const unsigned char* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::UniquePtr<PKCS12> p12(d2i_PKCS12(nullptr, &cursor, static_cast<long>(der.size())));
    if (p12 && cursor != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        p12.reset();
    return p12;
}

} // namespace

QString Pkcs12::writeProfileId(WriteProfile profile)
{
    return profile == WriteProfile::Modern ? QStringLiteral("modern") : QStringLiteral("compatible");
}

std::optional<Pkcs12::WriteProfile> Pkcs12::writeProfileFromId(const QString& id)
{
    for (WriteProfile profile : {WriteProfile::Modern, WriteProfile::Compatible}) {
        if (id.compare(writeProfileId(profile), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

bool Pkcs12::looksLike(const QByteArray& der)
{
    return parseDer(der) != nullptr;
}

Result<Bundle> Pkcs12::read(const QByteArray& der, const std::optional<SecureBytes>& password)
{
    ossl::UniquePtr<PKCS12> p12 = parseDer(der);
    if (!p12) {
        return makeError(ErrorCode::BadInput, QObject::tr("The file is not a complete PKCS#12 bundle; it may be cut "
                                                          "short or damaged. Ask for the file again."),
                         ossl::drainErrors(), QStringLiteral("damaged"));
    }
    // PKCS#12 distinguishes an empty password from none at all; different tools write either.
    QList<Passphrase> candidates;
    if (password && !password->isEmpty())
        candidates << Passphrase{password->chars(), password->intSize()};
    else
        candidates << Passphrase{"", 0} << Passphrase{nullptr, 0};

    Bundle bundle;
    bundle.format = Bundle::Format::Pkcs12;
    qint64 work = 0;
    if (PKCS12_mac_present(p12.get())) {
        // The MAC's iteration count is read before any password is checked: a crafted file asks for 2^31 per try.
        const ASN1_INTEGER* macIterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIterations, p12.get());
        const long iterations = macIterations ? ASN1_INTEGER_get(macIterations) : 1;
        if (iterations < 0 || iterations > ossl::kMaxPasswordKdfWork / candidates.size())
            return ossl::passwordKdfTooCostly(iterations < 0 ? ossl::kMaxPasswordKdfWork + 1 : iterations * candidates.size());
        work = iterations * candidates.size();
        std::optional<Passphrase> verified;
        for (const Passphrase& candidate : candidates) {
            ossl::ErrorMark mark;
            if (PKCS12_verify_mac(p12.get(), candidate.data, candidate.length) == 1) {
                verified = candidate;
                break;
            }
        }
        if (!verified) {
            const X509_ALGOR* macAlgorithm = nullptr;
            PKCS12_get0_mac(nullptr, &macAlgorithm, nullptr, nullptr, p12.get());
            const ASN1_OBJECT* macOid = nullptr;
            X509_ALGOR_get0(&macOid, nullptr, nullptr, macAlgorithm);
            ossl::ErrorMark mark;
            ossl::UniquePtr<EVP_MD> digest(EVP_MD_fetch(nullptr, OBJ_nid2sn(OBJ_obj2nid(macOid)), nullptr));
            if (OBJ_obj2nid(macOid) == NID_pbmac1) {
                return makeError(ErrorCode::BadInput,
                                 QObject::tr("This PKCS#12 bundle is protected with PBMAC1 (RFC 9579), a newer "
                                             "integrity check that this system's OpenSSL %1 cannot verify (OpenSSL "
                                             "3.4 and later can). Ask for the bundle with the usual SHA-256 "
                                             "integrity check (HMAC), or export it again in a common format.")
                                     .arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))),
                                 QStringLiteral("MAC algorithm PBMAC1 (1.2.840.113549.1.5.14)"),
                                 QStringLiteral("unsupported-algorithm"));
            }
            if (!digest) {
                char name[80] = {};
                OBJ_obj2txt(name, sizeof name, macOid, 0);
                return makeError(ErrorCode::BadInput,
                                 QObject::tr("This PKCS#12 bundle is protected with the integrity algorithm %1, "
                                             "which CertDesk cannot check. Ask for the bundle in a common format.")
                                     .arg(QString::fromLatin1(name)),
                                 {}, QStringLiteral("unsupported-algorithm"));
            }
            if (!password) {
                return makeError(ErrorCode::BadInput,
                                 QObject::tr("This PKCS#12 bundle is protected by a password. Enter the password "
                                             "you were given with the file."),
                                 {}, QStringLiteral("password-required"));
            }
            return makeError(ErrorCode::BadInput,
                             QObject::tr("The password is wrong for this PKCS#12 bundle. Check capital letters and "
                                         "the keyboard layout, then try again."),
                             {}, QStringLiteral("wrong-password"));
        }
        Decryptor decryptor(*verified, bundle, work);
        if (auto result = decryptor.run(p12.get()); !result)
            return result.error();
        return bundle;
    }

    // No MAC: nothing tells a wrong password from a damaged file, so try each candidate for real.
    const QString noMacNote = QObject::tr("This bundle has no integrity check (MAC): CertDesk cannot prove it was not "
                                          "altered on its way to you.");
    std::optional<Error> lastError;
    for (const Passphrase& candidate : candidates) {
        Bundle attempt;
        attempt.format = Bundle::Format::Pkcs12;
        Decryptor decryptor(candidate, attempt, work);
        auto result = decryptor.run(p12.get());
        if (result) {
            attempt.notes.prepend(noMacNote);
            return attempt;
        }
        if (!decryptor.m_failedToDecrypt)
            return result.error();
        lastError = result.error();
    }
    return makeError(ErrorCode::BadInput,
                     password ? QObject::tr("This PKCS#12 bundle has no integrity check (MAC), and it did not decrypt "
                                            "with this password: either the password is wrong or the file is damaged.")
                              : QObject::tr("This PKCS#12 bundle has no integrity check (MAC) and is encrypted. Enter "
                                            "the password you were given with the file."),
                     lastError ? lastError->detail : QString(),
                     password ? QStringLiteral("no-mac") : QStringLiteral("password-required"));
}

Result<QByteArray> Pkcs12::write(const PrivateKey& key, const Certificate& certificate, const QList<Certificate>& chain,
                                 const QString& friendlyName, const SecureBytes& password, WriteProfile profile)
{
    if (password.isEmpty()) {
        return makeError(ErrorCode::Usage, QObject::tr("A PKCS#12 bundle needs a password; many importers reject "
                                                       "bundles without one."));
    }
    const bool modern = profile == WriteProfile::Modern;
    const int pbe = modern ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    const int iterations = modern ? 100000 : 2048;
    // Built from its bags rather than with PKCS12_create(), whose name goes through OpenSSL's UTF-8 conversion:
    // the bag layout is PKCS12_create's (certificates in one encrypted safe, the shrouded key in a plain one, both
    // named and tied together by the SHA-1 of the certificate as localKeyID).
    if (X509_check_private_key(certificate.handle(), key.handle()) != 1) {
        return makeError(ErrorCode::BadInput,
                         QObject::tr("CertDesk could not build the PKCS#12 bundle: the key does not belong to the "
                                     "certificate."),
                         ossl::drainErrors());
    }
    unsigned char keyId[EVP_MAX_MD_SIZE];
    unsigned int keyIdLength = 0;
    ossl::UniquePtr<SafeBagStack> certificateBags;
    ossl::UniquePtr<SafeBagStack> keyBags;
    ossl::UniquePtr<Pkcs7Stack> safes;
    const auto built = [&]() -> bool {
        if (X509_digest(certificate.handle(), EVP_sha1(), keyId, &keyIdLength) != 1)
            return false;
        SafeBagStack* rawBags = nullptr;
        PKCS12_SAFEBAG* bag = PKCS12_add_cert(&rawBags, certificate.handle());
        certificateBags.reset(rawBags);
        if (!bag || (!friendlyName.isEmpty() && !setFriendlyName(bag, friendlyName)) ||
            PKCS12_add_localkeyid(bag, keyId, int(keyIdLength)) != 1)
            return false;
        for (const Certificate& ca : chain) {
            if (!PKCS12_add_cert(&rawBags, ca.handle()))
                return false;
        }
        Pkcs7Stack* rawSafes = nullptr;
        const int addedCertificates =
            PKCS12_add_safe_ex(&rawSafes, certificateBags.get(), pbe, iterations, password.chars(), nullptr, nullptr);
        safes.reset(rawSafes);
        if (addedCertificates != 1)
            return false;
        SafeBagStack* rawKeyBags = nullptr;
        bag = PKCS12_add_key_ex(&rawKeyBags, key.handle(), 0, iterations, pbe, password.chars(), nullptr, nullptr);
        keyBags.reset(rawKeyBags);
        if (!bag || (!friendlyName.isEmpty() && !setFriendlyName(bag, friendlyName)) ||
            PKCS12_add_localkeyid(bag, keyId, int(keyIdLength)) != 1)
            return false;
        const int addedKey = PKCS12_add_safe_ex(&rawSafes, keyBags.get(), -1, 0, nullptr, nullptr, nullptr);
        safes.release();
        safes.reset(rawSafes);
        return addedKey == 1;
    }();
    ossl::UniquePtr<PKCS12> p12(built ? PKCS12_add_safes_ex(safes.get(), 0, nullptr, nullptr) : nullptr);
    OPENSSL_cleanse(keyId, sizeof keyId);
    if (!p12) {
        return makeError(ErrorCode::BadInput, QObject::tr("CertDesk could not build the PKCS#12 bundle."),
                         ossl::drainErrors());
    }
    if (PKCS12_set_mac(p12.get(), password.chars(), password.intSize(), nullptr, 0, iterations,
                       modern ? EVP_sha256() : EVP_sha1()) != 1) {
        return makeError(ErrorCode::BadInput, QObject::tr("CertDesk could not protect the PKCS#12 bundle."),
                         ossl::drainErrors());
    }
    QByteArray der = ossl::i2dBytes(i2d_PKCS12, p12.get());
    if (der.isEmpty())
        return makeError(ErrorCode::BadInput, QObject::tr("CertDesk could not encode the PKCS#12 bundle."), ossl::drainErrors());
    return der;
}

} // namespace certdesk
