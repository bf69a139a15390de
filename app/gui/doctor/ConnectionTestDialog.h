#pragma once

#include "Result.h"
#include "doctor/ConnectionDoctor.h"
#include "vault/VaultEntry.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace certdesk::gui {

class BusyPanel;
class InlineErrorLabel;
class VaultAccess;

/// "Test connection…": a real TLS handshake with one identity against an address (`certdesk-cli doctor`), run off
/// the GUI thread and cancellable, then every finding in plain words with its next step, and "Save report…" for the
/// helpdesk. The address is remembered per identity.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionTestDialog(VaultAccess* access, const VaultEntry& entry, QWidget* parent = nullptr);
    ~ConnectionTestDialog() override;

    /// True from "Test" until the test has finished or noticed its cancellation.
    bool isBusy() const { return m_busy; }
    /// The last finished test; nullopt before one finished.
    const std::optional<DoctorReport>& report() const { return m_report; }

public slots:
    /// Starts a test of the address in the field; ignored while one runs.
    void startTest();
    /// Asks the running test to stop; it returns within a fraction of a second.
    void cancelTest();
    /// Esc while a test runs cancels it; otherwise closes.
    void reject() override;

protected:
    /// Closing the window while a test runs cancels it and closes once it has stopped, without waiting here.
    void closeEvent(QCloseEvent* event) override;

private:
    void run(const DoctorTarget& target, bool afterPassphrase);
    void examine(DoctorOptions options);
    void finish(const Result<DoctorReport>& result);
    void fail(const Error& error);
    void setBusy(bool busy);
    void showReport(const DoctorReport& report);
    void saveReport();
    QWidget* findingWidget(const DoctorFinding& finding);

    VaultAccess* m_access = nullptr;
    VaultEntry m_entry;
    bool m_busy = false;
    bool m_closeWhenStopped = false;
    /// Shared with the worker, which may outlive this dialog by the fraction of a second cancelling takes.
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<DoctorReport> m_report;

    QLineEdit* m_addressEdit = nullptr;
    InlineErrorLabel* m_errorLabel = nullptr;
    BusyPanel* m_busyPanel = nullptr;
    QLabel* m_summary = nullptr;
    QScrollArea* m_findingsArea = nullptr;
    QWidget* m_findings = nullptr;
    QVBoxLayout* m_findingsLayout = nullptr;
    QLabel* m_saveStatus = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace certdesk::gui
