// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PromotionDraftStore.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionDraftStore;

constexpr int formatVersion = 1;

QJsonObject branchToJson(const DraftBranch &b)
{
    QJsonObject o{{u"branch"_s, b.name},     {u"baseTier"_s, b.baseTier},         {u"base"_s, b.base.toHex()},
                  {u"commit"_s, b.commit.toHex()}, {u"title"_s, b.title}, {u"body"_s, b.body}};
    if (b.pullRequest.exists())
        o.insert(u"pullRequest"_s, QJsonObject{{u"number"_s, b.pullRequest.number}, {u"url"_s, b.pullRequest.url}});
    return o;
}

DraftBranch branchFromJson(const QJsonObject &o)
{
    DraftBranch b;
    b.name = o[u"branch"_s].toString();
    b.baseTier = o[u"baseTier"_s].toString();
    b.base = git::ObjectId::fromHex(o[u"base"_s].toString());
    b.commit = git::ObjectId::fromHex(o[u"commit"_s].toString());
    b.title = o[u"title"_s].toString();
    b.body = o[u"body"_s].toString();
    const QJsonObject pr = o[u"pullRequest"_s].toObject();
    b.pullRequest.number = pr[u"number"_s].toInt();
    b.pullRequest.url = pr[u"url"_s].toString();
    return b;
}

QString isoDate(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }
} // namespace

QJsonObject draftToJson(const PromotionDraft &d)
{
    QJsonArray versions;
    for (const DraftVersion &v : d.versions)
        versions.append(QJsonObject{{u"name"_s, v.name},
                                    {u"version"_s, v.version},
                                    {u"tree"_s, v.tree.toHex()},
                                    {u"promoted"_s, v.promoted},
                                    {u"copied"_s, v.copied},
                                    {u"servedFrom"_s, v.servedFrom}});
    QJsonObject o{{u"id"_s, d.id},
                  {u"created"_s, isoDate(d.created)},
                  {u"state"_s, PromotionDraft::stateId(d.state())},
                  {u"sourceTier"_s, d.sourceTier},
                  {u"destinationTier"_s, d.destinationTier},
                  {u"sourceRef"_s, d.sourceRef},
                  {u"destinationRef"_s, d.destinationRef},
                  {u"newestOnly"_s, d.newestOnly},
                  {u"versions"_s, versions},
                  {u"removal"_s, branchToJson(d.removal)}};
    if (d.promotion.exists())
        o.insert(u"promotion"_s, branchToJson(d.promotion));
    if (d.pushedAt.isValid())
        o.insert(u"push"_s, QJsonObject{{u"remote"_s, d.pushRemote}, {u"at"_s, isoDate(d.pushedAt)}});
    if (!d.upstream.isEmpty())
        o.insert(u"github"_s,
                 QJsonObject{{u"api"_s, d.apiUrl}, {u"upstream"_s, d.upstream}, {u"forkOwner"_s, d.forkOwner}});
    return o;
}

namespace {
// A recorded branch that exists must be one Tierdesk made: refs/heads/tierdesk/..., with its commit.
Status validBranch(const DraftBranch &b, bool promotion)
{
    if (!isDraftBranchName(b.name))
        return fail(promotion ? Tr::tr("its promotion branch “%1” is not a tierdesk/… branch Tierdesk creates.").arg(b.name)
                              : Tr::tr("its removal branch “%1” is not a tierdesk/… branch Tierdesk creates.").arg(b.name));
    if (b.commit.isNull())
        return fail(promotion ? Tr::tr("its promotion branch “%1” has no valid commit id.").arg(b.name)
                              : Tr::tr("its removal branch “%1” has no valid commit id.").arg(b.name));
    return {};
}

Status validDraft(const PromotionDraft &d)
{
    if (d.promotion.exists() || !d.promotion.commit.isNull())
        if (auto s = validBranch(d.promotion, true); !s)
            return s;
    return validBranch(d.removal, false);
}
} // namespace

Result<PromotionDraft> draftFromJson(const QJsonObject &o)
{
    PromotionDraft d;
    d.id = o[u"id"_s].toString();
    if (d.id.isEmpty())
        return fail(Tr::tr("A recorded draft has no id."));
    d.created = QDateTime::fromString(o[u"created"_s].toString(), Qt::ISODate);
    d.sourceTier = o[u"sourceTier"_s].toString();
    d.destinationTier = o[u"destinationTier"_s].toString();
    d.sourceRef = o[u"sourceRef"_s].toString();
    d.destinationRef = o[u"destinationRef"_s].toString();
    d.newestOnly = o[u"newestOnly"_s].toBool();
    for (const QJsonValue &value : o[u"versions"_s].toArray()) {
        const QJsonObject v = value.toObject();
        d.versions.append({v[u"name"_s].toString(), v[u"version"_s].toString(),
                           git::ObjectId::fromHex(v[u"tree"_s].toString()), v[u"promoted"_s].toBool(true),
                           v[u"copied"_s].toBool(), v[u"servedFrom"_s].toString()});
    }
    if (o.contains(u"promotion"_s))
        d.promotion = branchFromJson(o[u"promotion"_s].toObject());
    d.removal = branchFromJson(o[u"removal"_s].toObject());
    const QJsonObject push = o[u"push"_s].toObject();
    d.pushRemote = push[u"remote"_s].toString();
    d.pushedAt = QDateTime::fromString(push[u"at"_s].toString(), Qt::ISODate);
    const QJsonObject gh = o[u"github"_s].toObject();
    d.apiUrl = gh[u"api"_s].toString();
    d.upstream = gh[u"upstream"_s].toString();
    d.forkOwner = gh[u"forkOwner"_s].toString();
    if (auto valid = validDraft(d); !valid)
        return fail(Tr::tr("The recorded draft “%1” is set aside: %2").arg(d.id, valid.error().message));
    return d;
}

bool DraftStoreContents::newerFormat() const { return format > formatVersion; }

PromotionDraftStore::PromotionDraftStore(const git::Repository &repo)
    : m_path(QDir(repo.path()).filePath(u"tierdesk/drafts.json"_s))
{
}

PromotionDraftStore::PromotionDraftStore(QString filePath) : m_path(std::move(filePath)) {}

namespace {
// The file as written: its format and every entry, valid or not.
struct RawStore {
    int format = 0;
    QJsonArray entries;
};

Result<RawStore> readRaw(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return RawStore{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Could not read the drafts file “%1”.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Tr::tr("The drafts file “%1” is damaged; move it away to start afresh.")
                        .arg(QDir::toNativeSeparators(path)),
                    error.errorString());
    const QJsonObject root = doc.object();
    return RawStore{root[u"format"_s].toInt(formatVersion), root[u"drafts"_s].toArray()};
}

// The entry's own fields over what it had: fields a newer Tierdesk wrote survive.
QJsonObject mergedInto(QJsonObject original, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        original.insert(it.key(), it.value());
    return original;
}
} // namespace

Result<DraftStoreContents> PromotionDraftStore::read() const
{
    auto raw = readRaw(m_path);
    if (!raw)
        return std::unexpected(raw.error());
    DraftStoreContents contents;
    contents.format = raw->format;
    for (const QJsonValue &v : std::as_const(raw->entries)) {
        auto d = draftFromJson(v.toObject());
        if (d)
            contents.drafts.append(std::move(*d));
        else
            contents.rejected.append(d.error().message);
    }
    std::stable_sort(contents.drafts.begin(), contents.drafts.end(),
                     [](const PromotionDraft &a, const PromotionDraft &b) { return a.created > b.created; });
    return contents;
}

Result<QList<PromotionDraft>> PromotionDraftStore::load() const
{
    auto contents = read();
    if (!contents)
        return std::unexpected(contents.error());
    return std::move(contents->drafts);
}

Result<PromotionDraft> PromotionDraftStore::find(const QString &id) const
{
    auto drafts = load();
    if (!drafts)
        return std::unexpected(drafts.error());
    for (const PromotionDraft &d : std::as_const(*drafts))
        if (d.id == id)
            return d;
    return fail(Tr::tr("There is no draft “%1”.").arg(id), {}, GIT_ENOTFOUND);
}

namespace {
// The entries after `drafts` replaced the valid ones: set-aside entries stay as they were.
QJsonArray rewritten(const QJsonArray &entries, const QList<PromotionDraft> &drafts)
{
    QHash<QString, QJsonObject> originals;
    QJsonArray out;
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        if (draftFromJson(o))
            originals.insert(o[u"id"_s].toString(), o);
        else
            out.append(o);
    }
    QJsonArray valid;
    for (const PromotionDraft &d : drafts)
        valid.append(mergedInto(originals.value(d.id), draftToJson(d)));
    for (const QJsonValue &v : std::as_const(out))
        valid.append(v);
    return valid;
}
} // namespace

template <class Change>
Status PromotionDraftStore::modify(Change change)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(Tr::tr("Could not create the folder for “%1”.").arg(QDir::toNativeSeparators(m_path)));
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return fail(Tr::tr("Another Tierdesk process is writing “%1”; try again.").arg(QDir::toNativeSeparators(m_path)));
    auto raw = readRaw(m_path);
    if (!raw)
        return std::unexpected(raw.error());
    if (raw->format > formatVersion)
        return fail(Tr::tr("The drafts file “%1” was written by a newer Tierdesk (format %2); this version reads it but "
                           "does not change it.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(raw->format));
    auto drafts = load();
    if (!drafts)
        return std::unexpected(drafts.error());
    change(*drafts);
    const QJsonArray array = rewritten(raw->entries, *drafts);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Tr::tr("Could not write the drafts file “%1”.").arg(QDir::toNativeSeparators(m_path)),
                    file.errorString());
    file.write(QJsonDocument(QJsonObject{{u"format"_s, formatVersion}, {u"drafts"_s, array}}).toJson());
    if (!file.commit())
        return fail(Tr::tr("Could not write the drafts file “%1”.").arg(QDir::toNativeSeparators(m_path)),
                    file.errorString());
    return {};
}

Status PromotionDraftStore::save(const PromotionDraft &draft)
{
    return modify([&](QList<PromotionDraft> &drafts) {
        for (PromotionDraft &d : drafts) {
            if (d.id == draft.id) {
                d = draft;
                return;
            }
        }
        drafts.prepend(draft);
    });
}

Status PromotionDraftStore::remove(const QString &id)
{
    return modify([&](QList<PromotionDraft> &drafts) {
        drafts.removeIf([&](const PromotionDraft &d) { return d.id == id; });
    });
}

} // namespace tierdesk
