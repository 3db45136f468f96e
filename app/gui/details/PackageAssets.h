#pragma once
// The parts of a version that need git to show: its changelog and its icon.
// Loaded on a worker thread that opens its own repository.
#include "storage/Changelog.h"
#include "git/ObjectId.h"

#include <QImage>
#include <QStringList>

#include <optional>

namespace tierdesk {

struct PackageAssets {
    git::ObjectId tree;                 // the version directory they were read from
    std::optional<Changelog> changelog; // empty when missing or unreadable
    QString changelogError;             // why it is empty; empty when the file is simply absent
    QImage icon;                        // rendered to the requested size; null when none could be read
    QString iconPath;                   // relative to the version directory, e.g. img/nginx.svg
    QString iconError;
};

// `iconCandidates` are the manifest's icon paths ("/img/logo.svg"), tried in
// order before any other .svg/.png in img/. The icon fits in iconPixels².
PackageAssets loadPackageAssets(const QString &repositoryPath, const git::ObjectId &tree,
                                const QStringList &iconCandidates, int iconPixels);

// An SVG or PNG/JPEG rendered or scaled to fit in size×size; null when unreadable.
QImage renderIcon(const QByteArray &data, const QString &path, int size);

} // namespace tierdesk
