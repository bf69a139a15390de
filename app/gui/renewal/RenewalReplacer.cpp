#include "gui/renewal/RenewalReplacer.h"

#include "gui/common/DialogSeams.h"
#include "gui/main/VaultAccess.h"
#include "workflows/Renewal.h"

#include <QDir>
#include <QFutureWatcher>

#include <algorithm>

namespace certdesk::gui {

/// What one replaceRenewed call on the pool thread came back with.
struct RenewalReplacer::Attempt
{
    QString newId;
    std::optional<ReplacementReport> report;
    std::optional<Error> error;
};

RenewalReplacer::RenewalReplacer(VaultAccess* access, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_access(access), m_dialogParent(dialogParent)
{}

void RenewalReplacer::start(const QStringList& newIds)
{
    if (m_busy || newIds.isEmpty())
        return;
    m_busy = true;
    m_askedVaultPassphrase = false;
    m_outcomes.clear();
    for (const QString& id : newIds)
        m_outcomes << Outcome{id, {}, {}, false, std::nullopt};
    run(newIds);
}

RenewalReplacer::Outcome& RenewalReplacer::outcomeFor(const QString& newId)
{
    for (Outcome& outcome : m_outcomes) {
        if (outcome.newId == newId)
            return outcome;
    }
    m_outcomes << Outcome{newId, {}, {}, false, std::nullopt};
    return m_outcomes.last();
}

void RenewalReplacer::run(const QStringList& newIds)
{
    // Copies for the pool thread: it must not touch this object, which may be gone when it finishes.
    const std::map<QString, std::shared_ptr<const SecureBytes>> passwords = m_storePasswords;
    const QString home = QDir::homePath();
    auto* watcher = new QFutureWatcher<Result<QList<Attempt>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<Attempt>>>::finished, this, [this, watcher, newIds] {
        watcher->deleteLater();
        const Result<QList<Attempt>> result = watcher->result();
        if (result) {
            absorb(result.value());
        } else {
            // The vault did not open: every renewal of this run shares that one error.
            QList<Attempt> failed;
            for (const QString& id : newIds)
                failed << Attempt{id, std::nullopt, result.error()};
            absorb(failed);
        }
        const QStringList again = askForWhatIsMissing();
        if (!again.isEmpty()) {
            run(again);
            return;
        }
        m_busy = false;
        m_storePasswords.clear();
        emit finished(m_outcomes);
    });
    watcher->setFuture(m_access->run<QList<Attempt>>([newIds, passwords, home](Vault& vault) -> Result<QList<Attempt>> {
        std::map<QString, StoreCredentials> credentials;
        for (const auto& [storeId, password] : passwords) {
            StoreCredentials given;
            if (password)
                given.password = password->clone();
            credentials.emplace(storeId, std::move(given));
        }
        static const StoreCredentials none;
        const auto credentialsFor = [&credentials](const StoreLocation& location) -> const StoreCredentials& {
            const auto found = credentials.find(location.id);
            return found == credentials.end() ? none : found->second;
        };
        QList<Attempt> attempts;
        for (const QString& id : newIds) {
            auto report = replaceRenewed(vault, id, home, credentialsFor);
            if (report)
                attempts << Attempt{id, report.value(), std::nullopt};
            else
                attempts << Attempt{id, std::nullopt, report.error()};
        }
        return attempts;
    }));
}

void RenewalReplacer::absorb(const QList<Attempt>& attempts)
{
    for (const Attempt& attempt : attempts) {
        Outcome& outcome = outcomeFor(attempt.newId);
        if (attempt.error) {
            outcome.error = attempt.error;
            continue;
        }
        outcome.error.reset();
        outcome.oldId = attempt.report->oldId;
        outcome.archived = attempt.report->archived;
        // A run again only sees the stores still left; the ones done before keep their ✓.
        for (const ReplacementStep& step : attempt.report->steps) {
            const StoreOutcome store{step.storeId, step.storeName, step.error};
            auto known = std::find_if(outcome.stores.begin(), outcome.stores.end(),
                                      [&](const StoreOutcome& seen) { return seen.storeId == step.storeId; });
            if (known != outcome.stores.end())
                *known = store;
            else
                outcome.stores << store;
        }
    }
}

QStringList RenewalReplacer::askForWhatIsMissing()
{
    QStringList again;
    const auto addAgain = [&again](const QString& id) {
        if (!again.contains(id))
            again << id;
    };

    // A locked vault first: without the new private key no store can be done.
    QStringList locked;
    QString why;
    std::optional<Error> lockedError;
    for (const Outcome& outcome : std::as_const(m_outcomes)) {
        std::optional<Error> error = outcome.error;
        for (const StoreOutcome& store : outcome.stores) {
            if (!error && store.error && VaultAccess::needsPassphrase(*store.error))
                error = store.error;
        }
        if (error && VaultAccess::needsPassphrase(*error)) {
            locked << outcome.newId;
            lockedError = error;
        }
    }
    if (!locked.isEmpty()) {
        const bool alreadyAsked = m_askedVaultPassphrase;
        m_askedVaultPassphrase = true;
        if (m_access->askForPassphrase(m_dialogParent, *lockedError, alreadyAsked) !=
            VaultAccess::PassphraseAnswer::Given)
            return {};
        for (const QString& id : std::as_const(locked))
            addAgain(id);
        return again;
    }

    for (const Outcome& outcome : std::as_const(m_outcomes)) {
        for (const StoreOutcome& store : outcome.stores) {
            if (!store.error || !VaultAccess::needsStorePassword(*store.error))
                continue;
            const bool token = store.storeId.startsWith(QLatin1String("pkcs11:"));
            const QString title =
                token ? tr("PIN for %1").arg(store.storeName) : tr("Password for %1").arg(store.storeName);
            const QString text =
                store.error->message + QStringLiteral("\n\n") +
                (token ? tr("Enter the PIN of “%1” to put the renewed certificate there in place of the old one.")
                             .arg(store.storeName)
                       : tr("Enter the password of “%1” to put the renewed certificate there in place of the old one.")
                             .arg(store.storeName));
            std::optional<SecureBytes> secret = PassphraseDialog::askSecret(m_dialogParent, title, text, title);
            if (!secret)
                continue;
            m_storePasswords[store.storeId] = std::make_shared<const SecureBytes>(std::move(*secret));
            addAgain(outcome.newId);
        }
    }
    return again;
}

} // namespace certdesk::gui
