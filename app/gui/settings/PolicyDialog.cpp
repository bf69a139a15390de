#include "gui/settings/PolicyDialog.h"

#include "policy/Policy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace certdesk::gui {

const Policy* organisationPolicy()
{
    // A few hundred bytes of a local file, read once per process: no need to leave the GUI thread for it.
    const Result<std::optional<Policy>>& active = Policy::active();
    return active && active.value() ? &*active.value() : nullptr;
}

QString organisationPolicyProblem()
{
    const Result<std::optional<Policy>>& active = Policy::active();
    return active ? QString() : active.error().message;
}

PolicyDialog::PolicyDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Organisation Policy"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("policySummaryLabel"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(summary);

    auto* rules = new QListWidget(this);
    rules->setObjectName(QStringLiteral("policyRulesList"));
    rules->setAccessibleName(tr("Rules of the organisation policy"));
    rules->setWordWrap(true);
    layout->addWidget(rules, 1);

    const Policy* policy = organisationPolicy();
    const QString problem = organisationPolicyProblem();
    if (!problem.isEmpty()) {
        summary->setText(problem);
        QPalette palette = summary->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        summary->setPalette(palette);
        rules->hide();
    } else if (!policy) {
        summary->setText(
            tr("No organisation policy: %1 does not exist, so every choice is yours.").arg(Policy::defaultPath()));
        rules->hide();
    } else {
        summary->setText(tr("Your organisation sets these rules (from %1):").arg(policy->origin()));
        rules->addItems(policy->describe());
    }
    summary->setAccessibleName(summary->text());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("policyButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace certdesk::gui
