// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Promotion plan, checks, texts and drafts: identical copies by construction,
// the user's repository untouched, compare-and-swap on the tier branches.
#include "support/FixtureBundle.h"
#include "promotion/PromotionDraft.h"
#include "promotion/PromotionDraftStore.h"
#include "promotion/PromotionSafety.h"
#include "support/RepoBuilder.h"
#include "support/TestStorage.h"
#include "storage/StorageReader.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const git::Signature tester{u"Tierdesk Test"_s, u"tierdesk-test@example.com"_s, {}};

Result<PromotionPlan> plan(const StorageSnapshot &snap, const QString &from, const QString &to, const QStringList &specs,
                           bool newestOnly = false)
{
    auto parsed = parseVersionSpecs(specs.join(u','), snap.tier(from) ? snap.tier(from)->packageNames() : QStringList());
    if (!parsed)
        return std::unexpected(parsed.error());
    return PromotionPlan::make(snap, PromotionRequest{from, to, *parsed, newestOnly});
}

DraftOptions confirmedAll()
{
    DraftOptions o;
    o.confirmed = {u"all"_s};
    o.author = tester;
    return o;
}

const PromotionCheck *findCheck(const PromotionChecks &checks, const QString &id, const QString &name = {})
{
    for (const PromotionCheck &c : checks.checks)
        if (c.id == id && (name.isEmpty() || c.name == name))
            return &c;
    return nullptr;
}

PromotionChecks runChecks(const QString &repo, const PromotionPlan &p)
{
    auto c = PromotionChecks::run(repo, p);
    if (!c)
        qWarning() << c.error().text();
    return c ? *c : PromotionChecks{};
}

git::ObjectId treeAt(const git::Repository &repo, const git::ObjectId &commit, const QString &path)
{
    auto info = repo.commitInfo(commit);
    if (!info)
        return {};
    auto root = repo.lookupTree(info->tree);
    auto sub = repo.subtree(root->get(), path);
    return sub ? git::ObjectId(git_tree_id(sub->get())) : git::ObjectId();
}

QMap<QString, QString> refsOf(const git::Repository &repo)
{
    QMap<QString, QString> out;
    for (const QString &name : repo.references()) {
        git_reference *ref = nullptr;
        if (git_reference_lookup(&ref, repo.raw(), name.toUtf8().constData()) != 0)
            continue;
        git::ReferenceHandle owner(ref);
        out.insert(name, git_reference_type(ref) == GIT_REFERENCE_SYMBOLIC
                             ? u"-> "_s + QString::fromUtf8(git_reference_symbolic_target(ref))
                             : git::ObjectId(git_reference_target(ref)).toHex());
    }
    // HEAD is not listed by the iterator.
    git_reference *head = nullptr;
    if (git_reference_lookup(&head, repo.raw(), "HEAD") == 0) {
        git::ReferenceHandle owner(head);
        out.insert(u"HEAD"_s, git_reference_type(head) == GIT_REFERENCE_SYMBOLIC
                                  ? u"-> "_s + QString::fromUtf8(git_reference_symbolic_target(head))
                                  : git::ObjectId(git_reference_target(head)).toHex());
    }
    return out;
}

// Bytes of everything the user owns: working tree files, HEAD, index, config,
// packed-refs, loose refs and every reflog.
QMap<QString, QByteArray> filesOf(const QString &workdir, const QString &gitDir)
{
    QMap<QString, QByteArray> out;
    auto add = [&](const QString &key, const QString &path) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(key, f.readAll());
    };
    if (!workdir.isEmpty()) {
        const QDir work(workdir);
        QDirIterator it(workdir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = work.relativeFilePath(path);
            if (!rel.startsWith(u".git/"_s))
                add(u"work:"_s + rel, path);
        }
    }
    const QDir g(gitDir);
    for (const QString &name : {u"HEAD"_s, u"index"_s, u"config"_s, u"packed-refs"_s, u"FETCH_HEAD"_s, u"ORIG_HEAD"_s})
        add(u"git:"_s + name, g.filePath(name));
    for (const QString &sub : {u"refs"_s, u"logs"_s}) {
        QDirIterator it(g.filePath(sub), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            add(u"git:"_s + g.relativeFilePath(path), path);
        }
    }
    return out;
}

// Standard storage: snapshot nginx 1.2.0 + 1.3.0 + aws 0.5.1, staging nginx 1.1.0, production aws 0.5.0.
void buildStorage(RepoBuilder &b)
{
    Files s = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    s.insert(RepoBuilder::package(u"nginx"_s, u"1.3.0"_s));
    s.insert(RepoBuilder::package(u"aws"_s, u"0.5.1"_s));
    b.commit(u"snapshot"_s, s);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.1.0"_s));
    b.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"0.5.0"_s));
}
} // namespace

class TestPromotion : public QObject {
    Q_OBJECT
private slots:
    void versionSpecs_data();
    void versionSpecs();
    void planChosenVersions();
    void planNewestOnly();
    void planErrors_data();
    void planErrors();
    void titles();
    void titleBoundary();
    void bodiesListTreeIds();
    void checkIdenticalAndOverwrite();
    void checkOverwriteInSnapshotTier();
    void checkNotNewer();
    void checkRemovalFromStagingAndProduction();
    void checkContentProblems();
    void checkRemovedWithoutPromotion();
    void confirmations();
    void draftCopiesTheSameTrees();
    void draftTitlesForOneThreeAndMany();
    void draftLeavesRepositoryUntouched();
    void compareAndSwapRefusal();
    void draftEnforcesChecks();
    void draftOnlyRemovalWhenIdentical();
    void draftIdentityMissing();
    void draftIdentityFromConfig();
    void draftCancelled();
    void listAndDeleteDrafts();
    void deleteKeepsMovedBranch();
    void storeRoundTrip();
    void removalSafety();
    void fixtureDrafts();
};

void TestPromotion::versionSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::newRow("at") << u"foo@1.2.3"_s << u"foo"_s << u"1.2.3"_s;
    QTest::newRow("dash") << u"bar-0.4.0"_s << u"bar"_s << u"0.4.0"_s;
    QTest::newRow("prerelease") << u"apm-8.3.0-dev1"_s << u"apm"_s << u"8.3.0-dev1"_s;
    QTest::newRow("dotted prerelease") << u"apm-0.1.0-dev.5"_s << u"apm"_s << u"0.1.0-dev.5"_s;
    QTest::newRow("dash in name") << u"my-pkg-1.0.0"_s << u"my-pkg"_s << u"1.0.0"_s;
    QTest::newRow("digit after dash in name") << u"my-2-pkg-1.0.0"_s << u"my-2-pkg"_s << u"1.0.0"_s;
    QTest::newRow("bare name") << u"nginx"_s << u"nginx"_s << QString();
    QTest::newRow("spaces") << u"  foo@1.0.0 "_s << u"foo"_s << u"1.0.0"_s;
}

void TestPromotion::versionSpecs()
{
    QFETCH(QString, text);
    const QStringList known{u"foo"_s, u"bar"_s, u"apm"_s, u"my-pkg"_s, u"my-2-pkg"_s, u"nginx"_s};
    auto spec = parseVersionSpec(text, known);
    QVERIFY(spec);
    QTEST(spec->name, "name");
    QTEST(spec->version, "version");

    auto list = parseVersionSpecs(u"foo@1.2.3,bar-0.4.0,foo@1.2.3", known);
    QVERIFY(list);
    QCOMPARE(list->size(), 2); // duplicates collapse
    QVERIFY(!parseVersionSpecs(u",", known));
    QVERIFY(!parseVersionSpec(u"@1.0.0", known));
}

void TestPromotion::planChosenVersions()
{
    RepoBuilder b;
    buildStorage(b);
    const StorageSnapshot snap = readOrWarn(b.path());
    auto p = plan(snap, u"snapshot"_s, u"staging"_s, {u"nginx@1.2.0"_s, u"aws"_s});
    QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
    QCOMPARE(p->sourceTip, b.tip(u"snapshot"_s));
    QCOMPARE(p->destinationTip, b.tip(u"staging"_s));
    QCOMPARE(p->sourceRef, u"refs/heads/snapshot"_s);
    QCOMPARE(p->promotedLabels(), (QStringList{u"aws-0.5.1"_s, u"nginx-1.2.0"_s}));
    QCOMPARE(p->removedLabels(), p->promotedLabels()); // exactly the chosen ones
    QCOMPARE(p->versions[1].destinationNewestText, u"1.1.0"_s);
    QCOMPARE(p->versions[1].source.tree, b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.2.0"_s));

    // Skipping staging is allowed.
    auto direct = plan(snap, u"snapshot"_s, u"production"_s, {u"aws-0.5.1"_s});
    QVERIFY(direct);
    QCOMPARE(direct->versions[0].destinationNewestText, u"0.5.0"_s);

    // A refreshed plan sees a moved tier.
    b.commit(u"staging"_s, RepoBuilder::package(u"other"_s, u"1.0.0"_s));
    auto refreshed = p->refreshed(readOrWarn(b.path()));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->destinationTip, b.tip(u"staging"_s));
    QVERIFY(refreshed->destinationTip != p->destinationTip);
}

void TestPromotion::planNewestOnly()
{
    RepoBuilder b;
    buildStorage(b);
    const StorageSnapshot snap = readOrWarn(b.path());
    auto p = plan(snap, u"snapshot"_s, u"staging"_s, {u"nginx"_s}, true);
    QVERIFY(p);
    QCOMPARE(p->promotedLabels(), QStringList{u"nginx-1.3.0"_s});
    // The removal covers every version of the package in the source tier.
    QCOMPARE(p->removedLabels(), (QStringList{u"nginx-1.2.0"_s, u"nginx-1.3.0"_s}));
    QVERIFY(!p->versions[0].promoted);

    auto older = plan(snap, u"snapshot"_s, u"staging"_s, {u"nginx@1.2.0"_s}, true);
    QVERIFY(!older);
    QVERIFY2(older.error().message.contains(u"1.3.0"_s), qPrintable(older.error().message));
    QVERIFY(!plan(snap, u"snapshot"_s, u"staging"_s, {u"nginx@1.3.0"_s, u"nginx@1.2.0"_s}, true));
}

void TestPromotion::planErrors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown tier") << u"snapshot"_s << u"qa"_s << u"nginx"_s << u"qa"_s;
    QTest::newRow("not higher") << u"staging"_s << u"snapshot"_s << u"nginx"_s << u"not above"_s;
    QTest::newRow("same tier") << u"staging"_s << u"staging"_s << u"nginx"_s << u"not above"_s;
    QTest::newRow("unknown package") << u"snapshot"_s << u"staging"_s << u"redis-1.0.0"_s << u"redis"_s;
    QTest::newRow("unknown version") << u"snapshot"_s << u"staging"_s << u"nginx@9.9.9"_s << u"9.9.9"_s;
}

void TestPromotion::planErrors()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    RepoBuilder b;
    buildStorage(b);
    auto p = plan(readOrWarn(b.path()), from, to, {spec});
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
}

void TestPromotion::titles()
{
    using enum TitleKind;
    QCOMPARE(formatTitle(Promote, u"staging"_s, u"snapshot"_s, {u"nginx@1.2.3"_s}),
             u"[staging] Promote packages from snapshot (nginx-1.2.3)"_s);
    QCOMPARE(formatTitle(Promote, u"staging"_s, u"snapshot"_s, {u"apm@8.3.0-dev1"_s, u"aws@0.5.1"_s, u"nginx@1.2.3"_s}),
             u"[staging] Promote packages from snapshot (apm-8.3.0-dev1, aws-0.5.1, nginx-1.2.3)"_s);
    QCOMPARE(formatTitle(Remove, u"snapshot"_s, u"snapshot"_s, {u"nginx@1.2.3"_s}),
             u"[snapshot] Remove promoted packages (nginx-1.2.3)"_s);
    QCOMPARE(formatTitle(Remove, u"staging"_s, u"staging"_s, {u"a@1.0.0"_s, u"b@1.0.0"_s, u"c@1.0.0"_s}),
             u"[staging] Remove promoted packages (a-1.0.0, b-1.0.0, c-1.0.0)"_s);
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many.append(u"package_number_%1@1.%1.0"_s.arg(i));
    QCOMPARE(formatTitle(Promote, u"production"_s, u"staging"_s, many), u"[production] Promote many packages from staging"_s);
    QCOMPARE(formatTitle(Remove, u"staging"_s, u"staging"_s, many), u"[staging] Remove many promoted packages"_s);
}

void TestPromotion::titleBoundary()
{
    const QString prefix = u"[staging] Promote packages from snapshot (x-1.0.0-"_s;
    // One version making the title exactly 256 characters, then one more.
    const QString pre = QString(256 - prefix.size() - 1, u'p');
    QCOMPARE(formatTitle(TitleKind::Promote, u"staging"_s, u"snapshot"_s, {u"x@1.0.0-"_s + pre}).size(), 256);
    QCOMPARE(formatTitle(TitleKind::Promote, u"staging"_s, u"snapshot"_s, {u"x@1.0.0-"_s + pre + u'p'}),
             u"[staging] Promote many packages from snapshot"_s);
}

void TestPromotion::bodiesListTreeIds()
{
    RepoBuilder b;
    buildStorage(b);
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx"_s}, true);
    QVERIFY(p);
    const PromotionTexts t = PromotionTexts::compose(*p);
    const QString promotedTree = b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s).toHex();
    const QString olderTree = b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.2.0"_s).toHex();
    QVERIFY(t.promotionBody.contains(u"| nginx | 1.3.0 | `"_s + promotedTree + u"` |"_s));
    QVERIFY(!t.promotionBody.contains(olderTree)); // not promoted
    QVERIFY(t.removalBody.contains(promotedTree));
    QVERIFY(t.removalBody.contains(olderTree));
    QVERIFY(t.removalBody.contains(u"Merge this pull request only after"_s));
    QCOMPARE(t.removalBody.count(promotionLinkPlaceholder), 2);
    const QString linked = withPromotionLink(t.removalBody, u"https://github.com/o/r/pull/7"_s);
    QVERIFY(!linked.contains(promotionLinkPlaceholder));
    QCOMPARE(linked.count(u"https://github.com/o/r/pull/7"_s), 2);
}

void TestPromotion::checkIdenticalAndOverwrite()
{
    RepoBuilder b;
    Files s = RepoBuilder::package(u"same"_s, u"1.0.0"_s);
    s.insert(RepoBuilder::package(u"changed"_s, u"1.0.0"_s, u"new text"_s));
    b.commit(u"snapshot"_s, s);
    Files st = RepoBuilder::package(u"same"_s, u"1.0.0"_s);
    st.insert(RepoBuilder::package(u"changed"_s, u"1.0.0"_s, u"old text"_s));
    b.commit(u"staging"_s, st);
    b.commit(u"production"_s, RepoBuilder::package(u"other"_s, u"1.0.0"_s));
    const StorageSnapshot snap = readOrWarn(b.path());

    auto toStaging = plan(snap, u"snapshot"_s, u"staging"_s, {u"same-1.0.0"_s, u"changed-1.0.0"_s});
    QVERIFY(toStaging);
    PromotionChecks c = runChecks(b.path(), *toStaging);
    const PromotionCheck *identical = findCheck(c, u"identical"_s, u"same"_s);
    QVERIFY(identical);
    QCOMPARE(identical->severity, Severity::Info);
    QVERIFY(identical->message.contains(u"nothing to copy"_s));
    const PromotionCheck *overwrite = findCheck(c, u"overwrite"_s, u"changed"_s);
    QVERIFY(overwrite);
    QCOMPARE(overwrite->severity, Severity::Warning);
    QCOMPARE(overwrite->key(), u"overwrite:changed@1.0.0"_s);
    QVERIFY(!c.blocked());
    QVERIFY(!findCheck(c, u"overwrite"_s, u"same"_s));

    // Production holding both: "same" is served from there, "changed" would be shadowed by its copy.
    b.commit(u"production"_s, st);
    const StorageSnapshot withProduction = readOrWarn(b.path());
    toStaging = plan(withProduction, u"snapshot"_s, u"staging"_s, {u"same-1.0.0"_s, u"changed-1.0.0"_s});
    QVERIFY(toStaging);
    c = runChecks(b.path(), *toStaging);
    identical = findCheck(c, u"identical"_s, u"same"_s);
    QVERIFY(identical);
    QVERIFY2(identical->message.contains(u"nothing to promote"_s), qPrintable(identical->message));
    const PromotionCheck *shadowed = findCheck(c, u"shadowed"_s, u"changed"_s);
    QVERIFY(shadowed);
    QCOMPARE(shadowed->severity, Severity::Blocks);
    QVERIFY(!findCheck(c, u"overwrite"_s, u"changed"_s));

    auto toProduction = plan(withProduction, u"snapshot"_s, u"production"_s, {u"changed-1.0.0"_s});
    QVERIFY(toProduction);
    c = runChecks(b.path(), *toProduction);
    overwrite = findCheck(c, u"overwrite"_s, u"changed"_s);
    QVERIFY(overwrite);
    QCOMPARE(overwrite->severity, Severity::Blocks);
    QVERIFY(c.blocked());
}

void TestPromotion::checkOverwriteInSnapshotTier()
{
    // A tier below snapshot makes snapshot a destination, where overwriting is allowed.
    RepoBuilder b;
    b.commit(u"dev"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s, u"new"_s));
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s, u"old"_s));
    TierConfig config;
    config.tiers = {u"dev"_s, u"snapshot"_s, u"staging"_s, u"production"_s};
    auto p = plan(readOrWarn(b.path(), config), u"dev"_s, u"snapshot"_s, {u"nginx-1.0.0"_s});
    QVERIFY(p);
    const PromotionChecks c = runChecks(b.path(), *p);
    const PromotionCheck *overwrite = findCheck(c, u"overwrite"_s);
    QVERIFY(overwrite);
    QCOMPARE(overwrite->severity, Severity::Info);
    QVERIFY(c.allowsDrafting({}));
}

void TestPromotion::checkNotNewer()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.5.0"_s));
    b.commit(u"production"_s, RepoBuilder::package(u"nginx"_s, u"2.0.0-beta1"_s));
    const StorageSnapshot snap = readOrWarn(b.path());
    auto p = plan(snap, u"snapshot"_s, u"staging"_s, {u"nginx-1.0.0"_s});
    QVERIFY(p);
    PromotionChecks c = runChecks(b.path(), *p);
    const PromotionCheck *notNewer = findCheck(c, u"not-newer"_s);
    QVERIFY(notNewer);
    QCOMPARE(notNewer->severity, Severity::Warning);
    // The base is what staging's distribution serves: production's 2.0.0-beta1 outranks staging's 1.5.0.
    QVERIFY2(notNewer->message.contains(u"2.0.0-beta1"_s) && notNewer->message.contains(u"production"_s),
             qPrintable(notNewer->message));

    auto prod = plan(snap, u"snapshot"_s, u"production"_s, {u"nginx-1.0.0"_s});
    QVERIFY(prod);
    c = runChecks(b.path(), *prod);
    notNewer = findCheck(c, u"not-newer"_s);
    QVERIFY(notNewer);
    QVERIFY(notNewer->message.contains(u"only increments"_s));

    // A newer version raises nothing.
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"2.0.0"_s));
    auto newer = plan(readOrWarn(b.path()), u"snapshot"_s, u"production"_s, {u"nginx-2.0.0"_s});
    QVERIFY(newer);
    QVERIFY(runChecks(b.path(), *newer).checks.isEmpty());
}

void TestPromotion::checkRemovalFromStagingAndProduction()
{
    RepoBuilder b;
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"0.1.0"_s));
    Files staging = RepoBuilder::package(u"nginx"_s, u"1.0.0"_s);
    staging.insert(RepoBuilder::package(u"nginx"_s, u"0.9.0"_s));
    b.commit(u"staging"_s, staging);
    Files production = RepoBuilder::package(u"aws"_s, u"1.0.0"_s);
    production.insert(RepoBuilder::package(u"aws"_s, u"0.9.0"_s));
    b.commit(u"production"_s, production);
    b.commit(u"archive"_s, RepoBuilder::package(u"old"_s, u"1.0.0"_s));
    // Promoted copies stay served through the destination: no confirmation.
    auto promotedOnly = plan(readOrWarn(b.path()), u"staging"_s, u"production"_s, {u"nginx-1.0.0"_s});
    QVERIFY(promotedOnly);
    PromotionChecks c = runChecks(b.path(), *promotedOnly);
    QVERIFY(!findCheck(c, u"removal-from-staging"_s));
    // Newest-only takes 0.9.0 out of staging's distribution: the staging policy asks for a confirmation.
    auto fromStaging = plan(readOrWarn(b.path()), u"staging"_s, u"production"_s, {u"nginx"_s}, true);
    QVERIFY(fromStaging);
    c = runChecks(b.path(), *fromStaging);
    const PromotionCheck *staged = findCheck(c, u"removal-from-staging"_s);
    QVERIFY(staged);
    QCOMPARE(staged->severity, Severity::Warning);
    QCOMPARE(staged->key(), u"removal-from-staging"_s);
    QVERIFY(staged->message.contains(u"nginx-0.9.0"_s));
    QVERIFY(!findCheck(c, u"removal-from-production"_s));

    TierConfig config;
    config.tiers = {u"snapshot"_s, u"staging"_s, u"production"_s, u"archive"_s};
    auto fromProduction = plan(readOrWarn(b.path(), config), u"production"_s, u"archive"_s, {u"aws"_s}, true);
    QVERIFY(fromProduction);
    c = runChecks(b.path(), *fromProduction);
    const PromotionCheck *prod = findCheck(c, u"removal-from-production"_s);
    QVERIFY(prod);
    QCOMPARE(prod->severity, Severity::Blocks);
    QVERIFY(prod->message.contains(u"aws-0.9.0"_s));
    auto promotedFromProduction = plan(readOrWarn(b.path(), config), u"production"_s, u"archive"_s, {u"aws-1.0.0"_s});
    QVERIFY(promotedFromProduction);
    QVERIFY(!findCheck(runChecks(b.path(), *promotedFromProduction), u"removal-from-production"_s));

    auto fromSnapshot = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx-0.1.0"_s});
    QVERIFY(fromSnapshot);
    c = runChecks(b.path(), *fromSnapshot);
    QVERIFY(!findCheck(c, u"removal-from-staging"_s));
    QVERIFY(!findCheck(c, u"removal-from-production"_s));
}

void TestPromotion::checkContentProblems()
{
    RepoBuilder b;
    Files s = RepoBuilder::package(u"devfiles"_s, u"1.0.0"_s);
    s.insert(u"packages/devfiles/1.0.0/_dev/build/build.yml"_s, "dependencies: {}\n");
    s.insert(u"packages/devfiles/1.0.0/data_stream/logs/_dev/test/config.yml"_s, "x: 1\n");
    s.insert(RepoBuilder::package(u"broken"_s, u"1.0.0"_s));
    s.insert(u"packages/broken/1.0.0/manifest.yml"_s, "name: [broken\n");
    s.insert(RepoBuilder::package(u"constraint"_s, u"1.0.0"_s));
    s.insert(u"packages/constraint/1.0.0/manifest.yml"_s,
             RepoBuilder::manifest(u"constraint"_s, u"1.0.0"_s, u"not a version range"_s));
    s.insert(RepoBuilder::package(u"mismatch"_s, u"1.0.0"_s));
    s.insert(u"packages/mismatch/1.0.0/manifest.yml"_s, RepoBuilder::manifest(u"mismatch"_s, u"1.0.1"_s));
    s.insert(u"packages/nomanifest/1.0.0/docs/README.md"_s, "# none\n");
    s.insert(RepoBuilder::package(u"clean"_s, u"1.0.0"_s));
    b.commit(u"snapshot"_s, s);
    b.commit(u"staging"_s, RepoBuilder::package(u"other"_s, u"1.0.0"_s));
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s,
                  {u"devfiles-1.0.0"_s, u"broken-1.0.0"_s, u"constraint-1.0.0"_s, u"mismatch-1.0.0"_s,
                   u"nomanifest-1.0.0"_s, u"clean-1.0.0"_s});
    QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
    const PromotionChecks c = runChecks(b.path(), *p);

    const PromotionCheck *dev = findCheck(c, u"development-files"_s, u"devfiles"_s);
    QVERIFY(dev);
    QCOMPARE(dev->severity, Severity::Blocks);
    QVERIFY2(dev->message.contains(u"packages/devfiles/1.0.0/_dev"_s), qPrintable(dev->message));
    QVERIFY(dev->message.contains(u"packages/devfiles/1.0.0/data_stream/logs/_dev"_s));
    QVERIFY(!dev->message.contains(u"_dev/build"_s)); // the top-most path says it all

    for (const QString &name : {u"broken"_s, u"nomanifest"_s}) {
        const PromotionCheck *m = findCheck(c, u"manifest-problem"_s, name);
        QVERIFY2(m, qPrintable(name));
        QCOMPARE(m->severity, Severity::Blocks);
    }
    const PromotionCheck *constraint = findCheck(c, u"invalid-constraint"_s, u"constraint"_s);
    QVERIFY(constraint);
    QCOMPARE(constraint->severity, Severity::Blocks);
    const PromotionCheck *mismatch = findCheck(c, u"version-mismatch"_s, u"mismatch"_s);
    QVERIFY(mismatch);
    QCOMPARE(mismatch->severity, Severity::Blocks);
    QVERIFY(mismatch->message.contains(u"1.0.1"_s));
    QVERIFY(!findCheck(c, u"manifest-problem"_s, u"mismatch"_s)); // reported once

    for (const PromotionCheck &check : c.checks)
        QVERIFY2(check.name != u"clean"_s, qPrintable(check.message));
    QVERIFY(c.blocked());
    QCOMPARE(c.checks.constFirst().severity, Severity::Blocks); // blocking first
}

void TestPromotion::checkRemovedWithoutPromotion()
{
    RepoBuilder b;
    buildStorage(b);
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx"_s}, true);
    QVERIFY(p);
    const PromotionChecks c = runChecks(b.path(), *p);
    const PromotionCheck *removed = findCheck(c, u"removed-unpromoted"_s, u"nginx"_s);
    QVERIFY(removed);
    QCOMPARE(removed->version, u"1.2.0"_s);
    QCOMPARE(removed->severity, Severity::Info);
}

void TestPromotion::confirmations()
{
    PromotionChecks c;
    c.checks.append({u"not-newer"_s, Severity::Warning, u"a"_s, u"1.0.0"_s, u"x"_s, {}});
    c.checks.append({u"removal-from-staging"_s, Severity::Warning, {}, {}, u"y"_s, {}});
    c.checks.append({u"identical"_s, Severity::Info, u"b"_s, u"1.0.0"_s, u"z"_s, {}});
    QCOMPARE(c.confirmationKeys(), (QStringList{u"not-newer:a@1.0.0"_s, u"removal-from-staging"_s}));
    QCOMPARE(c.unconfirmed({u"not-newer:a@1.0.0"_s}), QStringList{u"removal-from-staging"_s});
    QVERIFY(!c.allowsDrafting({u"not-newer:a@1.0.0"_s}));
    QVERIFY(c.allowsDrafting({u"not-newer:a@1.0.0"_s, u"removal-from-staging"_s}));
    QVERIFY(c.allowsDrafting({u"all"_s}));
    c.checks.append({u"development-files"_s, Severity::Blocks, u"c"_s, u"1.0.0"_s, u"w"_s, {}});
    QVERIFY(!c.allowsDrafting({u"all"_s}));
}

void TestPromotion::draftCopiesTheSameTrees()
{
    RepoBuilder b(true);
    buildStorage(b);
    b.commit(u"snapshot"_s, RepoBuilder::package(u"apm"_s, u"8.3.0-dev1"_s));
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx@1.2.0"_s, u"aws-0.5.1"_s, u"apm-8.3.0-dev1"_s});
    QVERIFY(p);
    auto d = createDraft(b.path(), *p, confirmedAll());
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
    const git::Repository &repo = b.repo();

    QVERIFY(repo.hasReference(d->promotion.refName()));
    QVERIFY(repo.hasReference(d->removal.refName()));
    QVERIFY(d->promotion.name.startsWith(u"tierdesk/promote-staging-3-packages-"_s));
    QVERIFY(d->removal.name.startsWith(u"tierdesk/remove-snapshot-3-packages-"_s));
    QCOMPARE(*repo.resolveCommit(d->promotion.refName()), d->promotion.commit);
    QCOMPARE(*repo.resolveCommit(d->removal.refName()), d->removal.commit);

    // The promotion starts at the destination tip and holds the source's very tree objects.
    auto promotion = repo.lookupCommit(d->promotion.commit);
    QVERIFY(promotion);
    QCOMPARE(git_commit_parentcount(promotion->get()), 1u);
    QCOMPARE(git::ObjectId(git_commit_parent_id(promotion->get(), 0)), b.tip(u"staging"_s));
    const QList<std::pair<QString, QString>> promoted{
        {u"nginx"_s, u"1.2.0"_s}, {u"aws"_s, u"0.5.1"_s}, {u"apm"_s, u"8.3.0-dev1"_s}};
    for (const auto &[name, version] : promoted) {
        const git::ObjectId source = b.versionTree(u"snapshot"_s, name, version);
        QVERIFY(!source.isNull());
        QCOMPARE(treeAt(repo, d->promotion.commit, u"packages/"_s + name + u'/' + version), source);
        QVERIFY(treeAt(repo, d->removal.commit, u"packages/"_s + name + u'/' + version).isNull());
    }
    // What the destination had stays; what the source keeps stays.
    QCOMPARE(treeAt(repo, d->promotion.commit, u"packages/nginx/1.1.0"_s),
             b.versionTree(u"staging"_s, u"nginx"_s, u"1.1.0"_s));
    QCOMPARE(treeAt(repo, d->removal.commit, u"packages/nginx/1.3.0"_s),
             b.versionTree(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s));
    // A package directory emptied by the removal disappears.
    QVERIFY(treeAt(repo, d->removal.commit, u"packages/aws"_s).isNull());
    QVERIFY(treeAt(repo, d->removal.commit, u"packages/apm"_s).isNull());
    auto removal = repo.lookupCommit(d->removal.commit);
    QCOMPARE(git::ObjectId(git_commit_parent_id(removal->get(), 0)), b.tip(u"snapshot"_s));

    auto info = repo.commitInfo(d->promotion.commit);
    QCOMPARE(info->subject, d->promotion.title);
    QCOMPARE(info->authorName, tester.name);
    QCOMPARE(info->authorEmail, tester.email);
    QVERIFY(info->message.contains(b.versionTree(u"snapshot"_s, u"aws"_s, u"0.5.1"_s).toHex()));
    QCOMPARE(repo.commitInfo(d->removal.commit)->subject, d->removal.title);

    // The draft is recorded.
    auto listed = listDrafts(b.path());
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().id, d->id);
    QCOMPARE(listed->constFirst().state(), DraftState::Local);
    QCOMPARE(listed->constFirst().versions.size(), 3);
}

void TestPromotion::draftTitlesForOneThreeAndMany()
{
    RepoBuilder b(true);
    Files s;
    QStringList all;
    for (int i = 0; i < 30; ++i) {
        const QString name = u"integration_package_%1"_s.arg(i, 2, 10, QChar(u'0'));
        s.insert(RepoBuilder::package(name, u"1.0.0"_s));
        all.append(name + u"-1.0.0"_s);
    }
    b.commit(u"snapshot"_s, s);
    b.commit(u"staging"_s, RepoBuilder::package(u"other"_s, u"1.0.0"_s));

    auto one = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {all[0]});
    auto d1 = createDraft(b.path(), *one, confirmedAll());
    QVERIFY(d1);
    QCOMPARE(d1->promotion.title, u"[staging] Promote packages from snapshot (integration_package_00-1.0.0)"_s);
    QCOMPARE(d1->removal.title, u"[snapshot] Remove promoted packages (integration_package_00-1.0.0)"_s);
    QVERIFY(d1->promotion.name.startsWith(u"tierdesk/promote-staging-integration_package_00-1.0.0-"_s));
    QCOMPARE(b.repo().commitInfo(d1->promotion.commit)->subject, d1->promotion.title);

    auto three = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, all.mid(1, 3));
    auto d3 = createDraft(b.path(), *three, confirmedAll());
    QVERIFY(d3);
    QCOMPARE(d3->promotion.title,
             u"[staging] Promote packages from snapshot (integration_package_01-1.0.0, integration_package_02-1.0.0, "
             u"integration_package_03-1.0.0)"_s);
    QCOMPARE(d3->removal.title,
             u"[snapshot] Remove promoted packages (integration_package_01-1.0.0, integration_package_02-1.0.0, "
             u"integration_package_03-1.0.0)"_s);
    QVERIFY(d3->id != d1->id);

    auto many = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, all);
    auto dm = createDraft(b.path(), *many, confirmedAll());
    QVERIFY(dm);
    QCOMPARE(dm->promotion.title, u"[staging] Promote many packages from snapshot"_s);
    QCOMPARE(dm->removal.title, u"[snapshot] Remove many promoted packages"_s);
    QCOMPARE(b.repo().commitInfo(dm->removal.commit)->subject, dm->removal.title);
    QCOMPARE(listDrafts(b.path())->size(), 3);
}

void TestPromotion::draftLeavesRepositoryUntouched()
{
    RepoBuilder b(false);
    buildStorage(b);
    int rc = -1;
    runGit(b.path(), {u"checkout"_s, u"-q"_s, u"staging"_s}, &rc);
    QCOMPARE(rc, 0);
    runGit(b.path(), {u"pack-refs"_s, u"--all"_s}, &rc); // some refs packed, later ones loose
    QCOMPARE(rc, 0);
    b.commit(u"production"_s, RepoBuilder::package(u"aws"_s, u"0.5.0-rc1"_s));
    QVERIFY(QFile::exists(b.path() + u"/packages/nginx/1.1.0/manifest.yml"_s)); // a real checkout
    // The user's work in progress: an edited file, a staged file, an untracked file.
    {
        QFile edited(b.path() + u"/packages/nginx/1.1.0/docs/README.md"_s);
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("work in progress\n");
        QFile staged(b.path() + u"/staged.txt"_s);
        QVERIFY(staged.open(QIODevice::WriteOnly));
        staged.write("staged\n");
        QFile untracked(b.path() + u"/notes.txt"_s);
        QVERIFY(untracked.open(QIODevice::WriteOnly));
        untracked.write("untracked\n");
    }
    runGit(b.path(), {u"add"_s, u"staged.txt"_s}, &rc);
    QCOMPARE(rc, 0);
    // --no-optional-locks: git status must not refresh (rewrite) the index itself.
    const QStringList status{u"--no-optional-locks"_s, u"status"_s, u"--porcelain"_s};
    const QString statusBefore = runGit(b.path(), status);
    const QString gitDir = b.repo().path();
    const QMap<QString, QByteArray> filesBefore = filesOf(b.path(), gitDir);
    const QMap<QString, QString> refsBefore = refsOf(b.repo());
    QVERIFY(filesBefore.contains(u"git:index"_s));
    QVERIFY(filesBefore.contains(u"git:packed-refs"_s));
    QVERIFY(filesBefore.contains(u"git:logs/HEAD"_s));
    QVERIFY(filesBefore.contains(u"work:notes.txt"_s));
    QVERIFY(!statusBefore.isEmpty());

    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx@1.3.0"_s, u"aws-0.5.1"_s});
    QVERIFY(p);
    DraftOptions options = confirmedAll();
    options.author.reset(); // the repository's configuration below
    runGit(b.path(), {u"config"_s, u"user.name"_s, u"Config User"_s});
    runGit(b.path(), {u"config"_s, u"user.email"_s, u"config@example.com"_s});
    const QMap<QString, QByteArray> configured = filesOf(b.path(), gitDir);
    auto d = createDraft(b.path(), *p, options);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
    auto second = createDraft(b.path(), *plan(readOrWarn(b.path()), u"snapshot"_s, u"production"_s, {u"nginx@1.2.0"_s}),
                              options);
    QVERIFY(second);
    QVERIFY(deleteDraft(b.path(), second->id)); // deleting a draft touches nothing of the user's either

    const QMap<QString, QByteArray> filesAfter = filesOf(b.path(), gitDir);
    for (auto it = configured.cbegin(); it != configured.cend(); ++it) {
        QVERIFY2(filesAfter.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(filesAfter.value(it.key()) == it.value(), qPrintable(it.key() + u" changed"_s));
    }
    for (auto it = filesAfter.cbegin(); it != filesAfter.cend(); ++it) {
        if (configured.contains(it.key()))
            continue;
        QVERIFY2(it.key().startsWith(u"git:refs/heads/tierdesk/"_s) || it.key().startsWith(u"git:logs/refs/heads/tierdesk/"_s),
                 qPrintable(u"unexpected new file "_s + it.key()));
    }
    QCOMPARE(filesBefore.value(u"git:HEAD"_s), filesAfter.value(u"git:HEAD"_s));
    QCOMPARE(filesBefore.value(u"git:index"_s), filesAfter.value(u"git:index"_s));
    QCOMPARE(runGit(b.path(), status), statusBefore);

    const QMap<QString, QString> refsAfter = refsOf(b.repo());
    for (auto it = refsBefore.cbegin(); it != refsBefore.cend(); ++it)
        QCOMPARE(refsAfter.value(it.key()), it.value());
    QStringList added;
    for (auto it = refsAfter.cbegin(); it != refsAfter.cend(); ++it)
        if (!refsBefore.contains(it.key()))
            added.append(it.key());
    QCOMPARE(added, (QStringList{d->promotion.refName(), d->removal.refName()}));
    // The record lives in the git directory, not in the working tree.
    QVERIFY(QFile::exists(gitDir + u"/tierdesk/drafts.json"_s));
    QVERIFY(!QFile::exists(b.path() + u"/tierdesk"_s));
}

void TestPromotion::compareAndSwapRefusal()
{
    RepoBuilder b(true);
    buildStorage(b);
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx@1.3.0"_s});
    QVERIFY(p);
    // Someone merges into staging after the plan was made.
    b.commit(u"staging"_s, RepoBuilder::package(u"redis"_s, u"1.0.0"_s));
    const QMap<QString, QString> refsBefore = refsOf(b.repo());
    auto d = createDraft(b.path(), *p, confirmedAll());
    QVERIFY(!d);
    QCOMPARE(d.error().code, int(GIT_EMODIFIED));
    QVERIFY2(d.error().message.contains(u"staging branch moved"_s), qPrintable(d.error().message));
    QVERIFY(d.error().message.contains(u"refresh the plan"_s));
    QCOMPARE(refsOf(b.repo()), refsBefore);
    QVERIFY(listDrafts(b.path())->isEmpty());

    // The source tier moving is refused as well.
    auto p2 = p->refreshed(readOrWarn(b.path()));
    QVERIFY(p2);
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.4.0"_s));
    auto d2 = createDraft(b.path(), *p2, confirmedAll());
    QVERIFY(!d2);
    QCOMPARE(d2.error().code, int(GIT_EMODIFIED));
    QVERIFY(d2.error().message.contains(u"snapshot branch moved"_s));

    // Refreshed, it drafts on the new tips.
    auto p3 = p2->refreshed(readOrWarn(b.path()));
    QVERIFY(p3);
    auto d3 = createDraft(b.path(), *p3, confirmedAll());
    QVERIFY2(d3, qPrintable(d3 ? QString() : d3.error().text()));
    QCOMPARE(d3->promotion.base, b.tip(u"staging"_s));
    QCOMPARE(d3->removal.base, b.tip(u"snapshot"_s));
}

void TestPromotion::draftEnforcesChecks()
{
    RepoBuilder b(true);
    Files s = RepoBuilder::package(u"devfiles"_s, u"1.0.0"_s);
    s.insert(u"packages/devfiles/1.0.0/_dev/x.yml"_s, "x\n");
    s.insert(RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    b.commit(u"snapshot"_s, s);
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"2.0.0"_s));
    const QMap<QString, QString> refsBefore = refsOf(b.repo());

    auto blocked = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"devfiles-1.0.0"_s});
    DraftOptions all = confirmedAll();
    auto d = createDraft(b.path(), *blocked, all);
    QVERIFY(!d);
    QCOMPARE(d.error().code, int(GIT_EUSER));
    QVERIFY(d.error().message.contains(u"blocked"_s));

    auto needs = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx-1.0.0"_s});
    DraftOptions none;
    none.author = tester;
    d = createDraft(b.path(), *needs, none);
    QVERIFY(!d);
    QVERIFY2(d.error().message.contains(u"not-newer:nginx@1.0.0"_s), qPrintable(d.error().message));
    QCOMPARE(refsOf(b.repo()), refsBefore);

    none.confirmed = {u"not-newer:nginx@1.0.0"_s};
    d = createDraft(b.path(), *needs, none);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
}

void TestPromotion::draftOnlyRemovalWhenIdentical()
{
    RepoBuilder b(true);
    b.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    b.commit(u"staging"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx-1.0.0"_s});
    QVERIFY(p);
    QVERIFY(p->copied().isEmpty());
    const PromotionTexts texts = PromotionTexts::compose(*p);
    QVERIFY(texts.promotionTitle.isEmpty());
    auto d = createDraft(b.path(), *p, confirmedAll());
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
    QVERIFY(!d->promotion.exists());
    QVERIFY(d->removal.exists());
    QCOMPARE(d->branchNames(), QStringList{d->removal.name});
    QCOMPARE(b.repo().references(u"refs/heads/tierdesk/*"_s), QStringList{d->removal.refName()});
}

void TestPromotion::draftIdentityMissing()
{
    RepoBuilder b(true);
    buildStorage(b);
    QTemporaryDir empty;
    // No global, XDG or system configuration: only the repository's, which has no identity.
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_PROGRAMDATA})
        QCOMPARE(git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, empty.path().toUtf8().constData()), 0);
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx@1.3.0"_s});
    DraftOptions options;
    auto d = createDraft(b.path(), *p, options);
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_PROGRAMDATA})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, nullptr);
    QVERIFY(!d);
    QVERIFY2(d.error().message.contains(u"user.name"_s), qPrintable(d.error().message));
    QVERIFY(b.repo().references(u"refs/heads/tierdesk/*"_s).isEmpty());
}

void TestPromotion::draftIdentityFromConfig()
{
    RepoBuilder b(true);
    buildStorage(b);
    runGit(b.path(), {u"config"_s, u"user.name"_s, u"Ada Maintainer"_s});
    runGit(b.path(), {u"config"_s, u"user.email"_s, u"ada@example.com"_s});
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx@1.3.0"_s});
    auto d = createDraft(b.path(), *p, DraftOptions{});
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
    auto commit = b.repo().lookupCommit(d->promotion.commit);
    QCOMPARE(QString::fromUtf8(git_commit_author(commit->get())->name), u"Ada Maintainer"_s);
    QCOMPARE(QString::fromUtf8(git_commit_committer(commit->get())->email), u"ada@example.com"_s);
}

void TestPromotion::draftCancelled()
{
    RepoBuilder b(true);
    buildStorage(b);
    auto p = plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx@1.3.0"_s});
    JobControl job;
    int progressCalls = 0;
    job.progress = [&](int, int, const QString &) { ++progressCalls; };
    job.isCancelled = [&] { return progressCalls >= 3; };
    auto d = createDraft(b.path(), *p, confirmedAll(), job);
    QVERIFY(!d);
    QCOMPARE(d.error().code, int(GIT_EUSER));
    QVERIFY(b.repo().references(u"refs/heads/tierdesk/*"_s).isEmpty());
    QVERIFY(listDrafts(b.path())->isEmpty());
}

void TestPromotion::listAndDeleteDrafts()
{
    RepoBuilder b(true);
    buildStorage(b);
    DraftOptions first = confirmedAll();
    first.now = QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::UTC);
    auto d1 = createDraft(b.path(), *plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx@1.3.0"_s}), first);
    QVERIFY(d1);
    QVERIFY(d1->id.startsWith(u"20240301-0900-"_s));
    DraftOptions second = confirmedAll();
    second.now = first.now.addDays(1);
    auto d2 = createDraft(b.path(), *plan(readOrWarn(b.path()), u"snapshot"_s, u"production"_s, {u"aws"_s}), second);
    QVERIFY(d2);

    auto listed = listDrafts(b.path());
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).id, d2->id); // newest first
    QCOMPARE(listed->at(1).id, d1->id);
    QCOMPARE(findDraft(b.path(), d1->promotion.name)->id, d1->id); // by branch name too

    auto notes = deleteDraft(b.path(), d1->id);
    QVERIFY(notes);
    QVERIFY(notes->isEmpty());
    QVERIFY(!b.repo().hasReference(d1->promotion.refName()));
    QVERIFY(!b.repo().hasReference(d1->removal.refName()));
    QVERIFY(b.repo().hasReference(d2->promotion.refName()));
    listed = listDrafts(b.path());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().id, d2->id);
    QVERIFY(b.tip(u"snapshot"_s) == d1->removal.base); // the tiers were never touched

    auto missing = deleteDraft(b.path(), d1->id);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, int(GIT_ENOTFOUND));
}

void TestPromotion::deleteKeepsMovedBranch()
{
    RepoBuilder b(true);
    buildStorage(b);
    auto d = createDraft(b.path(), *plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx@1.3.0"_s}),
                         confirmedAll());
    QVERIFY(d);
    // The user adds a commit on the promotion branch.
    const git::ObjectId moved = b.commit(d->promotion.name, RepoBuilder::package(u"extra"_s, u"1.0.0"_s));
    auto listed = listDrafts(b.path());
    QCOMPARE(listed->constFirst().state(), DraftState::Damaged);
    auto notes = deleteDraft(b.path(), d->id);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    QVERIFY(notes->constFirst().contains(d->promotion.refName()));
    QCOMPARE(*b.repo().resolveCommit(d->promotion.refName()), moved); // left as it is
    QVERIFY(!b.repo().hasReference(d->removal.refName()));
    QVERIFY(listDrafts(b.path())->isEmpty());
}

void TestPromotion::storeRoundTrip()
{
    PromotionDraft d;
    d.id = u"20240101-1200-abcdef1"_s;
    d.created = QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::UTC);
    d.sourceTier = u"snapshot"_s;
    d.destinationTier = u"staging"_s;
    d.sourceRef = u"refs/heads/snapshot"_s;
    d.destinationRef = u"refs/remotes/origin/staging"_s;
    d.newestOnly = true;
    const git::ObjectId tree = git::ObjectId::fromHex(u"0123456789abcdef0123456789abcdef01234567"_s);
    d.versions = {{u"nginx"_s, u"1.0.0"_s, tree, true, false, u"production"_s},
                  {u"nginx"_s, u"0.9.0"_s, tree, false, false, {}}};
    d.promotion = {u"tierdesk/promote-x"_s, u"staging"_s, tree, tree, u"T1"_s, u"B1"_s, {12, u"https://x/pull/12"_s}};
    d.removal = {u"tierdesk/remove-x"_s, u"snapshot"_s, tree, tree, u"T2"_s, u"B2 {{promotion-pr}}"_s, {}};
    d.pushRemote = u"fork"_s;
    d.pushedAt = d.created.addSecs(60);
    d.apiUrl = u"https://ghe.example/api/v3"_s;
    d.upstream = u"elastic/package-storage"_s;
    d.forkOwner = u"alice"_s;
    auto back = draftFromJson(draftToJson(d));
    QVERIFY(back);
    QCOMPARE(draftToJson(*back), draftToJson(d));
    QCOMPARE(back->promotion.pullRequest.number, 12);
    QCOMPARE(back->versions[1].promoted, false);
    QCOMPARE(back->versions[0].servedFrom, u"production"_s); // the removal's safety looks there
    QCOMPARE(back->state(), DraftState::PullRequestsOpen);

    QTemporaryDir dir;
    PromotionDraftStore store(dir.filePath(u"sub/drafts.json"_s));
    QVERIFY(store.load()->isEmpty());
    QVERIFY(store.save(d));
    d.removal.pullRequest = {13, u"https://x/pull/13"_s};
    QVERIFY(store.save(d)); // replaces
    auto loaded = store.load();
    QCOMPARE(loaded->size(), 1);
    QCOMPARE(loaded->constFirst().removal.pullRequest.number, 13);
    QVERIFY(store.remove(d.id));
    QVERIFY(store.load()->isEmpty());

    QFile damaged(dir.filePath(u"bad.json"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();
    QVERIFY(!PromotionDraftStore(damaged.fileName()).load());
}

void TestPromotion::removalSafety()
{
    RepoBuilder b(true);
    buildStorage(b);
    b.commit(u"staging"_s, RepoBuilder::package(u"aws"_s, u"0.5.1"_s, u"different"_s));
    auto d = createDraft(b.path(),
                         *plan(readOrWarn(b.path()), u"snapshot"_s, u"staging"_s, {u"nginx"_s, u"aws-0.5.1"_s}, true),
                         confirmedAll());
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));

    auto before = checkRemovalSafety(b.path(), d->id, QString());
    QVERIFY(before);
    QVERIFY(!before->safe());
    QCOMPARE(before->missing(), QStringList{u"nginx-1.3.0"_s}); // only promoted versions count
    QCOMPARE(before->different(), QStringList{u"aws-0.5.1"_s});
    QVERIFY2(before->sentence().contains(u"does not contain nginx-1.3.0 yet"_s), qPrintable(before->sentence()));
    QVERIFY(before->sentence().contains(u"do not merge the removal"_s));
    QVERIFY(before->checkedAgainst.contains(u"not fetched"_s));

    // Once the promotion is merged, the removal is safe.
    auto merged = removalSafetyAt(b.repo(), *d, d->promotion.commit);
    QVERIFY(merged);
    QVERIFY(merged->safe());
    QVERIFY(merged->sentence().contains(u"can be merged"_s));
}

void TestPromotion::fixtureDrafts()
{
    TIERDESK_REQUIRE_FIXTURE(mirror);
    // A private copy: drafting adds branches.
    QTemporaryDir dir;
    const QString repoPath = dir.filePath(u"ps.git"_s);
    int rc = -1;
    runGit(dir.path(), {u"clone"_s, u"--quiet"_s, u"--mirror"_s, mirror, repoPath}, &rc);
    QCOMPARE(rc, 0);
    auto repo = git::Repository::open(repoPath);
    QVERIFY(repo);
    const QMap<QString, QString> refsBefore = refsOf(*repo);
    const QMap<QString, QByteArray> filesBefore = filesOf(QString(), repo->path());

    const StorageSnapshot snap = readOrWarn(repoPath);
    auto p = plan(snap, u"snapshot"_s, u"staging"_s, {u"kubernetes-0.4.2"_s, u"fleet_server@0.1.6"_s});
    QVERIFY2(p, qPrintable(p ? QString() : p.error().text()));
    const PromotionChecks c = runChecks(repoPath, *p);
    QVERIFY2(c.allowsDrafting({}), qPrintable(c.checks.isEmpty() ? QString() : c.checks.constFirst().message));
    auto d = createDraft(repoPath, *p, confirmedAll());
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
    QCOMPARE(d->promotion.title, u"[staging] Promote packages from snapshot (fleet_server-0.1.6, kubernetes-0.4.2)"_s);
    for (const QString &path : {u"packages/kubernetes/0.4.2"_s, u"packages/fleet_server/0.1.6"_s}) {
        // git itself confirms the copy is the same tree object.
        const QString source = runGit(repoPath, {u"rev-parse"_s, u"snapshot:"_s + path});
        QCOMPARE(source.size(), 40);
        QCOMPARE(runGit(repoPath, {u"rev-parse"_s, d->promotion.name + u':' + path}), source);
        QCOMPARE(runGit(repoPath, {u"cat-file"_s, u"-t"_s, d->removal.name + u':' + path}), QString());
    }
    // Everything else in staging is kept.
    QCOMPARE(runGit(repoPath, {u"diff"_s, u"--name-status"_s, u"staging"_s, d->promotion.name}).split(u'\n').size(),
             runGit(repoPath, {u"ls-tree"_s, u"-r"_s, u"--name-only"_s, u"snapshot"_s, u"packages/kubernetes/0.4.2"_s,
                            u"packages/fleet_server/0.1.6"_s})
                 .split(u'\n')
                 .size());
    QVERIFY(runGit(repoPath, {u"diff"_s, u"--name-status"_s, u"staging"_s, d->promotion.name}).startsWith(u"A\t"_s));

    const QMap<QString, QString> refsAfter = refsOf(*repo);
    for (auto it = refsBefore.cbegin(); it != refsBefore.cend(); ++it)
        QCOMPARE(refsAfter.value(it.key()), it.value());
    QCOMPARE(refsAfter.size(), refsBefore.size() + 2);
    const QMap<QString, QByteArray> filesAfter = filesOf(QString(), repo->path());
    for (auto it = filesBefore.cbegin(); it != filesBefore.cend(); ++it)
        QVERIFY2(filesAfter.value(it.key()) == it.value(), qPrintable(it.key()));

    // Real development files block; the prerelease name is understood.
    auto apm = plan(snap, u"snapshot"_s, u"staging"_s, {u"apm-0.1.0-dev.5"_s});
    QVERIFY(apm);
    QCOMPARE(apm->versions.constFirst().version(), u"0.1.0-dev.5"_s);
    const PromotionChecks apmChecks = runChecks(repoPath, *apm);
    QVERIFY(findCheck(apmChecks, u"development-files"_s, u"apm"_s));
    QVERIFY(apmChecks.blocked());

    auto safety = checkRemovalSafety(repoPath, d->id, QString());
    QVERIFY(safety);
    QCOMPARE(safety->missing(), (QStringList{u"fleet_server-0.1.6"_s, u"kubernetes-0.4.2"_s}));
}

QTEST_GUILESS_MAIN(TestPromotion)
#include "tst_promotion.moc"
