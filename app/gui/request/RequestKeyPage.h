#pragma once

#include "crypto/KeyType.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace certdesk::gui {

class InlineErrorLabel;

/// Step 3 of the request wizard: the key type (EC P-256 unless an expert opens "Advanced"), and the busy state while
/// the key and request are created and stored. The wizard does the work; this page shows it.
class RequestKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        Ready,    ///< waiting for "Create request"
        Creating, ///< key generation and CSR signing run off the GUI thread
        Storing,  ///< the vault seals and stores the key
        Created,  ///< stored; the wizard may move on to the result
    };

    explicit RequestKeyPage(QWidget* parent = nullptr);

    KeyType keyType() const;
    State state() const { return m_state; }
    void setState(State state);
    /// Shows why the last attempt failed (empty clears it); `detail` is OpenSSL's or the keychain's own text.
    void setError(const QString& message, const QString& detail = {});
    /// A neutral line under the busy indicator ("Stopped; nothing was stored.").
    void setStatus(const QString& text);

    bool isComplete() const override;
    /// Starts the work (returns false) until the request is stored; then lets the wizard move on.
    bool validatePage() override;

signals:
    void createRequested(KeyType type);
    void stopRequested();

private:
    void setAdvancedShown(bool shown);

    State m_state = State::Ready;
    QButtonGroup* m_keyTypes = nullptr;
    QToolButton* m_advancedButton = nullptr;
    QWidget* m_advanced = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_stop = nullptr;
    InlineErrorLabel* m_error = nullptr;
};

} // namespace certdesk::gui
