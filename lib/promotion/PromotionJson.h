// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON documents of promotion (tierdesk-cli promote --json, drafts --json).
#include "promotion/PromotionChecks.h"
#include "promotion/PromotionDraft.h"
#include "promotion/PromotionPlan.h"
#include "promotion/PublishTarget.h"
#include "promotion/PromotionTexts.h"
#include "tierdesk_core_export.h"

#include <QJsonObject>

namespace tierdesk {

// promote's document grows with the command: the review, then either the
// drafts not written or the draft written, then what publishing did.
class TIERDESK_CORE_EXPORT PromotionJson {
public:
    PromotionJson() = default; // publishing alone (drafts --publish)
    // "plan", "checks", "blocked" (by a check) and "unconfirmed" (keys still to confirm).
    PromotionJson(const PromotionPlan &plan, const PromotionChecks &checks, const QStringList &confirmed);

    // "drafted": false, "preview": the titles and bodies the drafts would have.
    void setPreview(const PromotionTexts &texts);
    // "drafted": true, "draft": the draft's record (set again after publishing changed it).
    void setDraft(const PromotionDraft &draft);
    // "publish": the push, the pull requests or compare links, the notes.
    void setPublished(const PublishOutcome &outcome);
    void setPublishError(const QString &text); // "publishError"

    const QJsonObject &object() const { return m_doc; }

private:
    QJsonObject m_doc;
};

// {"drafts": [...]}, each as recorded (draftToJson).
TIERDESK_CORE_EXPORT QJsonObject draftsToJson(const QList<PromotionDraft> &drafts);

} // namespace tierdesk
