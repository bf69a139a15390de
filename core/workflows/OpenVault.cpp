#include "workflows/OpenVault.h"

#include "policy/Policy.h"

namespace certdesk {

ReminderDefaults ReminderDefaults::current()
{
    ReminderDefaults defaults{ReminderThresholds::defaults(), std::nullopt};
    const auto& policy = Policy::active();
    if (!policy)
        defaults.policyProblem = policy.error();
    else if (policy.value() && policy.value()->reminderDays())
        defaults.days = *policy.value()->reminderDays();
    return defaults;
}

Result<std::unique_ptr<Vault>> openVault(const QString& directory, VaultCredentials credentials)
{
    auto opened = Vault::open(directory, std::move(credentials));
    if (opened)
        opened.value()->setReminderDefaults(ReminderDefaults::current().days);
    return opened;
}

} // namespace certdesk
