// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Release view: can production be tagged for a stack version, and what
// would the tag contain? It checks the window's loaded storage: the tiers are
// never read here, only the version tags and the previous release (through the
// storage's version cache), each on a worker that opens its own repository;
// only the newest check's result is shown.
#include "release/TagReadiness.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCompleter;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTimer;

namespace tierdesk {

struct LoadedStorage;
struct TagOutcome;
class MessageBanner;
class PreviousReleaseBox;
class ReleaseNotesPanel;
class ReadinessTables;
class VerdictBanner;

class ReleaseView : public QWidget {
    Q_OBJECT

public:
    explicit ReleaseView(QWidget *parent = nullptr);
    ~ReleaseView() override;

    // The storage to check; reads its version tags in the background. Null clears.
    void setStorage(std::shared_ptr<const LoadedStorage> storage);
    QString repositoryPath() const;

    void setStackVersion(const QString &version); // and checks it
    // Compares with `ref` (a tag, branch or commit; empty: the previous version tag) and checks again.
    void setPreviousRef(const QString &ref);
    QString stackVersion() const;
    // The newest finished check, if its version is still the one typed.
    const TagReadiness *readiness() const { return m_readiness ? &*m_readiness : nullptr; }
    bool isChecking() const { return m_running > 0; }
    QString verdictText() const;
    QString markdown() const;
    ReleaseNotesPanel *releaseNotes() const { return m_notes; }
    // Switches to the "Release notes" tab and builds the notes between `from` and `to`.
    void showReleaseNotes(const QString &from, const QString &to);

public Q_SLOTS:
    void check();
    void copyMarkdown();
    void exportMarkdown();
    void createTag(); // asks for confirmation first
    // Creates the tag (and pushes it when `pushRemote` is given) in the background, without asking.
    void startTagging(const QString &pushRemote = {});

Q_SIGNALS:
    void checkFinished();
    void tagCreated(const QString &tagName);
    // The repository changed (a tag was created): the window should read the storage
    // again and hand the view the new one.
    void refreshRequested();

private:
    struct CheckOutcome;
    struct RefsOutcome;

    void buildUi();
    QHBoxLayout *buildInputs();
    void buildMessages();
    void connectInputs();
    void loadRefs();
    void scheduleCheck();
    void showOutcome(const CheckOutcome &outcome);
    void showVerdict(const TagReadiness &r);
    void showSummary(const TagReadiness &r);
    void showTagOutcome(const TagOutcome &outcome);
    void showRefs(const RefsOutcome &outcome);
    void showMessage(bool error, const QString &text);
    void clearResult();
    void updateActions();
    void onPreviousActivated(int index);

    std::shared_ptr<const LoadedStorage> m_storage;
    std::optional<TagReadiness> m_readiness;
    quint64 m_generation = 0; // of the newest check started
    int m_running = 0;        // checks still running, stale ones included
    bool m_tagging = false;

    QLineEdit *m_version = nullptr;
    QStringListModel *m_tagModel = nullptr;
    QCompleter *m_completer = nullptr;
    PreviousReleaseBox *m_previous = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_tagButton = nullptr;
    VerdictBanner *m_banner = nullptr;
    MessageBanner *m_message = nullptr;
    QLabel *m_summary = nullptr;
    ReadinessTables *m_tables = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReleaseNotesPanel *m_notes = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace tierdesk
