#include "gui/common/InlineErrorLabel.h"

#include <QEvent>

namespace certdesk::gui {

InlineErrorLabel::InlineErrorLabel(const QString& objectName, QWidget* parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    // Selectable so the sentence can be copied into a helpdesk ticket; by keyboard too, so screen readers reach it.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTextFormat(Qt::PlainText);
    applyColour();
    hide();
}

void InlineErrorLabel::setError(const QString& message)
{
    setText(message);
    setAccessibleName(message);
    setVisible(!message.isEmpty());
}

void InlineErrorLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Setting our own palette sends another PaletteChange; only react to the application's.
        if (!m_applyingColour)
            applyColour();
    }
}

void InlineErrorLabel::applyColour()
{
    m_applyingColour = true;
    QPalette colours = palette();
    // A red that keeps enough contrast on both light and dark window backgrounds.
    const bool darkBackground = colours.color(QPalette::Window).lightness() < 128;
    colours.setColor(QPalette::WindowText, darkBackground ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e));
    setPalette(colours);
    m_applyingColour = false;
}

} // namespace certdesk::gui
