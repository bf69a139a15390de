#include "gui/settings/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace certdesk::gui {

namespace {

const QString kSettingsKey = QStringLiteral("language");
// Built from translations/*.ts by qt_add_translations and embedded in the program, so that a build-tree run and an
// installed one find the same files.
const QString kTranslationsDirectory = QStringLiteral(":/i18n");

/// The translators install() put in place, so that a second call (tests switch languages) replaces them.
QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled(QCoreApplication& app)
{
    for (const QPointer<QTranslator>& translator : installedTranslators()) {
        if (translator) {
            app.removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

bool installTranslator(QCoreApplication& app, const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(fileName, directory) || !app.installTranslator(translator)) {
        delete translator;
        return false;
    }
    installedTranslators() << translator;
    return true;
}

/// "de" from "de-DE", "de_AT" or "de".
QString languageCode(const QString& uiLanguage)
{
    return QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Language::nativeName(const QString& code)
{
    // Each language is offered in its own words, so that someone who cannot read the current one finds theirs.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

QString Language::chosen()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return available().contains(code) ? code : QString();
}

void Language::setChosen(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QString Language::install(QCoreApplication& app)
{
    removeInstalled(app);
    const QString code = chosen();
    // Dates and numbers follow the language too, so that a German sentence does not carry an English date.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(code));
    // The user's languages in order of preference (LANGUAGE, then LC_ALL / LC_MESSAGES / LANG); the first one
    // CertDesk speaks wins. English is the source language: nothing to load, and no later entry may override it.
    const QStringList wanted = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList{code};
    for (const QString& uiLanguage : wanted) {
        const QString language = languageCode(uiLanguage);
        if (language == QLatin1String("en") || language == QLatin1String("C"))
            return QStringLiteral("en");
        if (!installTranslator(app, QStringLiteral("certdesk_") + language, kTranslationsDirectory))
            continue;
        // Qt's own dialogs and buttons (QWizard's Next, QDialogButtonBox's Cancel, QFileDialog); missing when
        // qt6-translations-l10n is not installed, and then those stay English.
        installTranslator(app, QStringLiteral("qtbase_") + language,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return language;
    }
    return QStringLiteral("en");
}

} // namespace certdesk::gui
