// A subject as a user types it (RFC 4514 text): parse, print, parse again, build the X509_NAME for a request.
#include "FuzzSupport.h"

#include "crypto/CertificateRequest.h"
#include "crypto/DistinguishedName.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/x509.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Result<DistinguishedName> name = DistinguishedName::parse(text);
    if (!name.ok()) {
        fuzz::require(!name.error().message.isEmpty(), "a DN was refused without a message");
        return 0;
    }
    const QString printed = name.value().toString();
    const Result<DistinguishedName> again = DistinguishedName::parse(printed);
    fuzz::require(again.ok(), "toString() printed a DN that parse() refuses");
    fuzz::require(again.value().attributes() == name.value().attributes(), "a DN changed in a print/parse round trip");
    // A name parse() accepted must go into a request: failing there would be after the key was generated.
    const ossl::UniquePtr<X509_NAME> x509(name.value().toX509Name());
    fuzz::require(x509 != nullptr, "toX509Name() refused a DN that parse() accepted");
    RequestOptions options;
    options.subject = name.value();
    (void)CertificateRequest::validate(options);
    return 0;
}
