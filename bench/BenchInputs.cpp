#include "BenchInputs.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <cstdlib>

namespace certdesk::bench {

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "bench inputs: %s failed\n", what);
    ERR_print_errors_fp(stderr);
    std::abort();
}

void check(bool ok, const char* what)
{
    if (!ok)
        fail(what);
}

PkeyPtr ecKey()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    check(key != nullptr, "EVP_EC_gen");
    return key;
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    check(extension != nullptr, "X509V3_EXT_conf_nid");
    check(X509_add_ext(cert, extension, -1) == 1, "X509_add_ext");
    X509_EXTENSION_free(extension);
}

X509Ptr makeCertificate(EVP_PKEY* key, const std::string& commonName, long serial, long days, X509* issuer,
                        EVP_PKEY* issuerKey, bool ca)
{
    X509Ptr cert(X509_new());
    check(cert != nullptr, "X509_new");
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 86400L);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("CertDesk Bench"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.c_str()),
                               -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    check(X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) == 1, "X509_set_issuer_name");
    check(X509_set_pubkey(cert.get(), key) == 1, "X509_set_pubkey");
    addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (ca) {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        addExtension(cert.get(), signer, NID_ext_key_usage, "clientAuth");
    }
    check(X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) > 0, "X509_sign");
    return cert;
}

std::string drain(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    std::string text(data, static_cast<size_t>(length));
    BIO_free(bio);
    return text;
}

} // namespace

Inputs makeInputs(int count)
{
    Inputs inputs;
    inputs.caKey = ecKey();
    inputs.caCert = makeCertificate(inputs.caKey.get(), "CertDesk Bench CA", 1, 3650, nullptr, nullptr, true);
    inputs.leaves.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        Leaf leaf;
        leaf.key = ecKey();
        char name[64];
        std::snprintf(name, sizeof name, "user%05d.example.org", i);
        leaf.cert = makeCertificate(leaf.key.get(), name, 1000 + i, 1 + (i * 37) % 730, inputs.caCert.get(),
                                    inputs.caKey.get(), false);
        inputs.leaves.push_back(std::move(leaf));
    }
    return inputs;
}

std::string certificatePem(X509* cert)
{
    BIO* bio = BIO_new(BIO_s_mem());
    check(bio && PEM_write_bio_X509(bio, cert) == 1, "PEM_write_bio_X509");
    return drain(bio);
}

std::string privateKeyPem(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    check(bio && PEM_write_bio_PKCS8PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
          "PEM_write_bio_PKCS8PrivateKey");
    return drain(bio);
}

std::string pkcs12(const Leaf& leaf, const std::string& password)
{
    PKCS12* p12 = PKCS12_create(password.c_str(), "bench", leaf.key.get(), leaf.cert.get(), nullptr, 0, 0, 0, 0, 0);
    check(p12 != nullptr, "PKCS12_create");
    BIO* bio = BIO_new(BIO_s_mem());
    check(bio && i2d_PKCS12_bio(bio, p12) == 1, "i2d_PKCS12_bio");
    PKCS12_free(p12);
    return drain(bio);
}

} // namespace certdesk::bench
