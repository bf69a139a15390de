#pragma once

#include <QByteArray>
#include <QString>

typedef struct X509_name_st X509_NAME;

namespace certdesk {

/// A name the peer sent (a certificate's subject, one of the server's acceptable CA names) as RFC 4514 text, the way
/// findings and reports show it.
QString peerNameText(const X509_NAME* name);

/// The same name as DER, the form HandshakeFacts keeps it in (a plain value that still compares the way OpenSSL
/// compares names); empty when it cannot be encoded.
QByteArray peerNameDer(const X509_NAME* name);

} // namespace certdesk
