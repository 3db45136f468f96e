#include "details/PackageAssets.h"

#include "git/Repository.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PackageAssets;

bool isPicture(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"svg"_s || suffix == u"png"_s || suffix == u"jpg"_s || suffix == u"jpeg"_s;
}

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
} // namespace

QImage renderIcon(const QByteArray &data, const QString &path, int size)
{
    if (data.isEmpty() || size <= 0)
        return {};
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgRenderer renderer(data);
        if (!renderer.isValid())
            return {};
        QSizeF natural = renderer.viewBoxF().size();
        if (natural.isEmpty())
            natural = renderer.defaultSize();
        if (natural.isEmpty())
            natural = QSizeF(size, size);
        const QSizeF fitted = natural.scaled(size, size, Qt::KeepAspectRatio);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&p, QRectF(QPointF((size - fitted.width()) / 2, (size - fitted.height()) / 2), fitted));
        return image;
    }
    const QImage image = QImage::fromData(data);
    if (image.isNull())
        return {};
    if (image.width() <= size && image.height() <= size)
        return image;
    return image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

PackageAssets loadPackageAssets(const QString &repositoryPath, const git::ObjectId &treeId,
                                const QStringList &iconCandidates, int iconPixels)
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

    if (const auto yaml = readFile(*repo, tree->get(), u"changelog.yml"_s)) {
        auto parsed = Changelog::parse(*yaml);
        if (parsed)
            out.changelog = std::move(*parsed);
        else
            out.changelogError = parsed.error().text();
    }

    QStringList candidates;
    for (const QString &src : iconCandidates) {
        QString path = src;
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        if (!path.isEmpty() && isPicture(path) && !candidates.contains(path))
            candidates.append(path);
    }
    for (const QString &path : picturesInImg(*repo, tree->get()))
        if (!candidates.contains(path))
            candidates.append(path);
    for (const QString &path : std::as_const(candidates)) {
        const auto data = readFile(*repo, tree->get(), path);
        if (!data)
            continue;
        QImage icon = renderIcon(*data, path, iconPixels);
        if (icon.isNull()) {
            if (out.iconError.isEmpty())
                out.iconError = Tr::tr("%1 could not be read as a picture.").arg(path);
            continue;
        }
        out.icon = std::move(icon);
        out.iconPath = path;
        out.iconError.clear();
        break;
    }
    return out;
}

} // namespace tierdesk
