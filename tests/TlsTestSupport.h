#pragma once

#include "TestSupport.h"

#include <QProcess>

namespace certdesk::test {

/// certutil / pk12util with a bounded run time.
ProcessResult nssTool(const QString& tool, const QStringList& arguments, const QByteArray& input = {});

/// A TCP port on 127.0.0.1 nobody listens on right now (bound to port 0, then released).
int freePort();

/// `openssl s_server` demanding a client certificate, killed when this goes out of scope (even on a failed QVERIFY).
class TlsServer
{
public:
    TlsServer(const QString& certPath, const QString& keyPath, const QString& trustedCaFile);
    ~TlsServer();
    TlsServer(const TlsServer&) = delete;
    TlsServer& operator=(const TlsServer&) = delete;

    bool isReady() const { return m_ready; }
    int port() const { return m_port; }
    QByteArray output();

private:
    QProcess m_process;
    QByteArray m_output;
    int m_port = 0;
    bool m_ready = false;
};

/// NSS's own test client, authenticating with the identity `nickname` from the DB, sending one HTTP request.
/// tstclnt spins instead of exiting once its stdin is closed, so stdin stays open: the run ends when the server's
/// page has arrived, when tstclnt exits (a refused handshake), or after 20 s. `exitCode` is 0 only for a full page.
ProcessResult tstclnt(int port, const QString& dbDir, const QString& nickname, const QString& password = {});

} // namespace certdesk::test
