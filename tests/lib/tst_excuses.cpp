// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Why each version is or is not a promotion candidate: every reason on a built
// repository, the matrix's badge following it, and on the real package-storage
// data an expectation derived with the git command line instead of the library.
#include "promotion/PromotionDraft.h"
#include "promotion/PendingDrafts.h"
#include "promotion/PromotionChecks.h"
#include "promotion/PromotionExcuses.h"
#include "storage/Distribution.h"
#include "storage/StorageReader.h"
#include "support/FixtureBundle.h"
#include "support/RepoBuilder.h"
#include "support/TestStorage.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
const git::Signature tester{u"Tierdesk Test"_s, u"tierdesk-test@example.com"_s, {}};

const VersionExcuse *excuseOf(const QList<VersionExcuse> &all, const QString &tier, const QString &key)
{
    for (const VersionExcuse &e : all)
        if (e.tier == tier && e.key() == key)
            return &e;
    return nullptr;
}

// name@version → tree id of `tier`, from `git ls-tree`.
QMap<QString, QString> versionsByGit(const QString &repo, const QString &tier)
{
    QMap<QString, QString> out;
    const QStringList packages = runGit(repo, {u"ls-tree"_s, u"--name-only"_s, u"-d"_s, tier + u":packages"_s})
                                     .split(u'\n', Qt::SkipEmptyParts);
    for (const QString &name : packages) {
        const QStringList lines = runGit(repo, {u"ls-tree"_s, u"-d"_s, tier + u":packages/"_s + name})
                                      .split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            // "<mode> tree <id>\t<version>"
            const qsizetype tab = line.indexOf(u'\t');
            out.insert(name + u'@' + line.mid(tab + 1), line.section(u' ', 2, 2).left(40));
        }
    }
    return out;
}

bool hasDevelopmentPath(const QString &repo, const QString &tree)
{
    const QStringList paths = runGit(repo, {u"ls-tree"_s, u"-r"_s, u"-t"_s, u"--name-only"_s, tree}).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &p : paths)
        for (const QString &part : p.split(u'/'))
            if (part.startsWith(u'_'))
                return true;
    return false;
}

struct GitTiers {
    QStringList order; // lowest first
    QHash<QString, QMap<QString, QString>> versions;
};

// The reasons the rule gives, worked out from git's listing alone.
QStringList expectedReasons(const QString &repo, const GitTiers &g, int tierIndex, const QString &key,
                            bool readerFoundProblems)
{
    const QString tier = g.order[tierIndex];
    const QString name = key.section(u'@', 0, 0);
    const QString version = key.section(u'@', 1);
    if (tierIndex + 1 >= g.order.size())
        return {u"top-tier"_s};
    const QString target = g.order[tierIndex + 1];
    QStringList r;
    const auto parsed = Version::parse(version);
    if (!parsed)
        r << u"not-a-version"_s;
    if (readerFoundProblems)
        r << u"manifest-problem"_s;
    // The target's distribution, highest tier first.
    for (int t = int(g.order.size()) - 1; t > tierIndex; --t) {
        const QString id = g.versions[g.order[t]].value(key);
        if (id.isEmpty())
            continue;
        if (id == g.versions[tier].value(key))
            r << u"served-above"_s;
        else if (g.order[t] != target)
            r << u"shadowed"_s;
        else
            r << u"overwrite-policy"_s;
        break;
    }
    std::optional<Version> newestOwn;
    std::optional<Version> newestServed;
    QString newestServedText;
    for (int t = 0; t < g.order.size(); ++t) {
        for (auto it = g.versions[g.order[t]].cbegin(); it != g.versions[g.order[t]].cend(); ++it) {
            if (it.key().section(u'@', 0, 0) != name)
                continue;
            const auto v = Version::parse(it.key().section(u'@', 1));
            if (!v)
                continue;
            if (t == tierIndex && (!newestOwn || *v > *newestOwn))
                newestOwn = v;
            if (t > tierIndex && (!newestServed || *v > *newestServed)) {
                newestServed = v;
                newestServedText = it.key().section(u'@', 1);
            }
        }
    }
    if (parsed && newestOwn && *newestOwn > *parsed)
        r << u"not-newest"_s;
    if (parsed && newestServed && newestServedText != version && !(*parsed > *newestServed))
        r << u"not-newer"_s;
    // Overwriting blocks only in production, the highest tier.
    bool blocked = false;
    for (const QString &id : std::as_const(r))
        blocked = blocked || id != u"overwrite-policy" || target == g.order.constLast();
    if (!blocked && hasDevelopmentPath(repo, g.versions[tier].value(key)))
        r << u"development-files"_s;
    else if (!blocked)
        r << u"candidate"_s;
    return r;
}

// Each reason once (two manifest problems are one reason here), sorted.
QStringList sortedIds(const VersionExcuse &e)
{
    QStringList ids = e.reasonIds();
    ids.removeDuplicates();
    ids.sort();
    return ids;
}
} // namespace

class TestExcuses : public QObject {
    Q_OBJECT
private slots:
    void everyReason();
    void matrixBadgesFollowTheExplanations();
    void fixtureExplanations();
};

void TestExcuses::everyReason()
{
    RepoBuilder b;
    Files snapshot = RepoBuilder::package(u"cand"_s, u"2.0.0"_s);
    snapshot.insert(RepoBuilder::package(u"prom"_s, u"1.0.0"_s));
    snapshot.insert(RepoBuilder::package(u"shad"_s, u"1.0.0"_s, u"new"_s));
    snapshot.insert(RepoBuilder::package(u"over"_s, u"1.0.0"_s, u"new"_s));
    snapshot.insert(RepoBuilder::package(u"old"_s, u"1.0.0"_s));
    snapshot.insert(RepoBuilder::package(u"old"_s, u"1.1.0"_s));
    snapshot.insert(RepoBuilder::package(u"behind"_s, u"1.0.0"_s));
    snapshot.insert(RepoBuilder::package(u"bad"_s, u"1.0.0"_s));
    snapshot.insert(u"packages/bad/1.0.0/manifest.yml"_s, "name: [bad\n");
    snapshot.insert(RepoBuilder::package(u"weird"_s, u"latest"_s));
    snapshot.insert(RepoBuilder::package(u"dev"_s, u"1.0.0"_s));
    snapshot.insert(u"packages/dev/1.0.0/data_stream/logs/_dev/test/config.yml"_s, "x: 1\n");
    snapshot.insert(RepoBuilder::package(u"drafted"_s, u"1.0.0"_s));
    b.commit(u"snapshot"_s, snapshot);
    Files staging = RepoBuilder::package(u"prom"_s, u"1.0.0"_s);
    staging.insert(RepoBuilder::package(u"over"_s, u"1.0.0"_s, u"old"_s));
    staging.insert(RepoBuilder::package(u"over2"_s, u"1.0.0"_s, u"new"_s));
    b.commit(u"staging"_s, staging);
    Files production = RepoBuilder::package(u"shad"_s, u"1.0.0"_s, u"released"_s);
    production.insert(RepoBuilder::package(u"behind"_s, u"2.0.0"_s));
    production.insert(RepoBuilder::package(u"over2"_s, u"1.0.0"_s, u"old"_s));
    b.commit(u"production"_s, production);

    // A pending draft of drafted 1.0.0.
    const StorageSnapshot before = readOrWarn(b.path());
    auto p = PromotionPlan::make(before, PromotionRequest{u"snapshot"_s, u"staging"_s, {{u"drafted"_s, u"1.0.0"_s}}, false});
    QVERIFY(p);
    DraftOptions o;
    o.author = tester;
    QVERIFY(createDraft(b.path(), *p, o));

    auto repo = git::Repository::open(b.path());
    const StorageSnapshot snap = readOrWarn(b.path());
    auto all = explainRepository(*repo, snap);
    QVERIFY(all);
    const QList<std::pair<QString, QStringList>> expected = {
        {u"snapshot/cand@2.0.0"_s, {u"candidate"_s}},
        {u"snapshot/prom@1.0.0"_s, {u"served-above"_s}},
        {u"snapshot/shad@1.0.0"_s, {u"shadowed"_s}},
        {u"snapshot/over@1.0.0"_s, {u"candidate"_s, u"overwrite-policy"_s}},
        {u"staging/over2@1.0.0"_s, {u"overwrite-policy"_s}},
        {u"snapshot/old@1.0.0"_s, {u"not-newest"_s}},
        {u"snapshot/old@1.1.0"_s, {u"candidate"_s}},
        {u"snapshot/behind@1.0.0"_s, {u"not-newer"_s}},
        {u"snapshot/bad@1.0.0"_s, {u"manifest-problem"_s}},
        {u"snapshot/weird@latest"_s, {u"not-a-version"_s}},
        {u"snapshot/dev@1.0.0"_s, {u"development-files"_s}},
        {u"snapshot/drafted@1.0.0"_s, {u"pending-draft"_s}},
        {u"production/shad@1.0.0"_s, {u"top-tier"_s}},
    };
    for (const auto &[where, ids] : expected) {
        const VersionExcuse *e = excuseOf(*all, where.section(u'/', 0, 0), where.section(u'/', 1));
        QVERIFY2(e, qPrintable(where));
        QVERIFY2(sortedIds(*e) == ids, qPrintable(where + u": "_s + sortedIds(*e).join(u',')));
        QCOMPARE(e->candidate, ids.contains(u"candidate"_s));
        for (const ExcuseReason &r : e->reasons)
            QVERIFY2(!r.message.isEmpty(), qPrintable(where));
    }
    // The draft is local (never published): the next step is to publish or delete it, no pull request to wait for.
    const VersionExcuse *drafted = excuseOf(*all, u"snapshot"_s, u"drafted@1.0.0"_s);
    QVERIFY2(drafted->reasons.at(0).message.contains(u"not published yet: publish it or delete it"_s),
             qPrintable(drafted->reasons.at(0).message));
    const VersionExcuse *behind = excuseOf(*all, u"snapshot"_s, u"behind@1.0.0"_s);
    QVERIFY(behind->summary().contains(u"2.0.0"_s));
    QCOMPARE(behind->targetTier, u"staging"_s);
    const QJsonObject json = behind->toJson();
    QCOMPARE(json[u"candidate"_s].toBool(), false);
    QCOMPARE(json[u"reasons"_s].toArray().at(0).toObject()[u"id"_s].toString(), u"not-newer"_s);
    // Without the repository the pure rule names neither drafts nor development files.
    const QList<VersionExcuse> pure = explainAll(snap); // kept: excuseOf points into it
    const VersionExcuse *dev = excuseOf(pure, u"snapshot"_s, u"dev@1.0.0"_s);
    QVERIFY(dev && dev->candidate);

    // `why` reads only the package asked about: every version is explained the same from it.
    for (const VersionExcuse &whole : *all) {
        StorageReader reader;
        reader.readOnly({whole.name});
        const auto scoped = reader.read(b.path(), {});
        QVERIFY(scoped);
        const PackageVersion *v = scoped->find(whole.tier, whole.name, whole.version);
        QVERIFY2(v, qPrintable(whole.tier + u'/' + whole.name));
        auto pendingNow = findPendingDrafts(*repo, scoped->config);
        QVERIFY(pendingNow);
        const VersionExcuse e = explainVersion(*scoped, *v, *pendingNow, [&repo](const PackageVersion &version) {
            auto paths = developmentPaths(*repo, version.tree);
            return paths ? *paths : QStringList();
        });
        QCOMPARE(e.toJson(), whole.toJson());
    }
}

void TestExcuses::matrixBadgesFollowTheExplanations()
{
    RepoBuilder b;
    Files snapshot = RepoBuilder::package(u"old"_s, u"1.0.0"_s);
    snapshot.insert(RepoBuilder::package(u"old"_s, u"1.1.0"_s));
    snapshot.insert(RepoBuilder::package(u"drafted"_s, u"1.0.0"_s));
    b.commit(u"snapshot"_s, snapshot);
    b.commit(u"staging"_s, RepoBuilder::package(u"other"_s, u"1.0.0"_s));
    b.commit(u"production"_s, RepoBuilder::package(u"other"_s, u"0.1.0"_s));
    auto p = PromotionPlan::make(readOrWarn(b.path()),
                                 PromotionRequest{u"snapshot"_s, u"staging"_s, {{u"drafted"_s, u"1.0.0"_s}}, false});
    QVERIFY(p);
    DraftOptions o;
    o.author = tester;
    QVERIFY(createDraft(b.path(), *p, o));

    const StorageSnapshot snap = readOrWarn(b.path());
    const CandidacyMarks marks = candidacyMarks(explainRepository(snap));
    const TierMatrix matrix = TierMatrix::build(snap, DistributionAnalysis::analyze(snap), &marks);
    auto chip = [&](const QString &name, const QString &version) -> VersionChip {
        for (const PackageRow &row : matrix.rows)
            if (row.name == name)
                for (const VersionChip &c : row.cells[0].chips)
                    if (c.version == version)
                        return c;
        return {};
    };
    QVERIFY(chip(u"old"_s, u"1.1.0"_s).badges().contains(u"candidate"_s));
    // Newer than everything above, but not the newest of its tier: no badge (the old rule gave one).
    QVERIFY(!chip(u"old"_s, u"1.0.0"_s).badges().contains(u"candidate"_s));
    const VersionChip drafted = chip(u"drafted"_s, u"1.0.0"_s);
    QVERIFY(!drafted.candidate);
    QVERIFY(drafted.badges().contains(u"draft"_s));
    QVERIFY(drafted.marker().contains(u'✎'));
    QVERIFY2(drafted.toolTip.contains(u"already in the draft"_s), qPrintable(drafted.toolTip));
}

void TestExcuses::fixtureExplanations()
{
    TIERDESK_REQUIRE_FIXTURE(path);
    const StorageSnapshot snap = readOrWarn(path);
    GitTiers g;
    g.order = snap.config.tiers;
    for (const QString &tier : g.order)
        g.versions.insert(tier, versionsByGit(path, tier));
    auto repo = git::Repository::open(path);
    auto all = explainRepository(*repo, snap);
    QVERIFY(all);
    int checked = 0;
    int candidates = 0;
    for (int t = 0; t + 1 < g.order.size(); ++t) { // snapshot and staging
        const QString tier = g.order[t];
        for (auto it = g.versions[tier].cbegin(); it != g.versions[tier].cend(); ++it) {
            const PackageVersion *v = snap.find(tier, it.key().section(u'@', 0, 0), it.key().section(u'@', 1));
            QVERIFY2(v, qPrintable(tier + u'/' + it.key()));
            bool manifestProblems = false; // the reader's, except the directory name (its own reason)
            for (const Problem &p : v->problems)
                manifestProblems = manifestProblems || p.kind != ProblemKind::NotAVersion;
            QStringList want = expectedReasons(path, g, t, it.key(), manifestProblems);
            want.sort();
            const VersionExcuse *e = excuseOf(*all, tier, it.key());
            QVERIFY2(e, qPrintable(tier + u'/' + it.key()));
            QVERIFY2(sortedIds(*e) == want,
                     qPrintable(tier + u'/' + it.key() + u": got " + sortedIds(*e).join(u',') + u", want "
                                + want.join(u',')));
            ++checked;
            candidates += e->candidate ? 1 : 0;
        }
    }
    QCOMPARE(checked, 35 + 37); // every snapshot and staging version (../shared/fixtures/README.md)
    qInfo("%d versions explained, %d candidates", checked, candidates);
}

QTEST_GUILESS_MAIN(TestExcuses)
#include "tst_excuses.moc"
