// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The left side of the Packages view: the filter bar, the legend of the chip
// symbols and the tier matrix, its package column fitted to the names.
#include "matrix/MatrixView.h"

#include <QWidget>

class QLabel;

namespace tierdesk {

class FilterBar;
class PackageFilterModel;
class TierMatrixModel;

class MatrixPage : public QWidget {
    Q_OBJECT

public:
    // `filter` shows `model`; both stay the caller's.
    MatrixPage(TierMatrixModel *model, PackageFilterModel *filter, QWidget *parent = nullptr);

    MatrixView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_bar; }

    // Makes the chip current, showing every package again when the filters hide it;
    // false when the matrix does not hold it.
    bool selectVersion(const ChipRef &chip);
    // Makes the first version shown current; false when no version is shown.
    bool selectFirstChip();

private:
    QLabel *createLegend();
    MatrixView *createView();
    // The package column fits its longest name or title within a third of the width.
    void fitPackageColumn();

    TierMatrixModel *m_model;
    PackageFilterModel *m_filter;
    FilterBar *m_bar;
    MatrixView *m_view = nullptr;
};

} // namespace tierdesk
