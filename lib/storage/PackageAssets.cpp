// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PackageAssets.h"

#include "git/Repository.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PackageAssets;

bool isPicture(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"svg"_s || suffix == u"png"_s || suffix == u"jpg"_s || suffix == u"jpeg"_s;
}

// The blob at `path` below `tree`; empty when there is none.
std::optional<QByteArray> readFile(const git::Repository &repo, const git_tree *tree, const QString &path)
{
    git_tree_entry *raw = nullptr;
    if (git_tree_entry_bypath(&raw, tree, git::path8(path).constData()) != 0)
        return std::nullopt;
    git::TreeEntryHandle entry(raw);
    if (git_tree_entry_type(raw) != GIT_OBJECT_BLOB)
        return std::nullopt;
    auto bytes = repo.readBlob(git::ObjectId(git_tree_entry_id(raw)));
    if (!bytes)
        return std::nullopt;
    return *bytes;
}

// Pictures directly in img/, SVG before PNG, so a logo wins over screenshots.
QStringList picturesInImg(const git::Repository &repo, const git_tree *tree)
{
    QStringList svg, other;
    auto img = repo.subtree(tree, u"img"_s);
    if (!img)
        return {};
    const size_t n = git_tree_entrycount(img->get());
    for (size_t i = 0; i < n; ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(img->get(), i);
        if (git_tree_entry_type(e) != GIT_OBJECT_BLOB)
            continue;
        const QString path = u"img/"_s + QString::fromUtf8(git_tree_entry_name(e));
        if (!isPicture(path))
            continue;
        (path.endsWith(u".svg"_s, Qt::CaseInsensitive) ? svg : other).append(path);
    }
    return svg + other;
}

// The manifest's pictures first (relative to the version directory), then img/'s, each once.
QStringList iconCandidates(const QStringList &manifestIcons, const QStringList &inImg)
{
    QStringList candidates;
    for (const QString &src : manifestIcons) {
        QString path = src;
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        if (!path.isEmpty() && isPicture(path) && !candidates.contains(path))
            candidates.append(path);
    }
    for (const QString &path : inImg)
        if (!candidates.contains(path))
            candidates.append(path);
    return candidates;
}

void readChangelog(PackageAssets &out, const git::Repository &repo, const git_tree *tree)
{
    const auto yaml = readFile(repo, tree, u"changelog.yml"_s);
    if (!yaml)
        return;
    auto parsed = Changelog::parse(*yaml);
    if (parsed)
        out.changelog = std::move(*parsed);
    else
        out.changelogError = parsed.error().text();
}

// The first candidate `decode` accepts; the first rejected one explains a missing icon.
void chooseIcon(PackageAssets &out, const git::Repository &repo, const git_tree *tree, const QStringList &manifestIcons,
                const PictureDecoder &decode)
{
    for (const QString &path : iconCandidates(manifestIcons, picturesInImg(repo, tree))) {
        const auto data = readFile(repo, tree, path);
        if (!data)
            continue;
        if (!decode(path, *data)) {
            if (out.iconError.isEmpty())
                out.iconError = Tr::tr("%1 could not be read as a picture.").arg(path);
            continue;
        }
        out.iconPath = path;
        out.iconError.clear();
        return;
    }
}
} // namespace

PackageAssets readPackageAssets(const QString &repositoryPath, const git::ObjectId &treeId,
                                const QStringList &manifestIcons, const PictureDecoder &decode)
{
    PackageAssets out;
    out.tree = treeId;
    auto repo = git::Repository::open(repositoryPath);
    if (!repo) {
        out.changelogError = out.iconError = repo.error().text();
        return out;
    }
    auto tree = repo->lookupTree(treeId);
    if (!tree) {
        out.changelogError = out.iconError = tree.error().text();
        return out;
    }
    readChangelog(out, *repo, tree->get());
    chooseIcon(out, *repo, tree->get(), manifestIcons, decode);
    return out;
}

} // namespace tierdesk
