#include "gui/install/InstallDialog.h"

#include "gui/common/DialogSeams.h"
#include "gui/main/VaultAccess.h"
#include "gui/settings/PolicyDialog.h"
#include "keystores/StoreCatalog.h"
#include "policy/Policy.h"
#include "vault/Vault.h"
#include "workflows/StoreInstaller.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryFile>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

#include <unistd.h>

namespace certdesk::gui {

/// The widgets of one store in the list.
class InstallStoreRow
{
public:
    StoreLocation location;
    QWidget* panel = nullptr;
    QCheckBox* check = nullptr;
    QPushButton* removeButton = nullptr;
    QLabel* statusLabel = nullptr;
    QLabel* hintLabel = nullptr;
    QWidget* passwordPanel = nullptr;
    QLineEdit* passwordEdit = nullptr;
    /// Why the entry cannot go here (no root, wrong kind of certificate); empty when it can.
    QString unavailable;
};

namespace {

std::optional<bool> g_rootForTesting;

/// Everything the worker needs for one store; copied to the pool thread, so nothing here refers to the dialog.
struct StoreJob
{
    StoreLocation location;
    std::shared_ptr<const SecureBytes> password;
    /// System store without root: ask polkit (pkexec) to run certdesk-cli on the CA certificate file.
    bool privileged = false;
};

/// pkexec, or what CERTDESK_PKEXEC names (tests, or another polkit front end).
QString privilegeHelper()
{
    const QString configured = qEnvironmentVariable("CERTDESK_PKEXEC");
    return QStandardPaths::findExecutable(configured.isEmpty() ? QStringLiteral("pkexec") : configured);
}

/// The certdesk-cli next to this program, else the one on PATH; CERTDESK_CLI overrides (tests).
QString cliProgram()
{
    const QString configured = qEnvironmentVariable("CERTDESK_CLI");
    if (!configured.isEmpty())
        return configured;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("certdesk-cli"));
    return QFileInfo(beside).isExecutable() ? beside : QStandardPaths::findExecutable(QStringLiteral("certdesk-cli"));
}

/// Runs `certdesk-cli install|uninstall FILE --store system` through pkexec. The file form touches no vault, so
/// nothing of the user's is written as root; the caller verifies and records the result as the user.
Result<void> changeSystemStoreWithPermission(const Certificate& certificate, bool install)
{
    const QString helper = privilegeHelper();
    const QString cli = cliProgram();
    if (helper.isEmpty() || cli.isEmpty()) {
        return makeError(ErrorCode::Keystore,
                         QObject::tr("CertDesk cannot ask for administrator rights here (pkexec is not installed). Run "
                                     "certdesk-cli with sudo instead."),
                         {}, QStringLiteral("needs-root"));
    }
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("certdesk-ca-XXXXXX.pem")));
    if (!file.open())
        return makeError(ErrorCode::Keystore, QObject::tr("CertDesk cannot write a temporary file."),
                         file.errorString());
    file.write(certificate.pem());
    file.flush();
    // Root reads it through pkexec; it holds a public CA certificate only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    QProcess process;
    process.start(helper, {cli, install ? QStringLiteral("install") : QStringLiteral("uninstall"), file.fileName(),
                           QStringLiteral("--store"), QStringLiteral("system")});
    // The polkit agent waits for the user to type a password; give them time, but not forever.
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished(5000);
        return makeError(ErrorCode::Keystore, QObject::tr("Nobody answered the request for administrator rights."), {},
                         QStringLiteral("needs-root"));
    }
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (exitCode == 126 || exitCode == 127) {
        // pkexec: 126 = the user dismissed the dialog or was not authorised, 127 = not authorised.
        return makeError(ErrorCode::Keystore,
                         QObject::tr("Administrator rights were not given, so the system trust store was not changed."),
                         QString::fromLocal8Bit(process.readAllStandardError()).trimmed(),
                         QStringLiteral("needs-root"));
    }
    if (exitCode != 0) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return makeError(
            ErrorCode::Keystore,
            QObject::tr("Changing the system trust store failed (certdesk-cli ended with code %1).").arg(exitCode),
            said, QStringLiteral("update-failed"));
    }
    return {};
}

/// One store: the same StoreInstaller as `certdesk-cli install/uninstall`, except that the system store without
/// root is changed through pkexec and then only confirmed (read back and recorded) here, as the user.
Result<void> changeStore(StoreInstaller& installer, const VaultEntry& entry, const StoreJob& job, bool install)
{
    StoreCredentials credentials;
    if (job.password)
        credentials.password = job.password->clone();
    if (!job.privileged)
        return install ? installer.install(job.location, credentials) : installer.uninstall(job.location, credentials);
    if (auto changed = changeSystemStoreWithPermission(entry.certificate, install); !changed)
        return changed;
    auto store = StoreCatalog::open(job.location, credentials);
    if (!store)
        return store.error();
    return installer.confirm(*store.value(), install);
}

struct Discovery
{
    QList<StoreLocation> locations;
    QStringList notes;
};

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

enum class Tone
{
    Plain,
    Success,
    Warning,
};

void setTone(QLabel* label, Tone tone)
{
    // Colour only repeats what the ✓ / ✗ and the words already say, so it may stay subtle.
    QPalette palette = label->palette();
    palette.setColor(QPalette::BrightText, tone == Tone::Success ? QColor(0x1e, 0x6b, 0x2a) : QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->setForegroundRole(tone == Tone::Plain ? QPalette::WindowText : QPalette::BrightText);
}

void setWarningColour(QLabel* label, bool warning)
{
    setTone(label, warning ? Tone::Warning : Tone::Plain);
}

} // namespace

InstallDialog::InstallDialog(VaultAccess* access, const VaultEntry& entry, QWidget* parent)
    : QDialog(parent), m_access(access), m_entry(entry)
{
    setObjectName(QStringLiteral("installDialog"));
    setWindowTitle(tr("Install “%1”").arg(entry.name));
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);

    m_introLabel = wrappedLabel(QStringLiteral("introLabel"), this);
    const bool identity = entry.hasKey && !entry.isPending();
    if (entry.isPending())
        m_introLabel->setText(
            tr("“%1” is still waiting for its certificate; import it before installing.").arg(entry.name));
    else if (identity)
        m_introLabel->setText(tr("Choose where “%1” should be available. Browsers and mail programs then offer it "
                                 "when a site asks for a client certificate.")
                                  .arg(entry.name));
    else if (entry.certificate.isCa())
        m_introLabel->setText(tr("Choose where the CA certificate “%1” should be trusted. Applications using these "
                                 "stores then accept the certificates it issued.")
                                  .arg(entry.name));
    else
        m_introLabel->setText(tr("The vault holds no private key for “%1” and it is not a CA certificate, so there "
                                 "is nothing to install.")
                                  .arg(entry.name));
    m_introLabel->setAccessibleName(tr("What installing does"));
    layout->addWidget(m_introLabel);

    m_busyPanel = new QWidget(this);
    m_busyPanel->setObjectName(QStringLiteral("busyPanel"));
    auto* busyLayout = new QHBoxLayout(m_busyPanel);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_busyIndicator = new QProgressBar(m_busyPanel);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(120);
    m_busyLabel = new QLabel(m_busyPanel);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setAccessibleName(tr("Progress"));
    busyLayout->addWidget(m_busyIndicator);
    busyLayout->addWidget(m_busyLabel, 1);
    layout->addWidget(m_busyPanel);

    m_storeList = new QWidget;
    m_storeList->setObjectName(QStringLiteral("storeList"));
    m_storeList->setAccessibleName(tr("Certificate stores"));
    m_storeLayout = new QVBoxLayout(m_storeList);
    m_storeLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("storeScroll"));
    scroll->setAccessibleName(tr("Certificate stores"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_storeList);
    layout->addWidget(scroll, 1);

    m_notesLabel = wrappedLabel(QStringLiteral("notesLabel"), this);
    m_notesLabel->setAccessibleName(tr("Notes about the search for stores"));
    m_notesLabel->hide();
    layout->addWidget(m_notesLabel);

    m_summaryLabel = wrappedLabel(QStringLiteral("summaryLabel"), this);
    m_summaryLabel->setAccessibleName(tr("Result"));
    m_summaryLabel->hide();
    layout->addWidget(m_summaryLabel);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_installButton = new QPushButton(tr("Install"), this);
    m_installButton->setObjectName(QStringLiteral("installButton"));
    m_installButton->setAccessibleName(tr("Install in the selected stores"));
    m_installButton->setDefault(true);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    buttons->addWidget(m_installButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_installButton, &QPushButton::clicked, this, &InstallDialog::startInstall);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    resize(560, 400);
    updateState();
    startDiscovery();
}

InstallDialog::~InstallDialog()
{
    qDeleteAll(m_rows);
}

void InstallDialog::setRunningAsRootForTesting(std::optional<bool> root)
{
    g_rootForTesting = root;
}

bool InstallDialog::runningAsRoot()
{
    return g_rootForTesting.value_or(::geteuid() == 0);
}

void InstallDialog::startDiscovery()
{
    setBusy(true, tr("Looking for certificate stores on this computer…"));
    auto* watcher = new QFutureWatcher<Discovery>(this);
    connect(watcher, &QFutureWatcher<Discovery>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Discovery found = watcher->result();
        setBusy(false);
        showStores(found.locations, found.notes);
    });
    // Discovery loads PKCS#11 modules and reads Firefox profiles; either can take seconds.
    const QString home = QDir::homePath();
    watcher->setFuture(QtConcurrent::run([home] {
        Discovery found;
        found.locations = StoreCatalog::discover(home, &found.notes);
        return found;
    }));
}

QDateTime InstallDialog::installedAt(const QString& storeId) const
{
    for (const VaultEntry::Installation& installation : m_entry.installations) {
        if (installation.storeId == storeId)
            return installation.installed.isValid() ? installation.installed : QDateTime::fromSecsSinceEpoch(0);
    }
    return {};
}

bool InstallDialog::isInstalledIn(const QString& storeId) const
{
    for (const VaultEntry::Installation& installation : m_entry.installations) {
        if (installation.storeId == storeId)
            return true;
    }
    return false;
}

QString InstallDialog::unavailableReason(const StoreLocation& location) const
{
    if (m_entry.isPending())
        return tr("Import the certificate first.");
    if (location.kind == StoreLocation::Kind::System) {
        if (!m_entry.certificate.isCa())
            return tr("The system trust store holds CA certificates only.");
        if (!runningAsRoot() && (privilegeHelper().isEmpty() || cliProgram().isEmpty())) {
            const QString command =
                isInstalledIn(location.id)
                    ? QStringLiteral("sudo certdesk-cli uninstall %1 --store system").arg(m_entry.id)
                    : QStringLiteral("sudo certdesk-cli install %1 --store system").arg(m_entry.id);
            // Without pkexec there is no way to ask for rights from here; the CLI with sudo is the honest way.
            return tr("Changing the system trust store needs administrator rights. Run this in a terminal: %1")
                .arg(QStringLiteral("<code>%1</code>").arg(command.toHtmlEscaped()));
        }
        return {};
    }
    if (!m_entry.hasKey && !m_entry.certificate.isCa())
        return tr("Without its private key this certificate cannot be used from here.");
    return {};
}

bool InstallDialog::preselected(const StoreLocation& location) const
{
    // The organisation's choice first (docs/POLICY.md); the user may still change it.
    if (const Policy* policy = organisationPolicy(); policy && !policy->defaultStores().isEmpty())
        return policy->isDefaultStore(location.id, QDir::homePath());
    // Browsers are what most people install for; tokens are chosen on purpose, and the system store only makes sense
    // for a CA the whole machine should trust.
    if (location.kind == StoreLocation::Kind::Nss)
        return true;
    if (location.kind == StoreLocation::Kind::System)
        return m_entry.certificate.isCa() && !m_entry.hasKey;
    return false;
}

void InstallDialog::showStores(const QList<StoreLocation>& locations, const QStringList& notes)
{
    m_locations = locations;
    for (const StoreLocation& location : locations) {
        auto* row = new InstallStoreRow;
        row->location = location;
        row->unavailable = unavailableReason(location);
        row->panel = new QWidget(m_storeList);
        row->panel->setObjectName(QStringLiteral("row:%1").arg(location.id));
        row->panel->setAccessibleName(location.displayName);
        auto* rowLayout = new QVBoxLayout(row->panel);
        rowLayout->setContentsMargins(0, 2, 0, 6);
        rowLayout->setSpacing(2);

        auto* top = new QHBoxLayout;
        row->check = new QCheckBox(location.displayName, row->panel);
        row->check->setObjectName(QStringLiteral("store:%1").arg(location.id));
        row->check->setAccessibleName(location.displayName);
        row->check->setToolTip(QDir::toNativeSeparators(location.path));
        row->removeButton = new QPushButton(tr("Remove"), row->panel);
        row->removeButton->setObjectName(QStringLiteral("remove:%1").arg(location.id));
        row->removeButton->setAccessibleName(tr("Remove from %1").arg(location.displayName));
        top->addWidget(row->check, 1);
        top->addWidget(row->removeButton);
        rowLayout->addLayout(top);

        // Indented under the check box text, so each store reads as one block.
        const int indent = row->check->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                           row->check->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
        row->statusLabel = wrappedLabel(QStringLiteral("status:%1").arg(location.id), row->panel);
        row->statusLabel->setAccessibleName(tr("State in %1").arg(location.displayName));
        row->statusLabel->setContentsMargins(indent, 0, 0, 0);
        rowLayout->addWidget(row->statusLabel);

        row->hintLabel = wrappedLabel(QStringLiteral("hint:%1").arg(location.id), row->panel);
        row->hintLabel->setAccessibleName(tr("Why %1 is not available").arg(location.displayName));
        row->hintLabel->setContentsMargins(indent, 0, 0, 0);
        row->hintLabel->setTextFormat(Qt::RichText);
        row->hintLabel->setText(row->unavailable);
        row->hintLabel->setVisible(!row->unavailable.isEmpty());
        rowLayout->addWidget(row->hintLabel);

        row->passwordPanel = new QWidget(row->panel);
        row->passwordPanel->setObjectName(QStringLiteral("passwordPanel:%1").arg(location.id));
        auto* passwordLayout = new QHBoxLayout(row->passwordPanel);
        passwordLayout->setContentsMargins(indent, 0, 0, 0);
        const bool token = location.kind == StoreLocation::Kind::Pkcs11;
        auto* passwordLabel = new QLabel(token ? tr("PIN:") : tr("Password:"), row->passwordPanel);
        row->passwordEdit = new QLineEdit(row->passwordPanel);
        row->passwordEdit->setObjectName(QStringLiteral("password:%1").arg(location.id));
        row->passwordEdit->setAccessibleName(token ? tr("PIN for %1").arg(location.displayName)
                                                   : tr("Password for %1").arg(location.displayName));
        row->passwordEdit->setEchoMode(QLineEdit::Password);
        row->passwordEdit->setPlaceholderText(token ? tr("Token PIN") : tr("Store password"));
        passwordLabel->setBuddy(row->passwordEdit);
        passwordLayout->addWidget(passwordLabel);
        passwordLayout->addWidget(row->passwordEdit, 1);
        row->passwordPanel->hide();
        rowLayout->addWidget(row->passwordPanel);

        if (const QDateTime when = installedAt(location.id); when.isValid()) {
            row->check->setChecked(true);
            row->statusLabel->setText(
                tr("Installed on %1.").arg(QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat)));
        } else {
            row->check->setChecked(row->unavailable.isEmpty() && preselected(location));
            row->statusLabel->hide();
        }

        connect(row->check, &QCheckBox::toggled, this, &InstallDialog::updateState);
        connect(row->removeButton, &QPushButton::clicked, this, [this, id = location.id] { startRemoval(id); });
        connect(row->passwordEdit, &QLineEdit::returnPressed, this, &InstallDialog::startInstall);

        m_storeLayout->insertWidget(m_storeLayout->count() - 1, row->panel);
        // The list is already on screen; the layout alone would show the new row only on a later event-loop turn.
        row->panel->show();
        m_rows.insert(location.id, row);
    }
    if (locations.isEmpty()) {
        auto* none = wrappedLabel(QStringLiteral("noStoresLabel"), m_storeList);
        none->setText(tr("No certificate stores were found on this computer. Start Firefox or Chromium once so that "
                         "they create theirs, then open this dialog again."));
        none->setAccessibleName(tr("No stores found"));
        m_storeLayout->insertWidget(0, none);
        none->show();
    }
    if (!notes.isEmpty()) {
        m_notesLabel->setText(notes.join(QLatin1Char('\n')));
        m_notesLabel->show();
    }
    updateState();
}

void InstallDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_busyLabel->setText(message);
    updateState();
}

void InstallDialog::updateState()
{
    m_busyPanel->setVisible(m_busy);
    bool anyToInstall = false;
    for (InstallStoreRow* row : std::as_const(m_rows)) {
        const bool installed = isInstalledIn(row->location.id);
        // Installed stores stay ticked but fixed: taking the entry out again is what Remove is for.
        row->check->setEnabled(!m_busy && !installed && row->unavailable.isEmpty());
        row->removeButton->setVisible(installed);
        row->removeButton->setEnabled(!m_busy && row->unavailable.isEmpty());
        row->passwordPanel->setEnabled(!m_busy);
        if (!installed && row->check->isChecked() && row->check->isEnabled())
            anyToInstall = true;
    }
    m_installButton->setEnabled(!m_busy && anyToInstall);
}

void InstallDialog::startInstall()
{
    if (m_busy)
        return;
    QStringList ids;
    for (const StoreLocation& location : std::as_const(m_locations)) {
        const InstallStoreRow* row = m_rows.value(location.id);
        if (row && row->check->isChecked() && row->check->isEnabled() && !isInstalledIn(location.id))
            ids << location.id;
    }
    if (ids.isEmpty())
        return;
    run(Action::Install, ids, false);
}

void InstallDialog::startRemoval(const QString& storeId)
{
    if (m_busy)
        return;
    run(Action::Remove, {storeId}, false);
}

void InstallDialog::run(Action action, const QStringList& storeIds, bool afterPassphrase)
{
    QList<StoreJob> jobs;
    for (const QString& id : storeIds) {
        InstallStoreRow* row = m_rows.value(id);
        if (!row)
            continue;
        if (!row->passwordEdit->text().isEmpty()) {
            // Held for this attempt (and a vault-passphrase retry) only; the field is emptied now and the bytes are
            // wiped when the attempt is over.
            QByteArray typed = row->passwordEdit->text().toUtf8();
            m_storePasswords.insert(id, std::make_shared<const SecureBytes>(SecureBytes::takeFrom(typed)));
            row->passwordEdit->clear();
        }
        jobs << StoreJob{row->location, m_storePasswords.value(id),
                         row->location.kind == StoreLocation::Kind::System && !runningAsRoot()};
    }
    m_summaryLabel->hide();
    setBusy(true, action == Action::Install ? tr("Installing…") : tr("Removing…"));

    auto* watcher = new QFutureWatcher<Result<QList<Outcome>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<Outcome>>>::finished, this,
            [this, watcher, action, storeIds, afterPassphrase] {
                watcher->deleteLater();
                finish(action, storeIds, watcher->result(), afterPassphrase);
            });
    const VaultEntry entry = m_entry;
    const bool install = action == Action::Install;
    // One worker run for all stores: each KeyStore is opened, used and closed on that same thread, and the
    // private key is decrypted at most once.
    watcher->setFuture(m_access->run<QList<Outcome>>([entry, jobs, install](Vault& vault) -> Result<QList<Outcome>> {
        StoreInstaller installer(&vault, entry);
        QList<Outcome> outcomes;
        for (const StoreJob& job : jobs) {
            Result<void> done = changeStore(installer, entry, job, install);
            outcomes.append(Outcome{job.location.id, done ? std::nullopt : std::optional<Error>(done.error())});
        }
        return outcomes;
    }));
}

void InstallDialog::finish(Action action, const QStringList& storeIds, const Result<QList<Outcome>>& result,
                           bool afterPassphrase)
{
    setBusy(false);
    QList<Outcome> outcomes;
    if (result) {
        outcomes = result.value();
    } else {
        // The vault did not open: every store of this run shares that one error.
        for (const QString& id : storeIds)
            outcomes << Outcome{id, result.error()};
    }

    // A locked vault: ask for its passphrase once and try again the stores that needed the key.
    QStringList locked;
    std::optional<Error> lockedError;
    for (const Outcome& outcome : std::as_const(outcomes)) {
        if (outcome.error && VaultAccess::needsPassphrase(*outcome.error)) {
            locked << outcome.storeId;
            lockedError = outcome.error;
        }
    }
    if (lockedError) {
        if (m_access->askForPassphrase(this, *lockedError, afterPassphrase) == VaultAccess::PassphraseAnswer::Given) {
            for (const Outcome& outcome : std::as_const(outcomes)) {
                if (!locked.contains(outcome.storeId))
                    applyOutcome(action, outcome);
            }
            run(action, locked, true);
            return;
        }
    }
    for (const Outcome& outcome : std::as_const(outcomes))
        applyOutcome(action, outcome);
    m_storePasswords.clear();

    const QStringList done = std::exchange(m_succeeded, {});
    const int failed = std::exchange(m_failed, 0);
    if (action == Action::Install) {
        QString summary;
        if (failed == 0)
            summary = tr("Installed in every chosen store, and checked in each that it is complete.");
        else if (done.isEmpty())
            summary = tr("Nothing was installed. Each store above says what went wrong.");
        else
            summary =
                tr("Installed in %1 of the chosen stores; the others say above what went wrong.").arg(done.size());
        m_summaryLabel->setText(summary);
        setTone(m_summaryLabel, failed != 0 ? Tone::Warning : Tone::Success);
        m_summaryLabel->show();
        if (!done.isEmpty())
            emit installed(done);
    } else if (!done.isEmpty()) {
        emit removed(done);
    }
    updateState();
}

void InstallDialog::applyOutcome(Action action, const Outcome& outcome)
{
    InstallStoreRow* row = m_rows.value(outcome.storeId);
    if (!row)
        return;
    const bool install = action == Action::Install;
    if (!outcome.error) {
        m_succeeded << outcome.storeId;
        if (install) {
            m_entry.installations.append(VaultEntry::Installation{row->location.id, row->location.displayName,
                                                                  m_entry.name, QDateTime::currentDateTimeUtc()});
            row->statusLabel->setText(tr("✓ Installed and checked."));
        } else {
            m_entry.installations.removeIf(
                [&](const VaultEntry::Installation& installation) { return installation.storeId == outcome.storeId; });
            row->check->setChecked(false);
            row->statusLabel->setText(tr("✓ Removed."));
        }
        row->statusLabel->setToolTip({});
        setTone(row->statusLabel, Tone::Success);
        row->passwordPanel->hide();
    } else {
        ++m_failed;
        const Error& error = *outcome.error;
        QString message;
        if (install && VaultAccess::needsPassphrase(error))
            message = tr("✗ Not installed: the vault stayed locked, so its private key could not be read. Choose "
                         "Install again and enter the vault passphrase.");
        else
            message = tr("✗ %1").arg(error.message);
        row->statusLabel->setText(message);
        row->statusLabel->setToolTip(error.detail);
        setWarningColour(row->statusLabel, true);
        if (VaultAccess::needsStorePassword(error)) {
            row->passwordPanel->show();
            row->passwordEdit->setFocus();
        }
    }
    row->statusLabel->show();
}

} // namespace certdesk::gui
