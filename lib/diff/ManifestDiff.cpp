// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/ManifestDiff.h"

#include "core/Version.h"
#include "core/Tr.h"
#include "storage/Manifest.h"
#include "storage/YamlScalar.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::ManifestDiff;

std::optional<yaml::Document> load(const QByteArray &yaml)
{
    auto doc = yaml::Document::parse(yaml);
    return doc ? std::optional<yaml::Document>(std::move(*doc)) : std::nullopt;
}

// One line of YAML for a field the summary does not know by name.
QString compact(const yaml::Node &node)
{
    if (node.isAbsent() || node.isNull())
        return {};
    if (node.isScalar())
        return yamlScalar(node);
    return node.flow().simplified();
}

// Long values (policy templates...) are compared whole but shown as excerpts
// starting shortly before their first difference, so the change is visible.
QString excerpt(const QString &text, qsizetype from, qsizetype length)
{
    if (text.size() <= length && from == 0)
        return text;
    QString out = from > 0 ? u"…"_s + text.mid(from, length) : text.left(length);
    if (from + length < text.size())
        out += u'…';
    return out;
}

void shorten(QString &before, QString &after)
{
    constexpr qsizetype length = 120;
    if (before.size() <= length && after.size() <= length)
        return;
    qsizetype first = 0;
    while (first < before.size() && first < after.size() && before[first] == after[first])
        ++first;
    const qsizetype from = first > 30 ? first - 30 : 0;
    before = excerpt(before, from, length);
    after = excerpt(after, from, length);
}

QString iconList(const Manifest &m)
{
    QStringList icons;
    for (const ManifestIcon &i : m.icons)
        icons.append(i.src);
    return icons.join(u", "_s);
}

struct KnownField {
    const char *key;
    const char *label;
    QString (*value)(const Manifest &);
};

// The fields reviewers care about, in the order they are shown.
const KnownField knownFields[] = {
    {"name", QT_TRANSLATE_NOOP("ManifestDiff", "Name"), [](const Manifest &m) { return m.name; }},
    {"version", QT_TRANSLATE_NOOP("ManifestDiff", "Version"), [](const Manifest &m) { return m.version; }},
    {"conditions.kibana.version", QT_TRANSLATE_NOOP("ManifestDiff", "Kibana constraint"),
     [](const Manifest &m) { return m.kibanaVersion; }},
    {"release", QT_TRANSLATE_NOOP("ManifestDiff", "Release"), [](const Manifest &m) { return m.releaseStage(); }},
    {"owner.github", QT_TRANSLATE_NOOP("ManifestDiff", "Owner"), [](const Manifest &m) { return m.ownerGithub; }},
    {"format_version", QT_TRANSLATE_NOOP("ManifestDiff", "Format version"),
     [](const Manifest &m) { return m.formatVersion; }},
    {"title", QT_TRANSLATE_NOOP("ManifestDiff", "Title"), [](const Manifest &m) { return m.title; }},
    {"description", QT_TRANSLATE_NOOP("ManifestDiff", "Description"), [](const Manifest &m) { return m.description; }},
    {"type", QT_TRANSLATE_NOOP("ManifestDiff", "Type"), [](const Manifest &m) { return m.type; }},
    {"categories", QT_TRANSLATE_NOOP("ManifestDiff", "Categories"),
     [](const Manifest &m) { return m.categories.join(u", "_s); }},
    {"icons", QT_TRANSLATE_NOOP("ManifestDiff", "Icons"), [](const Manifest &m) { return iconList(m); }},
};

// Top-level keys covered by knownFields (their sub-keys are compared through them).
bool isKnownTopLevel(const QString &key)
{
    return key == u"name" || key == u"version" || key == u"release" || key == u"format_version" || key == u"title"
           || key == u"description" || key == u"type" || key == u"categories" || key == u"icons";
}

QByteArray blobAt(const git::Repository &repo, const git_tree *tree, const char *name)
{
    if (!tree)
        return {};
    const git_tree_entry *e = git_tree_entry_byname(tree, name);
    if (!e || git_tree_entry_type(e) != GIT_OBJECT_BLOB)
        return {};
    return repo.readBlob(git::ObjectId(git_tree_entry_id(e))).value_or(QByteArray());
}

// Lists whose members are maps are matched by the member that names them
// (policy templates and vars by name, inputs by type, streams by input);
// other lists by position. nullopt when some member lacks the name or repeats it.
std::optional<QStringList> memberIds(const yaml::Node &seq)
{
    static const char *const idKeys[] = {"name", "type", "input", "data_stream", "title"};
    for (const char *idKey : idKeys) {
        QStringList ids;
        QSet<QString> seen;
        bool ok = seq.size() > 0;
        for (qsizetype i = 0; ok && i < seq.size(); ++i) {
            const yaml::Node item = seq[i];
            const QString id = item.isMapping() ? yamlScalar(item[idKey]) : QString();
            ok = !id.isEmpty() && !seen.contains(id);
            seen.insert(id);
            ids.append(id);
        }
        if (ok)
            return ids;
    }
    return std::nullopt;
}

// A mapping's values by their scalar keys (hashed: hostile manifests may have very many keys).
QHash<QString, yaml::Node> members(const yaml::Node &map, QStringList &order)
{
    QHash<QString, yaml::Node> out;
    for (qsizetype i = 0; i < map.size() && map.isMapping(); ++i) {
        const yaml::Node key = map.key(i);
        if (!key.isScalar())
            continue;
        const QString k = key.scalar();
        if (!out.contains(k) && !order.contains(k))
            order.append(k);
        out.insert(k, map.value(i));
    }
    return out;
}

// Compares nested fields as structure: a change names the key that changed
// ("policy_templates[nginx].inputs[logfile].vars[paths].default"), not a whole block.
class StructureDiff {
public:
    QList<ManifestFieldChange> changes;

    void node(const QString &path, const yaml::Node &a, const yaml::Node &b)
    {
        const bool hasA = a && !a.isNull();
        const bool hasB = b && !b.isNull();
        if (!hasA && !hasB)
            return;
        if (hasA && hasB && a.isMapping() && b.isMapping())
            return maps(path, a, b);
        if (hasA && hasB && a.isSequence() && b.isSequence() && (a.size() || b.size()) && !scalarList(a, b))
            return sequences(path, a, b);
        leaf(path, a, b);
    }

private:
    static bool scalarList(const yaml::Node &a, const yaml::Node &b)
    {
        for (const yaml::Node *seq : {&a, &b})
            for (qsizetype i = 0; i < seq->size(); ++i)
                if (!(*seq)[i].isScalar())
                    return false;
        return true;
    }

    void leaf(const QString &path, const yaml::Node &a, const yaml::Node &b)
    {
        QString was = compact(a), is = compact(b);
        if (was == is)
            return;
        const FieldChange change = was.isEmpty() ? FieldChange::Added : is.isEmpty() ? FieldChange::Removed
                                                                                       : FieldChange::Changed;
        shorten(was, is);
        changes.append({path, path, was, is, change});
    }

    void maps(const QString &path, const yaml::Node &a, const yaml::Node &b)
    {
        QStringList keys;
        const QHash<QString, yaml::Node> inA = members(a, keys);
        const QHash<QString, yaml::Node> inB = members(b, keys);
        for (const QString &k : std::as_const(keys))
            node(path.isEmpty() ? k : path + u'.' + k, inA.value(k), inB.value(k));
    }

    void sequences(const QString &path, const yaml::Node &a, const yaml::Node &b)
    {
        const auto idsA = memberIds(a);
        const auto idsB = memberIds(b);
        if ((idsA || !a.size()) && (idsB || !b.size()) && (idsA || idsB))
            return byId(path, a, idsA.value_or(QStringList()), b, idsB.value_or(QStringList()));
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            node(path + u'[' + QString::number(i) + u']', i < a.size() ? a[i] : yaml::Node(),
                 i < b.size() ? b[i] : yaml::Node());
    }

    // Members present on both sides are compared; the others are added or removed.
    void byId(const QString &path, const yaml::Node &a, const QStringList &ia, const yaml::Node &b,
              const QStringList &ib)
    {
        QHash<QString, qsizetype> atA, atB;
        for (qsizetype i = 0; i < ia.size(); ++i)
            atA.insert(ia[i], i);
        for (qsizetype i = 0; i < ib.size(); ++i)
            atB.insert(ib[i], i);
        QStringList ids = ia;
        for (const QString &id : ib)
            if (!atA.contains(id))
                ids.append(id);
        for (const QString &id : std::as_const(ids)) {
            const qsizetype x = atA.value(id, -1), y = atB.value(id, -1);
            node(path + u'[' + id + u']', x >= 0 ? a[x] : yaml::Node(), y >= 0 ? b[y] : yaml::Node());
        }
    }
};

// The manifest keys knownFields does not cover (policy_templates, vars,
// screenshots, conditions' other members...), as nodes; keys in order of appearance.
struct OtherFields {
    QStringList keys;
    QHash<QString, yaml::Node> before, after;

    void collect(const std::optional<yaml::Document> &doc, QHash<QString, yaml::Node> &values)
    {
        const yaml::Node root = doc ? doc->root() : yaml::Node();
        for (qsizetype i = 0; i < root.size() && root.isMapping(); ++i) {
            const QString key = root.key(i).scalar();
            if (key == u"owner" || key == u"conditions")
                collectMembers(key, root.value(i), values);
            else if (!key.isEmpty() && !isKnownTopLevel(key))
                record(key, root.value(i), values);
        }
    }

    // Their members apart from the ones known by name.
    void collectMembers(const QString &key, const yaml::Node &map, QHash<QString, yaml::Node> &values)
    {
        if (!map.isMapping())
            return record(key, map, values);
        for (qsizetype i = 0; i < map.size(); ++i) {
            const QString subKey = key + u'.' + map.key(i).scalar();
            if (subKey == u"owner.github" || subKey == u"conditions.kibana.version")
                continue;
            if (subKey == u"conditions.kibana" && map.value(i).isMapping()) // its version is known by name
                collectMembers(subKey, map.value(i), values);
            else
                record(subKey, map.value(i), values);
        }
    }

    void record(const QString &key, const yaml::Node &value, QHash<QString, yaml::Node> &values)
    {
        if (!keys.contains(key))
            keys.append(key);
        values.insert(key, value);
    }
};

QList<ManifestFieldChange> otherFieldChanges(const QByteArray &oldManifest, const QByteArray &newManifest)
{
    // The nodes point into their documents: both stay alive until the comparison is done.
    const std::optional<yaml::Document> oldDoc = load(oldManifest);
    const std::optional<yaml::Document> newDoc = load(newManifest);
    OtherFields other;
    other.collect(oldDoc, other.before);
    other.collect(newDoc, other.after);
    StructureDiff diff;
    for (const QString &key : std::as_const(other.keys))
        diff.node(key, other.before.value(key), other.after.value(key));
    return diff.changes;
}

// A side without a manifest, or with an unreadable one, has empty fields.
QList<ManifestFieldChange> knownFieldChanges(const ManifestParse &oldParse, bool hasOld, const ManifestParse &newParse,
                                             bool hasNew)
{
    QList<ManifestFieldChange> out;
    for (const KnownField &k : knownFields) {
        const QString before = hasOld && oldParse.ok ? k.value(oldParse.manifest) : QString();
        const QString after = hasNew && newParse.ok ? k.value(newParse.manifest) : QString();
        if (before == after)
            continue;
        const FieldChange change = before.isEmpty() ? FieldChange::Added
                                   : after.isEmpty() ? FieldChange::Removed
                                                     : FieldChange::Changed;
        out.append({QString::fromLatin1(k.key), QCoreApplication::translate("ManifestDiff", k.label), before, after,
                    change});
    }
    return out;
}

void compareManifests(ManifestSummary &s, const QByteArray &oldManifest, const QByteArray &newManifest)
{
    // An absent manifest compares as an empty one, so every field of the other shows.
    const ManifestParse oldParse = ManifestParse::parse(oldManifest.isEmpty() ? QByteArray("{}") : oldManifest);
    const ManifestParse newParse = ManifestParse::parse(newManifest.isEmpty() ? QByteArray("{}") : newManifest);
    if (!oldManifest.isEmpty() && !oldParse.ok)
        s.notes.append(Tr::tr("The old manifest.yml could not be read."));
    if (!newManifest.isEmpty() && !newParse.ok)
        s.notes.append(Tr::tr("The new manifest.yml could not be read."));
    if (oldManifest.isEmpty() != newManifest.isEmpty())
        s.notes.append(oldManifest.isEmpty() ? Tr::tr("Only the new side has a manifest.yml.")
                                             : Tr::tr("Only the old side has a manifest.yml."));
    s.oldVersion = oldParse.manifest.version;
    s.newVersion = newParse.manifest.version;
    if (!oldParse.ok && !newParse.ok)
        return;
    s.fields = knownFieldChanges(oldParse, !oldManifest.isEmpty(), newParse, !newManifest.isEmpty());
    s.fields += otherFieldChanges(oldManifest, newManifest);
}

// An absent changelog has no entries.
Result<Changelog> readChangelog(const QByteArray &yaml)
{
    if (yaml.isEmpty())
        return Changelog{};
    return Changelog::parse(yaml);
}

QSet<QString> versionsOf(const QList<ChangelogEntry> &entries)
{
    QSet<QString> out;
    for (const ChangelogEntry &e : entries)
        out.insert(e.version);
    return out;
}

// Needs the manifests' versions: an entry in their range counts as added even when the old file listed it.
void compareChangelogs(ManifestSummary &s, const QByteArray &oldChangelog, const QByteArray &newChangelog)
{
    const Result<Changelog> oldLog = readChangelog(oldChangelog);
    const Result<Changelog> newLog = readChangelog(newChangelog);
    if (!oldLog)
        s.notes.append(Tr::tr("Old side: %1").arg(oldLog.error().message));
    if (!newLog)
        s.notes.append(Tr::tr("New side: %1").arg(newLog.error().message));
    const QList<ChangelogEntry> before = oldLog.value_or(Changelog{}).entries;
    const QList<ChangelogEntry> after = newLog.value_or(Changelog{}).entries;
    const QSet<QString> oldVersions = versionsOf(before);
    const QSet<QString> newVersions = versionsOf(after);
    const auto from = Version::parseLoose(s.oldVersion);
    const auto to = Version::parseLoose(s.newVersion);
    for (const ChangelogEntry &e : after) {
        const auto v = Version::parseLoose(e.version);
        const bool inRange = from && to && v && *v > *from && *v <= *to;
        if (inRange || !oldVersions.contains(e.version))
            s.changelogAdded.append(e);
    }
    for (const ChangelogEntry &e : before)
        if (!newVersions.contains(e.version))
            s.changelogRemoved.append(e);
}
} // namespace

QString fieldChangeId(FieldChange change)
{
    switch (change) {
    case FieldChange::Changed: return u"changed"_s;
    case FieldChange::Added: return u"added"_s;
    case FieldChange::Removed: return u"removed"_s;
    }
    return {};
}

const ManifestFieldChange *ManifestSummary::field(const QString &key) const
{
    for (const ManifestFieldChange &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

ManifestSummary ManifestSummary::compare(const QByteArray &oldManifest, const QByteArray &newManifest,
                                         const QByteArray &oldChangelog, const QByteArray &newChangelog)
{
    ManifestSummary s;
    compareManifests(s, oldManifest, newManifest);
    compareChangelogs(s, oldChangelog, newChangelog);
    return s;
}

Result<ManifestSummary> ManifestSummary::read(const git::Repository &repo, const git::ObjectId &oldTree,
                                              const git::ObjectId &newTree)
{
    git::TreeHandle oldT, newT;
    if (!oldTree.isNull()) {
        auto t = repo.lookupTree(oldTree);
        if (!t)
            return std::unexpected(t.error());
        oldT = std::move(*t);
    }
    if (!newTree.isNull()) {
        auto t = repo.lookupTree(newTree);
        if (!t)
            return std::unexpected(t.error());
        newT = std::move(*t);
    }
    return compare(blobAt(repo, oldT.get(), "manifest.yml"), blobAt(repo, newT.get(), "manifest.yml"),
                   blobAt(repo, oldT.get(), "changelog.yml"), blobAt(repo, newT.get(), "changelog.yml"));
}

} // namespace tierdesk
