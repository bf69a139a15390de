#include "vault/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <openssl/crypto.h>

#include <qt6keychain/keychain.h>

#include <memory>

namespace certdesk {

namespace {

/// What a keychain job reported, filled on the keychain thread and read by the waiting caller.
struct JobOutcome
{
    QMutex mutex;
    QWaitCondition done;
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QByteArray data;
};

/// QtKeychain routes every job through one internal object that belongs to the thread that used it first; jobs
/// finishing on other threads then crash. So all jobs run on this one thread, whoever asks.
class KeychainThread
{
public:
    static KeychainThread& instance()
    {
        static KeychainThread holder;
        return holder;
    }
    QThread* thread() const { return m_thread; }
    /// Lives on the keychain thread: queued calls with it as context run there.
    QObject* context() const { return m_context; }

private:
    KeychainThread()
    {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("CertDesk keychain"));
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        m_thread->start();
        // Stop it while QCoreApplication still exists (post routines run in its destructor).
        qAddPostRoutine(&KeychainThread::stop);
    }
    static void stop()
    {
        QThread* thread = instance().thread();
        thread->quit();
        thread->wait(5000);
    }
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;
};

enum class Operation
{
    Read,
    Write,
    Remove,
};

/// Starts the job on the keychain thread and waits up to `timeout` for it. A job that answers late finishes on
/// its own thread and deletes itself; the caller has long gone with a timeout error, and the shared outcome keeps
/// the late answer from touching freed memory.
std::shared_ptr<JobOutcome> runJob(Operation operation, const QString& service, const QString& key, QByteArray data,
                                   std::chrono::milliseconds timeout)
{
    auto outcome = std::make_shared<JobOutcome>();
    QThread* thread = KeychainThread::instance().thread();
    auto start = [operation, service, key, data = std::move(data), outcome]() mutable {
        QKeychain::Job* job = nullptr;
        switch (operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case Operation::Write: {
            auto* write = new QKeychain::WritePasswordJob(service);
            write->setBinaryData(data);
            job = write;
            break;
        }
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        if (!data.isEmpty())
            OPENSSL_cleanse(data.data(), static_cast<std::size_t>(data.size()));
        job->setKey(key);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job, [outcome](QKeychain::Job* finishedJob) {
            QMutexLocker lock(&outcome->mutex);
            outcome->finished = true;
            outcome->error = finishedJob->error();
            outcome->errorText = finishedJob->errorString();
            if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(finishedJob))
                outcome->data = reader->binaryData();
            outcome->done.wakeAll();
        });
        job->start();
    };
    if (QThread::currentThread() == thread) {
        // Re-entrant use from the keychain thread itself cannot wait on itself; never happens in CertDesk.
        QMutexLocker lock(&outcome->mutex);
        outcome->errorText = QStringLiteral("keychain called from its own thread");
        return outcome;
    }
    QMetaObject::invokeMethod(KeychainThread::instance().context(), std::move(start), Qt::QueuedConnection);
    QMutexLocker lock(&outcome->mutex);
    if (!outcome->finished)
        outcome->done.wait(&outcome->mutex, QDeadlineTimer(timeout));
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

bool succeeded(const JobOutcome& outcome, bool entryNotFoundIsSuccess = false)
{
    return outcome.finished &&
           (outcome.error == QKeychain::NoError || (entryNotFoundIsSuccess && outcome.error == QKeychain::EntryNotFound));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)), m_timeout(configuredTimeout())
{
}

Result<SecureBytes> KeychainSecretStore::read(const QString& key)
{
    auto outcome = runJob(Operation::Read, m_service, key, {}, m_timeout);
    QMutexLocker lock(&outcome->mutex);
    if (!succeeded(*outcome))
        return keychainError(*outcome, m_timeout);
    return SecureBytes::takeFrom(outcome->data);
}

Result<void> KeychainSecretStore::write(const QString& key, const SecureBytes& secret)
{
    QByteArray data(secret.chars(), secret.intSize());
    auto outcome = runJob(Operation::Write, m_service, key, std::move(data), m_timeout);
    QMutexLocker lock(&outcome->mutex);
    if (!succeeded(*outcome))
        return keychainError(*outcome, m_timeout);
    return {};
}

Result<void> KeychainSecretStore::remove(const QString& key)
{
    auto outcome = runJob(Operation::Remove, m_service, key, {}, m_timeout);
    QMutexLocker lock(&outcome->mutex);
    if (!succeeded(*outcome, true))
        return keychainError(*outcome, m_timeout);
    return {};
}

} // namespace certdesk
