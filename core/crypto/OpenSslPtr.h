#pragma once

#include "crypto/OpenSslFwd.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/ssl.h> // the deleters are inline: only code that uses SSL or SSL_CTX owners needs libssl
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace certdesk::ossl {

// One owning pointer for every OpenSSL type (UniquePtr<T>, crypto/OpenSslFwd.h): Deleter<T> is specialised per type.

#define CERTDESK_OSSL_DELETER(Type, freeFunction)                                                                     \
    template<>                                                                                                         \
    struct Deleter<Type>                                                                                               \
    {                                                                                                                  \
        void operator()(Type* p) const { freeFunction(p); }                                                            \
    };

CERTDESK_OSSL_DELETER(BIO, BIO_free_all)
CERTDESK_OSSL_DELETER(X509, X509_free)
CERTDESK_OSSL_DELETER(X509_REQ, X509_REQ_free)
CERTDESK_OSSL_DELETER(X509_STORE, X509_STORE_free)
CERTDESK_OSSL_DELETER(X509_STORE_CTX, X509_STORE_CTX_free)
CERTDESK_OSSL_DELETER(X509_PUBKEY, X509_PUBKEY_free)
CERTDESK_OSSL_DELETER(X509_NAME, X509_NAME_free)
CERTDESK_OSSL_DELETER(X509_EXTENSION, X509_EXTENSION_free)
CERTDESK_OSSL_DELETER(X509_SIG, X509_SIG_free)
CERTDESK_OSSL_DELETER(EVP_PKEY, EVP_PKEY_free)
CERTDESK_OSSL_DELETER(EVP_PKEY_CTX, EVP_PKEY_CTX_free)
CERTDESK_OSSL_DELETER(EVP_CIPHER_CTX, EVP_CIPHER_CTX_free)
CERTDESK_OSSL_DELETER(EVP_MD_CTX, EVP_MD_CTX_free)
CERTDESK_OSSL_DELETER(EVP_MD, EVP_MD_free)
CERTDESK_OSSL_DELETER(EVP_KEYMGMT, EVP_KEYMGMT_free)
CERTDESK_OSSL_DELETER(OSSL_DECODER_CTX, OSSL_DECODER_CTX_free)
CERTDESK_OSSL_DELETER(PKCS12, PKCS12_free)
CERTDESK_OSSL_DELETER(PKCS7, PKCS7_free)
CERTDESK_OSSL_DELETER(PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free)
CERTDESK_OSSL_DELETER(PBEPARAM, PBEPARAM_free)
CERTDESK_OSSL_DELETER(PBE2PARAM, PBE2PARAM_free)
CERTDESK_OSSL_DELETER(PBKDF2PARAM, PBKDF2PARAM_free)
CERTDESK_OSSL_DELETER(SCRYPT_PARAMS, SCRYPT_PARAMS_free)
CERTDESK_OSSL_DELETER(GENERAL_NAME, GENERAL_NAME_free)
CERTDESK_OSSL_DELETER(GENERAL_NAMES, GENERAL_NAMES_free)
CERTDESK_OSSL_DELETER(EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free)
CERTDESK_OSSL_DELETER(ASN1_OBJECT, ASN1_OBJECT_free)
CERTDESK_OSSL_DELETER(ASN1_TYPE, ASN1_TYPE_free)
CERTDESK_OSSL_DELETER(ASN1_STRING, ASN1_STRING_free) // also ASN1_BIT_STRING, ASN1_OCTET_STRING
CERTDESK_OSSL_DELETER(BASIC_CONSTRAINTS, BASIC_CONSTRAINTS_free)
CERTDESK_OSSL_DELETER(OTHERNAME, OTHERNAME_free)
CERTDESK_OSSL_DELETER(BIGNUM, BN_clear_free) // wiped: a BIGNUM may be a private scalar
CERTDESK_OSSL_DELETER(ECDSA_SIG, ECDSA_SIG_free)
CERTDESK_OSSL_DELETER(SSL, SSL_free)
CERTDESK_OSSL_DELETER(SSL_CTX, SSL_CTX_free)
CERTDESK_OSSL_DELETER(unsigned char, OPENSSL_free) // bytes OpenSSL allocated (i2d output, OPENSSL_memdup)

#undef CERTDESK_OSSL_DELETER

/// Stacks own their elements: UniquePtr<STACK_OF(X509)> frees every certificate in it, then the stack.
#define CERTDESK_OSSL_STACK_DELETER(Element, freeElement)                                                              \
    template <> struct Deleter<STACK_OF(Element)>                                                                      \
    {                                                                                                                  \
        void operator()(STACK_OF(Element) * stack) const { sk_##Element##_pop_free(stack, freeElement); }              \
    };

// STACK_OF(GENERAL_NAME) is GENERAL_NAMES and STACK_OF(ASN1_OBJECT) is EXTENDED_KEY_USAGE, both above.
CERTDESK_OSSL_STACK_DELETER(X509, X509_free)
CERTDESK_OSSL_STACK_DELETER(X509_EXTENSION, X509_EXTENSION_free)
CERTDESK_OSSL_STACK_DELETER(PKCS7, PKCS7_free)
CERTDESK_OSSL_STACK_DELETER(PKCS12_SAFEBAG, PKCS12_SAFEBAG_free)

#undef CERTDESK_OSSL_STACK_DELETER

/// Takes a new reference on a reference-counted object and returns an owner for it; empty for null (or when the
/// count cannot be raised), never an owner of a reference that was not taken.
inline UniquePtr<X509> upRef(X509* cert)
{
    return UniquePtr<X509>(cert && X509_up_ref(cert) == 1 ? cert : nullptr);
}

inline UniquePtr<EVP_PKEY> upRef(EVP_PKEY* key)
{
    return UniquePtr<EVP_PKEY>(key && EVP_PKEY_up_ref(key) == 1 ? key : nullptr);
}

inline UniquePtr<X509_STORE> upRef(X509_STORE* store)
{
    return UniquePtr<X509_STORE>(store && X509_STORE_up_ref(store) == 1 ? store : nullptr);
}

inline UniquePtr<SSL_CTX> upRef(SSL_CTX* context)
{
    return UniquePtr<SSL_CTX>(context && SSL_CTX_up_ref(context) == 1 ? context : nullptr);
}

} // namespace certdesk::ossl
