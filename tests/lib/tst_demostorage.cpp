// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in demo storage: the situations the GUI relies on, read back both
// with raw libgit2 tree walks and with StorageReader/DistributionAnalysis.
#include "demo/DemoStorage.h"
#include "storage/Distribution.h"
#include "storage/StorageReader.h"
#include "core/Version.h"
#include "git/Repository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "yaml/YamlDocument.h"

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

const QStringList Tiers = {u"snapshot"_s, u"staging"_s, u"production"_s};

// name → version → tree of packages/<name>/<version>/ on one branch.
using Versions = QMap<QString, QMap<QString, git::ObjectId>>;

QByteArray blobText(const git::Repository &repo, const git_tree *root, const QString &path)
{
    git_tree_entry *e = nullptr;
    if (git_tree_entry_bypath(&e, root, path.toUtf8().constData()) != 0)
        return {};
    git::TreeEntryHandle owner(e);
    return repo.readBlob(git::ObjectId(git_tree_entry_id(e))).value_or(QByteArray());
}

// Every blob path below `tree`, relative to it.
void listFiles(const git::Repository &repo, const git_tree *tree, const QString &prefix, QStringList &out)
{
    for (size_t i = 0; i < git_tree_entrycount(tree); ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(tree, i);
        const QString path = prefix + QString::fromUtf8(git_tree_entry_name(e));
        if (git_tree_entry_type(e) == GIT_OBJECT_TREE) {
            auto sub = repo.lookupTree(git::ObjectId(git_tree_entry_id(e)));
            if (sub)
                listFiles(repo, sub->get(), path + u'/', out);
        } else {
            out.append(path);
        }
    }
}

bool parsesAsYaml(const QByteArray &text)
{
    return yaml::Document::parse(text).has_value();
}

// A scalar's text as UTF-8, empty for anything else.
std::string str(const yaml::Node &node) { return std::string(node.scalarBytes()); }
QString qstr(const yaml::Node &node) { return node.scalar(); }

} // namespace

class TestDemoStorage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void branchesAndHead();
    void history();
    void dockerfiles();
    void layout();
    void manifests();
    void changelogs();
    void logos();
    void tiersHoldingMost();
    void waitingForStaging();
    void waitingForProduction();
    void identicalDuplicate();
    void differentDuplicate();
    void malformedManifest();
    void prerelease();
    void releaseTag();
    void storageReader();
    void deterministic();
    void ensureKeepsExistingDemo();
    void ensureCreates();
    void ensureRefusesForeignDirectory();
    void createRefusesNonEmpty();

private:
    git::ObjectId tip(const QString &tier) const;
    git::TreeHandle rootTree(const QString &tier) const;
    Versions versions(const QString &tier) const;
    QByteArray fileAt(const QString &tier, const QString &path) const;
    // Versions of `name` in `tier` newer than `version`.
    QStringList newerIn(const QString &tier, const QString &name, const QString &version) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<git::Repository> m_repo;
    QMap<QString, Versions> m_versions;
};

void TestDemoStorage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo"_s);
    const Status created = DemoStorage::create(m_path);
    QVERIFY2(created, created ? "" : qPrintable(created.error().text()));
    auto repo = git::Repository::open(m_path);
    QVERIFY2(repo, repo ? "" : qPrintable(repo.error().text()));
    m_repo.emplace(std::move(*repo));
    for (const QString &tier : Tiers)
        m_versions.insert(tier, versions(tier));
}

git::ObjectId TestDemoStorage::tip(const QString &tier) const
{
    auto id = m_repo->resolveCommit(u"refs/heads/"_s + tier);
    return id ? *id : git::ObjectId();
}

git::TreeHandle TestDemoStorage::rootTree(const QString &tier) const
{
    auto info = m_repo->commitInfo(tip(tier));
    if (!info)
        return {};
    auto tree = m_repo->lookupTree(info->tree);
    return tree ? std::move(*tree) : git::TreeHandle();
}

Versions TestDemoStorage::versions(const QString &tier) const
{
    Versions out;
    auto root = rootTree(tier);
    if (!root)
        return out;
    auto packages = m_repo->subtree(root.get(), u"packages"_s);
    if (!packages)
        return out;
    for (size_t i = 0; i < git_tree_entrycount(packages->get()); ++i) {
        const git_tree_entry *p = git_tree_entry_byindex(packages->get(), i);
        const QString name = QString::fromUtf8(git_tree_entry_name(p));
        out[name]; // an empty package directory shows up as a name without versions
        auto pkg = m_repo->lookupTree(git::ObjectId(git_tree_entry_id(p)));
        if (!pkg)
            continue;
        for (size_t j = 0; j < git_tree_entrycount(pkg->get()); ++j) {
            const git_tree_entry *v = git_tree_entry_byindex(pkg->get(), j);
            out[name].insert(QString::fromUtf8(git_tree_entry_name(v)), git::ObjectId(git_tree_entry_id(v)));
        }
    }
    return out;
}

QByteArray TestDemoStorage::fileAt(const QString &tier, const QString &path) const
{
    auto root = rootTree(tier);
    return root ? blobText(*m_repo, root.get(), path) : QByteArray();
}

QStringList TestDemoStorage::newerIn(const QString &tier, const QString &name, const QString &version) const
{
    QStringList newer;
    const auto v = Version::parse(version);
    for (const QString &other : m_versions[tier].value(name).keys())
        if (const auto o = Version::parse(other); o && v && *o > *v)
            newer.append(other);
    return newer;
}

void TestDemoStorage::branchesAndHead()
{
    QCOMPARE(m_repo->references(u"refs/heads/*"_s),
             QStringList({u"refs/heads/production"_s, u"refs/heads/snapshot"_s, u"refs/heads/staging"_s}));
    git_reference *head = nullptr;
    QCOMPARE(git_reference_lookup(&head, m_repo->raw(), "HEAD"), 0);
    git::ReferenceHandle owner(head);
    QCOMPARE(git_reference_type(head), GIT_REFERENCE_SYMBOLIC);
    QCOMPARE(QString::fromUtf8(git_reference_symbolic_target(head)), u"refs/heads/production"_s);
    // Objects and refs only: no index, no checked-out files.
    QVERIFY(!QFileInfo::exists(m_path + u"/index"_s));
    QVERIFY(!QFileInfo::exists(m_path + u"/packages"_s));
    QVERIFY(!QFileInfo::exists(m_path + u"/.git/index"_s));
}

void TestDemoStorage::history()
{
    static const QRegularExpression update(uR"(^\[snapshot\] Update "[a-z]+" integration to version \S+ \(#\d+\)$)"_s);
    static const QRegularExpression promote(uR"(^\[(staging|production)\] Promote packages from (snapshot|staging) \((.+)\)$)"_s);
    static const QRegularExpression remove(uR"(^\[(snapshot|staging)\] Remove promoted packages \(.+\)$)"_s);
    QSet<QString> authors;
    QSet<QString> forms;
    for (const QString &tier : Tiers) {
        git_revwalk *walk = nullptr;
        QCOMPARE(git_revwalk_new(&walk, m_repo->raw()), 0);
        git::RevwalkHandle owner(walk);
        QCOMPARE(git_revwalk_push(walk, tip(tier).raw()), 0);
        int count = 0;
        QDateTime newer;
        git_oid oid;
        while (git_revwalk_next(&oid, walk) == 0) {
            auto info = m_repo->commitInfo(git::ObjectId(oid));
            QVERIFY(info);
            ++count;
            authors.insert(info->authorName + u" <"_s + info->authorEmail + u'>');
            QVERIFY2(!newer.isValid() || info->authorTime <= newer, qPrintable(info->subject)); // dates go forward
            newer = info->authorTime;
            if (info->subject.startsWith(u'[')) // all but the shared root name their tier
                QVERIFY2(info->subject.startsWith(u'[' + tier + u']'), qPrintable(tier + u": "_s + info->subject));
            if (update.match(info->subject).hasMatch())
                forms.insert(u"update"_s);
            if (const auto m = promote.match(info->subject); m.hasMatch())
                forms.insert(u"promote to "_s + m.captured(1));
            if (remove.match(info->subject).hasMatch())
                forms.insert(u"remove"_s);
        }
        QVERIFY2(count >= 5, qPrintable(tier + u": "_s + QString::number(count)));
        QVERIFY(newer.date() < QDate(2023, 1, 1) && newer.date() > QDate(2022, 1, 1)); // the fixed root commit
    }
    QCOMPARE(forms, QSet<QString>({u"update"_s, u"promote to staging"_s, u"promote to production"_s, u"remove"_s}));
    QVERIFY2(authors.size() >= 3, qPrintable(QStringList(authors.values()).join(u", "_s)));
    const auto subject = m_repo->commitInfo(tip(u"production"_s));
    QCOMPARE(subject->subject, u"[production] Promote packages from staging (endpoint-8.6.0, system-1.4.2)"_s);
}

void TestDemoStorage::dockerfiles()
{
    for (const QString &tier : Tiers) {
        const QByteArray d = fileAt(tier, u"Dockerfile"_s);
        QVERIFY2(d.contains("\nARG PACKAGE_REGISTRY=v1.5.0\n"), qPrintable(tier));
        QVERIFY(d.contains("FROM docker.elastic.co/package-registry/package-registry:${PACKAGE_REGISTRY}"));
        QVERIFY(d.contains(QByteArray("COPY packages /packages/" + tier.toUtf8() + '\n')));
    }
}

void TestDemoStorage::layout()
{
    QSet<QString> names;
    for (const QString &tier : Tiers) {
        const Versions &vs = m_versions[tier];
        for (auto p = vs.cbegin(); p != vs.cend(); ++p) {
            names.insert(p.key());
            QVERIFY2(!p.value().isEmpty(), qPrintable(tier + u": empty packages/"_s + p.key()));
            for (auto v = p.value().cbegin(); v != p.value().cend(); ++v) {
                const QString where = tier + u": "_s + p.key() + u'@' + v.key();
                auto tree = m_repo->lookupTree(v.value());
                QVERIFY(tree);
                QStringList files;
                listFiles(*m_repo, tree->get(), {}, files);
                for (const QString &f : QStringList{u"manifest.yml"_s, u"changelog.yml"_s, u"docs/README.md"_s,
                                                    u"img/"_s + p.key() + u"-logo.svg"_s})
                    QVERIFY2(files.contains(f), qPrintable(where + u" lacks "_s + f));
                const QStringList dsManifests =
                    files.filter(QRegularExpression(u"^data_stream/[a-z_]+/manifest\\.yml$"_s));
                const QStringList dsFields =
                    files.filter(QRegularExpression(u"^data_stream/[a-z_]+/fields/fields\\.yml$"_s));
                const QStringList dashboards =
                    files.filter(QRegularExpression(u"^kibana/dashboard/"_s + p.key() + u"-[0-9a-f-]{36}\\.json$"_s));
                QCOMPARE(dsManifests.size(), 1);
                QCOMPARE(dsFields.size(), 1);
                QCOMPARE(dashboards.size(), 1);
                auto root = rootTree(tier);
                const QString dir = u"packages/"_s + p.key() + u'/' + v.key() + u'/';
                QVERIFY2(parsesAsYaml(blobText(*m_repo, root.get(), dir + dsManifests[0])), qPrintable(where));
                QVERIFY2(parsesAsYaml(blobText(*m_repo, root.get(), dir + dsFields[0])), qPrintable(where));
                QJsonParseError error;
                const auto json = QJsonDocument::fromJson(blobText(*m_repo, root.get(), dir + dashboards[0]), &error);
                QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(where));
                QCOMPARE(json[u"type"_s].toString(), u"dashboard"_s);
                QVERIFY(dashboards[0].contains(json[u"id"_s].toString()));
            }
        }
    }
    QVERIFY2(names.size() >= 12, qPrintable(QStringList(names.values()).join(u", "_s)));
}

void TestDemoStorage::manifests()
{
    int valid = 0;
    QSet<QString> teams;
    QSet<QString> stages;
    bool dotted = false, nested = false, quoted = false, plain = false, lowerBound = false, caretOnly = false;
    for (const QString &tier : Tiers) {
        const Versions &vs = m_versions[tier];
        for (auto p = vs.cbegin(); p != vs.cend(); ++p) {
            for (auto v = p.value().cbegin(); v != p.value().cend(); ++v) {
                const QString where = tier + u": "_s + p.key() + u'@' + v.key();
                const QByteArray text =
                    fileAt(tier, u"packages/"_s + p.key() + u'/' + v.key() + u"/manifest.yml"_s);
                QVERIFY2(!text.isEmpty(), qPrintable(where));
                if (!parsesAsYaml(text))
                    continue; // the one malformed manifest: see malformedManifest()
                ++valid;
                const auto doc = yaml::Document::parse(text);
                const yaml::Node m = doc->root();
                QCOMPARE(qstr(m["format_version"]), u"1.0.0"_s);
                QCOMPARE(qstr(m["name"]), p.key());
                QCOMPARE(qstr(m["version"]), v.key());
                QCOMPARE(qstr(m["type"]), u"integration"_s);
                QVERIFY2(!str(m["title"]).empty(), qPrintable(where));
                QVERIFY2(!str(m["description"]).empty(), qPrintable(where));
                stages.insert(qstr(m["release"]));
                const QString team = qstr(m["owner"]["github"]);
                QVERIFY2(team.startsWith(u"elastic/"_s), qPrintable(where));
                teams.insert(team);
                const yaml::Node c = m["conditions"];
                QVERIFY2(c["kibana.version"] || (c["kibana"] && c["kibana"]["version"]), qPrintable(where));
                const QString kibana = QString::fromStdString(
                    str((c["kibana.version"] ? c["kibana.version"] : c["kibana"]["version"])));
                QVERIFY2(!kibana.isEmpty(), qPrintable(where));
                dotted |= bool(c["kibana.version"]);
                nested |= bool(c["kibana"]);
                quoted |= text.contains("version: '") || text.contains("version: \"");
                plain |= text.contains("version: ^");
                lowerBound |= kibana == u">=7.10.0"_s;
                caretOnly |= kibana == u"^8.0.0"_s;
                QCOMPARE(qstr(m["icons"][0]["src"]),
                         u"/img/"_s + p.key() + u"-logo.svg"_s);
                QCOMPARE(qstr(m["icons"][0]["type"]), u"image/svg+xml"_s);
            }
        }
    }
    QVERIFY(valid >= 30);
    QVERIFY(dotted && nested && quoted && plain && lowerBound && caretOnly);
    QVERIFY2(teams.size() >= 3, qPrintable(QStringList(teams.values()).join(u", "_s)));
    QCOMPARE(stages, QSet<QString>({u"ga"_s, u"beta"_s, u"experimental"_s}));
}

void TestDemoStorage::changelogs()
{
    static const QSet<QString> types{u"enhancement"_s, u"bugfix"_s, u"breaking-change"_s};
    for (const QString &tier : Tiers) {
        const Versions &vs = m_versions[tier];
        for (auto p = vs.cbegin(); p != vs.cend(); ++p) {
            for (auto v = p.value().cbegin(); v != p.value().cend(); ++v) {
                const QString where = tier + u": "_s + p.key() + u'@' + v.key();
                const QByteArray text =
                    fileAt(tier, u"packages/"_s + p.key() + u'/' + v.key() + u"/changelog.yml"_s);
                QVERIFY2(parsesAsYaml(text), qPrintable(where));
                const auto doc = yaml::Document::parse(text);
                const yaml::Node log = doc->root();
                QVERIFY2(log.isSequence() && log.size() > 0, qPrintable(where));
                // Newest first, starting with this very version.
                QCOMPARE(qstr(log[0]["version"]), v.key());
                std::optional<Version> previous;
                for (qsizetype i = 0; i < log.size(); ++i) {
                    const yaml::Node entry = log[i];
                    const auto version = Version::parse(qstr(entry["version"]));
                    QVERIFY2(version, qPrintable(where));
                    if (previous)
                        QVERIFY2(*version < *previous, qPrintable(where));
                    previous = version;
                    QVERIFY2(entry["changes"].isSequence() && entry["changes"].size() > 0, qPrintable(where));
                    for (qsizetype j = 0; j < entry["changes"].size(); ++j) {
                        const yaml::Node change = entry["changes"][j];
                        QVERIFY2(types.contains(qstr(change["type"])),
                                 qPrintable(where));
                        QVERIFY(!str(change["description"]).empty());
                        QVERIFY(qstr(change["link"]).startsWith(u"https://"_s));
                    }
                }
            }
        }
    }
}

void TestDemoStorage::logos()
{
    QHash<QByteArray, QString> seen; // one distinct logo per package
    for (const QString &tier : Tiers) {
        const Versions &vs = m_versions[tier];
        for (auto p = vs.cbegin(); p != vs.cend(); ++p) {
            for (auto v = p.value().cbegin(); v != p.value().cend(); ++v) {
                const QString where = tier + u": "_s + p.key() + u'@' + v.key();
                const QByteArray svg =
                    fileAt(tier, u"packages/"_s + p.key() + u'/' + v.key() + u"/img/"_s + p.key() + u"-logo.svg"_s);
                QXmlStreamReader xml(svg);
                QVERIFY2(xml.readNextStartElement(), qPrintable(where));
                QCOMPARE(xml.name(), u"svg"_s);
                QCOMPARE(xml.namespaceUri(), u"http://www.w3.org/2000/svg"_s);
                int shapes = 0;
                QString letter;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() != u"title"_s && xml.name() != u"text"_s)
                        ++shapes;
                    if (xml.isStartElement() && xml.name() == u"text"_s)
                        letter = xml.readElementText();
                }
                QVERIFY2(!xml.hasError(), qPrintable(where + u": "_s + xml.errorString()));
                QVERIFY2(shapes >= 1, qPrintable(where));
                QCOMPARE(letter.size(), 1);
                const QString owner = seen.value(svg, p.key());
                QVERIFY2(owner == p.key(), qPrintable(where + u" has the logo of "_s + owner));
                seen.insert(svg, p.key());
            }
        }
    }
    QVERIFY(seen.size() >= 12);
}

void TestDemoStorage::tiersHoldingMost()
{
    auto count = [this](const QString &tier) {
        int n = 0;
        for (const auto &versions : m_versions[tier])
            n += int(versions.size());
        return n;
    };
    QVERIFY(count(u"production"_s) > count(u"snapshot"_s));
    QVERIFY(count(u"production"_s) > count(u"staging"_s));
    QVERIFY(count(u"staging"_s) >= 3);
    QVERIFY(count(u"snapshot"_s) >= 5);
}

// Situation 1.
void TestDemoStorage::waitingForStaging()
{
    for (const auto &[name, version] : {std::pair{u"nginx"_s, u"1.3.0"_s}, std::pair{u"aws"_s, u"0.6.0"_s}}) {
        QVERIFY(m_versions[u"snapshot"_s].value(name).contains(version));
        QVERIFY(!m_versions[u"staging"_s].value(name).contains(version));
        QVERIFY(!m_versions[u"production"_s].value(name).contains(version));
        QVERIFY(!m_versions[u"staging"_s].value(name).isEmpty() || !m_versions[u"production"_s].value(name).isEmpty());
        QCOMPARE(newerIn(u"staging"_s, name, version), QStringList());
        QCOMPARE(newerIn(u"production"_s, name, version), QStringList());
    }
}

// Situation 2.
void TestDemoStorage::waitingForProduction()
{
    for (const auto &[name, version] : {std::pair{u"redis"_s, u"1.1.0"_s}, std::pair{u"windows"_s, u"1.14.0"_s},
                                         std::pair{u"mysql"_s, u"1.3.0"_s}}) {
        QVERIFY(m_versions[u"staging"_s].value(name).contains(version));
        QVERIFY(!m_versions[u"production"_s].value(name).contains(version));
        QVERIFY(!m_versions[u"snapshot"_s].value(name).contains(version));
        QVERIFY(!m_versions[u"production"_s].value(name).isEmpty());
        QCOMPARE(newerIn(u"production"_s, name, version), QStringList());
    }
}

// Situation 3.
void TestDemoStorage::identicalDuplicate()
{
    const git::ObjectId staging = m_versions[u"staging"_s][u"nginx"_s].value(u"1.2.0"_s);
    const git::ObjectId snapshot = m_versions[u"snapshot"_s][u"nginx"_s].value(u"1.2.0"_s);
    QVERIFY(!staging.isNull());
    QCOMPARE(snapshot, staging);
    QVERIFY(!m_versions[u"production"_s][u"nginx"_s].contains(u"1.2.0"_s));
}

// Situation 4.
void TestDemoStorage::differentDuplicate()
{
    const git::ObjectId production = m_versions[u"production"_s][u"system"_s].value(u"1.4.2"_s);
    const git::ObjectId snapshot = m_versions[u"snapshot"_s][u"system"_s].value(u"1.4.2"_s);
    QVERIFY(!production.isNull());
    QVERIFY(!snapshot.isNull());
    QVERIFY(snapshot != production);
    QVERIFY(!m_versions[u"staging"_s].value(u"system"_s).contains(u"1.4.2"_s));
    // Both are valid: the difference is content, not breakage.
    QVERIFY(parsesAsYaml(fileAt(u"snapshot"_s, u"packages/system/1.4.2/manifest.yml"_s)));
    QVERIFY(fileAt(u"snapshot"_s, u"packages/system/1.4.2/changelog.yml"_s)
            != fileAt(u"production"_s, u"packages/system/1.4.2/changelog.yml"_s));
}

// Situation 5: exactly one manifest is not valid YAML.
void TestDemoStorage::malformedManifest()
{
    QStringList broken;
    for (const QString &tier : Tiers) {
        const Versions &vs = m_versions[tier];
        for (auto p = vs.cbegin(); p != vs.cend(); ++p)
            for (auto v = p.value().cbegin(); v != p.value().cend(); ++v)
                if (!parsesAsYaml(fileAt(tier, u"packages/"_s + p.key() + u'/' + v.key() + u"/manifest.yml"_s)))
                    broken.append(tier + u": "_s + p.key() + u'@' + v.key());
    }
    QCOMPARE(broken, QStringList({u"snapshot: kafka@1.3.0"_s}));
}

// Situation 6.
void TestDemoStorage::prerelease()
{
    QVERIFY(m_versions[u"snapshot"_s][u"apm"_s].contains(u"8.3.0-dev1"_s));
    const auto v = Version::parse(u"8.3.0-dev1"_s);
    QVERIFY(v && v->isPrerelease());
    const auto doc = yaml::Document::parse(fileAt(u"snapshot"_s, u"packages/apm/8.3.0-dev1/manifest.yml"_s));
    QVERIFY(doc);
    const yaml::Node m = doc->root();
    QCOMPARE(qstr(m["release"]), u"experimental"_s);
}

// Situation 7.
void TestDemoStorage::releaseTag()
{
    const QString tag = DemoStorage::releaseTag();
    QCOMPARE(tag, u"8.6.0"_s);
    QVERIFY(!tag.startsWith(u'v'));
    QCOMPARE(m_repo->references(u"refs/tags/*"_s), QStringList({u"refs/tags/"_s + tag}));
    git_oid tagId;
    QCOMPARE(git_reference_name_to_id(&tagId, m_repo->raw(), QByteArray("refs/tags/" + tag.toUtf8()).constData()), 0);
    git_tag *annotated = nullptr;
    QCOMPARE(git_tag_lookup(&annotated, m_repo->raw(), &tagId), 0); // fails for a lightweight tag
    git::TagHandle owner(annotated);
    QCOMPARE(QString::fromUtf8(git_tag_name(annotated)), tag);
    QCOMPARE(git::ObjectId(git_tag_target_id(annotated)), tip(u"production"_s));
    const QString message = QString::fromUtf8(git_tag_message(annotated));
    QVERIFY2(message.contains(u"- nginx: 1.0.0, 1.1.0\n"_s), qPrintable(message));
    QVERIFY2(message.contains(u"- system: 1.3.0, 1.4.0, 1.4.2\n"_s), qPrintable(message));
    QVERIFY(git_tag_tagger(annotated) != nullptr);
}

void TestDemoStorage::storageReader()
{
    StorageReader reader;
    auto snapshot = reader.read(m_path, TierConfig());
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().text()));
    for (const QString &tier : Tiers) {
        const TierState *t = snapshot->tier(tier);
        QVERIFY(t && t->present());
        QCOMPARE(t->registryVersion, u"v1.5.0"_s);
        QVERIFY2(t->problems.isEmpty(), qPrintable(tier));
    }
    // Exactly one version has problems: the malformed manifest.
    QStringList withProblems;
    for (const TierState &t : snapshot->tiers)
        for (const PackageVersion &v : t.versions)
            if (v.hasProblems())
                withProblems.append(t.name + u": "_s + v.key());
    QCOMPARE(withProblems, QStringList({u"snapshot: kafka@1.3.0"_s}));
    const PackageVersion *kafka = snapshot->find(u"snapshot"_s, u"kafka"_s, u"1.3.0"_s);
    QVERIFY(kafka);
    QCOMPARE(kafka->problems.first().kind, ProblemKind::ManifestInvalid);

    const PackageVersion *apm = snapshot->find(u"snapshot"_s, u"apm"_s, u"8.3.0-dev1"_s);
    QVERIFY(apm && apm->version && apm->version->isPrerelease());
    QVERIFY(apm->manifest);
    QCOMPARE(apm->manifest->releaseStage(), u"experimental"_s);

    const auto analysis = DistributionAnalysis::analyze(*snapshot);
    QCOMPARE(analysis.duplicates.size(), 2);
    const Duplicate *nginx = analysis.duplicate(u"nginx"_s, u"1.2.0"_s);
    QVERIFY(nginx);
    QVERIFY(nginx->identical());
    QCOMPARE(analysis.roleOf(u"snapshot"_s, u"nginx"_s, u"1.2.0"_s), CopyRole::Promoted);
    const Duplicate *system = analysis.duplicate(u"system"_s, u"1.4.2"_s);
    QVERIFY(system);
    QVERIFY(!system->identical());
    QCOMPARE(analysis.roleOf(u"snapshot"_s, u"system"_s, u"1.4.2"_s), CopyRole::Shadowed);
    QCOMPARE(analysis.roleOf(u"production"_s, u"system"_s, u"1.4.2"_s), CopyRole::Served);
}

void TestDemoStorage::deterministic()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString path = other.filePath(u"again"_s);
    const Status created = DemoStorage::create(path);
    QVERIFY2(created, created ? "" : qPrintable(created.error().text()));
    auto repo = git::Repository::open(path);
    QVERIFY(repo);
    for (const QString &ref : QStringList{u"refs/heads/snapshot"_s, u"refs/heads/staging"_s,
                                          u"refs/heads/production"_s, u"refs/tags/8.6.0"_s}) {
        git_oid a, b;
        QCOMPARE(git_reference_name_to_id(&a, m_repo->raw(), ref.toUtf8().constData()), 0);
        QCOMPARE(git_reference_name_to_id(&b, repo->raw(), ref.toUtf8().constData()), 0);
        QCOMPARE(git::ObjectId(b).toHex(), git::ObjectId(a).toHex());
    }
}

void TestDemoStorage::ensureKeepsExistingDemo()
{
    QMap<QString, git::ObjectId> before;
    for (const QString &tier : Tiers)
        before.insert(tier, tip(tier));
    const QStringList siblings = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    auto ensured = DemoStorage::ensure(m_path);
    QVERIFY2(ensured, ensured ? "" : qPrintable(ensured.error().text()));
    QCOMPARE(QFileInfo(*ensured).canonicalFilePath(), QFileInfo(m_path).canonicalFilePath());
    auto repo = git::Repository::open(m_path);
    QVERIFY(repo);
    for (const QString &tier : Tiers)
        QCOMPARE(*repo->resolveCommit(u"refs/heads/"_s + tier), before[tier]);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), siblings);
}

void TestDemoStorage::ensureCreates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Missing, with a missing parent too.
    const QString fresh = dir.filePath(u"data/demo-storage"_s);
    auto made = DemoStorage::ensure(fresh);
    QVERIFY2(made, made ? "" : qPrintable(made.error().text()));
    QCOMPARE(*made, fresh);
    auto repo = git::Repository::open(fresh);
    QVERIFY(repo);
    QCOMPARE(*repo->resolveCommit(u"refs/heads/production"_s), tip(u"production"_s));
    // No temporary directory is left beside it.
    QCOMPARE(QDir(dir.filePath(u"data"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList({u"demo-storage"_s}));

    // An existing empty directory is filled.
    const QString empty = dir.filePath(u"empty"_s);
    QVERIFY(QDir().mkpath(empty));
    made = DemoStorage::ensure(empty);
    QVERIFY2(made, made ? "" : qPrintable(made.error().text()));
    auto repo2 = git::Repository::open(empty);
    QVERIFY(repo2);
    QCOMPARE(*repo2->resolveCommit(u"refs/heads/snapshot"_s), tip(u"snapshot"_s));
}

void TestDemoStorage::ensureRefusesForeignDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString foreign = dir.filePath(u"notes"_s);
    QVERIFY(QDir().mkpath(foreign));
    QFile file(foreign + u"/todo.txt"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine\n");
    file.close();

    auto result = DemoStorage::ensure(foreign);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"is not the Tierdesk demo"_s), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QDir::toNativeSeparators(foreign)));
    QCOMPARE(QDir(foreign).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList({u"todo.txt"_s}));

    // A plain file is foreign too.
    result = DemoStorage::ensure(foreign + u"/todo.txt"_s);
    QVERIFY(!result);

    // A repository without a production branch is not the demo.
    const QString other = dir.filePath(u"other-repo"_s);
    QVERIFY(git::Repository::init(other, true));
    result = DemoStorage::ensure(other);
    QVERIFY(!result);

    // A folder inside the demo is not the demo, although git finds the demo above it.
    result = DemoStorage::ensure(m_path + u"/refs"_s);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"is not the Tierdesk demo"_s), qPrintable(result.error().message));
}

void TestDemoStorage::createRefusesNonEmpty()
{
    const git::ObjectId before = tip(u"production"_s);
    const Status again = DemoStorage::create(m_path);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QDir::toNativeSeparators(m_path)));
    auto repo = git::Repository::open(m_path);
    QVERIFY(repo);
    QCOMPARE(*repo->resolveCommit(u"refs/heads/production"_s), before);
    QCOMPARE(repo->references(u"refs/heads/*"_s).size(), 3);
}

QTEST_GUILESS_MAIN(TestDemoStorage)
#include "tst_demostorage.moc"
