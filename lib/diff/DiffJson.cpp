// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tierdesk {

QString fileModeText(quint32 mode) { return QString::number(mode, 8).rightJustified(6, u'0'); }

namespace {
QJsonObject sideJson(const DiffSide &s)
{
    return {{u"tier"_s, s.tier}, {u"name"_s, s.name}, {u"version"_s, s.version}, {u"tree"_s, s.tree.toHex()}};
}

QJsonObject fileJson(const FileDelta &f)
{
    QJsonObject o{{u"path"_s, f.path},
                  {u"oldPath"_s, f.oldPath},
                  {u"status"_s, fileStatusId(f.status)},
                  {u"added"_s, f.added},
                  {u"removed"_s, f.removed},
                  {u"binary"_s, f.binary},
                  {u"tooLarge"_s, f.tooLarge},
                  {u"oldMode"_s, f.oldMode ? fileModeText(f.oldMode) : QString()},
                  {u"newMode"_s, f.newMode ? fileModeText(f.newMode) : QString()},
                  {u"oldSize"_s, f.oldSize},
                  {u"newSize"_s, f.newSize},
                  {u"difference"_s, diffKindsId(f.kinds)},
                  {u"differenceKinds"_s, QJsonArray::fromStringList(diffKindNames(f.kinds))}};
    if (f.status == FileStatus::Renamed)
        o.insert(u"similarity"_s, f.similarity);
    return o;
}

QJsonArray entriesJson(const QList<ChangelogEntry> &entries)
{
    QJsonArray out;
    for (const ChangelogEntry &e : entries) {
        QJsonArray changes;
        for (const ChangelogChange &c : e.changes)
            changes.append(QJsonObject{{u"description"_s, c.description}, {u"type"_s, c.type}, {u"link"_s, c.link}});
        out.append(QJsonObject{{u"version"_s, e.version}, {u"changes"_s, changes}});
    }
    return out;
}

QJsonObject manifestJson(const ManifestSummary &m)
{
    QJsonArray fields;
    for (const ManifestFieldChange &f : m.fields)
        fields.append(QJsonObject{{u"field"_s, f.key},
                                  {u"label"_s, f.label},
                                  {u"change"_s, fieldChangeId(f.change)},
                                  {u"old"_s, f.oldValue},
                                  {u"new"_s, f.newValue}});
    return {{u"oldVersion"_s, m.oldVersion},
            {u"newVersion"_s, m.newVersion},
            {u"fields"_s, fields},
            {u"changelogAdded"_s, entriesJson(m.changelogAdded)},
            {u"changelogRemoved"_s, entriesJson(m.changelogRemoved)},
            {u"notes"_s, QJsonArray::fromStringList(m.notes)}};
}
} // namespace

QJsonObject diffToJson(const PackageComparison &c, const ManifestSummary &m)
{
    QJsonArray files;
    for (const FileDelta &f : c.files)
        files.append(fileJson(f));
    return {{u"old"_s, sideJson(c.oldSide)},
            {u"new"_s, sideJson(c.newSide)},
            {u"maxFileSize"_s, c.maxFileSize},
            {u"files"_s, files},
            {u"totals"_s, QJsonObject{{u"files"_s, c.files.size()}, {u"added"_s, c.added()}, {u"removed"_s, c.removed()}}},
            {u"difference"_s, diffKindsId(c.kinds())},
            {u"differenceKinds"_s, QJsonArray::fromStringList(diffKindNames(c.kinds()))},
            {u"manifest"_s, manifestJson(m)}};
}

} // namespace tierdesk
