// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Commit messages, pull-request titles and bodies of a promotion. They are
// written for the upstream repository's reviewers, so they stay in English like
// its history, whatever language the application shows.
#include "promotion/PromotionPlan.h"
#include "promotion/PullRequestTitle.h"
#include "storage/Changelog.h"

#include <QHash>

namespace tierdesk {

// Stands in the removal body for the promotion pull request until it exists;
// withPromotionLink() replaces it with the PR's URL (or a compare URL).
inline constexpr QStringView promotionLinkPlaceholder = u"{{promotion-pr}}";

// The titles come from PullRequestTitle's formatTitle, the format the parser reads.
struct TIERDESK_CORE_EXPORT PromotionTexts {
    QString promotionTitle;
    QString promotionBody;
    QString removalTitle;
    QString removalBody; // contains promotionLinkPlaceholder when there is a promotion

    // `changelog` (PromotionChecks::changelog): per copied name@version, the entries its body lists.
    static PromotionTexts compose(const PromotionPlan &plan,
                                  const QHash<QString, QList<ChangelogEntry>> &changelog = {});
};

TIERDESK_CORE_EXPORT QString withPromotionLink(QString removalBody, const QString &link);

} // namespace tierdesk
