// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ThemeColors.h"

#include "storage/TierMatrix.h"

namespace tierdesk {

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto blend = [amount](float p, float q) { return p + (q - p) * float(amount); };
    return QColor::fromRgbF(blend(x.redF(), y.redF()), blend(x.greenF(), y.greenF()), blend(x.blueF(), y.blueF()),
                            blend(x.alphaF(), y.alphaF()));
}

QColor problemHue() { return QColor(0xe0, 0x3e, 0x4a); }
QColor warningHue() { return QColor(0xe8, 0x96, 0x0c); }

static bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

ChipColors chipColors(const QPalette &palette, const VersionChip &chip)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const qreal fillAmount = isDark(palette) ? 0.32 : 0.18;
    ChipColors c;
    c.text = text;
    if (chip.policyProblem || chip.hasProblems()) {
        c.fill = mix(base, problemHue(), fillAmount);
        c.border = mix(base, problemHue(), 0.9);
    } else if (chip.role == CopyRole::Shadowed) {
        c.fill = mix(base, warningHue(), fillAmount);
        c.border = mix(base, warningHue(), 0.9);
    } else if (chip.role == CopyRole::Promoted) {
        // Pending removal: quiet and dashed, the text still well readable.
        c.fill = base;
        c.border = mix(base, text, 0.45);
        c.text = mix(text, base, 0.3);
        c.borderStyle = Qt::DashLine;
    } else if (chip.candidate) {
        const QColor green(0x2e, 0xa0, 0x43);
        c.fill = mix(base, green, fillAmount);
        c.border = mix(base, green, 0.85);
    } else {
        const QColor accent = palette.color(QPalette::Highlight);
        c.fill = mix(base, accent, isDark(palette) ? 0.25 : 0.12);
        c.border = mix(base, accent, 0.55);
    }
    if (chip.hasProblems() && chip.role == CopyRole::Promoted)
        c.borderStyle = Qt::DashLine;
    return c;
}

QColor tintedBackground(const QPalette &palette, const QColor &accent)
{
    return mix(palette.color(QPalette::Window), accent, isDark(palette) ? 0.28 : 0.16);
}

QColor tintedFrame(const QPalette &palette, const QColor &accent)
{
    return mix(palette.color(QPalette::Window), accent, 0.75);
}

QColor dimmedText(const QPalette &palette, QPalette::ColorRole text)
{
    const QPalette::ColorRole background = text == QPalette::WindowText        ? QPalette::Window
                                           : text == QPalette::HighlightedText ? QPalette::Highlight
                                                                               : QPalette::Base;
    return mix(palette.color(text), palette.color(background), 0.4);
}

} // namespace tierdesk
