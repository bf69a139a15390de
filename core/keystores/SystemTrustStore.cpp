#include "keystores/SystemTrustStore.h"

#include "crypto/BundleReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <unistd.h>

namespace certdesk {

namespace {

constexpr int kUpdateTimeoutMs = 180000;

Error needsRoot()
{
    return makeError(ErrorCode::Keystore,
                     QObject::tr("Changing the system trust store needs administrator rights. Run the command again "
                                 "with sudo, or use the desktop app, which asks for permission."),
                     {}, QStringLiteral("needs-root"));
}

QString fingerprintName(const Certificate& certificate)
{
    return certificate.fingerprintSha256().remove(QLatin1Char(':')).left(16).toLower();
}

} // namespace

std::optional<SystemTrustStore::Layout> SystemTrustStore::detect()
{
    // Debian, Ubuntu: update-ca-certificates reads *.crt under /usr/local/share/ca-certificates.
    if (!QStandardPaths::findExecutable(QStringLiteral("update-ca-certificates"), {QStringLiteral("/usr/sbin"),
                                                                                    QStringLiteral("/sbin"),
                                                                                    QStringLiteral("/usr/bin")})
             .isEmpty() &&
        QFileInfo(QStringLiteral("/usr/local/share/ca-certificates")).isDir()) {
        return Layout{QStringLiteral("/usr/local/share/ca-certificates"), QStringLiteral(".crt"),
                      {QStringLiteral("update-ca-certificates")}, QStringLiteral("/etc/ssl/certs/ca-certificates.crt")};
    }
    // Fedora, RHEL: update-ca-trust extract reads /etc/pki/ca-trust/source/anchors.
    if (!QStandardPaths::findExecutable(QStringLiteral("update-ca-trust"), {QStringLiteral("/usr/bin"),
                                                                            QStringLiteral("/usr/sbin")})
             .isEmpty() &&
        QFileInfo(QStringLiteral("/etc/pki/ca-trust/source/anchors")).isDir()) {
        return Layout{QStringLiteral("/etc/pki/ca-trust/source/anchors"), QStringLiteral(".pem"),
                      {QStringLiteral("update-ca-trust"), QStringLiteral("extract")},
                      QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt")};
    }
    return std::nullopt;
}

SystemTrustStore::SystemTrustStore(Layout layout) : m_layout(std::move(layout))
{
}

StoreLocation SystemTrustStore::location() const
{
    StoreLocation location;
    location.kind = StoreLocation::Kind::System;
    location.id = QStringLiteral("system");
    location.displayName = QObject::tr("System trust store");
    location.path = m_layout.anchorsDirectory;
    return location;
}

QString SystemTrustStore::anchorPath(const Certificate& certificate) const
{
    return QDir(m_layout.anchorsDirectory)
        .filePath(QStringLiteral("certdesk-%1%2").arg(fingerprintName(certificate), m_layout.anchorSuffix));
}

Result<QList<StoredItem>> SystemTrustStore::list()
{
    QList<StoredItem> items;
    const QDir anchors(m_layout.anchorsDirectory);
    for (const QFileInfo& file : anchors.entryInfoList(QDir::Files, QDir::Name)) {
        auto bundle = BundleReader::readFile(file.absoluteFilePath());
        if (!bundle)
            continue; // not ours to judge; the update command skips it too
        for (const Certificate& certificate : bundle.value().certificates)
            items << StoredItem{file.fileName(), certificate, false, true};
    }
    return items;
}

Result<void> SystemTrustStore::installIdentity(const InstallRequest&)
{
    return makeError(ErrorCode::Usage,
                     QObject::tr("The system trust store holds CA certificates only. Install your own certificate "
                                 "into a browser store or a smart card instead."),
                     {}, QStringLiteral("unsupported"));
}

Result<void> SystemTrustStore::addTrustedCa(const Certificate& certificate, const QString&)
{
    if (!certificate.isCa()) {
        return makeError(ErrorCode::Usage,
                         QObject::tr("“%1” is not a CA certificate; only CA certificates belong in the system trust "
                                     "store.")
                             .arg(certificate.subject()),
                         {}, QStringLiteral("not-a-ca"));
    }
    if (::geteuid() != 0)
        return needsRoot();
    const QString path = anchorPath(certificate);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Keystore, QObject::tr("CertDesk cannot write to the system trust store folder."),
                         file.errorString(), QStringLiteral("store-write-failed"));
    }
    file.write(certificate.pem());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    if (!file.commit()) {
        return makeError(ErrorCode::Keystore, QObject::tr("CertDesk cannot write to the system trust store folder."),
                         file.errorString(), QStringLiteral("store-write-failed"));
    }
    if (auto updated = runUpdate(); !updated)
        return undoAdd(path, updated.error(), false);
    auto present = bundleContains(certificate);
    if (!present || !present.value()) {
        return undoAdd(path,
                       makeError(ErrorCode::Keystore,
                                 QObject::tr("The system trust store was updated, but the certificate does not "
                                             "appear in %1; nothing was changed.")
                                     .arg(m_layout.bundlePath),
                                 present ? QString() : present.error().detail, QStringLiteral("verify-failed")),
                       true);
    }
    return {};
}

Error SystemTrustStore::undoAdd(const QString& path, Error error, bool bundleUpdated)
{
    const QString command = m_layout.updateCommand.join(QLatin1Char(' '));
    if (!QFile::remove(path) && QFileInfo::exists(path)) {
        error.message = QObject::tr("CertDesk could not add the certificate to the system trust store, and could not "
                                    "undo its change either: %1 is still there. Ask your administrator to remove it "
                                    "and run %2.")
                            .arg(path, command);
        error.detail += QStringLiteral("; undo: could not remove ") + path;
        error.reason = QStringLiteral("rollback-failed");
        return error;
    }
    auto updated = runUpdate();
    if (updated)
        return error; // the system is as it was
    if (!bundleUpdated) {
        // The update command failed the first time too: the bundle still is what it was before, and without the
        // anchor the next update that works leaves it so. Said in the detail, not dropped.
        error.detail +=
            QStringLiteral("; after removing the anchor, the update failed again: ") + updated.error().detail;
        return error;
    }
    error.message = QObject::tr("CertDesk could not add the certificate to the system trust store, and could not "
                                "undo its change either: %1 may still hold the certificate. Ask your administrator "
                                "to run %2.")
                        .arg(m_layout.bundlePath, command);
    error.detail += QStringLiteral("; undo: the anchor was removed, the update failed: ") + updated.error().detail;
    error.reason = QStringLiteral("rollback-failed");
    return error;
}

Result<void> SystemTrustStore::remove(const Certificate& certificate)
{
    if (::geteuid() != 0)
        return needsRoot();
    const QString path = anchorPath(certificate);
    if (!QFileInfo::exists(path)) {
        return makeError(ErrorCode::NotFound,
                         QObject::tr("CertDesk did not add “%1” to the system trust store, so it does not remove it.")
                             .arg(certificate.subject()),
                         {}, QStringLiteral("not-installed"));
    }
    if (!QFile::remove(path))
        return makeError(ErrorCode::Keystore, QObject::tr("CertDesk cannot remove %1.").arg(path), {},
                         QStringLiteral("store-write-failed"));
    if (auto updated = runUpdate(); !updated)
        return updated;
    auto present = bundleContains(certificate);
    if (present && present.value()) {
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The anchor was removed, but %1 still holds the certificate (another copy of it "
                                     "is installed).")
                             .arg(m_layout.bundlePath),
                         {}, QStringLiteral("verify-failed"));
    }
    return {};
}

Result<bool> SystemTrustStore::verify(const Certificate& certificate, bool)
{
    return bundleContains(certificate);
}

Result<void> SystemTrustStore::runUpdate()
{
    QProcess process;
    process.setProgram(m_layout.updateCommand.first());
    process.setArguments(m_layout.updateCommand.mid(1));
    process.start();
    if (!process.waitForFinished(kUpdateTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The system's certificate update command (%1) failed.")
                             .arg(m_layout.updateCommand.join(QLatin1Char(' '))),
                         QString::fromLocal8Bit(process.readAllStandardError()).trimmed() + process.errorString(),
                         QStringLiteral("update-failed"));
    }
    return {};
}

Result<bool> SystemTrustStore::bundleContains(const Certificate& certificate) const
{
    auto bundle = BundleReader::readFile(m_layout.bundlePath);
    if (!bundle)
        return bundle.error();
    for (const Certificate& candidate : bundle.value().certificates) {
        if (candidate == certificate)
            return true;
    }
    return false;
}

} // namespace certdesk
