// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// manifest.yml as the tier reader parses it, then what the views derive from it.
#include "fuzz/FuzzInput.h"

#include "storage/Manifest.h"

using namespace tierdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ManifestParse parsed = ManifestParse::parse(fuzz::bytes(data, size));
    if (parsed.ok) {
        volatile qsizetype sink = parsed.manifest.releaseStage().size() + parsed.manifest.categories.size()
                                  + parsed.manifest.icons.size() + parsed.problems.size();
        (void)sink;
    }
    return 0;
}
