// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionTexts.h"

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QString titleWithList(const QString &prefix, const QStringList &labels, const QString &many)
{
    const QString full = prefix + u" ("_s + labels.join(u", "_s) + u')';
    return full.size() > maxTitleLength ? many : full;
}

QString versionsPhrase(qsizetype n)
{
    return n == 1 ? u"1 package version"_s : u"%1 package versions"_s.arg(n);
}

QString row(const PlannedVersion &v, const QString &note = {})
{
    QString line = u"| "_s + v.name() + u" | "_s + v.version() + u" | `"_s + v.source.tree.toHex() + u"` |"_s;
    if (!note.isEmpty())
        line += u' ' + note + u" |"_s;
    return line;
}
} // namespace

QString promotionTitle(const QString &source, const QString &destination, const QStringList &labels)
{
    const QString head = u"["_s + destination + u"] Promote "_s;
    return titleWithList(head + u"packages from "_s + source, labels, head + u"many packages from "_s + source);
}

QString removalTitle(const QString &source, const QStringList &labels)
{
    const QString head = u"["_s + source + u"] Remove "_s;
    return titleWithList(head + u"promoted packages"_s, labels, head + u"many promoted packages"_s);
}

QString withPromotionLink(QString removalBody, const QString &link)
{
    return removalBody.replace(promotionLinkPlaceholder.toString(), link);
}

namespace {
QString composePromotionBody(const PromotionPlan &plan, const QStringList &copied, const QStringList &identical)
{
    const QString src = u'`' + plan.sourceTier + u'`';
    const QString dst = u'`' + plan.destinationTier + u'`';
    QStringList p;
    p << u"Promotes %1 from %2 to %3."_s.arg(versionsPhrase(copied.size()), src, dst) << QString()
      << u"| Package | Version | Tree |"_s << u"| --- | --- | --- |"_s;
    for (const PlannedVersion &v : plan.versions)
        if (v.needsCopy())
            p << row(v);
    p << QString()
      << u"Each version directory is the very same git tree object as in %1, so the copy is identical by "
         u"construction. To verify one: `git rev-parse HEAD:packages/<name>/<version>` prints the tree id above."_s
             .arg(src);
    if (!identical.isEmpty())
        p << QString() << u"Already in %1 with identical content, so not copied: %2."_s.arg(dst, identical.join(u", "_s));
    p << QString() << u"A separate pull request removes the versions from %1; merge it after this one."_s.arg(src);
    return p.join(u'\n') + u'\n';
}

QString composeRemovalBody(const PromotionPlan &plan)
{
    const QString src = u'`' + plan.sourceTier + u'`';
    const QString dst = u'`' + plan.destinationTier + u'`';
    const QString link = promotionLinkPlaceholder.toString();
    QStringList r;
    r << u"Removes %1 from %2 after their promotion to %3 in %4."_s.arg(versionsPhrase(plan.versions.size()), src, dst,
                                                                        link)
      << QString()
      << u"**Merge this pull request only after %1 is merged**, so that %2 keeps serving every version."_s.arg(link, src)
      << QString() << u"| Package | Version | Tree | |"_s << u"| --- | --- | --- | --- |"_s;
    for (const PlannedVersion &v : plan.versions)
        r << row(v, v.promoted ? u"promoted"_s : u"older version, not promoted (newest only)"_s);
    r << QString() << u"Before merging, %1 must contain each promoted version with the tree id listed here."_s.arg(dst);
    return r.join(u'\n') + u'\n';
}
} // namespace

PromotionTexts PromotionTexts::compose(const PromotionPlan &plan)
{
    QStringList copied;
    QStringList identical;
    for (const PlannedVersion &v : plan.versions) {
        if (v.needsCopy())
            copied.append(v.label());
        else if (v.promoted)
            identical.append(v.label());
    }
    PromotionTexts t;
    // When the destination has every version already there is no promotion pull request.
    if (!copied.isEmpty()) {
        t.promotionTitle = tierdesk::promotionTitle(plan.sourceTier, plan.destinationTier, copied);
        t.promotionBody = composePromotionBody(plan, copied, identical);
    }
    t.removalTitle = tierdesk::removalTitle(plan.sourceTier, plan.removedLabels());
    t.removalBody = composeRemovalBody(plan);
    return t;
}

} // namespace tierdesk
