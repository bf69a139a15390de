#pragma once

#include "Result.h"
#include "crypto/CertificateRequest.h"
#include "vault/VaultEntry.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWizard>

#include <optional>

namespace certdesk::gui {

class RequestKeyPage;
class RequestProfilePage;
class RequestResultPage;
class RequestSubjectPage;
class VaultAccess;

/// "Request a certificate": purpose, subject, key, then the CSR to send. The key is generated and the request signed
/// off the GUI thread; both are stored in the vault as a pending request before the result page shows the CSR.
class RequestWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProfilePageId,
        SubjectPageId,
        KeyPageId,
        ResultPageId,
    };

    /// `access` must outlive the wizard; the wizard uses it for the one vault write (and the passphrase, if asked).
    explicit RequestWizard(VaultAccess* access, QWidget* parent = nullptr);
    ~RequestWizard() override;

    /// The vault ID of the stored request; empty until it is stored.
    QString requestId() const { return m_requestId; }

    /// Where keys are generated. Not the global pool: Qt's raster painting borrows global-pool threads and waits
    /// for them, so seconds of RSA there could freeze the window on a machine with few cores.
    static QThreadPool* generationPool();

public slots:
    /// Closing while the key is generated discards it; closing while the vault stores it waits for the vault.
    void reject() override;

signals:
    /// The pending request is in the vault (emitted once, before the result page shows).
    void requestCreated(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Created
    {
        PrivateKey key;
        CertificateRequest request;
    };

    void startCreating(KeyType type);
    void stopCreating();
    void created(Result<Created> result, KeyType type);
    void store(bool passphraseAsked);
    void stored(const Result<VaultEntry>& result, bool passphraseAsked);
    void fail(const QString& message, const QString& detail = {});
    void setBusy(bool busy);

    VaultAccess* m_access = nullptr;
    RequestProfilePage* m_profilePage = nullptr;
    RequestSubjectPage* m_subjectPage = nullptr;
    RequestKeyPage* m_keyPage = nullptr;
    RequestResultPage* m_resultPage = nullptr;
    /// Replaced for every attempt and deleted by "Stop", so a late result from an abandoned attempt reaches nobody.
    QFutureWatcher<Result<Created>>* m_creating = nullptr;
    QFutureWatcher<Result<VaultEntry>>* m_storing = nullptr;
    std::optional<Created> m_created;
    /// A key whose request could not be stored is kept (never stored) so that a retry need not wait for RSA again.
    std::optional<std::pair<KeyType, PrivateKey>> m_spareKey;
    QString m_requestId;
};

} // namespace certdesk::gui
