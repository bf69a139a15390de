#pragma once

#include <QLabel>

namespace certdesk::gui {

/// The sentence under a field that says what is wrong with it; hidden while there is nothing to say.
class InlineErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit InlineErrorLabel(const QString& objectName, QWidget* parent = nullptr);

    /// Shows `message`, or hides the label when it is empty.
    void setError(const QString& message);
    bool hasError() const { return !text().isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();

    bool m_applyingColour = false;
};

} // namespace certdesk::gui
