#include "gui/common/BusyPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace certdesk::gui {

BusyPanel::BusyPanel(QWidget* parent, const QString& cancelText, const QString& cancelAccessibleName) : QWidget(parent)
{
    setObjectName(QStringLiteral("busyPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* indicator = new QProgressBar(this);
    indicator->setObjectName(QStringLiteral("busyIndicator"));
    indicator->setAccessibleName(tr("Working"));
    indicator->setRange(0, 0);
    indicator->setTextVisible(false);
    indicator->setMaximumWidth(120);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("busyLabel"));
    layout->addWidget(indicator);
    layout->addWidget(m_label, 1);
    if (!cancelText.isEmpty()) {
        m_cancelButton = new QPushButton(cancelText, this);
        m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
        m_cancelButton->setAccessibleName(cancelAccessibleName.isEmpty() ? cancelText : cancelAccessibleName);
        m_cancelButton->setAutoDefault(false);
        layout->addWidget(m_cancelButton);
    }
    hide();
}

void BusyPanel::setText(const QString& text)
{
    m_label->setText(text);
}

} // namespace certdesk::gui
