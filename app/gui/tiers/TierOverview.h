// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One card per tier: branch, tip commit and date, package and version counts,
// problems, and the package-registry version from its Dockerfile, with a
// warning when the tiers name different registry versions. Reads the snapshot
// only (no git), so it is instant.
//
// Embedding:
//   auto *overview = new tierdesk::TierOverview(parent);
//   overview->setStorage(loaded); // shared_ptr<const LoadedStorage>
//   connect(overview, &TierOverview::compareRequested, compareView, &TierCompareView::setTiers);
#include "common/LoadedStorage.h"
#include "storage/StorageSnapshot.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QHBoxLayout;
class QLabel;
class QLayout;
class QVBoxLayout;

namespace tierdesk {

class MessageBanner;

class TierOverview : public QWidget {
    Q_OBJECT

public:
    explicit TierOverview(QWidget *parent = nullptr);

    void setStorage(std::shared_ptr<const LoadedStorage> storage); // null clears

    // What is on screen, for tests and the screenshot harness.
    QStringList tiers() const;                   // one card each, config order
    QString cardText(const QString &tier) const; // the card's lines, '\n'-separated
    QString registryWarning() const;             // empty when no warning is shown

Q_SIGNALS:
    // "Compare with <next tier>" on a card.
    void compareRequested(const QString &tierA, const QString &tierB);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

public:
    // Tall enough for the wrapped texts at the current width, so the splitter
    // above the comparison never squeezes a card's lines away.
    QSize minimumSizeHint() const override;

private:
    void rebuild();
    QWidget *card(const TierState &tier, const QString &nextTier, bool registryDiffers);
    QLayout *cardRows(const TierState &tier, bool registryDiffers, QWidget *frame, QStringList &lines);
    void addTierProblems(const TierState &tier, QWidget *frame, QVBoxLayout *layout, QStringList &lines) const;
    QLabel *registryLabel(const TierState &tier, bool registryDiffers, QWidget *frame) const;
    QLabel *remoteLabel(const TierState &tier, QWidget *frame) const; // null without a remote
    QLayout *compareButton(const QString &tier, const QString &nextTier, QWidget *frame);

    std::shared_ptr<const StorageSnapshot> m_snapshot;
    MessageBanner *m_warning;
    QHBoxLayout *m_cards;
    QLabel *m_empty;
    QHash<QString, QStringList> m_cardLines;
    bool m_rebuilding = false;
};

} // namespace tierdesk
