#pragma once

#include <memory>

namespace certdesk::ossl {

/// Deleter<T> frees a T the way OpenSSL wants; specialised per type in crypto/OpenSslPtr.h. Declared here alone so
/// that public headers can take and return owners without pulling in OpenSSL's headers.
template <typename T> struct Deleter;

/// The one owning pointer for OpenSSL objects (a function using one needs crypto/OpenSslPtr.h).
template <typename T> using UniquePtr = std::unique_ptr<T, Deleter<T>>;

} // namespace certdesk::ossl
