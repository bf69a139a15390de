#include "doctor/PeerName.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/OpenSslUtil.h"

namespace certdesk {

QString peerNameText(const X509_NAME* name)
{
    ossl::UniquePtr<BIO> bio = ossl::memoryBio();
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(ossl::bioBytes(bio.get()));
}

QByteArray peerNameDer(const X509_NAME* name)
{
    // Measured first, then written into our own buffer: no OpenSSL allocation to free.
    const int length = i2d_X509_NAME(name, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509_NAME(name, &out) != length)
        return {};
    return der;
}

} // namespace certdesk
