// What a server answers to the doctor's HTTP request after the handshake: status line, Date header, error page.
#include "FuzzSupport.h"

#include "doctor/ConnectionDoctor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const DoctorHttpAnswer answer = DoctorHttpAnswer::parse(fuzz::bytes(data, size));
    if (!answer.status)
        fuzz::require(answer.reason.isEmpty(), "a reason phrase without a status");
    fuzz::require(answer.body.size() <= static_cast<qsizetype>(size), "a body longer than the answer");
    DoctorReport report;
    report.httpStatus = answer.status;
    (void)report.toText(QStringLiteral("fuzz_http_answer"));
    return 0;
}
