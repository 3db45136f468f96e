// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Release view's "Compare with" choice: automatic (the previous version
// tag), one of the version tags, or any tag, branch or commit typed in. A part
// of the view: its texts are in the view's translation context (ReleaseView::tr).
#include <QComboBox>

namespace tierdesk {

class PreviousReleaseBox : public QComboBox {
public:
    explicit PreviousReleaseBox(QWidget *parent);

    // The chosen ref; empty for automatic.
    QString ref() const;
    // Chooses `ref` (empty: automatic), adding it before "Other…" when it is not offered.
    void select(const QString &ref);
    // The version tags to offer, newest first; the current choice stays.
    void setVersionTags(const QStringList &tags);
    // After the user chose the item at `index`: "Other…" asks for the ref.
    void askIfOther(int index);
    // The width that shows `text` whole in this box (frame and arrow included).
    int widthFor(const QString &text) const;
    // The current text as painted: whole, or ending in "…" where the box is narrower.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();
};

} // namespace tierdesk
