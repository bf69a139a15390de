#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace certdesk::test {

QString ProcessResult::describe() const
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input,
                         const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool runCli(const QString& vault, const QString& passphraseFile, const QStringList& arguments,
            const QProcessEnvironment& environment)
{
    const ProcessResult result =
        runProcess(QStringLiteral(CERTDESK_CLI_PATH),
                   QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--passphrase-file"), passphraseFile} +
                       arguments,
                   {}, environment);
    if (result.exitCode != 0 || result.crashed) {
        qWarning("certdesk-cli %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(result.describe()));
        return false;
    }
    return true;
}

ProcessResult openssl(const QStringList& arguments, const QByteArray& input)
{
    return runProcess(QStringLiteral("openssl"), arguments, input);
}

QString jsonId(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.contains(QStringLiteral("id")))
        return object.value(QStringLiteral("id")).toString();
    return object.value(QStringLiteral("outcomes"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("entry"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

TestCa::TestCa()
{
    const QString d = m_dir.path() + QLatin1Char('/');
    writeFile(d + QStringLiteral("ca.ext"),
              "[v3_ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
              "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n");
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), d + QStringLiteral("root.key"), QStringLiteral("-out"), d + QStringLiteral("root.crt"),
         QStringLiteral("-subj"), QStringLiteral("/O=CertDesk Test/CN=CertDesk Test Root CA"), QStringLiteral("-days"),
         QStringLiteral("3650"), QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), d + QStringLiteral("intermediate.key"), QStringLiteral("-out"),
         d + QStringLiteral("intermediate.csr"), QStringLiteral("-subj"),
         QStringLiteral("/O=CertDesk Test/CN=CertDesk Test Issuing CA")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("intermediate.csr"),
         QStringLiteral("-CA"), d + QStringLiteral("root.crt"), QStringLiteral("-CAkey"), d + QStringLiteral("root.key"),
         QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("3650"),
         QStringLiteral("-extfile"), d + QStringLiteral("ca.ext"), QStringLiteral("-extensions"), QStringLiteral("v3_ca"),
         QStringLiteral("-out"), d + QStringLiteral("intermediate.crt")},
    };
    for (const QStringList& step : steps) {
        const ProcessResult result = openssl(step);
        if (result.exitCode != 0) {
            m_error = result.describe();
            return;
        }
    }
    m_valid = true;
}

QString TestCa::rootCertPath() const
{
    return m_dir.path() + QStringLiteral("/root.crt");
}

QString TestCa::intermediateCertPath() const
{
    return m_dir.path() + QStringLiteral("/intermediate.crt");
}

QString TestCa::sign(const QString& csrPath, int days, const QString& outName)
{
    const QString d = m_dir.path() + QLatin1Char('/');
    const QString out = d + outName;
    const ProcessResult result = openssl(
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrPath, QStringLiteral("-CA"),
         d + QStringLiteral("intermediate.crt"), QStringLiteral("-CAkey"), d + QStringLiteral("intermediate.key"),
         QStringLiteral("-set_serial"), QString::number(++m_serial), QStringLiteral("-days"), QString::number(days),
         QStringLiteral("-copy_extensions"), QStringLiteral("copyall"), QStringLiteral("-out"), out});
    if (result.exitCode != 0) {
        m_error = result.describe();
        return {};
    }
    return out;
}

PrivateBus::PrivateBus(const QString& directory, const QString& serviceDirectory)
{
    QDir().mkpath(directory);
    const QString config = directory + QStringLiteral("/bus.conf");
    QByteArray text =
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
        "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n<busconfig><type>session</type>"
        "<listen>unix:dir=" +
        QFile::encodeName(directory) + "</listen>";
    if (!serviceDirectory.isEmpty())
        text += "<servicedir>" + QFile::encodeName(serviceDirectory) + "</servicedir>";
    text += "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
            "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n";
    writeFile(config, text);
    m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config,
                                                   QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    for (int waited = 0; waited < 10000 && !m_address.contains('\n'); waited += 50) {
        m_daemon.waitForReadyRead(50);
        m_address += m_daemon.readAllStandardOutput();
    }
    m_address = m_address.trimmed();
}

PrivateBus::~PrivateBus()
{
    m_daemon.kill();
    m_daemon.waitForFinished(5000);
}

} // namespace certdesk::test
