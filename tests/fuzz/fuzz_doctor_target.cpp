// The address a user gives `certdesk-cli doctor` or the Test Connection dialog: URL, HOST:PORT, [v6]:port, host.
#include "FuzzSupport.h"

#include "doctor/ConnectionDoctor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const Result<DoctorTarget> target = DoctorTarget::parse(QString::fromUtf8(fuzz::bytes(data, size)));
    if (!target.ok()) {
        fuzz::require(!target.error().message.isEmpty(), "a target was refused without a message");
        return 0;
    }
    fuzz::require(target.value().port != 0, "a target without a port");
    fuzz::require(!target.value().host.isEmpty(), "a target without a host");
    (void)target.value().hostIsAddress();
    return 0;
}
