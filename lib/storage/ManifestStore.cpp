// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ManifestStore.h"

#include "core/Tr.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr quint32 Magic = 0x54444d43; // "TDMC"
constexpr quint32 Format = 1;
constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;
constexpr int HashBytes = 20; // SHA-1 of everything before it

// Problem texts are stored translated: a store written in another language is foreign.
QString languageProbe()
{
    return QCoreApplication::translate("Manifest", "The manifest has no “name”.");
}

QByteArray idBytes(const git::ObjectId &id)
{
    return QByteArray(reinterpret_cast<const char *>(id.raw()->id), GIT_OID_SHA1_SIZE);
}

std::optional<git::ObjectId> idFrom(const QByteArray &bytes)
{
    if (bytes.size() != GIT_OID_SHA1_SIZE)
        return std::nullopt;
    git_oid oid;
    git_oid_fromraw(&oid, reinterpret_cast<const unsigned char *>(bytes.constData()));
    return git::ObjectId(oid);
}

void writeParse(QDataStream &out, const ManifestParse &p)
{
    const Manifest &m = p.manifest;
    out << p.ok << m.name << m.title << m.version << m.type << m.release << m.description << m.formatVersion
        << m.kibanaVersion << m.ownerGithub << m.categories << quint32(m.icons.size());
    for (const ManifestIcon &i : m.icons)
        out << i.src << i.title << i.size << i.type;
    out << quint32(p.problems.size());
    for (const Problem &problem : p.problems)
        out << qint32(problem.kind) << problem.message << problem.path;
}

// Every count and kind is checked: the file is read, not believed.
bool readParse(QDataStream &in, ManifestParse &p)
{
    Manifest &m = p.manifest;
    quint32 icons = 0, problems = 0;
    in >> p.ok >> m.name >> m.title >> m.version >> m.type >> m.release >> m.description >> m.formatVersion
        >> m.kibanaVersion >> m.ownerGithub >> m.categories >> icons;
    if (in.status() != QDataStream::Ok || icons > 10000)
        return false;
    for (quint32 i = 0; i < icons; ++i) {
        ManifestIcon icon;
        in >> icon.src >> icon.title >> icon.size >> icon.type;
        m.icons.append(icon);
    }
    in >> problems;
    if (in.status() != QDataStream::Ok || problems > 10000)
        return false;
    for (quint32 i = 0; i < problems; ++i) {
        qint32 kind = -1;
        Problem problem{ProblemKind::ManifestInvalid, {}, {}};
        in >> kind >> problem.message >> problem.path;
        if (kind < 0 || kind > qint32(ProblemKind::NoPackagesDirectory))
            return false;
        problem.kind = ProblemKind(kind);
        p.problems.append(problem);
    }
    return in.status() == QDataStream::Ok;
}
} // namespace

QString ManifestStore::fileFor(const QString &gitDir)
{
    const QString canonical = QFileInfo(gitDir).canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash((canonical.isEmpty() ? gitDir : canonical).toUtf8(),
                                                    QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/tierdesk/manifests/"_s
           + QString::fromLatin1(key) + u".cache"_s;
}

std::shared_ptr<ManifestStore> ManifestStore::forRepository(const QString &gitDir)
{
    // For measuring a first run, and for whoever wants nothing kept: TIERDESK_NO_MANIFEST_STORE=1.
    if (qEnvironmentVariableIntValue("TIERDESK_NO_MANIFEST_STORE") > 0)
        return nullptr;
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<ManifestStore>> stores;
    const QString file = fileFor(gitDir);
    QMutexLocker lock(&mutex);
    auto &store = stores[file];
    if (!store)
        store = std::make_shared<ManifestStore>(file);
    return store;
}

ManifestStore::ManifestStore(QString file) : m_file(std::move(file)) {}

void ManifestStore::ensureLoaded() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    auto *self = const_cast<ManifestStore *>(this); // loading is not a change anyone sees
    if (QFileInfo::exists(m_file) && !self->load()) {
        m_rejected = true;
        self->m_blobOfTree.clear();
        self->m_parseOfBlob.clear();
        m_dirty = true; // rewritten by the next save
    }
}

bool ManifestStore::wasRejected() const
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    return m_rejected;
}

bool ManifestStore::load()
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxFileBytes || f.size() < HashBytes)
        return false;
    const QByteArray bytes = f.readAll();
    const QByteArrayView body(bytes.constData(), bytes.size() - HashBytes);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha1) != bytes.right(HashBytes))
        return false;
    QDataStream in(body.toByteArray());
    in.setVersion(QDataStream::Qt_6_5);
    quint32 magic = 0, format = 0, count = 0;
    QString probe;
    in >> magic >> format >> probe >> count;
    if (in.status() != QDataStream::Ok || magic != Magic || format != Format || probe != languageProbe())
        return false;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray tree, blob;
        auto parse = std::make_shared<ManifestParse>();
        in >> tree >> blob;
        const auto treeId = idFrom(tree), blobId = idFrom(blob);
        if (!treeId || !blobId || !readParse(in, *parse))
            return false;
        m_blobOfTree.insert(*treeId, *blobId);
        m_parseOfBlob.insert(*blobId, std::move(parse));
    }
    return in.atEnd();
}

std::optional<ManifestStore::Hit> ManifestStore::find(const git::ObjectId &tree) const
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    const auto blob = m_blobOfTree.constFind(tree);
    if (blob == m_blobOfTree.cend())
        return std::nullopt;
    return Hit{*blob, m_parseOfBlob.value(*blob)};
}

void ManifestStore::insert(const git::ObjectId &tree, const git::ObjectId &blob,
                           std::shared_ptr<const ManifestParse> parse)
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    m_blobOfTree.insert(tree, blob);
    m_parseOfBlob.insert(blob, std::move(parse));
    m_dirty = true;
}

bool ManifestStore::save()
{
    QMutexLocker lock(&m_mutex);
    if (!m_loaded)
        return true; // never used: nothing to add
    if (!m_dirty)
        return true;
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_5);
    out << Magic << Format << languageProbe() << quint32(m_blobOfTree.size());
    for (auto it = m_blobOfTree.cbegin(); it != m_blobOfTree.cend(); ++it) {
        out << idBytes(it.key()) << idBytes(it.value());
        writeParse(out, *m_parseOfBlob.value(it.value()));
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(body);
    f.write(QCryptographicHash::hash(body, QCryptographicHash::Sha1));
    if (!f.commit())
        return false;
    m_dirty = false;
    return true;
}

qsizetype ManifestStore::size() const
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    return m_blobOfTree.size();
}

} // namespace tierdesk
