#pragma once

#include "crypto/CertificateRequest.h"

#include <QWizardPage>

#include <QList>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLineEdit;

namespace certdesk::gui {

class InlineErrorLabel;

/// Step 1 of the request wizard: what the certificate is for, in plain words; experts may pick usages themselves.
class RequestProfilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestProfilePage(QWidget* parent = nullptr);

    Profile profile() const;
    /// Writes the profile (and for the custom profile its key usages and extended key usages) into `options`.
    void applyTo(RequestOptions& options) const;

    bool isComplete() const override;

private:
    QStringList checkedKeyUsages() const;
    QStringList extendedKeyUsages() const;
    void updateCustom();

    QButtonGroup* m_profiles = nullptr;
    QGroupBox* m_custom = nullptr;
    QList<QCheckBox*> m_keyUsages;
    QLineEdit* m_extendedKeyUsage = nullptr;
    InlineErrorLabel* m_customError = nullptr;
};

} // namespace certdesk::gui
