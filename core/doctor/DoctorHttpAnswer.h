#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace certdesk {

/// What the doctor reads from a server's answer to its HTTP request: bytes from the network, so parsed without
/// trusting them (tests/fuzz/fuzz_http_answer.cpp feeds it hostile input).
struct DoctorHttpAnswer
{
    std::optional<int> status; ///< empty when the bytes do not start with an HTTP status line
    QString reason;            ///< the status line's reason phrase ("Forbidden"), as sent
    QDateTime serverDate;      ///< the first readable Date header; invalid when there is none
    QByteArray body;           ///< everything after the blank line that ends the headers

    static DoctorHttpAnswer parse(const QByteArray& answer);
};

} // namespace certdesk
