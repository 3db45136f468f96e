// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionDraft.h"

#include "promotion/PromotionDraftStore.h"
#include "core/Tr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionDraft;

// The tier branch still points where the plan saw it: drafting against a moved
// tier would offer reviewers something other than what was checked.
Status tipUnchanged(const git::Repository &repo, const QString &tier, const QString &ref, const git::ObjectId &planned)
{
    auto now = repo.resolveCommit(ref);
    if (!now)
        return fail(Tr::tr("The %1 branch (%2) is gone since the plan was made: refresh the plan.").arg(tier, ref),
                    now.error().detail, GIT_EMODIFIED);
    if (*now != planned)
        return fail(Tr::tr("The %1 branch moved since the plan was made (from %2 to %3): refresh the plan and check "
                       "again.")
                        .arg(tier, planned.shortHex(), now->shortHex()),
                    {}, GIT_EMODIFIED);
    return {};
}

Result<git::ObjectId> treeOf(const git::Repository &repo, const git::ObjectId &commit)
{
    auto info = repo.commitInfo(commit);
    if (!info)
        return std::unexpected(info.error());
    return info->tree;
}

// The tree id at `path` below the root tree `root`; null when absent.
git::ObjectId treeAt(const git::Repository &repo, const git::ObjectId &root, const QString &path)
{
    auto t = repo.lookupTree(root);
    if (!t)
        return {};
    auto sub = repo.subtree(t->get(), path);
    return sub ? git::ObjectId(git_tree_id(sub->get())) : git::ObjectId();
}

QString commitMessage(const QString &title, const QList<DraftVersion> &versions, bool promotion)
{
    QString message = title + u"\n\n"_s;
    for (const DraftVersion &v : versions) {
        if (promotion && !v.copied)
            continue;
        message += v.path() + u": tree "_s + v.tree.toHex() + u'\n';
    }
    return message;
}

// "nginx-1.2.3" for one version, "3-packages" for several: enough to recognise a branch.
QString branchLabel(const QList<DraftVersion> &versions)
{
    if (versions.size() == 1)
        return versions.constFirst().label();
    return u"%1-packages"_s.arg(versions.size());
}

// A branch named exactly "tierdesk" would make refs/heads/tierdesk/… impossible;
// libgit2 would say "could not remove directory … parent is not directory".
Status tierdeskBranchBlocked(const git::Repository &repo)
{
    if (!repo.hasReference(u"refs/heads/tierdesk"_s))
        return {};
    return fail(Tr::tr("This repository has a branch named “tierdesk”, so no tierdesk/… draft branch can be created "
                       "beside it: rename that branch (git branch -m tierdesk OTHER) and draft again."),
                {}, GIT_EEXISTS);
}

QString validBranch(const QString &name, const QString &fallback)
{
    int valid = 0;
    const QByteArray ref = (u"refs/heads/"_s + name).toUtf8();
    if (git_reference_name_is_valid(&valid, ref.constData()) == 0 && valid)
        return name;
    return fallback;
}

// Creates a new branch, never moving one: on a name clash a suffix is added.
Result<QString> createBranch(const git::Repository &repo, const QString &name, const git::ObjectId &commit,
                             const QString &log)
{
    if (!isDraftBranchName(name))
        return fail(Tr::tr("“%1” is not a tierdesk/… branch name; nothing was written.").arg(name), {}, GIT_EINVALIDSPEC);
    if (auto clash = tierdeskBranchBlocked(repo); !clash)
        return std::unexpected(clash.error());
    for (int attempt = 1; attempt <= 20; ++attempt) {
        const QString candidate = attempt == 1 ? name : name + u'-' + QString::number(attempt);
        if (repo.hasReference(u"refs/heads/"_s + candidate))
            continue;
        auto made = git::createReference(repo, u"refs/heads/"_s + candidate, commit, log);
        if (made)
            return candidate;
        if (made.error().code != GIT_EEXISTS)
            return std::unexpected(made.error());
    }
    return fail(Tr::tr("Could not find a free branch name for “%1”.").arg(name));
}

// Deletes `ref` only while it is a draft branch and still points at `expected`
// (libgit2 deletes with the looked-up value as the expected old value).
Status deleteIfUnchanged(const git::Repository &repo, const QString &ref, const git::ObjectId &expected,
                         QStringList *notes)
{
    if (!ref.startsWith(u"refs/heads/"_s) || !isDraftBranchName(ref.mid(11)))
        return fail(Tr::tr("“%1” is not a tierdesk/… branch a draft created; it was left as it is.").arg(ref), {},
                    GIT_EINVALIDSPEC);
    git_reference *r = nullptr;
    const QByteArray name = ref.toUtf8();
    int rc = git_reference_lookup(&r, repo.raw(), name.constData());
    if (rc == GIT_ENOTFOUND)
        return {};
    if (rc < 0)
        return git::failGit(rc, Tr::tr("Could not read the branch “%1”.").arg(ref));
    git::ReferenceHandle owner(r);
    const git_oid *target = git_reference_target(r);
    if (!target || git::ObjectId(target) != expected) {
        if (notes)
            notes->append(Tr::tr("The branch “%1” was moved since it was drafted; it was left as it is.").arg(ref));
        return {};
    }
    if (rc = git_reference_delete(r); rc < 0)
        return git::failGit(rc, Tr::tr("Could not delete the branch “%1”.").arg(ref));
    return {};
}

bool branchIntact(const git::Repository &repo, const DraftBranch &b)
{
    if (!b.exists())
        return true;
    auto id = repo.resolveCommit(b.refName());
    return id && *id == b.commit;
}
[[nodiscard]] Status tiersUnchanged(const git::Repository &repo, const PromotionPlan &plan)
{
    if (auto s = tipUnchanged(repo, plan.sourceTier, plan.sourceRef, plan.sourceTip); !s)
        return s;
    return tipUnchanged(repo, plan.destinationTier, plan.destinationRef, plan.destinationTip);
}

std::unexpected<Error> cancelled() { return fail(Tr::tr("Drafting was cancelled."), {}, GIT_EUSER); }

// The checks are enforced here too, so no caller can draft past them.
[[nodiscard]] Result<PromotionChecks> checksAllow(const git::Repository &repo, const PromotionPlan &plan,
                                                  const DraftOptions &options, const JobControl &job)
{
    auto checks = PromotionChecks::run(repo, plan, job);
    if (!checks)
        return std::unexpected(checks.error());
    if (checks->blocked())
        return fail(Tr::tr("The promotion is blocked: %1").arg(checks->blocking().constFirst().message), {}, GIT_EUSER);
    if (const QStringList missing = checks->unconfirmed(options.confirmed); !missing.isEmpty())
        return fail(Tr::tr("These findings need a confirmation first: %1.").arg(missing.join(u", "_s)), {}, GIT_EUSER);
    return checks;
}

[[nodiscard]] Result<git::Signature> authorOf(const git::Repository &repo, const DraftOptions &options,
                                              const QDateTime &now)
{
    git::Signature author;
    if (options.author) {
        author = *options.author;
    } else {
        auto sig = git::defaultSignature(repo);
        if (!sig)
            return std::unexpected(sig.error());
        author = *sig;
    }
    author.when = now;
    return author;
}

// The draft before anything is written: tiers and versions.
PromotionDraft draftOf(const PromotionPlan &plan, const QDateTime &now)
{
    PromotionDraft draft;
    draft.created = now;
    draft.sourceTier = plan.sourceTier;
    draft.destinationTier = plan.destinationTier;
    draft.sourceRef = plan.sourceRef;
    draft.destinationRef = plan.destinationRef;
    draft.newestOnly = plan.request.newestOnly;
    for (const PlannedVersion &v : plan.versions)
        draft.versions.append({v.name(), v.version(), v.source.tree, v.promoted, v.needsCopy(),
                               v.promoted && v.alreadyServed() && v.servedAbove ? v.servedTier : QString()});
    return draft;
}

// The destination's tree with the copied versions put in: the very same tree
// objects, so identical by construction (and verified).
[[nodiscard]] Result<git::ObjectId> promotedTree(const git::Repository &repo, const git::ObjectId &destinationTip,
                                                 const QList<DraftVersion> &copied)
{
    auto base = treeOf(repo, destinationTip);
    if (!base)
        return std::unexpected(base.error());
    git::TreeEditor editor(repo, *base);
    for (const DraftVersion &v : copied)
        editor.putTree(v.path(), v.tree);
    auto tree = editor.write();
    if (!tree)
        return tree;
    for (const DraftVersion &v : copied)
        if (treeAt(repo, *tree, v.path()) != v.tree)
            return fail(Tr::tr("The promoted copy of %1 differs from its source; nothing was drafted.").arg(v.label()));
    return tree;
}

// A package directory left empty disappears with its last version.
[[nodiscard]] Result<git::ObjectId> withoutEmptyPackages(const git::Repository &repo, const git::ObjectId &tree,
                                                         const QList<DraftVersion> &versions)
{
    git::TreeEditor cleanup(repo, tree);
    bool emptied = false;
    for (const DraftVersion &v : versions) {
        const QString package = u"packages/"_s + v.name;
        const git::ObjectId pkg = treeAt(repo, tree, package);
        if (pkg.isNull())
            continue;
        auto t = repo.lookupTree(pkg);
        if (t && git_tree_entrycount(t->get()) == 0) {
            cleanup.remove(package);
            emptied = true;
        }
    }
    if (!emptied)
        return tree;
    return cleanup.write();
}

// The source's tree without the drafted versions.
[[nodiscard]] Result<git::ObjectId> removalTree(const git::Repository &repo, const git::ObjectId &sourceTip,
                                                const QList<DraftVersion> &versions)
{
    auto base = treeOf(repo, sourceTip);
    if (!base)
        return std::unexpected(base.error());
    git::TreeEditor editor(repo, *base);
    for (const DraftVersion &v : versions)
        editor.remove(v.path());
    auto tree = editor.write();
    if (!tree)
        return tree;
    return withoutEmptyPackages(repo, *tree, versions);
}

// A drafted commit on a tier's tip; createBranches() names it.
DraftBranch unnamedBranch(const QString &tier, const git::ObjectId &tip, const git::ObjectId &commit, const QString &title,
                          const QString &body)
{
    DraftBranch b;
    b.baseTier = tier;
    b.base = tip;
    b.commit = commit;
    b.title = title;
    b.body = body;
    return b;
}

// The promotion commit on the destination tip; none when the destination has every version already.
[[nodiscard]] Status writePromotion(const git::Repository &repo, const PromotionPlan &plan, const PromotionTexts &texts,
                                    const git::Signature &author, PromotionDraft &draft)
{
    QList<DraftVersion> copied;
    for (const DraftVersion &v : std::as_const(draft.versions))
        if (v.copied)
            copied.append(v);
    if (copied.isEmpty())
        return {};
    auto tree = promotedTree(repo, plan.destinationTip, copied);
    if (!tree)
        return std::unexpected(tree.error());
    auto commit = git::writeCommit(repo, *tree, {plan.destinationTip},
                                   commitMessage(texts.promotionTitle, draft.versions, true), author, author);
    if (!commit)
        return std::unexpected(commit.error());
    draft.promotion = unnamedBranch(plan.destinationTier, plan.destinationTip, *commit, texts.promotionTitle,
                                    texts.promotionBody);
    return {};
}

[[nodiscard]] Status writeRemoval(const git::Repository &repo, const PromotionPlan &plan, const PromotionTexts &texts,
                                  const git::Signature &author, PromotionDraft &draft)
{
    auto tree = removalTree(repo, plan.sourceTip, draft.versions);
    if (!tree)
        return std::unexpected(tree.error());
    auto commit = git::writeCommit(repo, *tree, {plan.sourceTip}, commitMessage(texts.removalTitle, draft.versions, false),
                                   author, author);
    if (!commit)
        return std::unexpected(commit.error());
    draft.removal = unnamedBranch(plan.sourceTier, plan.sourceTip, *commit, texts.removalTitle, texts.removalBody);
    return {};
}

// tierdesk/promote-<tier>-<label>-<suffix>, without the label when that is no valid branch name.
QString branchName(const QString &kind, const QString &tier, const QString &label, const QString &suffix)
{
    const QString name = u"tierdesk/"_s + kind + u'-' + tier + u'-';
    return validBranch(name + label + u'-' + suffix, name + suffix);
}

// The only reference writes, after one more compare-and-swap on the tiers. The
// draft's id (time and removal commit) ends both branch names.
[[nodiscard]] Status createBranches(const git::Repository &repo, const PromotionPlan &plan, const QDateTime &now,
                                    PromotionDraft &draft)
{
    draft.id = now.toUTC().toString(u"yyyyMMdd-HHmm"_s) + u'-' + draft.removal.commit.shortHex(7);
    const QString label = branchLabel(draft.versions);
    if (auto s = tiersUnchanged(repo, plan); !s)
        return s;
    const QString log = u"tierdesk: draft "_s + draft.id;
    if (!draft.promotion.commit.isNull()) {
        auto made = createBranch(repo, branchName(u"promote"_s, plan.destinationTier, label, draft.id),
                                 draft.promotion.commit, log);
        if (!made)
            return std::unexpected(made.error());
        draft.promotion.name = *made;
    }
    auto made = createBranch(repo, branchName(u"remove"_s, plan.sourceTier, label, draft.id), draft.removal.commit, log);
    if (!made) {
        if (draft.promotion.exists())
            (void)deleteIfUnchanged(repo, draft.promotion.refName(), draft.promotion.commit, nullptr);
        return std::unexpected(made.error());
    }
    draft.removal.name = *made;
    return {};
}

// Without a record the branches would be strays: take back only what was just made.
[[nodiscard]] Status recordDraft(const git::Repository &repo, const PromotionDraft &draft)
{
    PromotionDraftStore store(repo);
    auto saved = store.save(draft);
    if (saved)
        return {};
    (void)deleteIfUnchanged(repo, draft.removal.refName(), draft.removal.commit, nullptr);
    if (draft.promotion.exists())
        (void)deleteIfUnchanged(repo, draft.promotion.refName(), draft.promotion.commit, nullptr);
    return saved;
}
} // namespace

bool isDraftBranchName(const QString &name)
{
    if (!name.startsWith(u"tierdesk/"_s) || name.size() <= 9)
        return false;
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    int valid = 0;
    const QByteArray ref = (u"refs/heads/"_s + name).toUtf8();
    return git_reference_name_is_valid(&valid, ref.constData()) == 0 && valid;
}

DraftState PromotionDraft::state() const
{
    if (!branchesIntact)
        return DraftState::Damaged;
    if (promotion.pullRequest.exists() || removal.pullRequest.exists())
        return DraftState::PullRequestsOpen;
    if (pushedAt.isValid())
        return DraftState::Pushed;
    return DraftState::Local;
}

QString PromotionDraft::stateId(DraftState state)
{
    switch (state) {
    case DraftState::Local: return u"local"_s;
    case DraftState::Pushed: return u"pushed"_s;
    case DraftState::PullRequestsOpen: return u"pull-requests-open"_s;
    case DraftState::Damaged: return u"damaged"_s;
    }
    return {};
}

QString PromotionDraft::stateText(DraftState state)
{
    switch (state) {
    case DraftState::Local: return Tr::tr("local");
    case DraftState::Pushed: return Tr::tr("pushed");
    case DraftState::PullRequestsOpen: return Tr::tr("pull requests open");
    case DraftState::Damaged: return Tr::tr("branches moved or deleted");
    }
    return {};
}

QStringList PromotionDraft::branchNames() const
{
    QStringList out;
    if (promotion.exists())
        out.append(promotion.name);
    if (removal.exists())
        out.append(removal.name);
    return out;
}

Result<PromotionDraft> createDraft(const QString &repositoryPath, const PromotionPlan &plan, const DraftOptions &options,
                                   const JobControl &job)
{
    auto opened = git::Repository::open(repositoryPath);
    if (!opened)
        return std::unexpected(opened.error());
    const git::Repository &repo = *opened;
    const int steps = 5;
    job.progress(0, steps, Tr::tr("Checking the tier branches"));
    if (auto s = tiersUnchanged(repo, plan); !s)
        return std::unexpected(s.error());
    const auto checks = checksAllow(repo, plan, options, job);
    if (!checks)
        return std::unexpected(checks.error());
    if (job.isCancelled())
        return cancelled();
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTime();
    const auto author = authorOf(repo, options, now);
    if (!author)
        return std::unexpected(author.error());
    const PromotionTexts texts = options.texts ? *options.texts : PromotionTexts::compose(plan, checks->changelog);
    PromotionDraft draft = draftOf(plan, now);

    job.progress(1, steps, Tr::tr("Writing the promotion"));
    if (auto s = writePromotion(repo, plan, texts, *author, draft); !s)
        return std::unexpected(s.error());
    if (job.isCancelled())
        return cancelled();

    job.progress(2, steps, Tr::tr("Writing the removal"));
    if (auto s = writeRemoval(repo, plan, texts, *author, draft); !s)
        return std::unexpected(s.error());
    if (job.isCancelled())
        return cancelled(); // only unreachable objects were written so far

    job.progress(3, steps, Tr::tr("Creating the branches"));
    if (auto s = createBranches(repo, plan, now, draft); !s)
        return std::unexpected(s.error());

    job.progress(4, steps, Tr::tr("Recording the draft"));
    if (auto s = recordDraft(repo, draft); !s)
        return std::unexpected(s.error());
    job.progress(steps, steps, QString());
    return draft;
}

Result<DraftStoreContents> readDrafts(const QString &repositoryPath)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    auto contents = PromotionDraftStore(*repo).read();
    if (!contents)
        return std::unexpected(contents.error());
    for (PromotionDraft &d : contents->drafts)
        d.branchesIntact = branchIntact(*repo, d.promotion) && branchIntact(*repo, d.removal);
    return contents;
}

Result<QList<PromotionDraft>> listDrafts(const QString &repositoryPath)
{
    auto contents = readDrafts(repositoryPath);
    if (!contents)
        return std::unexpected(contents.error());
    return std::move(contents->drafts);
}

Result<PromotionDraft> findDraft(const QString &repositoryPath, const QString &id)
{
    auto drafts = listDrafts(repositoryPath);
    if (!drafts)
        return std::unexpected(drafts.error());
    for (const PromotionDraft &d : std::as_const(*drafts))
        if (d.id == id || d.branchNames().contains(id))
            return d;
    return fail(Tr::tr("There is no draft “%1”.").arg(id), {}, GIT_ENOTFOUND);
}

Result<QStringList> deleteDraft(const QString &repositoryPath, const QString &id)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    PromotionDraftStore store(*repo);
    auto drafts = store.load();
    if (!drafts)
        return std::unexpected(drafts.error());
    const PromotionDraft *found = nullptr;
    for (const PromotionDraft &d : std::as_const(*drafts))
        if (d.id == id || d.branchNames().contains(id))
            found = &d;
    if (!found)
        return fail(Tr::tr("There is no draft “%1”.").arg(id), {}, GIT_ENOTFOUND);
    QStringList notes;
    for (const DraftBranch *b : {&found->promotion, &found->removal}) {
        if (!b->exists())
            continue;
        if (auto s = deleteIfUnchanged(*repo, b->refName(), b->commit, &notes); !s)
            return std::unexpected(s.error());
    }
    if (auto s = store.remove(found->id); !s)
        return std::unexpected(s.error());
    return notes;
}

} // namespace tierdesk
