#include "gui/request/RequestKeyPage.h"

#include "gui/common/InlineErrorLabel.h"
#include "gui/settings/PolicyDialog.h"

#include "policy/Policy.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace certdesk::gui {

RequestKeyPage::RequestKeyPage(QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("keyPage"));
    setTitle(tr("Key"));
    setSubTitle(tr("CertDesk creates a new private key on this computer and keeps it encrypted in its vault. Only "
                   "the request goes to your certificate authority."));
    // Once stored, going back would only create a second request; the result page has no Back.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create request"));

    auto* layout = new QVBoxLayout(this);
    m_keyTypes = new QButtonGroup(this);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    const Policy* policy = organisationPolicy();
    // Only the key types the organisation allows are offered at all.
    auto addChoice = [&](QWidget* parentWidget, QVBoxLayout* into, KeyType type, const QString& objectName,
                         const QString& text, const QString& reason) -> QRadioButton* {
        if (policy && !policy->allowsKeyType(type))
            return nullptr;
        auto* radio = new QRadioButton(text, parentWidget);
        radio->setObjectName(objectName);
        radio->setAccessibleName(text);
        radio->setAccessibleDescription(reason);
        m_keyTypes->addButton(radio, static_cast<int>(type));
        auto* why = new QLabel(reason, parentWidget);
        why->setWordWrap(true);
        why->setIndent(indent);
        why->setForegroundRole(QPalette::PlaceholderText);
        // The reason sits close under its own choice, clearly apart from the next one.
        auto* pair = new QVBoxLayout;
        pair->setSpacing(0);
        pair->addWidget(radio);
        pair->addWidget(why);
        into->addLayout(pair);
        into->addSpacing(4);
        return radio;
    };
    if (auto* recommended = addChoice(this, layout, KeyType::EcP256, QStringLiteral("ecP256Radio"),
                                      tr("EC P-256 (recommended)"), tr("Fast, small, accepted by current systems.")))
        recommended->setChecked(true);

    m_advancedButton = new QToolButton(this);
    m_advancedButton->setObjectName(QStringLiteral("advancedKeyButton"));
    m_advancedButton->setAccessibleName(tr("Advanced key types"));
    m_advancedButton->setText(tr("&Advanced"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setAutoRaise(true);
    layout->addSpacing(6);
    layout->addWidget(m_advancedButton);

    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("advancedKeyTypes"));
    auto* advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(indent, 0, 0, 0);
    // No RSA below 2048 bits: CAs and browsers have refused shorter keys since 2013.
    addChoice(m_advanced, advancedLayout, KeyType::EcP384, QStringLiteral("ecP384Radio"), tr("EC P-384"),
              tr("A larger curve, for authorities that ask for it."));
    addChoice(m_advanced, advancedLayout, KeyType::Rsa2048, QStringLiteral("rsa2048Radio"), tr("RSA 2048"),
              tr("For older systems that do not accept elliptic-curve keys."));
    addChoice(m_advanced, advancedLayout, KeyType::Rsa3072, QStringLiteral("rsa3072Radio"), tr("RSA 3072"),
              tr("RSA with a safety margin beyond 2030."));
    addChoice(m_advanced, advancedLayout, KeyType::Rsa4096, QStringLiteral("rsa4096Radio"), tr("RSA 4096"),
              tr("Takes several seconds to create; larger and slower in use."));
    addChoice(m_advanced, advancedLayout, KeyType::Ed25519, QStringLiteral("ed25519Radio"), tr("Ed25519"),
              tr("Modern and fast, but many authorities and programs do not accept it yet."));
    layout->addWidget(m_advanced);
    if (policy) {
        auto* note = new QLabel(tr("Your organisation allows only the key types shown here."), this);
        note->setObjectName(QStringLiteral("keyPolicyLabel"));
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    layout->addStretch(1);

    auto* busyRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(tr("Creating the request"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setAccessibleName(tr("Stop creating the request"));
    m_stop->setAutoDefault(false);
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_stop);
    layout->addLayout(busyRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keyStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_error = new InlineErrorLabel(QStringLiteral("keyErrorLabel"), this);
    layout->addWidget(m_error);

    connect(m_advancedButton, &QToolButton::toggled, this, &RequestKeyPage::setAdvancedShown);
    connect(m_stop, &QPushButton::clicked, this, &RequestKeyPage::stopRequested);
    bool advancedFirst = false;
    if (policy && policy->defaultKeyType() != KeyType::EcP256) {
        // The organisation's first choice instead of P-256, with the advanced types open to show it.
        m_keyTypes->button(static_cast<int>(policy->defaultKeyType()))->setChecked(true);
        advancedFirst = true;
    }
    setAdvancedShown(advancedFirst);
    if (m_advanced->findChildren<QRadioButton*>().isEmpty())
        m_advancedButton->hide();
    setState(State::Ready);
}

KeyType RequestKeyPage::keyType() const
{
    return static_cast<KeyType>(m_keyTypes->checkedId());
}

void RequestKeyPage::setState(State state)
{
    m_state = state;
    const bool busy = state == State::Creating || state == State::Storing;
    for (QAbstractButton* button : m_keyTypes->buttons())
        button->setEnabled(!busy);
    m_advancedButton->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_stop->setVisible(busy);
    // Once the vault has the key, stopping could only leave a request the user believes was never made.
    m_stop->setEnabled(state == State::Creating);
    if (state == State::Creating)
        setStatus(tr("Creating the key and the request…"));
    else if (state == State::Storing)
        setStatus(tr("Storing the key in the vault…"));
    if (busy) {
        setError({});
        if (m_stop->isEnabled())
            m_stop->setFocus();
    }
    emit completeChanged();
}

void RequestKeyPage::setError(const QString& message, const QString& detail)
{
    m_error->setError(message);
    m_error->setToolTip(detail);
}

void RequestKeyPage::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

bool RequestKeyPage::isComplete() const
{
    return m_state == State::Ready || m_state == State::Created;
}

bool RequestKeyPage::validatePage()
{
    if (m_state == State::Created)
        return true;
    if (m_state == State::Ready)
        emit createRequested(keyType());
    return false;
}

void RequestKeyPage::setAdvancedShown(bool shown)
{
    m_advanced->setVisible(shown);
    m_advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    if (m_advancedButton->isChecked() != shown)
        m_advancedButton->setChecked(shown);
}

} // namespace certdesk::gui
