// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffHighlighter.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QFileInfo>

namespace tierdesk {

KSyntaxHighlighting::Repository &DiffHighlighter::repository()
{
    // Loading the definitions' metadata takes a moment: once per thread. A
    // pool thread lives on while it gets work (it ends after 30 s idle), so
    // one file after another reuses its definitions, already loaded.
    thread_local KSyntaxHighlighting::Repository repo;
    return repo;
}

DiffHighlighter::DiffHighlighter() : m_repository(repository())
{
    setTheme(m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
}

void DiffHighlighter::setFileName(const QString &fileName)
{
    KSyntaxHighlighting::Definition def = m_repository.definitionForFileName(fileName);
    // "stream.yml.hbs" is Handlebars; a name the repository does not know may
    // still carry a known inner suffix ("fields.yml.disabled").
    if (!def.isValid()) {
        const QString base = QFileInfo(fileName).completeBaseName();
        if (base.contains(u'.'))
            def = m_repository.definitionForFileName(base);
    }
    setDefinition(def);
}

void DiffHighlighter::setPalette(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = m_repository.themeForPalette(palette);
    if (theme.name() != this->theme().name()) {
        setTheme(theme);
        m_formats.clear();
    }
}

QTextCharFormat DiffHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    const auto cached = m_formats.constFind(format.id());
    if (cached != m_formats.cend())
        return *cached;
    const KSyntaxHighlighting::Theme t = theme();
    QTextCharFormat f;
    if (format.hasTextColor(t))
        f.setForeground(format.textColor(t));
    // Deliberately no background: the diff's own backgrounds go there.
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t))
        f.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        f.setFontStrikeOut(true);
    m_formats.insert(format.id(), f);
    return f;
}

void DiffHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_collect || !m_out || length <= 0 || !format.isValid())
        return;
    if (!m_showErrors && format.textStyle() == KSyntaxHighlighting::Theme::Error)
        return;
    const QTextCharFormat f = charFormat(format);
    if (f.properties().isEmpty())
        return;
    m_out->append({offset, length, f});
}

KSyntaxHighlighting::State DiffHighlighter::highlightOne(const QString &text, const KSyntaxHighlighting::State &state,
                                                        QList<QTextLayout::FormatRange> *out)
{
    m_out = out;
    m_collect = out != nullptr;
    KSyntaxHighlighting::State next = highlightLine(text, state);
    m_out = nullptr;
    m_collect = true;
    return next;
}

QList<QList<QTextLayout::FormatRange>> DiffHighlighter::highlight(const QList<Line> &lines)
{
    QList<QList<QTextLayout::FormatRange>> result(lines.size());
    KSyntaxHighlighting::State oldState;
    KSyntaxHighlighting::State newState;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (line.reset) {
            oldState = KSyntaxHighlighting::State();
            newState = KSyntaxHighlighting::State();
        }
        m_out = &result[i];
        switch (line.stream) {
        case Stream::Old:
            m_collect = true;
            oldState = highlightLine(line.text, oldState);
            break;
        case Stream::New:
            m_collect = true;
            newState = highlightLine(line.text, newState);
            break;
        case Stream::Both:
            // Shown once, with the new file's state; the old file's state must still advance.
            m_collect = true;
            newState = highlightLine(line.text, newState);
            m_collect = false;
            oldState = highlightLine(line.text, oldState);
            break;
        case Stream::None: break;
        }
    }
    m_out = nullptr;
    m_collect = true;
    return result;
}

} // namespace tierdesk
