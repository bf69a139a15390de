#pragma once

#include <QByteArray>

#include <openssl/crypto.h>

#include <cstddef>
#include <utility>
#include <vector>

namespace certdesk {

/// Move-only byte buffer for secrets (key bytes, passphrases): wiped with OPENSSL_cleanse when it dies.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size) : m_bytes(size) {}
    SecureBytes(const unsigned char* data, std::size_t size) : m_bytes(data, data + size) {}
    /// Copies the bytes and wipes the source array, so the secret lives in one place only.
    static SecureBytes takeFrom(QByteArray& source)
    {
        SecureBytes result(reinterpret_cast<const unsigned char*>(source.constData()),
                           static_cast<std::size_t>(source.size()));
        if (!source.isEmpty())
            OPENSSL_cleanse(source.data(), static_cast<std::size_t>(source.size()));
        source.clear();
        return result;
    }

    SecureBytes(SecureBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes.clear(); }
    SecureBytes& operator=(SecureBytes&& other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
            other.m_bytes.clear();
        }
        return *this;
    }
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    ~SecureBytes() { wipe(); }

    unsigned char* data() { return m_bytes.data(); }
    const unsigned char* data() const { return m_bytes.data(); }
    const char* chars() const { return reinterpret_cast<const char*>(m_bytes.data()); }
    std::size_t size() const { return m_bytes.size(); }
    int intSize() const { return static_cast<int>(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.empty(); }
    /// A copy for callers that need one explicitly (no implicit copies of secrets).
    SecureBytes clone() const { return SecureBytes(m_bytes.data(), m_bytes.size()); }
    /// Shrinks after an API wrote fewer bytes than reserved; the cut tail is wiped first.
    void truncate(std::size_t size)
    {
        if (size < m_bytes.size()) {
            OPENSSL_cleanse(m_bytes.data() + size, m_bytes.size() - size);
            m_bytes.resize(size);
        }
    }

private:
    void wipe()
    {
        if (!m_bytes.empty())
            OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    }
    std::vector<unsigned char> m_bytes;
};

} // namespace certdesk
