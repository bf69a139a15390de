#pragma once

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <string>
#include <vector>

/// Generated benchmark inputs: one CA and N leaf certificates with their keys, made with raw OpenSSL so that
/// the inputs do not depend on the code being measured. EC P-256 throughout (fast to make); the leaves expire
/// on different days (1 … 730 days from now) so that an expiry scan has real work to sort.
namespace certdesk::bench {

struct X509Free
{
    void operator()(X509* p) const { X509_free(p); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

struct Leaf
{
    PkeyPtr key;
    X509Ptr cert;
};

struct Inputs
{
    PkeyPtr caKey;
    X509Ptr caCert;
    std::vector<Leaf> leaves;
};

/// Makes the CA and `count` leaves; aborts with a message on an OpenSSL failure (inputs must never be partial).
Inputs makeInputs(int count);

std::string certificatePem(X509* cert);
/// Unencrypted PKCS#8 PEM: benchmark input only, written to a temporary directory.
std::string privateKeyPem(EVP_PKEY* key);
/// PKCS#12 with OpenSSL's defaults (AES-256-CBC, PBKDF2, HMAC-SHA256) under `password`.
std::string pkcs12(const Leaf& leaf, const std::string& password);

} // namespace certdesk::bench
