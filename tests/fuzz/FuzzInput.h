// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a fuzz target gets: libFuzzer's bytes as the reader sees them.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace tierdesk::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace tierdesk::fuzz

// The one entry point of every target (libFuzzer's, or FuzzReplay's main).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
