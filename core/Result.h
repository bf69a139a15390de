#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace certdesk {

/// Error categories; the numeric values are the CLI's exit codes, shared by every command.
enum class ErrorCode
{
    Usage = 1,      ///< the caller asked for something malformed (bad option, bad DN text)
    BadInput = 2,   ///< malformed, unreadable, wrong password, unsupported
    NotFound = 3,   ///< no such ID, no matching key
    Keystore = 4,   ///< keychain or key store failure
    Policy = 5,     ///< refused by policy
};

/// A failure: a sentence a non-expert can act on, plus technical detail for the helpdesk.
struct Error
{
    ErrorCode code = ErrorCode::BadInput;
    QString message;
    QString detail;
    /// Machine-readable reason for callers that react to it ("password-required", "wrong-password", …); may be empty.
    QString reason;

    int exitCode() const { return static_cast<int>(code); }
};

/// Either a value or an Error. Check ok() before value().
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    /// By value, not T&&: `for (auto& x : f().value())` must not iterate a dead temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {}, QString reason = {})
{
    return Error{code, std::move(message), std::move(detail), std::move(reason)};
}

} // namespace certdesk
