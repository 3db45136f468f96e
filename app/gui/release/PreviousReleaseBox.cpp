// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/PreviousReleaseBox.h"

#include "common/Accessible.h"
#include "common/PlainText.h"
#include "release/ReleaseView.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStylePainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The item data role holding a choice's ref ("" = automatic, "\x01" = other).
constexpr int RefRole = Qt::UserRole + 1;
const QString OtherRef = u"\x01"_s;
} // namespace

PreviousReleaseBox::PreviousReleaseBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"previousRelease"_s);
    describeControl(this, ReleaseView::tr("Compare with"),
                    ReleaseView::tr("The release production is compared with: the previous version tag, or "
                                    "another tag, branch or commit"));
    // Room from what the row leaves, up to its longest choice: its full text
    // would set the release view's minimum width (1024 px windows, German).
    // Narrower than its text, the box ends it in "…" and the tooltip has it whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addItem(ReleaseView::tr("Previous version tag (automatic)"), QString());
    addItem(ReleaseView::tr("Other tag, branch or commit…"), OtherRef);
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, widthFor(itemText(i)));
    setMaximumWidth(widest);
    connect(this, &QComboBox::currentTextChanged, this, [this] { updateToolTip(); });
}

int PreviousReleaseBox::widthFor(const QString &text) const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QSize content(fontMetrics().horizontalAdvance(text), fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, this).width();
}

QString PreviousReleaseBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    return fontMetrics().elidedText(currentText(), Qt::ElideRight, field.width());
}

void PreviousReleaseBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void PreviousReleaseBox::resizeEvent(QResizeEvent *event)
{
    QComboBox::resizeEvent(event);
    updateToolTip();
}

void PreviousReleaseBox::updateToolTip()
{
    setToolTip(shownText() == currentText() ? QString() : plainToolTip(currentText()));
}

QString PreviousReleaseBox::ref() const
{
    const QString ref = currentData(RefRole).toString();
    return ref == OtherRef ? QString() : ref;
}

void PreviousReleaseBox::select(const QString &ref)
{
    if (ref.isEmpty()) {
        setCurrentIndex(0);
        return;
    }
    int at = findData(ref, RefRole);
    if (at < 0) {
        at = count() - 1; // before "Other…"
        insertItem(at, ref);
        setItemData(at, ref, RefRole);
    }
    setCurrentIndex(at);
}

void PreviousReleaseBox::setVersionTags(const QStringList &tags)
{
    const QString current = currentData(RefRole).toString();
    // Keep "automatic" first and "Other…" last; the tags in between, newest first.
    while (count() > 2)
        removeItem(1);
    int at = 1;
    for (const QString &tag : tags) {
        insertItem(at, ReleaseView::tr("Tag %1").arg(tag));
        setItemData(at, tag, RefRole);
        ++at;
    }
    const int keep = findData(current, RefRole);
    if (keep >= 0) {
        setCurrentIndex(keep);
    } else if (!current.isEmpty() && current != OtherRef) {
        insertItem(at, current);
        setItemData(at, current, RefRole);
        setCurrentIndex(at);
    }
}

void PreviousReleaseBox::askIfOther(int index)
{
    if (itemData(index, RefRole).toString() != OtherRef)
        return;
    bool ok = false;
    const QString ref = QInputDialog::getText(parentWidget(), ReleaseView::tr("Compare with"),
                                              ReleaseView::tr("A tag, branch or commit to compare the contents with:"),
                                              QLineEdit::Normal, QString(), &ok)
                            .trimmed();
    select(ok ? ref : QString());
}

} // namespace tierdesk
