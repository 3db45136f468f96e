// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/PackageIcon.h"

#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QImage renderSvg(const QByteArray &data, int size)
{
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
} // namespace

QImage renderIcon(const QByteArray &data, const QString &path, int size)
{
    if (data.isEmpty() || size <= 0)
        return {};
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive))
        return renderSvg(data, size);
    const QImage image = QImage::fromData(data);
    if (image.isNull())
        return {};
    if (image.width() <= size && image.height() <= size)
        return image;
    return image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

DecodedAssets loadDecodedAssets(const QString &repositoryPath, const git::ObjectId &tree,
                                const QStringList &manifestIcons, int iconPixels)
{
    QImage icon;
    const auto decode = [&icon, iconPixels](const QString &path, const QByteArray &bytes) {
        icon = renderIcon(bytes, path, iconPixels);
        return !icon.isNull();
    };
    DecodedAssets out;
    static_cast<PackageAssets &>(out) = readPackageAssets(repositoryPath, tree, manifestIcons, decode);
    out.icon = std::move(icon);
    return out;
}

} // namespace tierdesk
