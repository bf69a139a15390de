#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace certdesk::gui {

/// "Working…": an indeterminate progress bar with a sentence, and a cancel button when the work can be cancelled.
/// Hidden until shown. Object names busyPanel, busyIndicator, busyLabel and cancelButton, for tests.
class BusyPanel : public QWidget
{
    Q_OBJECT

public:
    /// No cancel button when `cancelText` is empty.
    explicit BusyPanel(QWidget* parent, const QString& cancelText = {}, const QString& cancelAccessibleName = {});

    void setText(const QString& text);
    /// Null without a cancel button.
    QPushButton* cancelButton() const { return m_cancelButton; }

private:
    QLabel* m_label = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace certdesk::gui
