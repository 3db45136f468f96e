// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Appearance.h"

#include "common/DarkPalette.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace tierdesk {

namespace {

struct PlatformLook {
    QString style;
    QPalette palette;
};

const PlatformLook &platformLook()
{
    static const PlatformLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

} // namespace

Theme storedTheme()
{
    return UserSettings::read(QSettings()).theme;
}

void applyTheme(Theme theme)
{
    const PlatformLook &platform = platformLook();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(platform.style));
        QApplication::setPalette(platform.palette);
        break;
    case Theme::Light: {
        // Fusion draws everything from the palette: its own standard palette is a light one.
        QStyle *style = createPaletteStyle();
        QApplication::setStyle(style);
        QApplication::setPalette(style->standardPalette());
        break;
    }
    case Theme::Dark:
        QApplication::setStyle(createPaletteStyle());
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace tierdesk
