#include "gui/main/DetailsPanel.h"

#include "gui/renewal/ReminderDaysDialog.h"
#include "gui/request/CsrView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::gui {

namespace {

QString describeDate(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString purposeInWords(const QString& shortName)
{
    static const QHash<QString, const char*> kWords = {
        {QStringLiteral("clientAuth"),
         QT_TRANSLATE_NOOP("DetailsPanel", "Sign in to services (client authentication)")},
        {QStringLiteral("serverAuth"), QT_TRANSLATE_NOOP("DetailsPanel", "Identify a server (TLS server)")},
        {QStringLiteral("emailProtection"), QT_TRANSLATE_NOOP("DetailsPanel", "Sign and encrypt e-mail")},
        {QStringLiteral("codeSigning"), QT_TRANSLATE_NOOP("DetailsPanel", "Sign software")},
        {QStringLiteral("timeStamping"), QT_TRANSLATE_NOOP("DetailsPanel", "Time stamping")},
        {QStringLiteral("OCSPSigning"), QT_TRANSLATE_NOOP("DetailsPanel", "Sign revocation answers (OCSP)")},
    };
    const auto found = kWords.constFind(shortName);
    return found == kWords.constEnd() ? shortName : QCoreApplication::translate("DetailsPanel", found.value());
}

DetailsPanel::DetailsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPanel"));
    setAccessibleName(tr("Details"));
    auto* stack = new QStackedLayout(this);

    m_placeholder = new QLabel(tr("Select a request or certificate to see its details."), this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    stack->addWidget(m_placeholder);

    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_status = addRow(tr("Status"), QStringLiteral("detailsStatus"));
    m_subject = addRow(tr("Issued to"), QStringLiteral("detailsSubject"));
    m_issuer = addRow(tr("Issued by"), QStringLiteral("detailsIssuer"));
    m_validity = addRow(tr("Valid"), QStringLiteral("detailsValidity"));
    m_key = addRow(tr("Key"), QStringLiteral("detailsKey"));
    m_sans = addRow(tr("Alternative names"), QStringLiteral("detailsSans"));
    m_purposes = addRow(tr("Used for"), QStringLiteral("detailsPurposes"));
    m_usage = addRow(tr("Key usage"), QStringLiteral("detailsKeyUsage"));
    m_installed = addRow(tr("Installed in"), QStringLiteral("detailsInstalled"));
    m_serial = addRow(tr("Serial number"), QStringLiteral("detailsSerial"));
    m_fingerprint = addRow(tr("SHA-256 fingerprint"), QStringLiteral("detailsFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // A renewal under way: when it was asked for, its request again, and the way to bring its certificate in.
    m_renewalBox = new QGroupBox(tr("Renewal"), m_content);
    m_renewalBox->setObjectName(QStringLiteral("renewalBox"));
    m_renewalBox->setAccessibleName(tr("Renewal"));
    auto* renewalLayout = new QVBoxLayout(m_renewalBox);
    m_renewalLabel = new QLabel(m_renewalBox);
    m_renewalLabel->setObjectName(QStringLiteral("renewalLabel"));
    m_renewalLabel->setAccessibleName(tr("Renewal"));
    m_renewalLabel->setWordWrap(true);
    m_renewalLabel->setTextFormat(Qt::PlainText);
    m_renewalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    renewalLayout->addWidget(m_renewalLabel);
    m_saveRenewalRequest = new QPushButton(tr("&Save request…"), m_renewalBox);
    m_saveRenewalRequest->setObjectName(QStringLiteral("saveRenewalRequestButton"));
    m_saveRenewalRequest->setAccessibleName(tr("Save the renewal request to a file"));
    m_importRenewal = new QPushButton(tr("I&mport certificate…"), m_renewalBox);
    m_importRenewal->setObjectName(QStringLiteral("importRenewalButton"));
    m_importRenewal->setAccessibleName(tr("Import the renewed certificate"));
    m_replaceRenewal = new QPushButton(m_renewalBox);
    m_replaceRenewal->setObjectName(QStringLiteral("replaceRenewalButton"));
    m_discardRenewal = new QPushButton(tr("Discard renewal…"), m_renewalBox);
    m_discardRenewal->setObjectName(QStringLiteral("discardRenewalButton"));
    m_discardRenewal->setAccessibleName(tr("Discard the renewal request"));
    m_discardRenewal->setToolTip(tr("Delete the renewal request and its new key, to start over"));
    m_renew = new QPushButton(tr("&Renew…"), m_renewalBox);
    m_renew->setObjectName(QStringLiteral("detailsRenewButton"));
    m_renew->setAccessibleName(tr("Renew"));
    m_renew->setToolTip(tr("Ask your certificate authority for a new certificate for the same name"));
    auto* renewalButtons = new QHBoxLayout;
    renewalButtons->addWidget(m_renew);
    renewalButtons->addWidget(m_saveRenewalRequest);
    renewalButtons->addWidget(m_importRenewal);
    renewalButtons->addWidget(m_replaceRenewal);
    renewalButtons->addStretch(1);
    renewalLayout->addLayout(renewalButtons);
    auto* discardRow = new QHBoxLayout;
    m_renewalSaveStatus = new QLabel(m_renewalBox);
    m_renewalSaveStatus->setObjectName(QStringLiteral("renewalSaveStatus"));
    m_renewalSaveStatus->setWordWrap(true);
    m_renewalSaveStatus->setTextFormat(Qt::PlainText);
    discardRow->addWidget(m_renewalSaveStatus, 1);
    discardRow->addWidget(m_discardRenewal, 0, Qt::AlignRight);
    renewalLayout->addLayout(discardRow);
    layout->addWidget(m_renewalBox);

    m_remindersBox = new QGroupBox(tr("Reminders"), m_content);
    m_remindersBox->setObjectName(QStringLiteral("remindersBox"));
    m_remindersBox->setAccessibleName(tr("Reminders"));
    auto* remindersLayout = new QVBoxLayout(m_remindersBox);
    auto* daysRow = new QHBoxLayout;
    m_remindersLabel = new QLabel(m_remindersBox);
    m_remindersLabel->setObjectName(QStringLiteral("remindersLabel"));
    m_remindersLabel->setAccessibleName(tr("When CertDesk reminds you"));
    m_remindersLabel->setWordWrap(true);
    m_remindersLabel->setTextFormat(Qt::PlainText);
    m_changeReminders = new QPushButton(tr("C&hange…"), m_remindersBox);
    m_changeReminders->setObjectName(QStringLiteral("changeRemindersButton"));
    m_changeReminders->setAccessibleName(tr("Change when to be reminded"));
    daysRow->addWidget(m_remindersLabel, 1);
    daysRow->addWidget(m_changeReminders, 0, Qt::AlignTop);
    remindersLayout->addLayout(daysRow);
    m_muteCheck = new QCheckBox(tr("Don't remind me about this one"), m_remindersBox);
    m_muteCheck->setObjectName(QStringLiteral("muteRemindersCheck"));
    m_muteCheck->setAccessibleName(tr("Don't remind me about this one"));
    remindersLayout->addWidget(m_muteCheck);
    layout->addWidget(m_remindersBox);

    m_chainLabel = new QLabel(tr("Chain of trust"), m_content);
    m_chainLabel->setObjectName(QStringLiteral("chainLabel"));
    QLabel* chainLabel = m_chainLabel;
    layout->addWidget(chainLabel);
    m_chain = new QTreeWidget(m_content);
    m_chain->setObjectName(QStringLiteral("chainTree"));
    m_chain->setAccessibleName(tr("Chain of trust"));
    m_chain->setHeaderHidden(true);
    m_chain->setRootIsDecorated(false);
    // A chain is rarely longer than four certificates; a fixed height keeps the buttons below in view.
    m_chain->setFixedHeight(m_chain->fontMetrics().height() * 6);
    chainLabel->setBuddy(m_chain);
    layout->addWidget(m_chain);
    layout->addStretch(1);

    // Two short rows rather than one long one: the panel is often narrow.
    auto* copyButtons = new QHBoxLayout;
    auto* buttons = new QHBoxLayout;
    m_copyFingerprint = new QPushButton(tr("Copy &fingerprint"), m_content);
    m_copyFingerprint->setObjectName(QStringLiteral("copyFingerprintButton"));
    m_copyFingerprint->setAccessibleName(tr("Copy the SHA-256 fingerprint"));
    m_copyPem = new QPushButton(tr("Copy &PEM"), m_content);
    m_copyPem->setObjectName(QStringLiteral("copyPemButton"));
    m_copyPem->setAccessibleName(tr("Copy the certificate as PEM text"));
    m_install = new QPushButton(tr("I&nstall…"), m_content);
    m_install->setObjectName(QStringLiteral("detailsInstallButton"));
    m_install->setAccessibleName(tr("Install"));
    m_install->setToolTip(tr("Put it where browsers, VPN and mail programs look for it"));
    m_testConnection = new QPushButton(tr("&Test connection…"), m_content);
    m_testConnection->setObjectName(QStringLiteral("detailsTestConnectionButton"));
    m_testConnection->setAccessibleName(tr("Test a connection"));
    m_testConnection->setToolTip(tr("Connect to a server with this identity and see why it is accepted or not"));
    m_export = new QPushButton(tr("E&xport…"), m_content);
    m_export->setObjectName(QStringLiteral("detailsExportButton"));
    m_export->setAccessibleName(tr("Export"));
    m_delete = new QPushButton(tr("&Delete…"), m_content);
    m_delete->setObjectName(QStringLiteral("detailsDeleteButton"));
    m_delete->setAccessibleName(tr("Delete"));
    copyButtons->addWidget(m_copyFingerprint);
    copyButtons->addWidget(m_copyPem);
    copyButtons->addStretch(1);
    buttons->addStretch(1);
    buttons->addWidget(m_testConnection);
    buttons->addWidget(m_install);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    layout->addLayout(copyButtons);
    layout->addLayout(buttons);
    stack->addWidget(m_content);

    connect(m_copyFingerprint, &QPushButton::clicked, this, &DetailsPanel::copyFingerprint);
    connect(m_copyPem, &QPushButton::clicked, this, &DetailsPanel::copyPem);
    connect(m_export, &QPushButton::clicked, this, &DetailsPanel::exportRequested);
    connect(m_install, &QPushButton::clicked, this, &DetailsPanel::installRequested);
    connect(m_testConnection, &QPushButton::clicked, this, &DetailsPanel::testConnectionRequested);
    connect(m_delete, &QPushButton::clicked, this, &DetailsPanel::deleteRequested);
    connect(m_renew, &QPushButton::clicked, this, &DetailsPanel::renewRequested);
    connect(m_saveRenewalRequest, &QPushButton::clicked, this, &DetailsPanel::saveRenewalRequest);
    connect(m_importRenewal, &QPushButton::clicked, this, &DetailsPanel::importRenewalRequested);
    connect(m_replaceRenewal, &QPushButton::clicked, this, [this] {
        if (m_renewal)
            emit replaceRequested(m_renewal->id);
    });
    connect(m_discardRenewal, &QPushButton::clicked, this, [this] {
        if (m_entry && !m_entry->renewedBy.isEmpty())
            emit discardRenewalRequested(m_entry->renewedBy);
    });
    connect(m_changeReminders, &QPushButton::clicked, this, &DetailsPanel::changeRemindersRequested);
    // clicked, not toggled: only the user's click is a change to store, not setEntry() showing the stored state.
    connect(m_muteCheck, &QCheckBox::clicked, this, &DetailsPanel::reminderMuteToggled);
    setEntry(std::nullopt, QDateTime::currentDateTimeUtc());
}

bool DetailsPanel::canRenew(const VaultEntry& entry)
{
    return !entry.isPending() && entry.hasKey && !entry.isArchived() && !entry.renewalPending();
}

bool DetailsPanel::canTestConnection(const VaultEntry& entry)
{
    return !entry.isPending() && entry.hasKey && !entry.isArchived();
}

bool DetailsPanel::hasReminders(const VaultEntry& entry)
{
    return !entry.isPending() && entry.hasKey && !entry.isArchived();
}

QLabel* DetailsPanel::addRow(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(label, value);
    return value;
}

void DetailsPanel::setEntry(const std::optional<VaultEntry>& entry, const QDateTime& now,
                            const std::optional<VaultEntry>& renewal, bool reminderMuted)
{
    const bool sameEntry = m_entry && entry && m_entry->id == entry->id && m_entry->renewedBy == entry->renewedBy;
    m_entry = entry;
    m_renewal = renewal;
    if (!sameEntry) {
        m_renewalSaveStatus->clear();
        m_renewalSaveStatus->hide();
    }
    auto* stack = static_cast<QStackedLayout*>(layout());
    if (!entry) {
        stack->setCurrentWidget(m_placeholder);
        return;
    }
    stack->setCurrentWidget(m_content);
    const VaultEntry& e = *entry;
    m_title->setText(e.name);
    const VaultEntry::Status status = e.status(now);
    QString statusText = VaultEntry::statusName(status);
    if (!e.isPending()) {
        const qint64 days = e.daysLeft(now);
        // Spelled out rather than %n: no translation catalogue is loaded for English, so "(s)" would show.
        if (days == 1)
            statusText = tr("%1 — 1 day left").arg(statusText);
        else if (days >= 0)
            statusText = tr("%1 — %2 days left").arg(statusText).arg(days);
        else if (days == -1)
            statusText = tr("%1 — expired yesterday").arg(statusText);
        else
            statusText = tr("%1 — expired %2 days ago").arg(statusText).arg(-days);
    }
    m_status->setText(statusText);
    m_subject->setText(e.subject());

    const bool pending = e.isPending();
    m_issuer->setText(pending
                          ? tr("Not yet issued: send the request to your certificate authority, then import what it "
                               "returns.")
                          : e.certificate.issuer());
    m_validity->setText(
        pending ? QStringLiteral("—")
                : tr("from %1\nuntil %2")
                      .arg(describeDate(e.certificate.notBefore()), describeDate(e.certificate.notAfter())));
    const KeyDescription key = pending ? e.request.keyDescription() : e.certificate.keyDescription();
    m_key->setText(e.hasKey ? tr("%1, private key kept encrypted in the vault").arg(key.displayName)
                            : tr("%1, no private key in the vault (certificate only)").arg(key.displayName));
    const QStringList sans = pending ? e.request.subjectAltNames() : e.certificate.subjectAltNames();
    m_sans->setText(sans.isEmpty() ? tr("none") : sans.join(QLatin1Char('\n')));
    const QStringList purposes = pending ? e.request.extendedKeyUsage() : e.certificate.extendedKeyUsage();
    QStringList words;
    for (const QString& purpose : purposes)
        words << purposeInWords(purpose);
    m_purposes->setText(words.isEmpty() ? tr("any purpose (no restriction in the certificate)")
                                        : words.join(QLatin1Char('\n')));
    const QStringList usage = pending ? e.request.keyUsage() : e.certificate.keyUsage();
    m_usage->setText(usage.isEmpty() ? tr("not restricted") : usage.join(QStringLiteral(", ")));
    QStringList installed;
    for (const VaultEntry::Installation& installation : e.installations)
        installed << tr("%1 (as “%2”)").arg(installation.storeName, installation.nickname);
    m_installed->setText(installed.isEmpty() ? tr("nowhere yet") : installed.join(QLatin1Char('\n')));
    m_serial->setText(pending ? QStringLiteral("—") : e.certificate.serialHex());
    m_fingerprint->setText(pending ? QStringLiteral("—") : e.certificate.fingerprintSha256());
    m_copyFingerprint->setEnabled(!pending);
    m_install->setEnabled(!pending && !e.isArchived() && (e.hasKey || e.certificate.isCa()));
    m_testConnection->setVisible(canTestConnection(e));
    showRenewal(e, status);
    showReminders(e, reminderMuted);
    m_copyPem->setText(pending ? tr("Copy request &PEM") : tr("Copy &PEM"));

    // The chain reads from the root down to this certificate, as trust flows.
    m_chain->clear();
    QTreeWidgetItem* parentItem = nullptr;
    for (auto it = e.chain.crbegin(); it != e.chain.crend(); ++it) {
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_chain);
        item->setText(0, it->commonName().isEmpty() ? it->subject() : it->commonName());
        item->setToolTip(0, it->subject());
        parentItem = item;
    }
    if (!pending) {
        auto* leaf = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_chain);
        leaf->setText(0, e.certificate.commonName().isEmpty() ? e.certificate.subject() : e.certificate.commonName());
        leaf->setToolTip(0, e.certificate.subject());
        if (e.chain.isEmpty() && !e.certificate.isSelfSigned())
            new QTreeWidgetItem(m_chain, QStringList{tr("(issuer certificates not imported)")});
    }
    m_chain->expandAll();
    m_chain->setVisible(!pending);
    m_chainLabel->setVisible(!pending);
}

void DetailsPanel::showRenewal(const VaultEntry& entry, VaultEntry::Status status)
{
    // Shown when renewing is due (the same moment reminders start) or under way; otherwise Renew… is in the toolbar.
    const bool due =
        canRenew(entry) && (status == VaultEntry::Status::Expiring || status == VaultEntry::Status::Expired);
    m_renewalBox->setVisible(due || entry.renewalPending());
    m_renew->setVisible(due);
    if (due) {
        m_renewalLabel->setText(
            status == VaultEntry::Status::Expired
                ? tr("“%1” has expired. Renew it: CertDesk asks your certificate authority for a new certificate for "
                     "the same name.")
                      .arg(entry.name)
                : tr("“%1” expires on %2. Renew it now: CertDesk asks your certificate authority for a new certificate "
                     "for the same name, and this one keeps working meanwhile.")
                      .arg(entry.name,
                           QLocale().toString(entry.certificate.notAfter().toLocalTime().date(), QLocale::LongFormat)));
        for (QPushButton* button : {m_saveRenewalRequest, m_importRenewal, m_replaceRenewal, m_discardRenewal})
            button->hide();
        return;
    }
    if (!entry.renewalPending())
        return;
    const QString requested = QLocale().toString(entry.renewalRequested.toLocalTime().date(), QLocale::ShortFormat);
    const bool arrived = m_renewal && !m_renewal->isPending();
    if (!arrived) {
        m_renewalLabel->setText(tr("Renewal requested on %1. Send the request to your certificate authority; when the "
                                   "new certificate arrives, import it. Until then “%2” keeps working.")
                                    .arg(requested, entry.name));
    } else {
        QStringList stores;
        for (const VaultEntry::Installation& installation : entry.installations)
            stores << installation.storeName;
        const QString validUntil =
            QLocale().toString(m_renewal->certificate.notAfter().toLocalTime().date(), QLocale::ShortFormat);
        m_renewalLabel->setText(
            stores.isEmpty()
                ? tr("Renewal requested on %1. The new certificate has arrived (valid until %2).")
                      .arg(requested, validUntil)
                : tr("Renewal requested on %1. The new certificate has arrived (valid until %2), but the old one is "
                     "still the one installed in %3.")
                      .arg(requested, validUntil, QLocale().createSeparatedList(stores)));
    }
    m_saveRenewalRequest->setVisible(!arrived);
    m_saveRenewalRequest->setEnabled(m_renewal.has_value() && !m_renewal->request.isNull());
    m_importRenewal->setVisible(!arrived);
    m_discardRenewal->setVisible(!arrived);
    m_replaceRenewal->setVisible(arrived);
    const int stores = static_cast<int>(entry.installations.size());
    // Spelled out rather than %n: no translation catalogue is loaded for English, so "(s)" would show.
    m_replaceRenewal->setText(stores == 0   ? tr("Finish renewal")
                              : stores == 1 ? tr("Replace in 1 store")
                                            : tr("Replace in %1 stores").arg(stores));
    m_replaceRenewal->setAccessibleName(m_replaceRenewal->text());
}

void DetailsPanel::showReminders(const VaultEntry& entry, bool muted)
{
    m_remindersBox->setVisible(hasReminders(entry));
    if (!hasReminders(entry))
        return;
    const QString days = reminderDaysText(entry.thresholds);
    m_remindersLabel->setText(entry.ownThresholds ? tr("Remind me %1 days before it expires.").arg(days)
                                                  : tr("Remind me %1 days before it expires (the default).").arg(days));
    const QSignalBlocker blocker(m_muteCheck);
    m_muteCheck->setChecked(muted);
    m_remindersLabel->setEnabled(!muted);
}

void DetailsPanel::setRemindersBusy(bool busy)
{
    m_changeReminders->setEnabled(!busy);
    m_muteCheck->setEnabled(!busy);
}

void DetailsPanel::saveRenewalRequest()
{
    if (!m_entry || !m_renewal || m_renewal->request.isNull())
        return;
    const CsrView::SaveOutcome outcome =
        CsrView::saveRequest(this, m_renewal->request.pem(), m_entry->name + QStringLiteral(" renewal"));
    if (!outcome.message.isEmpty()) {
        m_renewalSaveStatus->setText(outcome.message);
        m_renewalSaveStatus->show();
    }
}

void DetailsPanel::copyFingerprint()
{
    if (m_entry && !m_entry->isPending())
        QApplication::clipboard()->setText(m_entry->certificate.fingerprintSha256());
}

void DetailsPanel::copyPem()
{
    if (!m_entry)
        return;
    QApplication::clipboard()->setText(
        QString::fromLatin1(m_entry->isPending() ? m_entry->request.pem() : m_entry->certificate.pem()));
}

} // namespace certdesk::gui
