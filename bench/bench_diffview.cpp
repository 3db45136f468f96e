// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the GUI thread is busy while DiffView opens a large file's
// difference (a 30,000-line YAML file with changes spread through it).
// Every event the GUI thread handles is timed (bench/TimedApplication.h), so the
// figures are what the user waits for: the sum, and the longest single stall.
// Usage: tierdesk-diffbench [LINES] [RUNS]   (run offscreen or under xvfb)
#include "diff/DiffEditor.h"
#include "diff/DiffTextPane.h"
#include "diff/DiffView.h"
#include "support/RepoBuilder.h"

#include "bench/TimedApplication.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tierdesk;
using namespace tierdesk::bench;

namespace {

QByteArray fields(int lines, bool updated)
{
    QByteArray out;
    out.reserve(lines * 32);
    int n = 0;
    for (int i = 0; n < lines; ++i, n += 3) {
        // About thirty changes, spread through the file: thirty hunks.
        const bool changed = updated && i % 330 == 7;
        out += "- name: nginx.access.field" + QByteArray::number(i) + "\n  type: " +
               (changed ? "long" : "keyword") + "\n  description: Field " + QByteArray::number(i) + " of the log.\n";
    }
    return out;
}

// Shown in full: coloured, and the documents built.
bool ready(const DiffView &view) { return view.textPane()->isHighlighted() && !view.textPane()->isBuilding(); }

struct Cases {
    QList<Figures> open, expand, unified, added;
};

// One run of each case on the view: open, expand, switch to unified, open the added file.
void runCases(TimedApplication &app, DiffView &view, const QString &repo, Cases &cases)
{
    const DiffSide from{u"production"_s, u"big"_s, u"1.0.0"_s, {}}, to{u"snapshot"_s, u"big"_s, u"1.1.0"_s, {}};
    const QString addedFile = u"data_stream/added/fields/fields.yml"_s;
    view.setMode(DiffMode::SideBySide);
    view.setComparison(repo, from, to);
    if (!QTest::qWaitFor([&] { return view.comparison() != nullptr; }, 60000))
        QTextStream(stderr) << "diffbench: the comparison timed out\n";
    // The comparison is cheap (one file); the file itself is what this measures.
    view.clear();
    cases.open.append(measure(
        app, [&] { view.setComparison(repo, from, to); }, [&] { return view.isFileShown() && ready(view); }));
    cases.expand.append(measure(app, [&] { view.textPane()->expandAll(); }, [&] { return ready(view); }));
    cases.unified.append(measure(app, [&] { view.setMode(DiffMode::Unified); }, [&] { return ready(view); }));
    cases.added.append(measure(app, [&] { view.selectFile(addedFile); }, [&] {
        return view.isFileShown() && view.comparison()->files[view.currentFile()].path == addedFile && ready(view);
    }));
}

void printCases(QTextStream &out, const Cases &cases, int lines, int runs)
{
    out << "files: " << lines << " lines modified in 30 places, and " << lines << " lines added; median of " << runs
        << " runs\n";
    out << "case                          gui-busy-ms  longest-event-ms  wall-ms\n";
    auto row = [&out](const char *name, const Figures &f) {
        out << QString::fromLatin1(name).leftJustified(30) << QString::number(f.busyMs, 'f', 1).rightJustified(11)
            << QString::number(f.longestMs, 'f', 1).rightJustified(18) << QString::number(f.wallMs, 'f', 1).rightJustified(9)
            << "\n";
    };
    row("open modified file", median(cases.open));
    row("expand all (side by side)", median(cases.expand));
    row("switch to unified (expanded)", median(cases.unified));
    row("open added file (unified)", median(cases.added));
}

// The parts: highlighting (worker work now) and filling an editor (GUI work).
void printParts(QTextStream &out, int lines, int runs)
{
    FileDetail detail;
    detail.delta.path = u"fields.yml"_s;
    QStringList texts;
    QList<DiffEditor::Row> rows;
    for (const QByteArray &l : fields(lines, false).split('\n')) {
        const int n = int(rows.size()) + 1;
        detail.lines.append({DiffLine::Added, 0, n, QString::fromUtf8(l), {}});
        texts.append(QString::fromUtf8(l));
        rows.append({RowKind::Added, 0, n, {}, -1, false});
    }
    QList<double> hlMs, fillMs, plainMs;
    DiffEditor editor;
    editor.resize(800, 600);
    editor.show();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const auto syntax = computeDiffSyntax(detail, editor.palette());
        hlMs.append(ms(t.nsecsElapsed()));
        t.restart();
        editor.setRows(rows, texts, syntax->newFormats);
        QCoreApplication::processEvents();
        fillMs.append(ms(t.nsecsElapsed()));
        t.restart();
        editor.setRows(rows, texts, {});
        QCoreApplication::processEvents();
        plainMs.append(ms(t.nsecsElapsed()));
    }
    out << "parts, " << rows.size() << " added lines: computeDiffSyntax " << QString::number(medianOf(hlMs), 'f', 1)
        << " ms; DiffEditor::setRows with formats " << QString::number(medianOf(fillMs), 'f', 1)
        << " ms, without " << QString::number(medianOf(plainMs), 'f', 1) << " ms\n";
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int lines = args.size() > 1 ? args[1].toInt() : 30000;
    const int runs = args.size() > 2 ? args[2].toInt() : 5;
    QTextStream out(stdout);

    RepoBuilder b;
    b.commit(u"production"_s, {{u"packages/big/1.0.0/data_stream/access/fields/fields.yml"_s, fields(lines, false)}});
    b.commit(u"snapshot"_s, {{u"packages/big/1.1.0/data_stream/access/fields/fields.yml"_s, fields(lines, true)},
                             {u"packages/big/1.1.0/data_stream/added/fields/fields.yml"_s, fields(lines, false)}});
    DiffView view;
    view.resize(1280, 800);
    view.show();
    Cases cases;
    for (int run = 0; run < runs; ++run)
        runCases(app, view, b.path(), cases);
    printCases(out, cases, lines, runs);
    printParts(out, lines, runs);
    return 0;
}
