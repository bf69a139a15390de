#pragma once

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

/// The reason code of the most recent error in the queue, without consuming it.
int lastErrorReason();

} // namespace certdesk::ossl
