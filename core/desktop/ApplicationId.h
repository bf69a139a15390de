#pragma once

#include <QString>

namespace certdesk {

/// CertDesk's reverse-DNS application id. It names the installed desktop entry (org.certdesk.CertDesk.desktop), the
/// icon in the hicolor theme, the AppStream component and the Wayland app id, so notifications and windows are
/// matched to the app. resources/ and packaging/ spell the same id; tests/package-test.sh checks that they agree.
inline QString applicationId()
{
    return QStringLiteral("org.certdesk.CertDesk");
}

} // namespace certdesk
