#pragma once

#include "Result.h"
#include "crypto/Bundle.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace certdesk {

/// Reads any file a CA or a colleague may hand over, detecting its format from the content (never the extension).
class BundleReader
{
public:
    /// Files larger than this are refused before parsing (no certificate bundle is this large).
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    /// Reads bytes: PEM (any mix, text around, CRLF), DER certificate or CSR, PKCS#7, PKCS#12, PKCS#8.
    static Result<Bundle> read(const QByteArray& bytes, const std::optional<SecureBytes>& password = std::nullopt);
    /// Reads a file, with errors that name it.
    static Result<Bundle> readFile(const QString& path, const std::optional<SecureBytes>& password = std::nullopt);
    /// The bytes of an ordinary file (at most maxSize + 1 of them, so the caller sees an over-long one). Folders,
    /// devices, named pipes and sockets are refused with a sentence, and opening never waits for a pipe's writer.
    static Result<QByteArray> readRegularFile(const QString& path, qint64 maxSize);
};

} // namespace certdesk
