// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffTextPane.h"

#include "common/Accessible.h"
#include "common/BackgroundJob.h"
#include "diff/DiffEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace tierdesk {

DiffTextPane::DiffTextPane(QWidget *parent)
    : QWidget(parent), m_left(new DiffEditor(this)), m_right(new DiffEditor(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_left);
    layout->addWidget(m_right);
    m_left->setObjectName(u"diffLeft"_s);
    m_right->setObjectName(u"diffRight"_s);
    describeControl(m_left, tr("Older version"), tr("The file as the older version has it, changed lines marked"));
    describeControl(m_right, tr("Newer version"), tr("The file as the newer version has it, changed lines marked"));
    m_left->setNumbers(DiffEditor::Numbers::Old);
    m_right->setNumbers(DiffEditor::Numbers::New);

    // Both columns have the same rows, so equal scroll values show equal rows.
    auto sync = [this](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, to, [this, to](int value) {
            if (m_mode == DiffMode::SideBySide)
                to->setValue(value);
        });
    };
    sync(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    sync(m_right->verticalScrollBar(), m_left->verticalScrollBar());
    sync(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    sync(m_right->horizontalScrollBar(), m_left->horizontalScrollBar());
    connect(m_left, &QPlainTextEdit::cursorPositionChanged, this, [this] { mirrorCursor(m_left, m_right); });
    connect(m_right, &QPlainTextEdit::cursorPositionChanged, this, [this] { mirrorCursor(m_right, m_left); });
    connect(m_left, &DiffEditor::expandRequested, this, &DiffTextPane::expandGap);
    connect(m_right, &DiffEditor::expandRequested, this, &DiffTextPane::expandGap);
}

DiffTextPane::~DiffTextPane() = default; // the jobs tell their workers to stop

void DiffTextPane::mirrorCursor(DiffEditor *from, DiffEditor *to)
{
    if (m_mirroring || m_mode != DiffMode::SideBySide)
        return;
    const QTextBlock block = to->document()->findBlockByNumber(from->cursorRow());
    if (!block.isValid() || to->cursorRow() == block.blockNumber())
        return;
    m_mirroring = true;
    const int scroll = to->verticalScrollBar()->value();
    to->setTextCursor(QTextCursor(block));
    to->verticalScrollBar()->setValue(scroll); // the scroll bars are synchronised already
    m_mirroring = false;
}

void DiffTextPane::setDetail(std::shared_ptr<const FileDetail> detail, std::shared_ptr<const DiffSyntax> syntax)
{
    m_syntaxJob.cancel();
    m_detail = std::move(detail);
    m_expanded.clear();
    m_syntax = syntax && syntax->suits(palette()) ? std::move(syntax) : nullptr;
    rebuild(false);
    if (m_detail && !m_syntax)
        requestSyntax();
}

void DiffTextPane::requestSyntax()
{
    m_syntaxJob.cancel(); // another file or palette since
    if (!m_detail || m_detail->lines.isEmpty())
        return;
    m_syntaxJob.start(
        this,
        [detail = m_detail, palette = palette()](const CancelToken &cancel) {
            return computeDiffSyntax(*detail, palette, [cancel] { return cancel->load(); });
        },
        [this](const std::shared_ptr<const DiffSyntax> &syntax) {
            if (!syntax)
                return; // cancelled on the way
            m_syntax = syntax;
            if (isBuilding())
                m_syntaxArrivedWhileBuilding = true; // the documents under way have none
            else
                applySyntax();
            Q_EMIT highlighted();
        });
}

void DiffTextPane::clear() { setDetail(nullptr); }

void DiffTextPane::setMode(DiffMode mode)
{
    if (mode == m_mode)
        return;
    const int change = m_current;
    m_mode = mode;
    rebuild(false);
    if (change >= 0 && change < changeCount())
        goToChange(change);
}

void DiffTextPane::setContextLines(int lines)
{
    if (lines == m_contextLines)
        return;
    m_contextLines = lines;
    m_expanded.clear(); // the gaps are numbered anew
    if (m_detail)
        rebuild(true);
}

void DiffTextPane::expandGap(int gap)
{
    if (m_expanded.contains(gap))
        return;
    m_expanded.insert(gap);
    rebuild(true);
}

void DiffTextPane::expandAll()
{
    if (!m_detail)
        return;
    m_expanded = DiffRows::allGaps(m_detail->lines);
    rebuild(true);
}

bool DiffTextPane::hasCollapsed() const
{
    for (const DiffRow &r : m_rows.left)
        if (r.kind == RowKind::Collapsed)
            return true;
    return false;
}

QList<DiffSyntax::Formats> DiffTextPane::rowFormats(const QList<DiffRow> &rows, bool contextNew) const
{
    QList<DiffSyntax::Formats> out(rows.size());
    if (!m_syntax)
        return out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DiffRow &row = rows[i];
        if (row.line < 0)
            continue;
        const bool newSide = row.kind == RowKind::Added || (row.kind != RowKind::Removed && contextNew);
        out[i] = m_syntax->formats(row.line, newSide, m_expanded);
    }
    return out;
}

DiffTextPane::Column DiffTextPane::column(const QList<DiffRow> &rows, bool contextNew) const
{
    const QList<DiffLine> empty;
    const QList<DiffLine> &lines = m_detail ? m_detail->lines : empty;
    // The last line of each file, for the missing-newline marker.
    int lastOld = -1, lastNew = -1;
    for (int i = int(lines.size()) - 1; i >= 0 && (lastOld < 0 || lastNew < 0); --i) {
        if (lastOld < 0 && lines[i].origin != DiffLine::Added)
            lastOld = i;
        if (lastNew < 0 && lines[i].origin != DiffLine::Removed)
            lastNew = i;
    }
    const bool oldMissing = m_detail && m_detail->oldNoNewlineAtEnd;
    const bool newMissing = m_detail && m_detail->newNoNewlineAtEnd;
    Column c;
    QList<DiffEditor::Row> &editorRows = c.rows;
    QStringList &texts = c.texts;
    editorRows.reserve(rows.size());
    texts.reserve(rows.size());
    for (const DiffRow &row : rows) {
        DiffEditor::Row er;
        er.kind = row.kind;
        er.gap = row.gap;
        QString text;
        if (row.line >= 0) {
            const DiffLine &line = lines[row.line];
            er.oldLine = line.oldLine;
            er.newLine = line.newLine;
            er.changes = line.changes;
            text = line.text;
            // A context row stands for the file its column shows; unified, for both.
            const bool context = row.kind == RowKind::Context;
            const bool showsOld = row.kind == RowKind::Removed || (context && (!contextNew || m_mode == DiffMode::Unified));
            const bool showsNew = row.kind == RowKind::Added || (context && contextNew);
            er.noNewline = (oldMissing && row.line == lastOld && showsOld) || (newMissing && row.line == lastNew && showsNew);
        } else if (row.kind == RowKind::Collapsed) {
            text = tr("⋯  %1 unchanged lines  ⋯").arg(row.hidden);
        }
        texts.append(text);
        editorRows.append(er);
    }
    c.formats = rowFormats(rows, contextNew);
    return c;
}

void DiffTextPane::applySyntax()
{
    if (m_mode == DiffMode::SideBySide) {
        m_left->setFormats(rowFormats(m_rows.left, false));
        m_right->setFormats(rowFormats(m_rows.right, true));
    } else {
        m_left->setFormats(rowFormats(m_rows.left, true));
    }
}

namespace {
// Documents built on a worker; whichever are not taken go with the last reference.
struct BuiltDocuments {
    QTextDocument *left = nullptr;
    QTextDocument *right = nullptr;
    BuiltDocuments() = default;
    BuiltDocuments(const BuiltDocuments &) = delete;
    BuiltDocuments &operator=(const BuiltDocuments &) = delete;
    ~BuiltDocuments()
    {
        delete left;
        delete right;
    }
};
} // namespace

void DiffTextPane::rebuild(bool keepPosition)
{
    // Where the view was: from the pending position when a build is still under way.
    const Position position = isBuilding() ? m_buildPosition
                                         : Position{m_left->verticalScrollBar()->value(),
                                                    m_left->horizontalScrollBar()->value(), m_left->cursorRow()};
    const QList<DiffLine> empty;
    m_rows = DiffRows::build(m_detail ? m_detail->lines : empty, m_mode, m_expanded, m_contextLines);
    m_changeStarts = m_rows.changeStarts();
    m_current = -1;
    m_pendingChange = -1;
    const bool sideBySide = m_mode == DiffMode::SideBySide;
    Column left = column(m_rows.left, !sideBySide);
    Column right = sideBySide ? column(m_rows.right, true) : Column{};
    if (m_rows.left.size() <= backgroundRows) {
        m_buildJob.cancel(); // a build still under way is for rows gone now
        m_syntaxArrivedWhileBuilding = false; // the formats are in the rows already
        m_mirroring = true;
        m_left->setRows(std::move(left.rows), left.texts, left.formats);
        m_right->setRows(std::move(right.rows), right.texts, right.formats);
        m_mirroring = false;
        finishRebuild(keepPosition, position);
        return;
    }
    // Long: setting the text and its formats into a document takes the GUI
    // thread ~0.2 s per 30,000 rows; a worker builds the documents instead and
    // the GUI thread only swaps them in. Until then the old text stays.
    m_buildPosition = position;
    const QFont font = m_left->font();
    const QColor collapsedText = m_left->colors().expanderText;
    QThread *gui = thread();
    m_buildJob.start(
        this,
        [left, right, sideBySide, font, collapsedText, gui] {
            auto built = std::make_shared<BuiltDocuments>();
            built->left = DiffEditor::buildDocument(left.rows, left.texts, left.formats, font, collapsedText);
            built->left->moveToThread(gui);
            if (sideBySide) {
                built->right = DiffEditor::buildDocument(right.rows, right.texts, right.formats, font, collapsedText);
                built->right->moveToThread(gui);
            }
            return built;
        },
        [this, left, right, keepPosition](const std::shared_ptr<BuiltDocuments> &built) {
            m_mirroring = true;
            m_left->adoptDocument(left.rows, std::exchange(built->left, nullptr));
            if (built->right)
                m_right->adoptDocument(right.rows, std::exchange(built->right, nullptr));
            else
                m_right->setRows({}, {}, {});
            m_mirroring = false;
            if (m_syntaxArrivedWhileBuilding)
                applySyntax();
            m_syntaxArrivedWhileBuilding = false;
            const int change = m_pendingChange;
            finishRebuild(keepPosition, m_buildPosition);
            if (change >= 0)
                goToChange(change);
        });
}

void DiffTextPane::finishRebuild(bool keepPosition, const Position &position)
{
    m_right->setVisible(m_mode == DiffMode::SideBySide);
    m_left->setNumbers(m_mode == DiffMode::SideBySide ? DiffEditor::Numbers::Old : DiffEditor::Numbers::Both);
    if (keepPosition) {
        // Expanding happens below or at the row clicked: the rows above stay, and so does the view.
        const QTextBlock block = m_left->document()->findBlockByNumber(position.cursorRow);
        if (block.isValid())
            m_left->setTextCursor(QTextCursor(block));
        m_left->verticalScrollBar()->setValue(position.scroll);
        m_left->horizontalScrollBar()->setValue(position.hscroll);
    }
    Q_EMIT rebuilt();
    Q_EMIT currentChangeChanged(m_current, changeCount());
}

bool DiffTextPane::nextChange()
{
    if (isBuilding()) { // the editors still show the previous rows: go by the change index
        if (m_current + 1 >= changeCount())
            return false;
        goToChange(m_current + 1);
        return true;
    }
    const int row = m_left->cursorRow();
    for (int i = 0; i < changeCount(); ++i) {
        // Before any navigation a change at the cursor's own row counts as next.
        if (m_changeStarts[i] > row || (m_current < 0 && m_changeStarts[i] == row)) {
            goToChange(i);
            return true;
        }
    }
    return false;
}

bool DiffTextPane::previousChange()
{
    if (isBuilding()) {
        if (m_current <= 0)
            return false;
        goToChange(m_current - 1);
        return true;
    }
    const int row = m_left->cursorRow();
    for (int i = changeCount() - 1; i >= 0; --i) {
        if (m_rows.changeEnd(m_changeStarts[i]) < row) {
            goToChange(i);
            return true;
        }
    }
    return false;
}

void DiffTextPane::goToChange(int index)
{
    if (index < 0 || index >= changeCount())
        return;
    m_current = index;
    if (isBuilding()) { // shown once the documents are in
        m_pendingChange = index;
        Q_EMIT currentChangeChanged(m_current, changeCount());
        return;
    }
    const int first = m_changeStarts[index];
    const int last = m_rows.changeEnd(first);
    m_left->setCurrentChange(first, last);
    m_right->setCurrentChange(first, last);
    m_left->goToRow(first);
    if (m_mode == DiffMode::SideBySide) {
        m_mirroring = true;
        m_right->setTextCursor(QTextCursor(m_right->document()->findBlockByNumber(first)));
        m_right->verticalScrollBar()->setValue(m_left->verticalScrollBar()->value());
        m_mirroring = false;
    }
    Q_EMIT currentChangeChanged(m_current, changeCount());
}

void DiffTextPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // The syntax theme follows the palette (light or dark); until the new
        // formats arrive, the old ones stay.
        if (m_detail && !(m_syntax && m_syntax->suits(palette())))
            requestSyntax();
    }
    QWidget::changeEvent(event);
}

} // namespace tierdesk
