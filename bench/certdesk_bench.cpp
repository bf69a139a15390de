// In-process figures (Google Benchmark): key generation next to the raw OpenSSL call, CSR building, parsing a PEM
// bundle, vault import, listing, the expiry scan and loading the window's table model. Inputs are generated with
// raw OpenSSL (BenchInputs), never with the code being measured.
#include "BenchInputs.h"

#include "crypto/BundleReader.h"
#include "crypto/CertificateRequest.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/PrivateKey.h"
#include "gui/main/VaultTableModel.h"
#include "vault/Vault.h"
#include "workflows/ExpiryScan.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

using namespace certdesk;

namespace {

[[noreturn]] void fatal(const Error& error)
{
    std::fprintf(stderr, "certdesk_bench: %s (%s)\n", qPrintable(error.message), qPrintable(error.detail));
    std::abort();
}

template<typename T>
T take(Result<T> result)
{
    if (!result)
        fatal(result.error());
    return std::move(result).value();
}

/// Inputs are made once per size and shared by every benchmark that needs that many certificates.
const bench::Inputs& inputs(int count)
{
    static std::map<int, bench::Inputs> made;
    auto found = made.find(count);
    if (found == made.end())
        found = made.emplace(count, bench::makeInputs(count)).first;
    return found->second;
}

Bundle certificateBundle(int count)
{
    Bundle bundle;
    for (const bench::Leaf& leaf : inputs(count).leaves) {
        bundle.certificates << Certificate::adopt(ossl::upRef(leaf.cert.get()));
    }
    return bundle;
}

/// N identities: each leaf's private key with its certificate.
Bundle identityBundle(int count)
{
    Bundle bundle = certificateBundle(count);
    for (const bench::Leaf& leaf : inputs(count).leaves) {
        bundle.keys << PrivateKey::adopt(ossl::upRef(leaf.key.get()));
    }
    return bundle;
}

/// A new vault in a temporary directory, unlocked with a passphrase (scrypt runs here, outside the timing).
struct TemporaryVault
{
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;

    TemporaryVault()
    {
        VaultCredentials credentials;
        const QByteArray passphrase = "benchmark passphrase";
        credentials.passphrase = SecureBytes(reinterpret_cast<const unsigned char*>(passphrase.constData()),
                                             static_cast<std::size_t>(passphrase.size()));
        vault = take(Vault::open(dir.path(), std::move(credentials)));
        if (auto unlocked = vault->unlock(); !unlocked)
            fatal(unlocked.error());
    }
};

/// A vault holding `count` identities, made once per size (listing and scanning do not change it).
Vault& filledVault(int count)
{
    static std::map<int, std::unique_ptr<TemporaryVault>> vaults;
    auto found = vaults.find(count);
    if (found == vaults.end()) {
        auto made = std::make_unique<TemporaryVault>();
        take(made->vault->importBundle(identityBundle(count), {}));
        found = vaults.emplace(count, std::move(made)).first;
    }
    return *found->second->vault;
}

// --- key generation: CertDesk's PrivateKey::generate next to the raw EVP call it should cost no more than ---

EVP_PKEY* rawKey(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return EVP_EC_gen("P-256");
    case KeyType::EcP384:
        return EVP_EC_gen("P-384");
    case KeyType::Rsa2048:
        return EVP_RSA_gen(2048);
    case KeyType::Rsa3072:
        return EVP_RSA_gen(3072);
    case KeyType::Rsa4096:
        return EVP_RSA_gen(4096);
    case KeyType::Ed25519:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    }
    return nullptr;
}

void BM_KeyGen_OpenSslEvp(benchmark::State& state, KeyType type)
{
    for (auto _ : state) {
        EVP_PKEY* key = rawKey(type);
        benchmark::DoNotOptimize(key);
        EVP_PKEY_free(key);
    }
}

void BM_KeyGen_CertDesk(benchmark::State& state, KeyType type)
{
    for (auto _ : state) {
        PrivateKey key = take(PrivateKey::generate(type));
        benchmark::DoNotOptimize(key);
    }
}

#define CERTDESK_KEYGEN(type, minTime)                                                                                \
    BENCHMARK_CAPTURE(BM_KeyGen_OpenSslEvp, type, KeyType::type)->MinTime(minTime)->Unit(benchmark::kMicrosecond);   \
    BENCHMARK_CAPTURE(BM_KeyGen_CertDesk, type, KeyType::type)->MinTime(minTime)->Unit(benchmark::kMicrosecond);

CERTDESK_KEYGEN(EcP256, 1.0)
CERTDESK_KEYGEN(EcP384, 1.0)
CERTDESK_KEYGEN(Ed25519, 1.0)
// RSA prime search varies a lot from key to key: many keys per side, so the means can be compared.
CERTDESK_KEYGEN(Rsa2048, 8.0)

// --- CSR ---

void BM_CsrBuild(benchmark::State& state)
{
    const PrivateKey key = take(PrivateKey::generate(KeyType::EcP256));
    RequestOptions options;
    options.subject = take(DistinguishedName::parse(QStringLiteral("CN=Alice Example,O=Example Corp,C=DE")));
    options.sans << take(SubjectAltName::parse(QStringLiteral("email:alice@example.org")));
    options.profile = Profile::Client;
    for (auto _ : state) {
        CertificateRequest request = take(CertificateRequest::create(key, options));
        benchmark::DoNotOptimize(request);
    }
}
BENCHMARK(BM_CsrBuild)->Unit(benchmark::kMicrosecond);

// --- parsing N certificates from one PEM bundle (linear in N) ---

void BM_ParsePemBundle(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    QByteArray pem;
    for (const bench::Leaf& leaf : inputs(count).leaves)
        pem += QByteArray::fromStdString(bench::certificatePem(leaf.cert.get()));
    for (auto _ : state) {
        Bundle bundle = take(BundleReader::read(pem));
        if (bundle.certificates.size() != count)
            state.SkipWithError("wrong number of certificates parsed");
        benchmark::DoNotOptimize(bundle);
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.SetComplexityN(count);
}
BENCHMARK(BM_ParsePemBundle)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

// --- vault import of N certificates (one transaction), into a new vault each time ---

void BM_VaultImportCertificates(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const Bundle bundle = certificateBundle(count);
    ImportOptions options;
    options.keepCertificatesWithoutKey = true;
    for (auto _ : state) {
        state.PauseTiming();
        auto target = std::make_unique<TemporaryVault>();
        state.ResumeTiming();
        ImportReport report = take(target->vault->importBundle(bundle, {}, options));
        if (report.outcomes.size() != count)
            state.SkipWithError("wrong number of entries imported");
        state.PauseTiming();
        target.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.SetComplexityN(count);
}
BENCHMARK(BM_VaultImportCertificates)->Arg(1000)->Arg(10000)->Iterations(3)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

// Keys with their certificates: each key is sealed (AES-256-GCM) for its entry.
void BM_VaultImportIdentities(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const Bundle bundle = identityBundle(count);
    for (auto _ : state) {
        state.PauseTiming();
        auto target = std::make_unique<TemporaryVault>();
        state.ResumeTiming();
        ImportReport report = take(target->vault->importBundle(bundle, {}));
        if (report.outcomes.size() != count)
            state.SkipWithError("wrong number of identities imported");
        state.PauseTiming();
        target.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.SetComplexityN(count);
}
BENCHMARK(BM_VaultImportIdentities)->Arg(1000)->Arg(10000)->Iterations(3)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

// --- listing and the expiry scan over N identities ---

void BM_VaultList(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    Vault& vault = filledVault(count);
    for (auto _ : state) {
        QList<VaultEntry> entries = take(vault.entries());
        if (entries.size() != count)
            state.SkipWithError("wrong number of entries listed");
        benchmark::DoNotOptimize(entries);
    }
    state.SetComplexityN(count);
}
BENCHMARK(BM_VaultList)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

void BM_ExpiryScan(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    Vault& vault = filledVault(count);
    ExpiryScanOptions options;
    options.includeStores = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state) {
        ExpiryScan scan = take(ExpiryScan::run(vault, options, now));
        if (scan.items.size() != count)
            state.SkipWithError("wrong number of certificates tracked");
        benchmark::DoNotOptimize(scan);
    }
    state.SetComplexityN(count);
}
BENCHMARK(BM_ExpiryScan)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

// --- the window's table: set the rows, sort them by expiry as the window does, paint one screenful ---

void BM_TableModelLoad(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const QList<VaultEntry> entries = take(filledVault(count).entries());
    for (auto _ : state) {
        gui::VaultTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(gui::VaultTableModel::SortRole);
        proxy.setSortLocaleAware(true);
        proxy.setFilterKeyColumn(-1);
        proxy.sort(gui::VaultTableModel::ExpiresColumn, Qt::AscendingOrder);
        model.setEntries(entries);
        // What a view asks for to show the first 40 rows.
        for (int row = 0; row < 40 && row < proxy.rowCount(); ++row) {
            for (int column = 0; column < gui::VaultTableModel::ColumnCount; ++column)
                benchmark::DoNotOptimize(proxy.data(proxy.index(row, column)));
        }
    }
    state.SetComplexityN(count);
}
BENCHMARK(BM_TableModelLoad)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oNLogN);

// Typing in the search field filters every row on every column.
void BM_TableModelFilter(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const QList<VaultEntry> entries = take(filledVault(count).entries());
    gui::VaultTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(gui::VaultTableModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    proxy.sort(gui::VaultTableModel::ExpiresColumn, Qt::AscendingOrder);
    model.setEntries(entries);
    for (auto _ : state) {
        proxy.setFilterFixedString(QStringLiteral("user0999"));
        benchmark::DoNotOptimize(proxy.rowCount());
        proxy.setFilterFixedString(QString());
    }
    state.SetComplexityN(count);
}
BENCHMARK(BM_TableModelFilter)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    // The table model paints status icons: a GUI application, on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
