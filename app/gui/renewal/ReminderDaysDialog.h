#pragma once

#include "expiry/Expiry.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace certdesk::gui {

class InlineErrorLabel;

/// "Change…" for one identity's reminders: the days before expiry, as text checked with ReminderThresholds::parse
/// while typing, or the vault's default.
class ReminderDaysDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current` is what applies now; `own` whether it is the identity's own choice; `defaults` the vault's.
    ReminderDaysDialog(const QString& name, const ReminderThresholds& current, bool own,
                       const ReminderThresholds& defaults, QWidget* parent = nullptr);

    /// The days chosen; nullopt for "use the default".
    std::optional<ReminderThresholds> thresholds() const;

private:
    void validate();

    QLineEdit* m_daysEdit = nullptr;
    QCheckBox* m_useDefaultCheck = nullptr;
    InlineErrorLabel* m_errorLabel = nullptr;
    QPushButton* m_okButton = nullptr;
};

/// "30, 14, 7, 3, 1": reminder days as the user reads them.
QString reminderDaysText(const ReminderThresholds& thresholds);

} // namespace certdesk::gui
