// Encrypted private keys (PKCS#8 EncryptedPrivateKeyInfo, DER or "ENCRYPTED PRIVATE KEY" PEM) and the legacy
// encrypted PEM keys, with the password the input carries (see fuzz::splitPassword).
#include "FuzzSupport.h"

#include "crypto/BundleReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    auto [password, file] = fuzz::splitPassword(data, size);
    const Result<Bundle> bundle = BundleReader::read(file, std::move(password));
    if (bundle.ok())
        fuzz::consume(bundle.value());
    return 0;
}
