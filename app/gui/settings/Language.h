#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace certdesk::gui {

/// The language CertDesk speaks: the system's unless Settings chose one, applied once at start.
class Language
{
public:
    /// Languages with a translation, as codes ("en", "de", "fr"); English is the source language.
    static QStringList available();
    /// The language a code names, in that language ("Deutsch"), for the Settings dialog.
    static QString nativeName(const QString& code);

    /// The code Settings stored; empty means "follow the system locale".
    static QString chosen();
    static void setChosen(const QString& code);

    /// Loads Qt's own translations and CertDesk's for the chosen language (or the system locale) into `app`.
    /// main() and the tests call this; returns the language used ("en" when nothing was loaded).
    static QString install(QCoreApplication& app);
};

} // namespace certdesk::gui
