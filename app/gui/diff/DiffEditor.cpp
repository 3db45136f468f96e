// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffEditor.h"

#include <QFontDatabase>
#include <QPlainTextDocumentLayout>
#include <QPointer>
#include <QTextDocument>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace tierdesk {

// The line numbers and +/− signs beside the text.
class DiffGutter : public QWidget {
public:
    explicit DiffGutter(DiffEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        // A click on a collapsed row's number cell expands it too.
        const int row = m_editor->rowAt(QPoint(0, event->position().toPoint().y()));
        if (row >= 0 && m_editor->m_rows[row].kind == RowKind::Collapsed)
            Q_EMIT m_editor->expandRequested(m_editor->m_rows[row].gap);
    }

private:
    DiffEditor *m_editor;
};

DiffEditor::DiffEditor(QWidget *parent) : QPlainTextEdit(parent), m_colors(DiffColors::forPalette(palette()))
{
    setReadOnly(true);
    // Read-only, yet with a visible cursor: next/previous change moves it.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFrameShape(QFrame::NoFrame);
    document()->setUndoRedoEnabled(false);
    viewport()->setMouseTracking(true);
    m_gutter = new DiffGutter(this);
    m_gutter->setCursor(Qt::ArrowCursor);
    connect(this, &QPlainTextEdit::updateRequest, m_gutter, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_gutter, [this] { m_gutter->update(); });
    updateGutterGeometry();
}

void DiffEditor::setRows(QList<Row> rows, const QStringList &texts, const QList<QList<QTextLayout::FormatRange>> &formats)
{
    m_rows = std::move(rows);
    m_changeFirst = m_changeLast = -1;
    setPlainText(texts.join(u'\n'));
    setFormats(formats);
    updateGutterGeometry();
}

namespace {
void applyFormats(QTextDocument *document, const QList<DiffEditor::Row> &rows,
                  const QList<QList<QTextLayout::FormatRange>> &formats, const QColor &collapsedText)
{
    QTextCharFormat collapsed;
    collapsed.setForeground(collapsedText);
    collapsed.setFontItalic(true);
    QTextBlock block = document->firstBlock();
    for (qsizetype i = 0; block.isValid() && i < rows.size(); ++i, block = block.next()) {
        QList<QTextLayout::FormatRange> ranges = formats.value(i);
        if (rows[i].kind == RowKind::Collapsed)
            ranges = {{0, int(block.length()), collapsed}};
        if (!ranges.isEmpty())
            block.layout()->setFormats(ranges);
        else if (block.layout() && !block.layout()->formats().isEmpty())
            block.layout()->clearFormats();
    }
}
} // namespace

void DiffEditor::setFormats(const QList<QList<QTextLayout::FormatRange>> &formats)
{
    applyFormats(document(), m_rows, formats, m_colors.expanderText);
    // Bold or italic syntax formats change widths: lay the text out again.
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
}

QTextDocument *DiffEditor::buildDocument(const QList<Row> &rows, const QStringList &texts,
                                         const QList<QList<QTextLayout::FormatRange>> &formats, const QFont &font,
                                         const QColor &collapsedText)
{
    // Nothing here may lay text out: shaping on this thread would leave the
    // blocks holding font engines of this thread's font cache. So the layout
    // comes last (a document without one lays nothing out), and only marks
    // the blocks to be laid out where they are painted.
    auto *document = new QTextDocument;
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(font);
    document->setPlainText(texts.join(u'\n'));
    applyFormats(document, rows, formats, collapsedText);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    return document;
}

void DiffEditor::adoptDocument(QList<Row> rows, QTextDocument *document)
{
    m_rows = std::move(rows);
    m_changeFirst = m_changeLast = -1;
    // The text control deletes its own first document; an adopted one is ours to delete.
    const QPointer<QTextDocument> previous = this->document();
    const bool adopted = previous && previous->parent() == this;
    document->setParent(this);
    setDocument(document);
    if (adopted && previous && previous != document)
        delete previous.data();
    updateGutterGeometry();
    viewport()->update();
}

QString DiffEditor::noNewlineText() { return tr("No newline at end of file"); }

QFont DiffEditor::markerFont() const
{
    QFont f = font();
    f.setItalic(true);
    f.setPointSizeF(f.pointSizeF() > 0 ? f.pointSizeF() * 0.85 : f.pointSizeF());
    return f;
}

QRect DiffEditor::noNewlineRect(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].noNewline)
        return {};
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid() || !block.layout())
        return {};
    const QRect text = textRect(row, 0, int(block.length()) - 1);
    const QRect line = rowRect(row);
    const QFontMetrics fm(markerFont());
    const int width = fm.horizontalAdvance(noNewlineText()) + 12;
    return QRect(text.right() + 12, line.top() + 1, width, line.height() - 2);
}

void DiffEditor::paintNoNewline(QPainter &p, int row)
{
    const QRect r = noNewlineRect(row);
    if (r.isEmpty())
        return;
    // Painted beside the text, not part of it: it is neither selected nor copied.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(m_colors.fillerHatch);
    p.setBrush(m_colors.gutter);
    p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    p.setFont(markerFont());
    p.setPen(m_colors.gutterText);
    p.drawText(r, Qt::AlignCenter, noNewlineText());
    p.restore();
}

void DiffEditor::setNumbers(Numbers numbers)
{
    m_numbers = numbers;
    updateGutterGeometry();
    m_gutter->update();
}

void DiffEditor::setCurrentChange(int first, int last)
{
    m_changeFirst = first;
    m_changeLast = last;
    m_gutter->update();
    viewport()->update();
}

void DiffEditor::goToRow(int row)
{
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
}

int DiffEditor::rowAt(const QPoint &viewportPos) const
{
    const QTextBlock block = cursorForPosition(viewportPos).block();
    if (!block.isValid())
        return -1;
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    if (viewportPos.y() < r.top() || viewportPos.y() > r.bottom())
        return -1;
    return block.blockNumber() < m_rows.size() ? block.blockNumber() : -1;
}

QRect DiffEditor::rowRect(int row) const
{
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid())
        return {};
    QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    r.setLeft(0);
    r.setWidth(viewport()->width());
    return r.toAlignedRect();
}

QRect DiffEditor::textRect(int row, int start, int length) const
{
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid() || !block.layout())
        return {};
    // First: the geometry lays the block out, when it is not yet.
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    const QTextLine line = block.layout()->lineForTextPosition(start);
    if (!line.isValid())
        return {};
    const qreal x1 = line.cursorToX(start);
    const qreal x2 = line.cursorToX(start + length);
    return QRectF(r.left() + block.layout()->position().x() + x1, r.top() + line.y(), x2 - x1, line.height())
        .toAlignedRect();
}

int DiffEditor::gutterWidth() const
{
    int maxLine = 1;
    for (const Row &r : m_rows)
        maxLine = std::max({maxLine, r.oldLine, r.newLine});
    const QFontMetrics fm(font());
    const int digits = int(QString::number(maxLine).size());
    const int number = fm.horizontalAdvance(u'9') * std::max(digits, 2) + 10;
    const int sign = fm.horizontalAdvance(u'+') + 10;
    return (m_numbers == Numbers::Both ? 2 * number : number) + sign;
}

void DiffEditor::updateGutterGeometry()
{
    const int width = gutterWidth();
    if (viewportMargins().left() != width)
        setViewportMargins(width, 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(cr.left(), cr.top(), width, cr.height());
}

void DiffEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void DiffEditor::changeEvent(QEvent *event)
{
    if (!m_gutter) {
        // The constructor's own setFont() arrives before the gutter exists.
    } else if (event->type() == QEvent::PaletteChange) {
        m_colors = DiffColors::forPalette(palette());
        m_gutter->update();
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterGeometry();
    }
    QPlainTextEdit::changeEvent(event);
}

void DiffEditor::paintWordChanges(QPainter &p, const QTextBlock &block, const QRectF &rowRect, const Row &row)
{
    const QTextLayout *layout = block.layout();
    if (!layout || row.changes.isEmpty())
        return;
    const QColor colour = row.kind == RowKind::Added ? m_colors.addedWord : m_colors.removedWord;
    for (const TextRange &change : row.changes) {
        const QTextLine line = layout->lineForTextPosition(change.start);
        if (!line.isValid())
            continue;
        const qreal x1 = line.cursorToX(change.start);
        const qreal x2 = line.cursorToX(std::min(change.end(), int(block.length()) - 1));
        const QRectF r(rowRect.left() + layout->position().x() + x1, rowRect.top() + line.y(), std::max(2.0, x2 - x1),
                       line.height());
        p.fillRect(r, colour);
    }
}

void DiffEditor::paintEvent(QPaintEvent *event)
{
    {
        // Backgrounds first, underneath the text the base class draws.
        QPainter p(viewport());
        const QPointF offset = contentOffset();
        const qreal width = viewport()->width();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF r = blockBoundingGeometry(block).translated(offset);
            if (r.top() > event->rect().bottom())
                break;
            const int n = block.blockNumber();
            if (n >= m_rows.size())
                break;
            const Row &row = m_rows[n];
            const QRectF full(0, r.top(), width, r.height());
            switch (row.kind) {
            case RowKind::Added:
                p.fillRect(full, m_colors.addedLine);
                paintWordChanges(p, block, r, row);
                break;
            case RowKind::Removed:
                p.fillRect(full, m_colors.removedLine);
                paintWordChanges(p, block, r, row);
                break;
            case RowKind::Filler:
                p.fillRect(full, m_colors.filler);
                p.fillRect(full, QBrush(m_colors.fillerHatch, Qt::BDiagPattern));
                break;
            case RowKind::Collapsed:
                p.fillRect(full, m_colors.expander);
                p.setPen(m_colors.fillerHatch);
                p.drawLine(full.topLeft(), full.topRight());
                p.drawLine(full.bottomLeft() - QPointF(0, 1), full.bottomRight() - QPointF(0, 1));
                break;
            case RowKind::Context: break;
            }
        }
    }
    QPlainTextEdit::paintEvent(event);
    QPainter p(viewport());
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const int n = block.blockNumber();
        if (n >= m_rows.size() || blockBoundingGeometry(block).translated(contentOffset()).top() > event->rect().bottom())
            break;
        if (m_rows[n].noNewline)
            paintNoNewline(p, n);
    }
}

void DiffEditor::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), m_colors.gutter);
    const QFontMetrics fm(font());
    p.setFont(font());
    const int signWidth = fm.horizontalAdvance(u'+') + 10;
    const int numberWidth = (m_gutter->width() - signWidth) / (m_numbers == Numbers::Both ? 2 : 1);
    const QPointF offset = contentOffset();
    const int cursor = textCursor().blockNumber();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF geometry = blockBoundingGeometry(block).translated(offset);
        if (geometry.top() > event->rect().bottom())
            break;
        const int n = block.blockNumber();
        if (n >= m_rows.size())
            break;
        const Row &row = m_rows[n];
        const QRect r(0, int(geometry.top()), m_gutter->width(), int(geometry.height()));
        QColor sign;
        QString signText;
        switch (row.kind) {
        case RowKind::Added:
            p.fillRect(r, m_colors.addedLine);
            sign = m_colors.addedText;
            signText = u"+"_s;
            break;
        case RowKind::Removed:
            p.fillRect(r, m_colors.removedLine);
            sign = m_colors.removedText;
            signText = u"−"_s;
            break;
        case RowKind::Filler: p.fillRect(r, m_colors.filler); break;
        case RowKind::Collapsed: p.fillRect(r, m_colors.expander); break;
        case RowKind::Context: break;
        }
        if (n >= m_changeFirst && n <= m_changeLast)
            p.fillRect(QRect(0, r.top(), 3, r.height()), m_colors.currentChange);
        QFont f = font();
        f.setBold(n == cursor);
        p.setFont(f);
        p.setPen(n == cursor ? palette().color(QPalette::Text) : m_colors.gutterText);
        auto number = [&](int line, int column) {
            if (line > 0)
                p.drawText(QRect(column * numberWidth, r.top(), numberWidth - 6, r.height()),
                           Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        };
        switch (m_numbers) {
        case Numbers::Old: number(row.oldLine, 0); break;
        case Numbers::New: number(row.newLine, 0); break;
        case Numbers::Both:
            number(row.oldLine, 0);
            number(row.newLine, 1);
            break;
        }
        if (!signText.isEmpty()) {
            p.setPen(sign);
            p.drawText(QRect(m_gutter->width() - signWidth, r.top(), signWidth, r.height()), Qt::AlignCenter, signText);
        }
    }
}

void DiffEditor::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    viewport()->setCursor(row >= 0 && m_rows[row].kind == RowKind::Collapsed ? Qt::PointingHandCursor : Qt::IBeamCursor);
    QPlainTextEdit::mouseMoveEvent(event);
}

void DiffEditor::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void DiffEditor::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || (pos - m_pressPos).manhattanLength() > 4)
        return; // a selection, not a click
    const int row = rowAt(pos);
    if (row >= 0 && m_rows[row].kind == RowKind::Collapsed)
        Q_EMIT expandRequested(m_rows[row].gap);
}

void DiffEditor::keyPressEvent(QKeyEvent *event)
{
    const int row = cursorRow();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) && row >= 0
        && row < m_rows.size() && m_rows[row].kind == RowKind::Collapsed) {
        Q_EMIT expandRequested(m_rows[row].gap);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace tierdesk
