// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ManifestStore.h"

#include "core/Tr.h"
#include "storage/StoreCodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr quint32 Magic = 0x54444d43; // "TDMC"
constexpr quint32 Format = 2;
constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;
constexpr quint32 MaxEntries = 10'000'000;

void writeParse(store::Writer &out, const ManifestParse &p)
{
    out.flag(p.ok);
    out.manifest(p.manifest);
    out.problems(p.problems);
}

// Every count and kind is checked: the file is read, not believed.
bool readParse(store::Reader &in, ManifestParse &p)
{
    p.ok = in.flag();
    p.manifest = in.manifest();
    p.problems = in.problems();
    return in.ok();
}
} // namespace

QString ManifestStore::fileFor(const QString &gitDir)
{
    return store::cacheFileFor(u"manifests", gitDir);
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
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxFileBytes)
        return false;
    const uchar *mapped = f.map(0, f.size());
    if (!mapped)
        return false;
    const auto body = store::unsealed(QByteArrayView(reinterpret_cast<const char *>(mapped), f.size()));
    if (!body)
        return false;
    store::Reader in(*body);
    if (!in.header(Magic, Format))
        return false;
    // The least an entry takes: two ids, the flag, nine strings, two lists and the problems.
    const quint32 count = in.count(MaxEntries, 2 * GIT_OID_SHA1_SIZE + 1 + 9 * 4 + 4 + 4 + 4);
    m_blobOfTree.reserve(count);
    m_parseOfBlob.reserve(count);
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        const git::ObjectId tree = in.id(), blob = in.id();
        auto parse = std::make_shared<ManifestParse>();
        if (!readParse(in, *parse))
            return false;
        m_blobOfTree.insert(tree, blob);
        m_parseOfBlob.insert(blob, std::move(parse));
    }
    return in.ok() && in.atEnd();
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
    store::Writer out;
    out.header(Magic, Format);
    out.u32(quint32(m_blobOfTree.size()));
    for (auto it = m_blobOfTree.cbegin(); it != m_blobOfTree.cend(); ++it) {
        out.id(it.key());
        out.id(it.value());
        writeParse(out, *m_parseOfBlob.value(it.value()));
    }
    if (!store::replaceCacheFile(m_file, out.sealed()))
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
