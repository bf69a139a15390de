#pragma once

#include <QDialog>

class QComboBox;

namespace certdesk::gui {

/// File › Settings…: preferences that are not about one certificate. For now the language, which applies the next
/// time CertDesk starts (widgets built in one language do not all retranslate themselves).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Stores the choices in QSettings; called on OK.
    void save() const;

private:
    QComboBox* m_languageCombo = nullptr;
};

} // namespace certdesk::gui
