// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pull-request titles, which anyone who can open a pull request upstream
// writes: parseTitle never crashes, and a title it reads is one Tierdesk would
// write the same way: parsing formatTitle's text of it gives it back.
#include "fuzz/FuzzInput.h"

#include "promotion/PullRequestTitle.h"

#include <cstdlib>

using namespace tierdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = parseTitle(fuzz::text(data, size));
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    const QString again = formatTitle(*parsed);
    if (again.size() > maxTitleLength)
        std::abort();
    const auto reparsed = parseTitle(again);
    if (!reparsed || *reparsed != *parsed)
        std::abort();
    return 0;
}
