#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace certdesk::cli {

/// Raw bytes to standard output, flushed.
void writeOut(const QByteArray& bytes);
/// A line for the user on standard output.
void say(const QString& text);
/// A line on standard error (progress, notes, errors).
void tell(const QString& text);
/// The one JSON document of a --json run.
void printJson(const QJsonValue& value);
/// The date of `time` in UTC, ISO 8601 (2026-12-06).
QString dateText(const QDateTime& time);
/// Atomically (QSaveFile); `privateFile` makes it 0600 (keys, PKCS#12).
Result<void> writeOutputFile(const QString& path, const QByteArray& bytes, bool privateFile);

} // namespace certdesk::cli
