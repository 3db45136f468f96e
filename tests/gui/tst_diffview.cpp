// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DiffView offscreen: background comparison, file list, modes, navigation,
// collapsed regions, synchronised scrolling and pictures.
#include "diff/DiffEditor.h"
#include "diff/DiffFileList.h"
#include "diff/DiffImagePane.h"
#include "diff/DiffSummary.h"
#include "diff/DiffTextPane.h"
#include "diff/DiffView.h"
#include "support/RepoBuilder.h"
#include "support/TestImages.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QScopeGuard>
#include <QVBoxLayout>
#include <QToolBar>
#include <QToolButton>
#include <QSettings>
#include <QLabel>
#include <QSplitter>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
using testimages::png;
using testimages::svg;

QByteArray readme(int changedA, int changedB)
{
    QByteArray out;
    for (int i = 1; i <= 80; ++i) {
        if (i == changedA || i == changedB)
            out += "Line " + QByteArray::number(i) + " was rewritten.\n";
        else
            out += "Line " + QByteArray::number(i) + " stays.\n";
    }
    return out;
}

void buildRepo(RepoBuilder &b)
{
    const QString o = u"packages/nginx/1.2.0/"_s;
    const QString n = u"packages/nginx/1.3.0/"_s;
    Files before = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    before.insert(o + u"docs/README.md"_s, readme(0, 0));
    before.insert(o + u"img/logo.png"_s, png(Qt::red));
    before.insert(o + u"img/logo.svg"_s, svg(u"#ff0000"_s));
    b.commit(u"production"_s, before);
    b.commitEdit(
        u"production"_s, [&](git::TreeEditor &e) { QVERIFY(bool(e.putFile(o + u"run.sh"_s, "echo\n", true))); }, u"mode"_s);
    Files after = RepoBuilder::package(u"nginx"_s, u"1.3.0"_s);
    after.insert(n + u"docs/README.md"_s, readme(5, 60));
    after.insert(n + u"img/logo.png"_s, png(Qt::blue));
    after.insert(n + u"img/logo.svg"_s, svg(u"#0000ff"_s));
    after.insert(n + u"run.sh"_s, "echo\n");
    b.commit(u"snapshot"_s, after);
}

int rowOfKind(const DiffEditor *editor, RowKind kind)
{
    for (int r = 0; r < editor->rows().size(); ++r)
        if (editor->rows()[r].kind == kind)
            return r;
    return -1;
}

struct Opened {
    RepoBuilder b;
    DiffView view;
    Opened()
    {
        buildRepo(b);
        view.resize(1280, 800);
        view.show();
        view.setComparison(b.path(), {u"production"_s, u"nginx"_s, u"1.2.0"_s, {}},
                           {u"snapshot"_s, u"nginx"_s, u"1.3.0"_s, {}});
    }
    bool openFile(const QString &path)
    {
        if (!QTest::qWaitFor([this] { return view.comparison() != nullptr; }, 20000))
            return false;
        if (!view.selectFile(path))
            return false;
        return QTest::qWaitFor([this, path] {
            return view.isFileShown() && view.comparison()->files[view.currentFile()].path == path;
        }, 20000);
    }
};
} // namespace

class TestDiffView : public QObject {
    Q_OBJECT
private slots:
    void listsFilesInTheBackground();
    void switchModes();
    void nextAndPreviousChange();
    void pastTheLastChangeGoesToTheNextFile();
    void collapsedRegionExpands();
    void synchronisedScrolling();
    void pictures();
    void hideModeOnlyChanges();
    void manyFilesStayResponsive();
    void fileListShowsFullPaths();
    void cosmeticDifferencesNamed();
    void failuresAndIdenticalVersions();
    void syntaxComesWithTheFile();
    void noNewlineMarker();
    void noNewlineMarkerOnBothSides();
    void narrowViewDegradesGracefully();
    void longFilesAreBuiltInTheBackground();
};

void TestDiffView::listsFilesInTheBackground()
{
    Opened o;
    QVERIFY(o.view.isComputing()); // setComparison returned before any git work was done
    QVERIFY(!o.view.comparison());
    QSignalSpy ready(&o.view, &DiffView::comparisonReady);
    QTRY_COMPARE_WITH_TIMEOUT(o.view.fileModel()->rowCount(), 6, 20000);
    QCOMPARE(ready.size(), 1);
    QVERIFY(!o.view.isComputing());
    QStringList paths;
    for (int r = 0; r < o.view.fileModel()->rowCount(); ++r)
        paths.append(o.view.fileModel()->index(r).data().toString());
    QCOMPARE(paths, (QStringList{u"changelog.yml"_s, u"docs/README.md"_s, u"img/logo.png"_s, u"img/logo.svg"_s,
                                 u"manifest.yml"_s, u"run.sh"_s}));
    const QModelIndex readme = o.view.fileModel()->index(1);
    QCOMPARE(readme.data(DiffFileModel::AddedRole).toInt(), 2);
    QCOMPARE(readme.data(DiffFileModel::RemovedRole).toInt(), 2);
    QCOMPARE(o.view.fileModel()->index(5).data(DiffFileModel::ShortNoteRole).toString(), u"mode"_s);
    // The manifest summary is at the top.
    QVERIFY(o.view.manifestSummary().field(u"version"_s));
    QVERIFY(o.view.summaryView()->toPlainText().contains(u"1.3.0"_s));
    QVERIFY(o.view.summaryView()->height() > 20);
    // The first file opens by itself.
    QTRY_VERIFY(o.view.isFileShown());
    QCOMPARE(o.view.currentFile(), 0);
}

void TestDiffView::switchModes()
{
    Opened o;
    QVERIFY(o.openFile(u"docs/README.md"_s));
    QCOMPARE(o.view.currentPage(), o.view.textPane());
    DiffTextPane *pane = o.view.textPane();
    QCOMPARE(o.view.mode(), DiffMode::SideBySide);
    QVERIFY(pane->rightEditor()->isVisible());
    QCOMPARE(pane->leftEditor()->rows().size(), pane->rightEditor()->rows().size());
    QVERIFY(rowOfKind(pane->leftEditor(), RowKind::Removed) >= 0);
    QCOMPARE(rowOfKind(pane->leftEditor(), RowKind::Added), -1);
    QCOMPARE(pane->leftEditor()->numbers(), DiffEditor::Numbers::Old);

    QSignalSpy changed(&o.view, &DiffView::modeChanged);
    o.view.setMode(DiffMode::Unified);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!pane->rightEditor()->isVisible());
    QVERIFY(rowOfKind(pane->leftEditor(), RowKind::Added) > rowOfKind(pane->leftEditor(), RowKind::Removed));
    QCOMPARE(pane->leftEditor()->numbers(), DiffEditor::Numbers::Both);
    QCOMPARE(pane->changeCount(), 2);
    QCOMPARE(pane->currentChange(), 0);

    // The mode buttons are actions too.
    const auto actions = o.view.actions();
    for (QAction *a : actions)
        if (a->text() == u"Side by side"_s)
            a->trigger();
    QCOMPARE(o.view.mode(), DiffMode::SideBySide);
    QVERIFY(pane->rightEditor()->isVisible());
}

void TestDiffView::nextAndPreviousChange()
{
    Opened o;
    QVERIFY(o.openFile(u"docs/README.md"_s));
    DiffTextPane *pane = o.view.textPane();
    DiffEditor *left = pane->leftEditor();
    const QList<int> starts = pane->rows().changeStarts();
    QCOMPARE(starts.size(), 2);
    QCOMPARE(pane->currentChange(), 0); // a file opens at its first change
    QCOMPARE(left->cursorRow(), starts[0]);

    o.view.nextChange();
    QCOMPARE(pane->currentChange(), 1);
    QCOMPARE(left->cursorRow(), starts[1]);
    QCOMPARE(pane->rightEditor()->cursorRow(), starts[1]);
    o.view.previousChange();
    QCOMPARE(pane->currentChange(), 0);
    QCOMPARE(left->cursorRow(), starts[0]);

    // The shortcut, with the focus in the text.
    o.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&o.view));
    left->setFocus();
    QTest::keyClick(left, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(pane->currentChange(), 1);
    QCOMPARE(left->cursorRow(), starts[1]);
    QTest::keyClick(left, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(left->cursorRow(), starts[0]);
}

void TestDiffView::pastTheLastChangeGoesToTheNextFile()
{
    Opened o;
    QVERIFY(o.openFile(u"docs/README.md"_s));
    o.view.nextChange(); // the second and last change
    QCOMPARE(o.view.textPane()->currentChange(), 1);
    o.view.nextChange(); // on to img/logo.png
    QTRY_VERIFY(o.view.isFileShown() && o.view.currentFile() == 2);
    QCOMPARE(o.view.currentPage(), o.view.imagePane());
    o.view.previousChange(); // back to README's last change
    QTRY_VERIFY(o.view.isFileShown() && o.view.currentFile() == 1);
    QCOMPARE(o.view.currentPage(), o.view.textPane());
    QCOMPARE(o.view.textPane()->currentChange(), 1);
}

void TestDiffView::collapsedRegionExpands()
{
    Opened o;
    QVERIFY(o.openFile(u"docs/README.md"_s));
    DiffTextPane *pane = o.view.textPane();
    DiffEditor *left = pane->leftEditor();
    QVERIFY(pane->hasCollapsed());
    const int before = int(left->rows().size());
    const int row = rowOfKind(left, RowKind::Collapsed);
    QVERIFY(row >= 0);
    QVERIFY(left->document()->findBlockByNumber(row).text().contains(u"unchanged lines"_s));
    left->goToRow(row);
    const QRect rect = left->rowRect(row);
    QVERIFY(left->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(left->rows().size() > before);
    QCOMPARE(pane->leftEditor()->rows().size(), pane->rightEditor()->rows().size());
    // "Expand all" shows every line: 80 rows, the two rewritten lines facing their old versions.
    for (QAction *a : o.view.actions())
        if (a->text() == u"Expand all"_s)
            a->trigger();
    QVERIFY(!pane->hasCollapsed());
    QCOMPARE(left->rows().size(), 80);
}

void TestDiffView::synchronisedScrolling()
{
    Opened o;
    QVERIFY(o.openFile(u"docs/README.md"_s));
    DiffTextPane *pane = o.view.textPane();
    pane->expandAll();
    QScrollBar *left = pane->leftEditor()->verticalScrollBar();
    QScrollBar *right = pane->rightEditor()->verticalScrollBar();
    QVERIFY(left->maximum() > 10);
    QCOMPARE(left->maximum(), right->maximum());
    left->setValue(17);
    QCOMPARE(right->value(), 17);
    right->setValue(5);
    QCOMPARE(left->value(), 5);
}

void TestDiffView::pictures()
{
    Opened o;
    QVERIFY(o.openFile(u"img/logo.png"_s));
    QCOMPARE(o.view.currentPage(), o.view.imagePane());
    QCOMPARE(o.view.imagePane()->oldImage().pixelColor(8, 8), QColor(Qt::red));
    QCOMPARE(o.view.imagePane()->newImage().pixelColor(8, 8), QColor(Qt::blue));

    QVERIFY(o.openFile(u"img/logo.svg"_s));
    QCOMPARE(o.view.currentPage(), o.view.imagePane());
    const QImage rendered = o.view.imagePane()->newImage();
    QVERIFY(rendered.width() >= 64); // vectors are drawn large enough to inspect
    QCOMPARE(rendered.pixelColor(rendered.width() / 2, rendered.height() / 2), QColor(Qt::blue));
    // An SVG is text too: its source can be compared instead.
    QAction *source = nullptr;
    for (QAction *a : o.view.actions())
        if (a->text() == u"Show source"_s)
            source = a;
    QVERIFY(source && source->isVisible());
    source->setChecked(true);
    QCOMPARE(o.view.currentPage(), o.view.textPane());
    QVERIFY(rowOfKind(o.view.textPane()->rightEditor(), RowKind::Added) >= 0);
    source->setChecked(false);
    QCOMPARE(o.view.currentPage(), o.view.imagePane());
}

void TestDiffView::hideModeOnlyChanges()
{
    Opened o;
    QTRY_COMPARE_WITH_TIMEOUT(o.view.fileModel()->rowCount(), 6, 20000);
    auto *box = o.view.findChild<QCheckBox *>();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(u"(1)"_s));
    box->setChecked(true);
    QCOMPARE(o.view.fileModel()->rowCount(), 5);
    QVERIFY(!o.view.fileModel()->match(o.view.fileModel()->index(0), Qt::DisplayRole, u"run.sh"_s).size());
    box->setChecked(false);
    QCOMPARE(o.view.fileModel()->rowCount(), 6);
}

void TestDiffView::fileListShowsFullPaths()
{
    QSettings().remove(u"diff/fileListWidth"_s);
    RepoBuilder b;
    const QString path = u"data_stream/application_and_services_logs/agent/stream/winlog-powershell-operational.yml.hbs"_s;
    b.commit(u"production"_s, {{u"packages/windows/1.0.0/"_s + path, "a: 1\n"}});
    b.commit(u"snapshot"_s, {{u"packages/windows/1.1.0/"_s + path, "a: 2\n"}});
    DiffView view;
    view.resize(1600, 900);
    view.show();
    view.setComparison(b.path(), {u"production"_s, u"windows"_s, u"1.0.0"_s, {}},
                       {u"snapshot"_s, u"windows"_s, u"1.1.0"_s, {}});
    QTRY_VERIFY_WITH_TIMEOUT(view.comparison() != nullptr, 20000);
    // At 1600 px the list is as wide as the whole path needs, with the data stream's name in it.
    const QFontMetrics fm(view.fileList()->font());
    const int listWidth = view.splitter()->sizes().value(0);
    QVERIFY2(listWidth >= fm.horizontalAdvance(path), qPrintable(QString::number(listWidth)));
    QVERIFY(listWidth <= 800);
    const QModelIndex row = view.fileModel()->index(0);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), path);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(path)); // the full path in the tooltip
    // Widened or narrowed by hand, it stays so, also for the next view.
    view.splitter()->setSizes({500, 1100});
    Q_EMIT view.splitter()->splitterMoved(500, 1);
    QCOMPARE(QSettings().value(u"diff/fileListWidth"_s).toInt(), view.splitter()->sizes().value(0));
    DiffView next;
    next.resize(1600, 900);
    next.show();
    next.setComparison(b.path(), {u"production"_s, u"windows"_s, u"1.0.0"_s, {}},
                       {u"snapshot"_s, u"windows"_s, u"1.1.0"_s, {}});
    QTRY_VERIFY_WITH_TIMEOUT(next.comparison() != nullptr, 20000);
    QCOMPARE(next.splitter()->sizes().value(0), QSettings().value(u"diff/fileListWidth"_s).toInt());
    QSettings().remove(u"diff/fileListWidth"_s);
}

void TestDiffView::cosmeticDifferencesNamed()
{
    RepoBuilder b;
    b.commitEdit(u"production"_s, [](git::TreeEditor &e) {
        QVERIFY(bool(e.putFile(u"packages/nginx/1.0.0/run.sh"_s, "echo\n", true)));
        QVERIFY(bool(e.putFile(u"packages/nginx/1.0.0/fields.yml"_s, "a: 1\n")));
    }, u"edit"_s);
    b.commitEdit(u"snapshot"_s, [](git::TreeEditor &e) {
        QVERIFY(bool(e.putFile(u"packages/nginx/1.0.0/run.sh"_s, "echo\n", false)));
        QVERIFY(bool(e.putFile(u"packages/nginx/1.0.0/fields.yml"_s, "a:   1\n")));
    }, u"edit"_s);
    DiffView view;
    view.resize(1280, 800);
    view.show();
    view.setComparison(b.path(), {u"production"_s, u"nginx"_s, u"1.0.0"_s, {}}, {u"snapshot"_s, u"nginx"_s, u"1.0.0"_s, {}});
    QTRY_VERIFY_WITH_TIMEOUT(view.comparison() != nullptr, 20000);
    const QLabel *status = nullptr;
    for (const QLabel *l : view.findChildren<QLabel *>())
        if (l->text().contains(u"files changed"_s))
            status = l;
    QVERIFY(status);
    QVERIFY2(status->text().endsWith(u"only file modes and whitespace differ"_s), qPrintable(status->text()));
    const QModelIndex fields = view.fileModel()->index(0);
    QCOMPARE(fields.data(DiffFileModel::ShortNoteRole).toString(), u"whitespace"_s);
    QVERIFY(fields.data(DiffFileModel::NoteRole).toString().contains(u"whitespace only"_s));
}

void TestDiffView::manyFilesStayResponsive()
{
    RepoBuilder b;
    Files before, after;
    for (int i = 0; i < 400; ++i) {
        const QString file = u"data_stream/s%1/fields/fields.yml"_s.arg(i, 3, 10, QChar(u'0'));
        before.insert(u"packages/big/1.0.0/"_s + file, "- name: a\n  type: keyword\n");
        after.insert(u"packages/big/2.0.0/"_s + file, "- name: a\n  type: long\n");
    }
    b.commit(u"production"_s, before);
    b.commit(u"snapshot"_s, after);
    DiffView view;
    view.resize(1280, 800);
    view.show();
    view.setComparison(b.path(), {u"production"_s, u"big"_s, u"1.0.0"_s, {}}, {u"snapshot"_s, u"big"_s, u"2.0.0"_s, {}});
    // setComparison returned without comparing anything: the worker does it.
    QVERIFY(view.isComputing());
    QVERIFY(!view.comparison());
    QCOMPARE(view.fileModel()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(view.fileModel()->rowCount(), 400, 30000);
    QCOMPARE(view.comparison()->added(), 400);
    QTRY_VERIFY(view.isFileShown());
    QCOMPARE(view.currentPage(), view.textPane());
}

void TestDiffView::failuresAndIdenticalVersions()
{
    RepoBuilder b;
    buildRepo(b);
    DiffView view;
    view.show();
    QSignalSpy failed(&view, &DiffView::comparisonFailed);
    view.setComparison(b.path(), {u"production"_s, u"nginx"_s, u"9.9.9"_s, {}}, {u"snapshot"_s, u"nginx"_s, u"1.3.0"_s, {}});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY2(failed[0][0].toString().contains(u"production has no version 9.9.9 of nginx; it has 1.2.0."_s),
             qPrintable(failed[0][0].toString()));

    QSignalSpy ready(&view, &DiffView::comparisonReady);
    view.setComparison(b.path(), {u"production"_s, u"nginx"_s, u"1.2.0"_s, {}}, {u"production"_s, u"nginx"_s, u"1.2.0"_s, {}});
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    QVERIFY(view.comparison()->identical());
    QCOMPARE(view.fileModel()->rowCount(), 0);

    // A newer request wins over one still running.
    QSignalSpy ready2(&view, &DiffView::comparisonReady);
    view.setComparison(b.path(), {u"production"_s, u"nginx"_s, u"1.2.0"_s, {}}, {u"production"_s, u"nginx"_s, u"1.2.0"_s, {}});
    view.setComparison(b.path(), {u"production"_s, u"nginx"_s, u"1.2.0"_s, {}}, {u"snapshot"_s, u"nginx"_s, u"1.3.0"_s, {}});
    QTRY_COMPARE_WITH_TIMEOUT(ready2.size(), 1, 20000);
    QCOMPARE(view.comparison()->newSide.version, u"1.3.0"_s);
    QVERIFY(!ready2.wait(300)); // the superseded result never arrives
}

void TestDiffView::syntaxComesWithTheFile()
{
    Opened o;
    QVERIFY(o.openFile(u"manifest.yml"_s));
    // The load job highlighted the file on its worker: shown, it is already coloured.
    DiffTextPane *pane = o.view.textPane();
    QVERIFY(pane->syntax());
    QVERIFY(pane->isHighlighted());
    bool coloured = false;
    for (QTextBlock b = pane->rightEditor()->document()->firstBlock(); b.isValid(); b = b.next())
        coloured = coloured || !b.layout()->formats().isEmpty();
    QVERIFY(coloured);
}

namespace {
std::shared_ptr<FileDetail> textDetail(QList<DiffLine> lines, bool oldMissing, bool newMissing)
{
    auto d = std::make_shared<FileDetail>();
    d->delta.path = d->delta.oldPath = u"notes.txt"_s;
    d->lines = std::move(lines);
    d->oldNoNewlineAtEnd = oldMissing;
    d->newNoNewlineAtEnd = newMissing;
    return d;
}

QList<int> markedRows(const DiffEditor *editor)
{
    QList<int> rows;
    for (int r = 0; r < editor->rows().size(); ++r)
        if (editor->rows()[r].noNewline)
            rows.append(r);
    return rows;
}
} // namespace

void TestDiffView::noNewlineMarker()
{
    // The old file ended without a line break; the new one has it.
    DiffTextPane pane;
    pane.resize(900, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setDetail(textDetail({{DiffLine::Context, 1, 1, u"first"_s, {}},
                               {DiffLine::Removed, 2, 0, u"last"_s, {}},
                               {DiffLine::Added, 0, 2, u"last"_s, {}}},
                              true, false));
    // Side by side: on the old column's last line only.
    QCOMPARE(markedRows(pane.leftEditor()), QList<int>{1});
    QCOMPARE(markedRows(pane.rightEditor()), QList<int>{});
    DiffEditor *left = pane.leftEditor();
    const QRect marker = left->noNewlineRect(1);
    QVERIFY(marker.width() > 40);
    QVERIFY(marker.left() > left->textRect(1, 0, 4).right()); // after the text
    QVERIFY(pane.rightEditor()->noNewlineRect(1).isEmpty());
    QVERIFY(!DiffEditor::noNewlineText().isEmpty());
    // Painted beside the text, not part of it: selecting and copying leave it out.
    QVERIFY(!left->toPlainText().contains(DiffEditor::noNewlineText()));
    const QImage shot = left->viewport()->grab().toImage();
    const QColor background = shot.pixelColor(marker.center().x(), left->rowRect(0).center().y());
    int painted = 0;
    for (int x = marker.left(); x <= marker.right(); ++x)
        painted += shot.pixelColor(x, marker.center().y()) != left->colors().removedLine
                   && shot.pixelColor(x, marker.center().y()) != background;
    QVERIFY2(painted > 10, "the marker is drawn");

    // Unified: on the removed line, not on the added one.
    pane.setMode(DiffMode::Unified);
    QCOMPARE(left->rows()[1].kind, RowKind::Removed);
    QCOMPARE(markedRows(left), QList<int>{1});
    QVERIFY(!left->noNewlineRect(1).isEmpty());

    // The other way round: the new file lacks it.
    pane.setDetail(textDetail({{DiffLine::Context, 1, 1, u"first"_s, {}},
                               {DiffLine::Removed, 2, 0, u"last"_s, {}},
                               {DiffLine::Added, 0, 2, u"last"_s, {}}},
                              false, true));
    QCOMPARE(markedRows(left), QList<int>{2});
    QCOMPARE(left->rows()[2].kind, RowKind::Added);
    pane.setMode(DiffMode::SideBySide);
    QCOMPARE(markedRows(pane.leftEditor()), QList<int>{});
    QCOMPARE(markedRows(pane.rightEditor()), QList<int>{1});
}

void TestDiffView::noNewlineMarkerOnBothSides()
{
    // Neither file ends with a line break and the last line did not change.
    DiffTextPane pane;
    pane.resize(900, 300);
    pane.setDetail(textDetail({{DiffLine::Removed, 1, 0, u"old"_s, {}},
                               {DiffLine::Added, 0, 1, u"new"_s, {}},
                               {DiffLine::Context, 2, 2, u"end"_s, {}}},
                              true, true));
    QCOMPARE(markedRows(pane.leftEditor()), QList<int>{1});
    QCOMPARE(markedRows(pane.rightEditor()), QList<int>{1});
    pane.setMode(DiffMode::Unified);
    QCOMPARE(markedRows(pane.leftEditor()), QList<int>{2}); // once, on the shared line
}

void TestDiffView::narrowViewDegradesGracefully()
{
    Opened o;
    QVERIFY(o.openFile(u"img/logo.png"_s)); // the picture page, with its long captions
    QVERIFY(o.openFile(u"docs/README.md"_s));
    QToolBar *tools = o.view.toolBar();
    auto *overflow = tools->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QVERIFY(overflow);
    // Wide: every tool in the bar, the file list beside the difference.
    QTRY_VERIFY(tools->widgetForAction(o.view.nextChangeAction())->isVisible());
    QVERIFY(!overflow->isVisible());
    QCOMPARE(o.view.splitter()->orientation(), Qt::Horizontal);

    // In a side panel as narrow as the package details one: nothing forces the view wider...
    QWidget panel;
    auto *panelLayout = new QVBoxLayout(&panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(&o.view);
    auto unparent = qScopeGuard([&o] { o.view.setParent(nullptr); }); // the view is not the panel's to delete
    panel.resize(480, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE(o.view.splitter()->orientation(), Qt::Vertical);
    QTRY_COMPARE(o.view.width(), 480);
    QVERIFY(o.view.minimumSizeHint().width() <= 480);
    QVERIFY(tools->geometry().right() < o.view.width());
    // ...the file list moves above the difference, and what does not fit goes to the overflow menu.
    QCOMPARE(o.view.splitter()->orientation(), Qt::Vertical);
    QVERIFY(o.view.fileList()->width() > 400);
    QTRY_VERIFY(overflow->isVisible());
    QVERIFY(!tools->widgetForAction(o.view.nextChangeAction())->isVisible()
            || !tools->widgetForAction(o.view.expandAllAction())->isVisible());
    // Wide again: back beside it.
    panel.resize(1280, 800);
    QTRY_COMPARE(o.view.splitter()->orientation(), Qt::Horizontal);
    QTRY_VERIFY(!overflow->isVisible());
}

void TestDiffView::longFilesAreBuiltInTheBackground()
{
    const int count = DiffTextPane::backgroundRows + 2000;
    QList<DiffLine> lines;
    for (int i = 1; i <= count; ++i)
        lines.append({DiffLine::Added, 0, i, u"key%1: value"_s.arg(i), {}});
    auto d = textDetail(lines, false, false);
    d->delta.path = d->delta.oldPath = u"fields.yml"_s;
    DiffTextPane pane;
    pane.resize(900, 400);
    pane.show();
    QSignalSpy rebuilt(&pane, &DiffTextPane::rebuilt);
    pane.setDetail(d);
    // The rows are known at once; the editors' documents come from a worker.
    QVERIFY(pane.isBuilding());
    QCOMPARE(pane.changeCount(), 1);
    QVERIFY(pane.rightEditor()->rows().isEmpty());
    pane.goToChange(0); // remembered until the documents are in
    QCOMPARE(pane.currentChange(), 0);
    QVERIFY(rebuilt.wait());
    QVERIFY(!pane.isBuilding());
    DiffEditor *right = pane.rightEditor();
    QCOMPARE(right->rows().size(), count);
    QCOMPARE(right->document()->blockCount(), count);
    QCOMPARE(right->document()->findBlockByNumber(count - 1).text(), u"key%1: value"_s.arg(count));
    QCOMPARE(right->document()->thread(), pane.thread());
    QCOMPARE(pane.leftEditor()->cursorRow(), 0);
    QCOMPARE(pane.currentChange(), 0);
    // The syntax formats reach the built documents too, whichever came first.
    QTRY_VERIFY(pane.isHighlighted());
    QVERIFY(!right->document()->firstBlock().layout()->formats().isEmpty());
    QVERIFY(!right->document()->findBlockByNumber(count - 1).layout()->formats().isEmpty());

    // Unified: built in the background again, the second column hidden once it is in.
    pane.setMode(DiffMode::Unified);
    QVERIFY(pane.isBuilding());
    QTRY_VERIFY(!pane.isBuilding());
    QCOMPARE(pane.leftEditor()->rows().size(), count);
    QCOMPARE(pane.leftEditor()->rows()[0].kind, RowKind::Added);
    QVERIFY(!right->isVisible());
    QCOMPARE(pane.currentChange(), 0);
    QVERIFY(!pane.leftEditor()->document()->firstBlock().layout()->formats().isEmpty());
    // A rebuild that replaces one under way wins: the earlier documents are dropped.
    pane.setMode(DiffMode::SideBySide);
    pane.setMode(DiffMode::Unified);
    QTRY_VERIFY(!pane.isBuilding());
    QVERIFY(!right->isVisible());
    QCOMPARE(pane.leftEditor()->numbers(), DiffEditor::Numbers::Both);
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
