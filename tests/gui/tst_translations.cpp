#include "gui/main/MainWindow.h"
#include "gui/main/VaultAccess.h"
#include "gui/request/RequestWizard.h"
#include "gui/settings/Language.h"
#include "gui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWizardPage>
#include <QtTest>

using namespace certdesk::gui;

namespace {

/// The words a user reads on the main window: menus, their actions and tool tips, and the first-run page.
QStringList mainWindowTexts(MainWindow& window)
{
    QStringList texts;
    for (QAction* menuAction : window.menuBar()->actions()) {
        texts << menuAction->text();
        for (QAction* action : menuAction->menu()->actions()) {
            if (!action->isSeparator())
                texts << action->text() << action->toolTip();
        }
    }
    if (auto* empty = window.findChild<QWidget*>(QStringLiteral("emptyState"))) {
        for (auto* label : empty->findChildren<QLabel*>())
            texts << label->text();
        for (auto* button : empty->findChildren<QAbstractButton*>())
            texts << button->text();
    }
    return texts;
}

/// The words on every page of the request wizard, hidden ones included (the expert choices), and its buttons.
QStringList wizardTexts(RequestWizard& wizard)
{
    QStringList texts;
    for (const int id : wizard.pageIds()) {
        QWizardPage* page = wizard.page(id);
        texts << page->title() << page->subTitle();
        for (auto* label : page->findChildren<QLabel*>())
            texts << label->text();
        for (auto* button : page->findChildren<QAbstractButton*>())
            texts << button->text() << button->accessibleName();
        for (auto* box : page->findChildren<QGroupBox*>())
            texts << box->title();
        for (auto* combo : page->findChildren<QComboBox*>()) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
    }
    for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton})
        texts << wizard.button(which)->text();
    return texts;
}

/// With CERTDESK_SCREENSHOT_DIR set, saves what the user sees, to check that no translated text is cut off.
void screenshot(QWidget& widget, const QString& language, const QString& name)
{
    const QString directory = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QTest::qWait(50);
    widget.grab().save(QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(language, name)));
}

/// Texts that are not translated by design: key usage names as RFC 5280 spells them, and texts without words.
bool isLanguageNeutral(const QString& text)
{
    static const QRegularExpression rfc5280Name(QStringLiteral("^[a-z]+[A-Z][a-zA-Z]*$"));
    return rfc5280Name.match(text).hasMatch() || !text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}")));
}

/// Whether the translator has a finished translation for `source` in one of the window's or the wizard's classes
/// (a translation may rightly read like the source: "&Organisation:", "EC P-384").
bool isTranslated(const QTranslator& translator, const QString& source)
{
    static const char* const contexts[] = {
        "certdesk::gui::MainWindow",
        "certdesk::gui::RequestWizard",
        "certdesk::gui::RequestProfilePage",
        "certdesk::gui::RequestSubjectPage",
        "certdesk::gui::RequestKeyPage",
        "certdesk::gui::RequestResultPage",
        "certdesk::gui::CsrView",
        "certdesk::gui::AutostartAction",
        "QWizard",
    };
    for (const char* context : contexts) {
        if (!translator.translate(context, source.toUtf8().constData()).isEmpty())
            return true;
    }
    return false;
}

} // namespace

/// The language follows the system locale (LANG / LC_ALL, as CTest sets them for this test) or the choice made in
/// Settings, through Language::install() as main() calls it; checks the main window and the request wizard read
/// in that language, with nothing left in English.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void systemLocaleTranslatesWindowAndWizard();
    void nothingLeftInEnglish();
    void settingsChoiceOverridesTheSystem();
    void settingsDialogStoresTheChoiceWithTheKeyboard();

private:
    /// The language LANG asks for; empty, with the reason, when that language has no translated strings in this build.
    static QString expectedLanguage(QString& skipReason);

    QTemporaryDir m_home;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-tst-translations"));
    QVERIFY(m_home.isValid());
    qputenv("CERTDESK_KEYCHAIN_TIMEOUT_MS", "3000");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/certdesk-test-bus");
    Language::setChosen({});
}

void TestTranslations::cleanup()
{
    Language::setChosen({});
    QLocale::setDefault(QLocale::system());
}

QString TestTranslations::expectedLanguage(QString& skipReason)
{
    const QString language = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (language == QLatin1String("en") || language == QLatin1String("C")) {
        skipReason = QStringLiteral("The system locale is English; run with LANG=de_DE.UTF-8 (as CTest does)");
        return {};
    }
    QTranslator translator;
    if (!translator.load(QStringLiteral("certdesk_") + language, QStringLiteral(":/i18n")) || translator.isEmpty()) {
        skipReason =
            QStringLiteral("translations/certdesk_%1.ts has no finished translations in this build").arg(language);
        return {};
    }
    return language;
}

void TestTranslations::systemLocaleTranslatesWindowAndWizard()
{
    QString skipReason;
    const QString language = expectedLanguage(skipReason);
    if (language.isEmpty())
        QSKIP(qPrintable(skipReason));
    QCOMPARE(Language::install(*qApp), language);

    MainWindow window(m_home.filePath(QStringLiteral("vault")));
    window.show();
    RequestWizard wizard(new VaultAccess(m_home.filePath(QStringLiteral("vault")), &window));
    if (language == QLatin1String("de")) {
        const auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
        QCOMPARE(fileMenu->title(), QStringLiteral("&Datei"));
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("viewMenu"))->title(), QStringLiteral("&Ansicht"));
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("helpMenu"))->title(), QStringLiteral("&Hilfe"));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("requestAction"))->text(),
                 QStringLiteral("&Zertifikat beantragen…"));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("settingsAction"))->text(),
                 QStringLiteral("Einstellun&gen…"));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Zertifikat beantragen"));
        QCOMPARE(wizard.page(RequestWizard::ProfilePageId)->title(), QStringLiteral("Wofür ist das Zertifikat?"));
        QCOMPARE(wizard.page(RequestWizard::SubjectPageId)->title(), QStringLiteral("Für wen ist es?"));
        QCOMPARE(wizard.page(RequestWizard::KeyPageId)->title(), QStringLiteral("Schlüssel"));
        QCOMPARE(wizard.page(RequestWizard::ResultPageId)->title(), QStringLiteral("Ihre Anfrage ist fertig"));
        QCOMPARE(wizard.findChild<QAbstractButton*>(QStringLiteral("emailProfileRadio"))->text(),
                 QStringLiteral("E-Mails signieren und verschlüsseln"));
        // Qt's own strings come from qtbase_de.qm (qt6-translations-l10n).
        QVERIFY2(wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Weiter")),
                 qPrintable(wizard.button(QWizard::NextButton)->text()));
    }
    QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
    screenshot(window, language, QStringLiteral("main-window"));
    wizard.show();
    screenshot(wizard, language, QStringLiteral("wizard-1-purpose"));
    wizard.findChild<QAbstractButton*>(QStringLiteral("customProfileRadio"))->click();
    screenshot(wizard, language, QStringLiteral("wizard-1-custom"));
    wizard.findChild<QAbstractButton*>(QStringLiteral("clientProfileRadio"))->click();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RequestWizard::SubjectPageId));
    wizard.findChild<QLineEdit*>(QStringLiteral("commonNameEdit"))->setText(QStringLiteral("Erika Mustermann"));
    wizard.findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("erika@example.org"));
    screenshot(wizard, language, QStringLiteral("wizard-2-who"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RequestWizard::KeyPageId));
    wizard.findChild<QAbstractButton*>(QStringLiteral("advancedKeyButton"))->click();
    screenshot(wizard, language, QStringLiteral("wizard-3-key"));
    SettingsDialog settings(&window);
    settings.show();
    screenshot(settings, language, QStringLiteral("settings"));

    // Whatever the language: the texts are those of its translation file, not the English sources.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("certdesk_") + language, QStringLiteral(":/i18n")));
    const QString fileMenu = translator.translate("certdesk::gui::MainWindow", "&File");
    QVERIFY(!fileMenu.isEmpty());
    QCOMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(), fileMenu);
    const QString wizardTitle = translator.translate("certdesk::gui::RequestWizard", "Request a Certificate");
    QVERIFY(!wizardTitle.isEmpty());
    QCOMPARE(wizard.windowTitle(), wizardTitle);
    const QString subjectTitle = translator.translate("certdesk::gui::RequestSubjectPage", "Who is it for?");
    QVERIFY(!subjectTitle.isEmpty());
    QCOMPARE(wizard.page(RequestWizard::SubjectPageId)->title(), subjectTitle);
}

void TestTranslations::nothingLeftInEnglish()
{
    QString skipReason;
    const QString language = expectedLanguage(skipReason);
    if (language.isEmpty())
        QSKIP(qPrintable(skipReason));
    // The same windows built once without translators and once with them: every text with words must change.
    Language::setChosen(QStringLiteral("en"));
    QCOMPARE(Language::install(*qApp), QStringLiteral("en"));
    QStringList english;
    {
        MainWindow window(m_home.filePath(QStringLiteral("vault")));
        window.show();
        QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        RequestWizard wizard(new VaultAccess(m_home.filePath(QStringLiteral("vault")), &window));
        english << mainWindowTexts(window) << wizardTexts(wizard);
    }
    Language::setChosen({});
    QCOMPARE(Language::install(*qApp), language);
    QStringList translated;
    {
        MainWindow window(m_home.filePath(QStringLiteral("vault")));
        window.show();
        QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        RequestWizard wizard(new VaultAccess(m_home.filePath(QStringLiteral("vault")), &window));
        translated << mainWindowTexts(window) << wizardTexts(wizard);
    }
    QCOMPARE(translated.size(), english.size());
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("certdesk_") + language, QStringLiteral(":/i18n")));
    QStringList untranslated;
    for (qsizetype i = 0; i < english.size(); ++i) {
        const QString& source = english.at(i);
        if (translated.at(i) == source && !isLanguageNeutral(source) && !isTranslated(translator, source))
            untranslated << source;
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("Still in English:\n") + untranslated.join(u'\n')));
}

void TestTranslations::settingsChoiceOverridesTheSystem()
{
    // English chosen in Settings wins over a German or French system locale …
    Language::setChosen(QStringLiteral("en"));
    QCOMPARE(Language::install(*qApp), QStringLiteral("en"));
    {
        MainWindow window(m_home.filePath(QStringLiteral("vault")));
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&File"));
    }
    // … and German chosen wins over whatever the system says.
    Language::setChosen(QStringLiteral("de"));
    QCOMPARE(Language::install(*qApp), QStringLiteral("de"));
    MainWindow window(m_home.filePath(QStringLiteral("vault")));
    QCOMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&Datei"));
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestTranslations::settingsDialogStoresTheChoiceWithTheKeyboard()
{
    Language::setChosen({});
    MainWindow window(m_home.filePath(QStringLiteral("vault")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Ctrl+, opens Settings; the language list has the focus; typing picks an entry; Enter is OK.
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog*>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QTRY_COMPARE(QApplication::focusWidget(), combo);
    QCOMPARE(combo->currentData().toString(), QString());
    QTest::keyClicks(combo, QStringLiteral("Deu"));
    QCOMPARE(combo->currentText(), QStringLiteral("Deutsch"));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("restartNote"))->text().isEmpty());
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(Language::chosen(), QStringLiteral("de"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
