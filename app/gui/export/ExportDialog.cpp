#include "gui/export/ExportDialog.h"

#include "expiry/Clock.h"
#include "gui/common/DialogSeams.h"
#include "gui/main/VaultAccess.h"
#include "workflows/ExportWorkflow.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::gui {

namespace {

struct Strength
{
    QString text;
    bool warning = false;
};

/// A hint, not a rule: length counts most, the kinds of characters a little.
Strength judgeStrength(const QString& password)
{
    if (password.isEmpty())
        return {ExportDialog::tr("Choose a password. Whoever opens the file will need it."), false};
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !c.isLetterOrNumber();
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    const int length = static_cast<int>(password.size());
    if (length < 8)
        return {ExportDialog::tr("Too short. Someone who gets the file can guess a password this short quickly; "
                                 "use at least 12 characters, or a few unrelated words."),
                true};
    if (length >= 16 || (length >= 12 && classes >= 3))
        return {ExportDialog::tr("Strong password."), false};
    return {ExportDialog::tr("Fair. Longer is stronger: 12 or more characters mixing letters, digits and signs, or "
                             "a few unrelated words."),
            false};
}

QString formatLabel(ExportDialog::Format format)
{
    switch (format) {
    case ExportDialog::Format::Pem:
        return ExportDialog::tr("Certificate (PEM text, .pem)");
    case ExportDialog::Format::Der:
        return ExportDialog::tr("Certificate (DER binary, .cer)");
    case ExportDialog::Format::Chain:
        return ExportDialog::tr("Certificate with its issuers (PEM chain)");
    case ExportDialog::Format::Pkcs12:
        return ExportDialog::tr("PKCS#12 bundle: certificate, private key and chain (.p12)");
    case ExportDialog::Format::Request:
        return ExportDialog::tr("Certificate request (PEM, .csr)");
    case ExportDialog::Format::Calendar:
        return ExportDialog::tr("Calendar reminder (.ics)");
    }
    return {};
}

QString formatObjectName(ExportDialog::Format format)
{
    switch (format) {
    case ExportDialog::Format::Pem:
        return QStringLiteral("pemRadio");
    case ExportDialog::Format::Der:
        return QStringLiteral("derRadio");
    case ExportDialog::Format::Chain:
        return QStringLiteral("chainRadio");
    case ExportDialog::Format::Pkcs12:
        return QStringLiteral("pkcs12Radio");
    case ExportDialog::Format::Request:
        return QStringLiteral("requestRadio");
    case ExportDialog::Format::Calendar:
        return QStringLiteral("calendarRadio");
    }
    return {};
}

void setWarningColour(QLabel* label, bool warning)
{
    // Explicit colours only for warnings; everything else follows the theme.
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (warning)
        palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
}

QLineEdit* makePasswordEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ExportDialog::ExportDialog(VaultAccess* access, const VaultEntry& entry, QWidget* parent)
    : QDialog(parent), m_access(access), m_entry(entry)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export “%1”").arg(entry.name));
    setMinimumWidth(560);

    auto* heading = new QLabel(tr("Export “%1”").arg(entry.name), this);
    heading->setObjectName(QStringLiteral("exportHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    auto* subject = new QLabel(entry.subject(), this);
    subject->setObjectName(QStringLiteral("exportSubject"));
    subject->setWordWrap(true);
    subject->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QString situation;
    if (entry.isPending())
        situation = tr("This request is still waiting for its certificate. Export the request and send it to your "
                       "certificate authority.");
    else if (!entry.hasKey)
        situation = tr("The vault holds no private key for this certificate, so it can only be exported without one.");
    auto* situationLabel = new QLabel(situation, this);
    situationLabel->setObjectName(QStringLiteral("situationLabel"));
    situationLabel->setWordWrap(true);
    situationLabel->setVisible(!situation.isEmpty());

    // Format choice: every format visible at once, so the user sees what exists.
    auto* formatBox = new QGroupBox(tr("Format"), this);
    m_formatBox = formatBox;
    formatBox->setObjectName(QStringLiteral("formatBox"));
    auto* formatLayout = new QVBoxLayout(formatBox);
    m_formatGroup = new QButtonGroup(this);
    for (const Format format : availableFormats()) {
        auto* radio = new QRadioButton(formatLabel(format), formatBox);
        radio->setObjectName(formatObjectName(format));
        radio->setAccessibleName(formatLabel(format));
        m_formatGroup->addButton(radio, static_cast<int>(format));
        formatLayout->addWidget(radio);
        if (format == Format::Pkcs12) {
            m_profilePanel = new QWidget(formatBox);
            m_profilePanel->setObjectName(QStringLiteral("profilePanel"));
            auto* profileLayout = new QVBoxLayout(m_profilePanel);
            // Indented under the PKCS#12 choice it belongs to.
            profileLayout->setContentsMargins(24, 0, 0, 0);
            m_modernRadio = new QRadioButton(tr("Modern (AES-256)"), m_profilePanel);
            m_modernRadio->setObjectName(QStringLiteral("modernRadio"));
            m_modernRadio->setAccessibleName(tr("Modern (AES-256)"));
            m_modernRadio->setChecked(true);
            m_compatibleRadio = new QRadioButton(tr("Compatible with older Windows and macOS (3DES)"), m_profilePanel);
            m_compatibleRadio->setObjectName(QStringLiteral("compatibleRadio"));
            m_compatibleRadio->setAccessibleName(tr("Compatible with older Windows and macOS (3DES)"));
            profileLayout->addWidget(m_modernRadio);
            profileLayout->addWidget(m_compatibleRadio);
            formatLayout->addWidget(m_profilePanel);
        }
    }
    m_includeKeyCheck = new QCheckBox(tr("Include the private key (encrypted with this password)"), formatBox);
    m_includeKeyCheck->setObjectName(QStringLiteral("includeKeyCheck"));
    m_includeKeyCheck->setAccessibleName(tr("Include the private key (encrypted with this password)"));
    formatLayout->addWidget(m_includeKeyCheck);

    // The organisation policy: its PKCS#12 profile first; no way to export the key when it forbids that (or when
    // its file cannot be read, which must not quietly allow what it may forbid).
    const ExportRules rules = ExportRules::current();
    if (rules.profile == Pkcs12::WriteProfile::Compatible && m_compatibleRadio)
        m_compatibleRadio->setChecked(true);
    QString keyRefusal;
    if (rules.keyRefusal && (rules.policyUnusable || m_entry.hasKey))
        keyRefusal = rules.keyRefusal->message;
    m_keyExportAllowed = keyRefusal.isEmpty();
    if (!m_keyExportAllowed) {
        if (QAbstractButton* p12 = m_formatGroup->button(static_cast<int>(Format::Pkcs12))) {
            p12->setEnabled(false);
            p12->setToolTip(keyRefusal);
        }
        m_includeKeyCheck->setEnabled(false);
        m_includeKeyCheck->setToolTip(keyRefusal);
        auto* note = new QLabel(keyRefusal, formatBox);
        note->setObjectName(QStringLiteral("keyExportPolicyLabel"));
        note->setAccessibleName(keyRefusal);
        note->setWordWrap(true);
        formatLayout->addWidget(note);
    }
    // The most useful choice first: the bundle other programs import whole, else the plain certificate.
    const QList<Format> formats = availableFormats();
    const Format initial = formats.contains(Format::Pkcs12) && m_keyExportAllowed ? Format::Pkcs12 : formats.first();
    m_formatGroup->button(static_cast<int>(initial))->setChecked(true);

    // The file's password, for anything that holds the key.
    m_passwordPanel = new QGroupBox(tr("Password for the file"), this);
    m_passwordPanel->setObjectName(QStringLiteral("passwordPanel"));
    m_passwordEdit = makePasswordEdit(QStringLiteral("passwordEdit"), tr("Password for the file"), m_passwordPanel);
    m_confirmEdit =
        makePasswordEdit(QStringLiteral("confirmPasswordEdit"), tr("Password again, to confirm"), m_passwordPanel);
    m_showPasswordCheck = new QCheckBox(tr("Show passwords"), m_passwordPanel);
    m_showPasswordCheck->setObjectName(QStringLiteral("showPasswordCheck"));
    m_showPasswordCheck->setAccessibleName(tr("Show passwords"));
    m_strengthLabel = new QLabel(m_passwordPanel);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setWordWrap(true);
    m_mismatchLabel = new QLabel(m_passwordPanel);
    m_mismatchLabel->setObjectName(QStringLiteral("mismatchLabel"));
    m_mismatchLabel->setWordWrap(true);
    auto* passwordForm = new QFormLayout(m_passwordPanel);
    passwordForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    passwordForm->addRow(tr("&Password:"), m_passwordEdit);
    passwordForm->addRow(tr("&Confirm:"), m_confirmEdit);
    passwordForm->addRow(QString(), m_showPasswordCheck);
    passwordForm->addRow(QString(), m_strengthLabel);
    passwordForm->addRow(QString(), m_mismatchLabel);

    m_resultTitle = new QLabel(this);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    QFont titleFont = m_resultTitle->font();
    titleFont.setBold(true);
    m_resultTitle->setFont(titleFont);
    m_resultTitle->hide();
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Exporting"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->hide();
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export"));
    m_exportButton->setDefault(true);
    m_closeButton = new QPushButton(tr("Cancel"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Cancel"));
    m_closeButton->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busyIndicator);
    buttons->addStretch();
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(subject);
    layout->addWidget(situationLabel);
    layout->addWidget(formatBox);
    layout->addWidget(m_passwordPanel);
    layout->addWidget(m_resultTitle);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_formatGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateState();
    });
    connect(m_includeKeyCheck, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_showPasswordCheck, &QCheckBox::toggled, this, [this](bool shown) {
        const QLineEdit::EchoMode mode = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_passwordEdit->setEchoMode(mode);
        m_confirmEdit->setEchoMode(mode);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    updateState();
}

QList<ExportDialog::Format> ExportDialog::availableFormats() const
{
    if (m_entry.isPending())
        return {Format::Request};
    QList<Format> formats{Format::Pem, Format::Der, Format::Chain};
    if (m_entry.hasKey)
        formats << Format::Pkcs12;
    formats << Format::Calendar;
    return formats;
}

bool ExportDialog::isBusy() const
{
    return m_busy;
}

ExportDialog::Format ExportDialog::selectedFormat() const
{
    return static_cast<Format>(m_formatGroup->checkedId());
}

bool ExportDialog::needsPassword() const
{
    const Format format = selectedFormat();
    if (format == Format::Pkcs12)
        return true;
    const bool canCarryKey = format == Format::Pem || format == Format::Chain;
    return canCarryKey && m_entry.hasKey && m_keyExportAllowed && m_includeKeyCheck->isChecked();
}

void ExportDialog::updateState()
{
    const Format format = selectedFormat();
    if (m_profilePanel)
        m_profilePanel->setEnabled(format == Format::Pkcs12);
    // Only PEM text can carry a key next to the certificate; DER and CSRs cannot, and PKCS#12 always does.
    m_includeKeyCheck->setVisible(m_entry.hasKey && (format == Format::Pem || format == Format::Chain));
    m_passwordPanel->setVisible(needsPassword());
    updateStrength();

    const bool passwordOk =
        !needsPassword() || (!m_passwordEdit->text().isEmpty() && m_passwordEdit->text() == m_confirmEdit->text());
    m_exportButton->setEnabled(!m_busy && passwordOk);
    m_formatBox->setEnabled(!m_busy);
    m_passwordPanel->setEnabled(!m_busy);
    m_busyIndicator->setVisible(m_busy);
    growToFit();
}

void ExportDialog::growToFit()
{
    // Grow with the hints and messages that appear instead of squeezing the choices above them; never shrink
    // under the user's hands.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ExportDialog::updateStrength()
{
    const Strength strength = judgeStrength(m_passwordEdit->text());
    m_strengthLabel->setText(strength.text);
    setWarningColour(m_strengthLabel, strength.warning);

    QString mismatch;
    if (!m_passwordEdit->text().isEmpty()) {
        if (m_confirmEdit->text().isEmpty())
            mismatch = tr("Type the password again in “Confirm” to make sure it is the one you meant.");
        else if (m_confirmEdit->text() != m_passwordEdit->text())
            mismatch = tr("The two passwords differ. Type the same password in both fields.");
    }
    m_mismatchLabel->setText(mismatch);
    m_mismatchLabel->setVisible(!mismatch.isEmpty());
    setWarningColour(m_mismatchLabel,
                     m_confirmEdit->text() != m_passwordEdit->text() && !m_confirmEdit->text().isEmpty());
}

QString ExportDialog::suggestedFileName(Format format) const
{
    // The entry's name, minus characters that file systems or shells handle badly.
    QString base = m_entry.name.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    if (base.isEmpty())
        base = QStringLiteral("certificate");
    switch (format) {
    case Format::Pem:
        return base + QStringLiteral(".pem");
    case Format::Der:
        return base + QStringLiteral(".cer");
    case Format::Chain:
        return base + QStringLiteral("-chain.pem");
    case Format::Pkcs12:
        return base + QStringLiteral(".p12");
    case Format::Request:
        return base + QStringLiteral(".csr");
    case Format::Calendar:
        return base + QStringLiteral("-expiry.ics");
    }
    return base;
}

void ExportDialog::startExport()
{
    if (m_busy || !m_exportButton->isEnabled())
        return;
    const Format format = selectedFormat();
    QString filter;
    switch (format) {
    case Format::Pem:
    case Format::Chain:
        filter = tr("PEM files (*.pem *.crt)");
        break;
    case Format::Der:
        filter = tr("DER certificates (*.cer *.der)");
        break;
    case Format::Pkcs12:
        filter = tr("PKCS#12 bundles (*.p12 *.pfx)");
        break;
    case Format::Request:
        filter = tr("Certificate requests (*.csr *.pem)");
        break;
    case Format::Calendar:
        filter = tr("Calendar files (*.ics)");
        break;
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Export to file"), suggestedFileName(format), filter);
    if (path.isEmpty())
        return;
    m_password.reset();
    if (needsPassword()) {
        QByteArray typed = m_passwordEdit->text().toUtf8();
        m_password = std::make_shared<const SecureBytes>(SecureBytes::takeFrom(typed));
    }
    runExport(path, false);
}

void ExportDialog::runExport(const QString& path, bool afterPassphrase)
{
    ExportOptions options;
    options.format = selectedFormat();
    options.profile = m_compatibleRadio && m_compatibleRadio->isChecked() ? Pkcs12::WriteProfile::Compatible
                                                                          : Pkcs12::WriteProfile::Modern;
    options.withKey = selectedFormat() == Format::Pkcs12 || needsPassword();
    options.password = m_password;
    options.now = Clock::now();
    const VaultEntry entry = m_entry;
    const auto exportTo = [entry, options, path](Vault* vault) -> Result<QString> {
        auto exported = exportIdentity(entry, options, vault);
        if (!exported)
            return exported.error();
        return writeExport(exported.value(), path);
    };

    m_busy = true;
    m_resultTitle->hide();
    m_resultLabel->hide();
    updateState();
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, afterPassphrase, path] {
        watcher->deleteLater();
        finish(watcher->result(), afterPassphrase, path);
    });
    if (options.withKey) {
        // Decrypting the key needs the vault (and maybe its passphrase); PKCS#12 key derivation is slow on purpose.
        watcher->setFuture(m_access->run<QString>([exportTo](Vault& vault) { return exportTo(&vault); }));
    } else {
        watcher->setFuture(QtConcurrent::run([exportTo] { return exportTo(nullptr); }));
    }
}

void ExportDialog::finish(const Result<QString>& result, bool afterPassphrase, const QString& path)
{
    m_busy = false;
    if (!result &&
        m_access->askForPassphrase(this, result.error(), afterPassphrase) == VaultAccess::PassphraseAnswer::Given) {
        runExport(path, true);
        return;
    }
    m_password.reset();
    const QString shownPath = QDir::toNativeSeparators(path);
    QString message;
    if (result) {
        m_savedPath = result.value();
        if (selectedFormat() == Format::Pkcs12)
            message = tr("Saved the PKCS#12 bundle to “%1”. Keep the password: it is needed to open the file.")
                          .arg(shownPath);
        else if (needsPassword())
            message = tr("Saved the certificate and its encrypted private key to “%1”. Keep the password: it is "
                         "needed to use the key.")
                          .arg(shownPath);
        else if (selectedFormat() == Format::Calendar)
            message = tr("Saved the expiry date, with reminders %1 days before, to “%2”. Open it with your calendar.")
                          .arg(m_entry.thresholds.toString(), shownPath);
        else
            message = tr("Saved to “%1”.").arg(shownPath);
        m_closeButton->setText(tr("Close"));
        m_closeButton->setAccessibleName(tr("Close"));
    } else if (VaultAccess::needsPassphrase(result.error())) {
        message = tr("Not exported: the vault stayed locked, so its private key could not be read. Choose Export "
                     "again and enter the vault passphrase.");
    } else {
        message = result.error().message;
    }
    m_resultTitle->setText(result ? tr("Exported") : tr("Not exported"));
    setWarningColour(m_resultTitle, !result);
    m_resultTitle->show();
    m_resultLabel->setText(message);
    m_resultLabel->setToolTip(result ? QString() : result.error().detail);
    setWarningColour(m_resultLabel, !result);
    m_resultLabel->show();
    updateState();
    if (result)
        emit exported(m_savedPath);
}

} // namespace certdesk::gui
