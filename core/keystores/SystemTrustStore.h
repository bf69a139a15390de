#pragma once

#include "keystores/KeyStore.h"

#include <QStringList>

#include <optional>

namespace certdesk {

/// The distribution's trust store for CA certificates (not for identities): an anchors folder plus the command that
/// rebuilds the system bundle from it. Changing it needs root.
class SystemTrustStore : public KeyStore
{
public:
    /// Where the distribution keeps things; detect() fills it for Debian/Ubuntu and Fedora/RHEL layouts.
    struct Layout
    {
        QString anchorsDirectory;   ///< /usr/local/share/ca-certificates
        QString anchorSuffix;       ///< ".crt" (update-ca-certificates only reads *.crt) or ".pem"
        QStringList updateCommand;  ///< {"update-ca-certificates"} / {"update-ca-trust", "extract"}
        QString bundlePath;         ///< the file applications read: /etc/ssl/certs/ca-certificates.crt
    };

    /// The layout of this system, or nullopt when neither is found.
    static std::optional<Layout> detect();
    explicit SystemTrustStore(Layout layout);

    StoreLocation location() const override;
    Result<QList<StoredItem>> list() override;
    /// Refused: the system store is for CA certificates only.
    Result<void> installIdentity(const InstallRequest& request) override;
    Result<void> addTrustedCa(const Certificate& certificate, const QString& nickname) override;
    Result<void> remove(const Certificate& certificate) override;
    Result<bool> verify(const Certificate& certificate, bool expectPrivateKey) override;

    /// The anchor file CertDesk writes for a certificate (named after its fingerprint, so removal is exact).
    QString anchorPath(const Certificate& certificate) const;

private:
    Result<void> runUpdate();
    /// Removes the anchor just written and regenerates the bundle (`bundleUpdated`: the failed add had regenerated it
    /// with the certificate in). When that fails too, `error` says that the change could not be undone and what is
    /// left, instead of claiming that nothing changed.
    Error undoAdd(const QString& path, Error error, bool bundleUpdated);
    Result<bool> bundleContains(const Certificate& certificate) const;

    Layout m_layout;
};

} // namespace certdesk
