#pragma once

#include "Result.h"
#include "crypto/Bundle.h"
#include "crypto/SecureBytes.h"
#include "expiry/Expiry.h"
#include "vault/SecretStore.h"
#include "vault/VaultEntry.h"
#include "vault/VaultKey.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace certdesk {

/// How the vault may obtain its data-encryption key, asked only when a private key is sealed or opened.
struct VaultCredentials
{
    /// From --passphrase-file: used instead of the keychain, stretched with scrypt once per run.
    std::optional<SecureBytes> passphrase;
    /// The OS keychain; may be null (then only a passphrase unlocks).
    SecretStore* keychain = nullptr;
};

/// What an import did with one certificate or key.
struct ImportOutcome
{
    enum class Action
    {
        IdentityCreated,    ///< key + certificate arrived together (PKCS#12, PEM with key)
        RequestCompleted,   ///< the certificate for a waiting request arrived
        CertificateUpdated, ///< a newer certificate for a key the vault already had
        AlreadyPresent,     ///< nothing changed
        RequestCreated,     ///< a key with its CSR but no certificate yet
        CertificateKept,    ///< a certificate without a key, kept on request (CA certificates, a colleague's)
        KeyAttached,        ///< the private key for a certificate-only entry arrived
    };
    Action action = Action::AlreadyPresent;
    VaultEntry entry;
    static QString actionId(Action action);
};

struct ImportOptions
{
    /// Keep certificates whose key is not in the vault as certificate-only entries instead of refusing them.
    bool keepCertificatesWithoutKey = false;
};

/// What the vault remembers about reminders for one certificate (by its SHA-256 fingerprint), across runs and
/// processes: the most urgent stage already announced, a snooze, or "don't remind me for this one".
struct ReminderState
{
    int announcedStage = -1;
    QDateTime announced;
    QDateTime snoozedUntil;
    bool muted = false;
};

/// One thing `Vault::check` found wrong, in words, with the entry it concerns (empty for the database itself).
struct VaultProblem
{
    QString entryId;
    QString name;
    QString message;
    QString detail;
};

struct VaultCheckReport
{
    int entries = 0;
    int keysChecked = 0;
    QList<VaultProblem> problems;
    bool healthy() const { return problems.isEmpty(); }
};

/// What an import did with one certificate it was given (each distinct certificate gets exactly one).
struct CertificateOutcome
{
    enum class Disposition
    {
        Entry,   ///< the certificate of entry `entryId` (its ImportOutcome says what changed)
        InChain, ///< kept in the chain of entry `entryId`
        NotKept, ///< not imported: `reason` and `message` say why
    };
    Certificate certificate;
    Disposition disposition = Disposition::NotKept;
    QString entryId;
    /// For NotKept: "no-matching-key", "older-certificate", "damaged".
    QString reason;
    QString message;
    static QString dispositionId(Disposition disposition);
};

struct ImportReport
{
    QList<ImportOutcome> outcomes;
    /// One per distinct certificate of the bundle: the vault's certificates in the order given, then those refused.
    QList<CertificateOutcome> certificates;
    QStringList notes;
    bool changedAnything() const;
};

/// The user's own store: SQLite in a 0700 directory, private keys sealed with AES-256-GCM, every change one
/// transaction. Not thread-safe: one Vault per thread (each opens its own connection; processes may share a vault).
class Vault
{
public:
    /// CERTDESK_VAULT, else the platform's application data directory.
    static QString defaultDirectory();
    static Result<std::unique_ptr<Vault>> open(const QString& directory, VaultCredentials credentials);
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    QString directory() const { return m_directory; }
    QString databasePath() const;

    Result<QList<VaultEntry>> entries() const;
    /// By full ID or a unique prefix of at least 4 characters.
    Result<VaultEntry> find(const QString& idOrPrefix) const;

    /// Stores a new key (sealed) with its CSR as a pending request; `renews` links it to the identity it renews.
    Result<VaultEntry> addRequest(const PrivateKey& key, const CertificateRequest& request, const QString& name,
                                  const QString& renews = {});
    /// Matches certificates to waiting keys, stores identities and their chains; all or nothing.
    Result<ImportReport> importBundle(const Bundle& bundle, const QString& name, const ImportOptions& options = {});
    /// Decrypts the entry's private key (unlocks the vault first if needed).
    Result<PrivateKey> privateKey(const QString& id);
    Result<void> remove(const QString& id);

    /// Remembers that the entry was installed (and verified) in a store; replaces an earlier record for that store.
    Result<void> recordInstallation(const QString& id, const QString& storeId, const QString& storeName,
                                    const QString& nickname);
    Result<void> forgetInstallation(const QString& id, const QString& storeId);

    /// Marks an identity as replaced by its renewal: kept (with its key) but no longer tracked or offered.
    Result<void> archive(const QString& id);

    /// The vault's own reminder days; until the user sets some, the defaults given to setReminderDefaults() (the
    /// organisation policy's: workflows/OpenVault.h), else ReminderThresholds::defaults(). Stored days that cannot
    /// be read are an error.
    Result<ReminderThresholds> reminderThresholds() const;
    /// The days that apply where neither the vault nor an entry has days of its own.
    void setReminderDefaults(const ReminderThresholds& days) { m_reminderDefaults = days; }
    /// Empty `thresholds.days` goes back to the default days.
    Result<void> setReminderThresholds(const ReminderThresholds& thresholds);
    /// Reminder days for one entry; nullopt returns it to the vault's.
    Result<void> setEntryReminderThresholds(const QString& id, const std::optional<ReminderThresholds>& thresholds);

    /// Keyed by the certificate's SHA-256 fingerprint (32 raw bytes).
    Result<QHash<QByteArray, ReminderState>> reminderStates() const;
    /// Records that `stage` is being announced, unless this or a more urgent stage was already announced (by this or
    /// another process), or the certificate is muted or snoozed at `now`. True when the caller should announce.
    Result<bool> claimReminder(const QByteArray& fingerprint, int stage, const QDateTime& now);
    /// Gives back a claim whose announcement could not be shown: `stage` is what was announced before.
    Result<void> releaseReminder(const QByteArray& fingerprint, int stage);
    /// Quiet until `until`; then the current stage is announced again.
    Result<void> snoozeReminder(const QByteArray& fingerprint, const QDateTime& until);
    Result<void> setReminderMuted(const QByteArray& fingerprint, bool muted);

    /// Verifies the whole vault: SQLite's integrity and foreign-key checks, every request, certificate and chain
    /// certificate parses, every private key decrypts (this unlocks the vault) and matches its request and
    /// certificate. Problems are reported per entry; an error means the check itself could not run.
    Result<VaultCheckReport> check();

    /// Unlocks now (normally this happens on first need); useful to fail early or to test credentials.
    Result<void> unlock();

private:
    Vault() = default;
    Result<void> initialise();
    Result<void> createSlots(VaultKey& key);
    Result<VaultEntry> loadEntry(const QString& id) const;
    /// The entries with these IDs, in that order, with a few queries in all (not one per entry).
    Result<QList<VaultEntry>> loadEntries(const QStringList& ids) const;
    /// PKCS#8 of the key, sealed for the entry `id` (requires unlock()).
    Result<QByteArray> sealKey(const PrivateKey& key, const QString& id) const;
    Result<QList<VaultEntry>> query(const QString& where, const QVariantList& bindings) const;

    QString m_directory;
    QString m_connectionName;
    ReminderThresholds m_reminderDefaults = ReminderThresholds::defaults();
    VaultCredentials m_credentials;
    VaultKey m_key;
    /// Certificates importBundle already holds, by DER: query() takes them instead of parsing the DER again.
    QHash<QByteArray, Certificate> m_parsedCertificates;
};

} // namespace certdesk
