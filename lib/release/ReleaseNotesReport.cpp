// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ReleaseNotesReport.h"

#include "core/Tr.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::ReleaseNotesReport;

// The types in the order readers look for them; anything else comes last.
const QStringList typeOrder{u"breaking-change"_s, u"enhancement"_s, u"bugfix"_s};

// Repository text on one line: a newline in a description would end the list item.
QString oneLine(const QString &text)
{
    return text.simplified();
}

QString code(const QString &text)
{
    return u"`"_s + QString(text).remove(u'`') + u"`"_s;
}

QString kindHeading(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return Tr::tr("Added");
    case ChangeKind::Updated: return Tr::tr("Updated");
    case ChangeKind::Removed: return Tr::tr("Removed");
    }
    return {};
}

QString packageHeading(const PackageNotes &p)
{
    QString heading = u"### "_s + oneLine(p.name) + u' ';
    switch (p.kind) {
    case ChangeKind::Added: heading += oneLine(p.to); break;
    case ChangeKind::Updated:
        heading += p.from == p.to ? oneLine(p.to) : QString(oneLine(p.from) + u" → "_s + oneLine(p.to));
        break;
    case ChangeKind::Removed: heading += oneLine(p.from); break;
    }
    if (!p.title.isEmpty())
        heading += u" — "_s + oneLine(p.title);
    return heading + u"\n\n"_s;
}

QString changesMarkdown(const PackageNotes &p)
{
    QString md;
    QStringList types = typeOrder;
    for (const ChangelogEntry &e : p.entries)
        for (const ChangelogChange &c : e.changes)
            if (!types.contains(c.type))
                types.append(c.type);
    for (const QString &type : std::as_const(types)) {
        QString items;
        for (const ChangelogEntry &e : p.entries)
            for (const ChangelogChange &c : e.changes)
                if (c.type == type) {
                    items += u"- "_s + oneLine(c.description) + u" ("_s + oneLine(e.version);
                    if (!c.link.isEmpty())
                        items += u", "_s + changeLinkMarkdown(c.link);
                    items += u")\n"_s;
                }
        if (!items.isEmpty())
            md += u"**"_s + changeTypeHeading(type) + u"**\n\n"_s + items + u'\n';
    }
    return md;
}

QString packageMarkdown(const PackageNotes &p)
{
    QString md = packageHeading(p);
    QStringList parts;
    if (!p.addedVersions.isEmpty())
        parts.append(Tr::tr("New versions: %1.").arg(oneLine(p.addedVersions.join(u", "_s))));
    if (!p.removedVersions.isEmpty())
        parts.append(Tr::tr("Versions removed: %1.").arg(oneLine(p.removedVersions.join(u", "_s))));
    if (!parts.isEmpty())
        md += parts.join(u' ') + u"\n\n"_s;
    if (!p.changelogProblem.isEmpty())
        md += Tr::tr("The changelog could not be read: %1").arg(oneLine(p.changelogProblem)) + u"\n\n"_s;
    else if (p.kind != ChangeKind::Removed && p.entries.isEmpty() && p.from != p.to)
        md += Tr::tr("No changelog entries.") + u"\n\n"_s;
    return md + changesMarkdown(p);
}

QString headerMarkdown(const ReleaseNotes &n)
{
    QString md = u"# "_s + Tr::tr("Release notes: %1 → %2").arg(oneLine(n.fromName), oneLine(n.toName)) + u"\n\n"_s;
    md += Tr::tr("From %1 (%2) to %3 (%4): %5 added, %6 updated, %7 removed, %8 unchanged.")
              .arg(code(n.fromName), code(n.fromCommit.shortHex(12)), code(n.toName), code(n.toCommit.shortHex(12)))
              .arg(n.count(ChangeKind::Added))
              .arg(n.count(ChangeKind::Updated))
              .arg(n.count(ChangeKind::Removed))
              .arg(n.unchanged)
        + u"\n"_s;
    if (n.packages.isEmpty())
        md += u'\n' + Tr::tr("No package changed.") + u'\n';
    return md;
}

QString cutLine(int shown, int total, qsizetype limit)
{
    return u"\n---\n\n**"_s
        + Tr::tr("Cut here: %1 of %2 packages fit into %3 characters; the other %4 are in the exported file.")
              .arg(shown)
              .arg(total)
              .arg(QLocale(QLocale::English).toString(qlonglong(limit))) // as GitHub writes its limit
              .arg(total - shown)
        + u"**\n"_s;
}

QJsonObject packageJson(const PackageNotes &p)
{
    QJsonArray entries;
    for (const ChangelogEntry &e : p.entries) {
        QJsonArray changes;
        for (const ChangelogChange &c : e.changes)
            changes.append(QJsonObject{{u"type"_s, c.type}, {u"description"_s, c.description}, {u"link"_s, c.link}});
        entries.append(QJsonObject{{u"version"_s, e.version}, {u"changes"_s, changes}});
    }
    QJsonObject o{{u"name"_s, p.name},
                  {u"change"_s, changeKindId(p.kind)},
                  {u"title"_s, p.title},
                  {u"from"_s, p.from.isEmpty() ? QJsonValue() : QJsonValue(p.from)},
                  {u"to"_s, p.to.isEmpty() ? QJsonValue() : QJsonValue(p.to)},
                  {u"addedVersions"_s, QJsonArray::fromStringList(p.addedVersions)},
                  {u"removedVersions"_s, QJsonArray::fromStringList(p.removedVersions)},
                  {u"changelog"_s, entries}};
    if (!p.changelogProblem.isEmpty())
        o[u"changelogProblem"_s] = p.changelogProblem;
    return o;
}
} // namespace

QString changeTypeHeading(const QString &type)
{
    if (type == u"breaking-change")
        return Tr::tr("Breaking changes");
    if (type == u"enhancement")
        return Tr::tr("Enhancements");
    if (type == u"bugfix")
        return Tr::tr("Bug fixes");
    return Tr::tr("Other changes");
}

QString changeLinkMarkdown(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
    if (!web)
        return code(oneLine(link));
    static const QRegularExpression pull(u"/pull/(\\d+)/?$"_s);
    const QString target = url.toString(QUrl::FullyEncoded);
    const auto match = pull.match(url.path());
    const QString text = match.hasMatch() ? QString(u'#' + match.captured(1)) : target;
    return u'[' + text + u"]("_s + target + u')';
}

NotesMarkdown releaseNotesToMarkdown(const ReleaseNotes &notes, qsizetype limit)
{
    NotesMarkdown out;
    out.packagesTotal = int(notes.packages.size());
    out.text = headerMarkdown(notes);
    // Room for the cut line, so that the text with it still fits.
    const qsizetype reserve = cutLine(out.packagesTotal, out.packagesTotal, limit).size() + 16;
    std::optional<ChangeKind> section;
    for (const PackageNotes &p : notes.packages) {
        QString part;
        if (section != p.kind)
            part += u"\n## "_s + kindHeading(p.kind) + u" ("_s + QString::number(notes.count(p.kind)) + u")\n\n"_s;
        part += packageMarkdown(p);
        const bool last = out.packagesShown + 1 == out.packagesTotal;
        if (limit > 0 && out.text.size() + part.size() + (last ? 0 : reserve) > limit)
            break;
        out.text += part;
        section = p.kind;
        ++out.packagesShown;
    }
    if (out.cut())
        out.text += cutLine(out.packagesShown, out.packagesTotal, limit);
    return out;
}

QJsonObject releaseNotesToJson(const ReleaseNotes &n)
{
    QJsonArray packages;
    for (const PackageNotes &p : n.packages)
        packages.append(packageJson(p));
    return QJsonObject{{u"from"_s, QJsonObject{{u"revision"_s, n.from}, {u"name"_s, n.fromName}, {u"commit"_s, n.fromCommit.toHex()}}},
                       {u"to"_s, QJsonObject{{u"revision"_s, n.to}, {u"name"_s, n.toName}, {u"commit"_s, n.toCommit.toHex()}}},
                       {u"added"_s, n.count(ChangeKind::Added)},
                       {u"updated"_s, n.count(ChangeKind::Updated)},
                       {u"removed"_s, n.count(ChangeKind::Removed)},
                       {u"unchanged"_s, n.unchanged},
                       {u"packages"_s, packages}};
}

} // namespace tierdesk
