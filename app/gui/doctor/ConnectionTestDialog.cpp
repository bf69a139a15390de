#include "gui/doctor/ConnectionTestDialog.h"

#include "gui/common/BusyPanel.h"
#include "gui/common/DialogSeams.h"
#include "gui/common/InlineErrorLabel.h"
#include "gui/main/VaultAccess.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::gui {

namespace {

constexpr int kTimeoutMs = 10000;
constexpr int kIconSize = 22;

QString settingsKey(const QString& id)
{
    return QStringLiteral("connectionTest/address/%1").arg(id);
}

/// Tests wait on the network for seconds; they get their own threads rather than holding the vault's or Qt's.
QThreadPool* doctorPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(4);
    return &pool;
}

QIcon severityIcon(const QStyle* style, DoctorFinding::Severity severity)
{
    switch (severity) {
    case DoctorFinding::Severity::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case DoctorFinding::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case DoctorFinding::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case DoctorFinding::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString severityInWords(DoctorFinding::Severity severity)
{
    switch (severity) {
    case DoctorFinding::Severity::Ok:
        return ConnectionTestDialog::tr("Works");
    case DoctorFinding::Severity::Info:
        return ConnectionTestDialog::tr("Note");
    case DoctorFinding::Severity::Warning:
        return ConnectionTestDialog::tr("Warning");
    case DoctorFinding::Severity::Error:
        return ConnectionTestDialog::tr("Problem");
    }
    return {};
}

QLabel* textLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ConnectionTestDialog::ConnectionTestDialog(VaultAccess* access, const VaultEntry& entry, QWidget* parent)
    : QDialog(parent), m_access(access), m_entry(entry)
{
    setObjectName(QStringLiteral("connectionTestDialog"));
    setWindowTitle(tr("Test a connection with “%1”").arg(entry.name));
    setAccessibleName(windowTitle());

    auto* intro = new QLabel(tr("CertDesk connects to the server with “%1” as a browser or VPN client would, and "
                                "explains each step. Nothing is changed on this computer or on the server.")
                                 .arg(entry.name),
                             this);
    intro->setObjectName(QStringLiteral("connectionTestIntro"));
    intro->setWordWrap(true);

    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setAccessibleName(tr("Address of the server"));
    m_addressEdit->setPlaceholderText(tr("https://portal.example.org/ or host:port"));
    m_addressEdit->setClearButtonEnabled(true);
    m_addressEdit->setText(QSettings().value(settingsKey(entry.id)).toString());
    auto* addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_addressEdit);
    m_testButton = new QPushButton(tr("&Test"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAccessibleName(tr("Test the connection"));
    m_testButton->setDefault(true);
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(addressLabel);
    addressRow->addWidget(m_addressEdit, 1);
    addressRow->addWidget(m_testButton);

    m_errorLabel = new InlineErrorLabel(QStringLiteral("connectionTestErrorLabel"), this);

    m_busyPanel = new BusyPanel(this, tr("&Cancel test"), tr("Cancel the test"));
    m_cancelButton = m_busyPanel->cancelButton();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->hide();

    m_findings = new QWidget;
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findingsLayout = new QVBoxLayout(m_findings);
    m_findingsLayout->addStretch(1);
    m_findingsArea = new QScrollArea(this);
    m_findingsArea->setObjectName(QStringLiteral("findingsArea"));
    m_findingsArea->setAccessibleName(tr("Findings"));
    m_findingsArea->setWidgetResizable(true);
    m_findingsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findingsArea->setWidget(m_findings);
    m_findingsArea->setBackgroundRole(QPalette::Base);
    m_findingsArea->hide();

    m_saveButton = new QPushButton(tr("&Save report…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_saveButton->setAccessibleName(tr("Save a report for your helpdesk"));
    m_saveButton->setToolTip(tr("A text file with what was tested and seen, for your helpdesk. It holds names, "
                                "serial numbers and dates, never keys or passwords."));
    m_saveButton->setAutoDefault(false);
    m_saveButton->setEnabled(false);
    m_saveStatus = textLabel({}, QStringLiteral("saveStatusLabel"), this);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_saveStatus, 1);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(addressRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyPanel);
    layout->addSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_findingsArea, 1);
    layout->addStretch(0);
    layout->addLayout(buttons);

    connect(m_testButton, &QPushButton::clicked, this, &ConnectionTestDialog::startTest);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionTestDialog::cancelTest);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionTestDialog::saveReport);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);

    // Findings are sentences; give them a readable line length.
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 110), sizeHint().height());
}

ConnectionTestDialog::~ConnectionTestDialog()
{
    // The worker keeps its own reference to the flag and stops at its next step; nothing here waits for it.
    if (m_cancel)
        m_cancel->store(true);
}

void ConnectionTestDialog::reject()
{
    if (m_busy) {
        cancelTest();
        return;
    }
    QDialog::reject();
}

void ConnectionTestDialog::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        m_closeWhenStopped = true;
        cancelTest();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ConnectionTestDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyPanel->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_testButton->setEnabled(!busy);
    m_addressEdit->setReadOnly(busy);
    m_saveButton->setEnabled(!busy && m_report.has_value());
    if (busy)
        m_cancelButton->setFocus();
    else
        m_addressEdit->setFocus();
}

void ConnectionTestDialog::startTest()
{
    if (m_busy)
        return;
    m_errorLabel->setError({});
    m_saveStatus->clear();
    auto target = DoctorTarget::parse(m_addressEdit->text().trimmed());
    if (!target) {
        m_errorLabel->setError(target.error().message);
        m_addressEdit->setFocus();
        return;
    }
    QSettings().setValue(settingsKey(m_entry.id), m_addressEdit->text().trimmed());
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    run(target.value(), false);
}

void ConnectionTestDialog::cancelTest()
{
    if (!m_busy || !m_cancel)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_busyPanel->setText(tr("Cancelling…"));
}

void ConnectionTestDialog::run(const DoctorTarget& target, bool afterPassphrase)
{
    setBusy(true);
    m_busyPanel->setText(tr("Testing the connection to %1…").arg(target.text));
    const QString id = m_entry.id;
    auto* watcher = new QFutureWatcher<Result<DoctorOptions>>(this);
    connect(watcher, &QFutureWatcher<Result<DoctorOptions>>::finished, this, [this, watcher, target, afterPassphrase] {
        watcher->deleteLater();
        const Result<DoctorOptions> opened = watcher->result();
        if (m_cancel->load()) {
            finish(makeError(ErrorCode::Usage, tr("The test was cancelled."), {}, QStringLiteral("cancelled")));
            return;
        }
        if (opened) {
            examine(opened.value());
            return;
        }
        const Error& error = opened.error();
        switch (m_access->askForPassphrase(this, error, afterPassphrase)) {
        case VaultAccess::PassphraseAnswer::Given:
            run(target, true);
            return;
        case VaultAccess::PassphraseAnswer::Declined:
            finish(makeError(
                ErrorCode::Usage,
                tr("The vault needs its passphrase to use the key of “%1”, so nothing was tested.").arg(m_entry.name),
                {}, QStringLiteral("passphrase-required")));
            return;
        case VaultAccess::PassphraseAnswer::NotNeeded:
        case VaultAccess::PassphraseAnswer::DidNotOpen:
            break;
        }
        finish(error);
    });
    // As certdesk-cli doctor: the identity and its key are read off the GUI thread, with the vault's other entries to
    // name one the server would accept.
    watcher->setFuture(m_access->run<DoctorOptions>([id, target](Vault& vault) -> Result<DoctorOptions> {
        DoctorOptions options;
        options.target = target;
        options.timeoutMs = kTimeoutMs;
        if (auto entries = vault.entries())
            options.vaultEntries = std::move(entries).value();
        auto identity = DoctorIdentity::fromVault(vault, id);
        if (!identity)
            return identity.error();
        options.identity = std::move(identity).value();
        return options;
    }));
}

void ConnectionTestDialog::examine(DoctorOptions options)
{
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    options.cancel = cancel.get();
    auto* watcher = new QFutureWatcher<Result<DoctorReport>>(this);
    connect(watcher, &QFutureWatcher<Result<DoctorReport>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        doctorPool(), [options = std::move(options), cancel]() { return ConnectionDoctor::examine(options); }));
}

void ConnectionTestDialog::finish(const Result<DoctorReport>& result)
{
    if (result)
        m_report = result.value();
    setBusy(false);
    if (result) {
        showReport(result.value());
    } else if (result.error().reason == QLatin1String("cancelled")) {
        m_summary->setText(result.error().message);
        m_summary->show();
    } else {
        fail(result.error());
    }
    if (std::exchange(m_closeWhenStopped, false))
        close();
}

void ConnectionTestDialog::fail(const Error& error)
{
    m_errorLabel->setError(error.message);
    m_errorLabel->setToolTip(error.detail);
}

void ConnectionTestDialog::showReport(const DoctorReport& report)
{
    while (m_findingsLayout->count() > 1) {
        QLayoutItem* item = m_findingsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (const DoctorFinding& finding : report.findings)
        m_findingsLayout->insertWidget(m_findingsLayout->count() - 1, findingWidget(finding));

    QString summary;
    if (report.cancelled)
        summary = tr("The test was cancelled. What it saw until then is below.");
    else if (report.exitCode() == 0)
        summary = tr("The connection to %1 works with “%2”.").arg(report.target.text, m_entry.name);
    else if (report.has(QStringLiteral("accepted")))
        summary = tr("%1 accepted “%2”, but CertDesk found a problem. What it is and what to do is below.")
                      .arg(report.target.text, m_entry.name);
    else if (report.exitCode() == static_cast<int>(ErrorCode::NotFound))
        summary = tr("CertDesk could not set up a secure connection to %1. What went wrong is below.")
                      .arg(report.target.text);
    else
        summary = tr("The connection to %1 does not work with “%2”. What went wrong and what to do is below.")
                      .arg(report.target.text, m_entry.name);
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    m_summary->show();
    if (!m_findingsArea->isVisible()) {
        m_findingsArea->show();
        // Room for three or four findings with their next steps before the list scrolls.
        resize(width(), qMax(height(), fontMetrics().height() * 38));
    }
}

QWidget* ConnectionTestDialog::findingWidget(const DoctorFinding& finding)
{
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("finding-%1").arg(finding.code));
    box->setProperty("code", finding.code);
    box->setAccessibleName(finding.message);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 2, 0, 6);

    auto* icon = new QLabel(box);
    icon->setObjectName(QStringLiteral("findingIcon"));
    icon->setAccessibleName(severityInWords(finding.severity));
    icon->setToolTip(severityInWords(finding.severity));
    icon->setPixmap(severityIcon(style(), finding.severity).pixmap(kIconSize, kIconSize));
    icon->setFixedWidth(kIconSize + 6);
    row->addWidget(icon, 0, Qt::AlignTop);

    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(textLabel(finding.message, QStringLiteral("findingMessage"), box));
    if (!finding.nextStep.isEmpty()) {
        QLabel* next = textLabel(tr("Next step: %1").arg(finding.nextStep), QStringLiteral("findingNextStep"), box);
        QFont italic = next->font();
        italic.setItalic(true);
        next->setFont(italic);
        column->addWidget(next);
    }
    if (!finding.detail.isEmpty()) {
        auto* toggle = new QToolButton(box);
        toggle->setObjectName(QStringLiteral("findingDetailToggle"));
        toggle->setText(tr("Technical detail"));
        toggle->setAccessibleName(tr("Show the technical detail"));
        toggle->setCheckable(true);
        toggle->setAutoRaise(true);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        QLabel* detail = textLabel(finding.detail, QStringLiteral("findingDetail"), box);
        detail->setForegroundRole(QPalette::PlaceholderText);
        detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        detail->setIndent(fontMetrics().averageCharWidth() * 2);
        detail->hide();
        connect(toggle, &QToolButton::toggled, detail, [toggle, detail](bool shown) {
            detail->setVisible(shown);
            toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        });
        column->addWidget(toggle, 0, Qt::AlignLeft);
        column->addWidget(detail);
    }
    row->addLayout(column, 1);
    return box;
}

void ConnectionTestDialog::saveReport()
{
    if (!m_report)
        return;
    // File names from a host name: keep letters and digits, turn everything else into single dashes.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"));
    QString host = m_report->target.host;
    host.replace(unsafe, QStringLiteral("-"));
    const QString suggested = QStringLiteral("certdesk-report-%1.txt").arg(host);
    QString path = FileDialog::getSaveFileName(this, tr("Save the connection report"), QDir::home().filePath(suggested),
                                               tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".txt");
    const QByteArray text = m_report->toText(tr("CertDesk %1").arg(QApplication::applicationVersion()));
    // A few kilobytes of text; writing them here does not hold the window up.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        m_saveStatus->setText(
            tr("CertDesk could not save the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_saveStatus->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace certdesk::gui
