// Certificate requests (PKCS#10, DER): what `show FILE` and the import of a request read.
#include "FuzzSupport.h"

#include "crypto/CertificateRequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const Result<CertificateRequest> request = CertificateRequest::fromDer(fuzz::bytes(data, size));
    if (!request.ok())
        return 0;
    Bundle bundle;
    bundle.requests << request.value();
    fuzz::consume(bundle);
    const CertificateRequest& r = request.value();
    (void)r.subject();
    (void)r.subjectAltNames();
    (void)r.keyUsage();
    (void)r.extendedKeyUsage();
    (void)r.keyDescription();
    return 0;
}
