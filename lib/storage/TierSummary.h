// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sentences about the tiers as a whole, shared by the GUI and the CLI.
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

namespace tierdesk {

struct TIERDESK_CORE_EXPORT TierSummary {
    // Whether the tiers that name a package-registry version name different ones.
    static bool registryVersionsDiffer(const StorageSnapshot &snapshot);
    // "The tiers use different package-registry versions: snapshot v1.5.0, staging v1.4.1,
    // production none." Empty when they agree (tiers without a Dockerfile are not counted).
    static QString registryWarning(const StorageSnapshot &snapshot);
    // "The local branches staging (3 behind), production (1 behind) are behind origin; Tierdesk
    // shows the local branches." Empty when every local tier branch is up to date with its remote.
    static QString staleBranchesNote(const StorageSnapshot &snapshot);
    // "origin/staging: 3 commits behind, 1 ahead" for one tier; empty without a tracking branch.
    static QString trackingText(const TierState &tier);
};

} // namespace tierdesk
