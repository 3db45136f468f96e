// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The release check, the tag it cuts and the push, on storages built here and on the real fixture.
#include "support/FixtureBundle.h"
#include "storage/RefContents.h"
#include "support/ReleaseByHand.h"
#include "git/Remote.h"
#include "release/ReleaseTag.h"
#include "support/RepoBuilder.h"
#include "release/TagReadiness.h"
#include "release/TagReadinessReport.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace tierdesk;

using Contents = QMap<QString, QString>;

namespace {

const git::Signature Tagger{u"Release Manager"_s, u"release@example.com"_s,
                            QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::UTC)};

// A package version whose manifest has `kibana` as its constraint; "-" for none at all.
Files pkg(const QString &name, const QString &version, const QString &kibana, const QString &note = {})
{
    Files files = RepoBuilder::package(name, version, note);
    const QString manifest = u"packages/"_s + name + u'/' + version + u"/manifest.yml"_s;
    if (kibana == u"-"_s)
        files[manifest] = u"format_version: 1.0.0\nname: %1\ntitle: %1\nversion: %2\ntype: integration\n"
                          u"description: No conditions.\nowner:\n  github: elastic/integrations\n"_s
                              .arg(name, version)
                              .toUtf8();
    else
        files[manifest] = RepoBuilder::manifest(name, version, kibana);
    return files;
}

Files merged(std::initializer_list<Files> parts)
{
    Files all;
    for (const Files &part : parts)
        all.insert(part);
    return all;
}

// Test set-up only: an annotated tag made with libgit2 directly, not with the code under test.
void tagDirectly(RepoBuilder &b, const QString &name, const git::ObjectId &commit)
{
    git_object *target = nullptr;
    QVERIFY(git_object_lookup(&target, b.repo().raw(), commit.raw(), GIT_OBJECT_COMMIT) == 0);
    git::ObjectHandle owner(target);
    git_signature *sig = nullptr;
    QVERIFY(git_signature_new(&sig, "Setup", "setup@example.com", 1700000000, 0) == 0);
    git::SignatureHandle sigOwner(sig);
    git_oid id;
    QVERIFY(git_tag_create(&id, b.repo().raw(), name.toUtf8().constData(), target, sig, "setup", 0) == 0);
}

TagReadiness check(const QString &repo, const QString &version, const QString &previous = {})
{
    ReadinessRequest request;
    request.stackVersion = version;
    request.previous = previous;
    auto result = checkTagReadiness(repo, request);
    if (!result) {
        qWarning() << "check failed:" << result.error().text();
        return {};
    }
    return *result;
}

QMap<QString, QString> contentsMap(const TagReadiness &r)
{
    QMap<QString, QString> map;
    for (const ContentEntry &e : r.contents)
        map.insert(e.name, e.version);
    return map;
}

QList<Finding> findingsOf(const TagReadiness &r, FindingKind kind)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.kind == kind)
            out.append(f);
    return out;
}

QString dump(const TagReadiness &r)
{
    QStringList lines;
    for (const Finding &f : r.findings)
        lines.append(severityId(f.severity) + u' ' + findingKindId(f.kind) + u": "_s + f.message);
    return lines.join(u'\n');
}

QString tagTarget(const git::Repository &repo, const QString &tag)
{
    auto id = repo.resolveCommit(u"refs/tags/"_s + tag);
    return id ? id->toHex() : QString();
}

} // namespace

class TestTagReadiness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void constraintEdgeCases_data();
    void constraintEdgeCases();
    void invalidAndMissingConstraints();
    void tagNames();
    void regressionAgainstPreviousTag();
    void chosenPreviousRef();
    void previousTagChoice();
    void pendingVersionsInBothLowerTiers();
    void shadowedCopiesAndRegistryVersions();
    void readyWhenNothingToSay();
    void existingTagIsReportedAndNeverMoved();
    void tagRefusedWhenNotReadyOrWarnings();
    void tagRefusedWhenProductionMoved();
    void pushToLocalBareRepository();
    void pushNeverOverwritesRemoteTag();
    void pushToUnknownRemoteFails();
    void refusedCredentialsAreNotRetriedForever_data();
    void refusedCredentialsAreNotRetriedForever();
    void distributionIdentity();
    void reportRenderings();
    void refContentsLeavesRepositoryAlone();
    void fixtureContentsMatchManifests_data();
    void fixtureContentsMatchManifests();

private:
    std::unique_ptr<RepoBuilder> m_edge;
};

void TestTagReadiness::constraintEdgeCases_data()
{
    // One production branch; each package tests one form of constraint.
    m_edge = std::make_unique<RepoBuilder>();
    m_edge->commit(u"production"_s,
                   merged({
                       // "||": either major.
                       pkg(u"either"_s, u"1.0.0"_s, u"^7.16.0 || ^8.0.0"_s),
                       pkg(u"either"_s, u"2.0.0"_s, u"^8.4.0"_s),
                       // Ranges: comparators and a hyphen range.
                       pkg(u"ranged"_s, u"1.0.0"_s, u">=7.10.0 <8.0.0"_s),
                       pkg(u"ranged"_s, u"1.1.0"_s, u">=8.0.0, <8.6.0"_s),
                       pkg(u"ranged"_s, u"1.2.0"_s, u"8.6.0 - 8.8.0"_s),
                       // Pre-releases: only a comparison naming one accepts a pre-release stack.
                       pkg(u"pre"_s, u"1.0.0"_s, u"^8.0.0"_s),
                       pkg(u"pre"_s, u"1.1.0"_s, u">=8.6.0-0"_s),
                       // Wildcards and tilde.
                       pkg(u"wild"_s, u"3.0.0"_s, u"8.5.x"_s),
                       pkg(u"wild"_s, u"3.1.0"_s, u"~8.6.1"_s),
                   }));

    QTest::addColumn<QString>("stack");
    QTest::addColumn<Contents>("expected");
    using M = Contents;
    QTest::newRow("7.15.0") << u"7.15.0"_s << M{{u"ranged"_s, u"1.0.0"_s}};
    QTest::newRow("7.17.3") << u"7.17.3"_s << M{{u"either"_s, u"1.0.0"_s}, {u"ranged"_s, u"1.0.0"_s}};
    QTest::newRow("8.2.0") << u"8.2.0"_s
                           << M{{u"either"_s, u"1.0.0"_s}, {u"ranged"_s, u"1.1.0"_s}, {u"pre"_s, u"1.0.0"_s}};
    QTest::newRow("8.5.9") << u"8.5.9"_s
                           << M{{u"either"_s, u"2.0.0"_s},
                                {u"ranged"_s, u"1.1.0"_s},
                                {u"pre"_s, u"1.0.0"_s},
                                {u"wild"_s, u"3.0.0"_s}};
    QTest::newRow("8.6.0") << u"8.6.0"_s
                           << M{{u"either"_s, u"2.0.0"_s}, {u"ranged"_s, u"1.2.0"_s}, {u"pre"_s, u"1.1.0"_s}};
    QTest::newRow("8.6.2") << u"8.6.2"_s
                           << M{{u"either"_s, u"2.0.0"_s},
                                {u"ranged"_s, u"1.2.0"_s},
                                {u"pre"_s, u"1.1.0"_s},
                                {u"wild"_s, u"3.1.0"_s}};
    QTest::newRow("8.8.0 upper end of hyphen range")
        << u"8.8.0"_s << M{{u"either"_s, u"2.0.0"_s}, {u"ranged"_s, u"1.2.0"_s}, {u"pre"_s, u"1.1.0"_s}};
    QTest::newRow("8.8.1") << u"8.8.1"_s << M{{u"either"_s, u"2.0.0"_s}, {u"pre"_s, u"1.1.0"_s}};
    // Kibana asks with its version cut at the first "-": a snapshot stack sees what the release sees.
    QTest::newRow("8.6.0-SNAPSHOT as 8.6.0")
        << u"8.6.0-SNAPSHOT"_s << M{{u"either"_s, u"2.0.0"_s}, {u"ranged"_s, u"1.2.0"_s}, {u"pre"_s, u"1.1.0"_s}};
    QTest::newRow("8.5.0-SNAPSHOT as 8.5.0")
        << u"8.5.0-SNAPSHOT"_s
        << M{{u"either"_s, u"2.0.0"_s}, {u"ranged"_s, u"1.1.0"_s}, {u"pre"_s, u"1.0.0"_s}, {u"wild"_s, u"3.0.0"_s}};
    QTest::newRow("8.6.2-rc.1-x as 8.6.2")
        << u"8.6.2-rc.1-x"_s
        << M{{u"either"_s, u"2.0.0"_s}, {u"ranged"_s, u"1.2.0"_s}, {u"pre"_s, u"1.1.0"_s}, {u"wild"_s, u"3.1.0"_s}};
    QTest::newRow("9.0.0") << u"9.0.0"_s << M{{u"pre"_s, u"1.1.0"_s}};
}

void TestTagReadiness::constraintEdgeCases()
{
    QFETCH(QString, stack);
    QFETCH(Contents, expected);
    const TagReadiness r = check(m_edge->path(), stack);
    QCOMPARE(r.stackVersion.toString(), stack);
    QCOMPARE(r.evaluatedVersion.toString(), stack.section(u'-', 0, 0));
    QCOMPARE(contentsMap(r), expected);
    const auto prerelease = findingsOf(r, FindingKind::PrereleaseStack);
    QCOMPARE(prerelease.size(), stack.contains(u'-') ? 1 : 0);
    if (!prerelease.isEmpty()) {
        QCOMPARE(prerelease[0].severity, Severity::Info);
        QVERIFY2(prerelease[0].message.contains(u"is evaluated as "_s + r.evaluatedVersion.toString()),
                 qPrintable(prerelease[0].message));
        QVERIFY(!prerelease[0].message.contains(u'\n'));
    }
    // Empty contents block the tag; anything else here is ready (no previous tag, no lower tiers).
    QCOMPARE(r.verdict(), expected.isEmpty() ? Verdict::NotReady : Verdict::Ready);
    QCOMPARE(findingsOf(r, FindingKind::NoContents).size(), expected.isEmpty() ? 1 : 0);
}

void TestTagReadiness::invalidAndMissingConstraints()
{
    RepoBuilder b;
    b.commit(u"production"_s, merged({
                                  pkg(u"broken"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                  pkg(u"broken"_s, u"1.1.0"_s, u">>8"_s), // does not parse
                                  pkg(u"loose"_s, u"0.1.0"_s, u"-"_s),   // no condition: any stack version
                                  pkg(u"loose"_s, u"0.2.0"_s, u"-"_s),
                                  pkg(u"old"_s, u"1.0.0"_s, u"-"_s),
                                  pkg(u"old"_s, u"2.0.0"_s, u"^7.0.0 || ^8.0.0"_s),
                              }));
    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    QCOMPARE(contentsMap(r), (QMap<QString, QString>{{u"broken"_s, u"1.0.0"_s},
                                                      {u"loose"_s, u"0.2.0"_s},
                                                      {u"old"_s, u"2.0.0"_s}}));
    QVERIFY(r.content(u"loose"_s)->constraint.isEmpty());
    QCOMPARE(r.content(u"old"_s)->constraint, u"^7.0.0 || ^8.0.0"_s);

    const auto invalid = findingsOf(r, FindingKind::InvalidConstraint);
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid[0].severity, Severity::Blocks);
    QCOMPARE(invalid[0].package, u"broken"_s);
    QCOMPARE(invalid[0].version, u"1.1.0"_s);
    QVERIFY2(invalid[0].message.contains(u">>8"_s), qPrintable(invalid[0].message));

    const auto missing = findingsOf(r, FindingKind::MissingConstraint);
    QCOMPARE(missing.size(), 2);
    // In the contents: a warning naming both versions; not in the contents: a note.
    QCOMPARE(missing[0].package, u"loose"_s);
    QCOMPARE(missing[0].severity, Severity::Warning);
    QVERIFY(missing[0].message.contains(u"0.1.0, 0.2.0"_s));
    QCOMPARE(missing[1].package, u"old"_s);
    QCOMPARE(missing[1].severity, Severity::Info);
    QCOMPARE(r.verdict(), Verdict::NotReady);
    QCOMPARE(r.reasons().size(), 1);
    QCOMPARE(r.reasons()[0].kind, FindingKind::InvalidConstraint);

    // A version without a readable manifest blocks as well.
    Files bad = pkg(u"yamlbad"_s, u"1.0.0"_s, u"^8.0.0"_s);
    bad[u"packages/yamlbad/1.0.0/manifest.yml"_s] = "name: [yamlbad\n";
    b.commit(u"production"_s, bad);
    const TagReadiness r2 = check(b.path(), u"8.6.0"_s);
    const auto unreadable = findingsOf(r2, FindingKind::UnreadableManifest);
    QCOMPARE(unreadable.size(), 1);
    QCOMPARE(unreadable[0].package, u"yamlbad"_s);
    QCOMPARE(unreadable[0].severity, Severity::Blocks);
    QVERIFY(!r2.content(u"yamlbad"_s));
}

void TestTagReadiness::tagNames()
{
    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"nginx"_s, u"1.0.0"_s, u"^8.0.0"_s));
    const TagReadiness v = check(b.path(), u"v8.6.0"_s);
    QCOMPARE(v.tagName, u"8.6.0"_s);
    QCOMPARE(v.requested, u"v8.6.0"_s);
    const auto invalid = findingsOf(v, FindingKind::InvalidTagName);
    QCOMPARE(invalid.size(), 1);
    QVERIFY(invalid[0].message.contains(u"never “v”-prefixed"_s));
    QCOMPARE(v.verdict(), Verdict::NotReady);
    QCOMPARE(contentsMap(v).value(u"nginx"_s), u"1.0.0"_s); // still shows what 8.6.0 would hold

    const TagReadiness zero = check(b.path(), u"08.6.0"_s);
    QCOMPARE(zero.tagName, u"8.6.0"_s);
    QCOMPARE(findingsOf(zero, FindingKind::InvalidTagName).size(), 1);

    const TagReadiness ok = check(b.path(), u"8.6.0-SNAPSHOT"_s);
    QCOMPARE(ok.tagName, u"8.6.0-SNAPSHOT"_s);
    QCOMPARE(findingsOf(ok, FindingKind::InvalidTagName).size(), 0);

    ReadinessRequest request;
    request.stackVersion = u"banana"_s;
    auto nonsense = checkTagReadiness(b.path(), request);
    QVERIFY(!nonsense);
    QVERIFY(nonsense.error().message.contains(u"banana"_s));
}

void TestTagReadiness::regressionAgainstPreviousTag()
{
    RepoBuilder b;
    const git::ObjectId released = b.commit(u"production"_s, merged({
                                                                 pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                                                 pkg(u"beta"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                                                 pkg(u"gamma"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                                                 pkg(u"delta"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                                                 pkg(u"omega"_s, u"2.0.0"_s, u"^8.0.0"_s),
                                                                 pkg(u"kappa"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                                             }));
    tagDirectly(b, u"8.5.0"_s, released);
    // Noise among the tags: lower, "v"-prefixed, higher, not a version.
    tagDirectly(b, u"8.4.0"_s, released);
    tagDirectly(b, u"v8.5.5"_s, released);
    tagDirectly(b, u"8.7.0"_s, released);
    tagDirectly(b, u"latest"_s, released);

    // Since 8.5.0: alpha updated; beta only has a version for 9.x now (its major left
    // behind: explained); kappa only one for 8.7.0 and later (still 8.x: unexplained);
    // gamma removed; omega goes back to 1.9.0; epsilon is new; delta unchanged.
    b.commit(u"production"_s,
             merged({pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s), pkg(u"beta"_s, u"2.0.0"_s, u"^9.0.0"_s),
                     pkg(u"kappa"_s, u"1.1.0"_s, u"^8.7.0"_s), pkg(u"epsilon"_s, u"0.1.0"_s, u"^8.6.0"_s),
                     pkg(u"omega"_s, u"1.9.0"_s, u"^8.0.0"_s)}),
             {},
             {u"packages/alpha/1.0.0"_s, u"packages/beta/1.0.0"_s, u"packages/kappa/1.0.0"_s, u"packages/gamma"_s,
              u"packages/omega/2.0.0"_s});

    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    QVERIFY(r.previous);
    QVERIFY(r.previous->automatic);
    QCOMPARE(r.previous->revision, u"8.5.0"_s);
    QCOMPARE(r.previous->refName, u"refs/tags/8.5.0"_s);
    QCOMPARE(r.previous->commit, released);
    QCOMPARE(r.previous->stackVersion->toString(), u"8.5.0"_s);
    QCOMPARE(r.previous->contents.size(), 6);
    QCOMPARE(r.previous->unchanged, 1); // delta

    QStringList changes;
    for (const PackageChange &c : r.previous->changes)
        changes.append(changeKindId(c.kind) + u' ' + c.name + u' ' + c.from + u"->"_s + c.to
                       + (c.downgrade ? u" down"_s : QString()));
    QCOMPARE(changes, (QStringList{u"updated alpha 1.0.0->1.1.0"_s, u"removed beta 1.0.0->"_s,
                                   u"added epsilon ->0.1.0"_s, u"removed gamma 1.0.0->"_s,
                                   u"removed kappa 1.0.0->"_s, u"updated omega 2.0.0->1.9.0 down"_s}));

    // beta: a warning that names the constraint, the baseline and how to choose another.
    const auto dropped = findingsOf(r, FindingKind::MajorDropped);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped[0].package, u"beta"_s);
    QCOMPARE(dropped[0].severity, Severity::Warning);
    QVERIFY2(dropped[0].message.contains(u"beta had 1.0.0 in 8.5.0"_s), qPrintable(dropped[0].message));
    QVERIFY2(dropped[0].message.contains(u"2.0.0, requires ^9.0.0"_s), qPrintable(dropped[0].message));
    QVERIFY2(dropped[0].message.contains(u"8.x"_s), qPrintable(dropped[0].message));
    QVERIFY2(dropped[0].message.contains(u"--previous"_s), qPrintable(dropped[0].message));
    // kappa: still supports 8.x, just not 8.6.0: nothing explains it, it blocks.
    const auto regression = findingsOf(r, FindingKind::Regression);
    QCOMPARE(regression.size(), 1);
    QCOMPARE(regression[0].package, u"kappa"_s);
    QCOMPARE(regression[0].severity, Severity::Blocks);
    QVERIFY2(regression[0].message.contains(u"kappa had 1.0.0 in 8.5.0"_s), qPrintable(regression[0].message));
    QVERIFY2(regression[0].message.contains(u"1.1.0 (^8.7.0) still supports 8.x but not 8.6.0"_s),
             qPrintable(regression[0].message));
    QVERIFY2(regression[0].message.contains(u"--previous"_s), qPrintable(regression[0].message));
    const auto removed = findingsOf(r, FindingKind::PackageRemoved);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0].package, u"gamma"_s);
    QCOMPARE(removed[0].severity, Severity::Warning);
    const auto down = findingsOf(r, FindingKind::Downgrade);
    QCOMPARE(down.size(), 1);
    QCOMPARE(down[0].package, u"omega"_s);
    QCOMPARE(r.verdict(), Verdict::NotReady);
    QCOMPARE(r.reasons().size(), 1);
    QVERIFY(!r.existingTag);
}

void TestTagReadiness::chosenPreviousRef()
{
    RepoBuilder b;
    const git::ObjectId first = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    tagDirectly(b, u"8.4.0"_s, first);
    const git::ObjectId second = b.commit(u"production"_s, pkg(u"beta"_s, u"1.0.0"_s, u"^8.0.0"_s));
    tagDirectly(b, u"8.5.0"_s, second);
    b.commit(u"production"_s, pkg(u"gamma"_s, u"1.0.0"_s, u"^8.0.0"_s));

    // A version tag picked by the user: evaluated for its own version.
    const TagReadiness byTag = check(b.path(), u"8.6.0"_s, u"8.4.0"_s);
    QVERIFY(byTag.previous && !byTag.previous->automatic);
    QCOMPARE(byTag.previous->commit, first);
    QCOMPARE(byTag.previous->changes.size(), 2); // beta, gamma added
    // Any other ref: a commit id; evaluated for the requested version.
    const TagReadiness byCommit = check(b.path(), u"8.6.0"_s, second.toHex());
    QVERIFY(byCommit.previous);
    QCOMPARE(byCommit.previous->commit, second);
    QCOMPARE(byCommit.previous->refName, QString());
    QCOMPARE(byCommit.previous->stackVersion->toString(), u"8.6.0"_s);
    QCOMPARE(byCommit.previous->changes.size(), 1); // gamma added
    // A branch expression.
    const TagReadiness byBranch = check(b.path(), u"8.6.0"_s, u"production~2"_s);
    QCOMPARE(byBranch.previous->commit, first);

    ReadinessRequest request;
    request.stackVersion = u"8.6.0"_s;
    request.previous = u"no-such-ref"_s;
    auto missing = checkTagReadiness(b.path(), request);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"no-such-ref"_s), qPrintable(missing.error().text()));
}

void TestTagReadiness::previousTagChoice()
{
    const auto v = [](const char *s) { return *Version::parse(QString::fromLatin1(s)); };
    const QList<QPair<Version, QString>> tags{{v("8.4.0"), u"8.4.0"_s},
                                              {v("8.5.0-SNAPSHOT"), u"8.5.0-SNAPSHOT"_s},
                                              {v("8.5.1"), u"8.5.1"_s},
                                              {v("8.6.0-rc1"), u"8.6.0-rc1"_s},
                                              {v("8.6.0"), u"8.6.0"_s}};
    QCOMPARE(previousReleaseTag(tags, v("8.6.0")), std::optional<QString>(u"8.5.1"_s)); // releases preferred
    QCOMPARE(previousReleaseTag(tags, v("8.7.0-SNAPSHOT")), std::optional<QString>(u"8.6.0"_s));
    QCOMPARE(previousReleaseTag(tags, v("8.5.0")), std::optional<QString>(u"8.4.0"_s));
    QCOMPARE(previousReleaseTag(tags, v("8.4.0")), std::nullopt);
    const QList<QPair<Version, QString>> onlyPre{{v("8.5.0-SNAPSHOT"), u"8.5.0-SNAPSHOT"_s}};
    QCOMPARE(previousReleaseTag(onlyPre, v("8.6.0")), std::optional<QString>(u"8.5.0-SNAPSHOT"_s));
}

void TestTagReadiness::pendingVersionsInBothLowerTiers()
{
    RepoBuilder b;
    b.commit(u"production"_s, merged({pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s), pkg(u"beta"_s, u"1.0.0"_s, u"^8.0.0"_s),
                                      pkg(u"zeta"_s, u"3.0.0"_s, u"^8.0.0"_s)}));
    b.commit(u"staging"_s, merged({pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s),
                                   pkg(u"zeta"_s, u"2.0.0"_s, u"^8.0.0"_s)})); // older than production's: nothing
    b.commit(u"snapshot"_s, merged({pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s),  // promoted copy: not again
                                    pkg(u"alpha"_s, u"1.2.0"_s, u"^9.0.0"_s),  // not for 8.6.0
                                    pkg(u"beta"_s, u"1.2.0"_s, u">=8.6.0"_s),
                                    pkg(u"beta"_s, u"1.3.0-beta1"_s, u">=8.6.0"_s),
                                    pkg(u"gamma"_s, u"0.1.0"_s, u"^8.0.0"_s)}));

    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    const auto pending = findingsOf(r, FindingKind::PendingNewer);
    QStringList seen;
    for (const Finding &f : pending)
        seen.append(f.package + u' ' + f.version + u' ' + f.tier + u' ' + severityId(f.severity));
    seen.sort();
    QCOMPARE(seen, (QStringList{u"alpha 1.1.0 staging warning"_s, u"beta 1.3.0-beta1 snapshot info"_s,
                                u"gamma 0.1.0 snapshot info"_s}));
    for (const Finding &f : pending) {
        if (f.package == u"alpha"_s)
            QVERIFY2(f.message.contains(u"waits in staging"_s) && f.message.contains(u"would carry 1.0.0"_s),
                     qPrintable(f.message));
        if (f.package == u"gamma"_s)
            QVERIFY2(f.message.contains(u"would not carry gamma"_s), qPrintable(f.message));
    }
    QCOMPARE(r.verdict(), Verdict::ReadyWithWarnings);
    QCOMPARE(r.reasons().size(), 1);
    QCOMPARE(contentsMap(r), (QMap<QString, QString>{{u"alpha"_s, u"1.0.0"_s}, {u"beta"_s, u"1.0.0"_s},
                                                      {u"zeta"_s, u"3.0.0"_s}}));
}

void TestTagReadiness::shadowedCopiesAndRegistryVersions()
{
    RepoBuilder b;
    Files production = merged({pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s), pkg(u"beta"_s, u"1.0.0"_s, u"^8.0.0"_s)});
    production.insert(u"Dockerfile"_s, "ARG PACKAGE_REGISTRY=v1.5.0\nFROM x\n");
    b.commit(u"production"_s, production);
    Files staging = pkg(u"beta"_s, u"1.0.0"_s, u"^8.0.0"_s); // identical: promoted, not a finding
    staging.insert(u"Dockerfile"_s, "ARG PACKAGE_REGISTRY=v1.5.0\n");
    b.commit(u"staging"_s, staging);
    Files snapshot = pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s, u"edited after the release"_s);
    snapshot.insert(u"Dockerfile"_s, "ARG PACKAGE_REGISTRY=v1.6.0\n");
    b.commit(u"snapshot"_s, snapshot);
    QCOMPARE(b.versionTree(u"staging"_s, u"beta"_s, u"1.0.0"_s), b.versionTree(u"production"_s, u"beta"_s, u"1.0.0"_s));

    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    const auto shadowed = findingsOf(r, FindingKind::ShadowedCopy);
    QCOMPARE(shadowed.size(), 1);
    QCOMPARE(shadowed[0].package, u"alpha"_s);
    QCOMPARE(shadowed[0].tier, u"snapshot"_s);
    QCOMPARE(shadowed[0].severity, Severity::Warning);
    QVERIFY(shadowed[0].message.contains(b.versionTree(u"snapshot"_s, u"alpha"_s, u"1.0.0"_s).shortHex(7)));
    const auto registry = findingsOf(r, FindingKind::RegistryVersions);
    QCOMPARE(registry.size(), 1);
    QVERIFY2(registry[0].message.contains(u"production v1.5.0, staging v1.5.0, snapshot v1.6.0"_s),
             qPrintable(registry[0].message));
    QCOMPARE(r.verdict(), Verdict::ReadyWithWarnings);
    QCOMPARE(r.reasons().size(), 2);
}

void TestTagReadiness::readyWhenNothingToSay()
{
    RepoBuilder b;
    const git::ObjectId c = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    tagDirectly(b, u"8.5.0"_s, c);
    b.commit(u"staging"_s, pkg(u"beta"_s, u"1.0.0"_s, u"^9.0.0"_s)); // not for 8.6.0
    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    QVERIFY2(r.findings.isEmpty(), qPrintable(dump(r)));
    QCOMPARE(r.verdict(), Verdict::Ready);
    QVERIFY(r.reasons().isEmpty());
    QCOMPARE(r.previous->unchanged, 1);
}

void TestTagReadiness::existingTagIsReportedAndNeverMoved()
{
    RepoBuilder b;
    const git::ObjectId first = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0 || ^9.0.0"_s));
    const TagReadiness ready = check(b.path(), u"8.6.0"_s);
    QCOMPARE(ready.verdict(), Verdict::Ready);
    auto created = createReleaseTag(b.repo(), ready, {false, Tagger});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().text()));
    QCOMPARE(tagTarget(b.repo(), u"8.6.0"_s), first.toHex());

    // The tag object: annotated, the tagger given, the message listing the contents.
    git_tag *tag = nullptr;
    QVERIFY(git_tag_lookup(&tag, b.repo().raw(), created->raw()) == 0);
    git::TagHandle tagOwner(tag);
    QCOMPARE(QString::fromUtf8(git_tag_name(tag)), u"8.6.0"_s);
    QCOMPARE(git::ObjectId(git_tag_target_id(tag)), first);
    QCOMPARE(QString::fromUtf8(git_tag_tagger(tag)->email), Tagger.email);
    const QString message = QString::fromUtf8(git_tag_message(tag));
    QVERIFY2(message.startsWith(u"Elastic Stack 8.6.0\n"_s), qPrintable(message));
    QVERIFY2(message.contains(u"\n- alpha: 1.0.0\n"_s), qPrintable(message));

    // Checked again: already tagged, at the tip.
    const TagReadiness again = check(b.path(), u"8.6.0"_s);
    QVERIFY(again.existingTag);
    QVERIFY(again.existingTag->atProductionTip);
    QVERIFY(again.existingTag->annotated);
    QCOMPARE(again.existingTag->commitsSince, 0);
    const auto tagged = findingsOf(again, FindingKind::TagExists);
    QCOMPARE(tagged.size(), 1);
    QCOMPARE(tagged[0].severity, Severity::Info); // not a failure
    QVERIFY2(tagged[0].message.contains(first.shortHex(12)) && tagged[0].message.contains(u"has not moved"_s),
             qPrintable(tagged[0].message));
    QCOMPARE(again.verdict(), Verdict::Tagged);
    QCOMPARE(again.reasons().size(), 1);
    QCOMPARE(verdictId(again.verdict()), u"tagged"_s);
    QVERIFY(readinessToMarkdown(again).contains(u"**Verdict: Tagged**"_s));
    QCOMPARE(readinessToJson(again)[u"existingTag"_s][u"commitsSince"_s].toInt(), 0);

    // A newer version waiting in staging is for the next tag: no "Promote it first", the tag stays as it is.
    b.commit(u"staging"_s, pkg(u"alpha"_s, u"1.0.1"_s, u"^8.0.0"_s));
    const TagReadiness waiting = check(b.path(), u"8.6.0"_s);
    QCOMPARE(waiting.verdict(), Verdict::Tagged);
    const auto pending = findingsOf(waiting, FindingKind::PendingNewer);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].severity, Severity::Info);
    QVERIFY2(!pending[0].message.contains(u"would carry"_s) && !pending[0].message.contains(u"Promote it first"_s),
             qPrintable(pending[0].message));
    QVERIFY2(pending[0].message.contains(u"production serves 1.0.0 now"_s)
                 && pending[0].message.contains(u"The tag 8.6.0 exists and is never moved"_s)
                 && pending[0].message.contains(u"1.0.1 goes into the next tag"_s),
             qPrintable(pending[0].message));

    // Production moves on: the tag is reported as elsewhere, creating it again fails, nothing moves.
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s));
    const TagReadiness moved = check(b.path(), u"8.6.0"_s);
    QVERIFY(moved.existingTag);
    QVERIFY(!moved.existingTag->atProductionTip);
    QCOMPARE(moved.existingTag->commit, first);
    QCOMPARE(moved.existingTag->commitsSince, 1);
    QCOMPARE(moved.verdict(), Verdict::Tagged);
    const auto exists = findingsOf(moved, FindingKind::TagExists);
    QCOMPARE(exists.size(), 1);
    QVERIFY2(exists[0].message.contains(u"moved 1 commit(s) since"_s), qPrintable(exists[0].message));
    QVERIFY2(exists[0].message.contains(u"never moved"_s), qPrintable(exists[0].message));
    QVERIFY(readinessToMarkdown(moved).contains(u"production moved 1 commit(s) since"_s));
    auto again2 = createReleaseTag(b.repo(), moved, {true, Tagger});
    QVERIFY(!again2);
    QCOMPARE(again2.error().code, int(GIT_EEXISTS));

    // A tag on a commit production never had.
    const git::ObjectId side = b.commit(u"elsewhere"_s, pkg(u"alpha"_s, u"9.0.0"_s, u"^8.0.0"_s));
    tagDirectly(b, u"8.6.1"_s, side);
    const TagReadiness offside = check(b.path(), u"8.6.1"_s);
    QCOMPARE(offside.existingTag->commitsSince, -1);
    QVERIFY2(findingsOf(offside, FindingKind::TagExists)[0].message.contains(u"not in the history"_s),
             qPrintable(dump(offside)));

    // Even a stale "ready" result cannot overwrite it.
    TagReadiness forged = check(b.path(), u"8.6.0"_s);
    forged.findings.clear();
    forged.existingTag.reset();
    auto overwrite = createReleaseTag(b.repo(), forged, {true, Tagger});
    QVERIFY(!overwrite);
    QCOMPARE(overwrite.error().code, int(GIT_EEXISTS));
    QCOMPARE(tagTarget(b.repo(), u"8.6.0"_s), first.toHex());
    auto sameObject = b.repo().resolveCommit(u"refs/tags/8.6.0"_s);
    QVERIFY(sameObject);
    git_reference *ref = nullptr;
    QVERIFY(git_reference_lookup(&ref, b.repo().raw(), "refs/tags/8.6.0") == 0);
    git::ReferenceHandle refOwner(ref);
    QCOMPARE(git::ObjectId(git_reference_target(ref)), *created); // the very same tag object
}

void TestTagReadiness::tagRefusedWhenNotReadyOrWarnings()
{
    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    b.commit(u"staging"_s, pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s));
    const TagReadiness warnings = check(b.path(), u"8.6.0"_s);
    QCOMPARE(warnings.verdict(), Verdict::ReadyWithWarnings);
    QVERIFY(!createReleaseTag(b.repo(), warnings, {false, Tagger}));
    QVERIFY(!b.repo().hasReference(u"refs/tags/8.6.0"_s));

    const TagReadiness notReady = check(b.path(), u"9.1.0"_s); // nothing accepts 9.x
    QCOMPARE(notReady.verdict(), Verdict::NotReady);
    QVERIFY(!createReleaseTag(b.repo(), notReady, {true, Tagger}));
    QVERIFY(!b.repo().hasReference(u"refs/tags/9.1.0"_s));

    QVERIFY(createReleaseTag(b.repo(), warnings, {true, Tagger}));
    QVERIFY(b.repo().hasReference(u"refs/tags/8.6.0"_s));
}

void TestTagReadiness::tagRefusedWhenProductionMoved()
{
    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s));
    auto created = createReleaseTag(b.repo(), r, {false, Tagger});
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(u"moved"_s), qPrintable(created.error().text()));
    QVERIFY(!b.repo().hasReference(u"refs/tags/8.6.0"_s));
}

void TestTagReadiness::pushToLocalBareRepository()
{
    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    auto created = createReleaseTag(b.repo(), r, {false, Tagger});
    QVERIFY(created);

    RepoBuilder remote(true);
    // By path.
    auto pushed = pushTag(b.repo(), remote.path(), u"8.6.0"_s);
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(pushed->ok());
    QCOMPARE(pushed->refs.size(), 1);
    QCOMPARE(pushed->refs.constFirst().ref, u"refs/tags/8.6.0"_s);
    git_reference *ref = nullptr;
    QVERIFY(git_reference_lookup(&ref, remote.repo().raw(), "refs/tags/8.6.0") == 0);
    git::ReferenceHandle refOwner(ref);
    QCOMPARE(git::ObjectId(git_reference_target(ref)), *created); // the annotated tag object itself
    QCOMPARE(tagTarget(remote.repo(), u"8.6.0"_s), r.productionCommit.toHex());

    // By file:// URL, to another repository, and through a configured remote name.
    RepoBuilder second(true);
    auto byUrl = pushTag(b.repo(), u"file://"_s + second.path(), u"8.6.0"_s);
    QVERIFY2(byUrl, qPrintable(byUrl ? QString() : byUrl.error().text()));
    QCOMPARE(tagTarget(second.repo(), u"8.6.0"_s), r.productionCommit.toHex());

    RepoBuilder third(true);
    git_remote *configured = nullptr;
    QVERIFY(git_remote_create(&configured, b.repo().raw(), "upstream", third.path().toUtf8().constData()) == 0);
    git::RemoteHandle configuredOwner(configured);
    QCOMPARE(b.repo().remoteNames(), QStringList{u"upstream"_s});
    auto byName = pushTag(b.repo(), u"upstream"_s, u"8.6.0"_s);
    QVERIFY2(byName, qPrintable(byName ? QString() : byName.error().text()));
    QCOMPARE(tagTarget(third.repo(), u"8.6.0"_s), r.productionCommit.toHex());

    // Pushing it again changes nothing and is fine.
    QVERIFY(pushTag(b.repo(), remote.path(), u"8.6.0"_s));
    // A tag that does not exist locally is not pushed.
    QVERIFY(!pushTag(b.repo(), remote.path(), u"9.9.9"_s));
}

void TestTagReadiness::pushNeverOverwritesRemoteTag()
{
    // The remote already has 8.6.0 on another commit.
    RepoBuilder remote(true);
    const git::ObjectId elsewhere = remote.commit(u"production"_s, pkg(u"other"_s, u"1.0.0"_s, u"^8.0.0"_s));
    tagDirectly(remote, u"8.6.0"_s, elsewhere);
    const QString before = tagTarget(remote.repo(), u"8.6.0"_s);

    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    QVERIFY(createReleaseTag(b.repo(), r, {false, Tagger}));
    auto pushed = pushTag(b.repo(), remote.path(), u"8.6.0"_s);
    QVERIFY(!pushed);
    QCOMPARE(tagTarget(remote.repo(), u"8.6.0"_s), before);
    QCOMPARE(before, elsewhere.toHex());
}

void TestTagReadiness::pushToUnknownRemoteFails()
{
    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    QVERIFY(createReleaseTag(b.repo(), check(b.path(), u"8.6.0"_s), {false, Tagger}));
    auto noName = pushTag(b.repo(), u"nosuchremote"_s, u"8.6.0"_s);
    QVERIFY(!noName);
    QVERIFY2(noName.error().message.contains(u"nosuchremote"_s), qPrintable(noName.error().text()));
    auto noPath = pushTag(b.repo(), u"/nonexistent/storage.git"_s, u"8.6.0"_s);
    QVERIFY(!noPath);
}

void TestTagReadiness::refusedCredentialsAreNotRetriedForever_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("message");
    // Plain HTTP: the token goes only over HTTPS to the GitHub host, so it is withheld, not refused (issue #14).
    QTest::newRow("token over plain HTTP") << QByteArray("not-a-real-token")
                                           << u"the GitHub token is sent only over HTTPS to github.com"_s;
    QTest::newRow("no credentials") << QByteArray() << u"none is available"_s;
}

void TestTagReadiness::refusedCredentialsAreNotRetriedForever()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, message);
    // An https-like remote that asks for credentials on every request and accepts none.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"storage\"\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });

    RepoBuilder b;
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    QVERIFY(createReleaseTag(b.repo(), check(b.path(), u"8.6.0"_s), {false, Tagger}));
    const QByteArray savedGithub = qgetenv("GITHUB_TOKEN"), savedGh = qgetenv("GH_TOKEN");
    qunsetenv("GH_TOKEN");
    if (token.isEmpty())
        qunsetenv("GITHUB_TOKEN");
    else
        qputenv("GITHUB_TOKEN", token);

    const QString url = u"http://127.0.0.1:%1/storage.git"_s.arg(server.serverPort());
    std::atomic_bool done = false;
    Result<PushReport> pushed = fail(u"not run"_s);
    // The push blocks; the server answers from this thread's event loop meanwhile.
    std::thread worker([&] {
        auto repo = git::Repository::open(b.path());
        pushed = repo ? pushTag(*repo, url, u"8.6.0"_s, GitCredentials::fromEnvironment())
                      : Result<PushReport>(std::unexpected(repo.error()));
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    worker.join();
    savedGithub.isNull() ? qunsetenv("GITHUB_TOKEN") : qputenv("GITHUB_TOKEN", savedGithub);
    if (!savedGh.isNull())
        qputenv("GH_TOKEN", savedGh);

    QVERIFY(!pushed);
    QCOMPARE(pushed.error().code, int(GIT_EAUTH));
    QVERIFY2(pushed.error().message.contains(message), qPrintable(pushed.error().text()));
    QVERIFY2(!pushed.error().text().contains(u"not-a-real-token"_s), qPrintable(pushed.error().text()));
    QVERIFY2(requests >= 1 && requests <= 4, qPrintable(QString::number(requests)));
}

void TestTagReadiness::distributionIdentity()
{
    RepoBuilder b;
    const git::ObjectId p = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    const git::ObjectId st = b.commit(u"staging"_s, pkg(u"beta"_s, u"1.0.0"_s, u"^8.0.0"_s));
    const git::ObjectId sn = b.commit(u"snapshot"_s, pkg(u"gamma"_s, u"1.0.0"_s, u"^8.0.0"_s));
    const TagReadiness r = check(b.path(), u"8.6.0"_s);
    QCOMPARE(r.distributions.size(), 3);
    const DistributionIdentity &snap = r.distributions[0];
    QCOMPARE(snap.tier, u"snapshot"_s);
    QCOMPARE(snap.commits.size(), 3);
    QCOMPARE(snap.commits[0], (QPair<QString, git::ObjectId>{u"snapshot"_s, sn}));
    QCOMPARE(snap.commits[1], (QPair<QString, git::ObjectId>{u"staging"_s, st}));
    QCOMPARE(snap.commits[2], (QPair<QString, git::ObjectId>{u"production"_s, p}));
    const QString combined = sn.shortHex(7) + u'-' + st.shortHex(7) + u'-' + p.shortHex(7);
    QCOMPARE(snap.combinedId, combined);
    const QString repo = distributionImageRepository();
    QCOMPARE(snap.images, (QStringList{repo + u":snapshot"_s, repo + u':' + sn.toHex(), repo + u':' + combined}));
    QVERIFY(snap.labels.contains(QPair<QString, QString>{u"org.elastic.package-storage.staging.commit"_s, st.toHex()}));
    QVERIFY(snap.labels.contains(QPair<QString, QString>{u"org.opencontainers.image.revision"_s, sn.toHex()}));

    const DistributionIdentity &staging = r.distributions[1];
    QCOMPARE(staging.commits.size(), 2);
    QCOMPARE(staging.combinedId, st.shortHex(7) + u'-' + p.shortHex(7));

    const DistributionIdentity &production = r.distributions[2];
    QCOMPARE(production.commits.size(), 1);
    QVERIFY(production.images.contains(repo + u":production"_s));
    QVERIFY(production.images.contains(repo + u":8.6.0"_s)); // the release tag's image
    QVERIFY(production.labels.contains(QPair<QString, QString>{u"org.opencontainers.image.version"_s, u"8.6.0"_s}));
    QVERIFY(!staging.images.contains(repo + u":8.6.0"_s));
}

void TestTagReadiness::reportRenderings()
{
    RepoBuilder b;
    const git::ObjectId c = b.commit(u"production"_s, merged({pkg(u"alpha"_s, u"1.0.0"_s, u"^7.16.0 || ^8.0.0"_s),
                                                               pkg(u"beta"_s, u"1.0.0"_s, u"^8.0.0"_s)}));
    tagDirectly(b, u"8.5.0"_s, c);
    b.commit(u"production"_s, pkg(u"alpha"_s, u"1.1.0"_s, u"^8.0.0"_s));
    b.commit(u"staging"_s, pkg(u"beta"_s, u"1.2.0"_s, u"^8.0.0"_s));
    const TagReadiness r = check(b.path(), u"8.6.0"_s);

    const QString md = readinessToMarkdown(r);
    QVERIFY2(md.startsWith(u"# Release check: 8.6.0\n"_s), qPrintable(md));
    QVERIFY(md.contains(u"**Verdict: Ready with warnings**"_s));
    QVERIFY(md.contains(u"| alpha | 1.1.0 | `^8.0.0` |"_s));
    QVERIFY2(md.contains(u"| updated | alpha | 1.0.0 | 1.1.0 |"_s), qPrintable(md));
    QVERIFY(md.contains(u"## Reasons"_s));
    QVERIFY(md.contains(u"beta 1.2.0 accepts 8.6.0 and waits in staging"_s));
    QVERIFY(md.contains(u"distribution:production"_s));

    // A "||" constraint would break a Markdown table row unless escaped.
    RepoBuilder pipes;
    pipes.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^7.16.0 || ^8.0.0"_s));
    QVERIFY(readinessToMarkdown(check(pipes.path(), u"8.6.0"_s)).contains(u"`^7.16.0 \\|\\| ^8.0.0`"_s));

    const QJsonObject json = readinessToJson(r);
    QCOMPARE(json[u"verdict"_s].toString(), u"ready-with-warnings"_s);
    QCOMPARE(json[u"tag"_s].toString(), u"8.6.0"_s);
    QCOMPARE(json[u"contents"_s].toArray().size(), 2);
    QCOMPARE(json[u"contents"_s][0][u"name"_s].toString(), u"alpha"_s);
    QCOMPARE(json[u"contents"_s][0][u"version"_s].toString(), u"1.1.0"_s);
    QCOMPARE(json[u"previous"_s][u"revision"_s].toString(), u"8.5.0"_s);
    QCOMPARE(json[u"previous"_s][u"changes"_s][0][u"change"_s].toString(), u"updated"_s);
    QCOMPARE(json[u"findings"_s][0][u"kind"_s].toString(), u"pending-newer"_s);
    QCOMPARE(json[u"findings"_s][0][u"tier"_s].toString(), u"staging"_s);
    QCOMPARE(json[u"reasons"_s].toArray().size(), 1);
    QCOMPARE(json[u"distributions"_s].toArray().size(), 2);
}

void TestTagReadiness::refContentsLeavesRepositoryAlone()
{
    RepoBuilder b;
    const git::ObjectId c = b.commit(u"production"_s, pkg(u"alpha"_s, u"1.0.0"_s, u"^8.0.0"_s));
    tagDirectly(b, u"8.5.0"_s, c);
    const QStringList before = b.repo().references();
    auto contents = readRefContents(b.repo(), u"8.5.0"_s);
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().text()));
    QCOMPARE(contents->refName, u"refs/tags/8.5.0"_s);
    QVERIFY(contents->annotatedTag);
    QCOMPARE(contents->packages.head.id, c);
    QCOMPARE(contents->packages.versions.size(), 1);
    QCOMPARE(contents->packages.versions[0].tier, u"8.5.0"_s);
    QCOMPARE(contents->packages.versions[0].kibana->text(), u"^8.0.0"_s);
    QCOMPARE(b.repo().references(), before);
}

void TestTagReadiness::fixtureContentsMatchManifests_data()
{
    QTest::addColumn<QString>("stack");
    QTest::newRow("7.10.0") << u"7.10.0"_s;
    QTest::newRow("7.11.0") << u"7.11.0"_s;
}

void TestTagReadiness::fixtureContentsMatchManifests()
{
    QFETCH(QString, stack);
    TIERDESK_REQUIRE_FIXTURE(repo);
    const QMap<QString, QString> expected = byhand::expectedContents(repo, u"production"_s, stack);
    // The by-hand side must itself read the real data right: 178 versions, and a
    // constraint for every one but the four versions of `log`, which have none.
    const QMap<QString, QString> constraints = byhand::constraints(repo, u"production"_s);
    QCOMPARE(constraints.size(), 178);
    QStringList unconstrained;
    for (auto it = constraints.cbegin(); it != constraints.cend(); ++it)
        if (it.value().isEmpty())
            unconstrained.append(it.key());
    QCOMPARE(unconstrained, (QStringList{u"log/0.3.3"_s, u"log/0.3.4"_s, u"log/0.3.5"_s, u"log/0.4.6"_s}));
    QCOMPARE(constraints.value(u"apache/0.3.4"_s), u"^7.11.0"_s);
    QVERIFY2(expected.size() > 40, qPrintable(QString::number(expected.size())));
    const TagReadiness r = check(repo, stack);
    QCOMPARE(contentsMap(r), expected);
    QCOMPARE(r.productionCommit.toHex(), byhand::git(repo, {u"rev-parse"_s, u"production"_s}).trimmed());
    // The data differ between the two versions: apache 0.3.3 and 0.3.4 need ^7.11.0.
    QCOMPARE(r.content(u"apache"_s)->version, stack == u"7.11.0"_s ? u"0.3.4"_s : u"0.3.0"_s);
    QCOMPARE(expected.value(u"apache"_s), r.content(u"apache"_s)->version);
    // `log` has no constraint at all: in the contents, and reported.
    QVERIFY(r.content(u"log"_s));
    QVERIFY(r.content(u"log"_s)->constraint.isEmpty());
    bool logReported = false;
    for (const Finding &f : findingsOf(r, FindingKind::MissingConstraint))
        logReported = logReported || (f.package == u"log"_s && f.severity == Severity::Warning);
    QVERIFY(logReported);
    // No tags in the bundle: nothing to compare with, said as a note.
    QVERIFY(!r.previous);
    QCOMPARE(findingsOf(r, FindingKind::NoPreviousRelease).size(), 1);
}

QTEST_GUILESS_MAIN(TestTagReadiness)
#include "tst_tagreadiness.moc"
