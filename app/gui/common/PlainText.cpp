// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PlainText.h"

#include "core/WebLink.h"

#include <QDesktopServices>
#include <QLabel>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tierdesk {

QLabel *plainLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString literalMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

namespace {
// `html` (already escaped) inside an anchor when `link` is a web address, as it is otherwise.
QString anchored(const QString &link, const QString &html)
{
    if (!isWebLink(link))
        return html;
    return u"<a href=\""_s + link.toHtmlEscaped() + u"\">"_s + html + u"</a>"_s;
}
} // namespace

QString linkHtml(const QString &link, const QString &text)
{
    return anchored(link, text.toHtmlEscaped());
}

QString linkHtml(const QString &link, const QString &text, const QColor &colour)
{
    return anchored(link, u"<span style=\"color:"_s + colour.name() + u"\">"_s + text.toHtmlEscaped() + u"</span>"_s);
}

bool openWebLink(const QUrl &url)
{
    if (!isWebLink(url))
        return false;
    return QDesktopServices::openUrl(url);
}

bool openWebLink(const QString &link)
{
    return isWebLink(link) && openWebLink(QUrl(link, QUrl::StrictMode));
}

void openWebLinksOnly(QLabel *label)
{
    label->setOpenExternalLinks(false);
    QObject::connect(label, &QLabel::linkActivated, label,
                     [](const QString &link) { openWebLink(link); });
}

void openWebLinksOnly(QTextBrowser *browser)
{
    browser->setOpenExternalLinks(false);
    browser->setOpenLinks(false); // a relative or file: link would otherwise be loaded into the view
    QObject::connect(browser, &QTextBrowser::anchorClicked, browser, [](const QUrl &url) { openWebLink(url); });
}

} // namespace tierdesk
