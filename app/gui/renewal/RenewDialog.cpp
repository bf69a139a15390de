#include "gui/renewal/RenewDialog.h"

#include "gui/common/BusyPanel.h"
#include "gui/common/DialogSeams.h"
#include "gui/common/InlineErrorLabel.h"
#include "gui/main/DetailsPanel.h"
#include "gui/main/VaultAccess.h"
#include "gui/request/CsrView.h"
#include "gui/settings/PolicyDialog.h"
#include "policy/Policy.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::gui {

namespace {

QLabel* valueLabel(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel* heading(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(text);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

/// What the renewed certificate will be good for, in the words the details panel uses.
QString purposesInWords(const RequestOptions& options)
{
    QStringList usages;
    switch (options.profile) {
    case Profile::Client:
        usages << QStringLiteral("clientAuth");
        break;
    case Profile::Email:
        usages << QStringLiteral("emailProtection");
        break;
    case Profile::Server:
        usages << QStringLiteral("serverAuth");
        break;
    case Profile::Custom:
        usages = options.customExtendedKeyUsage;
        break;
    }
    QStringList words;
    for (const QString& usage : std::as_const(usages))
        words << purposeInWords(usage);
    return words.isEmpty() ? RenewDialog::tr("any purpose (no restriction)") : words.join(QLatin1Char('\n'));
}

QString keyTypeInWords(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return RenewDialog::tr("EC P-256");
    case KeyType::EcP384:
        return RenewDialog::tr("EC P-384");
    case KeyType::Rsa2048:
        return RenewDialog::tr("RSA 2048");
    case KeyType::Rsa3072:
        return RenewDialog::tr("RSA 3072");
    case KeyType::Rsa4096:
        return RenewDialog::tr("RSA 4096 (takes several seconds to create)");
    case KeyType::Ed25519:
        return RenewDialog::tr("Ed25519 (not accepted by every authority)");
    }
    return keyTypeId(type);
}

} // namespace

RenewDialog::RenewDialog(VaultAccess* access, const VaultEntry& entry, QWidget* parent)
    : QDialog(parent), m_access(access), m_entry(entry)
{
    setObjectName(QStringLiteral("renewDialog"));
    setWindowTitle(tr("Renew “%1”").arg(entry.name));
    setAccessibleName(windowTitle());

    // The organisation policy in force now: its fixed attributes, and another key type when the old one is no
    // longer allowed.
    const Policy* policy = organisationPolicy();
    auto plan = planRenewal(entry, policy);
    if (!Policy::active())
        plan = Policy::active().error(); // a policy file that cannot be read is not no policy
    if (plan)
        m_plan = plan.value();

    // What will be asked for again.
    // Two pages, one shown at a time; not a QStackedWidget, whose size would always make room for the request.
    auto* planPage = new QWidget(this);
    m_planPage = planPage;
    planPage->setObjectName(QStringLiteral("planPage"));
    auto* planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(heading(tr("Renew “%1”").arg(entry.name), QStringLiteral("renewHeading"), planPage));
    auto* intro = new QLabel(tr("CertDesk creates a new private key and a request for the same certificate. Your "
                                "certificate authority issues the new certificate from that request."),
                             planPage);
    intro->setObjectName(QStringLiteral("renewIntro"));
    intro->setWordWrap(true);
    planLayout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyTypeCombo = new QComboBox(planPage);
    m_keyTypeCombo->setObjectName(QStringLiteral("keyTypeCombo"));
    m_keyTypeCombo->setAccessibleName(tr("Type of the new key"));
    if (m_plan) {
        const RequestOptions& options = m_plan->options;
        QStringList sans;
        for (const SubjectAltName& san : options.sans)
            sans << san.toString();
        form->addRow(tr("Issued to:"), valueLabel(options.subject.toString(), QStringLiteral("renewSubjectLabel"),
                                                  tr("Issued to"), planPage));
        form->addRow(tr("Alternative names:"),
                     valueLabel(sans.isEmpty() ? tr("none") : sans.join(QLatin1Char('\n')),
                                QStringLiteral("renewSansLabel"), tr("Alternative names"), planPage));
        form->addRow(tr("Used for:"), valueLabel(purposesInWords(options), QStringLiteral("renewPurposeLabel"),
                                                 tr("Used for"), planPage));
        for (const QString& id : keyTypeIds()) {
            const KeyType type = *keyTypeFromId(id);
            if (policy && !policy->allowsKeyType(type))
                continue;
            const QString text = type == m_plan->keyType && m_plan->keyTypeNote.isEmpty()
                                     ? tr("%1 — the same type as now").arg(keyTypeInWords(type))
                                     : keyTypeInWords(type);
            m_keyTypeCombo->addItem(text, id);
        }
        m_keyTypeCombo->setCurrentIndex(m_keyTypeCombo->findData(keyTypeId(m_plan->keyType)));
    }
    auto* keyLabel = new QLabel(tr("New &key:"), planPage);
    keyLabel->setBuddy(m_keyTypeCombo);
    form->addRow(keyLabel, m_keyTypeCombo);
    planLayout->addSpacing(4);
    planLayout->addLayout(form);
    planLayout->addSpacing(4);
    if (m_plan && !m_plan->keyTypeNote.isEmpty()) {
        QLabel* note =
            valueLabel(m_plan->keyTypeNote, QStringLiteral("keyTypeNoteLabel"), tr("About the key"), planPage);
        planLayout->addWidget(note);
    }

    auto* keepsWorking = new QLabel(tr("“%1” keeps working until the new certificate is installed in its place. "
                                       "Nothing changes in your browsers or other stores before that.")
                                        .arg(entry.name),
                                    planPage);
    keepsWorking->setObjectName(QStringLiteral("keepsWorkingLabel"));
    keepsWorking->setWordWrap(true);
    planLayout->addWidget(keepsWorking);

    m_errorLabel = new InlineErrorLabel(QStringLiteral("renewErrorLabel"), planPage);
    planLayout->addWidget(m_errorLabel);
    if (!plan)
        m_errorLabel->setError(plan.error().message);

    m_busyPanel = new BusyPanel(planPage);
    m_busyPanel->setText(tr("Creating the new key and the request…"));
    planLayout->addWidget(m_busyPanel);
    planLayout->addStretch(1);

    // The request to send.
    auto* resultPage = new QWidget(this);
    m_resultPage = resultPage;
    resultPage->setObjectName(QStringLiteral("resultPage"));
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(heading(tr("Your renewal request is ready"), QStringLiteral("resultHeading"), resultPage));
    auto* sendIt = new QLabel(tr("The new private key is in CertDesk's vault. Send the request below to your "
                                 "certificate authority."),
                              resultPage);
    sendIt->setWordWrap(true);
    resultLayout->addWidget(sendIt);
    m_csr = new CsrView(resultPage);
    resultLayout->addWidget(m_csr, 1);
    auto* next = new QLabel(tr("<b>What to do next</b><ol style=\"margin-left: 0; -qt-list-indent: 1;\">"
                               "<li>Send the request to your certificate authority.</li>"
                               "<li>When the new certificate arrives, import it (File › Import…, or "
                               "“Import certificate…” in the details of “%1”). CertDesk then offers to put it in "
                               "place of the old one wherever that is installed.</li></ol>")
                                .arg(entry.name.toHtmlEscaped()),
                            resultPage);
    next->setObjectName(QStringLiteral("nextStepsLabel"));
    next->setWordWrap(true);
    next->setTextFormat(Qt::RichText);
    resultLayout->addWidget(next);

    resultPage->hide();

    m_createButton = new QPushButton(tr("&Create request"), this);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAccessibleName(tr("Create request"));
    m_createButton->setDefault(true);
    m_createButton->setEnabled(m_plan.has_value());
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(planPage, 1);
    layout->addWidget(resultPage, 1);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    connect(m_createButton, &QPushButton::clicked, this, [this] { create(false); });
    connect(m_cancelButton, &QPushButton::clicked, this, &RenewDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    fitToContents(false);
}

void RenewDialog::fitToContents(bool growOnly)
{
    // Wrapped sentences ask for little width and much height; give them a readable line and the height that needs.
    int wanted = qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 90);
    if (growOnly)
        wanted = qMax(wanted, width());
    layout()->activate();
    int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(wanted) : sizeHint().height();
    if (growOnly)
        needed = qMax(needed, height());
    resize(wanted, needed);
}

void RenewDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void RenewDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyPanel->setVisible(busy);
    m_createButton->setEnabled(!busy && m_plan.has_value());
    m_cancelButton->setEnabled(!busy);
    m_keyTypeCombo->setEnabled(!busy);
    fitToContents(true);
}

void RenewDialog::create(bool afterPassphrase)
{
    if (!m_plan || (m_busy && !afterPassphrase))
        return;
    m_errorLabel->setError({});
    setBusy(true);
    const VaultEntry entry = m_entry;
    const std::optional<KeyType> keyType = keyTypeFromId(m_keyTypeCombo->currentData().toString());
    std::optional<Policy> policy;
    if (const Policy* active = organisationPolicy())
        policy = *active;
    auto* watcher = new QFutureWatcher<Result<VaultEntry>>(this);
    connect(watcher, &QFutureWatcher<Result<VaultEntry>>::finished, this, [this, watcher, afterPassphrase] {
        watcher->deleteLater();
        finish(watcher->result(), afterPassphrase);
    });
    watcher->setFuture(m_access->run<VaultEntry>([entry, keyType, policy](Vault& vault) -> Result<VaultEntry> {
        // As certdesk-cli renew: read the identity again (another window or the CLI may have renewed it meanwhile),
        // and open the vault before spending seconds on a key it could not store.
        auto current = vault.find(entry.id);
        if (!current)
            return current.error();
        if (current.value().renewalPending()) {
            return makeError(
                ErrorCode::Usage,
                RenewDialog::tr("A renewal of “%1” was already requested on %2. Its request is in the "
                                "details of “%1” (Save request…).")
                    .arg(entry.name, QLocale().toString(current.value().renewalRequested.toLocalTime().date(),
                                                        QLocale::ShortFormat)),
                {}, QStringLiteral("renewal-pending"));
        }
        if (auto unlocked = vault.unlock(); !unlocked)
            return unlocked.error();
        return requestRenewal(vault, current.value(), keyType, policy ? &*policy : nullptr);
    }));
}

void RenewDialog::finish(const Result<VaultEntry>& result, bool afterPassphrase)
{
    if (!result) {
        const Error& error = result.error();
        switch (m_access->askForPassphrase(this, error, afterPassphrase)) {
        case VaultAccess::PassphraseAnswer::Given:
            create(true);
            return;
        case VaultAccess::PassphraseAnswer::Declined:
            m_errorLabel->setError(tr("The vault needs its passphrase to keep the new key, so nothing was "
                                      "created. Choose “Create request” to try again."));
            setBusy(false);
            return;
        case VaultAccess::PassphraseAnswer::NotNeeded:
        case VaultAccess::PassphraseAnswer::DidNotOpen:
            break;
        }
        m_errorLabel->setError(error.message);
        m_errorLabel->setToolTip(error.detail);
        setBusy(false);
        return;
    }
    setBusy(false);
    const VaultEntry& renewal = result.value();
    m_renewalId = renewal.id;
    m_csr->setRequest(renewal.request.pem(), m_entry.name + QStringLiteral(" renewal"));
    m_planPage->hide();
    m_resultPage->show();
    fitToContents(true);
    m_createButton->hide();
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    emit renewalCreated(renewal.id, m_entry.id);
}

} // namespace certdesk::gui
