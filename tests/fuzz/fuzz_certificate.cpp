// DER certificates: every fact CertDesk shows or matches on.
#include "FuzzSupport.h"

#include "crypto/Certificate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const Result<Certificate> certificate = Certificate::fromDer(fuzz::bytes(data, size));
    if (!certificate.ok())
        return 0;
    Bundle bundle;
    bundle.certificates << certificate.value();
    fuzz::consume(bundle);
    const Certificate& c = certificate.value();
    (void)c.isSelfSigned();
    (void)c.isIssuedBy(c);
    (void)c.keyUsage();
    (void)c.extendedKeyUsage();
    (void)c.fingerprintSha256();
    return 0;
}
