#pragma once

#include <QByteArray>

#include <openssl/crypto.h>

#include <cstddef>
#include <cstring>
#include <utility>
#include <vector>

namespace certdesk {

/// Move-only byte buffer for secrets (key bytes, passphrases): wiped with OPENSSL_cleanse when it dies.
/// A NUL byte always follows the data (not counted in size()), because some OpenSSL calls, PKCS12_create among
/// them, take passwords as C strings.
class SecureBytes
{
public:
    SecureBytes() : m_bytes(1, 0) {}
    explicit SecureBytes(std::size_t size) : m_bytes(size + 1, 0) {}
    SecureBytes(const unsigned char* data, std::size_t size) : m_bytes(size + 1, 0)
    {
        if (size > 0)
            std::memcpy(m_bytes.data(), data, size);
    }
    /// Copies the bytes and wipes the source array, so the secret lives in one place only.
    static SecureBytes takeFrom(QByteArray& source)
    {
        const qsizetype length = source.size();
        if (length <= 0)
            return SecureBytes();
        SecureBytes result(reinterpret_cast<const unsigned char*>(source.constData()), static_cast<std::size_t>(length));
        OPENSSL_cleanse(source.data(), static_cast<std::size_t>(length));
        source.clear();
        return result;
    }

    SecureBytes(SecureBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes.assign(1, 0); }
    SecureBytes& operator=(SecureBytes&& other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
            other.m_bytes.assign(1, 0);
        }
        return *this;
    }
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    ~SecureBytes() { wipe(); }

    unsigned char* data() { return m_bytes.data(); }
    const unsigned char* data() const { return m_bytes.data(); }
    const char* chars() const { return reinterpret_cast<const char*>(m_bytes.data()); }
    std::size_t size() const { return m_bytes.empty() ? 0 : m_bytes.size() - 1; }
    int intSize() const { return static_cast<int>(size()); }
    bool isEmpty() const { return size() == 0; }
    /// A copy for callers that need one explicitly (no implicit copies of secrets).
    SecureBytes clone() const { return SecureBytes(m_bytes.data(), size()); }

private:
    void wipe()
    {
        if (!m_bytes.empty())
            OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    }
    std::vector<unsigned char> m_bytes;
};

} // namespace certdesk
