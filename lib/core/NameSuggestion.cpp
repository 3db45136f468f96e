// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/NameSuggestion.h"

#include <algorithm>

namespace tierdesk {

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

QStringList closestFirst(const QString &name, QStringList candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [&name](const QString &a, const QString &b) {
        return editDistance(a, name) < editDistance(b, name);
    });
    return candidates;
}

QStringList nearestNames(const QString &name, const QStringList &candidates, int count)
{
    // A third of the name's length (at least two edits) still reads as a typo; more is another name.
    const int allowed = std::max(2, int(name.size()) / 3);
    QStringList near;
    for (const QString &c : closestFirst(name.toLower(), candidates)) {
        if (near.size() >= count)
            break;
        const QString lower = c.toLower();
        if (editDistance(lower, name.toLower()) <= allowed || (name.size() >= 3 && lower.contains(name.toLower())))
            near.append(c);
    }
    return near;
}

} // namespace tierdesk
