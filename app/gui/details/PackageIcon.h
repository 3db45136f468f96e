// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A version's assets with its icon decoded: the library reads the files, the
// GUI turns pictures into images (on the worker that reads them).
#include "storage/PackageAssets.h"

#include <QImage>

namespace tierdesk {

struct DecodedAssets : PackageAssets {
    QImage icon; // the picture at iconPath, fitted into the requested size; null when none could be read
};

// `manifestIcons` are the manifest's icon paths ("/img/logo.svg"); the icon fits in iconPixels².
DecodedAssets loadDecodedAssets(const QString &repositoryPath, const git::ObjectId &tree,
                                const QStringList &manifestIcons, int iconPixels);

// An SVG or PNG/JPEG rendered or scaled to fit in size×size; null when unreadable.
QImage renderIcon(const QByteArray &data, const QString &path, int size);

} // namespace tierdesk
