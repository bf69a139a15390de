#pragma once

#include "Result.h"

#include <QString>

namespace certdesk {

/// Where to connect: "https://host[:port]/path" (an HTTP GET follows the handshake), another TLS URL
/// ("ldaps://host"), "host:port", "[v6-address]:port" or a bare host (port 443).
struct DoctorTarget
{
    QString text;   ///< as given
    QString scheme; ///< lower case; empty for host:port
    QString host;   ///< without brackets
    quint16 port = 0;
    QString path = QStringLiteral("/");

    bool isHttps() const { return scheme == QLatin1String("https"); }
    /// True when host is an IPv4 or IPv6 address (no SNI, the certificate must name the address).
    bool hostIsAddress() const;
    static Result<DoctorTarget> parse(const QString& text);
};

} // namespace certdesk
