#pragma once
// Syntax colours for diff fragments with KSyntaxHighlighting. Only foreground
// and font styles come from here: added/removed and word backgrounds are
// painted by DiffEditor underneath, so neither replaces the other.
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

    // The process-wide definitions and themes (GUI thread only: not thread-safe).
    static KSyntaxHighlighting::Repository &repository();

    // Chooses the definition from the file name ("manifest.yml" → YAML).
    void setFileName(const QString &fileName);
    // Chooses the theme matching the palette (a light or dark one).
    void setPalette(const QPalette &palette);
    // Fragments start mid-construct, so error formats are hidden unless asked for.
    void setShowErrors(bool show) { m_showErrors = show; }

    // Format ranges for every line, in line order; None lines get none.
    QList<QList<QTextLayout::FormatRange>> highlight(const QList<Line> &lines);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    bool m_collect = true;
    bool m_showErrors = false;
    QList<QTextLayout::FormatRange> *m_out = nullptr;
    QHash<int, QTextCharFormat> m_formats; // by Format::id(), for the current theme
};

} // namespace tierdesk
