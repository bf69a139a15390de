// A subject alternative name as a user types it ("dns:…", "email:…", "ip:…", "uri:…", "upn:…").
#include "FuzzSupport.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/SubjectAltName.h"

#include <openssl/x509v3.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Result<SubjectAltName> san = SubjectAltName::parse(text);
    if (!san.ok()) {
        fuzz::require(!san.error().message.isEmpty(), "a SAN was refused without a message");
        return 0;
    }
    const Result<SubjectAltName> again = SubjectAltName::parse(san.value().toString());
    fuzz::require(again.ok(), "toString() printed a SAN that parse() refuses");
    fuzz::require(again.value().toString() == san.value().toString(), "a SAN changed in a print/parse round trip");
    const ossl::UniquePtr<GENERAL_NAME> general(san.value().toGeneralName());
    fuzz::require(general != nullptr, "toGeneralName() failed");
    return 0;
}
