#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace certdesk::gui {

/// A certificate request (PEM) to hand to a certificate authority, with Copy and Save as…: the request wizard's
/// result page and the renewal dialog show a CSR the same way.
class CsrView : public QWidget
{
    Q_OBJECT

public:
    explicit CsrView(QWidget* parent = nullptr);

    /// The request to show; `baseName` suggests the file name for "Save as…".
    void setRequest(const QByteArray& pem, const QString& baseName);
    QByteArray pem() const { return m_pem; }

    /// What saving a request to a file did, in a sentence for the user.
    struct SaveOutcome
    {
        bool saved = false;
        /// Empty when the user cancelled the file dialog.
        QString message;
    };
    /// Asks where to save (through the FileDialog seam), suggesting "<baseName>.csr", and writes `pem` there.
    static SaveOutcome saveRequest(QWidget* parent, const QByteArray& pem, const QString& baseName);

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
