#include "gui/request/CsrView.h"

#include "gui/common/DialogSeams.h"

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

CsrView::CsrView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("csrView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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

    connect(m_copy, &QPushButton::clicked, this, &CsrView::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &CsrView::saveToFile);
}

void CsrView::setRequest(const QByteArray& pem, const QString& baseName)
{
    m_pem = pem;
    m_baseName = baseName;
    m_csr->setPlainText(QString::fromLatin1(pem));
    m_status->clear();
}

void CsrView::copyToClipboard()
{
    QApplication::clipboard()->setText(QString::fromLatin1(m_pem));
    m_status->setText(tr("Copied to the clipboard."));
}

void CsrView::saveToFile()
{
    const SaveOutcome outcome = saveRequest(this, m_pem, m_baseName);
    if (!outcome.message.isEmpty())
        m_status->setText(outcome.message);
}

CsrView::SaveOutcome CsrView::saveRequest(QWidget* parent, const QByteArray& pem, const QString& baseName)
{
    // File names from a person's name: keep letters and digits, turn everything else into single dashes.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"));
    QString suggested = baseName;
    suggested.replace(unsafe, QStringLiteral("-"));
    suggested = suggested.isEmpty() ? QStringLiteral("request.csr") : suggested + QStringLiteral(".csr");
    QString path =
        FileDialog::getSaveFileName(parent, tr("Save the certificate request"), QDir::home().filePath(suggested),
                                    tr("Certificate requests (*.csr *.pem);;All files (*)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csr");
    // A CSR is a few hundred bytes of public data; writing it here does not hold the window up.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        return {false, tr("CertDesk could not save the request to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {true, tr("Saved to %1.").arg(QDir::toNativeSeparators(path))};
}

} // namespace certdesk::gui
