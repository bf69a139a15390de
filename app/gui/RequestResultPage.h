#pragma once

#include <QByteArray>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace certdesk::gui {

/// Step 4 of the request wizard: the CSR to hand to the certificate authority, and what happens next.
class RequestResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestResultPage(QWidget* parent = nullptr);

    /// The request to show; `baseName` suggests the file name for "Save as…".
    void setRequest(const QByteArray& pem, const QString& baseName);
    QByteArray pem() const { return m_pem; }

private:
    void copyToClipboard();
    void saveToFile();

    QByteArray m_pem;
    QString m_baseName;
    QPlainTextEdit* m_csr = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace certdesk::gui
