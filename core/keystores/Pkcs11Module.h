#pragma once

// Internal to core/keystores: includes p11-kit, which is a PRIVATE dependency of certdesk_core.

#include "Result.h"

#include <p11-kit/p11-kit.h>
#include <p11-kit/pkcs11.h>

#include <QString>

#include <memory>

namespace certdesk {

/// A PKCS#11 module loaded and initialised through p11-kit, finalised and released when the last owner lets go.
/// p11-kit "manages" the module: several owners in one process (discovery, two stores on one token) each get their
/// own C_Initialize/C_Finalize without tearing the module down under each other.
class Pkcs11Module
{
public:
    /// Loads the module at `path` (a full path, or a file name p11-kit resolves in its module directory).
    static Result<std::shared_ptr<Pkcs11Module>> load(const QString& path);
    ~Pkcs11Module();
    Pkcs11Module(const Pkcs11Module&) = delete;
    Pkcs11Module& operator=(const Pkcs11Module&) = delete;

    CK_FUNCTION_LIST* functions() const { return m_functions; }
    QString path() const { return m_path; }

private:
    Pkcs11Module(CK_FUNCTION_LIST* functions, QString path) : m_functions(functions), m_path(std::move(path)) {}
    CK_FUNCTION_LIST* m_functions = nullptr;
    QString m_path;
};

/// "CKR_PIN_INCORRECT" for 0xA0; hex for codes without a name here.
QString ckrName(CK_RV rv);

/// A blank-padded PKCS#11 text field (token label, manufacturer) as a QString without the padding.
QString pkcs11Text(const unsigned char* field, std::size_t size);

} // namespace certdesk
