#pragma once

#include "crypto/CertificateRequest.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace certdesk::gui {

class InlineErrorLabel;
class RequestProfilePage;

/// Step 2 of the request wizard: the subject name and alternative names, checked as they are typed, with a preview
/// of what the certificate authority will see.
class RequestSubjectPage : public QWizardPage
{
    Q_OBJECT

public:
    /// `profilePage` decides which alternative names are required; it must outlive this page.
    explicit RequestSubjectPage(const RequestProfilePage* profilePage, QWidget* parent = nullptr);

    /// The label the request gets in CertDesk; empty lets the vault use the common name.
    QString requestName() const;
    /// Everything steps 1 and 2 say about the request; complete once isComplete() is true.
    RequestOptions options() const { return m_options; }

    void initializePage() override;
    bool isComplete() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Field
    {
        QString attribute; ///< DistinguishedName attribute type (CN, emailAddress, …)
        QLineEdit* edit = nullptr;
        InlineErrorLabel* error = nullptr;
    };

    Field addField(QFormLayout* form, const QString& label, const QString& attribute, const QString& objectName,
                   const QString& placeholder);
    QLineEdit* fieldEdit(const QString& attribute) const;
    /// The organisation policy's fixed attributes: filled in, read-only, marked "Set by your organisation".
    void applyFixedAttributes();
    void addSanFromEditor();
    void removeSelectedSans();
    void addSanItem(const SubjectAltName& san, bool fromEmailField);
    QListWidgetItem* emailFieldSanItem() const;
    /// Keeps an e-mail alternative name in step with the E-mail field for the e-mail profile.
    void syncEmailSan();
    void revalidate();
    void updatePreview();

    const RequestProfilePage* m_profilePage = nullptr;
    QLineEdit* m_name = nullptr;
    QList<Field> m_fields;
    QComboBox* m_sanType = nullptr;
    QLineEdit* m_sanValue = nullptr;
    QPushButton* m_addSan = nullptr;
    QListWidget* m_sanList = nullptr;
    QPushButton* m_removeSan = nullptr;
    InlineErrorLabel* m_sanError = nullptr;
    QLabel* m_requirement = nullptr;
    QLabel* m_privacyNote = nullptr;
    QPlainTextEdit* m_preview = nullptr;

    RequestOptions m_options;
    bool m_complete = false;
    /// The user removed the alternative name taken from the E-mail field; do not add it back behind their back.
    bool m_emailSanDismissed = false;
};

} // namespace certdesk::gui
