#include "gui/main/MainWindow.h"

#include "expiry/Clock.h"
#include "gui/common/DialogSeams.h"
#include "gui/doctor/ConnectionTestDialog.h"
#include "gui/export/ExportDialog.h"
#include "gui/import/ImportDialog.h"
#include "gui/install/InstallDialog.h"
#include "gui/main/DetailsPanel.h"
#include "gui/main/VaultAccess.h"
#include "gui/main/VaultLoader.h"
#include "gui/main/VaultTableModel.h"
#include "gui/renewal/ReminderDaysDialog.h"
#include "gui/renewal/RenewDialog.h"
#include "gui/renewal/RenewalReplacer.h"
#include "gui/request/RequestWizard.h"
#include "gui/settings/PolicyDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tray/AutostartAction.h"
#include "vault/Vault.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFutureWatcher>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace certdesk::gui {

namespace {

/// Statuses and "in N days" go stale in a window left open; refreshing them now and then is cheap.
constexpr int kClockIntervalMs = 10 * 60 * 1000;
/// Text pages read badly when a line runs the full width of a large window.
constexpr int kPageTextWidth = 680;

QLabel* makeLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QLabel* makeTitle(const QString& text, const QString& objectName, QWidget* parent)
{
    QLabel* title = makeLabel(text, objectName, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAccessibleName(text);
    return title;
}

/// A page whose content sits in a readable column in the middle of the window.
QVBoxLayout* centredColumn(QWidget* page)
{
    auto* outer = new QHBoxLayout(page);
    auto* column = new QVBoxLayout;
    auto* holder = new QWidget(page);
    // Word-wrapped labels ask for little width; the lopsided stretch gives the column all it may take up to the cap.
    holder->setMaximumWidth(kPageTextWidth);
    holder->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    outer->addStretch(1);
    outer->addLayout(column, 100);
    outer->addStretch(1);
    column->addStretch(1);
    column->addWidget(holder);
    column->addStretch(2);
    auto* content = new QVBoxLayout(holder);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(12);
    return content;
}

/// Quotes a path for a POSIX shell only when it needs it, so the common case stays readable.
QString shellQuoted(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

MainWindow::MainWindow(const QString& vaultDirectory, QWidget* parent)
    : QMainWindow(parent), m_vaultDirectory(QDir(vaultDirectory).absolutePath()),
      m_access(new VaultAccess(m_vaultDirectory, this)), m_loader(new VaultLoader(vaultDirectory, this)),
      m_model(new VaultTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertDesk"));
    m_loader->setObjectName(QStringLiteral("vaultLoader"));
    m_model->setObjectName(QStringLiteral("vaultTableModel"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VaultTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_loadingPage = createLoadingPage();
    m_emptyPage = createEmptyPage();
    m_entriesPage = createEntriesPage();
    m_errorPage = createErrorPage();
    for (QWidget* page : {m_loadingPage, m_emptyPage, m_entriesPage, m_errorPage})
        m_pages->addWidget(page);
    setCentralWidget(m_pages);

    m_pathLabel = new QLabel(tr("Vault: %1").arg(QDir::toNativeSeparators(m_vaultDirectory)), this);
    m_pathLabel->setObjectName(QStringLiteral("vaultPathLabel"));
    m_pathLabel->setAccessibleName(tr("Vault folder"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("entryCountLabel"));
    m_countLabel->setAccessibleName(tr("Number of entries"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    // A policy file that cannot be used is said at once, not only when a form it governs is opened.
    if (const QString problem = organisationPolicyProblem(); !problem.isEmpty()) {
        auto* policyProblem =
            new QLabel(tr("⚠ The organisation policy cannot be used (Help › Organisation Policy…)"), this);
        policyProblem->setObjectName(QStringLiteral("policyProblemLabel"));
        policyProblem->setToolTip(problem);
        policyProblem->setAccessibleName(problem);
        statusBar()->addPermanentWidget(policyProblem);
    }

    createActions();

    connect(m_loader, &VaultLoader::loadingStarted, this, &MainWindow::onLoadingStarted);
    connect(m_loader, &VaultLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEntryCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEntryCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEntryCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEntryCount);

    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_model->setNow(Clock::now()); });
    m_clock.start();

    // Files dropped anywhere on the window go to the import flow.
    setAcceptDrops(true);
    resize(1100, 660);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    reload();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::reload()
{
    m_loader->reload();
}

void MainWindow::createActions()
{
    auto themed = [](const char* name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
    };
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* requestAction = fileMenu->addAction(themed("document-new", QStyle::SP_FileIcon),
                                                 tr("&Request a Certificate…"), this, &MainWindow::startRequest);
    requestAction->setObjectName(QStringLiteral("requestAction"));
    requestAction->setShortcut(QKeySequence::New);
    requestAction->setToolTip(tr("Create a key and the request your certificate authority needs (Ctrl+N)"));
    QAction* importAction = fileMenu->addAction(themed("document-open", QStyle::SP_DialogOpenButton), tr("&Import…"),
                                                this, [this] { startImport(); });
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence::Open);
    importAction->setToolTip(tr("Import a certificate, chain or PKCS#12 bundle (Ctrl+O); you can also drop files on "
                                "the window"));
    QAction* pasteAction = fileMenu->addAction(tr("Import from &Clipboard"), this, &MainWindow::pasteFromClipboard);
    pasteAction->setObjectName(QStringLiteral("pasteAction"));
    pasteAction->setShortcut(QKeySequence::Paste);
    // Ctrl+V in the search field pastes text there; everywhere else it imports.
    pasteAction->setShortcutContext(Qt::WindowShortcut);
    m_exportAction = fileMenu->addAction(themed("document-save-as", QStyle::SP_DialogSaveButton), tr("&Export…"), this,
                                         &MainWindow::exportSelected);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the selected certificate or PKCS#12 bundle (Ctrl+E)"));
    m_installAction = fileMenu->addAction(themed("emblem-default", QStyle::SP_DialogApplyButton), tr("I&nstall…"), this,
                                          &MainWindow::installSelected);
    m_installAction->setObjectName(QStringLiteral("installAction"));
    m_installAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_installAction->setToolTip(tr("Put the selected certificate where browsers, VPN and mail programs look for it "
                                   "(Ctrl+I)"));
    m_renewAction = fileMenu->addAction(themed("view-refresh", QStyle::SP_BrowserReload), tr("Rene&w…"), this,
                                        &MainWindow::renewSelected);
    m_renewAction->setObjectName(QStringLiteral("renewAction"));
    // Not Ctrl+R: on Linux desktops that is Reload (QKeySequence::Refresh) as well as F5.
    m_renewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_renewAction->setToolTip(tr("Ask your certificate authority for a new certificate for the selected identity "
                                 "before it expires (Ctrl+Shift+R)"));
    m_testConnectionAction = fileMenu->addAction(themed("network-wired", QStyle::SP_DriveNetIcon),
                                                 tr("&Test Connection…"), this, &MainWindow::testConnectionSelected);
    m_testConnectionAction->setObjectName(QStringLiteral("testConnectionAction"));
    m_testConnectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testConnectionAction->setToolTip(tr("Connect to a server with the selected identity and see why it is accepted "
                                          "or not (Ctrl+T)"));
    m_deleteAction = fileMenu->addAction(themed("edit-delete", QStyle::SP_TrashIcon), tr("&Delete…"), this,
                                         &MainWindow::deleteSelected);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Delete in the search field deletes characters, not certificates.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_deleteAction);
    fileMenu->addSeparator();
    QAction* reloadAction = fileMenu->addAction(tr("Re&load"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    QAction* findAction = fileMenu->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    QAction* settingsAction = fileMenu->addAction(tr("Settin&gs…"), this, [this] {
        auto* dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    AutostartAction::addTo(fileMenu, tr("Start with My &Session"));
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_showArchivedAction = viewMenu->addAction(tr("Show &Replaced Certificates"));
    m_showArchivedAction->setObjectName(QStringLiteral("showArchivedAction"));
    m_showArchivedAction->setCheckable(true);
    m_showArchivedAction->setToolTip(tr("Also list the identities that a renewal replaced; they are kept in the vault "
                                        "until you delete them"));
    connect(m_showArchivedAction, &QAction::toggled, this, [this](bool shown) {
        const QString currentId = m_table->currentIndex().data(VaultTableModel::IdRole).toString();
        m_model->setShowArchived(shown);
        fitStatusColumn();
        updateEntryCount();
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), VaultTableModel::IdRole, currentId, 1, Qt::MatchExactly);
        m_table->setCurrentIndex(found.isEmpty() ? m_proxy->index(0, 0) : found.first());
        updateDetails();
    });

    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_checkVaultAction = toolsMenu->addAction(tr("&Check Vault…"), this, &MainWindow::checkVault);
    m_checkVaultAction->setObjectName(QStringLiteral("checkVaultAction"));
    m_checkVaultAction->setToolTip(tr("Check that the vault's database is intact and that every private key opens "
                                      "and belongs to its certificate"));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* policyAction = helpMenu->addAction(tr("Organisation &Policy…"), this, [this] {
        PolicyDialog dialog(this);
        dialog.exec();
    });
    policyAction->setObjectName(QStringLiteral("organisationPolicyAction"));
    QAction* aboutAction = helpMenu->addAction(tr("&About CertDesk"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(requestAction);
    toolBar->addAction(importAction);
    toolBar->addSeparator();
    toolBar->addAction(m_installAction);
    toolBar->addAction(m_renewAction);
    toolBar->addAction(m_exportAction);
    toolBar->addAction(m_deleteAction);
    m_exportAction->setEnabled(false);
    m_installAction->setEnabled(false);
    m_renewAction->setEnabled(false);
    m_testConnectionAction->setEnabled(false);
    m_deleteAction->setEnabled(false);
}

QWidget* MainWindow::createLoadingPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("loadingState"));
    page->setAccessibleName(tr("Loading"));
    QVBoxLayout* column = centredColumn(page);
    QLabel* label = makeLabel(tr("Loading the vault…"), QStringLiteral("loadingLabel"), page);
    label->setAlignment(Qt::AlignCenter);
    label->setAccessibleName(label->text());
    auto* busy = new QProgressBar(page);
    busy->setObjectName(QStringLiteral("loadingProgress"));
    busy->setAccessibleName(tr("Loading the vault"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    column->addWidget(label);
    column->addWidget(busy);
    return page;
}

QWidget* MainWindow::createEmptyPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    page->setAccessibleName(tr("Your vault is empty"));
    QVBoxLayout* column = centredColumn(page);

    column->addWidget(makeTitle(tr("Your vault is empty"), QStringLiteral("emptyTitle"), page));
    QLabel* intro = makeLabel(tr("CertDesk keeps your certificate requests, their private keys and the certificates "
                                 "your certificate authority issues. There are two ways in:"),
                              QStringLiteral("emptyIntro"), page);
    intro->setAccessibleName(tr("What to do"));
    column->addWidget(intro);

    auto* request = new QPushButton(tr("Request a certificate"), page);
    request->setObjectName(QStringLiteral("emptyRequestButton"));
    request->setAccessibleName(request->text());
    request->setToolTip(tr("You need a certificate from your organisation: CertDesk creates the key and the request."));
    auto* import = new QPushButton(tr("Import a certificate or bundle"), page);
    import->setObjectName(QStringLiteral("emptyImportButton"));
    import->setAccessibleName(import->text());
    import->setToolTip(
        tr("You received a certificate or a .p12/.pfx file: bring it in. You can also drop files here."));
    for (QPushButton* button : {request, import}) {
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        column->addWidget(button);
    }
    connect(request, &QPushButton::clicked, this, &MainWindow::startRequest);
    connect(import, &QPushButton::clicked, this, [this] { startImport(); });

    // Rich text so the command stands out in a fixed font; selectable so it can be copied into a terminal.
    const QString requestCommand = cliCommand(QStringLiteral("request --subject \"CN=Your Name\" --out request.csr"));
    QLabel* cli = makeLabel(
        QStringLiteral("%1<pre style=\"margin-left: 12px; white-space: pre-wrap\">%2</pre>")
            .arg(tr("On the command line, the same starts with:").toHtmlEscaped(), requestCommand.toHtmlEscaped()),
        QStringLiteral("emptySteps"), page);
    cli->setTextFormat(Qt::RichText);
    cli->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    cli->setAccessibleName(tr("Command-line alternative"));
    column->addWidget(cli);

    QLabel* footer = makeLabel(tr("This window shows new entries by itself once the vault changes."),
                               QStringLiteral("emptyFooter"), page);
    footer->setAccessibleName(footer->text());
    QPalette muted = footer->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    footer->setPalette(muted);
    column->addWidget(footer);
    return page;
}

QWidget* MainWindow::createEntriesPage()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("entriesPage"));
    m_splitter->setAccessibleName(tr("Requests and certificates"));
    m_splitter->setChildrenCollapsible(false);
    auto* page = new QWidget(m_splitter);
    page->setObjectName(QStringLiteral("entriesListPane"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_searchEdit = new QLineEdit(page);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Search names, subjects, issuers… (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &MainWindow::updateEntryCount);
    layout->addWidget(m_searchEdit);

    m_noMatchLabel = makeLabel(QString(), QStringLiteral("noMatchLabel"), page);
    m_noMatchLabel->setAccessibleName(tr("No match"));
    m_noMatchLabel->hide();
    layout->addWidget(m_noMatchLabel);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("entryTable"));
    m_table->setAccessibleName(tr("Requests and certificates"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table (to the search field) instead of walking its cells; arrows move between rows.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    // What runs out first is what needs attention; requests without a certificate come last.
    m_table->sortByColumn(VaultTableModel::ExpiresColumn, Qt::AscendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(VaultTableModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(VaultTableModel::SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VaultTableModel::IssuerColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VaultTableModel::ExpiresColumn, QHeaderView::ResizeToContents);
    // Wide enough for the longest status, so a later "Waiting for certificate" row is not cut off.
    int statusWidth = 0;
    for (const auto status : {VaultEntry::Status::Pending, VaultEntry::Status::Valid, VaultEntry::Status::Expiring,
                              VaultEntry::Status::Expired, VaultEntry::Status::Archived})
        statusWidth = qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(VaultEntry::statusName(status)));
    const int iconWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    header->setSectionResizeMode(VaultTableModel::StatusColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(VaultTableModel::InstalledColumn, QHeaderView::Interactive);
    header->resizeSection(VaultTableModel::StatusColumn, statusWidth + iconWidth + 32);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    m_details = new DetailsPanel(m_splitter);
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The details are often taller than the window (renewal, reminders, chain). A scroll bar that comes and goes
    // changes the width under the wrapped labels, and the form then keeps rows laid out for the wider width, cut off.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_splitter->addWidget(page);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The table needs room for subject and issuer; the details wrap. Saved sizes override this on later starts.
    m_splitter->setSizes({720, 380});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::exportSelected);
    connect(m_details, &DetailsPanel::exportRequested, this, &MainWindow::exportSelected);
    connect(m_details, &DetailsPanel::installRequested, this, &MainWindow::installSelected);
    connect(m_details, &DetailsPanel::deleteRequested, this, &MainWindow::deleteSelected);
    connect(m_details, &DetailsPanel::renewRequested, this, &MainWindow::renewSelected);
    connect(m_details, &DetailsPanel::testConnectionRequested, this, &MainWindow::testConnectionSelected);
    connect(m_details, &DetailsPanel::importRenewalRequested, this, [this] { startImport(); });
    connect(m_details, &DetailsPanel::replaceRequested, this, &MainWindow::replaceRenewed);
    connect(m_details, &DetailsPanel::discardRenewalRequested, this, &MainWindow::discardRenewal);
    connect(m_details, &DetailsPanel::changeRemindersRequested, this, &MainWindow::changeReminders);
    connect(m_details, &DetailsPanel::reminderMuteToggled, this, &MainWindow::setReminderMuted);
    setTabOrder(m_searchEdit, m_table);
    return m_splitter;
}

QWidget* MainWindow::createErrorPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("errorState"));
    page->setAccessibleName(tr("The vault cannot be opened"));
    QVBoxLayout* column = centredColumn(page);
    column->addWidget(makeTitle(tr("CertDesk cannot open the vault"), QStringLiteral("errorTitle"), page));

    m_errorMessageLabel = makeLabel(QString(), QStringLiteral("errorMessageLabel"), page);
    m_errorMessageLabel->setAccessibleName(tr("Error"));
    m_errorMessageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    column->addWidget(m_errorMessageLabel);

    m_errorDetailLabel = makeLabel(QString(), QStringLiteral("errorDetailLabel"), page);
    m_errorDetailLabel->setAccessibleName(tr("Technical detail"));
    m_errorDetailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorDetailLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    column->addWidget(m_errorDetailLabel);

    QLabel* hint = makeLabel(tr("Check that the folder exists and that you may write to it, or start CertDesk with "
                                "--vault FOLDER to use another vault."),
                             QStringLiteral("errorHint"), page);
    hint->setAccessibleName(hint->text());
    column->addWidget(hint);

    auto* retry = new QPushButton(tr("Try Again"), page);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setAccessibleName(tr("Try opening the vault again"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::reload);
    column->addWidget(retry, 0, Qt::AlignLeft);
    return page;
}

void MainWindow::onLoadingStarted()
{
    // A reload keeps the current page so the table does not flicker; only the first load has nothing to show.
    if (m_pages->currentWidget() != m_entriesPage && m_pages->currentWidget() != m_emptyPage)
        m_pages->setCurrentWidget(m_loadingPage);
    m_countLabel->setText(tr("Loading…"));
}

void MainWindow::onLoaded(const VaultSnapshot& snapshot)
{
    if (snapshot.error) {
        m_errorMessageLabel->setText(snapshot.error->message);
        m_errorDetailLabel->setText(snapshot.error->detail);
        m_errorDetailLabel->setVisible(!snapshot.error->detail.isEmpty());
        m_model->setEntries({});
        m_pages->setCurrentWidget(m_errorPage);
        m_countLabel->setText(tr("Not loaded"));
        return;
    }

    const QString currentId = m_table->currentIndex().data(VaultTableModel::IdRole).toString();
    const bool tableHadFocus = m_table->hasFocus();
    m_model->setNow(snapshot.loadedAt);
    m_reminders = snapshot.reminders;
    m_reminderDefaults = snapshot.reminderDefaults;
    m_model->setEntries(snapshot.entries);
    fitStatusColumn();
    updateEntryCount();
    if (snapshot.entries.isEmpty()) {
        m_pages->setCurrentWidget(m_emptyPage);
        return;
    }

    const bool firstShow = m_pages->currentWidget() != m_entriesPage;
    m_pages->setCurrentWidget(m_entriesPage);
    if (firstShow) {
        m_table->resizeColumnToContents(VaultTableModel::NameColumn);
        m_table->setColumnWidth(VaultTableModel::NameColumn,
                                qBound(120, m_table->columnWidth(VaultTableModel::NameColumn) + 16, 280));
    }
    // Keep the user's place across reloads; otherwise start on the first row so the arrow keys work at once.
    QModelIndex current;
    const QString wanted = std::exchange(m_selectAfterLoad, QString());
    if (!wanted.isEmpty()) {
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), VaultTableModel::IdRole, wanted, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            current = found.first();
    }
    if (!current.isValid() && !currentId.isEmpty()) {
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), VaultTableModel::IdRole, currentId, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            current = found.first();
    }
    if (!current.isValid())
        current = m_proxy->index(0, 0);
    m_table->setCurrentIndex(current);
    if (firstShow || tableHadFocus || !wanted.isEmpty())
        m_table->setFocus();
    updateDetails();
    const QString install = std::exchange(m_installAfterLoad, QString());
    if (!install.isEmpty() && selectedEntry() && selectedEntry()->id == install)
        installSelected();
    if (const QString renew = std::exchange(m_renewAfterLoad, QString()); !renew.isEmpty())
        renewEntry(renew);
}

std::optional<VaultEntry> MainWindow::selectedEntry() const
{
    if (m_pages->currentWidget() != m_entriesPage)
        return std::nullopt;
    const QString id = m_table->currentIndex().data(VaultTableModel::IdRole).toString();
    for (const VaultEntry& entry : m_model->entries()) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

void MainWindow::fitStatusColumn()
{
    // A status that names a date ("Renewal requested on …") is longer than the ones the column was made for; widen
    // it when one is shown, never narrow it under the user's hands.
    int needed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = m_model->index(row, VaultTableModel::StatusColumn).data().toString();
        needed = qMax(needed, m_table->fontMetrics().horizontalAdvance(text));
    }
    const int iconWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    QHeaderView* header = m_table->horizontalHeader();
    if (needed + iconWidth + 32 > header->sectionSize(VaultTableModel::StatusColumn))
        header->resizeSection(VaultTableModel::StatusColumn, needed + iconWidth + 32);
}

void MainWindow::updateDetails()
{
    const std::optional<VaultEntry> entry = selectedEntry();
    std::optional<VaultEntry> renewal;
    bool muted = false;
    if (entry) {
        renewal = m_model->renewalOf(*entry);
        if (!entry->isPending()) {
            const QByteArray fingerprint =
                QByteArray::fromHex(entry->certificate.fingerprintSha256().remove(QLatin1Char(':')).toLatin1());
            muted = m_reminders.value(fingerprint).muted;
        }
    }
    m_details->setEntry(entry, m_model->now(), renewal, muted);
    // A name without spaces (a long DN) or a longer translation can need more than the column's width, and the
    // column does not scroll sideways: widen it to what the details need rather than cut them off.
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("detailsScroll"))) {
        const int needed = m_details->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() +
                           2 * scroll->frameWidth();
        scroll->setMinimumWidth(std::max(320, needed));
    }
    m_exportAction->setEnabled(entry.has_value());
    // Only something with a certificate can be installed: an identity, or a CA certificate kept without a key.
    m_installAction->setEnabled(entry.has_value() && !entry->isPending() && !entry->isArchived() &&
                                (entry->hasKey || entry->certificate.isCa()));
    m_renewAction->setEnabled(entry.has_value() && DetailsPanel::canRenew(*entry));
    m_testConnectionAction->setEnabled(entry.has_value() && DetailsPanel::canTestConnection(*entry));
    m_deleteAction->setEnabled(entry.has_value());
}

std::optional<VaultEntry> MainWindow::findLoaded(const QString& idOrPrefix) const
{
    if (auto exact = m_model->findEntry(idOrPrefix))
        return exact;
    if (idOrPrefix.size() < 4)
        return std::nullopt;
    std::optional<VaultEntry> found;
    for (const VaultEntry& entry : m_model->allEntries()) {
        if (!entry.id.startsWith(idOrPrefix))
            continue;
        if (found)
            return std::nullopt; // not unique
        found = entry;
    }
    return found;
}

void MainWindow::renewEntry(const QString& id)
{
    // Asked before the first load (certdesk --renew ID at start): come back once the entries are there.
    if (m_pages->currentWidget() != m_entriesPage && m_pages->currentWidget() != m_emptyPage &&
        m_pages->currentWidget() != m_errorPage) {
        m_renewAfterLoad = id;
        return;
    }
    const std::optional<VaultEntry> entry = findLoaded(id);
    if (!entry) {
        MessageBox::warning(this, tr("Nothing to renew"),
                            tr("The vault has no identity with the ID “%1”. It may have been deleted.").arg(id));
        return;
    }
    if (entry->isArchived() && !m_showArchivedAction->isChecked())
        m_showArchivedAction->setChecked(true);
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), VaultTableModel::IdRole, entry->id, 1, Qt::MatchExactly);
    if (found.isEmpty() && !m_searchEdit->text().isEmpty()) {
        // The search hides it; the user asked for this one.
        m_searchEdit->clear();
    }
    const QModelIndexList row =
        m_proxy->match(m_proxy->index(0, 0), VaultTableModel::IdRole, entry->id, 1, Qt::MatchExactly);
    if (!row.isEmpty()) {
        m_table->setCurrentIndex(row.first());
        m_table->scrollTo(row.first());
    }
    updateDetails();
    openRenewDialog(*entry);
}

RenewDialog* MainWindow::renewDialog() const
{
    return m_renewDialog;
}

void MainWindow::renewSelected()
{
    if (const std::optional<VaultEntry> entry = selectedEntry())
        openRenewDialog(*entry);
}

void MainWindow::openRenewDialog(const VaultEntry& entry)
{
    if (!DetailsPanel::canRenew(entry)) {
        QString why;
        if (entry.renewalPending())
            why = tr("A renewal of “%1” was already requested on %2. Its request is in the details of “%1” (Save "
                     "request…); import the new certificate when it arrives.")
                      .arg(entry.name,
                           QLocale().toString(entry.renewalRequested.toLocalTime().date(), QLocale::ShortFormat));
        else if (entry.isArchived())
            why = tr("“%1” was already replaced by its renewal.").arg(entry.name);
        else if (entry.isPending())
            why = tr("“%1” is still waiting for its first certificate; there is nothing to renew yet.").arg(entry.name);
        else
            why = tr("“%1” has no private key in the vault, so it is not an identity CertDesk can renew.")
                      .arg(entry.name);
        MessageBox::information(this, tr("Renew “%1”").arg(entry.name), why);
        return;
    }
    if (m_renewDialog) {
        m_renewDialog->raise();
        m_renewDialog->activateWindow();
        return;
    }
    auto* dialog = new RenewDialog(m_access, entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_renewDialog = dialog;
    connect(dialog, &RenewDialog::renewalCreated, this,
            [this](const QString&, const QString& renewedId) { selectEntry(renewedId); });
    dialog->open();
}

ConnectionTestDialog* MainWindow::connectionTestDialog() const
{
    return m_connectionTestDialog;
}

void MainWindow::testConnectionSelected()
{
    const std::optional<VaultEntry> entry = selectedEntry();
    if (!entry || !DetailsPanel::canTestConnection(*entry))
        return;
    if (m_connectionTestDialog) {
        m_connectionTestDialog->raise();
        m_connectionTestDialog->activateWindow();
        return;
    }
    auto* dialog = new ConnectionTestDialog(m_access, *entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectionTestDialog = dialog;
    dialog->open();
}

void MainWindow::changeVault(const QString& failureTitle, std::function<Result<void>(Vault&)> change)
{
    m_details->setRemindersBusy(true);
    auto* watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher, failureTitle] {
        watcher->deleteLater();
        m_details->setRemindersBusy(false);
        const Result<bool> result = watcher->result();
        if (!result)
            MessageBox::warning(this, failureTitle, result.error().message, result.error().detail);
        // Also after a failure: the panel goes back to what the vault really holds.
        reload();
    });
    watcher->setFuture(m_access->run<bool>([change = std::move(change)](Vault& vault) -> Result<bool> {
        if (auto changed = change(vault); !changed)
            return changed.error();
        return true;
    }));
}

void MainWindow::changeReminders()
{
    const std::optional<VaultEntry> entry = selectedEntry();
    if (!entry || !DetailsPanel::hasReminders(*entry))
        return;
    auto* dialog = new ReminderDaysDialog(entry->name, entry->thresholds, entry->ownThresholds.has_value(),
                                          m_reminderDefaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = entry->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const std::optional<ReminderThresholds> thresholds = dialog->thresholds();
        changeVault(tr("Reminders not changed"),
                    [id, thresholds](Vault& vault) { return vault.setEntryReminderThresholds(id, thresholds); });
    });
    dialog->open();
}

void MainWindow::setReminderMuted(bool muted)
{
    const std::optional<VaultEntry> entry = selectedEntry();
    if (!entry || entry->isPending())
        return;
    // Reminders are kept by the certificate's fingerprint, so a certificate found in a store counts as the same one.
    const QByteArray fingerprint =
        QByteArray::fromHex(entry->certificate.fingerprintSha256().remove(QLatin1Char(':')).toLatin1());
    changeVault(tr("Reminders not changed"),
                [fingerprint, muted](Vault& vault) { return vault.setReminderMuted(fingerprint, muted); });
}

void MainWindow::discardRenewal(const QString& renewalId)
{
    const std::optional<VaultEntry> entry = selectedEntry();
    if (!entry || entry->renewedBy != renewalId)
        return;
    const auto answer = MessageBox::question(
        this, tr("Discard the renewal of “%1”?").arg(entry->name),
        tr("This deletes the renewal request and the new private key made for it. A certificate your certificate "
           "authority issues for that request can then no longer be used. “%1” itself stays as it is.")
            .arg(entry->name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Discard, tr("Discard")}});
    if (answer != QMessageBox::Discard)
        return;
    changeVault(tr("Renewal not discarded"), [renewalId](Vault& vault) { return vault.remove(renewalId); });
}

void MainWindow::reportReplacement(const QList<RenewalReplacer::Outcome>& outcomes)
{
    QStringList lines;
    bool failed = false;
    for (const RenewalReplacer::Outcome& outcome : outcomes) {
        if (outcome.error) {
            lines << outcome.error->message;
            failed = true;
        }
        for (const RenewalReplacer::StoreOutcome& store : outcome.stores) {
            if (store.error)
                lines << tr("✗ %1: %2").arg(store.storeName, store.error->message);
            else
                lines << tr("✓ %1: replaced, and checked that the new certificate is there with its key.")
                             .arg(store.storeName);
            failed = failed || store.error.has_value();
        }
        if (outcome.archived)
            lines << tr("The old certificate is archived (View › Show Replaced Certificates lists it).");
    }
    if (!failed) {
        MessageBox::information(this, tr("Renewal finished"), lines.join(QLatin1Char('\n')));
        return;
    }
    MessageBox::warning(this, tr("Not replaced everywhere"),
                        lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("The old certificate stays in use where the new one could not be put. Fix the problem "
                               "above, then choose “Replace” in the old certificate's details again."));
}

void MainWindow::replaceRenewed(const QString& renewalId)
{
    auto* replacer = new RenewalReplacer(m_access, this, this);
    statusBar()->showMessage(tr("Putting the renewed certificate in place of the old one…"));
    connect(replacer, &RenewalReplacer::finished, this, [this, replacer](const auto& outcomes) {
        replacer->deleteLater();
        statusBar()->clearMessage();
        reportReplacement(outcomes);
        reload();
    });
    replacer->start({renewalId});
}

void MainWindow::selectEntry(const QString& id)
{
    m_selectAfterLoad = id;
    reload();
}

void MainWindow::startRequest()
{
    auto* wizard = new RequestWizard(m_access, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RequestWizard::requestCreated, this, &MainWindow::selectEntry);
    wizard->open();
}

ImportDialog* MainWindow::openImportDialog()
{
    auto* dialog = new ImportDialog(m_access, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this,
            [this](const QStringList& ids) { selectEntry(ids.isEmpty() ? QString() : ids.first()); });
    connect(dialog, &ImportDialog::installRequested, this, [this](const QString& id) {
        m_installAfterLoad = id;
        selectEntry(id);
    });
    connect(dialog, &ImportDialog::replaced, this, &MainWindow::reload);
    dialog->open();
    return dialog;
}

void MainWindow::startImport(const QStringList& files)
{
    ImportDialog* dialog = openImportDialog();
    if (!files.isEmpty())
        dialog->addFiles(files);
}

void MainWindow::importText(const QByteArray& text)
{
    openImportDialog()->setPastedText(text);
}

void MainWindow::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (!text.contains(QLatin1String("-----BEGIN "))) {
        statusBar()->showMessage(tr("The clipboard holds no PEM text (-----BEGIN …) to import."), 8000);
        return;
    }
    importText(text.toUtf8());
}

void MainWindow::exportSelected()
{
    const std::optional<VaultEntry> entry = selectedEntry();
    if (!entry)
        return;
    auto* dialog = new ExportDialog(m_access, *entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::installSelected()
{
    const std::optional<VaultEntry> entry = selectedEntry();
    if (!entry || entry->isPending())
        return;
    auto* dialog = new InstallDialog(m_access, *entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstallDialog::installed, this, &MainWindow::reload);
    connect(dialog, &InstallDialog::removed, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const std::optional<VaultEntry> entry = selectedEntry();
    if (!entry)
        return;
    const QString title = tr("Delete “%1”?").arg(entry->name);
    if (entry->hasKey) {
        const QString text =
            entry->isPending()
                ? tr("Deleting “%1” also deletes the private key generated for it. A certificate issued for this "
                     "request can then no longer be used. This cannot be undone.")
                      .arg(entry->name)
                : tr("Deleting “%1” also deletes its private key: without it, the certificate can no longer be used. "
                     "This cannot be undone. Export it first if you may need it again.")
                      .arg(entry->name);
        const auto answer = MessageBox::question(
            this, title, text, QMessageBox::Discard | QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Discard, tr("Delete")}, {QMessageBox::Save, tr("Export First…")}});
        if (answer == QMessageBox::Save) {
            exportSelected();
            return;
        }
        if (answer != QMessageBox::Discard)
            return;
    } else {
        const auto answer = MessageBox::question(
            this, title, tr("Remove the certificate “%1” from the vault?").arg(entry->name),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Discard, tr("Delete")}});
        if (answer != QMessageBox::Discard)
            return;
    }
    const QString id = entry->id;
    const QString name = entry->name;
    auto* watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        const Result<bool> result = watcher->result();
        if (!result) {
            MessageBox::warning(this, tr("Not deleted"), result.error().message, result.error().detail);
            return;
        }
        statusBar()->showMessage(tr("Deleted “%1”.").arg(name), 8000);
        reload();
    });
    watcher->setFuture(m_access->run<bool>([id](Vault& vault) -> Result<bool> {
        auto removed = vault.remove(id);
        if (!removed)
            return removed.error();
        return true;
    }));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* data = event->mimeData();
    if (data->hasUrls() || data->text().contains(QLatin1String("-----BEGIN ")))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QMimeData* data = event->mimeData();
    QStringList files;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        startImport(files);
    } else if (data->text().contains(QLatin1String("-----BEGIN "))) {
        event->acceptProposedAction();
        importText(data->text().toUtf8());
    }
}

void MainWindow::updateEntryCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total != shown)
        m_countLabel->setText(tr("Showing %1 of %2").arg(shown).arg(total));
    else if (total == 1)
        m_countLabel->setText(tr("1 entry"));
    else
        m_countLabel->setText(tr("%n entries", nullptr, total));

    const bool noMatch = total > 0 && shown == 0;
    if (noMatch)
        m_noMatchLabel->setText(tr("Nothing matches “%1”.").arg(m_searchEdit->text()));
    m_noMatchLabel->setVisible(noMatch);
}

void MainWindow::focusSearch()
{
    if (m_pages->currentWidget() != m_entriesPage)
        return;
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // From the search field straight into the results, as in a file manager's filter box.
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        case Qt::Key_Escape:
            if (!m_searchEdit->text().isEmpty()) {
                m_searchEdit->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::checkVault()
{
    runVaultCheck(false);
}

void MainWindow::runVaultCheck(bool afterPassphrase)
{
    m_checkVaultAction->setEnabled(false);
    statusBar()->showMessage(tr("Checking the vault…"));
    auto* watcher = new QFutureWatcher<Result<VaultCheckReport>>(this);
    connect(watcher, &QFutureWatcher<Result<VaultCheckReport>>::finished, this, [this, watcher, afterPassphrase] {
        watcher->deleteLater();
        m_checkVaultAction->setEnabled(true);
        statusBar()->clearMessage();
        const Result<VaultCheckReport> result = watcher->result();
        if (!result &&
            m_access->askForPassphrase(this, result.error(), afterPassphrase) == VaultAccess::PassphraseAnswer::Given) {
            runVaultCheck(true);
            return;
        }
        if (!result) {
            MessageBox::warning(this, tr("Vault not checked"), result.error().message, result.error().detail);
            return;
        }
        showVaultCheck(result.value());
    });
    watcher->setFuture(m_access->run<VaultCheckReport>([](Vault& vault) -> Result<VaultCheckReport> {
        // The private keys are part of the check: a keychain that does not answer is a question for the user
        // (the passphrase), not a problem of the vault.
        if (auto unlocked = vault.unlock(); !unlocked && VaultAccess::needsPassphrase(unlocked.error()))
            return unlocked.error();
        return vault.check();
    }));
}

void MainWindow::showVaultCheck(const VaultCheckReport& report)
{
    if (report.healthy()) {
        MessageBox::information(this, tr("Vault Check"),
                                tr("The vault is healthy: its database is intact, and every private key opens and "
                                   "belongs to its certificate or request (%1 entries and %2 private keys checked).")
                                    .arg(report.entries)
                                    .arg(report.keysChecked));
        return;
    }
    QStringList problems;
    QStringList details;
    for (const VaultProblem& problem : report.problems) {
        problems << QStringLiteral("• ") + problem.message;
        if (!problem.detail.isEmpty())
            details << problem.message + QLatin1Char('\n') + problem.detail;
    }
    MessageBox::warning(this, tr("Vault Check"),
                        tr("The vault check found these problems (%1):").arg(problems.size()) + QStringLiteral("\n\n") +
                            problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("Entries not named here are fine and can still be used and exported. Keep a copy of "
                               "the vault folder “%1” for your helpdesk.")
                                .arg(QDir::toNativeSeparators(m_vaultDirectory)),
                        details.join(QStringLiteral("\n\n")));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CertDesk"),
                       tr("<h3>CertDesk %1</h3><p>Request, import and keep track of your personal certificates.</p>"
                          "<p>Vault: %2</p><p>Built with Qt %3 and %4.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                QDir::toNativeSeparators(m_vaultDirectory).toHtmlEscaped(),
                                QString::fromLatin1(qVersion()),
                                QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).toHtmlEscaped()));
}

QString MainWindow::cliCommand(const QString& arguments) const
{
    const bool defaultVault = QDir(Vault::defaultDirectory()).absolutePath() == m_vaultDirectory;
    if (defaultVault)
        return QStringLiteral("certdesk-cli %1").arg(arguments);
    // The shell's line continuation keeps the command itself on a line of its own, readable and still pasteable.
    return QStringLiteral("certdesk-cli --vault %1 \\\n    %2")
        .arg(shellQuoted(QDir::toNativeSeparators(m_vaultDirectory)), arguments);
}

} // namespace certdesk::gui
