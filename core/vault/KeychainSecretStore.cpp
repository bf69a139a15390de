#include "vault/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace certdesk {

namespace {

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QByteArray data;
};

/// Runs a job to completion or timeout. The job deletes itself when it ends, even after we stopped waiting,
/// so a keychain that answers late never calls into a dead stack frame.
std::shared_ptr<JobOutcome> runJob(QKeychain::Job* job, std::chrono::milliseconds timeout)
{
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, &loop, job](QKeychain::Job*) {
        outcome->finished = true;
        outcome->error = job->error();
        outcome->errorText = job->errorString();
        if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(job))
            outcome->data = reader->binaryData();
        loop.quit();
    });
    // Once we stop waiting, `loop` dies: the late handler must not touch it.
    QObject::connect(&loop, &QObject::destroyed, job, [job]() { QObject::disconnect(job, &QKeychain::Job::finished, nullptr, nullptr); });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->start();
    if (!outcome->finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

Error keychainError(const JobOutcome& outcome, std::chrono::milliseconds timeout)
{
    if (!outcome.finished) {
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The system keychain did not answer within %1 seconds (it may be locked and "
                                     "waiting for a password prompt). Unlock it, or give a passphrase with "
                                     "--passphrase-file FILE.")
                             .arg(timeout.count() / 1000.0),
                         QStringLiteral("keychain timeout"), QStringLiteral("keychain-timeout"));
    }
    if (outcome.error == QKeychain::EntryNotFound)
        return makeError(ErrorCode::Keystore, QObject::tr("The keychain holds no key for this vault."), outcome.errorText,
                         QStringLiteral("not-found"));
    if (outcome.error == QKeychain::AccessDenied || outcome.error == QKeychain::AccessDeniedByUser) {
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The system keychain refused access. Allow CertDesk in the keychain, or give a "
                                     "passphrase with --passphrase-file FILE."),
                         outcome.errorText, QStringLiteral("keychain-denied"));
    }
    return makeError(ErrorCode::Keystore,
                     QObject::tr("No system keychain is available (no Secret Service is running in this session). "
                                 "Give a passphrase with --passphrase-file FILE to protect the vault's keys instead."),
                     outcome.errorText, QStringLiteral("keychain-unavailable"));
}

std::chrono::milliseconds configuredTimeout()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("CERTDESK_KEYCHAIN_TIMEOUT_MS", &ok);
    return std::chrono::milliseconds(ok && fromEnvironment > 0 ? fromEnvironment : 15000);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)), m_timeout(configuredTimeout())
{
}

Result<SecureBytes> KeychainSecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    auto outcome = runJob(job, m_timeout);
    if (!outcome->finished || outcome->error != QKeychain::NoError)
        return keychainError(*outcome, m_timeout);
    return SecureBytes::takeFrom(outcome->data);
}

Result<void> KeychainSecretStore::write(const QString& key, const SecureBytes& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    QByteArray data(secret.chars(), secret.intSize());
    job->setBinaryData(data);
    OPENSSL_cleanse(data.data(), static_cast<std::size_t>(data.size()));
    auto outcome = runJob(job, m_timeout);
    if (!outcome->finished || outcome->error != QKeychain::NoError)
        return keychainError(*outcome, m_timeout);
    return {};
}

Result<void> KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    auto outcome = runJob(job, m_timeout);
    if (!outcome->finished || (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound))
        return keychainError(*outcome, m_timeout);
    return {};
}

} // namespace certdesk
