#include "crypto/Bundle.h"

#include <QObject>

namespace certdesk {

QString Bundle::formatId(Format format)
{
    switch (format) {
    case Format::Pem:
        return QStringLiteral("pem");
    case Format::DerCertificate:
        return QStringLiteral("der-certificate");
    case Format::DerRequest:
        return QStringLiteral("der-request");
    case Format::Pkcs7:
        return QStringLiteral("pkcs7");
    case Format::Pkcs12:
        return QStringLiteral("pkcs12");
    case Format::Pkcs8:
        return QStringLiteral("pkcs8");
    case Format::EncryptedPkcs8:
        return QStringLiteral("pkcs8-encrypted");
    }
    return {};
}

QString Bundle::formatName(Format format)
{
    switch (format) {
    case Format::Pem:
        return QObject::tr("PEM text");
    case Format::DerCertificate:
        return QObject::tr("DER certificate");
    case Format::DerRequest:
        return QObject::tr("DER certificate request");
    case Format::Pkcs7:
        return QObject::tr("PKCS#7 certificate chain");
    case Format::Pkcs12:
        return QObject::tr("PKCS#12 bundle");
    case Format::Pkcs8:
        return QObject::tr("PKCS#8 private key");
    case Format::EncryptedPkcs8:
        return QObject::tr("encrypted PKCS#8 private key");
    }
    return {};
}

} // namespace certdesk
