#pragma once

#include "doctor/DoctorReport.h"
#include "doctor/HandshakeFacts.h"

namespace certdesk {

/// From what happened on the wire to what it means: the report of one doctor run, its findings in the order a person
/// reads them. Pure — no network, no clock, no vault: everything it knows is in the facts, so tests build them by hand.
class DoctorDiagnosis
{
public:
    static DoctorReport diagnose(const HandshakeFacts& facts);
};

} // namespace certdesk
