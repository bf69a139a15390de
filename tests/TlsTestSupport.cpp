#include "TlsTestSupport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace certdesk::test {

namespace {

constexpr int kToolTimeoutMs = 30000;

} // namespace

ProcessResult nssTool(const QString& tool, const QStringList& arguments, const QByteArray& input)
{
    return runProcess(tool, arguments, input, QProcessEnvironment::systemEnvironment(), kToolTimeoutMs);
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

TlsServer::TlsServer(const QString& certPath, const QString& keyPath, const QString& trustedCaFile)
{
    m_port = freePort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("openssl"),
                    {"s_server", "-accept", QStringLiteral("127.0.0.1:%1").arg(m_port), "-cert", certPath, "-key",
                     keyPath, "-Verify", "1", "-CAfile", trustedCaFile, "-verify_return_error", "-www"});
    if (!m_process.waitForStarted(10000))
        return;
    for (int waited = 0; waited < 10000 && !m_output.contains("ACCEPT"); waited += 100) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
        if (m_process.state() != QProcess::Running)
            return;
    }
    m_ready = m_output.contains("ACCEPT");
}

TlsServer::~TlsServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QByteArray TlsServer::output()
{
    return m_output += m_process.readAll();
}

ProcessResult tstclnt(int port, const QString& dbDir, const QString& nickname, const QString& password)
{
    QStringList arguments{"-h", "127.0.0.1", "-p", QString::number(port), "-d", "sql:" + dbDir,
                          "-n", nickname,    "-V", "tls1.2:tls1.3",       "-o"};
    if (!password.isEmpty())
        arguments << "-w" << password;
    QProcess process;
    process.start(QStringLiteral("tstclnt"), arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write("GET / HTTP/1.0\r\n\r\n");
    for (int waited = 0; waited < 20000 && process.state() == QProcess::Running; waited += 100) {
        process.waitForFinished(100);
        result.out += process.readAllStandardOutput();
        if (result.out.contains("</HTML>") || result.out.contains("</html>"))
            break;
    }
    const bool exited = process.state() != QProcess::Running;
    if (!exited) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out += process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    const bool fullPage = result.out.contains("200 ok") && result.out.toLower().contains("</html>");
    result.exitCode = exited ? process.exitCode() : (fullPage ? 0 : -1);
    if (exited && result.exitCode == 0 && !fullPage)
        result.exitCode = -1;
    return result;
}

} // namespace certdesk::test
