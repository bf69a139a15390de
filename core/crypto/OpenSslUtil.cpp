#include "crypto/OpenSslUtil.h"

#include <openssl/err.h>

#include <QStringList>

namespace certdesk::ossl {

QString drainErrors()
{
    QStringList lines;
    char buffer[256];
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        lines << QString::fromLatin1(buffer);
    }
    return lines.join(QStringLiteral("; "));
}

UniquePtr<BIO> memoryBio(const QByteArray& bytes)
{
    return UniquePtr<BIO>(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

UniquePtr<BIO> memoryBio()
{
    return UniquePtr<BIO>(BIO_new(BIO_s_mem()));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, length) : QByteArray();
}

int lastErrorReason()
{
    return ERR_GET_REASON(ERR_peek_last_error());
}

} // namespace certdesk::ossl
