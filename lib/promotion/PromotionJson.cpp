// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionJson.h"

#include "promotion/PromotionDraftStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// What the destination holds of a planned version.
QString destinationStateId(const PlannedVersion &v)
{
    if (!v.promoted)
        return u"not-promoted"_s;
    if (v.destinationTree.isNull())
        return u"absent"_s;
    return v.identicalInDestination() ? u"identical"_s : u"different"_s;
}

QJsonObject planJson(const PromotionPlan &plan)
{
    QJsonArray versions;
    for (const PlannedVersion &v : plan.versions)
        versions.append(QJsonObject{{u"name"_s, v.name()},
                                    {u"version"_s, v.version()},
                                    {u"tree"_s, v.source.tree.toHex()},
                                    {u"promoted"_s, v.promoted},
                                    {u"copied"_s, v.needsCopy()},
                                    {u"destination"_s, destinationStateId(v)}});
    return QJsonObject{{u"source"_s, plan.sourceTier},
                       {u"destination"_s, plan.destinationTier},
                       {u"sourceRef"_s, plan.sourceRef},
                       {u"sourceTip"_s, plan.sourceTip.toHex()},
                       {u"destinationRef"_s, plan.destinationRef},
                       {u"destinationTip"_s, plan.destinationTip.toHex()},
                       {u"newestOnly"_s, plan.request.newestOnly},
                       {u"versions"_s, versions}};
}

QJsonObject checkJson(const PromotionCheck &c, const QStringList &missing)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"key"_s, c.key()},
                  {u"severity"_s, PromotionCheck::severityId(c.severity)},
                  {u"message"_s, c.message}};
    if (!c.name.isEmpty()) {
        o.insert(u"name"_s, c.name);
        o.insert(u"version"_s, c.version);
    }
    if (!c.path.isEmpty())
        o.insert(u"path"_s, c.path);
    if (c.needsConfirmation())
        o.insert(u"confirmed"_s, !missing.contains(c.key()));
    return o;
}

QJsonArray checksJson(const PromotionChecks &checks, const QStringList &confirmed)
{
    const QStringList missing = checks.unconfirmed(confirmed);
    QJsonArray out;
    for (const PromotionCheck &c : checks.checks)
        out.append(checkJson(c, missing));
    return out;
}

QJsonObject pushJson(const PushReport &push)
{
    QJsonArray refs;
    for (const RefUpdateStatus &s : push.refs)
        refs.append(QJsonObject{{u"ref"_s, s.ref}, {u"accepted"_s, s.accepted()}, {u"rejection"_s, s.rejection}});
    return QJsonObject{{u"url"_s, push.url}, {u"refs"_s, refs}};
}

QJsonObject outcomeJson(const PublishOutcome &r)
{
    QJsonObject o;
    if (r.push)
        o.insert(u"push"_s, pushJson(*r.push));
    if (r.draft.promotion.pullRequest.exists())
        o.insert(u"promotionPullRequest"_s, r.draft.promotion.pullRequest.url);
    if (r.draft.removal.pullRequest.exists())
        o.insert(u"removalPullRequest"_s, r.draft.removal.pullRequest.url);
    if (!r.promotionCompareUrl.isEmpty())
        o.insert(u"promotionCompareUrl"_s, r.promotionCompareUrl);
    if (!r.removalCompareUrl.isEmpty())
        o.insert(u"removalCompareUrl"_s, r.removalCompareUrl);
    if (r.safety)
        o.insert(u"removalSafe"_s, r.safety->safe());
    o.insert(u"notes"_s, QJsonArray::fromStringList(r.notes));
    return o;
}
} // namespace

PromotionJson::PromotionJson(const PromotionPlan &plan, const PromotionChecks &checks, const QStringList &confirmed)
    : m_doc{{u"plan"_s, planJson(plan)},
            {u"checks"_s, checksJson(checks, confirmed)},
            {u"blocked"_s, checks.blocked()},
            {u"unconfirmed"_s, QJsonArray::fromStringList(checks.unconfirmed(confirmed))}}
{
}

void PromotionJson::setPreview(const PromotionTexts &texts)
{
    QJsonObject preview;
    if (!texts.promotionTitle.isEmpty())
        preview.insert(u"promotion"_s, QJsonObject{{u"title"_s, texts.promotionTitle}, {u"body"_s, texts.promotionBody}});
    preview.insert(u"removal"_s, QJsonObject{{u"title"_s, texts.removalTitle}, {u"body"_s, texts.removalBody}});
    m_doc.insert(u"drafted"_s, false);
    m_doc.insert(u"preview"_s, preview);
}

void PromotionJson::setDraft(const PromotionDraft &draft)
{
    m_doc.insert(u"drafted"_s, true);
    m_doc.insert(u"draft"_s, draftToJson(draft));
}

void PromotionJson::setPublished(const PublishOutcome &outcome) { m_doc.insert(u"publish"_s, outcomeJson(outcome)); }

void PromotionJson::setPublishError(const QString &text) { m_doc.insert(u"publishError"_s, text); }

QJsonObject draftsToJson(const QList<PromotionDraft> &drafts)
{
    QJsonArray array;
    for (const PromotionDraft &d : drafts)
        array.append(draftToJson(d));
    return QJsonObject{{u"drafts"_s, array}};
}

} // namespace tierdesk
