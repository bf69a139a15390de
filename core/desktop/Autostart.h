#pragma once

#include "Result.h"

#include <QString>

namespace certdesk {

/// "Start with my session": the per-user XDG autostart entry that starts CertDesk in the tray at login.
class Autostart
{
public:
    /// $XDG_CONFIG_HOME/autostart/certdesk-tray.desktop (~/.config/autostart/… by default).
    static QString entryPath();
    /// True when the entry exists, was written by CertDesk, and the session has not switched it off
    /// (Hidden=true, X-GNOME-Autostart-enabled=false).
    static bool isEnabled();
    /// Writes the entry, replacing any earlier one atomically: Exec=<executable> --tray. `executable` is an absolute
    /// path or a bare program name found in PATH.
    static Result<void> enable(const QString& executable);
    /// Removes the entry; succeeds when there is none.
    static Result<void> disable();

    /// `argument` quoted for an Exec key (Desktop Entry Specification, "The Exec key"), before the general string
    /// escaping of the key's value.
    static QString quoteExecArgument(const QString& argument);
};

} // namespace certdesk
