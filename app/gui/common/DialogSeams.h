#pragma once

#include "crypto/SecureBytes.h"

#include <QHash>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace certdesk::gui {

/// Modal questions go through here so that tests can answer them in advance instead of hanging on a modal:
/// with an answer queued by setNextAnswer(), no dialog is shown and that answer is returned.
class MessageBox
{
public:
    /// `buttonTexts` renames standard buttons ("Delete" instead of "Discard") so that answers say what they do.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const QHash<QMessageBox::StandardButton, QString>& buttonTexts = {});
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& detail = {});
    static void information(QWidget* parent, const QString& title, const QString& text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The texts of the questions and messages shown (or answered by a seam) since the last call; for tests.
    static QStringList takeShownTexts();
};

/// File choosers behind a seam: setNextFileName() queues an answer (an empty string means "cancelled").
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter);
    static void setNextFileName(const QString& fileName);
};

/// Asks for the vault passphrase when no keychain answers; setNextPassphrase() answers it in tests.
class PassphraseDialog
{
public:
    /// Empty optional when the user cancels. `explanation` says why the keychain could not be used.
    static std::optional<SecureBytes> ask(QWidget* parent, const QString& explanation);
    /// Asks for a store's password or a token's PIN the same way (and answered by the same seam): `text` says which
    /// store and why, `fieldName` names the field ("PIN for …").
    static std::optional<SecureBytes> askSecret(QWidget* parent, const QString& title, const QString& text,
                                                const QString& fieldName);
    static void setNextPassphrase(const std::optional<QString>& passphrase);
};

} // namespace certdesk::gui
