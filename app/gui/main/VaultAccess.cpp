#include "gui/main/VaultAccess.h"

#include "gui/common/DialogSeams.h"

namespace certdesk::gui {

VaultAccess::PassphraseAnswer VaultAccess::askForPassphrase(QWidget* parent, const Error& error, bool alreadyAsked)
{
    if (!needsPassphrase(error))
        return PassphraseAnswer::NotNeeded;
    if (alreadyAsked) {
        forgetPassphrase();
        return PassphraseAnswer::DidNotOpen;
    }
    std::optional<SecureBytes> passphrase = PassphraseDialog::ask(parent, error.message);
    if (!passphrase)
        return PassphraseAnswer::Declined;
    setPassphrase(std::move(*passphrase));
    return PassphraseAnswer::Given;
}

} // namespace certdesk::gui
