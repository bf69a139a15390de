#pragma once

#include "Result.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/err.h>

#include <QByteArray>
#include <QString>

namespace certdesk::ossl {

/// Drains OpenSSL's whole error queue into one line (for Error::detail); empty when the queue was empty.
QString drainErrors();

/// Sets an error-queue mark and pops back to it on destruction, so a failed format probe leaves nothing behind.
class ErrorMark
{
public:
    ErrorMark() { ERR_set_mark(); }
    ~ErrorMark() { ERR_pop_to_mark(); }
    ErrorMark(const ErrorMark&) = delete;
    ErrorMark& operator=(const ErrorMark&) = delete;
};

/// A read-only memory BIO over bytes that must outlive it.
UniquePtr<BIO> memoryBio(const QByteArray& bytes);
/// A writable memory BIO.
UniquePtr<BIO> memoryBio();
/// Copies everything written to a memory BIO.
QByteArray bioBytes(BIO* bio);

/// The DER an OpenSSL i2d function writes for an object (`i2dBytes(i2d_X509, cert)`), copied out of the buffer
/// OpenSSL allocates, which is freed here; empty when encoding fails. Not for private keys: the copy is not wiped.
template <typename T, typename Encode> QByteArray i2dBytes(Encode encode, const T* object)
{
    unsigned char* der = nullptr;
    const int length = encode(object, &der);
    const UniquePtr<unsigned char> owner(der);
    if (length <= 0 || !der)
        return {};
    return QByteArray(reinterpret_cast<const char*>(der), length);
}

/// The reason code of the most recent error in the queue, without consuming it.
int lastErrorReason();

/// The key in an unencrypted PKCS#8 PrivateKeyInfo, as EVP_PKCS82PKEY gives it (null when it cannot be read), but
/// decoded through one decoder context per thread that is set up once: OpenSSL 3.0 spends about 0.6 ms collecting
/// the decoders for every new context, several times the decoding itself (importing 1 000 keys paid it 1 000 times).
/// Falls back to EVP_PKCS82PKEY when the shared context cannot read the key. Wipes its copy of the key bytes.
UniquePtr<EVP_PKEY> privateKeyFromPkcs8(const PKCS8_PRIV_KEY_INFO* info);

/// How much work deriving a key from a password costs under this algorithm identifier (a PKCS#12 or PKCS#5 PBE,
/// PBES2 with PBKDF2 or scrypt): iterations, or N·r·p for scrypt. 0 when it names no password-based scheme.
/// The count comes from the file, before any password is checked, so a hostile file can ask for billions.
qint64 passwordKdfWork(const X509_ALGOR* algorithm);

/// The most password-derivation work one file may ask for, over all its parts and password tries. Real files ask
/// for a few thousand iterations per part (OpenSSL 2048, Windows 2000, CertDesk's modern export 100 000); this
/// bound still admits a million per part, and is a few seconds of work, not the hour 2^31 iterations would take.
constexpr qint64 kMaxPasswordKdfWork = 10'000'000;
/// What a reader returns for a file over that bound (reason "too-costly").
Error passwordKdfTooCostly(qint64 work);

} // namespace certdesk::ossl
