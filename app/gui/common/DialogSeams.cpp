#include "gui/common/DialogSeams.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QQueue>
#include <QVBoxLayout>

namespace certdesk::gui {

namespace {
QQueue<QMessageBox::StandardButton>& nextAnswers()
{
    static QQueue<QMessageBox::StandardButton> answers;
    return answers;
}
QStringList& shownTexts()
{
    static QStringList texts;
    return texts;
}
QQueue<QString>& nextFileNames()
{
    static QQueue<QString> names;
    return names;
}
QQueue<std::optional<QString>>& nextPassphrases()
{
    static QQueue<std::optional<QString>> passphrases;
    return passphrases;
}
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QHash<QMessageBox::StandardButton, QString>& buttonTexts)
{
    shownTexts() << text;
    if (!nextAnswers().isEmpty())
        return nextAnswers().dequeue();
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton* button = box.button(it.key()))
            button->setText(it.value());
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    shownTexts() << text;
    if (!nextAnswers().isEmpty()) {
        nextAnswers().dequeue();
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    shownTexts() << text;
    if (!nextAnswers().isEmpty()) {
        nextAnswers().dequeue();
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers().enqueue(answer);
}

QStringList MessageBox::takeShownTexts()
{
    return std::exchange(shownTexts(), {});
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().dequeue();
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!nextFileNames().isEmpty()) {
        const QString next = nextFileNames().dequeue();
        return next.isEmpty() ? QStringList() : next.split(QLatin1Char('\n'));
    }
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileNames().enqueue(fileName);
}

std::optional<SecureBytes> PassphraseDialog::ask(QWidget* parent, const QString& explanation)
{
    return askSecret(parent, QObject::tr("Vault passphrase"),
                     explanation + QStringLiteral("\n\n") +
                         QObject::tr("Enter the vault passphrase. If this vault has none yet, the passphrase you enter "
                                     "now will protect its keys."),
                     QObject::tr("Vault passphrase"));
}

std::optional<SecureBytes> PassphraseDialog::askSecret(QWidget* parent, const QString& title, const QString& text,
                                                       const QString& fieldName)
{
    if (!nextPassphrases().isEmpty()) {
        const std::optional<QString> next = nextPassphrases().dequeue();
        if (!next)
            return std::nullopt;
        QByteArray bytes = next->toUtf8();
        return SecureBytes::takeFrom(bytes);
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto* edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("secretEdit"));
    edit->setAccessibleName(fieldName);
    edit->setEchoMode(QLineEdit::Password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || edit->text().isEmpty())
        return std::nullopt;
    QByteArray bytes = edit->text().toUtf8();
    edit->clear();
    return SecureBytes::takeFrom(bytes);
}

void PassphraseDialog::setNextPassphrase(const std::optional<QString>& passphrase)
{
    nextPassphrases().enqueue(passphrase);
}

} // namespace certdesk::gui
