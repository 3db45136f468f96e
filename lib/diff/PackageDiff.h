// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compares two version directories (or any two trees) straight from git objects.
#include "core/Error.h"
#include "storage/StorageSnapshot.h"
#include "core/TierConfig.h"
#include "diff/DiffKind.h"
#include "diff/WordDiff.h"
#include "git/Repository.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

namespace tierdesk {

// One side of a comparison: a version directory of a tier, or just a tree.
struct TIERDESK_CORE_EXPORT DiffSide {
    QString tier;
    QString name;
    QString version;
    git::ObjectId tree; // when null, found from tier/name/version by resolveSide()

    static DiffSide of(const PackageVersion &v) { return {v.tier, v.name, v.versionText, v.tree}; }
    // "TIER:NAME@VERSION", where TIER may be a tag, branch or commit; nullopt when the text has another shape.
    static std::optional<DiffSide> parse(QStringView spec);
    // "staging:nginx@1.2.0", or the short tree id when only the tree is known.
    QString label() const;
    QString path() const { return QStringLiteral("packages/") + name + u'/' + version; }
    friend bool operator==(const DiffSide &, const DiffSide &) = default;
};

// Why a side could not be found; the message names the alternatives.
enum class SideError { None, UnknownTier, AbsentTier, UnknownPackage, UnknownVersion, Repository };

struct TIERDESK_CORE_EXPORT SideResolution {
    std::optional<DiffSide> side; // with `tree` set, when found
    SideError error = SideError::None;
    QString message;
};

// Finds the tree of `side` on its tier's branch (TierConfig::candidateRefs), or,
// when its tier is none of the tiers, at the tag, branch or commit it names
// (RefContents' resolveRevision), without reading the rest of the storage.
// An empty version finds the newest version there.
TIERDESK_CORE_EXPORT SideResolution resolveSide(const git::Repository &repo, const TierConfig &config,
                                                const DiffSide &side);

enum class FileStatus { Added, Removed, Modified, Renamed };

TIERDESK_CORE_EXPORT QString fileStatusId(FileStatus status); // "added", "removed", ...

struct TIERDESK_CORE_EXPORT FileDelta {
    FileStatus status = FileStatus::Modified;
    QString path;        // the new path; the old one for removed files
    QString oldPath;     // equals `path` except for renames
    int similarity = 0;  // renames: 0..100
    quint32 oldMode = 0; // git file modes (0100644, 0100755, 0120000), 0 when absent
    quint32 newMode = 0;
    git::ObjectId oldBlob;
    git::ObjectId newBlob;
    qint64 oldSize = 0;
    qint64 newSize = 0;
    int added = 0;   // lines, as `git diff --numstat` counts them
    int removed = 0;
    bool binary = false;
    bool tooLarge = false; // above DiffOptions::maxFileSize: listed, never loaded
    // What differs: Mode, and one of LineEndings, Whitespace or Content when the blobs differ.
    DiffKinds kinds;

    bool contentChanged() const { return oldBlob != newBlob; }
    bool modeChanged() const { return oldMode != 0 && newMode != 0 && oldMode != newMode; }
    // "img/logo.png", or "old → new" for renames.
    QString displayPath() const;
};

struct TIERDESK_CORE_EXPORT DiffOptions {
    qint64 maxFileSize = 1024 * 1024; // bytes; larger files are listed as too large
    bool detectRenames = true;
    int renameThreshold = 50;         // percent, as git's -M default
    int contextLines = 3;             // for hunks and patches
    bool ignoreWhitespace = false;    // lines differing only in spaces and tabs are unchanged
};

struct TIERDESK_CORE_EXPORT PackageComparison {
    DiffSide oldSide;
    DiffSide newSide;
    QList<FileDelta> files; // in path order
    qint64 maxFileSize = 0; // the limit the comparison used

    int added() const;
    int removed() const;
    bool identical() const { return files.isEmpty(); }
    // Every file's kinds together: ModeOnly when no file changed but in its mode.
    DiffKinds kinds() const;
};

struct DiffLine {
    // No fixed underlying type: lupdate (6.8) reads the ':' of a typed enum in a
    // class as an initializer list, loses the classes after it and filed the
    // strings of PackageDiff's members under the context "Tr".
    enum Origin { Context = ' ', Added = '+', Removed = '-' };
    Origin origin = Context;
    int oldLine = 0; // 1-based; 0 on added lines
    int newLine = 0; // 1-based; 0 on removed lines
    QString text;    // without the line break
    QList<TextRange> changes; // changed words, on paired removed/added lines
};

// A run of lines around changes, as in a unified diff; indexes into FileDetail::lines.
struct TIERDESK_CORE_EXPORT DiffHunk {
    int firstLine = 0; // index into FileDetail::lines
    int lineCount = 0;
    int oldStart = 0;
    int oldLines = 0;
    int newStart = 0;
    int newLines = 0;
    QString header() const; // "@@ -1,4 +1,5 @@"
};

// One file's content difference, loaded on demand.
struct TIERDESK_CORE_EXPORT FileDetail {
    FileDelta delta;
    // Every line of the file (context included), so unchanged regions can be
    // collapsed and expanded without another load. Empty when binary, too
    // large or when only the mode changed.
    QList<DiffLine> lines;
    QList<DiffHunk> hunks; // with DiffOptions::contextLines of context
    bool oldNoNewlineAtEnd = false;
    bool newNoNewlineAtEnd = false;
    // Raw content for images (by file name: png, svg, jpg, gif), empty otherwise.
    QByteArray oldData;
    QByteArray newData;

    bool isImage() const;
};

// True for the file names the view shows as pictures.
TIERDESK_CORE_EXPORT bool isImagePath(const QString &path);

// Groups lines into hunks with `context` unchanged lines around each change,
// merging hunks whose contexts touch (as git does).
TIERDESK_CORE_EXPORT QList<DiffHunk> groupHunks(const QList<DiffLine> &lines, int context);

// Pairs each run of removed lines with the added lines that follow it and
// fills DiffLine::changes with their word changes.
TIERDESK_CORE_EXPORT void markWordChanges(QList<DiffLine> &lines);

class TIERDESK_CORE_EXPORT PackageDiff {
public:
    // Diffs two trees with libgit2 (git_diff_tree_to_tree + rename detection):
    // statuses, modes, line counts, binary and size checks. File content is
    // not kept: loadFile() reads one file's lines when asked.
    [[nodiscard]] static Result<PackageComparison> compare(const git::Repository &repo, const DiffSide &oldSide,
                                             const DiffSide &newSide, const DiffOptions &options = {},
                                             const std::function<bool()> &isCancelled = {});

    // One file's lines and hunks (and raw data for images).
    [[nodiscard]] static Result<FileDetail> loadFile(const git::Repository &repo, const FileDelta &delta,
                                       const DiffOptions &options = {});

    // The comparison as a git-style unified diff ("diff --git a/... b/...");
    // files above the size limit appear as binary.
    [[nodiscard]] static Result<QByteArray> unifiedPatch(const git::Repository &repo, const DiffSide &oldSide,
                                           const DiffSide &newSide, const DiffOptions &options = {});
};

} // namespace tierdesk

Q_DECLARE_METATYPE(tierdesk::DiffSide)
