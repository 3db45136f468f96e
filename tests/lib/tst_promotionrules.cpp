// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #11's rules on built repositories: checks reason about what each
// distribution serves, pending drafts are found, removals of promoted copies
// need no confirmation, pull-request texts, fork-only publishing and the
// pull requests' lifecycle through the loopback fake GitHub.
#include "promotion/PullRequestLookup.h"
#include "promotion/PendingDrafts.h"
#include "promotion/PromotionDraft.h"
#include "promotion/PromotionDraftStore.h"
#include "promotion/PromotionPublish.h"
#include "storage/StorageReader.h"
#include "support/FakeGitHub.h"
#include "support/RepoBuilder.h"
#include "support/TestStorage.h"

#include <QFile>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const git::Signature tester{u"Tierdesk Test"_s, u"tierdesk-test@example.com"_s, {}};

Result<PromotionPlan> plan(const QString &repo, const QString &from, const QString &to, const QString &specs,
                           bool newestOnly = false)
{
    const StorageSnapshot snap = readOrWarn(repo);
    auto parsed = parseVersionSpecs(specs, snap.tier(from) ? snap.tier(from)->packageNames() : QStringList());
    if (!parsed)
        return std::unexpected(parsed.error());
    return PromotionPlan::make(snap, PromotionRequest{from, to, *parsed, newestOnly});
}

PromotionChecks checksOf(const QString &repo, const PromotionPlan &p)
{
    auto c = PromotionChecks::run(repo, p);
    if (!c)
        qWarning() << c.error().text();
    return c ? *c : PromotionChecks{};
}

const PromotionCheck *findCheck(const PromotionChecks &checks, const QString &id, const QString &name = {})
{
    for (const PromotionCheck &c : checks.checks)
        if (c.id == id && (name.isEmpty() || c.name == name))
            return &c;
    return nullptr;
}

QStringList checkIds(const PromotionChecks &checks)
{
    QStringList ids;
    for (const PromotionCheck &c : checks.checks)
        ids.append(c.id);
    return ids;
}

Result<PromotionDraft> draft(const QString &repo, const PromotionPlan &p, const QStringList &confirmed = {},
                             const QDateTime &now = {})
{
    DraftOptions o;
    o.confirmed = confirmed;
    o.author = tester;
    o.now = now; // drafts of the same versions at the same second would be the same commits
    return createDraft(repo, p, o);
}

// The cases: production holds kubernetes 1.27.0 (identical to snapshot's) and system 1.4.2 (different
// content from snapshot's); staging holds elastic_agent 1.3.3 and fleet_server 1.2.0, new to production.
void buildDistributions(RepoBuilder &b)
{
    Files snap = RepoBuilder::package(u"kubernetes"_s, u"1.27.0"_s);
    snap.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s, u"snapshot build"_s));
    snap.insert(RepoBuilder::package(u"aws"_s, u"1.28.0"_s));
    b.commit(u"snapshot"_s, snap);
    Files staging = RepoBuilder::package(u"elastic_agent"_s, u"1.3.3"_s);
    staging.insert(RepoBuilder::package(u"fleet_server"_s, u"1.2.0"_s));
    b.commit(u"staging"_s, staging);
    Files production = RepoBuilder::package(u"kubernetes"_s, u"1.27.0"_s);
    production.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s, u"released build"_s));
    production.insert(RepoBuilder::package(u"aws"_s, u"1.24.5"_s));
    production.insert(RepoBuilder::package(u"elastic_agent"_s, u"1.3.2"_s));
    b.commit(u"production"_s, production);
}

// packages/<name>/<version>/changelog.yml with entries for each of `versions`, newest first.
QByteArray changelogOf(const QStringList &versions)
{
    QByteArray yaml;
    for (const QString &v : versions)
        yaml += u"- version: \"%1\"\n  changes:\n    - description: Change in %1.\n      type: enhancement\n"
                u"      link: https://example.com/pull/%1\n"_s.arg(v)
                    .toUtf8();
    return yaml;
}
} // namespace

class TestPromotionRules : public QObject {
    Q_OBJECT
private slots:
    void packagesNamedInAList();
    void scopedReadPlansAsTheWholeStorage();
    void servedAboveIdenticalIsRemovalOnly();
    void servedAboveDifferentIsShadowed();
    void notNewerBaseIsTheDistribution();
    void removalOfPromotedCopiesNeedsNoConfirmation();
    void leavingVersionsFollowThePolicy();
    void unknownConfirmationKeys();
    void misspeltPackageGetsNearestNames();
    void pendingDraftsAreFoundAndNeedAChoice();
    void pendingDraftFromABranchWithoutRecord();
    void promotionBodyChangelogAndReviewer();
    void refusesToPushToUpstream();
    void sameRepositoryUrls();
    void pullRequestStatesAndRemovalVerdict();
};

void TestPromotionRules::servedAboveIdenticalIsRemovalOnly()
{
    RepoBuilder b;
    buildDistributions(b);
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"kubernetes@1.27.0"_s);
    QVERIFY(p);
    const PlannedVersion &v = p->versions.constFirst();
    QCOMPARE(v.servedTier, u"production"_s);
    QVERIFY(v.servedAbove);
    QVERIFY(v.alreadyServed());
    QVERIFY(!v.needsCopy());
    QVERIFY(p->copied().isEmpty());

    const PromotionChecks c = checksOf(b.path(), *p);
    const PromotionCheck *identical = findCheck(c, u"identical"_s, u"kubernetes"_s);
    QVERIFY2(identical, qPrintable(checkIds(c).join(u',')));
    QVERIFY2(identical->message.contains(u"from production"_s), qPrintable(identical->message));
    QVERIFY(c.allowsDrafting({}));

    // The removal-only texts: no promotion pull request is mentioned or waited for.
    const PromotionTexts t = PromotionTexts::compose(*p, c.changelog);
    QVERIFY(t.promotionTitle.isEmpty());
    QVERIFY(!t.removalBody.contains(promotionLinkPlaceholder));
    QVERIFY(!t.removalBody.contains(u"Merge this pull request only after"_s));
    QVERIFY2(t.removalBody.contains(u"there is no promotion pull request"_s), qPrintable(t.removalBody));
    QVERIFY(t.removalBody.contains(u"already served from `production`"_s));

    auto d = draft(b.path(), *p);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
    QVERIFY(!d->promotion.exists());
    QCOMPARE(d->versions.constFirst().servedFrom, u"production"_s);
    QCOMPARE(removalBodyFor(*d, nullptr), d->removal.body);
    // The removal is safe: production, above staging, serves the same tree.
    auto safety = checkRemovalSafety(b.path(), d->id, QString());
    QVERIFY(safety);
    QVERIFY2(safety->safe(), qPrintable(safety->sentence()));
}

void TestPromotionRules::servedAboveDifferentIsShadowed()
{
    RepoBuilder b;
    buildDistributions(b);
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"system@1.4.2"_s);
    QVERIFY(p);
    QVERIFY(p->versions.constFirst().shadowedAbove());
    const PromotionChecks c = checksOf(b.path(), *p);
    const PromotionCheck *shadowed = findCheck(c, u"shadowed"_s, u"system"_s);
    QVERIFY2(shadowed, qPrintable(checkIds(c).join(u',')));
    QCOMPARE(shadowed->severity, Severity::Blocks);
    QVERIFY(shadowed->message.contains(u"never be served"_s));
    QVERIFY(c.blocked());
    auto d = draft(b.path(), *p, {u"all"_s});
    QVERIFY(!d);
    QCOMPARE(d.error().code, GIT_EUSER);
}

void TestPromotionRules::notNewerBaseIsTheDistribution()
{
    RepoBuilder b;
    buildDistributions(b);
    b.commit(u"snapshot"_s, RepoBuilder::package(u"aws"_s, u"1.20.0"_s));
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0,aws@1.20.0"_s);
    QVERIFY(p);
    for (const PlannedVersion &v : p->versions) {
        QCOMPARE(v.destinationNewestText, u"1.24.5"_s); // staging has no aws: its distribution serves production's
        QCOMPARE(v.destinationNewestTier, u"production"_s);
    }
    const PromotionChecks c = checksOf(b.path(), *p);
    const PromotionCheck *notNewer = findCheck(c, u"not-newer"_s, u"aws"_s);
    QVERIFY(notNewer);
    QCOMPARE(notNewer->version, u"1.20.0"_s);
    QVERIFY2(notNewer->message.contains(u"1.24.5"_s) && notNewer->message.contains(u"production"_s),
             qPrintable(notNewer->message));
    int notNewerCount = 0;
    for (const PromotionCheck &check : c.checks)
        notNewerCount += check.id == u"not-newer" ? 1 : 0;
    QCOMPARE(notNewerCount, 1); // 1.28.0 is an increment over what staging's distribution serves
}

void TestPromotionRules::removalOfPromotedCopiesNeedsNoConfirmation()
{
    RepoBuilder b;
    buildDistributions(b);
    auto p = plan(b.path(), u"staging"_s, u"production"_s, u"elastic_agent@1.3.3,fleet_server@1.2.0"_s);
    QVERIFY(p);
    for (const PlannedVersion &v : p->versions)
        QVERIFY(v.staysServed);
    QVERIFY(p->leavingLabels().isEmpty());
    const PromotionChecks c = checksOf(b.path(), *p);
    QVERIFY2(!findCheck(c, u"removal-from-staging"_s), qPrintable(checkIds(c).join(u',')));
    QVERIFY(c.confirmationKeys().isEmpty());
    auto d = draft(b.path(), *p);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().text()));
    QVERIFY(d->promotion.exists());
    QVERIFY(d->removal.exists());
}

void TestPromotionRules::leavingVersionsFollowThePolicy()
{
    RepoBuilder b;
    buildDistributions(b);
    // Newest-only removes elastic_agent 1.3.1 too; no tier above staging holds it, so it leaves the distribution.
    b.commit(u"staging"_s, RepoBuilder::package(u"elastic_agent"_s, u"1.3.1"_s));
    // And 1.3.2 also, which production still serves: that one stays.
    b.commit(u"staging"_s, RepoBuilder::package(u"elastic_agent"_s, u"1.3.2"_s));
    auto p = plan(b.path(), u"staging"_s, u"production"_s, u"elastic_agent"_s, true);
    QVERIFY(p);
    QCOMPARE(p->leavingLabels(), QStringList{u"elastic_agent-1.3.1"_s});
    const PromotionChecks c = checksOf(b.path(), *p);
    const PromotionCheck *removal = findCheck(c, u"removal-from-staging"_s);
    QVERIFY(removal);
    QCOMPARE(removal->severity, Severity::Warning);
    QVERIFY(removal->message.contains(u"elastic_agent-1.3.1"_s));
    QVERIFY(!removal->message.contains(u"elastic_agent-1.3.2"_s));
    QVERIFY(!removal->message.contains(u"elastic_agent-1.3.3"_s));
    QCOMPARE(c.confirmationKeys(), QStringList{u"removal-from-staging"_s});

    // From snapshot, removing is allowed: nothing to confirm.
    b.commit(u"snapshot"_s, RepoBuilder::package(u"aws"_s, u"1.27.0"_s));
    auto fromSnapshot = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws"_s, true);
    QVERIFY(fromSnapshot);
    QVERIFY(checksOf(b.path(), *fromSnapshot).confirmationKeys().isEmpty());
}

void TestPromotionRules::unknownConfirmationKeys()
{
    RepoBuilder b;
    buildDistributions(b);
    b.commit(u"snapshot"_s, RepoBuilder::package(u"aws"_s, u"1.20.0"_s));
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.20.0"_s);
    QVERIFY(p);
    const PromotionChecks c = checksOf(b.path(), *p);
    QCOMPARE(c.validKeys(), (QStringList{u"all"_s, u"not-newer:aws@1.20.0"_s}));
    QVERIFY(c.checkKeys({u"all"_s}));
    QVERIFY(c.checkKeys({u"not-newer:aws@1.20.0"_s}));
    const Status bogus = c.checkKeys({u"not-newer:aws@1.20.0"_s, u"bogus-key"_s});
    QVERIFY(!bogus);
    QVERIFY2(bogus.error().message.contains(u"bogus-key"_s), qPrintable(bogus.error().message));
    QVERIFY(bogus.error().message.contains(u"not-newer:aws@1.20.0"_s));
    QCOMPARE(c.unknownKeys({u"bogus-key"_s, u"all"_s}), QStringList{u"bogus-key"_s});

    // When nothing needs confirmation, the error says so.
    auto clean = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0"_s);
    QVERIFY(clean);
    const Status none = checksOf(b.path(), *clean).checkKeys({u"removal-from-staging"_s});
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(u"Nothing in this promotion needs confirmation"_s),
             qPrintable(none.error().message));
}

void TestPromotionRules::misspeltPackageGetsNearestNames()
{
    RepoBuilder b;
    buildDistributions(b);
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"kubernets@1.27.0"_s);
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(u"Did you mean kubernetes?"_s), qPrintable(p.error().message));
    auto far = plan(b.path(), u"snapshot"_s, u"staging"_s, u"zzzzzzzz@1.0.0"_s);
    QVERIFY(!far);
    QVERIFY2(!far.error().message.contains(u"Did you mean"_s), qPrintable(far.error().message));
}

void TestPromotionRules::pendingDraftsAreFoundAndNeedAChoice()
{
    RepoBuilder b;
    buildDistributions(b);
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0"_s);
    QVERIFY(p);
    auto first = draft(b.path(), *p);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().text()));

    auto again = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0"_s);
    QVERIFY(again);
    const PromotionChecks c = checksOf(b.path(), *again);
    const PromotionCheck *pending = findCheck(c, u"pending-draft"_s, u"aws"_s);
    QVERIFY2(pending, qPrintable(checkIds(c).join(u',')));
    QCOMPARE(pending->severity, Severity::Warning);
    QCOMPARE(pending->key(), u"pending-draft:aws@1.28.0"_s);
    QVERIFY(pending->message.contains(first->id));

    // Drafting the same again needs the explicit choice.
    auto refused = draft(b.path(), *again);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"pending-draft:aws@1.28.0"_s));
    auto second = draft(b.path(), *again, {u"pending-draft:aws@1.28.0"_s},
                        QDateTime::currentDateTime().addSecs(3600));
    QVERIFY2(second, qPrintable(second ? QString() : second.error().text()));
    QVERIFY(second->id != first->id);

    // Another version of the package is not pending.
    auto repo = git::Repository::open(b.path());
    auto all = findPendingDrafts(*repo, TierConfig{});
    QVERIFY(all);
    QCOMPARE(pendingFor(*all, TierConfig{}, u"snapshot"_s, u"aws@1.28.0"_s).size(), 2);
    QVERIFY(pendingFor(*all, TierConfig{}, u"snapshot"_s, u"kubernetes@1.27.0"_s).isEmpty());
    QVERIFY(pendingFor(*all, TierConfig{}, u"production"_s, u"aws@1.28.0"_s).isEmpty());
}

void TestPromotionRules::pendingDraftFromABranchWithoutRecord()
{
    RepoBuilder b;
    buildDistributions(b);
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0"_s);
    QVERIFY(p);
    auto made = draft(b.path(), *p);
    QVERIFY(made);
    auto repo = git::Repository::open(b.path());
    // Only the branches, as in another clone: fetched from a fork, no local branch or record.
    QVERIFY(b.setReference(u"refs/remotes/fork/"_s + made->promotion.name, made->promotion.commit));
    QVERIFY(QFile::remove(PromotionDraftStore(*repo).filePath()));
    QVERIFY(git_reference_remove(repo->raw(), made->promotion.refName().toUtf8().constData()) == 0);
    QVERIFY(git_reference_remove(repo->raw(), made->removal.refName().toUtf8().constData()) == 0);

    auto all = findPendingDrafts(*repo, TierConfig{});
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    const PendingDraft &found = all->constFirst();
    QVERIFY(found.id.isEmpty());
    QCOMPARE(found.branch, u"refs/remotes/fork/"_s + made->promotion.name);
    QCOMPARE(found.destinationTier, u"staging"_s);
    QCOMPARE(found.keys, QStringList{u"aws@1.28.0"_s});
    QVERIFY(found.covers(TierConfig{}, u"snapshot"_s, u"aws@1.28.0"_s));
    QVERIFY(!found.covers(TierConfig{}, u"staging"_s, u"aws@1.28.0"_s)); // nothing promotes it above staging

    auto again = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0"_s);
    QVERIFY(again);
    const PromotionCheck *pending = findCheck(checksOf(b.path(), *again), u"pending-draft"_s);
    QVERIFY(pending);
    QVERIFY(pending->message.contains(u"refs/remotes/fork/"_s));
}

void TestPromotionRules::promotionBodyChangelogAndReviewer()
{
    RepoBuilder b;
    buildDistributions(b);
    Files aws = RepoBuilder::package(u"aws"_s, u"1.28.0"_s);
    aws.insert(u"packages/aws/1.28.0/changelog.yml"_s, changelogOf({u"1.28.0"_s, u"1.26.0"_s, u"1.24.5"_s, u"1.20.0"_s}));
    b.commit(u"snapshot"_s, aws);
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0"_s);
    QVERIFY(p);
    const PromotionChecks c = checksOf(b.path(), *p);
    QCOMPARE(c.changelog.value(u"aws@1.28.0"_s).size(), 2);
    const PromotionTexts t = PromotionTexts::compose(*p, c.changelog);
    QVERIFY2(t.promotionBody.contains(u"- 1.28.0: Change in 1.28.0."_s), qPrintable(t.promotionBody));
    QVERIFY(t.promotionBody.contains(u"- 1.26.0: Change in 1.26.0."_s));
    QVERIFY(!t.promotionBody.contains(u"Change in 1.24.5"_s)); // production serves it already
    QVERIFY(!t.promotionBody.contains(u"Change in 1.20.0"_s));
    QVERIFY(t.promotionBody.contains(u"after 1.24.5, served by `production`"_s));
    QVERIFY(t.promotionBody.contains(u"Suggested reviewers (`owner.github` of the manifests): @elastic/integrations"_s));
    // The removal body waits for the promotion pull request, linked once it exists.
    QVERIFY(t.removalBody.contains(u"Merge this pull request only after"_s));
    auto d = draft(b.path(), *p);
    QVERIFY(d);
    QCOMPARE(d->promotion.body, t.promotionBody); // drafting composes the same, changelog included
    d->promotion.pullRequest = {12, u"https://github.com/elastic/package-storage/pull/12"_s};
    const QString linked = removalBodyFor(*d, nullptr);
    QCOMPARE(linked.count(u"https://github.com/elastic/package-storage/pull/12"_s), 2);
}

void TestPromotionRules::refusesToPushToUpstream()
{
    // An "upstream" and a "fork" bare repository on disk; the user's clone has both as remotes.
    RepoBuilder upstream(true);
    buildDistributions(upstream);
    QTemporaryDir forkDir;
    const QString fork = forkDir.filePath(u"fork.git"_s);
    QVERIFY(git::Repository::init(fork, true));
    RepoBuilder user(true);
    buildDistributions(user);
    QVERIFY(user.addRemote(u"origin"_s, upstream.path()));
    QVERIFY(user.addRemote(u"upstream-again"_s, u"file://"_s + upstream.path() + u"/"_s));
    QVERIFY(user.addRemote(u"fork"_s, fork));
    auto p = plan(user.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0"_s);
    QVERIFY(p);
    auto d = draft(user.path(), *p);
    QVERIFY(d);
    const QMap<QString, QString> upstreamRefs = refsOf(upstream.path());

    PublishOptions o;
    o.upstreamRemote = u"origin"_s;
    o.openPullRequests = false;
    for (const QString &remote : {u"origin"_s, u"upstream-again"_s, upstream.path()}) {
        o.remote = remote;
        auto refused = publishDraft(user.path(), d->id, o);
        QVERIFY2(!refused, qPrintable(remote));
        QVERIFY2(refused.error().message.contains(u"not a fork"_s), qPrintable(refused.error().message));
    }
    QCOMPARE(refsOf(upstream.path()), upstreamRefs); // nothing reached the upstream repository

    o.remote = u"fork"_s;
    auto toFork = publishDraft(user.path(), d->id, o);
    QVERIFY2(toFork, qPrintable(toFork ? QString() : toFork.error().text()));
    QVERIFY(refsOf(fork).contains(u"refs/heads/"_s + d->removal.name));

    // Allowed explicitly for one run, the upstream repository takes the branches.
    o.remote = u"origin"_s;
    o.allowUpstream = true;
    auto allowed = publishDraft(user.path(), d->id, o);
    QVERIFY2(allowed, qPrintable(allowed ? QString() : allowed.error().text()));
    QVERIFY(refsOf(upstream.path()).contains(u"refs/heads/"_s + d->removal.name));
}

void TestPromotionRules::sameRepositoryUrls()
{
    QVERIFY(sameRepository(u"git@github.com:elastic/package-storage.git"_s,
                           u"https://github.com/Elastic/package-storage"_s));
    QVERIFY(sameRepository(u"ssh://git@github.com/elastic/package-storage"_s,
                           u"https://token@github.com/elastic/package-storage.git/"_s));
    QVERIFY(!sameRepository(u"git@github.com:alice/package-storage.git"_s,
                            u"https://github.com/elastic/package-storage"_s));
    QVERIFY(sameRepository(u"/srv/git/storage.git"_s, u"file:///srv/git/storage.git/"_s));
    QVERIFY(!sameRepository(u"/srv/git/storage.git"_s, u"/srv/git/fork.git"_s));
}

void TestPromotionRules::pullRequestStatesAndRemovalVerdict()
{
    RepoBuilder b;
    buildDistributions(b);
    auto p = plan(b.path(), u"snapshot"_s, u"staging"_s, u"aws@1.28.0"_s);
    QVERIFY(p);
    auto d = draft(b.path(), *p);
    QVERIFY(d);
    FakeGitHub server;
    QVERIFY(server.listen());
    d->apiUrl = server.url(u"/api/v3"_s).toString();
    d->upstream = u"elastic/package-storage"_s;
    d->promotion.pullRequest = {7, u"https://github.com/elastic/package-storage/pull/7"_s};
    d->removal.pullRequest = {8, u"https://github.com/elastic/package-storage/pull/8"_s};

    auto prJson = [](int n, const QString &state, bool draft, bool merged) {
        return FakeGitHub::json(200, QJsonObject{{u"number"_s, n},
                                                 {u"html_url"_s, u"https://github.com/elastic/package-storage/pull/%1"_s.arg(n)},
                                                 {u"state"_s, state},
                                                 {u"draft"_s, draft},
                                                 {u"merged"_s, merged}});
    };
    DraftStatusOptions options;
    options.token = u"ghp_test0123456789"_s;
    options.upstreamRemote.clear();
    options.timeout = std::chrono::milliseconds(5000);
    auto statusOnWorker = [&](const PromotionDraft &draft) {
        QFuture<Result<DraftStatus>> f = QtConcurrent::run([&] { return draftStatus(b.path(), draft, options); });
        while (!f.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return f.result();
    };

    // Promotion open, removal a draft: not safe, with the reason.
    server.enqueue(prJson(7, u"open"_s, false, false));
    server.enqueue(prJson(8, u"open"_s, true, false));
    auto open = statusOnWorker(*d);
    QVERIFY(open);
    QCOMPARE(open->promotion.id, u"open"_s);
    QCOMPARE(open->removal.id, u"draft"_s);
    QVERIFY(!open->removalSafe);
    QVERIFY2(open->removalVerdict.contains(u"not merged"_s), qPrintable(open->removalVerdict));
    QCOMPARE(server.requests.at(0).path, u"/api/v3/repos/elastic/package-storage/pulls/7"_s);
    QCOMPARE(server.requests.at(0).authorization, QByteArray("Bearer ghp_test0123456789"));

    // Merged on GitHub, but the local staging does not hold the tree yet: still not safe.
    server.enqueue(prJson(7, u"closed"_s, false, true));
    server.enqueue(prJson(8, u"open"_s, false, false));
    auto mergedNotArrived = statusOnWorker(*d);
    QVERIFY(mergedNotArrived);
    QCOMPARE(mergedNotArrived->promotion.id, u"merged"_s);
    QCOMPARE(mergedNotArrived->removal.id, u"open"_s);
    QVERIFY(!mergedNotArrived->removalSafe);
    QVERIFY2(mergedNotArrived->removalVerdict.contains(u"does not contain"_s),
             qPrintable(mergedNotArrived->removalVerdict));

    // Staging now holds the promoted tree (the promotion merged): safe to merge.
    QVERIFY(b.setReference(u"refs/heads/staging"_s, d->promotion.commit));
    server.enqueue(prJson(7, u"closed"_s, false, true));
    server.enqueue(prJson(8, u"open"_s, false, false));
    auto safe = statusOnWorker(*d);
    QVERIFY(safe);
    QVERIFY2(safe->removalSafe, qPrintable(safe->removalVerdict));
    QVERIFY(safe->removalVerdict.startsWith(u"Safe to merge"_s));

    // Closed without merging: do not merge.
    server.enqueue(prJson(7, u"closed"_s, false, false));
    server.enqueue(prJson(8, u"open"_s, false, false));
    auto closed = statusOnWorker(*d);
    QVERIFY(closed);
    QCOMPARE(closed->promotion.id, u"closed"_s);
    QVERIFY(!closed->removalSafe);
    QVERIFY(closed->removalVerdict.contains(u"closed without being merged"_s));

    // Without a token the states are unknown, and say why.
    options.token.clear();
    auto unknown = statusOnWorker(*d);
    QVERIFY(unknown);
    QVERIFY(unknown->promotion.id.isEmpty());
    QVERIFY(unknown->promotion.problem.contains(u"no GitHub token"_s));
    QVERIFY(!unknown->removalSafe);
}

void TestPromotionRules::packagesNamedInAList()
{
    QCOMPARE(packagesNamedIn(u"nginx@1.3.0, foo-bar-1.0.0-rc-2 ,aws,nginx@2.0.0,,"),
             (QStringList{u"nginx"_s, u"foo-bar"_s, u"foo-bar-1.0.0-rc"_s, u"foo-bar-1.0.0-rc-2"_s, u"aws"_s}));
    QVERIFY(packagesNamedIn(u" , ").isEmpty());
}

// The plan a promotion makes from a read of only the packages its list names is the plan
// of the whole storage, also where a name-version reading depends on the packages there are.
void TestPromotionRules::scopedReadPlansAsTheWholeStorage()
{
    RepoBuilder b;
    Files staging = RepoBuilder::package(u"foo-bar"_s, u"1.0.0"_s);
    staging.insert(RepoBuilder::package(u"foo"_s, u"2.0.0"_s));
    staging.insert(RepoBuilder::package(u"foo"_s, u"1.0.0"_s));
    staging.insert(RepoBuilder::package(u"other"_s, u"3.0.0"_s));
    b.commit(u"staging"_s, staging);
    Files production = RepoBuilder::package(u"foo"_s, u"1.0.0"_s);
    production.insert(RepoBuilder::package(u"other"_s, u"2.0.0"_s));
    b.commit(u"production"_s, production);
    const QString list = u"foo-bar-1.0.0,foo"_s;

    const auto planFrom = [&](const QStringList &only) -> Result<PromotionPlan> {
        StorageReader reader;
        reader.readOnly(only);
        const auto snap = reader.read(b.path(), {});
        if (!snap)
            return std::unexpected(snap.error());
        auto specs = parseVersionSpecs(list, snap->tier(u"staging"_s)->packageNames());
        if (!specs)
            return std::unexpected(specs.error());
        return PromotionPlan::make(*snap, PromotionRequest{u"staging"_s, u"production"_s, *specs, true});
    };
    const auto whole = planFrom({});
    const auto scoped = planFrom(packagesNamedIn(list));
    QVERIFY2(whole && scoped, qPrintable(whole ? (scoped ? QString() : scoped.error().text()) : whole.error().text()));
    const auto described = [](const PromotionPlan &p) {
        QStringList out;
        for (const PlannedVersion &v : p.versions)
            out.append(v.label() + u' ' + v.source.tree.toHex() + u' ' + QString::number(v.promoted) + u' '
                       + v.servedTier + u' ' + v.destinationNewestText + u' ' + v.destinationNewestTier + u' '
                       + QString::number(v.staysServed));
        return out;
    };
    QCOMPARE(described(*scoped), described(*whole));
    QCOMPARE(described(*whole).size(), 3); // foo-bar 1.0.0; foo 2.0.0 promoted, foo 1.0.0 removed
    QCOMPARE(scoped->destinationTip, whole->destinationTip);
}

QTEST_GUILESS_MAIN(TestPromotionRules)
#include "tst_promotionrules.moc"
