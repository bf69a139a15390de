// The organisation policy file (/etc/xdg/certdesk/policy.json) as an administrator or an MDM writes it: parse, then
// use the policy the way request, renewal, export and the app do.
#include "FuzzSupport.h"

#include "crypto/CertificateRequest.h"
#include "crypto/DistinguishedName.h"
#include "crypto/SubjectAltName.h"
#include "policy/Policy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace certdesk;
    const Result<Policy> policy = Policy::parse(fuzz::bytes(data, size), QStringLiteral("policy.json"));
    if (!policy.ok()) {
        fuzz::require(policy.error().code == ErrorCode::Policy, "a malformed policy is not a policy error");
        fuzz::require(policy.error().message.contains(QStringLiteral("policy.json:")),
                      "a malformed policy's message does not name the file and line");
        return 0;
    }
    const Policy& rules = policy.value();
    fuzz::require(!rules.allowedKeyTypes().isEmpty(), "a policy was accepted that leaves no key type");
    (void)rules.describe();

    // What the policy prints (certdesk-cli policy --json) reads back as the same rules. (A JSON object keeps no
    // order, so the fixed attributes may come back in another order: compared as sets of sentences.)
    QJsonObject printed = rules.toJson();
    printed.remove(QStringLiteral("origin"));
    const Result<Policy> again = Policy::parse(QJsonDocument(printed).toJson(), QStringLiteral("policy.json"));
    fuzz::require(again.ok(), "the printed policy does not parse");
    QStringList before = rules.describe();
    QStringList after = again.value().describe();
    before.sort();
    after.sort();
    fuzz::require(before == after, "the policy changed in a print/parse round trip");

    // A request as a user would make it, completed and checked as the CLI, the wizard and renewal do.
    const Result<DistinguishedName> subject =
        DistinguishedName::parse(QStringLiteral("CN=Alice Example,emailAddress=alice@example.org"));
    fuzz::require(subject.ok(), "the sample subject does not parse");
    const Result<DistinguishedName> completed = rules.completeSubject(subject.value());
    RequestOptions options;
    options.subject = completed.ok() ? completed.value() : subject.value();
    const Result<SubjectAltName> email = SubjectAltName::parse(QStringLiteral("email:alice@example.org"));
    if (email.ok())
        options.sans << email.value();
    for (const KeyType type : rules.allowedKeyTypes()) {
        fuzz::require(rules.allowsKeyType(type), "an allowed key type is refused");
        const std::optional<PolicyViolation> violation = rules.checkRequest(options, type);
        if (violation)
            fuzz::require(!violation->message.isEmpty(), "a rule was broken without a sentence");
    }
    (void)rules.checkCommonName(QStringLiteral("Alice Example"));
    (void)rules.checkEmail(QStringLiteral("alice@example.org"));
    (void)rules.checkPrivateKeyExport();
    (void)rules.isDefaultStore(QStringLiteral("nss"), QStringLiteral("/home/alice"));
    return 0;
}
