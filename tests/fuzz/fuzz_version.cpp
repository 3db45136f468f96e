// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Directory names as versions, strict and loose, and the ordering between them:
// the input's halves (split at the first newline) are compared both ways.
#include "fuzz/FuzzInput.h"

#include "core/Version.h"

#include <cstdlib>

using namespace tierdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    const qsizetype cut = input.indexOf(u'\n');
    const QStringView a = cut < 0 ? QStringView(input) : QStringView(input).left(cut);
    const QStringView b = cut < 0 ? QStringView() : QStringView(input).mid(cut + 1);
    for (auto parse : {&Version::parse, &Version::parseLoose}) {
        const auto x = parse(a);
        const auto y = parse(b);
        if (x) {
            // A strict version prints as it parses and parses back to itself.
            if (parse == &Version::parse && Version::parse(x->toString()) != x)
                std::abort();
            (void)qHash(*x);
        }
        if (x && y && (x->compare(*y) == std::strong_ordering::less) != (y->compare(*x) == std::strong_ordering::greater))
            std::abort(); // the ordering is antisymmetric
    }
    return 0;
}
