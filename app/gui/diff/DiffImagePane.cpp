// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffImagePane.h"

#include "common/PlainText.h"
#include "diff/DiffColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

namespace tierdesk {

// Paints one image scaled down to fit (never up: pixels stay honest), centred.
class DiffImageCanvas : public QWidget {
public:
    explicit DiffImageCanvas(QWidget *parent) : QWidget(parent) { setMinimumSize(120, 120); }
    void setImage(const QImage &image, const QString &emptyText)
    {
        m_image = image;
        m_emptyText = emptyText;
        update();
    }
    QImage image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QPalette &pal = palette();
        const DiffColors colors = DiffColors::forPalette(pal);
        p.fillRect(rect(), colors.filler);
        if (m_image.isNull()) {
            p.setPen(colors.gutterText);
            p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
            return;
        }
        const QRect area = rect().adjusted(12, 12, -12, -12);
        QSize size = m_image.size();
        if (size.width() > area.width() || size.height() > area.height())
            size.scale(area.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), size);
        target.moveCenter(area.center());
        // A checkerboard behind the picture shows its transparent parts.
        const int cell = 8;
        const QColor light = DiffColors::isDark(pal) ? QColor(70, 70, 70) : QColor(255, 255, 255);
        const QColor dark = DiffColors::isDark(pal) ? QColor(50, 50, 50) : QColor(220, 220, 220);
        p.save();
        p.setClipRect(target);
        for (int y = target.top(); y <= target.bottom(); y += cell)
            for (int x = target.left(); x <= target.right(); x += cell)
                p.fillRect(QRect(x, y, cell, cell),
                           ((x - target.left()) / cell + (y - target.top()) / cell) % 2 ? dark : light);
        p.restore();
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_image);
        p.setPen(colors.fillerHatch);
        p.drawRect(target.adjusted(-1, -1, 0, 0));
    }

private:
    QImage m_image;
    QString m_emptyText;
};

DiffImagePane::DiffImagePane(QWidget *parent)
    : QWidget(parent), m_old(new DiffImageCanvas(this)), m_new(new DiffImageCanvas(this)),
      m_oldCaption(plainLabel(new QLabel(this))), m_newCaption(plainLabel(new QLabel(this)))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->addWidget(m_oldCaption, 0, 0);
    grid->addWidget(m_newCaption, 0, 1);
    grid->addWidget(m_old, 1, 0);
    grid->addWidget(m_new, 1, 1);
    grid->setRowStretch(1, 1);
    for (QLabel *l : {m_oldCaption, m_newCaption}) {
        l->setWordWrap(true); // long captions must not widen a narrow view
        l->setAlignment(Qt::AlignCenter);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

void DiffImagePane::setImages(const Side &oldSide, const Side &newSide)
{
    m_old->setImage(oldSide.image, oldSide.present ? tr("The picture could not be read.") : tr("Not in this version"));
    m_new->setImage(newSide.image, newSide.present ? tr("The picture could not be read.") : tr("Not in this version"));
    m_oldCaption->setText(oldSide.caption);
    m_newCaption->setText(newSide.caption);
}

QImage DiffImagePane::oldImage() const { return m_old->image(); }
QImage DiffImagePane::newImage() const { return m_new->image(); }

} // namespace tierdesk
