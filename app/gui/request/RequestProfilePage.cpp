#include "gui/request/RequestProfilePage.h"

#include "gui/common/InlineErrorLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk::gui {

RequestProfilePage::RequestProfilePage(QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("profilePage"));
    setTitle(tr("What is the certificate for?"));
    setSubTitle(tr("Your certificate authority issues certificates for one purpose each. Choose the one you need."));

    auto* layout = new QVBoxLayout(this);
    m_profiles = new QButtonGroup(this);
    struct Choice
    {
        Profile profile;
        QString objectName;
        QString text;
        QString explanation;
    };
    const QList<Choice> choices = {
        {Profile::Client, QStringLiteral("clientProfileRadio"), tr("Sign in to services (VPN, Wi-Fi, web sites)"),
         tr("Proves who you are when you connect, instead of or in addition to a password.")},
        {Profile::Email, QStringLiteral("emailProfileRadio"), tr("Sign and encrypt e-mail"),
         tr("Lets others check that your messages come from you, and send you encrypted messages (S/MIME).")},
        {Profile::Server, QStringLiteral("serverProfileRadio"), tr("Identify a server"),
         tr("For a web, mail or VPN server: clients check that they talk to the right machine.")},
        {Profile::Custom, QStringLiteral("customProfileRadio"), tr("Custom (for experts)"),
         tr("Choose key usages and extended key usages yourself.")},
    };
    for (const Choice& choice : choices) {
        auto* radio = new QRadioButton(choice.text, this);
        radio->setObjectName(choice.objectName);
        radio->setAccessibleName(choice.text);
        radio->setAccessibleDescription(choice.explanation);
        auto* explanation = new QLabel(choice.explanation, this);
        explanation->setWordWrap(true);
        explanation->setIndent(radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                               radio->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
        explanation->setForegroundRole(QPalette::PlaceholderText);
        m_profiles->addButton(radio, static_cast<int>(choice.profile));
        // The explanation sits close under its own choice, clearly apart from the next one.
        auto* pair = new QVBoxLayout;
        pair->setSpacing(0);
        pair->addWidget(radio);
        pair->addWidget(explanation);
        layout->addLayout(pair);
        layout->addSpacing(4);
    }
    m_profiles->button(static_cast<int>(Profile::Client))->setChecked(true);

    m_custom = new QGroupBox(tr("Custom usages"), this);
    m_custom->setObjectName(QStringLiteral("customUsageGroup"));
    auto* customLayout = new QVBoxLayout(m_custom);
    auto* keyUsageLabel = new QLabel(tr("Key usage:"), m_custom);
    customLayout->addWidget(keyUsageLabel);
    auto* grid = new QGridLayout;
    const QStringList names = keyUsageNames();
    constexpr int kColumns = 3;
    for (int i = 0; i < names.size(); ++i) {
        // Key usage names stay as RFC 5280 spells them: experts look them up, and CAs document them that way.
        auto* box = new QCheckBox(names.at(i), m_custom);
        box->setObjectName(names.at(i) + QStringLiteral("Check"));
        box->setAccessibleName(tr("Key usage %1").arg(names.at(i)));
        box->setChecked(names.at(i) == QStringLiteral("digitalSignature"));
        connect(box, &QCheckBox::toggled, this, &RequestProfilePage::updateCustom);
        m_keyUsages << box;
        grid->addWidget(box, i / kColumns, i % kColumns);
    }
    customLayout->addLayout(grid);
    auto* ekuLabel = new QLabel(tr("&Extended key usages (names or OIDs, separated by commas):"), m_custom);
    m_extendedKeyUsage = new QLineEdit(m_custom);
    m_extendedKeyUsage->setObjectName(QStringLiteral("extendedKeyUsageEdit"));
    m_extendedKeyUsage->setAccessibleName(tr("Extended key usages"));
    m_extendedKeyUsage->setPlaceholderText(tr("for example codeSigning, 1.3.6.1.4.1.311.20.2.2"));
    ekuLabel->setBuddy(m_extendedKeyUsage);
    connect(m_extendedKeyUsage, &QLineEdit::textChanged, this, &RequestProfilePage::updateCustom);
    customLayout->addWidget(ekuLabel);
    customLayout->addWidget(m_extendedKeyUsage);
    m_customError = new InlineErrorLabel(QStringLiteral("customUsageError"), m_custom);
    customLayout->addWidget(m_customError);
    // Reserve the group's room while it is hidden: the wizard sizes itself once, and would squeeze it later.
    QSizePolicy customPolicy = m_custom->sizePolicy();
    customPolicy.setRetainSizeWhenHidden(true);
    m_custom->setSizePolicy(customPolicy);
    layout->addWidget(m_custom);
    layout->addStretch(1);

    connect(m_profiles, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateCustom();
    });
    updateCustom();
}

Profile RequestProfilePage::profile() const
{
    return static_cast<Profile>(m_profiles->checkedId());
}

void RequestProfilePage::applyTo(RequestOptions& options) const
{
    options.profile = profile();
    options.customKeyUsage.clear();
    options.customExtendedKeyUsage.clear();
    if (options.profile == Profile::Custom) {
        options.customKeyUsage = checkedKeyUsages();
        options.customExtendedKeyUsage = extendedKeyUsages();
    }
}

bool RequestProfilePage::isComplete() const
{
    return profile() != Profile::Custom || !m_customError->hasError();
}

QStringList RequestProfilePage::checkedKeyUsages() const
{
    QStringList names;
    for (const QCheckBox* box : m_keyUsages) {
        if (box->isChecked())
            names << box->text();
    }
    return names;
}

QStringList RequestProfilePage::extendedKeyUsages() const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return m_extendedKeyUsage->text().split(separators, Qt::SkipEmptyParts);
}

void RequestProfilePage::updateCustom()
{
    const bool custom = profile() == Profile::Custom;
    m_custom->setVisible(custom);
    QString error;
    if (custom) {
        // Core checks the usages; a placeholder subject keeps its "names nobody" check from answering first.
        RequestOptions probe;
        probe.subject = DistinguishedName::fromAttributes({{QStringLiteral("CN"), QStringLiteral("probe")}}).value();
        applyTo(probe);
        if (auto valid = CertificateRequest::validate(probe); !valid)
            error = valid.error().message;
    }
    m_customError->setError(error);
    emit completeChanged();
}

} // namespace certdesk::gui
