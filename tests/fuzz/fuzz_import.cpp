// Format auto-detection and import: any bytes a user drops on the window or passes to `certdesk-cli import`, no
// password given (PKCS#12 is tried with the empty password).
#include "FuzzSupport.h"

#include "crypto/BundleReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const Result<Bundle> bundle = BundleReader::read(fuzz::bytes(data, size));
    if (bundle.ok()) {
        fuzz::require(!bundle.value().isEmpty(), "an import succeeded with nothing in it");
        fuzz::consume(bundle.value());
    } else {
        fuzz::require(!bundle.error().message.isEmpty(), "an import failed without a message");
    }
    return 0;
}
