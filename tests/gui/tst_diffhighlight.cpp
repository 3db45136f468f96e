// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Syntax highlighting of diff fragments: the definition's formats survive the
// diff backgrounds, each fragment starts from a fresh state, errors stay hidden,
// and the formats are computed on worker threads (DiffSyntax), several at once.
#include "common/DarkPalette.h"
#include "diff/DiffEditor.h"
#include "diff/DiffHighlighter.h"
#include "diff/DiffTextPane.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>

#include <array>

using namespace Qt::StringLiterals;
using namespace tierdesk;
using Stream = DiffHighlighter::Stream;

namespace {
// Plain KSyntaxHighlighting on one whole line: what the definition itself says.
class Reference : public KSyntaxHighlighting::AbstractHighlighter {
public:
    struct Range {
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };
    QList<Range> run(const QString &fileName, const QString &line, const QPalette &palette)
    {
        // The test thread's own definitions: the panes' workers have theirs.
        setDefinition(DiffHighlighter::repository().definitionForFileName(fileName));
        setTheme(DiffHighlighter::repository().themeForPalette(palette));
        m_ranges.clear();
        highlightLine(line, KSyntaxHighlighting::State());
        return m_ranges;
    }
    Range find(const QString &name) const
    {
        for (const Range &r : m_ranges)
            if (r.format.name() == name)
                return r;
        return {-1, 0, {}};
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        m_ranges.append({offset, length, format});
    }

private:
    QList<Range> m_ranges;
};

// The foreground our highlighter gives to [offset, offset+length), or an invalid colour.
QColor foregroundAt(const QList<QTextLayout::FormatRange> &ranges, int offset, int length)
{
    for (const QTextLayout::FormatRange &r : ranges)
        if (r.start == offset && r.length == length && r.format.hasProperty(QTextFormat::ForegroundBrush))
            return r.format.foreground().color();
    return {};
}

QColor foregroundCovering(const QList<QTextLayout::FormatRange> &ranges, int position)
{
    for (const QTextLayout::FormatRange &r : ranges)
        if (r.start <= position && position < r.start + r.length && r.format.hasProperty(QTextFormat::ForegroundBrush))
            return r.format.foreground().color();
    return {};
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

int closePixels(const QImage &image, const QRect &rect, const QColor &colour, int tolerance)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue())
                <= tolerance)
                ++n;
        }
    return n;
}

std::shared_ptr<FileDetail> detail(const QString &path, const QList<DiffLine> &lines)
{
    auto d = std::make_shared<FileDetail>();
    d->delta.path = d->delta.oldPath = path;
    d->lines = lines;
    markWordChanges(d->lines);
    return d;
}
} // namespace

class TestDiffHighlight : public QObject {
    Q_OBJECT
private slots:
    void definitionFromFileName_data();
    void definitionFromFileName();
    void yamlLineGetsYamlFormats();
    void backgroundsDoNotReplaceSyntaxColours();
    void stateResetPerFragment();
    void stateResetPerHunkInThePane();
    void unifiedKeepsBothFilesStates();
    void errorFormatsHidden();
    void themeFollowsPalette();
    void paneFollowsPaletteChanges();
    void formatsArriveFromTheBackground();
    void workerSyntaxRestartsAfterCollapsedRegions();
    void workerSyntaxCancels();
    void workersHighlightConcurrently();
};

void TestDiffHighlight::definitionFromFileName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("definition");
    QTest::newRow("manifest") << u"manifest.yml"_s << u"YAML"_s;
    QTest::newRow("pipeline") << u"data_stream/access/elasticsearch/ingest_pipeline/default.json"_s << u"JSON"_s;
    QTest::newRow("readme") << u"docs/README.md"_s << u"Markdown"_s;
    QTest::newRow("handlebars") << u"data_stream/access/agent/stream/stream.yml.hbs"_s
                                << u"Mustache/Handlebars (HTML)"_s;
    QTest::newRow("svg") << u"img/logo.svg"_s << u"XML"_s;
    QTest::newRow("inner suffix") << u"fields/fields.yml.disabled"_s << u"YAML"_s;
}

void TestDiffHighlight::definitionFromFileName()
{
    QFETCH(QString, file);
    QFETCH(QString, definition);
    DiffHighlighter h;
    h.setFileName(file);
    QVERIFY(h.definition().isValid());
    QCOMPARE(h.definition().name(), definition);
}

void TestDiffHighlight::yamlLineGetsYamlFormats()
{
    const QString line = u"  title: Nginx logs"_s;
    Reference ref;
    ref.run(u"manifest.yml"_s, line, lightPalette());
    const Reference::Range key = ref.find(u"Key"_s);
    QCOMPARE(key.offset, 2);
    QCOMPARE(key.length, 5); // "title"
    const QColor keyColour = key.format.textColor(ref.theme());
    QVERIFY(keyColour.isValid());

    DiffHighlighter h;
    h.setFileName(u"manifest.yml"_s);
    h.setPalette(lightPalette());
    const auto out = h.highlight({{line, Stream::New, true}});
    QCOMPARE(out.size(), 1);
    QCOMPARE(foregroundAt(out[0], 2, 5), keyColour);
    // The value " Nginx logs" has the definition's attribute colour, unlike the key.
    KSyntaxHighlighting::Format valueFormat;
    for (const Reference::Range &r : ref.run(u"manifest.yml"_s, line, lightPalette()))
        if (r.offset == 8 && r.length == 11)
            valueFormat = r.format;
    QCOMPARE(valueFormat.name(), u"Attribute"_s);
    const QColor valueColour = valueFormat.textColor(ref.theme());
    QCOMPARE(foregroundAt(out[0], 8, 11), valueColour);
    QVERIFY(valueColour != keyColour);
    // Only foreground and font styles: the diff's backgrounds belong to the view.
    for (const QTextLayout::FormatRange &r : out[0])
        QVERIFY(!r.format.hasProperty(QTextFormat::BackgroundBrush));
}

void TestDiffHighlight::backgroundsDoNotReplaceSyntaxColours()
{
    DiffTextPane pane;
    pane.resize(1000, 300);
    pane.setPalette(lightPalette());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setDetail(detail(u"manifest.yml"_s, {
                                                 {DiffLine::Context, 1, 1, u"name: nginx"_s, {}},
                                                 {DiffLine::Removed, 2, 0, u"version: 1.2.0"_s, {}},
                                                 {DiffLine::Added, 0, 2, u"version: 1.3.0"_s, {}},
                                                 {DiffLine::Context, 3, 3, u"type: integration"_s, {}},
                                             }));
    QTRY_VERIFY(pane.isHighlighted());
    Reference ref;
    ref.run(u"manifest.yml"_s, u"version: 1.3.0"_s, lightPalette());
    const QColor keyColour = ref.find(u"Key"_s).format.textColor(ref.theme());
    const QColor floatColour = ref.find(u"Float"_s).format.textColor(ref.theme());

    for (DiffEditor *editor : {pane.leftEditor(), pane.rightEditor()}) {
        const bool added = editor == pane.rightEditor();
        QCOMPARE(editor->rows()[1].kind, added ? RowKind::Added : RowKind::Removed);
        // The syntax formats are on the text layout...
        const QTextBlock block = editor->document()->findBlockByNumber(1);
        QCOMPARE(foregroundAt(block.layout()->formats(), 0, 7), keyColour);
        // ...and on screen, over the added/removed background.
        const QImage shot = editor->viewport()->grab().toImage();
        const QColor line = added ? editor->colors().addedLine : editor->colors().removedLine;
        const QColor word = added ? editor->colors().addedWord : editor->colors().removedWord;
        const QRect row = editor->rowRect(1);
        QCOMPARE(shot.pixelColor(row.right() - 4, row.center().y()), line);
        const QRect keyRect = editor->textRect(1, 0, 7); // "version"
        QVERIFY(keyRect.width() > 20);
        QVERIFY2(closePixels(shot, keyRect, keyColour, 40) > 5, "the key keeps the YAML key colour");
        QVERIFY(closePixels(shot, keyRect, line, 0) > 20); // drawn on the line background
        // The changed word ("2" → "3") gets the stronger background and keeps the float colour.
        QCOMPARE(editor->rows()[1].changes, (QList<TextRange>{{11, 1}}));
        const QRect wordRect = editor->textRect(1, 11, 1);
        QVERIFY(closePixels(shot, wordRect, word, 0) > 5);
        QVERIFY2(closePixels(shot, wordRect, floatColour, 60) > 2, "the number keeps the YAML float colour");
        // A context row has no diff background.
        QCOMPARE(shot.pixelColor(editor->rowRect(0).right() - 4, editor->rowRect(0).center().y()), QColor(Qt::white));
    }
}

void TestDiffHighlight::stateResetPerFragment()
{
    DiffHighlighter h;
    h.setFileName(u"README.md"_s);
    h.setPalette(lightPalette());
    Reference ref;
    ref.run(u"README.md"_s, u"# Heading"_s, lightPalette());
    const QColor heading = ref.find(u"Header H1"_s).format.textColor(ref.theme());
    ref.run(u"README.md"_s, u"<!-- open"_s, lightPalette());
    const QColor comment = ref.find(u"Comment"_s).format.textColor(ref.theme());
    QVERIFY(heading.isValid() && comment.isValid() && heading != comment);

    // A comment opened in one hunk must not colour the next hunk.
    const auto reset = h.highlight({{u"<!-- open"_s, Stream::New, true}, {u"# Heading"_s, Stream::New, true}});
    QCOMPARE(foregroundCovering(reset[1], 0), heading);
    // Within one fragment the state carries on, as it should.
    const auto carried = h.highlight({{u"<!-- open"_s, Stream::New, true}, {u"# Heading"_s, Stream::New, false}});
    QCOMPARE(foregroundCovering(carried[1], 0), comment);
    // Rows that show no line (fillers, collapsed rows) neither reset nor advance the state.
    const auto skipped = h.highlight({{u"<!-- open"_s, Stream::New, true}, {QString(), Stream::None, false},
                                      {u"# Heading"_s, Stream::New, false}});
    QVERIFY(skipped[1].isEmpty());
    QCOMPARE(foregroundCovering(skipped[2], 0), comment);
}

void TestDiffHighlight::stateResetPerHunkInThePane()
{
    QList<DiffLine> lines;
    int n = 0;
    lines.append({DiffLine::Added, 0, ++n, u"<!-- a comment that a later hunk closes"_s, {}});
    for (int i = 0; i < 20; ++i, ++n)
        lines.append({DiffLine::Context, n, n + 1, u"plain text %1"_s.arg(i), {}});
    lines.append({DiffLine::Added, 0, ++n, u"# Heading"_s, {}});
    DiffTextPane pane;
    pane.setPalette(lightPalette());
    pane.resize(900, 600);
    pane.setDetail(detail(u"docs/README.md"_s, lines));
    QTRY_VERIFY(pane.isHighlighted());
    Reference ref;
    ref.run(u"README.md"_s, u"# Heading"_s, lightPalette());
    const QColor heading = ref.find(u"Header H1"_s).format.textColor(ref.theme());

    DiffEditor *right = pane.rightEditor();
    auto headingRow = [right] {
        for (int r = 0; r < right->rows().size(); ++r)
            if (right->rows()[r].kind == RowKind::Added && right->rows()[r].newLine == 22)
                return r;
        return -1;
    };
    QVERIFY(pane.hasCollapsed());
    int row = headingRow();
    QVERIFY(row > 0);
    QCOMPARE(foregroundCovering(right->document()->findBlockByNumber(row).layout()->formats(), 0), heading);
    // Expanded, the file reads as one fragment and the comment really does go on.
    pane.expandAll();
    QVERIFY(!pane.hasCollapsed());
    QVERIFY(pane.isHighlighted()); // precomputed for either state: expanding highlights nothing anew
    row = headingRow();
    QVERIFY(foregroundCovering(right->document()->findBlockByNumber(row).layout()->formats(), 0) != heading);
}

void TestDiffHighlight::unifiedKeepsBothFilesStates()
{
    DiffHighlighter h;
    h.setFileName(u"README.md"_s);
    h.setPalette(lightPalette());
    Reference ref;
    ref.run(u"README.md"_s, u"# Heading"_s, lightPalette());
    const QColor heading = ref.find(u"Header H1"_s).format.textColor(ref.theme());
    // The old file opened a comment that the new one dropped: the shared context stays a heading.
    const auto out = h.highlight({{u"<!-- removed"_s, Stream::Old, true},
                                  {u"added"_s, Stream::New, false},
                                  {u"# Heading"_s, Stream::Both, false}});
    QCOMPARE(foregroundCovering(out[2], 0), heading);
    const auto oldOnly = h.highlight({{u"<!-- removed"_s, Stream::Old, true}, {u"# Heading"_s, Stream::Old, false}});
    QVERIFY(foregroundCovering(oldOnly[1], 0) != heading);
}

void TestDiffHighlight::errorFormatsHidden()
{
    // A hunk from the middle of a JSON object: the definition sees no '{' and calls it an error.
    const QList<DiffHighlighter::Line> fragment{{u"  \"title\": \"Nginx\","_s, Stream::New, true}, {u"  }"_s, Stream::New, false}};
    DiffHighlighter h;
    h.setFileName(u"kibana/dashboard/nginx.json"_s);
    h.setPalette(lightPalette());
    const QColor error = DiffHighlighter::repository().themeForPalette(lightPalette()).textColor(KSyntaxHighlighting::Theme::Error);
    auto errorRanges = [&error](const QList<QList<QTextLayout::FormatRange>> &out) {
        int n = 0;
        for (const auto &line : out)
            for (const QTextLayout::FormatRange &r : line)
                n += r.format.foreground().color() == QColor(error);
        return n;
    };
    h.setShowErrors(true);
    QVERIFY(errorRanges(h.highlight(fragment)) > 0); // what would show without suppression
    h.setShowErrors(false);
    QCOMPARE(errorRanges(h.highlight(fragment)), 0);
}

void TestDiffHighlight::themeFollowsPalette()
{
    const QString line = u"version: 1.2.0"_s;
    DiffHighlighter h;
    h.setFileName(u"manifest.yml"_s);
    h.setPalette(lightPalette());
    const QColor light = foregroundAt(h.highlight({{line, Stream::New, true}})[0], 0, 7);
    h.setPalette(darkPalette());
    const QColor dark = foregroundAt(h.highlight({{line, Stream::New, true}})[0], 0, 7);
    Reference ref;
    ref.run(u"manifest.yml"_s, line, darkPalette());
    QVERIFY(ref.theme().name() != DiffHighlighter::repository().themeForPalette(lightPalette()).name());
    QCOMPARE(dark, ref.find(u"Key"_s).format.textColor(ref.theme()));
    QVERIFY(light != dark);
    QVERIFY(dark.lightness() > light.lightness()); // readable on a dark background
}

void TestDiffHighlight::paneFollowsPaletteChanges()
{
    DiffTextPane pane;
    pane.setPalette(lightPalette());
    pane.resize(800, 200);
    pane.setDetail(detail(u"manifest.yml"_s, {{DiffLine::Added, 0, 1, u"version: 1.3.0"_s, {}}}));
    QTRY_VERIFY(pane.isHighlighted());
    DiffEditor *right = pane.rightEditor();
    const QColor lightKey = foregroundAt(right->document()->firstBlock().layout()->formats(), 0, 7);
    const QColor lightAdded = right->colors().addedLine;
    // Switching the palette at run time (as the application's dark mode does) re-themes what is shown.
    pane.setPalette(darkPalette());
    Reference ref;
    ref.run(u"manifest.yml"_s, u"version: 1.3.0"_s, darkPalette());
    QTRY_VERIFY(pane.isHighlighted()); // re-highlighted in the background, too
    const QColor darkKey = foregroundAt(right->document()->firstBlock().layout()->formats(), 0, 7);
    QCOMPARE(darkKey, ref.find(u"Key"_s).format.textColor(ref.theme()));
    QVERIFY(darkKey != lightKey);
    QVERIFY(right->colors().addedLine != lightAdded);
    QVERIFY(right->colors().addedLine.lightness() < 100);
}

void TestDiffHighlight::formatsArriveFromTheBackground()
{
    DiffTextPane pane;
    pane.setPalette(lightPalette());
    pane.resize(800, 200);
    QSignalSpy highlighted(&pane, &DiffTextPane::highlighted);
    pane.setDetail(detail(u"manifest.yml"_s, {{DiffLine::Added, 0, 1, u"version: 1.3.0"_s, {}}}));
    // The text is there at once, without colours: the GUI thread did not highlight it.
    DiffEditor *right = pane.rightEditor();
    QCOMPARE(right->document()->firstBlock().text(), u"version: 1.3.0"_s);
    QVERIFY(!pane.isHighlighted());
    QVERIFY(!pane.syntax());
    QVERIFY(!foregroundAt(right->document()->firstBlock().layout()->formats(), 0, 7).isValid());
    // The worker's formats arrive with the job's finished signal.
    QVERIFY(highlighted.wait());
    QVERIFY(pane.isHighlighted());
    QVERIFY(pane.syntax());
    Reference ref;
    ref.run(u"manifest.yml"_s, u"version: 1.3.0"_s, lightPalette());
    QCOMPARE(foregroundAt(right->document()->firstBlock().layout()->formats(), 0, 7),
             ref.find(u"Key"_s).format.textColor(ref.theme()));
    // Precomputed formats for the palette shown are used as they are.
    DiffTextPane second;
    second.setPalette(lightPalette());
    second.setDetail(pane.detail(), pane.syntax());
    QVERIFY(second.isHighlighted());
    QCOMPARE(second.syntax(), pane.syntax());
    // For another palette they are not.
    DiffTextPane dark;
    dark.setPalette(darkPalette());
    dark.setDetail(pane.detail(), pane.syntax());
    QVERIFY(!dark.isHighlighted());
    QTRY_VERIFY(dark.isHighlighted());
    QVERIFY(dark.syntax() != pane.syntax());
}

void TestDiffHighlight::workerSyntaxRestartsAfterCollapsedRegions()
{
    // A comment opened in the first hunk, closed nowhere; 20 unchanged lines; a heading in the second hunk.
    QList<DiffLine> lines;
    int n = 0;
    lines.append({DiffLine::Added, 0, ++n, u"<!-- a comment that a later hunk closes"_s, {}});
    for (int i = 0; i < 20; ++i, ++n)
        lines.append({DiffLine::Context, n, n + 1, u"plain text %1"_s.arg(i), {}});
    lines.append({DiffLine::Removed, n, 0, u"old text"_s, {}});
    lines.append({DiffLine::Added, 0, n + 1, u"# Heading"_s, {}});
    const auto d = detail(u"docs/README.md"_s, lines);
    const QList<DiffRows::Gap> gaps = DiffRows::gaps(d->lines);
    QCOMPARE(gaps.size(), 1);
    const int gap = gaps[0].start;
    // On a worker thread, as DiffView and DiffTextPane run it.
    const auto syntax = QtConcurrent::run([d] { return computeDiffSyntax(*d, lightPalette()); }).result();
    QVERIFY(syntax);
    QCOMPARE(syntax->oldFormats.size(), d->lines.size());
    Reference ref;
    ref.run(u"README.md"_s, u"# Heading"_s, lightPalette());
    const QColor heading = ref.find(u"Header H1"_s).format.textColor(ref.theme());
    ref.run(u"README.md"_s, u"<!-- open"_s, lightPalette());
    const QColor comment = ref.find(u"Comment"_s).format.textColor(ref.theme());
    const int headingLine = int(d->lines.size()) - 1;
    // Collapsed, the second hunk starts from a fresh state: a heading...
    QCOMPARE(foregroundCovering(syntax->formats(headingLine, true, {}), 0), heading);
    // ...expanded, the file reads on and the comment goes on.
    QCOMPARE(foregroundCovering(syntax->formats(headingLine, true, {gap}), 0), comment);
    // So is the first line after the region, a context line.
    const int afterGap = gaps[0].end;
    QVERIFY(syntax->restarted.contains(afterGap));
    QVERIFY(foregroundCovering(syntax->formats(afterGap, true, {}), 0) != comment);
    QCOMPARE(foregroundCovering(syntax->formats(afterGap, true, {gap}), 0), comment);
    QVERIFY(syntax->newFormats[headingLine - 1].isEmpty()); // a removed line is not in the new file
    // Lines above the first collapsed region have one set of formats only.
    QVERIFY(!syntax->restarted.contains(0));
}

void TestDiffHighlight::workerSyntaxCancels()
{
    QList<DiffLine> lines;
    for (int i = 1; i <= 2000; ++i)
        lines.append({DiffLine::Added, 0, i, u"key%1: value"_s.arg(i), {}});
    const auto d = detail(u"manifest.yml"_s, lines);
    QVERIFY(!computeDiffSyntax(*d, lightPalette(), [] { return true; }));
    QVERIFY(computeDiffSyntax(*d, lightPalette(), [] { return false; }));
}

void TestDiffHighlight::workersHighlightConcurrently()
{
    // Two files, each long enough that computeDiffSyntax checks for cancellation
    // (every 256 lines) while it is highlighting the file.
    QList<DiffLine> yamlLines, jsonLines;
    for (int i = 1; i <= 1500; ++i) {
        yamlLines.append({DiffLine::Context, i, i, u"key%1: value %1 # note"_s.arg(i), {}});
        jsonLines.append({DiffLine::Context, i, i, u"  \"key%1\": [%1, \"text\", true],"_s.arg(i), {}});
    }
    const std::array<std::shared_ptr<FileDetail>, 2> files{detail(u"manifest.yml"_s, yamlLines),
                                                           detail(u"kibana/dashboard/nginx.json"_s, jsonLines)};
    const QPalette palette = lightPalette();

    // Each worker, well into its file, lets the other know and waits until the
    // other is well into its own: both are highlighting at that moment. With one
    // lock for all highlighting the second could not even begin while the first
    // waits, and both would give up at the deadline.
    std::array<QSemaphore, 2> midway;
    std::array<bool, 2> met{false, false};
    std::array<const void *, 2> repositories{nullptr, nullptr};
    QThreadPool pool; // two threads for certain, whatever the machine's core count
    pool.setMaxThreadCount(2);
    const auto highlight = [&](int me) {
        return QtConcurrent::run(&pool, [&, me] {
            int checks = 0;
            return computeDiffSyntax(*files[me], palette, [&, me] {
                if (++checks == 3) { // 512 lines of the old file highlighted
                    repositories[me] = &DiffHighlighter::repository();
                    midway[me].release();
                    met[me] = midway[1 - me].tryAcquire(1, 30000);
                }
                return false;
            });
        });
    };
    auto first = highlight(0);
    auto second = highlight(1);
    const std::array<std::shared_ptr<const DiffSyntax>, 2> results{first.result(), second.result()};
    QVERIFY2(met[0] && met[1], "both workers were highlighting at the same time");
    QVERIFY(repositories[0] && repositories[1]);
    QVERIFY(repositories[0] != repositories[1]); // each thread its own definitions

    // Side by side, each got what it gets alone.
    for (int i = 0; i < 2; ++i) {
        QVERIFY(results[i]);
        const auto alone = computeDiffSyntax(*files[i], palette);
        QCOMPARE(results[i]->newFormats, alone->newFormats);
        QCOMPARE(results[i]->oldFormats, alone->oldFormats);
        QVERIFY(!results[i]->newFormats.first().isEmpty());
    }
}

QTEST_MAIN(TestDiffHighlight)
#include "tst_diffhighlight.moc"
