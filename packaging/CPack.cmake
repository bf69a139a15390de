# The Debian package (cpack -G DEB in the build folder, or: cmake --build build --target package).
# Installs to /usr whatever CMAKE_INSTALL_PREFIX the build was configured with; nothing installed names the build
# tree (the systemd unit is written at install time for the prefix it is installed to: see CMakeLists.txt here).
set(CERTDESK_PACKAGE_MAINTAINER "CertDesk maintainers <maintainers@certdesk.org>" CACHE STRING
    "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME certdesk)
set(CPACK_PACKAGE_VENDOR CertDesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${CERTDESK_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop certificate manager for people who are not PKI experts")
# Shown as written by apt and dpkg: lines under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION [[
CertDesk generates your private key on your own machine, builds the
certificate request your organisation's certificate authority needs, and
takes back what it returns (PEM, DER, PKCS#7, PKCS#12), matched to its
waiting key. Keys are kept encrypted under a key held by the system
keychain. It installs certificates into Chromium's and Firefox's NSS
databases, smart cards and the system trust store, reminds you before they
expire (tray, desktop notifications, a daily systemd user timer), renews
them, and explains failed TLS connections with client certificates.
.
This package contains the desktop app (certdesk) and the command-line tool
for scripts and helpdesks (certdesk-cli).]])
# The DEB generator installs with DESTDIR=<staging folder> and CMAKE_INSTALL_PREFIX=/usr, so install-time code sees
# the real prefix. (CPACK_SET_DESTDIR would make that the configured prefix, /usr/local by default.)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CERTDESK_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the programs link: found by dpkg-shlibdeps (Debian package dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What shlibdeps cannot see, because it is loaded at run time: the vault is SQLite through Qt's QSQLITE plugin
# (without it no vault opens at all); QtKeychain dlopen()s libsecret for the Secret Service (without it there is no
# keychain and every vault needs a passphrase); the window, tray and notification icons are SVG (Qt's SVG plugins).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0, libqt6svg6")
# A Secret Service to keep the vault key in (QtKeychain's own choice); pkexec to install CA certificates into the
# system trust store from the app, whose tool update-ca-certificates comes with ca-certificates.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, pkexec, ca-certificates")
# Smart card drivers, registered with p11-kit, for pkcs11: stores.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "opensc-pkcs11")

include(CPack)
