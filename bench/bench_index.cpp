// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times reading a package storage with Tierdesk's core: cold (nothing cached),
// warm (parsed versions cached by tree id) and incremental (unchanged tiers reused).
// Prints one "name median_ms" line per case; scripts/bench compares with git.
#include "storage/StorageReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace tierdesk;

namespace {
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: tierdesk-bench REPO [RUNS]\n";
        return 2;
    }
    const QString repo = args[1];
    const int runs = args.size() > 2 ? args[2].toInt() : 7;
    int versions = 0;

    // Cold means nothing kept from before: not even the persistent manifest store.
    qputenv("TIERDESK_NO_MANIFEST_STORE", "1");
    const double cold = medianMs(runs, [&] {
        StorageReader reader; // its own empty cache
        auto snap = reader.read(repo, {});
        versions = snap ? snap->versionCount() : -1;
    });
    qunsetenv("TIERDESK_NO_MANIFEST_STORE");
    auto cache = std::make_shared<VersionCache>();
    (void)StorageReader(cache).read(repo, {}); // fills the cache; only the time counts
    const double warm = medianMs(runs, [&] { (void)StorageReader(cache).read(repo, {}); });
    StorageReader reader(cache);
    const auto previous = reader.read(repo, {});
    const double incremental = medianMs(runs, [&] { (void)reader.read(repo, {}, {}, &*previous); });

    out << "versions " << versions << '\n'
        << "cold_ms " << cold << '\n'
        << "warm_ms " << warm << '\n'
        << "incremental_ms " << incremental << '\n';
    return versions > 0 ? 0 : 1;
}
