#include "gui/renewal/ReminderDaysDialog.h"

#include "gui/common/InlineErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::gui {

QString reminderDaysText(const ReminderThresholds& thresholds)
{
    QStringList days;
    for (const int day : thresholds.days)
        days << QString::number(day);
    return days.join(QStringLiteral(", "));
}

ReminderDaysDialog::ReminderDaysDialog(const QString& name, const ReminderThresholds& current, bool own,
                                       const ReminderThresholds& defaults, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reminderDaysDialog"));
    setWindowTitle(tr("Reminders for “%1”").arg(name));
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);
    auto* label =
        new QLabel(tr("Remind me this many &days before “%1” expires (numbers separated by commas):").arg(name), this);
    label->setWordWrap(true);
    m_daysEdit = new QLineEdit(reminderDaysText(current), this);
    m_daysEdit->setObjectName(QStringLiteral("reminderDaysEdit"));
    m_daysEdit->setAccessibleName(tr("Days before expiry"));
    m_daysEdit->setPlaceholderText(tr("for example 30, 14, 7, 3, 1"));
    label->setBuddy(m_daysEdit);
    m_errorLabel = new InlineErrorLabel(QStringLiteral("reminderDaysError"), this);
    m_useDefaultCheck = new QCheckBox(tr("&Use the default (%1 days)").arg(reminderDaysText(defaults)), this);
    m_useDefaultCheck->setObjectName(QStringLiteral("useDefaultCheck"));
    m_useDefaultCheck->setAccessibleName(tr("Use the default"));
    m_useDefaultCheck->setChecked(!own);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    layout->addWidget(label);
    layout->addWidget(m_daysEdit);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_useDefaultCheck);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_daysEdit, &QLineEdit::textChanged, this, &ReminderDaysDialog::validate);
    connect(m_useDefaultCheck, &QCheckBox::toggled, this, &ReminderDaysDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_okButton->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 60), sizeHint().height());
}

std::optional<ReminderThresholds> ReminderDaysDialog::thresholds() const
{
    if (m_useDefaultCheck->isChecked())
        return std::nullopt;
    auto parsed = ReminderThresholds::parse(m_daysEdit->text());
    return parsed ? std::optional<ReminderThresholds>(parsed.value()) : std::nullopt;
}

void ReminderDaysDialog::validate()
{
    const bool useDefault = m_useDefaultCheck->isChecked();
    m_daysEdit->setEnabled(!useDefault);
    if (useDefault) {
        m_errorLabel->setError({});
        m_okButton->setEnabled(true);
        return;
    }
    auto parsed = ReminderThresholds::parse(m_daysEdit->text());
    m_errorLabel->setError(parsed ? QString() : parsed.error().message);
    m_okButton->setEnabled(parsed.ok());
}

} // namespace certdesk::gui
