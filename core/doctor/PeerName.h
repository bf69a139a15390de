#pragma once

#include <QString>

typedef struct X509_name_st X509_NAME;

namespace certdesk {

/// A name the peer sent (a certificate's subject, one of the server's acceptable CA names) as RFC 4514 text, the way
/// findings and reports show it.
QString peerNameText(const X509_NAME* name);

} // namespace certdesk
