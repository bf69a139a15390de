#include "DetailsPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
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
        {QStringLiteral("clientAuth"), QT_TRANSLATE_NOOP("DetailsPanel", "Sign in to services (client authentication)")},
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
    connect(m_delete, &QPushButton::clicked, this, &DetailsPanel::deleteRequested);
    setEntry(std::nullopt, QDateTime::currentDateTimeUtc());
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

void DetailsPanel::setEntry(const std::optional<VaultEntry>& entry, const QDateTime& now)
{
    m_entry = entry;
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
    m_issuer->setText(pending ? tr("Not yet issued: send the request to your certificate authority, then import what it "
                                   "returns.")
                              : e.certificate.issuer());
    m_validity->setText(pending ? QStringLiteral("—")
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
    m_purposes->setText(words.isEmpty() ? tr("any purpose (no restriction in the certificate)") : words.join(QLatin1Char('\n')));
    const QStringList usage = pending ? e.request.keyUsage() : e.certificate.keyUsage();
    m_usage->setText(usage.isEmpty() ? tr("not restricted") : usage.join(QStringLiteral(", ")));
    QStringList installed;
    for (const VaultEntry::Installation& installation : e.installations)
        installed << tr("%1 (as “%2”)").arg(installation.storeName, installation.nickname);
    m_installed->setText(installed.isEmpty() ? tr("nowhere yet")
                                             : installed.join(QLatin1Char('\n')));
    m_serial->setText(pending ? QStringLiteral("—") : e.certificate.serialHex());
    m_fingerprint->setText(pending ? QStringLiteral("—") : e.certificate.fingerprintSha256());
    m_copyFingerprint->setEnabled(!pending);
    m_install->setEnabled(!pending && (e.hasKey || e.certificate.isCa()));
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
