// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one owner of a promotion's pull-request titles: what Tierdesk writes
// (PromotionTexts uses format) and what it reads back from the upstream's open
// pull requests, its own, a colleague's or those of the old tool
// (`elastic-package promote`):
//
//     [staging] Promote packages from snapshot (foo-1.2.3, bar-0.4.0)
//     [staging] Promote many packages from snapshot
//     [snapshot] Remove promoted packages (foo-1.2.3)
//     [snapshot] Remove many promoted packages
//     [production] Promote packages from staging to production   (the old tool's first form)
//     [staging] Remove packages from staging                     (likewise)
//
// Titles are hostile text: parse reads each character once, bounds the length
// and names the first thing it cannot read.
#include "core/Error.h"
#include "tierdesk_core_export.h"

#include <QStringList>
#include <QStringView>

namespace tierdesk {

enum class TitleKind { Promote, Remove };

struct TIERDESK_CORE_EXPORT PullRequestTitle {
    TitleKind kind = TitleKind::Promote;
    QString branch;     // the branch the pull request merges into: the destination, or the tier removed from
    QString sourceTier; // the tier the versions come from (a removal: the branch itself)
    // name@version of each listed version, in the title's order; empty when the title does not list them
    // ("many packages", or the old tool's forms).
    QStringList keys;

    bool listsVersions() const { return !keys.isEmpty(); }
    friend bool operator==(const PullRequestTitle &, const PullRequestTitle &) = default;
};

// GitHub's limit of a title: a list that would make it longer gives the "many packages" form, and
// longer text is not read (it is no pull request's title). As no form is longer than the newest,
// formatTitle(parseTitle(x)) stays within it, so parsing what was formatted gives the same title.
inline constexpr qsizetype maxTitleLength = 256;

// The title for `keys` (name@version, listed as name-version). A removal names no source tier: pass the branch.
TIERDESK_CORE_EXPORT QString formatTitle(TitleKind kind, const QString &branch, const QString &sourceTier,
                                         const QStringList &keys);
TIERDESK_CORE_EXPORT QString formatTitle(const PullRequestTitle &title);

// A title of one of the forms above, or an error naming what does not fit. Package names are
// [a-z0-9_]+ (package-spec), so a listed "name-version" is split at its first '-'; the version is SemVer.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<PullRequestTitle> parseTitle(QStringView title);

} // namespace tierdesk
