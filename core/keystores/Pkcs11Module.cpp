#include "keystores/Pkcs11Module.h"

#include <QObject>

#include <cstdlib>

namespace certdesk {

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::load(const QString& path)
{
    const QByteArray encoded = path.toLocal8Bit();
    CK_FUNCTION_LIST* functions = p11_kit_module_load(encoded.constData(), 0);
    if (!functions) {
        const char* message = p11_kit_message();
        return makeError(ErrorCode::Keystore,
                         QObject::tr("CertDesk could not load the smart card driver “%1”. Check that the driver for "
                                     "your card is installed, or ask your helpdesk which one it needs.")
                             .arg(path),
                         message ? QString::fromUtf8(message) : QString(), QStringLiteral("module-load-failed"));
    }
    const CK_RV rv = p11_kit_module_initialize(functions);
    if (rv != CKR_OK) {
        p11_kit_module_release(functions);
        return makeError(ErrorCode::Keystore,
                         QObject::tr("The smart card driver “%1” did not start. Check that the card reader is "
                                     "connected and its service (pcscd) is running, then try again.")
                             .arg(path),
                         ckrName(rv), QStringLiteral("module-init-failed"));
    }
    return std::shared_ptr<Pkcs11Module>(new Pkcs11Module(functions, path));
}

Pkcs11Module::~Pkcs11Module()
{
    p11_kit_module_finalize(m_functions);
    p11_kit_module_release(m_functions);
}

QString ckrName(CK_RV rv)
{
    switch (rv) {
#define CERTDESK_CKR(name)                                                                                             \
    case name:                                                                                                         \
        return QStringLiteral(#name);
        CERTDESK_CKR(CKR_OK)
        CERTDESK_CKR(CKR_CANCEL)
        CERTDESK_CKR(CKR_HOST_MEMORY)
        CERTDESK_CKR(CKR_SLOT_ID_INVALID)
        CERTDESK_CKR(CKR_GENERAL_ERROR)
        CERTDESK_CKR(CKR_FUNCTION_FAILED)
        CERTDESK_CKR(CKR_ARGUMENTS_BAD)
        CERTDESK_CKR(CKR_ATTRIBUTE_READ_ONLY)
        CERTDESK_CKR(CKR_ATTRIBUTE_SENSITIVE)
        CERTDESK_CKR(CKR_ATTRIBUTE_TYPE_INVALID)
        CERTDESK_CKR(CKR_ATTRIBUTE_VALUE_INVALID)
        CERTDESK_CKR(CKR_DATA_INVALID)
        CERTDESK_CKR(CKR_DATA_LEN_RANGE)
        CERTDESK_CKR(CKR_DEVICE_ERROR)
        CERTDESK_CKR(CKR_DEVICE_MEMORY)
        CERTDESK_CKR(CKR_DEVICE_REMOVED)
        CERTDESK_CKR(CKR_FUNCTION_NOT_SUPPORTED)
        CERTDESK_CKR(CKR_KEY_HANDLE_INVALID)
        CERTDESK_CKR(CKR_KEY_SIZE_RANGE)
        CERTDESK_CKR(CKR_KEY_TYPE_INCONSISTENT)
        CERTDESK_CKR(CKR_KEY_FUNCTION_NOT_PERMITTED)
        CERTDESK_CKR(CKR_MECHANISM_INVALID)
        CERTDESK_CKR(CKR_MECHANISM_PARAM_INVALID)
        CERTDESK_CKR(CKR_OBJECT_HANDLE_INVALID)
        CERTDESK_CKR(CKR_OPERATION_ACTIVE)
        CERTDESK_CKR(CKR_OPERATION_NOT_INITIALIZED)
        CERTDESK_CKR(CKR_PIN_INCORRECT)
        CERTDESK_CKR(CKR_PIN_INVALID)
        CERTDESK_CKR(CKR_PIN_LEN_RANGE)
        CERTDESK_CKR(CKR_PIN_EXPIRED)
        CERTDESK_CKR(CKR_PIN_LOCKED)
        CERTDESK_CKR(CKR_SESSION_CLOSED)
        CERTDESK_CKR(CKR_SESSION_COUNT)
        CERTDESK_CKR(CKR_SESSION_HANDLE_INVALID)
        CERTDESK_CKR(CKR_SESSION_READ_ONLY)
        CERTDESK_CKR(CKR_SIGNATURE_INVALID)
        CERTDESK_CKR(CKR_TEMPLATE_INCOMPLETE)
        CERTDESK_CKR(CKR_TEMPLATE_INCONSISTENT)
        CERTDESK_CKR(CKR_TOKEN_NOT_PRESENT)
        CERTDESK_CKR(CKR_TOKEN_NOT_RECOGNIZED)
        CERTDESK_CKR(CKR_TOKEN_WRITE_PROTECTED)
        CERTDESK_CKR(CKR_USER_ALREADY_LOGGED_IN)
        CERTDESK_CKR(CKR_USER_NOT_LOGGED_IN)
        CERTDESK_CKR(CKR_USER_PIN_NOT_INITIALIZED)
        CERTDESK_CKR(CKR_USER_TYPE_INVALID)
        CERTDESK_CKR(CKR_BUFFER_TOO_SMALL)
        CERTDESK_CKR(CKR_CRYPTOKI_NOT_INITIALIZED)
        CERTDESK_CKR(CKR_CRYPTOKI_ALREADY_INITIALIZED)
#undef CERTDESK_CKR
    }
    return QStringLiteral("CKR 0x%1").arg(static_cast<qulonglong>(rv), 8, 16, QLatin1Char('0'));
}

QString pkcs11Text(const unsigned char* field, std::size_t size)
{
    const std::size_t length = p11_kit_space_strlen(field, size);
    return QString::fromUtf8(reinterpret_cast<const char*>(field), static_cast<qsizetype>(length));
}

} // namespace certdesk
