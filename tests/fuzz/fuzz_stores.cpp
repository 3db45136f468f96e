// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tierdesk's own cache files (lib/storage/StoreCodec.h): the manifest store as
// a file, and the codec's reader on its own. The input is a file's body: it
// is sealed here, so the checksum passes and every field reaches the reader
// (a random file would fail the checksum first). Also the --packages list's
// names (packagesNamedIn), which choose what a scoped read reads.
#include "fuzz/FuzzInput.h"

#include "promotion/PromotionPlan.h"
#include "storage/ManifestStore.h"
#include "storage/StoreCodec.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tierdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArray body = fuzz::bytes(data, size);
    const QString path = dir.filePath(QStringLiteral("manifests.cache"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(store::seal(body));
    }
    volatile qsizetype sink = ManifestStore(path).size();
    // Every kind of field, in an order no file has: each must stay within the bytes.
    store::Reader in(body);
    while (in.ok() && !in.atEnd()) {
        sink = sink + in.text().size() + in.manifest().categories.size() + in.problems().size()
               + in.time().isValid() + in.id().isNull() + in.texts().size();
    }
    sink = sink + packagesNamedIn(fuzz::text(data, size)).size();
    (void)sink;
    return 0;
}
