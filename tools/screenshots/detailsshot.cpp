// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// detailsshot OUTDIR [--fixture REPO]: screenshots of PackageDetails (560x800,
// a side panel), TierOverview (1280x360) and TierCompareView (1280x800), on the
// demo storage and optionally the real fixture, in light and dark palettes.
#include "common/DarkPalette.h"
#include "demo/DemoStorage.h"
#include "storage/Distribution.h"
#include "details/PackageDetails.h"
#include "support/RepoBuilder.h"
#include "storage/StorageReader.h"
#include "tiers/TierCompareView.h"
#include "tiers/TierOverview.h"

#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
using Storage = std::shared_ptr<const LoadedStorage>;

Storage read(const QString &path)
{
    StorageReader reader;
    auto snap = reader.read(path, TierConfig{});
    if (!snap) {
        std::fprintf(stderr, "detailsshot: %s\n", qPrintable(snap.error().text()));
        return {};
    }
    return LoadedStorage::shared(std::move(*snap));
}

bool save(QWidget &w, const QString &file)
{
    QTest::qWait(50); // let layouts settle before grabbing
    const QPixmap shot = w.grab();
    if (shot.isNull() || !shot.save(file, "PNG")) {
        std::fprintf(stderr, "detailsshot: could not save %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

bool details(const Storage &s, const std::shared_ptr<VersionHistoryCache> &cache, const QString &tier,
             const QString &name, const QString &version, const QString &file)
{
    PackageDetails view;
    view.setHistoryCache(cache);
    view.resize(560, 800);
    view.show();
    view.setStorage(s);
    view.showVersion(tier, name, version);
    if (!QTest::qWaitFor([&] { return !view.isLoadingAssets() && !view.isComputingHistory(); }, 60000))
        std::fprintf(stderr, "detailsshot: %s %s still loading\n", qPrintable(name), qPrintable(version));
    return save(view, file);
}

bool overview(const Storage &s, const QString &file)
{
    TierOverview view;
    view.resize(1280, 360);
    view.show();
    view.setStorage(s);
    return save(view, file);
}

bool compare(const Storage &s, const QString &a, const QString &b, const QString &file)
{
    TierCompareView view;
    view.resize(1280, 800);
    view.show();
    view.setStorage(s);
    view.setTiers(a, b);
    view.copyMarkdown(); // shows the status line
    return save(view, file);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(tierdesk::createPaletteStyle());
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: detailsshot OUTDIR [--fixture REPO]\n");
        return 2;
    }
    const QString out = args[1];
    QDir().mkpath(out);
    const qsizetype f = args.indexOf(u"--fixture"_s);
    const QString fixture = f > 0 ? args.value(f + 1) : QString();

    QTemporaryDir dir;
    const QString demoPath = dir.filePath(u"demo"_s);
    if (auto s = DemoStorage::create(demoPath); !s) {
        std::fprintf(stderr, "detailsshot: %s\n", qPrintable(s.error().text()));
        return 1;
    }
    const Storage demo = read(demoPath);
    // Different registry versions, for the warning.
    RepoBuilder b;
    b.commit(u"production"_s, RepoBuilder::package(u"nginx"_s, u"1.2.0"_s));
    b.commit(u"production"_s, {{u"Dockerfile"_s, "ARG PACKAGE_REGISTRY=v1.4.1\n"}}, u"Pin the registry (#7)"_s);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.3.0"_s));
    b.commit(u"staging"_s, {{u"Dockerfile"_s, "ARG PACKAGE_REGISTRY=v1.5.0\n"}}, u"Update the registry (#8)"_s);
    const Storage warning = read(b.path());
    const Storage real = fixture.isEmpty() ? Storage{} : read(fixture);
    if (!demo || !warning || (!fixture.isEmpty() && !real))
        return 1;

    const QPalette light = QApplication::palette();
    bool ok = true;
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? u"-dark.png"_s : u"-light.png"_s;
        const auto path = [&](const QString &stem) -> QString { return QDir(out).filePath(stem + suffix); };
        auto cache = std::make_shared<VersionHistoryCache>();
        ok &= details(demo, cache, u"snapshot"_s, u"nginx"_s, u"1.3.0"_s, path(u"details-demo-nginx"_s));
        ok &= details(demo, cache, u"snapshot"_s, u"system"_s, u"1.4.2"_s, path(u"details-demo-system"_s));
        ok &= details(demo, cache, u"snapshot"_s, u"kafka"_s, u"1.3.0"_s, path(u"details-demo-kafka"_s));
        ok &= overview(demo, path(u"overview-demo"_s));
        ok &= overview(warning, path(u"overview-warning"_s));
        ok &= compare(demo, u"snapshot"_s, u"production"_s, path(u"compare-demo"_s));
        if (real) {
            auto fixtureCache = std::make_shared<VersionHistoryCache>();
            ok &= details(real, fixtureCache, u"staging"_s, u"system"_s, u"0.10.5"_s, path(u"details-fixture-system"_s));
            ok &= details(real, fixtureCache, u"snapshot"_s, u"fleet_server"_s, u"0.1.6"_s,
                          path(u"details-fixture-fleet"_s));
            ok &= overview(real, path(u"overview-fixture"_s));
            ok &= compare(real, u"staging"_s, u"snapshot"_s, path(u"compare-fixture"_s));
        }
    }
    return ok ? 0 : 1;
}
