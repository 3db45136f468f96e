// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// conditions.kibana.version as manifests write it, asked about a few stack
// versions and about a version written after the first newline.
#include "fuzz/FuzzInput.h"

#include "core/VersionConstraint.h"

using namespace tierdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    const qsizetype cut = input.indexOf(u'\n');
    const auto constraint = VersionConstraint::parse(cut < 0 ? QStringView(input) : QStringView(input).left(cut));
    if (!constraint)
        return 0;
    volatile int accepted = 0;
    for (const Version &v : {Version(8, 6, 0), Version(7, 17, 3), Version(0, 0, 0), Version(~0ull, ~0ull, ~0ull)})
        accepted = accepted + int(constraint->accepts(v));
    if (cut >= 0)
        if (const auto v = Version::parseLoose(QStringView(input).mid(cut + 1)))
            accepted = accepted + int(constraint->accepts(*v));
    (void)accepted;
    return 0;
}
