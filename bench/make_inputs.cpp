// certdesk_bench_inputs DIR N: one CA and N leaves for the whole-process comparisons, written as
//   DIR/ca.pem            the CA certificate
//   DIR/bundle.pem        the N leaf certificates in one PEM file
//   DIR/certs/NNNNN.pem   one leaf certificate per file
//   DIR/pairs/NNNNN.pem   one unencrypted key + its certificate per file
//   DIR/p12/NNNNN.p12     the same pair as PKCS#12, password "bench" (DIR/p12-password.txt)
#include "BenchInputs.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

void write(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        std::fprintf(stderr, "bench inputs: cannot write %s\n", path.c_str());
        std::exit(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3 || std::atoi(argv[2]) <= 0) {
        std::fprintf(stderr, "usage: certdesk_bench_inputs DIR N\n");
        return 1;
    }
    const std::filesystem::path dir = argv[1];
    const int count = std::atoi(argv[2]);
    for (const char* sub : {"certs", "pairs", "p12"})
        std::filesystem::create_directories(dir / sub);
    const std::string password = "bench";
    write(dir / "p12-password.txt", password + "\n");

    certdesk::bench::Inputs inputs = certdesk::bench::makeInputs(count);
    write(dir / "ca.pem", certdesk::bench::certificatePem(inputs.caCert.get()));
    std::string bundle;
    for (int i = 0; i < count; ++i) {
        const auto& leaf = inputs.leaves[static_cast<size_t>(i)];
        char name[32];
        std::snprintf(name, sizeof name, "%05d", i);
        const std::string cert = certdesk::bench::certificatePem(leaf.cert.get());
        bundle += cert;
        write(dir / "certs" / (std::string(name) + ".pem"), cert);
        write(dir / "pairs" / (std::string(name) + ".pem"), certdesk::bench::privateKeyPem(leaf.key.get()) + cert);
        write(dir / "p12" / (std::string(name) + ".p12"), certdesk::bench::pkcs12(leaf, password));
    }
    write(dir / "bundle.pem", bundle);
    return 0;
}
