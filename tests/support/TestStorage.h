// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Looking at what a test built: through the git command line (the independent
// side of a comparison) and through the library's reader.
#include "core/TierConfig.h"
#include "storage/StorageSnapshot.h"

#include <QStringList>

// `git -C repo args…`'s standard output, trimmed, and its exit code in
// `exitCode` when asked for. When git fails and nobody asked for the exit
// code, a warning with its error output (the comparison that follows then
// fails on the value).
QString runGit(const QString &repo, const QStringList &args, int *exitCode = nullptr);

// The storage at `path` as StorageReader reads it; an empty snapshot, and a
// warning naming the error, when it can't be read.
tierdesk::StorageSnapshot readOrWarn(const QString &path, const tierdesk::TierConfig &config = {});
