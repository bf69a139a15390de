#pragma once

#include "Result.h"

#include <QString>

typedef struct GENERAL_NAME_st GENERAL_NAME;

namespace certdesk {

/// One subject alternative name, validated for its type.
class SubjectAltName
{
public:
    enum class Type
    {
        Dns,
        Email,
        Uri,
        Ip,
        Upn,
    };

    /// Parses "dns:www.example.org", "email:…", "uri:…", "ip:192.0.2.1" / "ip:2001:db8::1", "upn:user@domain".
    static Result<SubjectAltName> parse(const QString& text);
    static Result<SubjectAltName> create(Type type, const QString& value);

    Type type() const { return m_type; }
    /// Normalised value (international domain names in their ASCII form).
    QString value() const { return m_value; }
    /// "dns:www.example.org", the form parse() reads and Certificate::subjectAltNames() prints.
    QString toString() const;
    static QString typeId(Type type);
    /// A new GENERAL_NAME; the caller owns it. Null only if OpenSSL runs out of memory.
    GENERAL_NAME* toGeneralName() const;

private:
    Type m_type = Type::Dns;
    QString m_value;
};

} // namespace certdesk
