#include "gui/tray/AutostartAction.h"

#include "desktop/Autostart.h"
#include "gui/common/DialogSeams.h"

#include <QCoreApplication>
#include <QMenu>
#include <QSignalBlocker>

namespace certdesk::gui {

AutostartAction* AutostartAction::addTo(QMenu* menu, const QString& text)
{
    auto* action = new AutostartAction(text, menu);
    menu->addAction(action);
    connect(menu, &QMenu::aboutToShow, action, &AutostartAction::refresh);
    return action;
}

AutostartAction::AutostartAction(const QString& text, QObject* parent) : QAction(text, parent)
{
    setObjectName(QStringLiteral("autostartAction"));
    setCheckable(true);
    setToolTip(tr("Start CertDesk in the background when you log in, so that it reminds you before a certificate "
                  "expires"));
    refresh();
    connect(this, &QAction::toggled, this, &AutostartAction::onToggled);
}

void AutostartAction::refresh()
{
    const QSignalBlocker blocker(this);
    setChecked(Autostart::isEnabled());
}

void AutostartAction::onToggled(bool enabled)
{
    // A few hundred bytes in the user's config folder: not worth a thread.
    const Result<void> result =
        enabled ? Autostart::enable(QCoreApplication::applicationFilePath()) : Autostart::disable();
    if (result)
        return;
    // A menu is a popup of its own; the message belongs to the window the menu bar is in, if any.
    QWidget* owner = qobject_cast<QWidget*>(parent());
    while (owner && qobject_cast<QMenu*>(owner))
        owner = owner->parentWidget();
    const QString title =
        enabled ? tr("CertDesk cannot start with your session") : tr("CertDesk still starts with your session");
    MessageBox::warning(owner ? owner->window() : nullptr, title, result.error().message, result.error().detail);
    refresh();
}

} // namespace certdesk::gui
