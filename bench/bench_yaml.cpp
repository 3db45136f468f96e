// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark that chose Tierdesk's one YAML library: every manifest.yml of
// a storage's three tiers parsed into a document by libfyaml and by libyaml
// (raw events, and Tierdesk's reader on it with its limits and checks), plus
// the whole ManifestParse. libyaml won (see README, "Performance"). It also
// gives the bench its parsing floor: libyaml's events alone over the distinct
// manifests on every core, and the same after reading each version's tree and
// manifest from git: what no cold read can go below.
// Usage: tierdesk-yamlbench REPO [RUNS]; prints "name value" lines.
#include "git/Repository.h"
#include "storage/Manifest.h"
#include "yaml/YamlDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <libfyaml.h>
#include <yaml.h>

#include <QSet>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
// Every tier's manifest texts, a version at a time; `distinct` gets each blob once, as a cold read parses them,
// and `versionTrees` each version directory's tree once, as a cold read reads them.
QList<QByteArray> manifests(const git::Repository &repo, QList<QByteArray> &distinct, QList<git::ObjectId> &versionTrees)
{
    QList<QByteArray> out;
    QSet<git::ObjectId> seen, seenTrees;
    for (const char *tier : {"snapshot", "staging", "production"}) {
        auto tip = repo.resolveCommit(u"refs/heads/"_s + QLatin1StringView(tier));
        if (!tip)
            continue;
        auto info = repo.commitInfo(*tip);
        if (!info)
            continue;
        auto root = repo.lookupTree(info->tree);
        if (!root)
            continue;
        auto packages = repo.subtree(root->get(), u"packages"_s);
        if (!packages)
            continue;
        for (size_t i = 0; i < git_tree_entrycount(packages->get()); ++i) {
            auto package = repo.lookupTree(git::ObjectId(git_tree_entry_id(git_tree_entry_byindex(packages->get(), i))));
            for (size_t j = 0; package && j < git_tree_entrycount(package->get()); ++j) {
                auto version = repo.lookupTree(git::ObjectId(git_tree_entry_id(git_tree_entry_byindex(package->get(), j))));
                const git_tree_entry *m = version ? git_tree_entry_byname(version->get(), "manifest.yml") : nullptr;
                if (!m)
                    continue;
                if (const git::ObjectId tree(git_tree_entry_id(git_tree_entry_byindex(package->get(), j)));
                    !seenTrees.contains(tree)) {
                    seenTrees.insert(tree);
                    versionTrees.append(tree);
                }
                const git::ObjectId id(git_tree_entry_id(m));
                auto blob = repo.readBlob(id);
                if (!blob)
                    continue;
                out.append(*blob);
                if (!seen.contains(id)) {
                    seen.insert(id);
                    distinct.append(*blob);
                }
            }
        }
    }
    return out;
}

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

bool libyamlEvents(const QByteArray &text)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()));
    bool ok = true;
    for (bool end = false; !end;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            ok = false;
            break;
        }
        end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return ok;
}

// The least a cold read's parsing can cost: libyaml's events alone over `texts`, on every core as the reader
// parses (no blob read, no node kept, no check).
double libyamlEventsOnAllCores(int runs, const QList<QByteArray> &texts, int &failures)
{
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    return medianMs(runs, [&] {
        std::atomic<qsizetype> next{0};
        std::atomic_int failed{0};
        std::vector<std::jthread> workers;
        for (unsigned t = 0; t < threads; ++t)
            workers.emplace_back([&] {
                for (qsizetype i = next++; i < texts.size(); i = next++)
                    failed += libyamlEvents(texts[i]) ? 0 : 1;
            });
        workers.clear(); // joins
        failures += failed;
    });
}

// The least a cold read costs beyond starting: each worker opens its own repository (as the reader's do), and
// for every distinct version directory reads its tree and its manifest.yml from git and runs libyaml's events
// over it, on every core. No node kept, no check, no cache written.
double readAndEventsOnAllCores(int runs, const QString &path, const QList<git::ObjectId> &trees, int &failures)
{
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    return medianMs(runs, [&] {
        std::atomic<qsizetype> next{0};
        std::atomic_int failed{0};
        std::vector<std::jthread> workers;
        for (unsigned t = 0; t < threads; ++t)
            workers.emplace_back([&] {
                auto own = git::Repository::open(path); // a fresh one each run: nothing cached from the last
                if (!own) {
                    ++failed;
                    return;
                }
                for (qsizetype i = next++; i < trees.size(); i = next++) {
                    auto tree = own->lookupTree(trees[i]);
                    const git_tree_entry *m = tree ? git_tree_entry_byname(tree->get(), "manifest.yml") : nullptr;
                    if (!m) {
                        ++failed;
                        continue;
                    }
                    auto blob = own->lookupBlob(git::ObjectId(git_tree_entry_id(m)));
                    failed += blob && libyamlEvents(git::blobBytes(blob->get())) ? 0 : 1;
                }
            });
        workers.clear(); // joins
        failures += failed;
    });
}

bool libfyamlDocument(const QByteArray &text)
{
    fy_parse_cfg cfg{};
    cfg.flags = FYPCF_QUIET;
    fy_document *doc = fy_document_build_from_string(&cfg, text.constData(), size_t(text.size()));
    const bool ok = doc != nullptr;
    fy_document_destroy(doc);
    return ok;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: tierdesk-yamlbench REPO [RUNS]\n";
        return 2;
    }
    auto repo = git::Repository::open(args[1]);
    if (!repo) {
        QTextStream(stderr) << repo.error().text() << '\n';
        return 2;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 5;
    QList<QByteArray> distinct;
    QList<git::ObjectId> versionTrees;
    const QList<QByteArray> texts = manifests(*repo, distinct, versionTrees);
    qsizetype bytes = 0;
    for (const QByteArray &t : texts)
        bytes += t.size();
    int failures = 0;
    const auto each = [&](const std::function<bool(const QByteArray &)> &parse) {
        return medianMs(runs, [&] {
            for (const QByteArray &t : texts)
                failures += parse(t) ? 0 : 1;
        });
    };
    QTextStream out(stdout);
    out << "manifests " << texts.size() << '\n'
        << "megabytes " << QString::number(double(bytes) / 1e6, 'f', 1) << '\n'
        << "libyaml_events_ms " << each(libyamlEvents) << '\n'
        << "distinct_manifests " << distinct.size() << '\n'
        << "libyaml_events_distinct_all_cores_ms " << libyamlEventsOnAllCores(runs, distinct, failures) << '\n'
        << "distinct_version_trees " << versionTrees.size() << '\n'
        << "git_reads_and_libyaml_events_all_cores_ms "
        << readAndEventsOnAllCores(runs, repo->path(), versionTrees, failures) << '\n'
        << "libfyaml_ms " << each(libfyamlDocument) << '\n'
        << "tierdesk_document_ms " << each([](const QByteArray &t) { return yaml::Document::parse(t).has_value(); })
        << '\n'
        << "tierdesk_ms " << each([](const QByteArray &t) { return ManifestParse::parse(t).ok; }) << '\n'
        << "failures " << failures << '\n';
    return 0;
}
