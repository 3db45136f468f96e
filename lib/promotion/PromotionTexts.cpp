// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionTexts.h"

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
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

QString withPromotionLink(QString removalBody, const QString &link)
{
    return removalBody.replace(promotionLinkPlaceholder.toString(), link);
}

namespace {
// A long history (a package new to the destination) is cut here; the version's changelog has the rest.
constexpr int maxChangelogEntries = 10;

void appendChangelog(QStringList &p, const PromotionPlan &plan, const QHash<QString, QList<ChangelogEntry>> &changelog)
{
    QStringList lines;
    for (const PlannedVersion &v : plan.versions) {
        const QList<ChangelogEntry> entries = changelog.value(v.source.key());
        if (!v.needsCopy() || entries.isEmpty())
            continue;
        lines << QString()
              << (v.destinationNewestText.isEmpty()
                      ? u"### %1 %2 (new in `%3`)"_s.arg(v.name(), v.version(), plan.destinationTier)
                      : u"### %1 %2 (after %3, served by `%4`)"_s.arg(v.name(), v.version(), v.destinationNewestText,
                                                                       v.destinationNewestTier));
        for (const ChangelogEntry &e : entries.mid(0, maxChangelogEntries))
            for (const ChangelogChange &c : e.changes)
                lines << u"- %1: %2%3"_s.arg(e.version, c.description,
                                            c.link.isEmpty() ? QString() : u" (%1)"_s.arg(c.link));
        if (entries.size() > maxChangelogEntries)
            lines << u"- … and %1 older entries in the changelog"_s.arg(entries.size() - maxChangelogEntries);
    }
    if (!lines.isEmpty())
        p << QString() << u"## Changelog"_s << lines;
}

// owner.github of every copied version's manifest: the people who know the package.
QStringList reviewers(const PromotionPlan &plan)
{
    QStringList out;
    for (const PlannedVersion &v : plan.versions)
        if (v.needsCopy() && v.source.manifest && !v.source.manifest->ownerGithub.isEmpty()
            && !out.contains(v.source.manifest->ownerGithub))
            out.append(v.source.manifest->ownerGithub);
    return out;
}

QString composePromotionBody(const PromotionPlan &plan, const QStringList &copied, const QStringList &identical,
                             const QHash<QString, QList<ChangelogEntry>> &changelog)
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
    appendChangelog(p, plan, changelog);
    if (!identical.isEmpty())
        p << QString()
          << u"Already served by %1's distribution with identical content, so not copied: %2."_s.arg(
                 dst, identical.join(u", "_s));
    if (const QStringList owners = reviewers(plan); !owners.isEmpty()) {
        QStringList handles;
        for (const QString &o : owners)
            handles.append(u'@' + o);
        p << QString() << u"Suggested reviewers (`owner.github` of the manifests): %1"_s.arg(handles.join(u", "_s));
    }
    p << QString() << u"A separate pull request removes the versions from %1; merge it after this one."_s.arg(src);
    return p.join(u'\n') + u'\n';
}

QString removalNote(const PlannedVersion &v)
{
    if (!v.promoted)
        return v.staysServed ? u"older version, not promoted (newest only); still served from above"_s
                             : u"older version, not promoted (newest only)"_s;
    return v.needsCopy() ? u"promoted"_s : u"already served from `%1`"_s.arg(v.servedTier);
}

QString composeRemovalBody(const PromotionPlan &plan, bool withPromotion)
{
    const QString src = u'`' + plan.sourceTier + u'`';
    const QString dst = u'`' + plan.destinationTier + u'`';
    const QString link = promotionLinkPlaceholder.toString();
    QStringList r;
    if (withPromotion) {
        r << u"Removes %1 from %2 after their promotion to %3 in %4."_s.arg(versionsPhrase(plan.versions.size()), src,
                                                                            dst, link)
          << QString()
          << u"**Merge this pull request only after %1 is merged**, so that %2 keeps serving every version."_s.arg(
                 link, src);
    } else {
        r << u"Removes %1 from %2: %3's distribution already serves each of them with identical content, so there "
             u"is no promotion pull request and this one can be merged on its own; %2 keeps serving every version "
             u"through %3."_s.arg(versionsPhrase(plan.versions.size()), src, dst);
    }
    r << QString() << u"| Package | Version | Tree | |"_s << u"| --- | --- | --- | --- |"_s;
    for (const PlannedVersion &v : plan.versions)
        r << row(v, removalNote(v));
    r << QString() << u"Before merging, %1 must serve each promoted version with the tree id listed here."_s.arg(dst);
    return r.join(u'\n') + u'\n';
}
} // namespace

PromotionTexts PromotionTexts::compose(const PromotionPlan &plan,
                                      const QHash<QString, QList<ChangelogEntry>> &changelog)
{
    QStringList copied;
    QStringList copiedKeys;
    QStringList identical;
    QStringList removedKeys;
    for (const PlannedVersion &v : plan.versions) {
        if (v.needsCopy()) {
            copied.append(v.label());
            copiedKeys.append(v.source.key());
        } else if (v.promoted) {
            identical.append(v.label());
        }
        removedKeys.append(v.source.key());
    }
    PromotionTexts t;
    // When the destination has every version already there is no promotion pull request.
    if (!copied.isEmpty()) {
        t.promotionTitle = formatTitle(TitleKind::Promote, plan.destinationTier, plan.sourceTier, copiedKeys);
        t.promotionBody = composePromotionBody(plan, copied, identical, changelog);
    }
    t.removalTitle = formatTitle(TitleKind::Remove, plan.sourceTier, plan.sourceTier, removedKeys);
    t.removalBody = composeRemovalBody(plan, !copied.isEmpty());
    return t;
}

} // namespace tierdesk
