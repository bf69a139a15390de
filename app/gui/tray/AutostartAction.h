#pragma once

#include <QAction>

class QMenu;

namespace certdesk::gui {

/// "Start with my session": a checkable action over the XDG autostart entry that starts `certdesk --tray` at login.
/// Failures are shown in a message box and the check mark goes back to what is on disk.
class AutostartAction : public QAction
{
    Q_OBJECT

public:
    /// Adds the action to `menu`, which reads the entry again each time it opens (the session's settings may have
    /// switched it off meanwhile).
    static AutostartAction* addTo(QMenu* menu, const QString& text);

    explicit AutostartAction(const QString& text, QObject* parent = nullptr);

    /// Sets the check mark from the entry on disk.
    void refresh();

private:
    void onToggled(bool enabled);
};

} // namespace certdesk::gui
