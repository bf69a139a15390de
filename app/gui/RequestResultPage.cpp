#include "RequestResultPage.h"

#include "DialogSeams.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk::gui {

RequestResultPage::RequestResultPage(QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Your request is ready"));
    setSubTitle(tr("The private key is in CertDesk's vault. Send the request below to your certificate authority."));

    auto* layout = new QVBoxLayout(this);
    m_csr = new QPlainTextEdit(this);
    m_csr->setObjectName(QStringLiteral("csrText"));
    m_csr->setAccessibleName(tr("Certificate request (PEM)"));
    m_csr->setReadOnly(true);
    m_csr->setTabChangesFocus(true);
    m_csr->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_csr->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wide enough for a whole 64-column PEM line next to the scroll bar, so nothing needs scrolling sideways; tall
    // enough for an EC request without scrolling.
    const QFontMetrics metrics = m_csr->fontMetrics();
    m_csr->setMinimumWidth(metrics.horizontalAdvance(QString(64, QLatin1Char('M'))) + 2 * m_csr->frameWidth() +
                           2 * int(m_csr->document()->documentMargin()) +
                           m_csr->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    m_csr->setMinimumHeight(metrics.lineSpacing() * 12);
    layout->addWidget(m_csr, 1);

    auto* buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("C&opy"), this);
    m_copy->setObjectName(QStringLiteral("copyCsrButton"));
    m_copy->setAccessibleName(tr("Copy the request to the clipboard"));
    m_copy->setAutoDefault(false);
    m_save = new QPushButton(tr("&Save as…"), this);
    m_save->setObjectName(QStringLiteral("saveCsrButton"));
    m_save->setAccessibleName(tr("Save the request to a file"));
    m_save->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resultStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    auto* next = new QLabel(tr("<b>What to do next</b><ol style=\"margin-left: 0; -qt-list-indent: 1;\">"
                               "<li>Send the request to your certificate authority: paste it into their web form, "
                               "or attach the saved file.</li>"
                               "<li>When the authority sends the certificate back, import it into CertDesk "
                               "(File › Import…, or drop the file on the window). CertDesk matches it to this "
                               "key by itself.</li></ol>"),
                            this);
    next->setObjectName(QStringLiteral("nextStepsLabel"));
    next->setWordWrap(true);
    next->setTextFormat(Qt::RichText);
    layout->addWidget(next);

    connect(m_copy, &QPushButton::clicked, this, &RequestResultPage::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &RequestResultPage::saveToFile);
}

void RequestResultPage::setRequest(const QByteArray& pem, const QString& baseName)
{
    m_pem = pem;
    m_baseName = baseName;
    m_csr->setPlainText(QString::fromLatin1(pem));
    m_status->clear();
}

void RequestResultPage::copyToClipboard()
{
    QApplication::clipboard()->setText(QString::fromLatin1(m_pem));
    m_status->setText(tr("Copied to the clipboard."));
}

void RequestResultPage::saveToFile()
{
    // File names from a person's name: keep letters and digits, turn everything else into single dashes.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"));
    QString suggested = m_baseName;
    suggested.replace(unsafe, QStringLiteral("-"));
    suggested = suggested.isEmpty() ? QStringLiteral("request.csr") : suggested + QStringLiteral(".csr");
    QString path =
        FileDialog::getSaveFileName(this, tr("Save the certificate request"), QDir::home().filePath(suggested),
                                    tr("Certificate requests (*.csr *.pem);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csr");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pem) != m_pem.size() || !file.commit()) {
        m_status->setText(tr("CertDesk could not save the request to %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace certdesk::gui
