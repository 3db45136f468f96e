// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// tierdesk-generate: writes a package storage of a chosen size as a
// `git fast-import` stream, for the bench (scripts/bench generates with it):
//
//     git init -q DIR && tierdesk-generate real | git -C DIR fast-import --quiet
//
// Sizes: "real" (about 2,331 version directories over the three tiers, like
// the real package-storage history) and "10x" (about 23,310), or a number.
// Deterministic: the same size gives the same repository. The history is the
// one tiers have: every version is published to snapshot by its own commit,
// promoted to staging and production in batches ("Promote packages from ..."),
// the promoted copies mostly removed from the lower tier in the same round;
// some stay (promoted duplicates), a few are re-published there afterwards
// (shadowed). Each version has realistic files: a manifest of about 2 KB, a
// changelog, docs, images, data streams with fields and pipelines, dashboards;
// most files are shared with the package's previous version, as in real data.
// One package has some 80 data streams: hundreds of files, for the diff bench.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <string_view>

namespace {

const char *const words[] = {
    "apache", "aws", "azure", "cisco", "crowdstrike", "docker", "elastic", "envoy", "f5", "fortinet", "gcp",
    "haproxy", "iis", "juniper", "kafka", "kubernetes", "linux", "mongodb", "mysql", "nats", "netflow", "nginx",
    "o365", "okta", "oracle", "osquery", "panw", "postgresql", "prometheus", "rabbitmq", "redis", "santa",
    "sophos", "stan", "suricata", "system", "tomcat", "traefik", "windows", "zeek", "zookeeper", "zscaler"};
const char *const streams[] = {"access", "error", "audit", "metrics", "events", "alerts", "flow", "status",
                               "usage", "billing", "firewall", "dns", "process", "network"};
const char *const teams[] = {"elastic/integrations", "elastic/security-external-integrations",
                             "elastic/obs-service-integrations", "elastic/apm-server", "elastic/fleet"};
const char *const categoryNames[] = {"web", "security", "network", "observability", "cloud", "datastore",
                                     "containers", "os_system", "monitoring"};

struct Files {
    std::map<QByteArray, int> marks; // path below the version directory → blob mark
};

struct Package {
    QByteArray name;
    QByteArray team;
    QList<QByteArray> dataStreams;
    int major = 0, minor = 1, patch = 0;
    QList<QByteArray> changelog; // entries, newest first
    Files last;                  // the files of its newest version
    int docsVariant = 0;
};

struct Version {
    int package;
    QByteArray version;
    Files files;
};

class Generator {
public:
    explicit Generator(int target) : m_target(target), m_random(20260301) {}

    void run()
    {
        makePackages();
        for (const char *tier : {"snapshot", "staging", "production"})
            initTier(tier);
        int step = 0;
        while (total() < m_target) {
            publish(step);
            if (step % 7 == 6)
                promote("snapshot", "staging", step);
            if (step % 11 == 10)
                promote("staging", "production", step);
            if (step % 97 == 50)
                republishShadow(step);
            ++step;
        }
    }

private:
    int total() const
    {
        int n = 0;
        for (const auto &[tier, versions] : m_tiers)
            n += int(versions.size());
        return n;
    }

    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_random)); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }

    void makePackages()
    {
        const int count = std::max(10, m_target / 20);
        const int nWords = int(std::size(words));
        std::set<QByteArray> used;
        for (int i = 0; used.size() < size_t(count); ++i) {
            QByteArray name = words[i % nWords];
            if (i >= nWords)
                name += '_' + QByteArray(words[(i / nWords + i) % nWords]) + QByteArray::number(i / (nWords * nWords));
            if (!used.insert(name).second)
                continue;
            Package p;
            p.name = name;
            p.team = teams[pick(int(std::size(teams)))];
            const int ds = m_packages.isEmpty() ? 80 : 1 + pick(5); // the first is the big one
            for (int d = 0; d < ds; ++d)
                p.dataStreams.append(QByteArray(streams[d % std::size(streams)])
                                     + (d >= int(std::size(streams)) ? QByteArray::number(d) : QByteArray()));
            m_packages.append(p);
        }
    }

    int blob(const QByteArray &data)
    {
        const int mark = ++m_mark;
        std::printf("blob\nmark :%d\ndata %lld\n", mark, static_cast<long long>(data.size()));
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::printf("\n");
        return mark;
    }

    void commit(const char *tier, const QByteArray &message, const QByteArray &author, const QByteArray &changes)
    {
        const long long when = 1590969600LL + (m_commits++) * 1800; // from 2020-06-01, every half hour
        std::printf("commit refs/heads/%s\ncommitter %s %lld +0000\ndata %lld\n%s\n%s\n", tier, author.constData(),
                    when, static_cast<long long>(message.size()), message.constData(), changes.constData());
    }

    void initTier(const char *tier)
    {
        const int docker = blob("ARG PACKAGE_REGISTRY=v1.4.1\nFROM docker.elastic.co/package-registry/distribution:"
                                "${PACKAGE_REGISTRY}\nCOPY packages /packages/package-storage\n");
        const int readme = blob(QByteArray("# Package storage: ") + tier + "\n");
        commit(tier, "Initial commit", "Release Bot <release@example.org>",
               "M 100644 :" + QByteArray::number(docker) + " Dockerfile\nM 100644 :" + QByteArray::number(readme)
                   + " README.md\n");
        m_tiers[tier];
    }

    QByteArray manifest(const Package &p, const QByteArray &version, int variant)
    {
        QByteArray y = "format_version: 1.0.0\nname: " + p.name + "\ntitle: " + titleOf(p.name) + "\nversion: "
                       + version + "\nlicense: basic\ndescription: Collect logs and metrics from "
                       + titleOf(p.name) + " with Elastic Agent.\ntype: integration\ncategories:\n";
        y += "  - " + QByteArray(categoryNames[p.name.size() % std::size(categoryNames)]) + "\n";
        if (p.major == 0)
            y += variant % 2 ? "release: beta\n" : "release: experimental # still changing\n";
        const QByteArray kibana = "^7." + QByteArray::number(10 + p.minor % 7) + ".0";
        if (p.name.size() % 3 == 0)
            y += "conditions:\n  kibana.version: '" + kibana + "'\n";
        else
            y += "conditions:\n  kibana:\n    version: \"" + kibana + "\"\n";
        y += "screenshots:\n  - src: /img/" + p.name + "-overview.png\n    title: " + p.name
             + " overview\n    size: 1220x852\n    type: image/png\n";
        y += "icons:\n  - src: /img/logo_" + p.name + ".svg\n    title: logo " + p.name
             + "\n    size: 32x32\n    type: image/svg+xml\n";
        y += "policy_templates:\n  - name: " + p.name + "\n    title: " + titleOf(p.name)
             + " logs and metrics\n    description: Collect logs and metrics from " + titleOf(p.name)
             + " instances\n    inputs:\n";
        for (const QByteArray &ds : p.dataStreams.mid(0, 6))
            y += "      - type: " + ds + "/metrics\n        title: Collect " + ds + " data\n        description: "
                 "Collecting " + ds + " events from " + titleOf(p.name) + "\n        vars:\n          - name: hosts\n"
                 "            type: text\n            title: Hosts\n            multi: true\n            required: "
                 "true\n            show_user: true\n            default:\n              - http://127.0.0.1:"
                 + QByteArray::number(8000 + variant % 1000) + "\n";
        y += "owner:\n  github: " + p.team + "\n";
        return y;
    }

    static QByteArray titleOf(const QByteArray &name)
    {
        QByteArray t = name;
        t.replace('_', ' ');
        if (!t.isEmpty())
            t[0] = char(std::toupper(static_cast<unsigned char>(t[0])));
        return t;
    }

    QByteArray changelogEntry(const QByteArray &version)
    {
        static const char *const types[] = {"enhancement", "bugfix", "breaking-change"};
        static const char *const what[] = {"Update the ECS fields", "Fix parsing of timestamps",
                                           "Add a dashboard for the overview", "Support Kibana 7.x", "Rename fields"};
        QByteArray e = "- version: \"" + version + "\"\n  changes:\n";
        const int n = 1 + pick(3);
        for (int i = 0; i < n; ++i)
            e += "    - description: " + QByteArray(what[pick(int(std::size(what)))]) + "\n      type: "
                 + types[pick(10) == 0 ? 2 : pick(2)] + "\n      link: https://github.com/elastic/integrations/pull/"
                 + QByteArray::number(1000 + m_pr + i) + "\n";
        return e;
    }

    // The files of a new version: the package's previous files, with the ones a release changes replaced.
    Files versionFiles(Package &p, const QByteArray &version)
    {
        Files f = p.last;
        const int variant = m_commits;
        f.marks["manifest.yml"] = blob(manifest(p, version, variant));
        p.changelog.prepend(changelogEntry(version));
        if (p.changelog.size() > 40)
            p.changelog.removeLast();
        f.marks["changelog.yml"] = blob("# newer versions go on top\n" + p.changelog.join());
        if (!f.marks.count("docs/README.md") || chance(0.3))
            f.marks["docs/README.md"] = blob("# " + titleOf(p.name) + " integration\n\nVersion " + version + ".\n\n"
                                             + QByteArray(1500 + pick(3000), 'x').replace("xxxxxxxx", "lorem ips")
                                             + "\n");
        if (!f.marks.count("img/logo_" + p.name + ".svg")) {
            f.marks["img/logo_" + p.name + ".svg"] =
                blob("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\"><circle r=\"16\"/></svg>\n");
            QByteArray png(20000 + pick(30000), '\0');
            for (char &c : png)
                c = char(pick(256));
            f.marks["img/" + p.name + "-overview.png"] = blob(png);
            f.marks["kibana/dashboard/" + p.name + "-overview.json"] =
                blob("{\"attributes\": {\"title\": \"" + p.name + " overview\", \"panelsJSON\": \""
                     + QByteArray(8000, 'p') + "\"}}\n");
        }
        for (const QByteArray &ds : std::as_const(p.dataStreams)) {
            const QByteArray dir = "data_stream/" + ds + "/";
            const bool fresh = !f.marks.count(dir + "manifest.yml");
            if (fresh || chance(0.15))
                f.marks[dir + "fields/fields.yml"] =
                    blob("- name: " + p.name + "." + ds + "\n  type: group\n  fields:\n    - name: value"
                         + QByteArray::number(variant % 50) + "\n      type: long\n");
            if (!fresh)
                continue;
            f.marks[dir + "manifest.yml"] = blob("title: " + ds + " events\ntype: logs\nstreams:\n  - input: logfile\n"
                                                 "    vars:\n      - name: paths\n        type: text\n");
            f.marks[dir + "fields/base-fields.yml"] = blob("- name: data_stream.type\n  type: constant_keyword\n"
                                                           "- name: '@timestamp'\n  type: date\n");
            f.marks[dir + "fields/ecs.yml"] = blob("- external: ecs\n  name: ecs.version\n");
            f.marks[dir + "agent/stream/stream.yml.hbs"] = blob("paths:\n{{#each paths}}\n  - {{this}}\n{{/each}}\n");
            f.marks[dir + "elasticsearch/ingest_pipeline/default.yml"] =
                blob("description: Pipeline for " + ds + "\nprocessors:\n  - set:\n      field: ecs.version\n"
                     "      value: '1.10.0'\n");
            f.marks[dir + "sample_event.json"] = blob("{\"@timestamp\": \"2021-03-01T00:00:00Z\"}\n");
        }
        p.last = f;
        return f;
    }

    static QByteArray putLines(const QByteArray &dir, const Files &f)
    {
        QByteArray out;
        for (const auto &[path, mark] : f.marks)
            out += "M 100644 :" + QByteArray::number(mark) + " " + dir + path + "\n";
        return out;
    }

    static QByteArray dirOf(const Package &p, const QByteArray &version)
    {
        return "packages/" + p.name + "/" + version + "/";
    }

    void publish(int step)
    {
        const int index = pick(int(m_packages.size()));
        Package &p = m_packages[index];
        if (chance(0.05)) {
            ++p.major;
            p.minor = p.patch = 0;
        } else if (chance(0.3)) {
            ++p.minor;
            p.patch = 0;
        } else {
            ++p.patch;
        }
        QByteArray version = QByteArray::number(p.major) + "." + QByteArray::number(p.minor) + "."
                             + QByteArray::number(p.patch);
        if (chance(0.04))
            version += "-beta" + QByteArray::number(1 + pick(3));
        Version v{index, version, versionFiles(p, version)};
        ++m_pr;
        commit("snapshot", "[snapshot] Update \"" + p.name + "\" integration to version " + version + " (#"
                               + QByteArray::number(1000 + m_pr) + ")",
               "Integrations Bot <bot@example.org>", putLines(dirOf(p, version), v.files));
        m_tiers["snapshot"][p.name + "@" + version] = v;
        (void)step;
    }

    // Moves a batch of versions up one tier; most promoted copies leave the lower tier in the same round.
    void promote(const char *from, const char *to, int step)
    {
        auto &source = m_tiers[from];
        auto &dest = m_tiers[to];
        QByteArray adds, removals;
        QList<QByteArray> moved;
        for (auto &[key, v] : source) {
            // Staging keeps about a fifth, snapshot a quarter of what reaches them.
            if (dest.count(key) || !chance(std::string_view(from) == "snapshot" ? 0.62 : 0.78))
                continue;
            adds += putLines(dirOf(m_packages[v.package], v.version), v.files);
            dest[key] = v;
            if (chance(0.8)) {
                removals += "D " + dirOf(m_packages[v.package], v.version).chopped(1) + "\n";
                moved.append(key);
            }
        }
        if (adds.isEmpty())
            return;
        ++m_pr;
        const QByteArray message = QByteArray("Promote packages from ") + from + " to " + to + " (#"
                                   + QByteArray::number(1000 + m_pr) + ")";
        commit(to, message, "Release Manager <release@example.org>", adds);
        if (!removals.isEmpty()) {
            commit(from, "[" + QByteArray(from) + "] Remove packages promoted to " + to + " (#"
                             + QByteArray::number(1000 + m_pr) + ")",
                   "Release Manager <release@example.org>", removals);
            for (const QByteArray &key : std::as_const(moved))
                source.erase(key);
        }
        (void)step;
    }

    // A version that stayed in snapshot after its promotion is published there again: a shadowed copy.
    void republishShadow(int step)
    {
        auto &snapshot = m_tiers["snapshot"];
        for (auto &[key, v] : snapshot) {
            if (!m_tiers["staging"].count(key) && !m_tiers["production"].count(key))
                continue;
            Package &p = m_packages[v.package];
            v.files.marks["docs/README.md"] = blob("# " + titleOf(p.name) + "\n\nRe-published.\n");
            ++m_pr;
            commit("snapshot", "[snapshot] Re-publish \"" + p.name + "\" " + v.version + " (#"
                                   + QByteArray::number(1000 + m_pr) + ")",
                   "Integrations Bot <bot@example.org>", putLines(dirOf(p, v.version), v.files));
            break;
        }
        (void)step;
    }

    int m_target;
    std::mt19937 m_random;
    QList<Package> m_packages;
    std::map<QByteArray, std::map<QByteArray, Version>> m_tiers; // tier → name@version → version
    int m_mark = 0;
    long long m_commits = 0;
    int m_pr = 0;
};

} // namespace

int main(int argc, char **argv)
{
    const QByteArray size = argc > 1 ? QByteArray(argv[1]) : QByteArray("real");
    const int target = size == "real" ? 2331 : size == "10x" ? 23310 : size.toInt();
    if (target <= 0) {
        std::fprintf(stderr, "usage: tierdesk-generate real|10x|VERSIONS | git -C REPO fast-import --quiet\n");
        return 2;
    }
    Generator(target).run();
    std::printf("done\n");
    return 0;
}
