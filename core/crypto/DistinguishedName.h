#pragma once

#include "Result.h"

#include <QList>
#include <QString>

typedef struct X509_name_st X509_NAME;

namespace certdesk {

/// A subject name as the user typed it, checked attribute by attribute.
class DistinguishedName
{
public:
    struct Attribute
    {
        QString type; ///< canonical short name: CN, O, OU, L, ST, C, emailAddress, DC, …
        QString value;
        bool operator==(const Attribute&) const = default;
    };

    /// Parses RFC 4514 text ("CN=Alice Example,O=Example Corp,C=DE"), escapes included.
    static Result<DistinguishedName> parse(const QString& text);
    static Result<DistinguishedName> fromAttributes(const QList<Attribute>& attributes);

    /// In the order written (RFC 4514: most specific first).
    const QList<Attribute>& attributes() const { return m_attributes; }
    QString value(const QString& type) const;
    bool isEmpty() const { return m_attributes.isEmpty(); }
    /// RFC 4514 text with the necessary escapes.
    QString toString() const;
    /// A new X509_NAME in ASN.1 order (reverse of the text); the caller owns it.
    X509_NAME* toX509Name() const;

private:
    QList<Attribute> m_attributes;
};

} // namespace certdesk
