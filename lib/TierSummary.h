#pragma once
// Sentences about the tiers as a whole, shared by the GUI and the CLI.
#include "StorageSnapshot.h"
#include "tierdesk_core_export.h"

namespace tierdesk {

struct TIERDESK_CORE_EXPORT TierSummary {
    // Whether the tiers that name a package-registry version name different ones.
    static bool registryVersionsDiffer(const StorageSnapshot &snapshot);
    // "The tiers use different package-registry versions: snapshot v1.5.0, staging v1.4.1,
    // production none." Empty when they agree (tiers without a Dockerfile are not counted).
    static QString registryWarning(const StorageSnapshot &snapshot);
};

} // namespace tierdesk
