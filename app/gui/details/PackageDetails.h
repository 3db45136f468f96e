// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything about one selected package version: manifest summary and icon,
// the package's versions across the tiers on one timeline, the version's
// changelog entries, and for each tier holding it the commits that added and
// last changed its directory. Git work (icon, changelog, history) runs on
// worker threads that open their own repository; history is cached by tier tip.
//
// Embedding:
//   auto *details = new tierdesk::PackageDetails(parent);
//   details->setStorage(loaded); // shared_ptr<const LoadedStorage>, kept alive while shown
//   details->setHistoryCache(sharedCache); // optional: keep history across reloads
//   details->showVersion(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s);
//   connect(details, &PackageDetails::versionActivated, matrix, ...); // a timeline chip was picked
#include "common/BackgroundJob.h"
#include "common/LoadedStorage.h"
#include "storage/Distribution.h"
#include "details/PackageIcon.h"
#include "storage/StorageSnapshot.h"
#include "storage/VersionHistory.h"

#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>

class QFormLayout;
class QLabel;
class QLayout;
class QScrollArea;

namespace tierdesk {

class MessageBanner;
class VersionTimeline;

class PackageDetails : public QWidget {
    Q_OBJECT

public:
    explicit PackageDetails(QWidget *parent = nullptr);
    ~PackageDetails() override;

    // The storage versions are shown from, kept alive while shown; null clears.
    // Git is read from its repository path.
    void setStorage(std::shared_ptr<const LoadedStorage> storage);
    // History results shared with other views and kept across setStorage(); one is made when none is set.
    void setHistoryCache(std::shared_ptr<VersionHistoryCache> cache);
    std::shared_ptr<VersionHistoryCache> historyCache() const { return m_historyCache; }

    // Shows one tier's copy of a version; one the snapshot lacks shows a message.
    void showVersion(const QString &tier, const QString &name, const QString &version);
    void clear();

    QString tier() const { return m_tier; }
    QString name() const { return m_name; }
    QString version() const { return m_version; }

    // What is on screen, for tests and the screenshot harness.
    QString titleText() const;
    // "description", "type", "release", "owner", "kibana", "categories", "role"; empty when not shown.
    QString fieldText(const QString &field) const;
    QPixmap iconPixmap() const; // null until the icon is loaded (or when the version has none)
    VersionTimeline *timeline() const { return m_timeline; }
    QStringList changelogLines() const { return m_changelogLines; } // "bugfix: Fix the parser (https://…)"
    QString changelogNote() const;                                   // why no entries, or which entry is shown
    // Per tier holding the version: "staging added: <short id> <author>: <subject>" and
    // "staging last changed: …", or "staging: computing…".
    QStringList historyLines() const { return m_historyLines; }
    // Why the version is or is not a promotion candidate (promotion/PromotionExcuses.h), as shown.
    QString explanationText() const;
    QStringList explanationReasons() const { return m_explanationReasons; } // the reasons' ids
    bool isLoadingAssets() const { return m_assetsJob.isRunning(); }
    bool isComputingHistory() const { return m_historyPending; } // for the version shown

Q_SIGNALS:
    // The user picked another tier's copy or another version in the timeline.
    void versionActivated(const QString &tier, const QString &name, const QString &version);
    void assetsShown();  // icon and changelog of the current version are on screen
    void historyShown(); // every tier's history of the current version is on screen

protected:
    void changeEvent(QEvent *event) override;

private:
    QLayout *createHeader();
    void createFields();
    void createSections();
    void showMessage(const QString &text);
    void fillManifest(const PackageVersion &v);
    void fillTimeline();
    DiffKinds copyDifference(const QString &tier, const PackageVersion &v) const;
    void fillExplanation();
    void requestAssets(const PackageVersion &v);
    void rememberAssets(const DecodedAssets &assets);
    void applyAssets(const DecodedAssets &assets);
    void paintIcon();
    void renderChangelog();
    void requestHistory();
    void renderHistory();
    QString roleSentence(const QString &tier) const;
    QString chipToolTip(const PackageVersion &v) const;

    std::shared_ptr<const StorageSnapshot> m_snapshot;
    std::shared_ptr<const DistributionAnalysis> m_analysis;
    std::shared_ptr<const QList<VersionExcuse>> m_excuses;
    QStringList m_explanationReasons;
    QString m_repositoryPath;
    std::shared_ptr<VersionHistoryCache> m_historyCache;
    std::shared_ptr<std::atomic_bool> m_cancel; // set when this view goes away

    QString m_tier;
    QString m_name;
    QString m_version;
    git::ObjectId m_tree;

    LatestJob m_assetsJob; // the icon and changelog of the version shown, while read
    QHash<git::ObjectId, DecodedAssets> m_assetsCache; // by version tree
    std::optional<DecodedAssets> m_assets;              // the current version's
    QPixmap m_iconPixmap;                               // its icon, unframed
    QStringList m_changelogLines;
    QSet<git::ObjectId> m_historyInFlight; // tier tips being walked
    QHash<git::ObjectId, QString> m_historyErrors;
    QStringList m_historyLines;
    bool m_historyAnnounced = false;
    bool m_historyPending = false; // some tier of the version shown is still being walked

    QLabel *m_message;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_role;
    QLabel *m_description;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_fields;
    MessageBanner *m_problems;
    VersionTimeline *m_timeline;
    QLabel *m_explanation;
    QLabel *m_changelogTitle;
    QLabel *m_changelog;
    QLabel *m_history;
};

} // namespace tierdesk
