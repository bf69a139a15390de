#include "gui/request/RequestWizard.h"

#include "gui/common/DialogSeams.h"
#include "gui/main/VaultAccess.h"
#include "gui/request/RequestKeyPage.h"
#include "gui/request/RequestProfilePage.h"
#include "gui/request/RequestResultPage.h"
#include "gui/request/RequestSubjectPage.h"
#include "gui/settings/PolicyDialog.h"

#include "policy/Policy.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace certdesk::gui {

RequestWizard::RequestWizard(VaultAccess* access, QWidget* parent) : QWizard(parent), m_access(access)
{
    setObjectName(QStringLiteral("requestWizard"));
    setWindowTitle(tr("Request a Certificate"));
    setAccessibleName(windowTitle());
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);

    m_profilePage = new RequestProfilePage(this);
    m_subjectPage = new RequestSubjectPage(m_profilePage, this);
    m_keyPage = new RequestKeyPage(this);
    m_resultPage = new RequestResultPage(this);
    setPage(ProfilePageId, m_profilePage);
    setPage(SubjectPageId, m_subjectPage);
    setPage(KeyPageId, m_keyPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(ProfilePageId);

    // Tests and screen readers find the wizard's own buttons like every other control.
    const QList<std::tuple<WizardButton, QString, QString>> buttons = {
        {BackButton, QStringLiteral("backButton"), tr("Back")},
        {NextButton, QStringLiteral("nextButton"), tr("Next")},
        {CommitButton, QStringLiteral("createButton"), tr("Create request")},
        {FinishButton, QStringLiteral("finishButton"), tr("Finish")},
        {CancelButton, QStringLiteral("cancelButton"), tr("Cancel")},
    };
    for (const auto& [which, name, accessibleName] : buttons) {
        button(which)->setObjectName(name);
        button(which)->setAccessibleName(accessibleName);
    }
    button(BackButton)->installEventFilter(this);

    // QWizard sizes itself once, from the pages as they first look; leave room, in units of the user's font, for
    // the expert usages and the error sentences that appear later.
    const QFontMetrics metrics = fontMetrics();
    resize(sizeHint().expandedTo(QSize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 44)));

    connect(m_keyPage, &RequestKeyPage::createRequested, this, &RequestWizard::startCreating);
    connect(m_keyPage, &RequestKeyPage::stopRequested, this, &RequestWizard::stopCreating);
}

RequestWizard::~RequestWizard() = default;

QThreadPool* RequestWizard::generationPool()
{
    // Owned by the application, so an abandoned RSA-4096 still running at exit finishes before Qt goes away.
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        // Room for a fresh attempt while one the user stopped is still computing.
        created->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return created;
    }();
    return pool;
}

void RequestWizard::reject()
{
    if (m_keyPage->state() == RequestKeyPage::State::Storing)
        return;
    if (m_keyPage->state() == RequestKeyPage::State::Creating)
        stopCreating();
    QWizard::reject();
}

bool RequestWizard::eventFilter(QObject* watched, QEvent* event)
{
    // QWizard re-enables Back whenever it refreshes its buttons; while the key page is busy, leaving it would strand
    // the running work, so Back stays off.
    if (watched == button(BackButton) && event->type() == QEvent::EnabledChange) {
        const RequestKeyPage::State state = m_keyPage->state();
        const bool busy = state == RequestKeyPage::State::Creating || state == RequestKeyPage::State::Storing;
        if (busy && button(BackButton)->isEnabled())
            button(BackButton)->setEnabled(false);
    }
    return QWizard::eventFilter(watched, event);
}

void RequestWizard::setBusy(bool busy)
{
    button(BackButton)->setEnabled(!busy);
}

void RequestWizard::startCreating(KeyType type)
{
    const RequestOptions options = m_subjectPage->options();
    // The pages already keep to the policy; this is the same check the command line makes, before any key exists.
    if (const QString problem = organisationPolicyProblem(); !problem.isEmpty()) {
        m_keyPage->setError(problem);
        return;
    }
    if (const Policy* policy = organisationPolicy()) {
        if (auto violation = policy->checkRequest(options, type)) {
            m_keyPage->setError(violation->message, violation->toError().detail);
            return;
        }
    }
    std::optional<PrivateKey> spare;
    if (m_spareKey && m_spareKey->first == type)
        spare = m_spareKey->second;
    m_spareKey.reset();
    m_created.reset();

    m_keyPage->setState(RequestKeyPage::State::Creating);
    setBusy(true);
    delete m_creating;
    m_creating = new QFutureWatcher<Result<Created>>(this);
    auto* watcher = m_creating;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, type] { created(watcher->result(), type); });
    watcher->setFuture(QtConcurrent::run(generationPool(), [type, options, spare]() -> Result<Created> {
        Result<PrivateKey> key = spare ? Result<PrivateKey>(*spare) : PrivateKey::generate(type);
        if (!key)
            return key.error();
        auto request = CertificateRequest::create(key.value(), options);
        if (!request)
            return request.error();
        return Created{key.value(), request.value()};
    }));
}

void RequestWizard::stopCreating()
{
    if (m_keyPage->state() != RequestKeyPage::State::Creating)
        return;
    // The pool thread cannot be interrupted inside OpenSSL; without its watcher, its key is simply dropped.
    delete m_creating;
    m_creating = nullptr;
    m_keyPage->setState(RequestKeyPage::State::Ready);
    setBusy(false);
    m_keyPage->setStatus(tr("Stopped. Nothing was stored."));
}

void RequestWizard::created(Result<Created> result, KeyType type)
{
    m_creating->deleteLater();
    m_creating = nullptr;
    if (!result) {
        fail(result.error().message, result.error().detail);
        return;
    }
    m_created = std::move(result).value();
    m_spareKey = std::make_pair(type, m_created->key);
    store(false);
}

void RequestWizard::store(bool passphraseAsked)
{
    m_keyPage->setState(RequestKeyPage::State::Storing);
    setBusy(true);
    button(CancelButton)->setEnabled(false);
    const PrivateKey key = m_created->key;
    const CertificateRequest request = m_created->request;
    const QString name = m_subjectPage->requestName();
    m_storing = new QFutureWatcher<Result<VaultEntry>>(this);
    auto* watcher = m_storing;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, passphraseAsked] {
        m_storing = nullptr;
        watcher->deleteLater();
        stored(watcher->result(), passphraseAsked);
    });
    watcher->setFuture(
        m_access->run<VaultEntry>([key, request, name](Vault& vault) { return vault.addRequest(key, request, name); }));
}

void RequestWizard::stored(const Result<VaultEntry>& result, bool passphraseAsked)
{
    button(CancelButton)->setEnabled(true);
    if (!result) {
        const Error& error = result.error();
        switch (m_access->askForPassphrase(this, error, passphraseAsked)) {
        case VaultAccess::PassphraseAnswer::Given:
            store(true);
            return;
        case VaultAccess::PassphraseAnswer::Declined:
            fail(tr("The vault needs its passphrase to keep the new key, so the request was not stored. Choose "
                    "“Create request” to try again."));
            return;
        case VaultAccess::PassphraseAnswer::NotNeeded:
        case VaultAccess::PassphraseAnswer::DidNotOpen:
            fail(error.message, error.detail);
            return;
        }
        return;
    }

    const VaultEntry& entry = result.value();
    m_requestId = entry.id;
    m_spareKey.reset();
    m_resultPage->setRequest(m_created->request.pem(), entry.name);
    m_created.reset();
    m_keyPage->setState(RequestKeyPage::State::Created);
    setBusy(false);
    emit requestCreated(entry.id);
    next();
}

void RequestWizard::fail(const QString& message, const QString& detail)
{
    m_created.reset();
    m_keyPage->setState(RequestKeyPage::State::Ready);
    setBusy(false);
    m_keyPage->setStatus({});
    m_keyPage->setError(message, detail);
}

} // namespace certdesk::gui
