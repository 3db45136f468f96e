// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PendingDrafts.h"

#include "promotion/PromotionDraftStore.h"
#include "promotion/PullRequestTitle.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionDraft;

// name@version → tree id of every version directory below packages/ of `commit`'s tree.
QHash<QString, git::ObjectId> versionTrees(const git::Repository &repo, const git::ObjectId &commit)
{
    QHash<QString, git::ObjectId> out;
    auto c = repo.lookupCommit(commit);
    if (!c)
        return out;
    git_tree *raw = nullptr;
    if (git_commit_tree(&raw, c->get()) < 0)
        return out;
    const git::TreeHandle root(raw);
    auto packages = repo.subtree(root.get(), u"packages"_s);
    if (!packages)
        return out;
    for (size_t i = 0; i < git_tree_entrycount(packages->get()); ++i) {
        const git_tree_entry *pkg = git_tree_entry_byindex(packages->get(), i);
        if (git_tree_entry_type(pkg) != GIT_OBJECT_TREE)
            continue;
        auto versions = repo.lookupTree(git::ObjectId(git_tree_entry_id(pkg)));
        if (!versions)
            continue;
        const QString name = QString::fromUtf8(git_tree_entry_name(pkg));
        for (size_t j = 0; j < git_tree_entrycount(versions->get()); ++j) {
            const git_tree_entry *v = git_tree_entry_byindex(versions->get(), j);
            if (git_tree_entry_type(v) == GIT_OBJECT_TREE)
                out.insert(name + u'@' + QString::fromUtf8(git_tree_entry_name(v)), git::ObjectId(git_tree_entry_id(v)));
        }
    }
    return out;
}

// The versions a branch's tip adds or changes (a promotion) or removes (a removal), against its first parent.
QStringList changedVersions(const git::Repository &repo, const git::ObjectId &tip, bool removal)
{
    auto c = repo.lookupCommit(tip);
    if (!c || git_commit_parentcount(c->get()) == 0)
        return {};
    const QHash<QString, git::ObjectId> after = versionTrees(repo, tip);
    const QHash<QString, git::ObjectId> before =
        versionTrees(repo, git::ObjectId(git_commit_parent_id(c->get(), 0)));
    QStringList keys;
    const auto &from = removal ? before : after;
    const auto &to = removal ? after : before;
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        if (!to.contains(it.key()) || (!removal && to.value(it.key()) != it.value()))
            keys.append(it.key());
    keys.sort();
    return keys;
}

PendingDraft fromRecord(const PromotionDraft &d)
{
    PendingDraft p;
    p.id = d.id;
    p.branch = d.removal.name;
    p.sourceTier = d.sourceTier;
    p.destinationTier = d.destinationTier;
    for (const DraftVersion &v : d.versions)
        p.keys.append(v.name + u'@' + v.version);
    for (const DraftBranch *b : {&d.promotion, &d.removal})
        if (b->pullRequest.exists())
            p.pullRequestUrls.append(b->pullRequest.url);
    return p;
}

// "tierdesk/remove-staging-…" → {remove, staging}; the tier is one of the configured ones.
std::optional<std::pair<bool, QString>> draftBranchKind(const QString &shortName, const TierConfig &config)
{
    for (const bool removal : {true, false}) {
        const QString prefix = removal ? u"tierdesk/remove-"_s : u"tierdesk/promote-"_s;
        if (!shortName.startsWith(prefix))
            continue;
        for (const QString &tier : config.tiers)
            if (shortName.mid(prefix.size()).startsWith(tier + u'-'))
                return std::pair{removal, tier};
    }
    return std::nullopt;
}

// The branch name below refs/heads/ or refs/remotes/<remote>/.
QString shortBranch(const QString &ref)
{
    if (ref.startsWith(u"refs/heads/"))
        return ref.mid(11);
    const qsizetype slash = ref.indexOf(u'/', 13);
    return slash < 0 ? QString() : ref.mid(slash + 1);
}

void addBranches(const git::Repository &repo, const TierConfig &config, const QSet<QString> &recorded,
                 QList<PendingDraft> &out)
{
    QSet<QString> seen = recorded;
    QStringList refs = repo.references(u"refs/heads/tierdesk/*"_s);
    refs += repo.references(u"refs/remotes/*"_s);
    for (const QString &ref : std::as_const(refs)) {
        const QString name = shortBranch(ref);
        const auto kind = draftBranchKind(name, config);
        if (!kind || seen.contains(name))
            continue;
        seen.insert(name);
        auto tip = repo.resolveCommit(ref);
        if (!tip)
            continue;
        PendingDraft p;
        p.branch = ref;
        (kind->first ? p.sourceTier : p.destinationTier) = kind->second;
        p.keys = changedVersions(repo, *tip, kind->first);
        if (!p.keys.isEmpty())
            out.append(p);
    }
}
} // namespace

bool PendingDraft::covers(const TierConfig &config, const QString &tier, const QString &key) const
{
    if (!keys.contains(key))
        return false;
    if (!sourceTier.isEmpty())
        return sourceTier == tier;
    return config.rank(destinationTier) > config.rank(tier);
}

QString PendingDraft::label() const
{
    if (!id.isEmpty())
        return Tr::tr("the draft %1").arg(id);
    if (pullRequestNumber > 0)
        return author.isEmpty() ? Tr::tr("the pull request #%1").arg(pullRequestNumber)
                                : Tr::tr("the pull request #%1 by %2").arg(pullRequestNumber).arg(author);
    return Tr::tr("the branch %1").arg(branch);
}

namespace {
std::optional<PendingDraft> fromPullRequest(const PullRequestSummary &pr, const TierConfig &config)
{
    const auto title = parseTitle(pr.title);
    if (!title || !title->listsVersions() || !config.tiers.contains(title->branch)
        || (!pr.baseBranch.isEmpty() && pr.baseBranch != title->branch))
        return std::nullopt;
    PendingDraft p;
    p.branch = title->branch;
    // Like a draft branch: a promotion covers the versions below its destination, a removal its own tier's.
    (title->kind == TitleKind::Remove ? p.sourceTier : p.destinationTier) = title->branch;
    p.keys = title->keys;
    p.pullRequestUrls = {pr.url};
    p.pullRequestNumber = pr.number;
    p.author = pr.author;
    return p;
}
} // namespace

QList<PendingDraft> pendingFromPullRequests(const QList<PullRequestSummary> &open, const TierConfig &config,
                                            const QList<PendingDraft> &known)
{
    QSet<QString> knownUrls;
    for (const PendingDraft &k : known)
        for (const QString &url : k.pullRequestUrls)
            knownUrls.insert(url);
    QList<PendingDraft> out;
    for (const PullRequestSummary &pr : open)
        if (!knownUrls.contains(pr.url))
            if (auto p = fromPullRequest(pr, config))
                out.append(*p);
    return out;
}

Result<QList<PendingDraft>> findPendingDrafts(const git::Repository &repo, const TierConfig &config)
{
    auto records = PromotionDraftStore(repo).load();
    if (!records)
        return std::unexpected(records.error());
    QList<PendingDraft> out;
    QSet<QString> recorded;
    for (const PromotionDraft &d : std::as_const(*records)) {
        out.append(fromRecord(d));
        for (const QString &b : d.branchNames())
            recorded.insert(b);
    }
    addBranches(repo, config, recorded, out);
    return out;
}

QList<PendingDraft> pendingFor(const QList<PendingDraft> &all, const TierConfig &config, const QString &tier,
                               const QString &key)
{
    QList<PendingDraft> out;
    for (const PendingDraft &p : all)
        if (p.covers(config, tier, key))
            out.append(p);
    return out;
}

} // namespace tierdesk
