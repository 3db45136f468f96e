#pragma once
// Syntax colours for diff fragments with KSyntaxHighlighting. Only foreground
// and font styles come from here: added/removed and word backgrounds are
// painted by DiffEditor underneath, so neither replaces the other.
//
// Threads: runs on workers (DiffSyntax). KSyntaxHighlighting's Repository is
// not thread-safe, and highlighting is not read-only either: highlightLine()
// loads definitions lazily (including the ones they include, through the
// Repository), inserts into a per-definition state cache and uses a
// Repository-wide regex cache. So the one Repository of the process is only
// touched under repositoryMutex(), which a DiffHighlighter holds from its
// construction to its destruction; the GUI thread never creates one.
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QList>
#include <QMutexLocker>
#include <QRecursiveMutex>
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
    ~DiffHighlighter() override;

    // The process-wide definitions and themes; any thread, holding repositoryMutex().
    static KSyntaxHighlighting::Repository &repository();
    // Recursive, so one thread may hold several highlighters.
    static QRecursiveMutex &repositoryMutex();

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

    QMutexLocker<QRecursiveMutex> m_lock; // first member: held before the base class is used
    bool m_collect = true;
    bool m_showErrors = false;
    QList<QTextLayout::FormatRange> *m_out = nullptr;
    QHash<int, QTextCharFormat> m_formats; // by Format::id(), for the current theme
};

} // namespace tierdesk
