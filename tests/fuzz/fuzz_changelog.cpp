// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// changelog.yml, then the look-ups details, diffs and PR bodies make in it.
#include "fuzz/FuzzInput.h"

#include "storage/Changelog.h"

using namespace tierdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto changelog = Changelog::parse(fuzz::bytes(data, size));
    if (!changelog)
        return 0;
    const QString first = changelog->entries.isEmpty() ? QString() : changelog->entries.first().version;
    const QString last = changelog->entries.isEmpty() ? QString() : changelog->entries.last().version;
    volatile bool found = changelog->entry(first) != nullptr && changelog->entry(QStringLiteral("1.0.0")) != nullptr;
    volatile qsizetype between = changelog->entriesBetween(last, first).size()
                                 + changelog->entriesBetween(QString(), first).size();
    (void)found;
    (void)between;
    return 0;
}
