// PKCS#12 bundles opened without a password (the empty password is tried, then one is asked for).
#include "FuzzSupport.h"

#include "crypto/Pkcs12.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const QByteArray der = fuzz::bytes(data, size);
    if (!Pkcs12::looksLike(der))
        return 0;
    const Result<Bundle> bundle = Pkcs12::read(der, std::nullopt);
    if (bundle.ok())
        fuzz::consume(bundle.value());
    else
        fuzz::require(!bundle.error().message.isEmpty(), "a PKCS#12 read failed without a message");
    return 0;
}
