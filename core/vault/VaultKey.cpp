#include "vault/VaultKey.h"

#include "crypto/OpenSslUtil.h"

#include <QObject>

#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace certdesk {

namespace {
constexpr char kFormatVersion = 1;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

Error cryptoError(const QString& message)
{
    return makeError(ErrorCode::Keystore, message, ossl::drainErrors());
}
} // namespace

VaultKey VaultKey::generate()
{
    SecureBytes key(kKeySize);
    if (RAND_bytes(key.data(), key.intSize()) != 1)
        return {};
    return VaultKey(std::move(key));
}

Result<QByteArray> VaultKey::seal(const SecureBytes& plaintext, const QByteArray& context) const
{
    if (isNull())
        return cryptoError(QObject::tr("The vault is locked."));
    QByteArray sealed(1 + kNonceSize + static_cast<qsizetype>(plaintext.size()) + kTagSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    out[0] = kFormatVersion;
    unsigned char* nonce = out + 1;
    unsigned char* ciphertext = nonce + kNonceSize;
    if (RAND_bytes(nonce, kNonceSize) != 1)
        return cryptoError(QObject::tr("The system's random number generator failed."));
    ossl::UniquePtr<EVP_CIPHER_CTX> ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    int finalLength = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), nonce) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(context.constData()),
                          static_cast<int>(context.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), ciphertext, &length, plaintext.data(), plaintext.intSize()) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), ciphertext + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, ciphertext + plaintext.size()) != 1)
        return cryptoError(QObject::tr("CertDesk could not encrypt the private key."));
    return sealed;
}

Result<SecureBytes> VaultKey::open(const QByteArray& sealed, const QByteArray& context) const
{
    if (isNull())
        return cryptoError(QObject::tr("The vault is locked."));
    if (sealed.size() < 1 + kNonceSize + kTagSize || sealed[0] != kFormatVersion)
        return makeError(ErrorCode::BadInput, QObject::tr("A stored private key is damaged."), {}, QStringLiteral("damaged"));
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    const unsigned char* nonce = in + 1;
    const unsigned char* ciphertext = nonce + kNonceSize;
    const int ciphertextSize = static_cast<int>(sealed.size()) - 1 - kNonceSize - kTagSize;
    SecureBytes plaintext(static_cast<std::size_t>(ciphertextSize));
    ossl::UniquePtr<EVP_CIPHER_CTX> ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    int finalLength = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), nonce) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(context.constData()),
                          static_cast<int>(context.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), plaintext.data(), &length, ciphertext, ciphertextSize) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize,
                            const_cast<unsigned char*>(ciphertext + ciphertextSize)) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + length, &finalLength) == 1;
    if (!ok) {
        return makeError(ErrorCode::BadInput,
                         QObject::tr("A stored private key does not decrypt with this vault's key: the key or the "
                                     "vault is damaged."),
                         ossl::drainErrors(), QStringLiteral("damaged"));
    }
    return plaintext;
}

Result<VaultKey> VaultKey::deriveFromPassphrase(const SecureBytes& passphrase, const QByteArray& salt,
                                                const ScryptParameters& parameters)
{
    SecureBytes key(kKeySize);
    // maxmem must exceed 128 * N * r bytes or OpenSSL refuses the parameters.
    const quint64 maxMemory = 128ull * parameters.n * parameters.r + (16u << 20);
    if (EVP_PBE_scrypt(passphrase.chars(), passphrase.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
                       static_cast<std::size_t>(salt.size()), parameters.n, parameters.r, parameters.p, maxMemory,
                       key.data(), key.size()) != 1)
        return cryptoError(QObject::tr("CertDesk could not derive a key from the passphrase (out of memory?)."));
    return VaultKey(std::move(key));
}

} // namespace certdesk
