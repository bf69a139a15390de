#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace certdesk::test {

/// A finished external process.
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString describe() const; ///< for QVERIFY2 messages
};

/// Runs a program to completion (bounded by `timeoutMs`; killed when over), feeding `input` on stdin.
ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 120000);
/// Runs this build's certdesk-cli on `vault` with a passphrase file. True when it exits 0; otherwise false, with
/// the command and its output logged.
bool runCli(const QString& vault, const QString& passphraseFile, const QStringList& arguments,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
/// Runs `openssl` with the arguments; fails the calling test's expectations through the returned result.
ProcessResult openssl(const QStringList& arguments, const QByteArray& input = {});

/// The entry ID in certdesk-cli's --json answer to request (its "id") or import (its first outcome's entry).
QString jsonId(const QByteArray& json);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

/// A D-Bus session bus of the test's own (dbus-daemon with a private configuration, its socket in `directory`):
/// `serviceDirectory` holds the .service files it may activate; without one, nothing can be activated — no Secret
/// Service, no prompter, and none of the notification daemons the machine may have installed.
class PrivateBus
{
public:
    explicit PrivateBus(const QString& directory, const QString& serviceDirectory = {});
    ~PrivateBus();
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;
    QString address() const { return QString::fromUtf8(m_address); }
    bool isValid() const { return !m_address.isEmpty(); }

private:
    QProcess m_daemon;
    QByteArray m_address;
};

/// A throw-away certificate authority made with the `openssl` command (root + intermediate), for signing CSRs.
class TestCa
{
public:
    /// Creates root and intermediate CA keys and certificates in a temporary directory. Check isValid().
    TestCa();
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString directory() const { return m_dir.path(); }
    QString rootCertPath() const;
    QString intermediateCertPath() const;
    /// Signs a CSR (PEM file) with the intermediate CA, copying the requested extensions. Empty on failure.
    QString sign(const QString& csrPath, int days = 365, const QString& outName = QStringLiteral("leaf.crt"));

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
    QString m_error;
    int m_serial = 1000;
};

} // namespace certdesk::test
