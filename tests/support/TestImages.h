// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small pictures for package assets in widget tests: a plain PNG and a plain
// SVG of one colour, so a test can check which one a pane shows by a pixel.
// Header-only: only the widget tests (which link Qt Gui) include it.
#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QString>

namespace tierdesk::testimages {

inline QByteArray png(const QColor &colour, int side = 16)
{
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(colour);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

inline QByteArray svg(const QString &colour)
{
    using namespace Qt::StringLiterals;
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\">\n"
           u"  <rect width=\"32\" height=\"32\" fill=\"%1\"/>\n</svg>\n"_s.arg(colour).toUtf8();
}

} // namespace tierdesk::testimages
