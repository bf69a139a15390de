#include "platform/ProcessHardening.h"

#include <QObject>

#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace certdesk {

Result<void> hardenProcess()
{
    const rlimit noCore{0, 0};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0) {
        return makeError(ErrorCode::Keystore, QObject::tr("CertDesk could not turn off core dumps for itself."),
                         QString::fromLocal8Bit(std::strerror(errno)), QStringLiteral("hardening-failed"));
    }
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return makeError(ErrorCode::Keystore,
                         QObject::tr("CertDesk could not protect its memory from other programs."),
                         QString::fromLocal8Bit(std::strerror(errno)), QStringLiteral("hardening-failed"));
    }
    return {};
}

} // namespace certdesk
