#include "gui/request/RequestResultPage.h"

#include "gui/request/CsrView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace certdesk::gui {

RequestResultPage::RequestResultPage(QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Your request is ready"));
    setSubTitle(tr("The private key is in CertDesk's vault. Send the request below to your certificate authority."));

    auto* layout = new QVBoxLayout(this);
    m_csr = new CsrView(this);
    layout->addWidget(m_csr, 1);

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
}

void RequestResultPage::setRequest(const QByteArray& pem, const QString& baseName)
{
    m_csr->setRequest(pem, baseName);
}

QByteArray RequestResultPage::pem() const
{
    return m_csr->pem();
}

} // namespace certdesk::gui
