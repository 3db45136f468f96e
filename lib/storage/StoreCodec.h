// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The encoding of Tierdesk's own cache files (the manifest store, the snapshot
// store): little-endian integers, UTF-8 strings with their byte length, raw
// object ids, and a CRC-32 trailer over everything before it. A string written
// before is written again as its number: most manifest fields repeat from
// version to version, and the strings read back share one copy. A file is read
// straight from its mapped bytes, every length checked against what is left,
// so a torn, truncated or foreign file is refused, never believed. The
// checksum finds damage (a torn write, a flipped bit); these files live in the
// user's own cache directory and are checked field by field as they are read.
#include "core/Problem.h"
#include "git/ObjectId.h"
#include "storage/Manifest.h"
#include "tierdesk_core_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tierdesk::store {

class TIERDESK_CORE_EXPORT Writer {
public:
    // What every cache file starts with: its kind, its format and the language of its texts.
    void header(quint32 magic, quint32 format);
    void u32(quint32 v);
    void i64(qint64 v);
    void flag(bool v) { m_bytes.append(char(v ? 1 : 0)); }
    void text(const QString &s);
    void texts(const QStringList &list);
    void id(const git::ObjectId &id);
    void time(const QDateTime &t);
    void manifest(const Manifest &m);
    void problems(const Problems &problems);
    // The bytes with their checksum appended: what goes into the file.
    QByteArray sealed() const;

private:
    QByteArray m_bytes;
    QHash<QString, quint32> m_written; // each distinct string by the number it was written as
};

class TIERDESK_CORE_EXPORT Reader {
public:
    explicit Reader(QByteArrayView bytes) : m_at(bytes.data()), m_end(bytes.data() + bytes.size()) {}
    // False from the first read that did not fit or made no sense; every later read returns empty.
    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_at == m_end; }
    // Whether the file starts as Writer::header(magic, format) in this process's language wrote it.
    bool header(quint32 magic, quint32 format);
    // A count that must not exceed `max`, of items that take at least `minBytes` each in
    // the file (else the reader fails): a hostile count cannot make it allocate beyond the file.
    quint32 count(quint32 max, int minBytes);
    quint32 u32();
    qint64 i64();
    bool flag();
    QString text();
    QStringList texts();
    git::ObjectId id();
    QDateTime time();
    Manifest manifest();
    Problems problems();

private:
    const char *take(qsizetype n);
    const char *m_at;
    const char *m_end;
    bool m_failed = false;
    QList<QString> m_strings; // every distinct string so far, by number
};

// The cache file of kind `folder` ("manifests", "snapshots") for the repository at `gitDir`.
TIERDESK_CORE_EXPORT QString cacheFileFor(QStringView folder, const QString &gitDir);

// `body` with its checksum appended, and the body of a sealed file whose checksum holds.
TIERDESK_CORE_EXPORT QByteArray seal(QByteArrayView body);
TIERDESK_CORE_EXPORT std::optional<QByteArrayView> unsealed(QByteArrayView file);

// Writes a cache file whole or not at all (a reader sees the old file or the new one) without
// forcing it to the disk: a file a crash left torn fails its checksum and is rebuilt, so an
// fsync (tens of milliseconds after a large write elsewhere, such as a clone) buys nothing.
TIERDESK_CORE_EXPORT bool replaceCacheFile(const QString &path, const QByteArray &bytes);

} // namespace tierdesk::store
