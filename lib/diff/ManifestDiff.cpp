#include "diff/ManifestDiff.h"

#include "storage/Manifest.h"
#include "core/Version.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::ManifestDiff;

QString scalar(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar()).trimmed();
}

std::optional<YAML::Node> load(const QByteArray &yaml)
{
    try {
        return YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

// One line of YAML for a field the summary does not know by name.
QString compact(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return {};
    if (node.IsScalar())
        return scalar(node);
    YAML::Emitter e;
    e.SetMapFormat(YAML::Flow);
    e.SetSeqFormat(YAML::Flow);
    e << node;
    return QString::fromUtf8(e.c_str()).simplified();
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
} // namespace

ChangelogParse ChangelogParse::parse(const QByteArray &yaml)
{
    ChangelogParse result;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
    } catch (const YAML::Exception &e) {
        result.error = Tr::tr("changelog.yml is not valid YAML (line %1: %2).")
                           .arg(e.mark.line + 1)
                           .arg(QString::fromStdString(e.msg));
        return result;
    }
    if (!root.IsSequence()) {
        result.error = Tr::tr("changelog.yml is not a list of versions.");
        return result;
    }
    try {
        for (const YAML::Node &entry : root) {
            if (!entry.IsMap())
                continue;
            ChangelogEntry e;
            e.version = scalar(entry["version"]);
            if (const YAML::Node changes = entry["changes"]; changes && changes.IsSequence()) {
                for (const YAML::Node &c : changes) {
                    if (c.IsMap())
                        e.changes.append({scalar(c["description"]), scalar(c["type"]), scalar(c["link"])});
                }
            }
            result.entries.append(e);
        }
    } catch (const YAML::Exception &e) {
        result.error = Tr::tr("changelog.yml could not be read: %1.").arg(QString::fromStdString(e.msg));
        return result;
    }
    result.ok = true;
    return result;
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

    if (oldParse.ok || newParse.ok) {
        for (const KnownField &k : knownFields) {
            const QString before = oldManifest.isEmpty() || !oldParse.ok ? QString() : k.value(oldParse.manifest);
            const QString after = newManifest.isEmpty() || !newParse.ok ? QString() : k.value(newParse.manifest);
            if (before != after)
                s.fields.append({QString::fromLatin1(k.key), QCoreApplication::translate("ManifestDiff", k.label),
                                 before, after});
        }
        // Every other top-level key: policy_templates, screenshots, conditions' other members...
        const auto oldRoot = load(oldManifest);
        const auto newRoot = load(newManifest);
        QStringList keys;
        QHash<QString, QString> before, after;
        auto collect = [&keys](const std::optional<YAML::Node> &root, QHash<QString, QString> &values) {
            if (!root || !root->IsMap())
                return;
            for (const auto &kv : *root) {
                QString key = QString::fromStdString(kv.first.as<std::string>(""));
                if (key == u"owner" || key == u"conditions") {
                    // Compare their members apart from the ones known by name.
                    if (!kv.second.IsMap())
                        continue;
                    for (const auto &sub : kv.second) {
                        const QString subKey = key + u'.' + QString::fromStdString(sub.first.as<std::string>(""));
                        if (subKey == u"owner.github" || subKey == u"conditions.kibana.version"
                            || subKey == u"conditions.kibana")
                            continue;
                        if (!keys.contains(subKey))
                            keys.append(subKey);
                        values.insert(subKey, compact(sub.second));
                    }
                    continue;
                }
                if (isKnownTopLevel(key))
                    continue;
                if (!keys.contains(key))
                    keys.append(key);
                values.insert(key, compact(kv.second));
            }
        };
        try {
            collect(oldRoot, before);
            collect(newRoot, after);
        } catch (const YAML::Exception &) {
            // Keys that are not scalars: nothing more to say than the known fields.
        }
        for (const QString &key : std::as_const(keys)) {
            QString was = before.value(key), is = after.value(key);
            if (was == is)
                continue;
            shorten(was, is);
            s.fields.append({key, key, was, is});
        }
    }

    const ChangelogParse oldLog = ChangelogParse::parse(oldChangelog.isEmpty() ? QByteArray("[]") : oldChangelog);
    const ChangelogParse newLog = ChangelogParse::parse(newChangelog.isEmpty() ? QByteArray("[]") : newChangelog);
    if (!oldChangelog.isEmpty() && !oldLog.ok)
        s.notes.append(Tr::tr("Old side: %1").arg(oldLog.error));
    if (!newChangelog.isEmpty() && !newLog.ok)
        s.notes.append(Tr::tr("New side: %1").arg(newLog.error));
    QSet<QString> oldVersions, newVersions;
    for (const ChangelogEntry &e : oldLog.entries)
        oldVersions.insert(e.version);
    for (const ChangelogEntry &e : newLog.entries)
        newVersions.insert(e.version);
    const auto from = Version::parseLoose(s.oldVersion);
    const auto to = Version::parseLoose(s.newVersion);
    for (const ChangelogEntry &e : newLog.entries) {
        const auto v = Version::parseLoose(e.version);
        const bool inRange = from && to && v && *v > *from && *v <= *to;
        if (inRange || !oldVersions.contains(e.version))
            s.changelogAdded.append(e);
    }
    for (const ChangelogEntry &e : oldLog.entries)
        if (!newVersions.contains(e.version))
            s.changelogRemoved.append(e);
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
