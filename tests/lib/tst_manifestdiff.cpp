// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The manifest-aware summary: changed fields and added changelog entries.
#include "support/FixtureBundle.h"
#include "diff/ManifestDiff.h"
#include "diff/PackageDiff.h"
#include "support/RepoBuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
QByteArray changelog(const QStringList &versions)
{
    QByteArray out = "# newer versions go on top\n";
    for (const QString &v : versions)
        out += u"- version: \"%1\"\n  changes:\n    - description: Change in %1\n      type: bugfix # one of ...\n"
               u"      link: https://github.com/elastic/integrations/pull/%2\n"_s
                   .arg(v)
                   .arg(v.size())
                   .toUtf8();
    return out;
}

QStringList versionsOf(const QList<ChangelogEntry> &entries)
{
    QStringList out;
    for (const ChangelogEntry &e : entries)
        out.append(e.version);
    return out;
}
} // namespace

class TestManifestDiff : public QObject {
    Q_OBJECT
private slots:
    void changedFields();
    void unchangedManifest();
    void otherKeys();
    void nestedStructure();
    void changelogAdded();
    void missingAndInvalid();
    void readFromTrees();
    void fixture();
};

void TestManifestDiff::changedFields()
{
    const QByteArray before = RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s, u"^7.16.0"_s, u"beta"_s);
    QByteArray after = RepoBuilder::manifest(u"nginx"_s, u"1.3.0"_s, u"^7.16.0 || ^8.0.0"_s, u"ga"_s);
    after.replace("elastic/integrations", "elastic/obs-team");
    after.replace("format_version: 1.0.0", "format_version: 2.0.0");
    after.replace("title: Nginx\n", "title: NGINX\n");
    after.replace("type: integration", "type: input");
    const ManifestSummary s = ManifestSummary::compare(before, after, {}, {});
    QStringList keys;
    for (const ManifestFieldChange &f : s.fields)
        keys.append(f.key);
    // In the order reviewers read them.
    QCOMPARE(keys, (QStringList{u"version"_s, u"conditions.kibana.version"_s, u"release"_s, u"owner.github"_s,
                                u"format_version"_s, u"title"_s, u"type"_s}));
    const ManifestFieldChange *kibana = s.field(u"conditions.kibana.version"_s);
    QVERIFY(kibana);
    QCOMPARE(kibana->label, u"Kibana constraint"_s);
    QCOMPARE(kibana->oldValue, u"^7.16.0"_s); // YAML quotes removed
    QCOMPARE(kibana->newValue, u"^7.16.0 || ^8.0.0"_s);
    QCOMPARE(s.field(u"release"_s)->oldValue, u"beta"_s);
    QCOMPARE(s.field(u"owner.github"_s)->newValue, u"elastic/obs-team"_s);
    QCOMPARE(s.field(u"version"_s)->newValue, u"1.3.0"_s);
    QCOMPARE(s.oldVersion, u"1.2.0"_s);
    QCOMPARE(s.newVersion, u"1.3.0"_s);
    QVERIFY(!s.field(u"name"_s));
    QVERIFY(s.notes.isEmpty());
}

void TestManifestDiff::unchangedManifest()
{
    const QByteArray m = RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s);
    QByteArray reformatted = m;
    reformatted.replace("kibana.version: '^7.16.0 || ^8.0.0'", "kibana.version: \"^7.16.0 || ^8.0.0\" # quoted");
    QVERIFY(reformatted != m);
    const ManifestSummary s = ManifestSummary::compare(m, reformatted, changelog({u"1.2.0"_s}), changelog({u"1.2.0"_s}));
    QVERIFY2(s.fields.isEmpty(), qPrintable(s.fields.isEmpty() ? QString() : s.fields[0].key));
    QVERIFY(s.isEmpty());
    // A release written as "ga" or left out is the same release.
    QByteArray noRelease = m;
    noRelease.replace("release: ga\n", "");
    QVERIFY(ManifestSummary::compare(m, noRelease, {}, {}).fields.isEmpty());
}

void TestManifestDiff::otherKeys()
{
    const QByteArray before = RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s, u"^7.16.0"_s, u"ga"_s,
                                                    u"license: basic\npolicy_templates:\n  - name: nginx\n"_s);
    const QByteArray after = RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s, u"^7.16.0"_s, u"ga"_s,
                                                   u"policy_templates:\n  - name: nginx\n    title: Logs\n"
                                                   u"conditions2: x\n"_s);
    const ManifestSummary s = ManifestSummary::compare(before, after, {}, {});
    // The policy template is matched by its name: the one key that changed is named, not the block.
    const ManifestFieldChange *title = s.field(u"policy_templates[nginx].title"_s);
    QVERIFY(title);
    QCOMPARE(title->change, FieldChange::Added);
    QCOMPARE(title->oldValue, QString());
    QCOMPARE(title->newValue, u"Logs"_s);
    QCOMPARE(s.field(u"license"_s)->newValue, QString());
    QCOMPARE(s.field(u"license"_s)->change, FieldChange::Removed);
    QCOMPARE(s.field(u"conditions2"_s)->oldValue, QString());
    QCOMPARE(s.field(u"conditions2"_s)->change, FieldChange::Added);
    QCOMPARE(s.fields.size(), 3);
}

void TestManifestDiff::nestedStructure()
{
    const QString templatesBefore =
        u"policy_templates:\n"
        u"  - name: nginx\n    title: Nginx logs\n    inputs:\n"
        u"      - type: logfile\n        vars:\n          - name: paths\n            default: [/var/log/a]\n"
        u"          - name: tags\n            default: [nginx]\n"
        u"      - type: nginx/metrics\n        title: Metrics\n"
        u"  - name: old\n    title: Removed template\n"
        u"vars:\n  - name: host\n    type: text\n"
        u"screenshots:\n  - src: /img/a.png\n  - src: /img/b.png\n"_s;
    const QString templatesAfter =
        u"policy_templates:\n"
        u"  - name: nginx\n    title: Nginx logs\n    inputs:\n"
        u"      - type: nginx/metrics\n        title: Nginx metrics\n"
        u"      - type: logfile\n        vars:\n          - name: paths\n            default: [/var/log/a, /var/log/b]\n"
        u"          - name: ssl\n            type: bool\n"
        u"  - name: new\n    title: Added template\n"
        u"vars:\n  - name: host\n    type: text\n    required: true\n"
        u"screenshots:\n  - src: /img/a.png\n  - src: /img/c.png\n"_s;
    const QByteArray before = RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s, u"^7.16.0"_s, u"ga"_s, templatesBefore);
    QByteArray after = RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s, u"^7.16.0"_s, u"ga"_s, templatesAfter);
    after.replace("  kibana.version: '^7.16.0'\n", "  kibana.version: '^7.16.0'\n  elastic:\n    subscription: basic\n");
    const ManifestSummary s = ManifestSummary::compare(before, after, {}, {});
    QStringList changes;
    for (const ManifestFieldChange &f : s.fields)
        changes.append(fieldChangeId(f.change) + u' ' + f.key + u": "_s + f.oldValue + u" → "_s + f.newValue);
    // Members of lists are matched by name (templates, vars) or type (inputs), whatever their order;
    // a member added or removed whole is one change; lists of other things by position.
    const QStringList expected{
        u"changed policy_templates[nginx].inputs[logfile].vars[paths].default: [/var/log/a] → [/var/log/a, /var/log/b]"_s,
        u"removed policy_templates[nginx].inputs[logfile].vars[tags]: {name: tags, default: [nginx]} → "_s,
        u"added policy_templates[nginx].inputs[logfile].vars[ssl]:  → {name: ssl, type: bool}"_s,
        u"changed policy_templates[nginx].inputs[nginx/metrics].title: Metrics → Nginx metrics"_s,
        u"removed policy_templates[old]: {name: old, title: Removed template} → "_s,
        u"added policy_templates[new]:  → {name: new, title: Added template}"_s,
        u"added vars[host].required:  → true"_s,
        u"changed screenshots[1].src: /img/b.png → /img/c.png"_s,
        u"added conditions.elastic:  → {subscription: basic}"_s,
    };
    QCOMPARE(changes, expected);
    QVERIFY(!s.field(u"policy_templates"_s)); // never one blob
}

void TestManifestDiff::changelogAdded()
{
    const QByteArray m12 = RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s);
    const QByteArray m14 = RepoBuilder::manifest(u"nginx"_s, u"1.4.0"_s);
    // 1.3.0 was already listed (unreleased) in the old changelog: still new with 1.4.0.
    // 1.1.5 was backfilled: not in the old changelog, so new too. 1.5.0 is above 1.4.0
    // but absent from the old changelog, so it counts (present in new, not in old).
    const QByteArray oldLog = changelog({u"1.3.0"_s, u"1.2.0"_s, u"1.1.0"_s});
    const QByteArray newLog = changelog({u"1.5.0"_s, u"1.4.0"_s, u"1.3.0"_s, u"1.2.0"_s, u"1.1.5"_s, u"1.1.0"_s});
    const ManifestSummary s = ManifestSummary::compare(m12, m14, oldLog, newLog);
    QCOMPARE(versionsOf(s.changelogAdded), (QStringList{u"1.5.0"_s, u"1.4.0"_s, u"1.3.0"_s, u"1.1.5"_s}));
    QVERIFY(s.changelogRemoved.isEmpty());
    const ChangelogEntry &e = s.changelogAdded[1];
    QCOMPARE(e.changes.size(), 1);
    QCOMPARE(e.changes[0].description, u"Change in 1.4.0"_s);
    QCOMPARE(e.changes[0].type, u"bugfix"_s); // the comment is not part of it
    QCOMPARE(e.changes[0].link, u"https://github.com/elastic/integrations/pull/5"_s);

    // Backwards, towards an older version: entries go away.
    const ManifestSummary back = ManifestSummary::compare(m14, m12, newLog, oldLog);
    QVERIFY(back.changelogAdded.isEmpty());
    QCOMPARE(versionsOf(back.changelogRemoved), (QStringList{u"1.5.0"_s, u"1.4.0"_s, u"1.1.5"_s}));
}

void TestManifestDiff::missingAndInvalid()
{
    const QByteArray m = RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s);
    const ManifestSummary added = ManifestSummary::compare({}, m, {}, changelog({u"1.2.0"_s}));
    QVERIFY(added.notes.contains(u"Only the new side has a manifest.yml."_s));
    QCOMPARE(added.field(u"version"_s)->oldValue, QString());
    QCOMPARE(added.field(u"version"_s)->newValue, u"1.2.0"_s);
    QCOMPARE(added.field(u"release"_s)->oldValue, QString()); // not "ga": there was no manifest
    QCOMPARE(versionsOf(added.changelogAdded), QStringList{u"1.2.0"_s});

    const ManifestSummary invalid = ManifestSummary::compare(m, "name: [nginx\n", {}, "- version: [\n");
    QVERIFY(invalid.notes.contains(u"The new manifest.yml could not be read."_s));
    QVERIFY(invalid.notes.join(u'\n').contains(u"New side: changelog.yml is not valid YAML"_s));
}

void TestManifestDiff::readFromTrees()
{
    RepoBuilder b;
    Files files = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    files.insert(RepoBuilder::package(u"nginx"_s, u"1.3.0"_s));
    files.insert(u"packages/nginx/1.3.0/changelog.yml"_s, changelog({u"1.3.0"_s, u"1.2.0"_s}));
    files.insert(u"packages/nginx/1.2.0/changelog.yml"_s, changelog({u"1.2.0"_s}));
    b.commit(u"snapshot"_s, files);
    auto s = ManifestSummary::read(b.repo(), b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.2.0"_s),
                                   b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s));
    QVERIFY(s);
    QCOMPARE(s->field(u"version"_s)->newValue, u"1.3.0"_s);
    QCOMPARE(versionsOf(s->changelogAdded), QStringList{u"1.3.0"_s});
    // A null tree is an absent side.
    auto fresh = ManifestSummary::read(b.repo(), {}, b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s));
    QVERIFY(fresh);
    QCOMPARE(versionsOf(fresh->changelogAdded), (QStringList{u"1.3.0"_s, u"1.2.0"_s}));
}

void TestManifestDiff::fixture()
{
    TIERDESK_REQUIRE_FIXTURE(repoPath);
    auto repo = git::Repository::open(repoPath);
    QVERIFY(repo);
    const TierConfig config;
    auto tree = [&](const QString &tier, const QString &version) {
        const SideResolution r = resolveSide(*repo, config, {tier, u"system"_s, version, {}});
        return r.side ? r.side->tree : git::ObjectId();
    };
    auto s = ManifestSummary::read(*repo, tree(u"production"_s, u"0.10.7"_s), tree(u"production"_s, u"0.10.9"_s));
    QVERIFY(s);
    QStringList keys;
    for (const ManifestFieldChange &f : s->fields)
        keys.append(f.key);
    QCOMPARE(keys.value(0), u"version"_s);
    QCOMPARE(s->field(u"version"_s)->oldValue, u"0.10.7"_s);
    // The policy templates are compared as structure: the new "vars" of an input is named
    // by its path and added, nothing else of the block is repeated.
    QVERIFY(keys.size() >= 2);
    const ManifestFieldChange *hostfs = nullptr;
    for (const ManifestFieldChange &f : s->fields) {
        if (f.key == u"version"_s)
            continue;
        QVERIFY2(f.key.startsWith(u"policy_templates[system]."_s), qPrintable(f.key));
        if (f.key.contains(u"system.hostfs"_s) || f.newValue.contains(u"system.hostfs"_s))
            hostfs = &f;
    }
    QVERIFY2(hostfs, qPrintable(keys.join(u", "_s)));
    QVERIFY2(hostfs->key.contains(u".vars"_s), qPrintable(hostfs->key));
    QCOMPARE(hostfs->change, FieldChange::Added);
    QVERIFY(hostfs->oldValue.isEmpty());

    // 0.11.2 brought the package's first changelog.yml.
    auto promote = ManifestSummary::read(*repo, tree(u"staging"_s, u"0.10.8"_s), tree(u"snapshot"_s, u"0.11.2"_s));
    QVERIFY(promote);
    QCOMPARE(versionsOf(promote->changelogAdded), (QStringList{u"0.11.2"_s, u"0.11.1"_s, u"0.0.3"_s}));
    QCOMPARE(promote->changelogAdded[0].changes[0].description, u"Update security data stream"_s);
    QCOMPARE(promote->changelogAdded[0].changes[0].type, u"bugfix"_s);
    QVERIFY(promote->field(u"version"_s));
    QCOMPARE(promote->field(u"version"_s)->newValue, u"0.11.2"_s);
}

QTEST_GUILESS_MAIN(TestManifestDiff)
#include "tst_manifestdiff.moc"
