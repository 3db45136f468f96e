#include "DiffTextPane.h"

#include "DiffEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace tierdesk {

DiffTextPane::DiffTextPane(QWidget *parent)
    : QWidget(parent), m_left(new DiffEditor(this)), m_right(new DiffEditor(this)),
      m_highlighter(std::make_unique<DiffHighlighter>())
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_left);
    layout->addWidget(m_right);
    m_left->setObjectName(u"diffLeft"_s);
    m_right->setObjectName(u"diffRight"_s);
    m_left->setNumbers(DiffEditor::Numbers::Old);
    m_right->setNumbers(DiffEditor::Numbers::New);
    m_highlighter->setPalette(palette());

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

DiffTextPane::~DiffTextPane() = default;

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

void DiffTextPane::setDetail(std::shared_ptr<const FileDetail> detail)
{
    m_detail = std::move(detail);
    m_expanded.clear();
    m_highlighter->setFileName(m_detail ? m_detail->delta.path : QString());
    rebuild(false);
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

void DiffTextPane::fill(DiffEditor *editor, const QList<DiffRow> &rows, DiffHighlighter::Stream contextStream)
{
    const QList<DiffLine> empty;
    const QList<DiffLine> &lines = m_detail ? m_detail->lines : empty;
    QList<DiffEditor::Row> editorRows;
    QStringList texts;
    QList<DiffHighlighter::Line> highlight;
    editorRows.reserve(rows.size());
    texts.reserve(rows.size());
    highlight.reserve(rows.size());
    bool reset = true;
    for (const DiffRow &row : rows) {
        DiffEditor::Row er;
        er.kind = row.kind;
        er.gap = row.gap;
        QString text;
        DiffHighlighter::Stream stream = DiffHighlighter::Stream::None;
        if (row.line >= 0) {
            const DiffLine &line = lines[row.line];
            er.oldLine = line.oldLine;
            er.newLine = line.newLine;
            er.changes = line.changes;
            text = line.text;
            switch (row.kind) {
            case RowKind::Added: stream = DiffHighlighter::Stream::New; break;
            case RowKind::Removed: stream = DiffHighlighter::Stream::Old; break;
            default: stream = contextStream; break;
            }
        } else if (row.kind == RowKind::Collapsed) {
            text = tr("⋯  %1 unchanged lines  ⋯").arg(row.hidden);
        }
        // Each fragment after collapsed lines starts from a fresh highlighting state.
        const bool resetHere = reset && row.line >= 0;
        highlight.append({text, stream, resetHere});
        if (row.kind == RowKind::Collapsed)
            reset = true;
        else if (resetHere)
            reset = false;
        texts.append(text);
        editorRows.append(er);
    }
    editor->setRows(editorRows, texts, m_highlighter->highlight(highlight));
}

void DiffTextPane::rebuild(bool keepPosition)
{
    const int scroll = m_left->verticalScrollBar()->value();
    const int hscroll = m_left->horizontalScrollBar()->value();
    const int cursorRow = m_left->cursorRow();
    const QList<DiffLine> empty;
    m_rows = DiffRows::build(m_detail ? m_detail->lines : empty, m_mode, m_expanded);
    m_changeStarts = m_rows.changeStarts();
    m_current = -1;
    m_right->setVisible(m_mode == DiffMode::SideBySide);
    m_mirroring = true;
    if (m_mode == DiffMode::SideBySide) {
        m_left->setNumbers(DiffEditor::Numbers::Old);
        fill(m_left, m_rows.left, DiffHighlighter::Stream::Old);
        fill(m_right, m_rows.right, DiffHighlighter::Stream::New);
    } else {
        m_left->setNumbers(DiffEditor::Numbers::Both);
        fill(m_left, m_rows.left, DiffHighlighter::Stream::Both);
        m_right->setRows({}, {}, {});
    }
    m_mirroring = false;
    if (keepPosition) {
        // Expanding happens below or at the row clicked: the rows above stay, and so does the view.
        const QTextBlock block = m_left->document()->findBlockByNumber(cursorRow);
        if (block.isValid())
            m_left->setTextCursor(QTextCursor(block));
        m_left->verticalScrollBar()->setValue(scroll);
        m_left->horizontalScrollBar()->setValue(hscroll);
    }
    Q_EMIT rebuilt();
    Q_EMIT currentChangeChanged(m_current, changeCount());
}

bool DiffTextPane::nextChange()
{
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
        // The syntax theme follows the palette (light or dark).
        m_highlighter->setPalette(palette());
        if (m_detail) {
            const int change = m_current;
            rebuild(true);
            if (change >= 0)
                goToChange(change);
        }
    }
    QWidget::changeEvent(event);
}

} // namespace tierdesk
