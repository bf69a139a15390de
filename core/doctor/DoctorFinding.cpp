#include "doctor/DoctorFinding.h"

namespace certdesk {

QString DoctorFinding::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString DoctorFinding::severityMarker(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("✓");
    case Severity::Info:
        return QStringLiteral("i");
    case Severity::Warning:
        return QStringLiteral("!");
    case Severity::Error:
        return QStringLiteral("✗");
    }
    return {};
}

} // namespace certdesk
