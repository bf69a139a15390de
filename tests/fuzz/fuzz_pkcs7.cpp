// PKCS#7 certificate chains (.p7b, .p7c), DER or PEM, as a CA returns them.
#include "FuzzSupport.h"

#include "crypto/BundleReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const Result<Bundle> bundle = BundleReader::read(fuzz::bytes(data, size));
    if (bundle.ok())
        fuzz::consume(bundle.value());
    return 0;
}
