// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One column of a diff: read-only text whose rows carry line numbers, and
// whose added/removed/word backgrounds are painted underneath the syntax colours.
#include "diff/DiffColors.h"
#include "diff/DiffRows.h"

#include <QPlainTextEdit>
#include <QTextLayout>

namespace tierdesk {

class DiffGutter;

class DiffEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    enum class Numbers { Old, New, Both };

    struct Row {
        RowKind kind = RowKind::Context;
        int oldLine = 0; // 0: none
        int newLine = 0;
        QList<TextRange> changes; // changed words on this row's text
        int gap = -1;             // Collapsed rows: the region they stand for
        bool noNewline = false;   // the file's last line, without a line break at its end
    };

    explicit DiffEditor(QWidget *parent = nullptr);

    // Replaces the content: one text and one list of syntax formats per row.
    void setRows(QList<Row> rows, const QStringList &texts, const QList<QList<QTextLayout::FormatRange>> &formats);
    // The same content as setRows() as a document of its own, built on any
    // thread; the caller moves it to the editor's thread for adoptDocument().
    static QTextDocument *buildDocument(const QList<Row> &rows, const QStringList &texts,
                                        const QList<QList<QTextLayout::FormatRange>> &formats, const QFont &font,
                                        const QColor &collapsedText);
    // Shows a document from buildDocument(), which it takes over, with its rows.
    void adoptDocument(QList<Row> rows, QTextDocument *document);
    // Replaces only the syntax formats, one list per row (cheap: no new text).
    void setFormats(const QList<QList<QTextLayout::FormatRange>> &formats);
    const QList<Row> &rows() const { return m_rows; }
    void setNumbers(Numbers numbers);
    Numbers numbers() const { return m_numbers; }
    // Rows [first, last] get a bar in the margin: the change navigated to.
    void setCurrentChange(int first, int last);
    // Moves the cursor to the row and scrolls it into the middle.
    void goToRow(int row);
    int cursorRow() const { return textCursor().blockNumber(); }
    // The row under a viewport position, or -1.
    int rowAt(const QPoint &viewportPos) const;
    // Where a row is on the viewport (for tests and tooltips).
    QRect rowRect(int row) const;
    // Where characters [start, start + length) of a row are drawn, on the viewport.
    QRect textRect(int row, int start, int length) const;
    const DiffColors &colors() const { return m_colors; }
    // The marker painted after a last line that lacks its line break (git's "\\ No newline at end of file").
    static QString noNewlineText();
    // Where that marker is drawn for `row`, on the viewport; empty when the row has none.
    QRect noNewlineRect(int row) const;

Q_SIGNALS:
    void expandRequested(int gap);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class DiffGutter;
    void paintGutter(QPaintEvent *event);
    int gutterWidth() const;
    void updateGutterGeometry();
    void paintWordChanges(QPainter &p, const QTextBlock &block, const QRectF &rowRect, const Row &row);
    void paintNoNewline(QPainter &p, int row);
    QFont markerFont() const;

    QList<Row> m_rows;
    Numbers m_numbers = Numbers::New;
    DiffColors m_colors;
    DiffGutter *m_gutter = nullptr;
    int m_changeFirst = -1;
    int m_changeLast = -1;
    QPoint m_pressPos;
};

} // namespace tierdesk
