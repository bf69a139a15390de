#include "gui/import/ImportDialog.h"

#include "crypto/BundleReader.h"
#include "crypto/Pkcs12.h"
#include "gui/common/DialogSeams.h"
#include "gui/main/VaultAccess.h"
#include "workflows/Renewal.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/crypto.h>

#include <algorithm>

namespace certdesk::gui {

namespace {

enum Column
{
    FileColumn,
    FormatColumn,
    ContentsColumn,
};

/// What reading one source found: the bundle, or the error plus the format as far as it could be told.
struct ReadOutcome
{
    Result<Bundle> bundle;
    std::optional<Bundle::Format> format;
};

/// Tells the format from the bytes when reading failed, so that "PKCS#12 bundle" shows before its password is known.
std::optional<Bundle::Format> guessFormat(const QByteArray& bytes, const QString& reason)
{
    if (bytes.isEmpty())
        return std::nullopt;
    if (bytes.contains("-----BEGIN "))
        return Bundle::Format::Pem;
    if (Pkcs12::looksLike(bytes))
        return Bundle::Format::Pkcs12;
    if (reason == QLatin1String("password-required") || reason == QLatin1String("wrong-password"))
        return Bundle::Format::EncryptedPkcs8;
    return std::nullopt;
}

ReadOutcome readSource(const QString& path, const QByteArray& text, const std::shared_ptr<const SecureBytes>& password)
{
    std::optional<SecureBytes> given;
    if (password)
        given = password->clone();
    Result<Bundle> bundle = path.isEmpty() ? BundleReader::read(text, given) : BundleReader::readFile(path, given);
    if (bundle) {
        const Bundle::Format format = bundle.value().format;
        return ReadOutcome{std::move(bundle), format};
    }
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.size() <= BundleReader::kMaxFileSize && file.open(QIODevice::ReadOnly)) {
            QByteArray bytes = file.readAll();
            const std::optional<Bundle::Format> format = guessFormat(bytes, bundle.error().reason);
            // The file may hold an unencrypted key; do not leave a copy in freed memory.
            OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
            return ReadOutcome{std::move(bundle), format};
        }
        return ReadOutcome{std::move(bundle), std::nullopt};
    }
    const std::optional<Bundle::Format> format = guessFormat(text, bundle.error().reason);
    return ReadOutcome{std::move(bundle), format};
}

bool isPasswordReason(const QString& reason)
{
    return reason == QLatin1String("password-required") || reason == QLatin1String("wrong-password") ||
           reason == QLatin1String("no-mac");
}

/// What the user can do next in this dialog, for a file that cannot be read as it is.
QString nextStepFor(const QString& reason)
{
    if (reason == QLatin1String("password-required"))
        return ImportDialog::tr("Type the password below and choose Unlock. Senders usually give it separately, for "
                                "example by phone or in another message.");
    if (reason == QLatin1String("wrong-password"))
        return ImportDialog::tr("Type the password again below. Tick “Show password” to check what you typed.");
    if (reason == QLatin1String("no-mac"))
        return ImportDialog::tr("Type the password again below. If the file still does not open, ask the sender for "
                                "a new copy.");
    if (reason == QLatin1String("legacy-algorithm"))
        return ImportDialog::tr("Remove this file from the list, then add the bundle again once you have a copy in a "
                                "modern format.");
    if (reason == QLatin1String("damaged"))
        return ImportDialog::tr("Remove this file from the list and add the new copy when you have it.");
    if (reason == QLatin1String("unrecognised") || reason == QLatin1String("empty"))
        return ImportDialog::tr("Remove this file from the list. If you pasted text, copy the whole block including "
                                "its BEGIN and END lines.");
    return ImportDialog::tr("Remove this file from the list to import the others.");
}

/// "2 certificates and 1 private key": what a bundle holds, in the user's words.
QString describeContents(const Bundle& bundle)
{
    QStringList parts;
    // The singular spelled out: without a translation loaded, "%n certificate(s)" would show as is.
    const auto count = [](qsizetype n, const QString& one, const char* many) {
        return n == 1 ? one : ImportDialog::tr(many, nullptr, static_cast<int>(n));
    };
    if (!bundle.certificates.isEmpty())
        parts << count(bundle.certificates.size(), ImportDialog::tr("1 certificate"),
                       QT_TRANSLATE_N_NOOP("certdesk::gui::ImportDialog", "%n certificates"));
    if (!bundle.keys.isEmpty())
        parts << count(bundle.keys.size(), ImportDialog::tr("1 private key"),
                       QT_TRANSLATE_N_NOOP("certdesk::gui::ImportDialog", "%n private keys"));
    if (!bundle.requests.isEmpty())
        parts << count(bundle.requests.size(), ImportDialog::tr("1 request"),
                       QT_TRANSLATE_N_NOOP("certdesk::gui::ImportDialog", "%n requests"));
    return QLocale().createSeparatedList(parts);
}

QString describeOutcome(const ImportOutcome& outcome)
{
    const VaultEntry& entry = outcome.entry;
    switch (outcome.action) {
    case ImportOutcome::Action::IdentityCreated:
        return ImportDialog::tr("Imported identity “%1” (%2) with its private key.").arg(entry.name, entry.subject());
    case ImportOutcome::Action::RequestCompleted:
        return ImportDialog::tr("Completed request “%1”: its certificate has arrived (%2).")
            .arg(entry.name, entry.subject());
    case ImportOutcome::Action::CertificateUpdated:
        return ImportDialog::tr("“%1” now has a newer certificate, valid until %2.")
            .arg(entry.name,
                 QLocale().toString(entry.certificate.notAfter().toLocalTime().date(), QLocale::LongFormat));
    case ImportOutcome::Action::AlreadyPresent:
        return ImportDialog::tr("Already in the vault, nothing changed: “%1”.").arg(entry.name);
    case ImportOutcome::Action::RequestCreated:
        return ImportDialog::tr("Imported request “%1”; it waits for its certificate.").arg(entry.name);
    case ImportOutcome::Action::CertificateKept:
        return ImportDialog::tr("Kept certificate “%1” (%2) without a private key.").arg(entry.name, entry.subject());
    case ImportOutcome::Action::KeyAttached:
        return ImportDialog::tr("Added the private key to “%1”.").arg(entry.name);
    }
    return {};
}

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    // Enter in the password field unlocks; it must never press whichever button happens to be the default.
    button->setAutoDefault(false);
    return button;
}

} // namespace

/// One file (or one piece of pasted text) in the list, and what reading it found.
struct ImportDialog::Source
{
    enum class State
    {
        Reading,
        NeedsPassword,
        Ready,
        Failed,
    };

    ~Source() { OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size())); }

    int serial = 0;
    /// Empty for pasted text.
    QString path;
    QByteArray text;
    QString displayName;
    State state = State::Reading;
    std::optional<Bundle::Format> format;
    Bundle bundle;
    Error error;
    QTreeWidgetItem* item = nullptr;
};

/// What the import worker came back with: the vault's report, and the renewals whose certificate arrived.
struct ImportDialog::Imported
{
    struct Renewal
    {
        VaultEntry renewal;
        /// The identity it renews, as it was before anything was replaced.
        VaultEntry old;
        /// Set when the old identity was installed nowhere and so was archived right away.
        std::optional<ReplacementReport> retired;
        std::optional<Error> error;
    };
    ImportReport report;
    QList<Renewal> renewals;
};

ImportDialog::ImportDialog(VaultAccess* access, QWidget* parent) : QDialog(parent), m_access(access)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import certificates and keys"));
    setAcceptDrops(true);
    setMinimumWidth(620);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("importPages"));

    // The page where files are collected.
    auto* inputPage = new QWidget(m_pages);
    inputPage->setObjectName(QStringLiteral("inputPage"));
    auto* intro = new QLabel(tr("Add everything your certificate authority or colleague sent: certificate, chain, "
                                "PKCS#12 bundle. Drop files here, choose them, or paste PEM text with Ctrl+V. They "
                                "are imported together."),
                             inputPage);
    intro->setObjectName(QStringLiteral("importIntro"));
    intro->setWordWrap(true);

    m_fileList = new QTreeWidget(inputPage);
    m_fileList->setObjectName(QStringLiteral("fileList"));
    m_fileList->setAccessibleName(tr("Files to import"));
    m_fileList->setHeaderLabels({tr("File"), tr("Format"), tr("Contents")});
    m_fileList->setRootIsDecorated(false);
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->header()->setStretchLastSection(true);
    m_fileList->setColumnWidth(FileColumn, 220);
    m_fileList->setColumnWidth(FormatColumn, 170);
    m_fileList->setMinimumHeight(120);

    m_chooseButton = makeButton(tr("Choose files…"), QStringLiteral("chooseFilesButton"), inputPage);
    m_removeButton = makeButton(tr("Remove"), QStringLiteral("removeFileButton"), inputPage);
    m_removeButton->setAccessibleName(tr("Remove the selected files from the list"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_chooseButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();

    // Why a file or the import cannot go on, and what to do about it.
    m_problemPanel = new QWidget(inputPage);
    m_problemPanel->setObjectName(QStringLiteral("problemPanel"));
    m_problemLabel = new QLabel(m_problemPanel);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_problemLabel->font();
    bold.setBold(true);
    m_problemLabel->setFont(bold);
    m_nextStepLabel = new QLabel(m_problemPanel);
    m_nextStepLabel->setObjectName(QStringLiteral("nextStepLabel"));
    m_nextStepLabel->setWordWrap(true);

    m_passwordPanel = new QWidget(m_problemPanel);
    m_passwordPanel->setObjectName(QStringLiteral("passwordPanel"));
    auto* passwordLabel = new QLabel(tr("&Password:"), m_passwordPanel);
    m_passwordEdit = new QLineEdit(m_passwordPanel);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password of the file"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    passwordLabel->setBuddy(m_passwordEdit);
    m_showPasswordCheck = new QCheckBox(tr("Show password"), m_passwordPanel);
    m_showPasswordCheck->setObjectName(QStringLiteral("showPasswordCheck"));
    m_showPasswordCheck->setAccessibleName(tr("Show password"));
    m_unlockButton = makeButton(tr("Unlock"), QStringLiteral("unlockButton"), m_passwordPanel);
    auto* passwordRow = new QHBoxLayout(m_passwordPanel);
    passwordRow->setContentsMargins(0, 0, 0, 0);
    passwordRow->addWidget(passwordLabel);
    passwordRow->addWidget(m_passwordEdit, 1);
    passwordRow->addWidget(m_showPasswordCheck);
    passwordRow->addWidget(m_unlockButton);

    m_keepButton = makeButton(tr("Keep without key"), QStringLiteral("keepWithoutKeyButton"), m_problemPanel);
    m_keepButton->setAccessibleName(tr("Keep the certificate without a private key"));
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keepButton);
    keepRow->addStretch();

    auto* problemLayout = new QVBoxLayout(m_problemPanel);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemLabel);
    problemLayout->addWidget(m_nextStepLabel);
    problemLayout->addWidget(m_passwordPanel);
    problemLayout->addLayout(keepRow);

    auto* inputLayout = new QVBoxLayout(inputPage);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(intro);
    inputLayout->addWidget(m_fileList, 1);
    inputLayout->addLayout(listButtons);
    inputLayout->addWidget(m_problemPanel);

    // The page that says what happened.
    auto* resultPage = new QWidget(m_pages);
    resultPage->setObjectName(QStringLiteral("resultPage"));
    m_resultHeading = new QLabel(resultPage);
    m_resultHeading->setObjectName(QStringLiteral("resultHeading"));
    QFont headingFont = m_resultHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_resultHeading->setFont(headingFont);
    m_resultList = new QListWidget(resultPage);
    m_resultList->setObjectName(QStringLiteral("resultList"));
    m_resultList->setAccessibleName(tr("What the import did"));
    m_resultList->setWordWrap(true);
    m_resultList->setSpacing(3);
    m_resultList->setSelectionMode(QAbstractItemView::NoSelection);
    m_resultList->setFocusPolicy(Qt::NoFocus);
    m_renewalLabel = new QLabel(resultPage);
    m_renewalLabel->setObjectName(QStringLiteral("renewalLabel"));
    m_renewalLabel->setAccessibleName(tr("Renewal"));
    m_renewalLabel->setWordWrap(true);
    m_renewalLabel->setTextFormat(Qt::PlainText);
    m_renewalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_renewalLabel->hide();
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultHeading);
    resultLayout->addWidget(m_resultList, 1);
    resultLayout->addWidget(m_renewalLabel);

    m_pages->addWidget(inputPage);
    m_pages->addWidget(resultPage);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_importButton = makeButton(tr("Import"), QStringLiteral("importButton"), this);
    m_cancelButton = makeButton(tr("Cancel"), QStringLiteral("cancelButton"), this);
    m_closeButton = makeButton(tr("Close"), QStringLiteral("closeButton"), this);
    m_installButton = makeButton(tr("Install…"), QStringLiteral("installButton"), this);
    m_installButton->setToolTip(tr("Put the identity where your browser, VPN and mail programs look for it"));
    m_replaceButton = makeButton(tr("Replace"), QStringLiteral("replaceButton"), this);
    m_replaceButton->setToolTip(tr("Install the renewed certificate wherever the old one is installed, check it "
                                   "there, then remove the old one"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addWidget(m_busyLabel, 1);
    bottom->addWidget(m_importButton);
    bottom->addWidget(m_cancelButton);
    bottom->addWidget(m_replaceButton);
    bottom->addWidget(m_installButton);
    bottom->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addSpacing(6);
    layout->addLayout(bottom);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_fileList, &QTreeWidget::itemSelectionChanged, this, &ImportDialog::refresh);
    connect(m_unlockButton, &QPushButton::clicked, this, &ImportDialog::unlock);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &ImportDialog::unlock);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &ImportDialog::refresh);
    connect(m_showPasswordCheck, &QCheckBox::toggled, this,
            [this](bool shown) { m_passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_keepButton, &QPushButton::clicked, this, [this] { startImport(true, false); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { startImport(false, false); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_installButton, &QPushButton::clicked, this, [this] {
        const QString id = m_installableId;
        accept();
        emit installRequested(id);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_replaceButton, &QPushButton::clicked, this, &ImportDialog::startReplacing);
    // Ctrl+V anywhere but in the password field (which takes it first) adds the clipboard's PEM text.
    auto* paste = new QShortcut(QKeySequence::Paste, this);
    connect(paste, &QShortcut::activated, this, [this] {
        const QString text = QApplication::clipboard()->text();
        if (text.contains(QLatin1String("-----BEGIN ")))
            setPastedText(text.toUtf8());
    });

    resize(680, 460);
    refresh();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isBusy() const
{
    return m_readsRunning > 0 || m_importing || (m_replacer && m_replacer->isBusy());
}

void ImportDialog::reject()
{
    if (m_replacer && m_replacer->isBusy())
        return;
    QDialog::reject();
}

void ImportDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool listed =
            std::any_of(m_sources.cbegin(), m_sources.cend(),
                        [&](const std::unique_ptr<Source>& source) { return source->path == absolute; });
        if (listed)
            continue;
        auto source = std::make_unique<Source>();
        source->path = absolute;
        source->displayName = QFileInfo(absolute).fileName();
        addSource(std::move(source));
    }
}

void ImportDialog::setPastedText(const QByteArray& text)
{
    const bool listed = std::any_of(m_sources.cbegin(), m_sources.cend(), [&](const std::unique_ptr<Source>& source) {
        return source->path.isEmpty() && source->text == text;
    });
    if (listed || text.isEmpty())
        return;
    auto source = std::make_unique<Source>();
    source->text = text;
    source->displayName = tr("Pasted text");
    addSource(std::move(source));
}

void ImportDialog::addSource(std::unique_ptr<Source> source)
{
    if (m_pages->currentIndex() != 0)
        return;
    source->serial = m_nextSerial++;
    source->item = new QTreeWidgetItem(m_fileList);
    source->item->setText(FileColumn, source->displayName);
    source->item->setToolTip(FileColumn, source->path);
    Source& added = *source;
    m_sources.push_back(std::move(source));
    m_importError.reset();
    read(added, nullptr);
}

void ImportDialog::read(Source& source, const std::shared_ptr<const SecureBytes>& password)
{
    source.state = Source::State::Reading;
    ++m_readsRunning;
    const int serial = source.serial;
    auto* watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcher<ReadOutcome>::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        --m_readsRunning;
        Source* source = findSource(serial);
        if (!source) {
            refresh();
            return;
        }
        ReadOutcome outcome = watcher->result();
        if (outcome.format)
            source->format = outcome.format;
        if (outcome.bundle) {
            source->bundle = outcome.bundle.value();
            source->state = Source::State::Ready;
            source->error = Error{};
        } else {
            source->error = outcome.bundle.error();
            source->state =
                isPasswordReason(source->error.reason) ? Source::State::NeedsPassword : Source::State::Failed;
        }
        refresh();
        if (source->state == Source::State::NeedsPassword && firstProblem() == source)
            m_passwordEdit->setFocus();
    });
    watcher->setFuture(QtConcurrent::run(readSource, source.path, source.text, password));
    refresh();
}

void ImportDialog::chooseFiles()
{
    const QStringList paths = FileDialog::getOpenFileNames(
        this, tr("Choose files to import"),
        tr("Certificates, requests, keys and bundles (*.pem *.crt *.cer *.der *.csr *.req *.p7b *.p7c *.p12 *.pfx "
           "*.key);;All files (*)"));
    addFiles(paths);
}

void ImportDialog::removeSelected()
{
    const QList<QTreeWidgetItem*> selected = m_fileList->selectedItems();
    std::erase_if(m_sources, [&](const std::unique_ptr<Source>& source) {
        if (!selected.contains(source->item))
            return false;
        delete source->item;
        return true;
    });
    m_importError.reset();
    refresh();
}

void ImportDialog::unlock()
{
    Source* source = firstProblem();
    if (!source || source->state != Source::State::NeedsPassword || m_passwordEdit->text().isEmpty())
        return;
    QByteArray typed = m_passwordEdit->text().toUtf8();
    m_passwordEdit->clear();
    read(*source, std::make_shared<const SecureBytes>(SecureBytes::takeFrom(typed)));
}

void ImportDialog::startImport(bool keepWithoutKey, bool afterPassphrase)
{
    if (isBusy() || m_sources.empty())
        return;
    // The files are one answer from the CA (certificate, chain, maybe key): one bundle, imported atomically.
    Bundle merged;
    for (const std::unique_ptr<Source>& source : m_sources) {
        if (source->state != Source::State::Ready)
            return;
        merged.format = source->bundle.format;
        merged.certificates << source->bundle.certificates;
        merged.keys << source->bundle.keys;
        merged.requests << source->bundle.requests;
        merged.notes << source->bundle.notes;
        if (merged.label.isEmpty())
            merged.label = source->bundle.label;
    }
    m_importing = true;
    m_importError.reset();
    refresh();

    ImportOptions options;
    options.keepCertificatesWithoutKey = keepWithoutKey;
    auto* watcher = new QFutureWatcher<Result<Imported>>(this);
    connect(watcher, &QFutureWatcher<Result<Imported>>::finished, this,
            [this, watcher, keepWithoutKey, afterPassphrase] {
                watcher->deleteLater();
                m_importing = false;
                const Result<Imported> result = watcher->result();
                if (result) {
                    showResult(result.value());
                    return;
                }
                const Error& error = result.error();
                switch (m_access->askForPassphrase(this, error, afterPassphrase)) {
                case VaultAccess::PassphraseAnswer::Given:
                    startImport(keepWithoutKey, true);
                    return;
                case VaultAccess::PassphraseAnswer::Declined:
                    m_importError = makeError(ErrorCode::Keystore,
                                              tr("The vault stayed locked, so nothing was imported. The private key in "
                                                 "these files can only be stored once the vault is unlocked."),
                                              error.detail, QStringLiteral("vault-locked"));
                    break;
                case VaultAccess::PassphraseAnswer::NotNeeded:
                case VaultAccess::PassphraseAnswer::DidNotOpen:
                    m_importError = error;
                    break;
                }
                refresh();
            });
    const QString home = QDir::homePath();
    watcher->setFuture(m_access->run<Imported>([merged, options, home](Vault& vault) -> Result<Imported> {
        auto report = vault.importBundle(merged, QString(), options);
        if (!report)
            return report.error();
        Imported imported{report.value(), {}};
        // As certdesk-cli import: a certificate that completes a renewal takes the old identity's place; when
        // that is installed nowhere there is nothing to replace, and the old identity retires at once.
        QStringList seen;
        for (const ImportOutcome& outcome : imported.report.outcomes) {
            const VaultEntry& entry = outcome.entry;
            if (entry.renews.isEmpty() || entry.isPending() || seen.contains(entry.id))
                continue;
            seen << entry.id;
            auto old = vault.find(entry.renews);
            if (!old || old.value().isArchived())
                continue;
            Imported::Renewal renewal{entry, old.value(), std::nullopt, std::nullopt};
            if (old.value().installations.isEmpty()) {
                auto retired = replaceRenewed(vault, entry.id, home, {});
                if (retired)
                    renewal.retired = retired.value();
                else
                    renewal.error = retired.error();
            }
            imported.renewals << renewal;
        }
        return imported;
    }));
}

void ImportDialog::showResult(const Imported& imported)
{
    const ImportReport& report = imported.report;
    m_resultHeading->setText(report.changedAnything() ? tr("Import finished") : tr("Nothing new to import"));
    m_resultList->clear();
    QStringList ids;
    m_installableId.clear();
    for (const ImportOutcome& outcome : report.outcomes) {
        m_resultList->addItem(describeOutcome(outcome));
        if (!ids.contains(outcome.entry.id))
            ids << outcome.entry.id;
        // The next step after an identity arrives: offer to install it (the first one, if several arrived).
        if (m_installableId.isEmpty() && outcome.entry.hasKey && !outcome.entry.isPending())
            m_installableId = outcome.entry.id;
    }
    // Every certificate the files held is accounted for: one that was not kept says why (those in a chain show in
    // the details of their entry).
    for (const CertificateOutcome& certificate : report.certificates) {
        if (certificate.disposition == CertificateOutcome::Disposition::NotKept)
            m_resultList->addItem(tr("Not imported: %1").arg(certificate.message));
    }
    for (const QString& note : report.notes) {
        auto* item = new QListWidgetItem(tr("Note: %1").arg(note), m_resultList);
        item->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    showRenewals(imported);
    m_pages->setCurrentIndex(1);
    refresh();
    emit this->imported(ids);
}

void ImportDialog::showRenewals(const Imported& imported)
{
    m_replaceableIds.clear();
    m_replaceStoreCount = 0;
    QStringList sentences;
    for (const Imported::Renewal& renewal : imported.renewals) {
        const QString oldName = renewal.old.name;
        if (renewal.error) {
            sentences << tr("This renews “%1”, but the old one could not be retired: %2")
                             .arg(oldName, renewal.error->message);
        } else if (renewal.retired) {
            sentences << (renewal.retired->archived
                              ? tr("This renews “%1”. The old certificate was installed nowhere, so it is now "
                                   "archived (View › Show Replaced Certificates lists it).")
                                    .arg(oldName)
                              : tr("This renews “%1”, but the old certificate could not be archived.").arg(oldName));
        } else {
            QStringList stores;
            for (const VaultEntry::Installation& installation : renewal.old.installations)
                stores << installation.storeName;
            sentences << tr("This renews “%1”, which is installed in %2. Replace puts the new certificate there, "
                            "checks it, and then removes the old one; until then the old one stays in use.")
                             .arg(oldName, QLocale().createSeparatedList(stores));
            m_replaceableIds << renewal.renewal.id;
            m_replaceStoreCount += static_cast<int>(renewal.old.installations.size());
        }
    }
    m_renewalLabel->setText(sentences.join(QLatin1Char('\n')));
    m_renewalLabel->setVisible(!sentences.isEmpty());
    // Spelled out rather than %n: no translation catalogue is loaded for English, so "(s)" would show.
    m_replaceButton->setText(m_replaceStoreCount == 1 ? tr("Replace in 1 store")
                                                      : tr("Replace in %1 stores").arg(m_replaceStoreCount));
    m_replaceButton->setAccessibleName(m_replaceButton->text());
    if (!m_replaceableIds.isEmpty())
        m_replaceButton->setDefault(true);
}

void ImportDialog::startReplacing()
{
    if (m_replaceableIds.isEmpty() || isBusy())
        return;
    if (!m_replacer) {
        m_replacer = new RenewalReplacer(m_access, this, this);
        connect(m_replacer, &RenewalReplacer::finished, this, &ImportDialog::showReplacement);
    }
    m_replacer->start(m_replaceableIds);
    refresh();
}

void ImportDialog::showReplacement(const QList<RenewalReplacer::Outcome>& outcomes)
{
    QStringList left;
    bool anyFailed = false;
    bool allArchived = !outcomes.isEmpty();
    for (const RenewalReplacer::Outcome& outcome : outcomes) {
        if (outcome.error) {
            new QListWidgetItem(tr("✗ %1").arg(outcome.error->message), m_resultList);
            anyFailed = true;
        }
        for (const RenewalReplacer::StoreOutcome& store : outcome.stores) {
            auto* item = new QListWidgetItem(m_resultList);
            if (store.error) {
                item->setText(tr("✗ %1: %2").arg(store.storeName, store.error->message));
                item->setToolTip(store.error->detail);
                anyFailed = true;
            } else {
                item->setText(tr("✓ %1: the renewed certificate is installed and checked there, and the old one "
                                 "is removed.")
                                  .arg(store.storeName));
            }
        }
        allArchived = allArchived && outcome.archived;
        if (!outcome.archived)
            left << outcome.newId;
    }
    // Only what every store confirmed is called done; the rest may be tried again.
    if (allArchived) {
        m_renewalLabel->setText(tr("Renewal finished: the new certificate is in place everywhere, and the old one is "
                                   "archived (View › Show Replaced Certificates lists it)."));
    } else if (anyFailed) {
        m_renewalLabel->setText(tr("Not replaced everywhere: the old certificate stays where the new one could not be "
                                   "put. Fix what the list says and choose Replace again."));
    } else {
        m_renewalLabel->setText(tr("The old certificate was not archived; choose Replace again."));
    }
    m_replaceableIds = left;
    m_replaceStoreCount = 0;
    for (const RenewalReplacer::Outcome& outcome : outcomes) {
        if (!outcome.archived) {
            for (const RenewalReplacer::StoreOutcome& store : outcome.stores)
                m_replaceStoreCount += store.error ? 1 : 0;
        }
    }
    m_replaceButton->setText(m_replaceStoreCount == 1 ? tr("Replace in 1 store")
                                                      : tr("Replace in %1 stores").arg(m_replaceStoreCount));
    m_replaceButton->setAccessibleName(m_replaceButton->text());
    m_resultList->scrollToBottom();
    refresh();
    emit replaced();
}

ImportDialog::Source* ImportDialog::findSource(int serial) const
{
    for (const std::unique_ptr<Source>& source : m_sources) {
        if (source->serial == serial)
            return source.get();
    }
    return nullptr;
}

ImportDialog::Source* ImportDialog::firstProblem() const
{
    for (const std::unique_ptr<Source>& source : m_sources) {
        if (source->state == Source::State::NeedsPassword || source->state == Source::State::Failed)
            return source.get();
    }
    return nullptr;
}

void ImportDialog::refresh()
{
    const bool onResult = m_pages->currentIndex() == 1;
    bool allReady = !m_sources.empty();
    for (const std::unique_ptr<Source>& source : m_sources) {
        QString format = source->format ? Bundle::formatName(*source->format) : tr("Unknown");
        if (!format.isEmpty())
            format[0] = format[0].toUpper();
        QString contents;
        switch (source->state) {
        case Source::State::Reading:
            format = source->format ? format : QString();
            contents = tr("Reading…");
            break;
        case Source::State::NeedsPassword:
            contents = tr("Needs its password");
            break;
        case Source::State::Ready:
            contents = describeContents(source->bundle);
            break;
        case Source::State::Failed:
            contents = tr("Cannot be imported");
            break;
        }
        source->item->setText(FormatColumn, format);
        source->item->setText(ContentsColumn, contents);
        allReady = allReady && source->state == Source::State::Ready;
    }

    Source* problem = firstProblem();
    QString message;
    QString nextStep;
    QString detail;
    if (problem) {
        message = problem->error.message;
        nextStep = nextStepFor(problem->error.reason);
        detail = problem->error.detail;
    } else if (m_importError) {
        message = m_importError->message;
        detail = m_importError->detail;
        if (m_importError->reason == QLatin1String("no-matching-key"))
            nextStep = tr("If it is a CA certificate or a colleague’s certificate that you want to keep anyway, "
                          "choose “Keep without key”.");
        else if (m_importError->reason == QLatin1String("vault-locked") || VaultAccess::needsPassphrase(*m_importError))
            nextStep = tr("Choose Import again and enter the vault passphrase.");
        else
            nextStep = tr("Nothing was imported. Change the files in the list, then choose Import again.");
    }
    m_problemPanel->setVisible(!message.isEmpty());
    m_problemLabel->setText(message);
    m_problemLabel->setToolTip(detail);
    m_nextStepLabel->setText(nextStep);
    const bool askPassword = problem && problem->state == Source::State::NeedsPassword;
    m_passwordPanel->setVisible(askPassword);
    m_unlockButton->setEnabled(askPassword && !m_passwordEdit->text().isEmpty());
    const bool offerKeep = !problem && m_importError && m_importError->reason == QLatin1String("no-matching-key");
    m_keepButton->setVisible(offerKeep);
    m_keepButton->setEnabled(offerKeep && !isBusy());
    // Point at the file the message is about, so that Remove removes that one.
    if (problem && m_fileList->selectedItems().isEmpty()) {
        const QSignalBlocker blocker(m_fileList);
        m_fileList->setCurrentItem(problem->item);
    }

    const bool replacing = m_replacer && m_replacer->isBusy();
    m_busyIndicator->setVisible(isBusy());
    m_busyLabel->setText(replacing        ? tr("Replacing the old certificate…")
                         : m_importing    ? tr("Importing…")
                         : m_readsRunning ? tr("Reading files…")
                                          : QString());
    m_removeButton->setEnabled(!m_importing && !m_fileList->selectedItems().isEmpty());
    m_chooseButton->setEnabled(!m_importing);
    m_importButton->setEnabled(allReady && !isBusy());
    m_importButton->setVisible(!onResult);
    m_cancelButton->setVisible(!onResult);
    m_closeButton->setVisible(onResult);
    m_closeButton->setEnabled(!replacing);
    m_replaceButton->setVisible(onResult && !m_replaceableIds.isEmpty());
    m_replaceButton->setEnabled(!replacing);
    // While the renewal can take the old one's place, that is the next step, not a second install beside it.
    m_installButton->setVisible(onResult && !m_installableId.isEmpty() && m_replaceableIds.isEmpty());
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* data = event->mimeData();
    const QList<QUrl> urls = data->urls();
    const bool files = std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); });
    const bool pem = data->hasText() && data->text().contains(QLatin1String("-----BEGIN "));
    if (m_pages->currentIndex() == 0 && !m_importing && (files || pem))
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    const QMimeData* data = event->mimeData();
    QStringList paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        addFiles(paths);
    else if (data->hasText())
        setPastedText(data->text().toUtf8());
    event->acceptProposedAction();
}

} // namespace certdesk::gui
