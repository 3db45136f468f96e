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

// The manifest keys knownFields does not cover (policy_templates, screenshots,
// conditions' other members...), each as one line of YAML; keys in order of appearance.
struct OtherFields {
    QStringList keys;
    QHash<QString, QString> before, after;

    void collect(const std::optional<yaml::Document> &doc, QHash<QString, QString> &values)
    {
        const yaml::Node root = doc ? doc->root() : yaml::Node();
        for (qsizetype i = 0; i < root.size() && root.isMapping(); ++i) {
            const QString key = root.key(i).scalar();
            if (key == u"owner" || key == u"conditions")
                collectMembers(key, root.value(i), values);
            else if (!isKnownTopLevel(key))
                record(key, compact(root.value(i)), values);
        }
    }

    // Their members apart from the ones known by name.
    void collectMembers(const QString &key, const yaml::Node &map, QHash<QString, QString> &values)
    {
        for (qsizetype i = 0; i < map.size() && map.isMapping(); ++i) {
            const QString subKey = key + u'.' + map.key(i).scalar();
            if (subKey == u"owner.github" || subKey == u"conditions.kibana.version" || subKey == u"conditions.kibana")
                continue;
            record(subKey, compact(map.value(i)), values);
        }
    }

    void record(const QString &key, const QString &value, QHash<QString, QString> &values)
    {
        if (!keys.contains(key))
            keys.append(key);
        values.insert(key, value);
    }
};

QList<ManifestFieldChange> otherFieldChanges(const QByteArray &oldManifest, const QByteArray &newManifest)
{
    OtherFields other;
    other.collect(load(oldManifest), other.before);
    other.collect(load(newManifest), other.after);
    QList<ManifestFieldChange> out;
    for (const QString &key : std::as_const(other.keys)) {
        QString was = other.before.value(key), is = other.after.value(key);
        if (was == is)
            continue;
        shorten(was, is);
        out.append({key, key, was, is});
    }
    return out;
}

// A side without a manifest, or with an unreadable one, has empty fields.
QList<ManifestFieldChange> knownFieldChanges(const ManifestParse &oldParse, bool hasOld, const ManifestParse &newParse,
                                             bool hasNew)
{
    QList<ManifestFieldChange> out;
    for (const KnownField &k : knownFields) {
        const QString before = hasOld && oldParse.ok ? k.value(oldParse.manifest) : QString();
        const QString after = hasNew && newParse.ok ? k.value(newParse.manifest) : QString();
        if (before != after)
            out.append({QString::fromLatin1(k.key), QCoreApplication::translate("ManifestDiff", k.label), before, after});
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
