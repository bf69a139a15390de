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

} // namespace certdesk
