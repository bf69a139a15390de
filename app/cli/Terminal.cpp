#include "cli/Terminal.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace certdesk::cli {

namespace {

SecureBytes firstLine(QByteArray& bytes)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes[end - 1] == '\r')
        --end;
    QByteArray line = bytes.left(end);
    OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return SecureBytes::takeFrom(line);
}

} // namespace

Result<SecureBytes> readSecretFile(const QString& path, const QString& what, bool emptyAllowed)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::BadInput, QObject::tr("CertDesk cannot read the %1 from standard input.").arg(what));
    } else {
        file.setFileName(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::BadInput, QObject::tr("CertDesk cannot read the %1 file “%2”.").arg(what, path), {},
                             QStringLiteral("unreadable"));
        }
    }
    QByteArray bytes = file.read(64 * 1024);
    SecureBytes secret = firstLine(bytes);
    if (secret.isEmpty() && !emptyAllowed)
        return makeError(ErrorCode::BadInput, QObject::tr("The %1 file “%2” is empty.").arg(what, path), {},
                         QStringLiteral("empty-secret"));
    return secret;
}

namespace {
bool g_promptsForbidden = false;
} // namespace

void forbidPrompts()
{
    g_promptsForbidden = true;
}

bool canPrompt()
{
    return !g_promptsForbidden && ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
}

namespace {
Result<SecureBytes> readHidden(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(static_cast<char>(c));
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    if (line.endsWith('\r'))
        line.chop(1);
    return SecureBytes::takeFrom(line);
}
} // namespace

Result<SecureBytes> promptSecret(const QString& prompt, bool confirm)
{
    // Callers check canPrompt() first and say which option to use instead; this only makes sure nobody is asked.
    if (!canPrompt())
        return makeError(ErrorCode::Usage, QObject::tr("CertDesk cannot ask for a password here."), {},
                         QStringLiteral("cannot-prompt"));
    auto first = readHidden(prompt);
    if (!first)
        return first;
    if (first.value().isEmpty())
        return makeError(ErrorCode::Usage, QObject::tr("No password was entered."), {}, QStringLiteral("empty-secret"));
    if (confirm) {
        auto second = readHidden(QObject::tr("Repeat it: "));
        if (!second)
            return second;
        if (second.value().size() != first.value().size() ||
            CRYPTO_memcmp(first.value().data(), second.value().data(), first.value().size()) != 0)
            return makeError(ErrorCode::Usage, QObject::tr("The two passwords differ; nothing was written."), {},
                             QStringLiteral("password-mismatch"));
    }
    return first;
}

bool promptYesNo(const QString& question)
{
    if (!canPrompt())
        return false;
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    const QString text = QString::fromLocal8Bit(answer).trimmed().toLower();
    return text == QLatin1String("y") || text == QLatin1String("yes");
}

} // namespace certdesk::cli
