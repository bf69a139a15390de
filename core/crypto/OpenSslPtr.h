#pragma once

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace certdesk::ossl {

/// One owning pointer for every OpenSSL type: Deleter<T> is specialised per type.
template<typename T>
struct Deleter;

#define CERTDESK_OSSL_DELETER(Type, freeFunction)                                                                     \
    template<>                                                                                                         \
    struct Deleter<Type>                                                                                               \
    {                                                                                                                  \
        void operator()(Type* p) const { freeFunction(p); }                                                            \
    };

CERTDESK_OSSL_DELETER(BIO, BIO_free_all)
CERTDESK_OSSL_DELETER(X509, X509_free)
CERTDESK_OSSL_DELETER(X509_REQ, X509_REQ_free)
CERTDESK_OSSL_DELETER(X509_PUBKEY, X509_PUBKEY_free)
CERTDESK_OSSL_DELETER(X509_NAME, X509_NAME_free)
CERTDESK_OSSL_DELETER(X509_EXTENSION, X509_EXTENSION_free)
CERTDESK_OSSL_DELETER(X509_SIG, X509_SIG_free)
CERTDESK_OSSL_DELETER(EVP_PKEY, EVP_PKEY_free)
CERTDESK_OSSL_DELETER(EVP_PKEY_CTX, EVP_PKEY_CTX_free)
CERTDESK_OSSL_DELETER(EVP_CIPHER_CTX, EVP_CIPHER_CTX_free)
CERTDESK_OSSL_DELETER(EVP_MD_CTX, EVP_MD_CTX_free)
CERTDESK_OSSL_DELETER(EVP_MD, EVP_MD_free)
CERTDESK_OSSL_DELETER(PKCS12, PKCS12_free)
CERTDESK_OSSL_DELETER(PKCS7, PKCS7_free)
CERTDESK_OSSL_DELETER(PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free)
CERTDESK_OSSL_DELETER(GENERAL_NAME, GENERAL_NAME_free)
CERTDESK_OSSL_DELETER(GENERAL_NAMES, GENERAL_NAMES_free)
CERTDESK_OSSL_DELETER(EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free)
CERTDESK_OSSL_DELETER(ASN1_OBJECT, ASN1_OBJECT_free)
CERTDESK_OSSL_DELETER(ASN1_TYPE, ASN1_TYPE_free)
CERTDESK_OSSL_DELETER(ASN1_STRING, ASN1_STRING_free) // also ASN1_BIT_STRING, ASN1_OCTET_STRING
CERTDESK_OSSL_DELETER(BASIC_CONSTRAINTS, BASIC_CONSTRAINTS_free)
CERTDESK_OSSL_DELETER(OTHERNAME, OTHERNAME_free)

#undef CERTDESK_OSSL_DELETER

template<typename T>
using UniquePtr = std::unique_ptr<T, Deleter<T>>;

/// Takes a new reference on a reference-counted object and returns an owner for it.
inline UniquePtr<X509> upRef(X509* cert)
{
    X509_up_ref(cert);
    return UniquePtr<X509>(cert);
}

inline UniquePtr<EVP_PKEY> upRef(EVP_PKEY* key)
{
    EVP_PKEY_up_ref(key);
    return UniquePtr<EVP_PKEY>(key);
}

} // namespace certdesk::ossl
