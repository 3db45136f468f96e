// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A self-contained comparison of two package versions: manifest summary, the
// changed files, and one file's difference side by side or unified. All git
// work runs on worker threads; the GUI thread never waits for it.
//
// Embedding:
//   auto *view = new tierdesk::DiffView(parent);
//   view->setTierConfig(config); // when sides name a tier rather than carry a tree
//   view->setComparison(repoPath, tierdesk::DiffSide::of(olderVersion), tierdesk::DiffSide::of(selectedVersion));
//   // or the defaults for a selected version:
//   for (const auto &c : tierdesk::defaultComparisons(snapshot, selectedVersion)) ...
#include "common/BackgroundJob.h"
#include "diff/DiffJobs.h"
#include "diff/DiffRows.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLayout;
class QListView;
class QStackedWidget;
class QSplitter;
class QToolBar;

namespace tierdesk {

class DiffFileModel;
class DiffImagePane;
class DiffSummary;
class DiffTextPane;

class DiffView : public QWidget {
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    void setTierConfig(const TierConfig &config) { m_config = config; }
    // New context or whitespace rules compare the versions shown again.
    void setDiffOptions(const DiffOptions &options);
    const DiffOptions &diffOptions() const { return m_options; }

    // Starts comparing in the background; a comparison still running is
    // abandoned. Sides with a null tree are found from their tier, name and version.
    void setComparison(const QString &repoPath, const DiffSide &oldSide, const DiffSide &newSide);
    void clear();

    bool isComputing() const { return m_comparisonJob.isRunning(); }
    // Null until the comparison is ready.
    std::shared_ptr<const PackageComparison> comparison() const { return m_comparison; }
    const ManifestSummary &manifestSummary() const;

    DiffMode mode() const;
    void setMode(DiffMode mode);

    // Selects a file by its index in comparison()->files, or by path.
    void selectFile(int fileIndex);
    bool selectFile(const QString &path);
    int currentFile() const { return m_currentFile; }
    // True once the selected file's difference is on screen.
    bool isFileShown() const { return m_shownFile >= 0 && m_shownFile == m_currentFile; }

    // Next/previous change; past the last change of a file, the next file's first.
    void nextChange();
    void previousChange();
    QAction *nextChangeAction() const { return m_nextAction; }
    QAction *previousChangeAction() const { return m_previousAction; }
    QAction *expandAllAction() const { return m_expandAllAction; }

    // Parts, for embedding and tests.
    QListView *fileList() const { return m_fileList; }
    DiffFileModel *fileModel() const { return m_model; }
    DiffTextPane *textPane() const { return m_textPane; }
    DiffImagePane *imagePane() const { return m_imagePane; }
    DiffSummary *summaryView() const { return m_summary; }
    QToolBar *toolBar() const { return m_tools; }
    QSplitter *splitter() const { return m_splitter; }
    // Below this width the file list sits above the difference, not beside it.
    static constexpr int narrowWidth = 800;
    QWidget *currentPage() const;

Q_SIGNALS:
    void comparisonReady();
    void comparisonFailed(const QString &message);
    void fileShown(int fileIndex);
    void modeChanged(tierdesk::DiffMode mode);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Pending { None, FirstChange, LastChange };

    QLayout *createHeader();
    void createActions();
    void createToolBar();
    QWidget *createFileList();
    void createDifferencePane();
    void onComparisonFinished(const ComparisonOutcome &outcome);
    void rememberFile(int fileIndex, const FileOutcome &outcome);
    void onCurrentRowChanged(int row);
    void loadFile(int fileIndex);
    void showFile(int fileIndex, const FileOutcome &outcome);
    void showMessage(const QString &text);
    void updateActions();
    void updateStatus();
    bool moveToFile(int step, Pending pending);
    void setSourceShown(bool shown);
    void updateOverflowIcon();
    // Side by side: the file list as wide as the user made it, else as its longest path needs.
    void fitFileList();
    int wantedFileListWidth() const;

    TierConfig m_config;
    DiffOptions m_options;
    QString m_repoPath;
    DiffSide m_oldSide;
    DiffSide m_newSide;
    std::shared_ptr<const PackageComparison> m_comparison;
    ManifestSummary m_manifest;

    LatestJob m_comparisonJob;
    LatestJob m_fileJob;              // the selected file's load
    QHash<int, FileOutcome> m_loaded; // by file index; cleared per comparison
    int m_fileListWidth = 0; // dragged by the user (remembered in diff/fileListWidth); 0: fit the paths
    int m_currentFile = -1;
    int m_shownFile = -1;
    Pending m_pending = Pending::None;

    QLabel *m_title;
    QLabel *m_status;
    DiffSummary *m_summary;
    QToolBar *m_tools;
    QSplitter *m_splitter;
    QAction *m_sideBySideAction;
    QAction *m_unifiedAction;
    QAction *m_previousAction;
    QAction *m_nextAction;
    QAction *m_expandAllAction;
    QAction *m_sourceAction;
    QLabel *m_changeLabel;
    QCheckBox *m_hideModeOnly;
    QListView *m_fileList;
    DiffFileModel *m_model;
    QStackedWidget *m_stack;
    DiffTextPane *m_textPane;
    DiffImagePane *m_imagePane;
    QLabel *m_message;
};

} // namespace tierdesk
