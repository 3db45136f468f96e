// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StoreCodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QtEndian>

#include <filesystem>

#include <zlib.h>

namespace tierdesk::store {

namespace {
constexpr quint32 NullText = 0xffffffff; // a null QString, distinct from an empty one
constexpr quint32 Repeated = 0x80000000; // with the number of a string written before; else a byte length
constexpr quint32 MaxIcons = 10'000;
constexpr quint32 MaxProblems = 1'000'000;
constexpr int ChecksumBytes = 4;
constexpr int TextBytes = 4; // the least a string takes: its length or number

quint32 crcOf(QByteArrayView bytes)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    // zlib takes at most uInt bytes at a time.
    for (qsizetype at = 0; at < bytes.size();) {
        const uInt n = uInt(std::min<qsizetype>(bytes.size() - at, 1 << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(bytes.data() + at), n);
        at += n;
    }
    return quint32(crc);
}

// Problem texts are stored translated: a file written in another language is foreign.
QString languageProbe()
{
    return QCoreApplication::translate("Manifest", "The manifest has no “name”.");
}
} // namespace

QString cacheFileFor(QStringView folder, const QString &gitDir)
{
    const QString canonical = QFileInfo(gitDir).canonicalFilePath();
    const QByteArray key =
        QCryptographicHash::hash((canonical.isEmpty() ? gitDir : canonical).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/tierdesk/")
           + folder + u'/' + QString::fromLatin1(key) + QStringLiteral(".cache");
}

void Writer::header(quint32 magic, quint32 format)
{
    u32(magic);
    u32(format);
    text(languageProbe());
}

bool Reader::header(quint32 magic, quint32 format)
{
    const quint32 m = u32(), f = u32();
    return ok() && m == magic && f == format && text() == languageProbe();
}

void Writer::u32(quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    m_bytes.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void Writer::i64(qint64 v)
{
    const qint64 le = qToLittleEndian(v);
    m_bytes.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void Writer::text(const QString &s)
{
    if (s.isNull()) {
        u32(NullText);
        return;
    }
    if (const auto at = m_written.constFind(s); at != m_written.cend()) {
        u32(Repeated | *at);
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    u32(quint32(utf8.size()) & ~Repeated); // a string is never 2 GB: the file would be refused
    m_bytes.append(utf8);
    m_written.insert(s, quint32(m_written.size()));
}

void Writer::texts(const QStringList &list)
{
    u32(quint32(list.size()));
    for (const QString &s : list)
        text(s);
}

void Writer::id(const git::ObjectId &id)
{
    m_bytes.append(reinterpret_cast<const char *>(id.raw()->id), GIT_OID_SHA1_SIZE);
}

void Writer::time(const QDateTime &t)
{
    flag(t.isValid());
    if (t.isValid()) {
        i64(t.toSecsSinceEpoch());
        i64(t.offsetFromUtc());
    }
}

void Writer::manifest(const Manifest &m)
{
    for (const QString *s : {&m.name, &m.title, &m.version, &m.type, &m.release, &m.description, &m.formatVersion,
                             &m.kibanaVersion, &m.ownerGithub})
        text(*s);
    texts(m.categories);
    u32(quint32(m.icons.size()));
    for (const ManifestIcon &i : m.icons)
        for (const QString *s : {&i.src, &i.title, &i.size, &i.type})
            text(*s);
}

void Writer::problems(const Problems &problems)
{
    u32(quint32(problems.size()));
    for (const Problem &p : problems) {
        u32(quint32(p.kind));
        text(p.message);
        text(p.path);
    }
}

QByteArray Writer::sealed() const
{
    return seal(m_bytes);
}

const char *Reader::take(qsizetype n)
{
    if (m_failed || n < 0 || n > m_end - m_at) {
        m_failed = true;
        return nullptr;
    }
    const char *at = m_at;
    m_at += n;
    return at;
}

quint32 Reader::u32()
{
    const char *p = take(sizeof(quint32));
    return p ? qFromLittleEndian<quint32>(p) : 0;
}

qint64 Reader::i64()
{
    const char *p = take(sizeof(qint64));
    return p ? qFromLittleEndian<qint64>(p) : 0;
}

bool Reader::flag()
{
    const char *p = take(1);
    if (p && *p != 0 && *p != 1)
        m_failed = true;
    return p && *p == 1;
}

quint32 Reader::count(quint32 max, int minBytes)
{
    const quint32 n = u32();
    // A count whose items would not fit in what is left is a lie.
    if (n > max || qint64(n) * std::max(minBytes, 1) > m_end - m_at)
        m_failed = true;
    return m_failed ? 0 : n;
}

QString Reader::text()
{
    const quint32 n = u32();
    if (m_failed || n == NullText)
        return {};
    if (n & Repeated) {
        const quint32 number = n & ~Repeated;
        if (number >= quint32(m_strings.size())) {
            m_failed = true;
            return {};
        }
        return m_strings[number];
    }
    const char *p = take(qsizetype(n));
    if (!p)
        return {};
    m_strings.append(QString::fromUtf8(p, qsizetype(n)));
    return m_strings.constLast();
}

QStringList Reader::texts()
{
    const quint32 n = count(MaxProblems, TextBytes);
    QStringList out;
    out.reserve(n);
    for (quint32 i = 0; i < n && ok(); ++i)
        out.append(text());
    return out;
}

git::ObjectId Reader::id()
{
    const char *p = take(GIT_OID_SHA1_SIZE);
    if (!p)
        return {};
    git_oid oid;
    git_oid_fromraw(&oid, reinterpret_cast<const unsigned char *>(p));
    return git::ObjectId(oid);
}

QDateTime Reader::time()
{
    if (!flag())
        return {};
    const qint64 secs = i64();
    const qint64 offset = i64();
    // Only what a time zone can be (and so what this file can have written).
    if (offset < QTimeZone::MinUtcOffsetSecs || offset > QTimeZone::MaxUtcOffsetSecs)
        m_failed = true;
    return m_failed ? QDateTime() : QDateTime::fromSecsSinceEpoch(secs, QTimeZone::fromSecondsAheadOfUtc(int(offset)));
}

Manifest Reader::manifest()
{
    Manifest m;
    for (QString *s : {&m.name, &m.title, &m.version, &m.type, &m.release, &m.description, &m.formatVersion,
                       &m.kibanaVersion, &m.ownerGithub})
        *s = text();
    m.categories = texts();
    const quint32 icons = count(MaxIcons, 4 * TextBytes);
    m.icons.reserve(icons);
    for (quint32 i = 0; i < icons && ok(); ++i) {
        ManifestIcon icon;
        for (QString *s : {&icon.src, &icon.title, &icon.size, &icon.type})
            *s = text();
        m.icons.append(std::move(icon));
    }
    return m;
}

Problems Reader::problems()
{
    const quint32 n = count(MaxProblems, 4 + 2 * TextBytes);
    Problems out;
    out.reserve(n);
    for (quint32 i = 0; i < n && ok(); ++i) {
        const quint32 kind = u32();
        if (kind > quint32(ProblemKind::TierUnreadable))
            m_failed = true;
        Problem p{ProblemKind(std::min(kind, quint32(ProblemKind::TierUnreadable))), text(), {}};
        p.path = text();
        out.append(std::move(p));
    }
    return ok() ? out : Problems();
}

QByteArray seal(QByteArrayView body)
{
    QByteArray out;
    out.reserve(body.size() + ChecksumBytes);
    out.append(body);
    const quint32 crc = qToLittleEndian(crcOf(body));
    out.append(reinterpret_cast<const char *>(&crc), sizeof crc);
    return out;
}

std::optional<QByteArrayView> unsealed(QByteArrayView file)
{
    if (file.size() < ChecksumBytes)
        return std::nullopt;
    const QByteArrayView body = file.first(file.size() - ChecksumBytes);
    if (qFromLittleEndian<quint32>(file.data() + body.size()) != crcOf(body))
        return std::nullopt;
    return body;
}

bool replaceCacheFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QTemporaryFile file(path + QStringLiteral(".XXXXXX")); // removed unless renamed
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return false;
    std::error_code ec;
    std::filesystem::rename(file.fileName().toStdString(), path.toStdString(), ec); // replaces at once
    if (ec)
        return false;
    file.setAutoRemove(false);
    return true;
}

} // namespace tierdesk::store
