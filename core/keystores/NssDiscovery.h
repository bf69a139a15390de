#pragma once

#include "Result.h"
#include "keystores/KeyStore.h"

#include <QList>
#include <QString>

namespace certdesk {

/// Finds the NSS databases on this machine: Chromium's shared DB and every Firefox profile (classic, Snap and
/// Flatpak installs). The home directory is a parameter so that tests can use a temporary one.
class NssDiscovery
{
public:
    /// The shared DB and all Firefox profiles, in that order. The shared DB is listed even when it does not exist
    /// yet: NssStore creates it on first use, as Chromium would.
    static QList<StoreLocation> discover(const QString& homeDirectory);
    /// `$HOME/.pki/nssdb`, id "nss:<path>".
    static StoreLocation sharedDatabase(const QString& homeDirectory);
    /// Every profile listed in profiles.ini whose directory exists, id "firefox:<profile name>". A profile name
    /// that a previous install already used gets the install as suffix ("firefox:default@snap").
    static QList<StoreLocation> firefoxProfiles(const QString& homeDirectory);
    /// An NSS DB directory given explicitly, id "nss:<absolute dir>".
    static StoreLocation directory(const QString& path);
    /// Maps an id typed on the command line ("nss:DIR", "firefox:NAME") back to its location.
    static Result<StoreLocation> resolve(const QString& id, const QString& homeDirectory);
};

} // namespace certdesk
