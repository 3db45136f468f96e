// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One file's text difference: two synchronised columns side by side, or one
// unified column; collapsed unchanged regions; next/previous change. Syntax
// formats come precomputed (DiffSyntax, from a worker): the text shows at once
// and takes its colours when they arrive.
#include "common/BackgroundJob.h"
#include "diff/DiffEditor.h"
#include "diff/DiffRows.h"
#include "diff/DiffSyntax.h"

#include <QWidget>

#include <memory>

namespace tierdesk {

class DiffEditor;

class DiffTextPane : public QWidget {
    Q_OBJECT

public:
    explicit DiffTextPane(QWidget *parent = nullptr);
    ~DiffTextPane() override;

    // Shows a file (collapsing its unchanged regions again). Without `syntax`
    // (or with one for another palette) the pane highlights in the background.
    void setDetail(std::shared_ptr<const FileDetail> detail, std::shared_ptr<const DiffSyntax> syntax = {});
    std::shared_ptr<const FileDetail> detail() const { return m_detail; }
    void clear();

    void setMode(DiffMode mode);
    // Unchanged lines kept around each change; the rest fold into expandable gaps.
    void setContextLines(int lines);
    DiffMode mode() const { return m_mode; }

    void expandGap(int gap);
    void expandAll();
    bool hasCollapsed() const;
    // Above this many rows, the editors' documents are built on a worker.
    static constexpr int backgroundRows = 3000;
    // True while a worker builds the documents for the current rows.
    bool isBuilding() const { return m_buildJob.isRunning(); }
    // False while syntax formats are being computed for what is shown.
    bool isHighlighted() const { return !m_syntaxJob.isRunning(); }
    std::shared_ptr<const DiffSyntax> syntax() const { return m_syntax; }

    int changeCount() const { return int(m_changeStarts.size()); }
    int currentChange() const { return m_current; }
    // Moves to the next/previous change of this file; false when there is none.
    bool nextChange();
    bool previousChange();
    void goToChange(int index);

    // The old side (or the unified column) and the new side (hidden when unified).
    DiffEditor *leftEditor() const { return m_left; }
    DiffEditor *rightEditor() const { return m_right; }
    const DiffRows &rows() const { return m_rows; }

Q_SIGNALS:
    void currentChangeChanged(int index, int count);
    void rebuilt();
    // The syntax formats computed in the background are on screen.
    void highlighted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild(bool keepPosition);
    struct Column {
        QList<DiffEditor::Row> rows;
        QStringList texts;
        QList<DiffSyntax::Formats> formats;
    };
    struct Position {
        int scroll = 0;
        int hscroll = 0;
        int cursorRow = 0;
    };
    Column column(const QList<DiffRow> &rows, bool contextNew) const;
    void finishRebuild(bool keepPosition, const Position &position);
    QList<DiffSyntax::Formats> rowFormats(const QList<DiffRow> &rows, bool contextNew) const;
    void applySyntax();
    void requestSyntax();
    void mirrorCursor(DiffEditor *from, DiffEditor *to);

    std::shared_ptr<const FileDetail> m_detail;
    DiffMode m_mode = DiffMode::SideBySide;
    QSet<int> m_expanded;
    int m_contextLines = 3;
    DiffRows m_rows;
    QList<int> m_changeStarts;
    int m_current = -1;
    DiffEditor *m_left = nullptr;
    DiffEditor *m_right = nullptr;
    std::shared_ptr<const DiffSyntax> m_syntax;
    LatestJob m_syntaxJob; // the formats for what is shown, while computed
    bool m_mirroring = false;
    LatestJob m_buildJob; // the documents for the current rows, while built
    Position m_buildPosition;
    int m_pendingChange = -1; // navigated to while building
    bool m_syntaxArrivedWhileBuilding = false;
};

} // namespace tierdesk
