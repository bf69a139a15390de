#include "cli/CliArguments.h"

#include <QObject>

namespace certdesk::cli {

namespace {

struct OptionSpec
{
    const char* name;
    bool takesValue;
    bool repeatable;
};

struct CommandSpec
{
    const char* name;
    int minPositional;
    int maxPositional; // -1: unbounded
    std::initializer_list<OptionSpec> options;
};

const CommandSpec kCommands[] = {
    {"request", 0, 0,
     {{"subject", true, false},
      {"san", true, true},
      {"profile", true, false},
      {"key-usage", true, false},
      {"eku", true, false},
      {"key-type", true, false},
      {"name", true, false},
      {"out", true, false}}},
    {"import", 1, -1,
     {{"password-file", true, false},
      {"name", true, false},
      {"keep-without-key", false, false},
      {"replace", false, false},
      {"store-password-file", true, false},
      {"install", true, true}}},
    {"list", 0, 0,
     {{"pending", false, false}, {"expiring", true, false}, {"all-stores", false, false}, {"format", true, false}}},
    {"show", 1, 1, {{"password-file", true, false}}},
    {"export", 1, 1,
     {{"format", true, false},
      {"p12-profile", true, false},
      {"password-file", true, false},
      {"with-key", false, false},
      {"out", true, false}}},
    {"delete", 1, 1, {{"yes", false, false}}},
    {"stores", 0, 0, {}},
    {"install", 1, 1, {{"store", true, true}, {"store-password-file", true, false}}},
    {"uninstall", 1, 1, {{"store", true, true}, {"store-password-file", true, false}}},
    {"remind", 0, 0,
     {{"notify", false, false},
      {"wait", true, false},
      {"no-stores", false, false},
      {"snooze", true, false},
      {"snooze-days", true, false},
      {"mute", true, false},
      {"unmute", true, false},
      {"set-days", true, false},
      {"entry", true, false}}},
    {"renew", 1, 1, {{"key-type", true, false}, {"out", true, false}}},
    {"replace", 1, 1, {{"store-password-file", true, false}}},
    {"doctor", 1, 1,
     {{"identity", true, false}, {"report", true, false}, {"timeout", true, false}, {"ca-file", true, false}}},
    {"check", 0, 0, {}},
    {"policy", 0, 0, {}},
    {"help", 0, 1, {}},
};

const CommandSpec* findCommand(const QString& name)
{
    for (const CommandSpec& spec : kCommands) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

Error usage(const QString& message)
{
    return makeError(ErrorCode::Usage, message, {}, QStringLiteral("usage"));
}

} // namespace

Result<CliArguments> CliArguments::parse(const QStringList& arguments)
{
    CliArguments parsed;
    const CommandSpec* command = nullptr;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments[i];
        if (onlyPositional || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            if (!command) {
                command = findCommand(argument);
                if (!command) {
                    return usage(QObject::tr("“%1” is not a certdesk-cli command; run certdesk-cli --help to see them.")
                                     .arg(argument));
                }
                parsed.command = argument;
            } else {
                parsed.positional << argument;
            }
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); argument.startsWith(QLatin1String("--")) && equals > 0) {
            value = argument.mid(equals + 1);
            argument = argument.left(equals);
            hasInlineValue = true;
        }
        auto takeValue = [&](const QString& name) -> Result<QString> {
            if (hasInlineValue)
                return value;
            if (i + 1 >= arguments.size())
                return usage(QObject::tr("%1 needs a value.").arg(name));
            return arguments[++i];
        };
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            parsed.help = true;
        } else if (argument == QLatin1String("--version")) {
            parsed.version = true;
        } else if (argument == QLatin1String("--json")) {
            parsed.json = true;
        } else if (argument == QLatin1String("--non-interactive")) {
            parsed.nonInteractive = true;
        } else if (argument == QLatin1String("--vault") || argument == QLatin1String("--passphrase-file")) {
            auto taken = takeValue(argument);
            if (!taken)
                return taken.error();
            (argument == QLatin1String("--vault") ? parsed.vault : parsed.passphraseFile) = taken.value();
        } else {
            const OptionSpec* option = nullptr;
            if (command && argument.startsWith(QLatin1String("--"))) {
                for (const OptionSpec& candidate : command->options) {
                    if (argument.mid(2) == QLatin1String(candidate.name))
                        option = &candidate;
                }
            }
            if (!option) {
                return usage(command ? QObject::tr("“%1” is not an option of %2; run certdesk-cli %2 --help.")
                                           .arg(argument, parsed.command)
                                     : QObject::tr("“%1” is not a global option; run certdesk-cli --help.").arg(argument));
            }
            const QString name = QString::fromLatin1(option->name);
            if (parsed.options.contains(name) && !option->repeatable)
                return usage(QObject::tr("%1 is given twice.").arg(argument));
            if (option->takesValue) {
                auto taken = takeValue(argument);
                if (!taken)
                    return taken.error();
                parsed.options[name] << taken.value();
            } else {
                if (hasInlineValue)
                    return usage(QObject::tr("%1 takes no value.").arg(argument));
                parsed.options[name] << QStringLiteral("1");
            }
        }
    }
    if (parsed.help || parsed.version)
        return parsed;
    // Standard input holds one secret: a second "-" would read nothing and fail later, less clearly.
    int secretsFromStandardInput = parsed.passphraseFile == QLatin1String("-") ? 1 : 0;
    for (auto option = parsed.options.cbegin(); option != parsed.options.cend(); ++option) {
        if (option.key().contains(QLatin1String("password")) && option.value().contains(QStringLiteral("-")))
            ++secretsFromStandardInput;
    }
    if (secretsFromStandardInput > 1)
        return usage(QObject::tr("Only one password can come from standard input (\"-\"); give the others in files."));
    if (!command)
        return usage(QObject::tr("No command given; run certdesk-cli --help to see them."));
    const auto count = parsed.positional.size();
    if (count < command->minPositional)
        return usage(QObject::tr("%1 needs more arguments; run certdesk-cli %1 --help.").arg(parsed.command));
    if (command->maxPositional >= 0 && count > command->maxPositional)
        return usage(QObject::tr("%1 does not take the argument “%2”.").arg(parsed.command, parsed.positional.last()));
    return parsed;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec& command : kCommands)
        names << QString::fromLatin1(command.name);
    return names;
}

QStringList knownOptions()
{
    QStringList names{QStringLiteral("--vault"), QStringLiteral("--passphrase-file"), QStringLiteral("--json"),
                      QStringLiteral("--non-interactive"), QStringLiteral("--help"), QStringLiteral("--version")};
    for (const CommandSpec& command : kCommands) {
        for (const OptionSpec& option : command.options) {
            const QString name = QStringLiteral("--") + QLatin1String(option.name);
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

QString usageText(const QString& command)
{
    const QString global = QObject::tr(
        "Usage: certdesk-cli [--vault DIR] [--passphrase-file FILE] [--json] [--non-interactive] COMMAND ...\n\n"
        "Global options:\n"
        "  --vault DIR              the vault folder (default: $CERTDESK_VAULT or ~/.local/share/certdesk)\n"
        "  --passphrase-file FILE   protect the vault's keys with this passphrase instead of the system keychain\n"
        "                           (\"-\" reads it from standard input)\n"
        "  --json                   print exactly one JSON document on standard output\n"
        "  --non-interactive        never ask anything (password, PIN, confirmation) or wait for a person: what\n"
        "                           would be asked is an error naming the option that gives it. Without a\n"
        "                           terminal on standard input nothing is asked either.\n"
        "  --version, --help\n\n"
        "Passwords, passphrases and PINs are only read from files (FILE, or \"-\" for standard input, once per\n"
        "run) or the system keychain, never from the command line, where other users could see them.\n\n");
    const QString commands = QObject::tr(
        "Commands:\n"
        "  request --subject DN [--san TYPE:VALUE]... [--profile client|email|server|custom]\n"
        "          [--key-usage NAME,...] [--eku NAME|OID,...]   (custom profile only)\n"
        "          [--key-type ec-p256|ec-p384|rsa-2048|rsa-3072|rsa-4096|ed25519] [--name LABEL] [--out FILE]\n"
        "      Generate a key in the vault and write the certificate request (PEM) for your CA.\n"
        "      DN is RFC 4514 text (CN=Alice Example,O=Example Corp,C=DE); TYPE is dns, email, uri, ip or upn.\n"
        "  import FILE... [--password-file FILE] [--name LABEL] [--keep-without-key]\n"
        "         [--replace] [--install STORE[,STORE...]] [--store-password-file FILE]\n"
        "      Import what the CA sent back (PEM, DER, PKCS#7, PKCS#12) and match it to its waiting key;\n"
        "      --keep-without-key keeps certificates with no key in the vault (CA certificates, a colleague's);\n"
        "      --replace puts a renewed certificate wherever the one it renews is installed (see replace);\n"
        "      --install then puts the imported identity into each store, as install does, and checks it. The\n"
        "      stores are checked to exist first. Exits 0 only when the import and every install succeeded; when\n"
        "      the import succeeded but a store failed, the identity stays in the vault and the exit code is 4\n"
        "      (--json: \"installs\" has the result of every store).\n"
        "  list [--pending] [--expiring DAYS] [--all-stores] [--format text|csv]\n"
        "      List requests and identities. --all-stores adds every certificate with its private key in the\n"
        "      stores on this computer (Chromium/Firefox NSS databases, smart cards, and every store the vault\n"
        "      installed into): one row per certificate with its vault ID (empty when it is only in stores), the\n"
        "      stores it is in, expiry, days left and status; stores that cannot be read are notes (standard\n"
        "      error, or \"notes\" in JSON). --format csv: RFC 4180 with a header row, ISO 8601 dates in UTC.\n"
        "  show ID|FILE [--password-file FILE]\n"
        "      Show an entry of the vault, or what a file holds.\n"
        "  export ID --format pem|der|chain|p12|ics [--p12-profile modern|compatible] [--password-file FILE]\n"
        "         [--with-key] [--out FILE]\n"
        "      Export a certificate, its chain, or (p12, or --with-key) the key encrypted with a password;\n"
        "      ics is a calendar file with the expiry and an alarm at every reminder day.\n"
        "  delete ID [--yes]\n"
        "      Delete an entry and its private key.\n"
        "  stores\n"
        "      Every store found: Chromium's NSS database, Firefox profiles, the system trust store, smart cards.\n"
        "  install ID|CA-FILE [--store STORE[,STORE...]] [--store-password-file FILE]\n"
        "  uninstall ID|CA-FILE --store STORE[,STORE...] [--store-password-file FILE]\n"
        "      Put an identity (or a CA certificate) into stores, or take it out, and check the result.\n"
        "      STORE is nss, nss:DIR, firefox, firefox:PROFILE, system or pkcs11:TOKEN-LABEL; the store password\n"
        "      file holds an NSS database password or a smart card PIN. Without --store, install uses the\n"
        "      stores your organisation's policy names.\n"
        "  remind [--notify [--wait SECONDS]] [--no-stores]\n"
        "      What expires soon, in the vault and in the stores; --notify sends each reminder to the desktop once\n"
        "      per threshold and waits (default 300 s, 0: no buttons) for \"Renew…\" or \"Remind me tomorrow\".\n"
        "  remind --snooze ID|FINGERPRINT [--snooze-days N] | --mute ID|FINGERPRINT | --unmute ID|FINGERPRINT\n"
        "  remind --set-days DAYS,... [--entry ID]     (DAYS like 30,14,7,3,1; \"default\" resets)\n"
        "      Quiet one certificate for a while or for good; choose the reminder days (all, or one entry).\n"
        "  check\n"
        "      Verify the vault: the database file, every request and certificate, and that every private key\n"
        "      decrypts and matches them. Exits 4 and names each problem when something is wrong.\n"
        "  renew ID [--key-type TYPE] [--out FILE]\n"
        "      A new key and a request with the same subject, names and profile, linked to the identity.\n"
        "  replace ID [--store-password-file FILE]\n"
        "      Put a renewed identity wherever the one it renews is installed, check it, remove the old one\n"
        "      there, and archive the old one in the vault.\n"
        "  doctor URL|HOST:PORT [--identity ID] [--report FILE] [--timeout SECONDS] [--ca-file FILE]\n"
        "      Test a TLS connection, with an identity's certificate, and explain in plain words what went wrong\n"
        "      and what to do; --report writes a report without keys or passwords for your helpdesk, --ca-file\n"
        "      trusts a private CA for the server's certificate, --timeout bounds each step (default 10 s).\n"
        "      Exits 0 when the connection works, 2 for a certificate problem (yours or the server's, or the\n"
        "      application refusing your certificate: HTTP 401/403), 3 when the server cannot be reached or TLS\n"
        "      fails for another reason.\n"
        "  policy\n"
        "      The organisation policy in force (/etc/xdg/certdesk/policy.json, or $CERTDESK_POLICY) and its rules.\n\n"
        "Exit codes: 0 success, 1 usage error, 2 bad input, 3 not found, 4 keychain or store failure, 5 refused by policy.\n"
        "A question that cannot be asked (--non-interactive, or no terminal) becomes an error naming the option\n"
        "that answers it: a PKCS#12 or key file's password exits 2 (the file cannot be read without it), a new\n"
        "password for export or a delete confirmation exits 1 (--password-file, --yes), a store password or PIN\n"
        "exits 4 (--store-password-file).\n");
    Q_UNUSED(command);
    return global + commands;
}

} // namespace certdesk::cli
