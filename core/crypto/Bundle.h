#pragma once

#include "crypto/Certificate.h"
#include "crypto/CertificateRequest.h"
#include "crypto/PrivateKey.h"

#include <QList>
#include <QStringList>

namespace certdesk {

/// What one file held, whatever its format.
struct Bundle
{
    enum class Format
    {
        Pem,
        DerCertificate,
        DerRequest,
        Pkcs7,
        Pkcs12,
        Pkcs8,
        EncryptedPkcs8,
    };

    Format format = Format::Pem;
    QList<Certificate> certificates;
    QList<PrivateKey> keys;
    QList<CertificateRequest> requests;
    /// A name the file itself gives (PKCS#12 friendlyName), empty when none.
    QString label;
    /// Things the user should know that did not stop the import (old algorithm, no integrity check, skipped blocks).
    QStringList notes;

    static QString formatId(Format format);
    static QString formatName(Format format);
    bool isEmpty() const { return certificates.isEmpty() && keys.isEmpty() && requests.isEmpty(); }
};

} // namespace certdesk
