// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/PackageDiff.h"

#include "core/NameSuggestion.h"

#include "core/Tr.h"
#include "storage/RefContents.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PackageDiff;

QString fromGit(const char *s) { return s ? QString::fromUtf8(s) : QString(); }

// Names of the entries of a tree that are directories, sorted by `order`.
QStringList directoryNames(const git_tree *tree)
{
    QStringList names;
    const size_t count = git_tree_entrycount(tree);
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(tree, i);
        if (git_tree_entry_type(e) == GIT_OBJECT_TREE)
            names.append(QString::fromUtf8(git_tree_entry_name(e)));
    }
    return names;
}

void sortNewestFirst(QStringList &versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        const auto va = Version::parseLoose(a);
        const auto vb = Version::parseLoose(b);
        if (va && vb)
            return *va > *vb;
        if (va.has_value() != vb.has_value())
            return va.has_value();
        return a < b;
    });
}

QString listSome(const QStringList &items, int shown)
{
    if (items.size() <= shown)
        return items.join(u", "_s);
    return items.mid(0, shown).join(u", "_s)
           + QCoreApplication::translate("PackageDiff", " and %1 more").arg(items.size() - shown);
}

struct TierTree {
    QString ref;
    git::TreeHandle packages; // null when the branch has no packages/
};

std::optional<TierTree> tierTree(const git::Repository &repo, const TierConfig &config, const QString &tier)
{
    for (const QString &ref : config.candidateRefs(tier)) {
        if (!repo.hasReference(ref))
            continue;
        TierTree t{ref, nullptr};
        auto commit = repo.resolveCommit(ref);
        if (!commit)
            return t;
        auto info = repo.commitInfo(*commit);
        if (!info)
            return t;
        auto root = repo.lookupTree(info->tree);
        if (!root)
            return t;
        auto packages = repo.subtree(root->get(), u"packages"_s);
        if (packages)
            t.packages = std::move(*packages);
        return t;
    }
    return std::nullopt;
}

const git_tree_entry *directoryEntry(const git_tree *tree, const QString &name)
{
    if (!tree)
        return nullptr;
    const git_tree_entry *e = git_tree_entry_byname(tree, name.toUtf8().constData());
    return e && git_tree_entry_type(e) == GIT_OBJECT_TREE ? e : nullptr;
}

FileStatus statusOf(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED:
    case GIT_DELTA_COPIED:
    case GIT_DELTA_UNTRACKED: return FileStatus::Added;
    case GIT_DELTA_DELETED: return FileStatus::Removed;
    case GIT_DELTA_RENAMED: return FileStatus::Renamed;
    default: return FileStatus::Modified;
    }
}

bool isZero(const git_oid &oid) { return git_oid_is_zero(&oid); }

// Reads both blobs of a modified text file to tell whitespace and line endings from content.
DiffKinds kindsOf(const git::Repository &repo, const FileDelta &f)
{
    DiffKinds kinds;
    if (f.modeChanged())
        kinds |= DiffKind::Mode;
    if (f.status != FileStatus::Modified)
        return kinds | DiffKind::Content;
    if (!f.contentChanged())
        return kinds;
    if (f.binary || f.tooLarge || f.oldMode == GIT_FILEMODE_COMMIT || f.newMode == GIT_FILEMODE_COMMIT)
        return kinds | DiffKind::Content;
    const auto before = repo.readBlob(f.oldBlob);
    const auto after = repo.readBlob(f.newBlob);
    if (!before || !after)
        return kinds | DiffKind::Content;
    return kinds | classifyContent(*before, *after);
}

Result<git::TreeHandle> treeOrEmpty(const git::Repository &repo, const DiffSide &side)
{
    if (side.tree.isNull())
        return git::TreeHandle(); // libgit2 reads a null tree as the empty tree
    return repo.lookupTree(side.tree);
}

// The diff of two trees with renames found, as `git diff -M` does.
Result<git::DiffHandle> diffTrees(const git::Repository &repo, const DiffSide &oldSide, const DiffSide &newSide,
                                  const DiffOptions &options)
{
    auto oldTree = treeOrEmpty(repo, oldSide);
    if (!oldTree)
        return std::unexpected(oldTree.error());
    auto newTree = treeOrEmpty(repo, newSide);
    if (!newTree)
        return std::unexpected(newTree.error());
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.context_lines = quint32(std::max(0, options.contextLines));
    if (options.ignoreWhitespace)
        opts.flags |= GIT_DIFF_IGNORE_WHITESPACE;
    // Larger blobs are never loaded: libgit2 treats them as binary.
    opts.max_size = options.maxFileSize;
    git_diff *raw = nullptr;
    if (int rc = git_diff_tree_to_tree(&raw, repo.raw(), oldTree->get(), newTree->get(), &opts); rc < 0)
        return git::failGit(rc, Tr::tr("Could not compare %1 with %2.").arg(oldSide.label(), newSide.label()));
    git::DiffHandle diff(raw);
    if (options.detectRenames) {
        git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
        find.flags = GIT_DIFF_FIND_RENAMES;
        find.rename_threshold = quint16(std::clamp(options.renameThreshold, 0, 100));
        if (int rc = git_diff_find_similar(diff.get(), &find); rc < 0)
            return git::failGit(rc, Tr::tr("Could not look for renamed files."));
    }
    return diff;
}

qint64 blobSize(git_odb *odb, const git_oid &id)
{
    if (!odb || isZero(id))
        return 0;
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (git_odb_read_header(&size, &type, odb, &id) < 0)
        return 0;
    return qint64(size);
}

QString lineText(const git_diff_line *line)
{
    QString text = QString::fromUtf8(line->content, qsizetype(line->content_len));
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

Result<QByteArray> blobData(const git::Repository &repo, const git::ObjectId &id)
{
    if (id.isNull())
        return QByteArray();
    return repo.readBlob(id);
}
} // namespace

// ---- sides ----

std::optional<DiffSide> DiffSide::parse(QStringView spec)
{
    const qsizetype colon = spec.indexOf(u':');
    const qsizetype at = spec.lastIndexOf(u'@');
    if (colon <= 0 || at <= colon + 1 || at == spec.size() - 1)
        return std::nullopt;
    DiffSide side;
    side.tier = spec.left(colon).toString();
    side.name = spec.mid(colon + 1, at - colon - 1).toString();
    side.version = spec.mid(at + 1).toString();
    if (side.name.contains(u'/') || side.version.contains(u'/'))
        return std::nullopt;
    return side;
}

QString DiffSide::label() const
{
    if (name.isEmpty())
        return tree.isNull() ? Tr::tr("(nothing)") : tree.shortHex(12);
    return (tier.isEmpty() ? QString() : tier + u':') + name + u'@' + version;
}

namespace {
// The packages/ tree of a tag, branch or commit; nullopt when `revision` names none.
std::optional<TierTree> revisionTree(const git::Repository &repo, const QString &revision)
{
    auto resolved = resolveRevision(repo, revision);
    if (!resolved)
        return std::nullopt;
    TierTree t{resolved->refName.isEmpty() ? revision : resolved->refName, nullptr};
    auto info = repo.commitInfo(resolved->commit);
    auto root = info ? repo.lookupTree(info->tree) : Result<git::TreeHandle>(std::unexpected(info.error()));
    if (root)
        if (auto packages = repo.subtree(root->get(), u"packages"_s))
            t.packages = std::move(*packages);
    return t;
}

// The tiers other than `self` whose branch has `name` (and `version`, unless empty).
QStringList tiersHolding(const git::Repository &repo, const TierConfig &config, const QString &self,
                         const QString &name, const QString &version = {})
{
    QStringList holding;
    for (const QString &other : config.tiers) {
        if (other == self)
            continue;
        auto t = tierTree(repo, config, other);
        const git_tree_entry *p = t ? directoryEntry(t->packages.get(), name) : nullptr;
        if (!p)
            continue;
        if (version.isEmpty()) {
            holding.append(other);
            continue;
        }
        auto otherTree = repo.lookupTree(git::ObjectId(git_tree_entry_id(p)));
        if (otherTree && directoryEntry(otherTree->get(), version))
            holding.append(other);
    }
    return holding;
}

SideResolution unknownPackage(const git::Repository &repo, const TierConfig &config, const DiffSide &side,
                              const git_tree *packages)
{
    // Closest names first, so a typo's fix leads the list.
    const QStringList names = closestFirst(side.name, packages ? directoryNames(packages) : QStringList());
    SideResolution r;
    r.error = SideError::UnknownPackage;
    if (names.isEmpty())
        r.message = Tr::tr("%1 has no package “%2”; it has no packages at all.").arg(side.tier, side.name);
    else
        r.message = Tr::tr("%1 has no package “%2”; it has %3.").arg(side.tier, side.name, listSome(names, 8));
    const QStringList elsewhere = tiersHolding(repo, config, side.tier, side.name);
    if (!elsewhere.isEmpty())
        r.message += u' ' + Tr::tr("“%1” is in %2.").arg(side.name, elsewhere.join(u", "_s));
    return r;
}

SideResolution unknownVersion(const git::Repository &repo, const TierConfig &config, const DiffSide &side,
                              QStringList versions)
{
    sortNewestFirst(versions);
    SideResolution r;
    r.error = SideError::UnknownVersion;
    r.message = Tr::tr("%1 has no version %2 of %3; it has %4.")
                    .arg(side.tier, side.version, side.name, listSome(versions, 12));
    const QStringList elsewhere = tiersHolding(repo, config, side.tier, side.name, side.version);
    if (!elsewhere.isEmpty())
        r.message += u' ' + Tr::tr("%1 has it.").arg(elsewhere.join(u", "_s));
    return r;
}

// The branch of a tier, else the tag, branch or commit the side's "tier" names.
std::variant<TierTree, SideResolution> sideRoot(const git::Repository &repo, const TierConfig &config,
                                                const DiffSide &side)
{
    SideResolution r;
    if (config.tiers.contains(side.tier)) {
        if (auto tier = tierTree(repo, config, side.tier))
            return std::move(*tier);
        r.error = SideError::AbsentTier;
        r.message = Tr::tr("The tier %1 has no branch (looked for %2).")
                        .arg(side.tier, config.candidateRefs(side.tier).join(u", "_s));
        return r;
    }
    if (auto revision = revisionTree(repo, side.tier))
        return std::move(*revision);
    r.error = SideError::UnknownTier;
    r.message = Tr::tr("“%1” is neither a tier (the tiers are %2) nor a tag, branch or commit.")
                    .arg(side.tier, config.tiers.join(u", "_s));
    return r;
}
} // namespace

SideResolution resolveSide(const git::Repository &repo, const TierConfig &config, const DiffSide &side)
{
    auto root = sideRoot(repo, config, side);
    if (auto *failed = std::get_if<SideResolution>(&root))
        return *failed;
    const git_tree *packages = std::get<TierTree>(root).packages.get();
    const git_tree_entry *pkg = directoryEntry(packages, side.name);
    if (!pkg)
        return unknownPackage(repo, config, side, packages);
    auto pkgTree = repo.lookupTree(git::ObjectId(git_tree_entry_id(pkg)));
    if (!pkgTree)
        return {std::nullopt, SideError::Repository, pkgTree.error().text()};
    QStringList versions = directoryNames(pkgTree->get());
    DiffSide found = side;
    if (found.version.isEmpty()) { // the newest version there
        sortNewestFirst(versions);
        if (versions.isEmpty())
            return unknownVersion(repo, config, side, versions);
        found.version = versions.first();
    }
    const git_tree_entry *ver = directoryEntry(pkgTree->get(), found.version);
    if (!ver)
        return unknownVersion(repo, config, side, versions);
    found.tree = git::ObjectId(git_tree_entry_id(ver));
    return {found, SideError::None, {}};
}

// ---- deltas ----

QString fileStatusId(FileStatus status)
{
    switch (status) {
    case FileStatus::Added: return u"added"_s;
    case FileStatus::Removed: return u"removed"_s;
    case FileStatus::Modified: return u"modified"_s;
    case FileStatus::Renamed: return u"renamed"_s;
    }
    return {};
}

QString FileDelta::displayPath() const
{
    if (status == FileStatus::Renamed && oldPath != path)
        return oldPath + u" → "_s + path;
    return path;
}

int PackageComparison::added() const
{
    int n = 0;
    for (const FileDelta &f : files)
        n += f.added;
    return n;
}

DiffKinds PackageComparison::kinds() const
{
    DiffKinds k;
    for (const FileDelta &f : files)
        k |= f.kinds;
    return k;
}

int PackageComparison::removed() const
{
    int n = 0;
    for (const FileDelta &f : files)
        n += f.removed;
    return n;
}

Result<PackageComparison> PackageDiff::compare(const git::Repository &repo, const DiffSide &oldSide,
                                               const DiffSide &newSide, const DiffOptions &options,
                                               const std::function<bool()> &isCancelled)
{
    PackageComparison result;
    result.oldSide = oldSide;
    result.newSide = newSide;
    result.maxFileSize = options.maxFileSize;
    if (oldSide.tree == newSide.tree)
        return result;
    auto diff = diffTrees(repo, oldSide, newSide, options);
    if (!diff)
        return std::unexpected(diff.error());
    git_odb *rawOdb = nullptr;
    git_repository_odb(&rawOdb, repo.raw());
    git::OdbHandle odb(rawOdb);

    const size_t count = git_diff_num_deltas(diff->get());
    result.files.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        if (isCancelled && isCancelled())
            return fail(Tr::tr("The comparison was cancelled."));
        const git_diff_delta *d = git_diff_get_delta(diff->get(), i);
        FileDelta f;
        f.status = statusOf(d->status);
        f.path = fromGit(f.status == FileStatus::Removed ? d->old_file.path : d->new_file.path);
        f.oldPath = fromGit(d->old_file.path);
        if (f.status == FileStatus::Renamed)
            f.similarity = int(d->similarity);
        if (f.status != FileStatus::Added) {
            f.oldMode = d->old_file.mode;
            f.oldBlob = git::ObjectId(d->old_file.id);
            f.oldSize = blobSize(odb.get(), d->old_file.id);
        }
        if (f.status != FileStatus::Removed) {
            f.newMode = d->new_file.mode;
            f.newBlob = git::ObjectId(d->new_file.id);
            f.newSize = blobSize(odb.get(), d->new_file.id);
        }
        if (f.oldMode == GIT_FILEMODE_COMMIT || f.newMode == GIT_FILEMODE_COMMIT) {
            f.kinds = kindsOf(repo, f);
            result.files.append(f); // a submodule has no lines
            continue;
        }
        f.tooLarge = std::max(f.oldSize, f.newSize) > options.maxFileSize;
        if (!f.tooLarge) {
            git_patch *rawPatch = nullptr;
            if (int rc = git_patch_from_diff(&rawPatch, diff->get(), i); rc < 0)
                return git::failGit(rc, Tr::tr("Could not compare “%1”.").arg(f.path));
            git::PatchHandle patch(rawPatch);
            if (patch) {
                const git_diff_delta *pd = git_patch_get_delta(patch.get());
                f.binary = pd && (pd->flags & GIT_DIFF_FLAG_BINARY);
                size_t context = 0, adds = 0, dels = 0;
                if (!f.binary && git_patch_line_stats(&context, &adds, &dels, patch.get()) == 0) {
                    f.added = int(adds);
                    f.removed = int(dels);
                }
            }
        }
        f.kinds = kindsOf(repo, f);
        result.files.append(f);
    }
    return result;
}

// ---- one file ----

bool isImagePath(const QString &path)
{
    static const QStringList suffixes{u"png"_s, u"svg"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

bool FileDetail::isImage() const { return isImagePath(delta.path); }

QString DiffHunk::header() const
{
    return u"@@ -%1,%2 +%3,%4 @@"_s.arg(oldStart).arg(oldLines).arg(newStart).arg(newLines);
}

QList<DiffHunk> groupHunks(const QList<DiffLine> &lines, int context)
{
    QList<DiffHunk> hunks;
    const int n = int(lines.size());
    int i = 0;
    while (i < n) {
        while (i < n && lines[i].origin == DiffLine::Context)
            ++i;
        if (i == n)
            break;
        const int first = std::max(0, i - context);
        int last = i; // last changed line of the hunk
        int j = i;
        // Extend while the next change is close enough for the contexts to touch.
        while (true) {
            while (j < n && lines[j].origin != DiffLine::Context)
                ++j;
            last = j - 1;
            int k = j;
            while (k < n && lines[k].origin == DiffLine::Context)
                ++k;
            if (k < n && k - j <= 2 * context) {
                j = k;
                continue;
            }
            break;
        }
        const int end = std::min(n, last + 1 + context); // exclusive
        DiffHunk h;
        h.firstLine = first;
        h.lineCount = end - first;
        for (int x = first; x < end; ++x) {
            const DiffLine &l = lines[x];
            if (l.origin != DiffLine::Added) {
                if (h.oldLines++ == 0)
                    h.oldStart = l.oldLine;
            }
            if (l.origin != DiffLine::Removed) {
                if (h.newLines++ == 0)
                    h.newStart = l.newLine;
            }
        }
        // As in unified diffs, an empty side starts at the line before it.
        if (h.oldLines == 0) {
            int before = 0;
            for (int x = first - 1; x >= 0 && before == 0; --x)
                before = lines[x].oldLine;
            h.oldStart = before;
        }
        if (h.newLines == 0) {
            int before = 0;
            for (int x = first - 1; x >= 0 && before == 0; --x)
                before = lines[x].newLine;
            h.newStart = before;
        }
        hunks.append(h);
        i = end;
    }
    return hunks;
}

void markWordChanges(QList<DiffLine> &lines)
{
    const qsizetype n = lines.size();
    qsizetype i = 0;
    while (i < n) {
        if (lines[i].origin != DiffLine::Removed) {
            ++i;
            continue;
        }
        const qsizetype removedStart = i;
        while (i < n && lines[i].origin == DiffLine::Removed)
            ++i;
        const qsizetype addedStart = i;
        while (i < n && lines[i].origin == DiffLine::Added)
            ++i;
        const qsizetype pairs = std::min(addedStart - removedStart, i - addedStart);
        for (qsizetype p = 0; p < pairs; ++p) {
            DiffLine &oldLine = lines[removedStart + p];
            DiffLine &newLine = lines[addedStart + p];
            const WordChanges words = wordChanges(oldLine.text, newLine.text);
            oldLine.changes = words.removed;
            newLine.changes = words.added;
        }
    }
}

Result<FileDetail> PackageDiff::loadFile(const git::Repository &repo, const FileDelta &delta, const DiffOptions &options)
{
    FileDetail detail;
    detail.delta = delta;
    if (delta.tooLarge || delta.oldMode == GIT_FILEMODE_COMMIT || delta.newMode == GIT_FILEMODE_COMMIT)
        return detail;
    auto oldData = blobData(repo, delta.oldBlob);
    if (!oldData)
        return std::unexpected(oldData.error());
    auto newData = blobData(repo, delta.newBlob);
    if (!newData)
        return std::unexpected(newData.error());
    if (detail.isImage()) {
        detail.oldData = *oldData;
        detail.newData = *newData;
    }
    if (!delta.contentChanged())
        return detail;

    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    // Context as long as the file: every line comes back, so the view can
    // collapse and expand unchanged regions itself.
    opts.context_lines = quint32(std::max(oldData->count('\n'), newData->count('\n')) + 2);
    opts.max_size = options.maxFileSize;
    if (options.ignoreWhitespace)
        opts.flags |= GIT_DIFF_IGNORE_WHITESPACE;
    const QByteArray oldPath = git::path8(delta.oldPath);
    const QByteArray newPath = git::path8(delta.path);
    git_patch *rawPatch = nullptr;
    if (int rc = git_patch_from_buffers(&rawPatch, delta.oldBlob.isNull() ? nullptr : oldData->constData(),
                                        size_t(oldData->size()), oldPath.constData(),
                                        delta.newBlob.isNull() ? nullptr : newData->constData(),
                                        size_t(newData->size()), newPath.constData(), &opts);
        rc < 0)
        return git::failGit(rc, Tr::tr("Could not compare “%1”.").arg(delta.path));
    git::PatchHandle patch(rawPatch);
    if (!patch)
        return detail;
    const git_diff_delta *pd = git_patch_get_delta(patch.get());
    if (pd && (pd->flags & GIT_DIFF_FLAG_BINARY)) {
        detail.delta.binary = true;
        return detail;
    }
    const size_t hunkCount = git_patch_num_hunks(patch.get());
    for (size_t h = 0; h < hunkCount; ++h) {
        const git_diff_hunk *hunk = nullptr;
        size_t lineCount = 0;
        if (git_patch_get_hunk(&hunk, &lineCount, patch.get(), h) < 0)
            continue;
        for (size_t l = 0; l < lineCount; ++l) {
            const git_diff_line *line = nullptr;
            if (git_patch_get_line_in_hunk(&line, patch.get(), h, l) < 0)
                continue;
            switch (line->origin) {
            case GIT_DIFF_LINE_CONTEXT:
                detail.lines.append({DiffLine::Context, line->old_lineno, line->new_lineno, lineText(line), {}});
                break;
            case GIT_DIFF_LINE_ADDITION:
                detail.lines.append({DiffLine::Added, 0, line->new_lineno, lineText(line), {}});
                break;
            case GIT_DIFF_LINE_DELETION:
                detail.lines.append({DiffLine::Removed, line->old_lineno, 0, lineText(line), {}});
                break;
            case GIT_DIFF_LINE_CONTEXT_EOFNL:
                detail.oldNoNewlineAtEnd = detail.newNoNewlineAtEnd = true;
                break;
            case GIT_DIFF_LINE_ADD_EOFNL: // the old file had no newline at its end
                detail.oldNoNewlineAtEnd = true;
                break;
            case GIT_DIFF_LINE_DEL_EOFNL: // the new file has none
                detail.newNoNewlineAtEnd = true;
                break;
            default: break;
            }
        }
    }
    markWordChanges(detail.lines);
    detail.hunks = groupHunks(detail.lines, options.contextLines);
    return detail;
}

Result<QByteArray> PackageDiff::unifiedPatch(const git::Repository &repo, const DiffSide &oldSide,
                                             const DiffSide &newSide, const DiffOptions &options)
{
    if (oldSide.tree == newSide.tree)
        return QByteArray();
    auto diff = diffTrees(repo, oldSide, newSide, options);
    if (!diff)
        return std::unexpected(diff.error());
    git::Buf buf;
    if (int rc = git_diff_to_buf(&buf.buf, diff->get(), GIT_DIFF_FORMAT_PATCH); rc < 0)
        return git::failGit(rc, Tr::tr("Could not write the difference of %1 and %2.").arg(oldSide.label(), newSide.label()));
    return QByteArray(buf.buf.ptr, qsizetype(buf.buf.size));
}

} // namespace tierdesk
