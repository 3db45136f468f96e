// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffSyntax.h"

#include "diff/DiffHighlighter.h"

#include <KSyntaxHighlighting/State>

namespace tierdesk {

bool DiffSyntax::suits(const QPalette &other) const
{
    // What Repository::themeForPalette() looks at.
    return palette.color(QPalette::Base) == other.color(QPalette::Base)
        && palette.color(QPalette::Highlight) == other.color(QPalette::Highlight);
}

const DiffSyntax::Formats &DiffSyntax::formats(int line, bool newSide, const QSet<int> &expandedGaps) const
{
    static const Formats none;
    if (line < 0 || line >= oldFormats.size())
        return none;
    if (const auto r = restarted.constFind(line); r != restarted.cend() && !expandedGaps.contains(r->gap))
        return newSide ? r->newFormats : r->oldFormats;
    return newSide ? newFormats[line] : oldFormats[line];
}

std::shared_ptr<const DiffSyntax> computeDiffSyntax(const FileDetail &detail, const QPalette &palette,
                                                    const std::function<bool()> &cancelled)
{
    auto syntax = std::make_shared<DiffSyntax>();
    syntax->palette = palette;
    const QList<DiffLine> &lines = detail.lines;
    const int n = int(lines.size());
    syntax->oldFormats.resize(n);
    syntax->newFormats.resize(n);
    if (n == 0)
        return syntax;
    const QList<DiffRows::Gap> gaps = DiffRows::gaps(lines);

    DiffHighlighter h; // this thread's definitions: no lock, other files highlight alongside
    h.setFileName(detail.delta.path);
    h.setPalette(palette);
    using KSyntaxHighlighting::State;
    for (const bool newSide : {false, true}) {
        QList<DiffSyntax::Formats> &out = newSide ? syntax->newFormats : syntax->oldFormats;
        State state;        // from the start of the file
        State restart;      // from the end of the last collapsed region
        int restartGap = -1; // -1 once `restart` has met `state`
        qsizetype nextGap = 0;
        for (int i = 0; i < n; ++i) {
            if ((i & 255) == 0 && cancelled && cancelled())
                return nullptr;
            if (nextGap < gaps.size() && gaps[nextGap].end == i) {
                restart = State();
                restartGap = gaps[nextGap++].start;
            }
            const DiffLine &line = lines[i];
            if (line.origin == (newSide ? DiffLine::Removed : DiffLine::Added))
                continue; // not a line of this file
            if (restartGap >= 0 && restart == state)
                restartGap = -1; // the same state from here on: the same formats
            if (restartGap >= 0) {
                DiffSyntax::Restarted &r = syntax->restarted[i];
                r.gap = restartGap;
                (newSide ? r.newKnown : r.oldKnown) = true;
                restart = h.highlightOne(line.text, restart, newSide ? &r.newFormats : &r.oldFormats);
            }
            state = h.highlightOne(line.text, state, &out[i]);
        }
    }
    // A restarted line lacks the side whose state had already met again: that side's formats are the continuous ones.
    for (auto it = syntax->restarted.begin(); it != syntax->restarted.end(); ++it) {
        const int i = it.key();
        const DiffLine::Origin origin = lines[i].origin;
        if (!it->oldKnown && origin != DiffLine::Added)
            it->oldFormats = syntax->oldFormats[i];
        if (!it->newKnown && origin != DiffLine::Removed)
            it->newFormats = syntax->newFormats[i];
    }
    return syntax;
}

} // namespace tierdesk
