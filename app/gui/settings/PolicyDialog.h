#pragma once

#include <QDialog>

namespace certdesk {
class Policy;
}

namespace certdesk::gui {

/// The organisation policy in force for the app: null when there is none, or when it is malformed — then
/// organisationPolicyProblem() says why, and the forms that the policy governs show that sentence instead of going on.
const Policy* organisationPolicy();
/// The sentence (naming FILE:LINE:COLUMN) when the policy file is there but unreadable or malformed; else empty.
QString organisationPolicyProblem();

/// Help › Organisation Policy…: the policy in force, where it came from, or why it cannot be used.
class PolicyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PolicyDialog(QWidget* parent = nullptr);
};

} // namespace certdesk::gui
