// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts of a version directory that need git to show: its changelog and
// its icon. Read on a worker thread that opens its own repository. The library
// decodes no pictures: the caller does, and so decides which candidate becomes
// the icon.
#include "storage/Changelog.h"
#include "git/ObjectId.h"
#include "tierdesk_core_export.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

namespace tierdesk {

struct PackageAssets {
    git::ObjectId tree;                 // the version directory they were read from
    std::optional<Changelog> changelog; // empty when missing or unreadable
    QString changelogError;             // why it is empty; empty when the file is simply absent
    QString iconPath;                   // the accepted picture relative to the version directory, e.g. img/nginx.svg
    QString iconError;                  // why there is no icon; empty when the version simply has none
};

// Decodes one picture of the version directory; false when it is not a readable picture.
using PictureDecoder = std::function<bool(const QString &path, const QByteArray &bytes)>;

// Reads changelog.yml of the version directory `tree`, then offers `decode` its
// pictures until it accepts one: the manifest's icon paths (`manifestIcons`,
// "/img/logo.svg") in order, then the other SVG, then PNG/JPEG files directly in img/.
TIERDESK_CORE_EXPORT PackageAssets readPackageAssets(const QString &repositoryPath, const git::ObjectId &tree,
                                                     const QStringList &manifestIcons, const PictureDecoder &decode);

} // namespace tierdesk
