#include "doctor/ConnectionDoctor.h"

#include "doctor/DoctorDiagnosis.h"
#include "doctor/TlsProbe.h"
#include "expiry/Clock.h"

namespace certdesk {

Result<DoctorReport> ConnectionDoctor::examine(const DoctorOptions& options)
{
    auto facts = TlsProbe::observe(options, Clock::now());
    if (!facts)
        return facts.error();
    return DoctorDiagnosis::diagnose(facts.value());
}

} // namespace certdesk
