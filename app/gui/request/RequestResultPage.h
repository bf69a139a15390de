#pragma once

#include <QByteArray>
#include <QWizardPage>

namespace certdesk::gui {

class CsrView;

/// Step 4 of the request wizard: the CSR to hand to the certificate authority, and what happens next.
class RequestResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestResultPage(QWidget* parent = nullptr);

    /// The request to show; `baseName` suggests the file name for "Save as…".
    void setRequest(const QByteArray& pem, const QString& baseName);
    QByteArray pem() const;

private:
    CsrView* m_csr = nullptr;
};

} // namespace certdesk::gui
