// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Syntax colours for diff fragments with KSyntaxHighlighting. Only foreground
// and font styles come from here: added/removed and word backgrounds are
// painted by DiffEditor underneath, so neither replaces the other.
//
// Threads: runs on workers (DiffSyntax), without a lock. KSyntaxHighlighting's
// Repository is not thread-safe, and highlighting is not read-only either:
// highlightLine() loads definitions lazily (including the ones they include,
// through the Repository), inserts into a per-definition state cache and uses
// a Repository-wide regex cache. All of that belongs to one Repository and the
// definitions it made, with nothing shared between Repositories (definition
// ids come from a process-wide atomic so states never mix), so each thread
// has its own Repository and a DiffHighlighter stays on the thread that made
// it. The GUI thread never makes one.
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QList>
#include <QPalette>
#include <QTextCharFormat>
#include <QTextLayout>

namespace KSyntaxHighlighting {
class Repository;
}

namespace tierdesk {

class DiffHighlighter : public KSyntaxHighlighting::AbstractHighlighter {
public:
    // Which file a line belongs to. In a unified view context lines continue
    // both files (Both), so each side's highlighting state stays its own.
    enum class Stream { Old, New, Both, None };

    struct Line {
        QString text;
        Stream stream = Stream::New;
        bool reset = false; // the first line of a fragment (a hunk, or after collapsed lines)
    };

    DiffHighlighter();

    // This thread's definitions and themes, made on its first use here.
    static KSyntaxHighlighting::Repository &repository();

    // Chooses the definition from the file name ("manifest.yml" → YAML).
    void setFileName(const QString &fileName);
    // Chooses the theme matching the palette (a light or dark one).
    void setPalette(const QPalette &palette);
    // Fragments start mid-construct, so error formats are hidden unless asked for.
    void setShowErrors(bool show) { m_showErrors = show; }

    // Format ranges for every line, in line order; None lines get none.
    QList<QList<QTextLayout::FormatRange>> highlight(const QList<Line> &lines);
    // One line from `state`: its format ranges into `out`, and the state after it.
    KSyntaxHighlighting::State highlightOne(const QString &text, const KSyntaxHighlighting::State &state,
                                            QList<QTextLayout::FormatRange> *out);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    KSyntaxHighlighting::Repository &m_repository; // this thread's
    bool m_collect = true;
    bool m_showErrors = false;
    QList<QTextLayout::FormatRange> *m_out = nullptr;
    QHash<int, QTextCharFormat> m_formats; // by Format::id(), for the current theme
};

} // namespace tierdesk
