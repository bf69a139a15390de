#include "gui/settings/SettingsDialog.h"

#include "gui/settings/Language.h"
#include "gui/settings/PolicyDialog.h"

#include "policy/Policy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk::gui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());

    auto* form = new QFormLayout;
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System default"), QString());
    for (const QString& code : Language::available())
        m_languageCombo->addItem(Language::nativeName(code), code);
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(Language::chosen())));
    form->addRow(tr("&Language:"), m_languageCombo);
    m_languageCombo->setFocus();

    auto* note = new QLabel(tr("A new language applies the next time CertDesk starts."), this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);
    form->addRow(QString(), note);

    // The organisation's rules are not the user's to change, but this is where people look for what governs the app.
    auto* policyRow = new QHBoxLayout;
    QString policyState;
    if (!organisationPolicyProblem().isEmpty())
        policyState = tr("Cannot be used (damaged file)");
    else if (const Policy* policy = organisationPolicy())
        policyState = tr("Active, from %1").arg(policy->origin());
    else
        policyState = tr("None: every choice is yours");
    auto* policyLabel = new QLabel(policyState, this);
    policyLabel->setObjectName(QStringLiteral("policyStateLabel"));
    policyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    policyLabel->setTextFormat(Qt::PlainText);
    auto* policyButton = new QPushButton(tr("&Show…"), this);
    policyButton->setObjectName(QStringLiteral("showPolicyButton"));
    policyButton->setAccessibleName(tr("Show the organisation policy"));
    policyButton->setAutoDefault(false);
    connect(policyButton, &QPushButton::clicked, this, [this] {
        PolicyDialog dialog(this);
        dialog.exec();
    });
    policyRow->addWidget(policyLabel, 1);
    policyRow->addWidget(policyButton);
    form->addRow(tr("Organisation policy:"), policyRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void SettingsDialog::save() const
{
    Language::setChosen(m_languageCombo->currentData().toString());
}

} // namespace certdesk::gui
