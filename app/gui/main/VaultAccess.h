#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "vault/KeychainSecretStore.h"
#include "vault/Vault.h"
#include "workflows/OpenVault.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace certdesk::gui {

/// The GUI's way to the vault: every operation runs on a pool thread with its own Vault (a Vault belongs to the
/// thread that opened it) and its own keychain connection, so the GUI thread never waits for SQLite, scrypt or
/// the keychain. Lives on the GUI thread; holds the vault passphrase when the user had to type one.
class VaultAccess : public QObject
{
    Q_OBJECT

public:
    explicit VaultAccess(QString directory, QObject* parent = nullptr)
        : QObject(parent), m_directory(std::move(directory))
    {}

    QString directory() const { return m_directory; }

    /// Runs `work` against an open vault off the GUI thread. The future's Result carries the vault's own error
    /// if it could not be opened.
    template <typename T> QFuture<Result<T>> run(std::function<Result<T>(Vault&)> work) const
    {
        const QString directory = m_directory;
        const std::shared_ptr<const SecureBytes> passphrase = m_passphrase;
        return QtConcurrent::run(pool(), [directory, passphrase, work = std::move(work)]() -> Result<T> {
            KeychainSecretStore keychain;
            VaultCredentials credentials;
            credentials.keychain = &keychain;
            if (passphrase)
                credentials.passphrase = passphrase->clone();
            auto vault = openVault(directory, std::move(credentials));
            if (!vault)
                return vault.error();
            return work(*vault.value());
        });
    }

    /// After a failure with one of these reasons, asking the user for the vault passphrase and retrying helps.
    static bool needsPassphrase(const Error& error)
    {
        static const QStringList reasons = {QStringLiteral("keychain-unavailable"), QStringLiteral("keychain-timeout"),
                                            QStringLiteral("keychain-denied"),      QStringLiteral("keychain-locked"),
                                            QStringLiteral("passphrase-required"),  QStringLiteral("wrong-passphrase")};
        return reasons.contains(error.reason);
    }

    /// After a failure with one of these reasons, asking for that store's password or token PIN and retrying helps.
    static bool needsStorePassword(const Error& error)
    {
        static const QStringList reasons = {QStringLiteral("store-password-required"), QStringLiteral("pin-required"),
                                            QStringLiteral("wrong-store-password"), QStringLiteral("wrong-pin")};
        return reasons.contains(error.reason);
    }

    /// Vault work has its own pool: Qt's painting borrows global-pool threads and waits for them, so a keychain
    /// that takes its time must not hold one of those.
    static QThreadPool* pool()
    {
        static QThreadPool vaultPool;
        vaultPool.setMaxThreadCount(2);
        return &vaultPool;
    }

    void setPassphrase(SecureBytes passphrase)
    {
        m_passphrase = std::make_shared<const SecureBytes>(std::move(passphrase));
    }
    bool hasPassphrase() const { return m_passphrase != nullptr; }
    void forgetPassphrase() { m_passphrase.reset(); }

    /// What askForPassphrase() did.
    enum class PassphraseAnswer
    {
        NotNeeded,  ///< the failure is not one the vault passphrase helps with
        Given,      ///< the user typed it; it is kept: run the work again
        Declined,   ///< the user cancelled
        DidNotOpen, ///< the passphrase asked for before did not open the vault either; it is forgotten
    };
    /// The one "unlock and retry" of the window: after vault work failed with `error`, asks for the vault passphrase
    /// (PassphraseDialog, `error.message` saying why) unless it was asked for already (`alreadyAsked`). A passphrase
    /// that did not open the vault is not kept for the next attempt.
    PassphraseAnswer askForPassphrase(QWidget* parent, const Error& error, bool alreadyAsked);

private:
    QString m_directory;
    std::shared_ptr<const SecureBytes> m_passphrase;
};

} // namespace certdesk::gui
