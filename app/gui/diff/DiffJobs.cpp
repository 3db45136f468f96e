// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffJobs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSvgRenderer>

namespace tierdesk {

ComparisonOutcome computeComparison(const ComparisonRequest &request, std::shared_ptr<std::atomic_bool> cancelled)
{
    ComparisonOutcome out;
    auto repo = git::Repository::open(request.repoPath);
    if (!repo) {
        out.error = repo.error().text();
        return out;
    }
    DiffSide sides[2] = {request.oldSide, request.newSide};
    for (DiffSide &side : sides) {
        if (!side.tree.isNull() || side.name.isEmpty())
            continue;
        const SideResolution r = resolveSide(*repo, request.config, side);
        if (!r.side) {
            out.error = r.message;
            return out;
        }
        side = *r.side;
    }
    auto comparison = PackageDiff::compare(*repo, sides[0], sides[1], request.options,
                                           [cancelled] { return cancelled && cancelled->load(); });
    if (!comparison) {
        out.error = comparison.error().text();
        return out;
    }
    auto manifest = ManifestSummary::read(*repo, sides[0].tree, sides[1].tree);
    if (manifest)
        out.manifest = std::move(*manifest);
    else
        out.manifest.notes.append(manifest.error().text());
    out.comparison = std::make_shared<const PackageComparison>(std::move(*comparison));
    return out;
}

QImage decodeImage(const QByteArray &data, const QString &path, QSize *natural)
{
    if (data.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0) {
        QSvgRenderer renderer(data);
        if (!renderer.isValid())
            return {};
        QSize size = renderer.defaultSize();
        if (size.isEmpty())
            size = QSize(256, 256);
        if (natural)
            *natural = size;
        // Icons are tiny: render vectors large enough to see their details.
        const int longest = std::max(size.width(), size.height());
        const qreal scale = std::clamp(320.0 / longest, 0.1, 16.0);
        QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        renderer.render(&p);
        return image;
    }
    QImage image = QImage::fromData(data);
    if (natural)
        *natural = image.size();
    return image;
}

FileOutcome loadFileOutcome(const QString &repoPath, const FileDelta &delta, const DiffOptions &options,
                            const QPalette &palette, std::shared_ptr<std::atomic_bool> cancelled)
{
    FileOutcome out;
    auto repo = git::Repository::open(repoPath);
    if (!repo) {
        out.error = repo.error().text();
        return out;
    }
    auto detail = PackageDiff::loadFile(*repo, delta, options);
    if (!detail) {
        out.error = detail.error().text();
        return out;
    }
    if (detail->isImage()) {
        out.oldImage = decodeImage(detail->oldData, delta.oldPath, &out.oldNaturalSize);
        out.newImage = decodeImage(detail->newData, delta.path, &out.newNaturalSize);
    }
    // Highlighting is the slow part of a long file: here, not on the GUI thread.
    if (!detail->lines.isEmpty() && !(cancelled && cancelled->load()))
        out.syntax = computeDiffSyntax(*detail, palette, [cancelled] { return cancelled && cancelled->load(); });
    out.detail = std::make_shared<const FileDetail>(std::move(*detail));
    return out;
}

} // namespace tierdesk
