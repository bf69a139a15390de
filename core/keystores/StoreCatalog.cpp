#include "keystores/StoreCatalog.h"

#include "keystores/NssDiscovery.h"
#include "keystores/NssStore.h"
#include "keystores/Pkcs11Store.h"
#include "keystores/SystemTrustStore.h"

#include <QObject>

namespace certdesk {

namespace {

Error unknownStore(const QString& spec)
{
    return makeError(ErrorCode::NotFound,
                     QObject::tr("“%1” is not a store CertDesk knows; use nss, nss:DIR, firefox, firefox:PROFILE, "
                                 "system or pkcs11:TOKEN-LABEL (certdesk-cli stores lists them).")
                         .arg(spec),
                     {}, QStringLiteral("no-such-store"));
}

} // namespace

QString StoreCatalog::kindId(StoreLocation::Kind kind)
{
    switch (kind) {
    case StoreLocation::Kind::Nss:
        return QStringLiteral("nss");
    case StoreLocation::Kind::System:
        return QStringLiteral("system");
    case StoreLocation::Kind::Pkcs11:
        return QStringLiteral("pkcs11");
    }
    return {};
}

QList<StoreLocation> StoreCatalog::discover(const QString& homeDirectory, QStringList* notes)
{
    QList<StoreLocation> locations = NssDiscovery::discover(homeDirectory);
    if (auto layout = SystemTrustStore::detect())
        locations << SystemTrustStore(*layout).location();
    auto tokens = Pkcs11Store::discoverTokens();
    if (tokens)
        locations << tokens.value();
    else if (notes)
        *notes << tokens.error().message;
    return locations;
}

Result<StoreLocation> StoreCatalog::resolve(const QString& spec, const QString& homeDirectory)
{
    const QString trimmed = spec.trimmed();
    if (trimmed == QLatin1String("nss"))
        return NssDiscovery::sharedDatabase(homeDirectory);
    if (trimmed == QLatin1String("system")) {
        auto layout = SystemTrustStore::detect();
        if (!layout) {
            return makeError(ErrorCode::NotFound,
                             QObject::tr("This system has no trust store CertDesk knows how to change "
                                         "(neither update-ca-certificates nor update-ca-trust was found)."),
                             {}, QStringLiteral("no-such-store"));
        }
        return SystemTrustStore(*layout).location();
    }
    if (trimmed == QLatin1String("firefox")) {
        const QList<StoreLocation> profiles = NssDiscovery::firefoxProfiles(homeDirectory);
        if (profiles.isEmpty())
            return makeError(ErrorCode::NotFound, QObject::tr("No Firefox profile was found for this user."), {},
                             QStringLiteral("no-such-store"));
        if (profiles.size() > 1) {
            QStringList ids;
            for (const StoreLocation& profile : profiles)
                ids << profile.id;
            return makeError(
                ErrorCode::Usage,
                QObject::tr("There are several Firefox profiles; name one: %1.").arg(ids.join(QStringLiteral(", "))),
                {}, QStringLiteral("ambiguous-store"));
        }
        return profiles.first();
    }
    if (trimmed.startsWith(QLatin1String("nss:")) || trimmed.startsWith(QLatin1String("firefox:")))
        return NssDiscovery::resolve(trimmed, homeDirectory);
    if (trimmed.startsWith(QLatin1String("pkcs11:"))) {
        const QString label = trimmed.mid(7);
        auto tokens = Pkcs11Store::discoverTokens();
        if (!tokens)
            return tokens.error();
        for (const StoreLocation& token : tokens.value()) {
            if (token.tokenLabel == label)
                return token;
        }
        return makeError(ErrorCode::NotFound,
                         QObject::tr("No smart card or token labelled “%1” is present. Insert it, or check the label "
                                     "with certdesk-cli stores.")
                             .arg(label),
                         {}, QStringLiteral("token-not-found"));
    }
    return unknownStore(spec);
}

Result<std::unique_ptr<KeyStore>> StoreCatalog::open(const StoreLocation& location, const StoreCredentials& credentials)
{
    switch (location.kind) {
    case StoreLocation::Kind::Nss:
        return std::unique_ptr<KeyStore>(std::make_unique<NssStore>(location, credentials));
    case StoreLocation::Kind::System: {
        auto layout = SystemTrustStore::detect();
        if (!layout)
            return unknownStore(location.id);
        return std::unique_ptr<KeyStore>(std::make_unique<SystemTrustStore>(*layout));
    }
    case StoreLocation::Kind::Pkcs11: {
        auto store = Pkcs11Store::open(location, credentials);
        if (!store)
            return store.error();
        return std::unique_ptr<KeyStore>(std::move(store).value());
    }
    }
    return unknownStore(location.id);
}

} // namespace certdesk
