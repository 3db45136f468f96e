// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which branches are the tiers, in which order, read from where.
#include "core/Error.h"
#include "tierdesk_core_export.h"

#include <QStringList>

namespace tierdesk {

enum class RefSource {
    Auto,   // the local branch when present, else <remote>/<tier>
    Local,  // refs/heads/<tier> only
    Remote, // refs/remotes/<remote>/<tier> only
};

struct TIERDESK_CORE_EXPORT TierConfig {
    // Lowest tier first: each tier's distribution also serves every tier above it.
    QStringList tiers{QStringLiteral("snapshot"), QStringLiteral("staging"), QStringLiteral("production")};
    QString remote = QStringLiteral("origin");
    RefSource source = RefSource::Auto;

    // Candidate reference names for a tier, in the order they are tried.
    QStringList candidateRefs(const QString &tier) const;
    int rank(const QString &tier) const { return int(tiers.indexOf(tier)); }

    // At least one tier, each named once and a plain branch name: a tier named
    // twice would be two ranks of one branch.
    [[nodiscard]] Status validate() const;
    // "snapshot,staging,production" (lowest first) as a tier list, validated.
    [[nodiscard]] static Result<QStringList> parseTierList(const QString &commaSeparated);
    // Why these tier names (lowest first) cannot be a configuration, for people;
    // empty when they can: at least two, each a valid branch name, no two alike.
    static QString checkTiers(const QStringList &lowestFirst);
};

} // namespace tierdesk
