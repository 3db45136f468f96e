// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The top of a comparison: changed manifest fields and new changelog entries.
#include "diff/ManifestDiff.h"

#include <QTextBrowser>

namespace tierdesk {

class DiffSummary : public QTextBrowser {
    Q_OBJECT

public:
    explicit DiffSummary(QWidget *parent = nullptr);
    void setSummary(const ManifestSummary &summary);
    void clearSummary();
    const ManifestSummary &summary() const { return m_summary; }
    // The same text the widget shows, for tests and accessibility.
    static QString toHtml(const ManifestSummary &summary, const QPalette &palette);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void fitHeight();

    ManifestSummary m_summary;
    bool m_empty = true;
};

} // namespace tierdesk
