#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

namespace certdesk::gui {

class VaultAccess;

/// Finishes renewals the way `certdesk-cli replace` does: puts each renewed identity in place of the old one in every
/// store where the old one is installed (core's replaceRenewed, off the GUI thread), and archives the old one when
/// every store succeeded. A store that needs its password or PIN, or a locked vault, is asked about through the
/// PassphraseDialog seam, and what is left is run again. Reports each store's own outcome, never a summary guess.
class RenewalReplacer : public QObject
{
    Q_OBJECT

public:
    /// One store: done and read back, or why not.
    struct StoreOutcome
    {
        QString storeId;
        QString storeName;
        std::optional<Error> error;
    };
    /// One renewal: its stores, whether the old identity is archived now, or why nothing could be done.
    struct Outcome
    {
        QString newId;
        QString oldId;
        QList<StoreOutcome> stores;
        bool archived = false;
        std::optional<Error> error;
    };

    /// `dialogParent` is where questions for passwords appear.
    RenewalReplacer(VaultAccess* access, QWidget* dialogParent, QObject* parent = nullptr);

    /// Starts replacing for the renewals `newIds` (whose certificates arrived); ignored while busy.
    void start(const QStringList& newIds);
    bool isBusy() const { return m_busy; }

signals:
    void finished(const QList<certdesk::gui::RenewalReplacer::Outcome>& outcomes);

private:
    struct Attempt;
    void run(const QStringList& newIds);
    void absorb(const QList<Attempt>& attempts);
    /// Asks for what the failures need; the renewals to run again (empty: nothing more to try).
    QStringList askForWhatIsMissing();
    Outcome& outcomeFor(const QString& newId);

    VaultAccess* m_access = nullptr;
    QPointer<QWidget> m_dialogParent;
    bool m_busy = false;
    bool m_askedVaultPassphrase = false;
    QList<Outcome> m_outcomes;
    /// Passwords and PINs given during this run, by store ID; wiped when the run is over.
    std::map<QString, std::shared_ptr<const SecureBytes>> m_storePasswords;
};

} // namespace certdesk::gui
