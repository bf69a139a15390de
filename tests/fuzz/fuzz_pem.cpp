// PEM bundles: any mix of blocks, text around them, CRLF, encrypted keys (a password comes with the input).
#include "FuzzSupport.h"

#include "crypto/BundleReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    auto [password, text] = fuzz::splitPassword(data, size);
    // Only PEM: the DER readers have their own harnesses, and keeping to PEM keeps the fuzzer on this parser.
    if (!text.contains("-----BEGIN "))
        return 0;
    const Result<Bundle> bundle = BundleReader::read(text, std::move(password));
    if (bundle.ok()) {
        fuzz::require(bundle.value().format == Bundle::Format::Pem, "PEM text read as another format");
        fuzz::consume(bundle.value());
    }
    return 0;
}
