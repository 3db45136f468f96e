// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffSummary.h"

#include "common/PlainText.h"
#include "core/WebLink.h"
#include "diff/DiffColors.h"

#include <QEvent>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString linkText(const QString &link)
{
    static const QRegularExpression pull(u"/pull/(\\d+)/?$"_s);
    const auto m = pull.match(link);
    return m.hasMatch() ? u"#"_s + m.captured(1) : DiffSummary::tr("link");
}
} // namespace

DiffSummary::DiffSummary(QWidget *parent) : QTextBrowser(parent)
{
    // Changelog links come from the repository: only web addresses open.
    openWebLinksOnly(this);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    document()->setDocumentMargin(6);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QString DiffSummary::toHtml(const ManifestSummary &s, const QPalette &palette)
{
    const DiffColors c = DiffColors::forPalette(palette);
    const QString oldColour = c.removedText.name();
    const QString newColour = c.addedText.name();
    const QString dim = c.gutterText.name();
    auto value = [&](const QString &v, const QString &colour) -> QString {
        if (v.isEmpty())
            return u"<span style=\"color:%1\"><i>%2</i></span>"_s.arg(dim, esc(tr("none")));
        return u"<span style=\"color:%1\">%2</span>"_s.arg(colour, esc(v));
    };

    QString fields;
    if (s.fields.isEmpty()) {
        fields = u"<b>%1</b> <span style=\"color:%2\">%3</span>"_s.arg(esc(tr("Manifest")), dim,
                                                                        esc(tr("no field changed")));
    } else {
        fields = u"<b>%1</b><table cellspacing=\"0\" cellpadding=\"1\">"_s.arg(esc(tr("Manifest")));
        for (const ManifestFieldChange &f : s.fields) {
            // Nested keys come one per change; added and removed ones say so instead of "none".
            QString change;
            if (f.change == FieldChange::Added)
                change = u"<span style=\"color:%1\"><i>%2</i></span> %3"_s.arg(dim, esc(tr("added")),
                                                                                value(f.newValue, newColour));
            else if (f.change == FieldChange::Removed)
                change = u"<span style=\"color:%1\"><i>%2</i></span> %3"_s.arg(dim, esc(tr("removed")),
                                                                                value(f.oldValue, oldColour));
            else
                change = value(f.oldValue, oldColour) + u" &#8594; "_s + value(f.newValue, newColour);
            fields += u"<tr><td style=\"padding-right:10px\">%1</td><td>%2</td></tr>"_s.arg(esc(f.label), change);
        }
        fields += u"</table>"_s;
    }

    QString log;
    auto entries = [&](const QString &title, const QList<ChangelogEntry> &list, const QString &colour) {
        if (list.isEmpty())
            return;
        log += u"<b>%1</b><table cellspacing=\"0\" cellpadding=\"1\">"_s.arg(esc(title));
        for (const ChangelogEntry &e : list) {
            QStringList changes;
            for (const ChangelogChange &ch : e.changes) {
                QString line = esc(ch.description);
                if (!ch.type.isEmpty())
                    line += u" <span style=\"color:%1\">[%2]</span>"_s.arg(dim, esc(ch.type));
                if (!ch.link.isEmpty())
                    line += u' ' + linkHtml(ch.link, isWebLink(ch.link) ? linkText(ch.link) : ch.link);
                changes.append(line);
            }
            log += u"<tr><td style=\"padding-right:10px\"><span style=\"color:%1\">%2</span></td><td>%3</td></tr>"_s.arg(
                colour, esc(e.version), changes.join(u"<br>"_s));
        }
        log += u"</table>"_s;
    };
    entries(tr("Changelog entries added"), s.changelogAdded, newColour);
    entries(tr("Changelog entries removed"), s.changelogRemoved, oldColour);
    if (log.isEmpty())
        log = u"<b>%1</b> <span style=\"color:%2\">%3</span>"_s.arg(esc(tr("Changelog")), dim, esc(tr("no entry added")));
    for (const QString &note : s.notes)
        log += u"<br><span style=\"color:%1\">%2</span>"_s.arg(c.modifiedText.name(), esc(note));

    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           u"<td width=\"50%\" valign=\"top\" style=\"padding-right:16px\">%1</td>"
           u"<td width=\"50%\" valign=\"top\">%2</td></tr></table>"_s.arg(fields, log);
}

void DiffSummary::setSummary(const ManifestSummary &summary)
{
    m_summary = summary;
    m_empty = false;
    render();
}

void DiffSummary::clearSummary()
{
    m_summary = {};
    m_empty = true;
    render();
}

void DiffSummary::render()
{
    if (m_empty)
        setHtml({});
    else
        setHtml(toHtml(m_summary, palette()));
    fitHeight();
}

void DiffSummary::fitHeight()
{
    document()->setTextWidth(viewport()->width() > 50 ? viewport()->width() : 800);
    const int wanted = m_empty ? 0 : int(document()->size().height()) + 2 * frameWidth() + 2;
    // Long changelogs scroll inside; the diff keeps most of the height.
    setFixedHeight(std::min(wanted, 180));
}

void DiffSummary::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

void DiffSummary::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace tierdesk
