// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The work behind DiffView, run on worker threads: each job opens its own repository.
#include "diff/DiffSyntax.h"
#include "diff/ManifestDiff.h"
#include "diff/PackageDiff.h"

#include <QImage>
#include <QPalette>

#include <atomic>
#include <memory>

namespace tierdesk {

struct ComparisonRequest {
    QString repoPath;
    TierConfig config;   // how tier names map to branches, for sides without a tree
    DiffSide oldSide;
    DiffSide newSide;
    DiffOptions options;
};

struct ComparisonOutcome {
    std::shared_ptr<const PackageComparison> comparison; // null on failure
    ManifestSummary manifest;
    QString error;
};

struct FileOutcome {
    std::shared_ptr<const FileDetail> detail; // null on failure
    std::shared_ptr<const DiffSyntax> syntax; // text files; null when cancelled before it was done
    QImage oldImage; // decoded pictures (SVG rendered), when the file is one
    QImage newImage;
    QSize oldNaturalSize;
    QSize newNaturalSize;
    QString error;
};

// Resolves both sides, diffs their trees and reads the manifest summary.
ComparisonOutcome computeComparison(const ComparisonRequest &request, std::shared_ptr<std::atomic_bool> cancelled);
// Loads one file's lines and highlights them for `palette`, or decodes its pictures.
FileOutcome loadFileOutcome(const QString &repoPath, const FileDelta &delta, const DiffOptions &options,
                            const QPalette &palette, std::shared_ptr<std::atomic_bool> cancelled);
// PNG/JPEG/GIF decoded, SVG rendered large enough to inspect; `natural` gets the file's own size.
QImage decodeImage(const QByteArray &data, const QString &path, QSize *natural);

} // namespace tierdesk
