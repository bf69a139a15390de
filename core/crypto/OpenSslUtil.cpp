#include "crypto/OpenSslUtil.h"

#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QObject>
#include <QStringList>

#include <utility>

namespace certdesk::ossl {

QString drainErrors()
{
    QStringList lines;
    char buffer[256];
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        lines << QString::fromLatin1(buffer);
    }
    return lines.join(QStringLiteral("; "));
}

namespace {

/// An ASN.1 INTEGER as a count; anything not a sane positive count is "too much" (the bound refuses it).
qint64 countOf(const ASN1_INTEGER* integer, qint64 absent)
{
    if (!integer)
        return absent;
    const long value = ASN1_INTEGER_get(integer);
    return value < 0 ? kMaxPasswordKdfWork + 1 : static_cast<qint64>(value);
}

template <typename T> UniquePtr<T> unpackParameter(const ASN1_ITEM* item, const ASN1_TYPE* parameter)
{
    if (!parameter || parameter->type != V_ASN1_SEQUENCE)
        return nullptr;
    return UniquePtr<T>(static_cast<T*>(ASN1_TYPE_unpack_sequence(item, parameter)));
}

/// A product of counts, saturating just above the bound instead of overflowing.
qint64 boundedProduct(std::initializer_list<qint64> factors)
{
    qint64 product = 1;
    for (qint64 factor : factors) {
        if (factor > 0 && product > (kMaxPasswordKdfWork + 1) / factor)
            return kMaxPasswordKdfWork + 1;
        product *= factor;
    }
    return product;
}

} // namespace

qint64 passwordKdfWork(const X509_ALGOR* algorithm)
{
    if (!algorithm)
        return 0;
    ErrorMark mark;
    const ASN1_TYPE* parameter = algorithm->parameter;
    if (OBJ_obj2nid(algorithm->algorithm) != NID_pbes2) {
        // PKCS#12 PBEs (pbeWithSHAAnd3-KeyTripleDES-CBC …) and PKCS#5 v1: PBEParameter {salt, iterationCount}.
        auto pbe = unpackParameter<PBEPARAM>(ASN1_ITEM_rptr(PBEPARAM), parameter);
        return pbe ? countOf(pbe->iter, 1) : 0;
    }
    auto pbes2 = unpackParameter<PBE2PARAM>(ASN1_ITEM_rptr(PBE2PARAM), parameter);
    if (!pbes2 || !pbes2->keyfunc)
        return 0;
    const int kdf = OBJ_obj2nid(pbes2->keyfunc->algorithm);
    if (kdf == NID_id_pbkdf2) {
        auto pbkdf2 = unpackParameter<PBKDF2PARAM>(ASN1_ITEM_rptr(PBKDF2PARAM), pbes2->keyfunc->parameter);
        return pbkdf2 ? countOf(pbkdf2->iter, 1) : 0;
    }
    if (kdf == NID_id_scrypt) {
        auto scrypt = unpackParameter<SCRYPT_PARAMS>(ASN1_ITEM_rptr(SCRYPT_PARAMS), pbes2->keyfunc->parameter);
        if (!scrypt)
            return 0;
        return boundedProduct({countOf(scrypt->costParameter, 0), countOf(scrypt->blockSize, 0),
                               countOf(scrypt->parallelizationParameter, 0)});
    }
    return 0;
}

Error passwordKdfTooCostly(qint64 work)
{
    return makeError(ErrorCode::BadInput,
                     QObject::tr("This file asks for far more password hashing than any program writes: opening it "
                                 "would keep this computer busy for a very long time, so CertDesk refuses. The file "
                                 "is damaged or made to stall the programs that open it; ask for the file again."),
                     QStringLiteral("password-based key derivation work %1 exceeds %2")
                         .arg(work > kMaxPasswordKdfWork ? QStringLiteral("over %1").arg(kMaxPasswordKdfWork)
                                                         : QString::number(work))
                         .arg(kMaxPasswordKdfWork),
                     QStringLiteral("too-costly"));
}

UniquePtr<BIO> memoryBio(const QByteArray& bytes)
{
    return UniquePtr<BIO>(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

UniquePtr<BIO> memoryBio()
{
    return UniquePtr<BIO>(BIO_new(BIO_s_mem()));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, length) : QByteArray();
}

int lastErrorReason()
{
    return ERR_GET_REASON(ERR_peek_last_error());
}

namespace {

/// One thread's PrivateKeyInfo decoder: the context writes each key it decodes into `decoded` (a raw pointer because
/// the context holds its address; the caller takes each key out of it at once).
struct PrivateKeyDecoder
{
    EVP_PKEY* decoded = nullptr;
    UniquePtr<OSSL_DECODER_CTX> context;

    PrivateKeyDecoder()
    {
        ErrorMark mark;
        context.reset(OSSL_DECODER_CTX_new_for_pkey(&decoded, "DER", "PrivateKeyInfo", nullptr, EVP_PKEY_KEYPAIR,
                                                    nullptr, nullptr));
    }
    ~PrivateKeyDecoder()
    {
        context.reset();
        EVP_PKEY_free(decoded);
    }
    PrivateKeyDecoder(const PrivateKeyDecoder&) = delete;
    PrivateKeyDecoder& operator=(const PrivateKeyDecoder&) = delete;
};

} // namespace

UniquePtr<EVP_PKEY> privateKeyFromPkcs8(const PKCS8_PRIV_KEY_INFO* info)
{
    if (!info)
        return nullptr;
    thread_local PrivateKeyDecoder decoder;
    if (decoder.context) {
        unsigned char* der = nullptr;
        const int length = i2d_PKCS8_PRIV_KEY_INFO(info, &der);
        if (length > 0) {
            const unsigned char* cursor = der;
            std::size_t left = static_cast<std::size_t>(length);
            ErrorMark mark;
            const bool decoded = OSSL_DECODER_from_data(decoder.context.get(), &cursor, &left) == 1 && decoder.decoded;
            OPENSSL_clear_free(der, static_cast<std::size_t>(length));
            UniquePtr<EVP_PKEY> key(std::exchange(decoder.decoded, nullptr));
            if (decoded)
                return key;
        }
    }
    // What the shared context cannot read (a legacy-only algorithm, say) goes the long way, which knows more tricks.
    return UniquePtr<EVP_PKEY>(EVP_PKCS82PKEY(info));
}

} // namespace certdesk::ossl
