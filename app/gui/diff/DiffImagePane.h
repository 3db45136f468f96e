// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two versions of a picture side by side, over a checkerboard so transparency shows.
#include <QImage>
#include <QWidget>

class QLabel;

namespace tierdesk {

class DiffImageCanvas;

class DiffImagePane : public QWidget {
    Q_OBJECT

public:
    struct Side {
        QImage image;    // null when the side has no file or it could not be read
        QString caption; // "production · 32 × 32 px · 1.2 KiB"
        bool present = true;
    };

    explicit DiffImagePane(QWidget *parent = nullptr);
    void setImages(const Side &oldSide, const Side &newSide);
    QImage oldImage() const;
    QImage newImage() const;

private:
    DiffImageCanvas *m_old;
    DiffImageCanvas *m_new;
    QLabel *m_oldCaption;
    QLabel *m_newCaption;
};

} // namespace tierdesk
