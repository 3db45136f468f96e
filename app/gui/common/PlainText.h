// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repository text is shown as the text it is: never interpreted as HTML in a
// label or a tooltip, and links from it open only when they are web
// addresses (core/WebLink.h). Every widget that shows such text goes
// through here.
#include <QColor>
#include <QString>

class QLabel;
class QTextBrowser;
class QUrl;

namespace tierdesk {

// A label that shows its text literally (Qt's default guesses HTML).
QLabel *plainLabel(QLabel *label);

// Qt shows a tooltip that looks like HTML as rich text; such a text is
// escaped so it reads as written. Other texts are returned unchanged.
QString plainToolTip(const QString &text);

// An action's or a button's text with '&' kept literal (not a shortcut).
QString literalMnemonic(QString text);

// An anchor for a web address, otherwise the escaped address as text: a
// link of another scheme is shown but cannot be clicked.
QString linkHtml(const QString &link, const QString &text);
// The same in a given colour: rich text fixes a link's colour when it is set, so a label
// on a highlighted row or after a palette change needs its colour named.
QString linkHtml(const QString &link, const QString &text, const QColor &colour);

// Opens `url` in the browser when it is a web address; false otherwise.
bool openWebLink(const QUrl &url);
bool openWebLink(const QString &link);

// Rich-text widgets open their links only through openWebLink.
void openWebLinksOnly(QLabel *label);
void openWebLinksOnly(QTextBrowser *browser);

} // namespace tierdesk
