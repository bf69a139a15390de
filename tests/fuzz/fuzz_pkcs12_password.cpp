// PKCS#12 bundles opened with a password (the input's first byte gives its length, see fuzz::splitPassword).
#include "FuzzSupport.h"

#include "crypto/Pkcs12.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    auto [password, der] = fuzz::splitPassword(data, size);
    if (!Pkcs12::looksLike(der))
        return 0;
    const Result<Bundle> bundle = Pkcs12::read(der, std::move(password));
    if (bundle.ok())
        fuzz::consume(bundle.value());
    else
        fuzz::require(!bundle.error().message.isEmpty(), "a PKCS#12 read failed without a message");
    return 0;
}
