#include "workflows/OpenVault.h"

#include "policy/Policy.h"

namespace certdesk {

ReminderThresholds reminderDefaults()
{
    const auto& policy = Policy::active();
    if (policy && policy.value() && policy.value()->reminderDays())
        return *policy.value()->reminderDays();
    return ReminderThresholds::defaults();
}

Result<std::unique_ptr<Vault>> openVault(const QString& directory, VaultCredentials credentials)
{
    auto opened = Vault::open(directory, std::move(credentials));
    if (opened)
        opened.value()->setReminderDefaults(reminderDefaults());
    return opened;
}

} // namespace certdesk
