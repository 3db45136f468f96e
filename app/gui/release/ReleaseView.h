#pragma once
// The Release view: can production be tagged for a stack version, and what
// would the tag contain? Every git read and write runs in a worker that opens
// its own repository; only the newest check's result is shown.
#include "core/Error.h"
#include "release/TagReadiness.h"
#include "core/TierConfig.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;
class QTimer;
class QTreeWidget;

namespace tierdesk {

struct LoadedStorage;
class MessageBanner;
class VersionCache;
class VerdictBanner;

class ReleaseView : public QWidget {
    Q_OBJECT

public:
    explicit ReleaseView(QWidget *parent = nullptr);
    ~ReleaseView() override;

    // The storage to check; reads its version tags and remotes in the background. Null clears.
    void setStorage(std::shared_ptr<const LoadedStorage> storage);
    QString repositoryPath() const { return m_path; }

    void setStackVersion(const QString &version); // and checks it
    // Compares with `ref` (a tag, branch or commit; empty: the previous version tag) and checks again.
    void setPreviousRef(const QString &ref);
    QString stackVersion() const;
    // The newest finished check, if its version is still the one typed.
    const TagReadiness *readiness() const { return m_readiness ? &*m_readiness : nullptr; }
    bool isChecking() const { return m_running > 0; }
    QString verdictText() const;
    QString markdown() const;

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
    // Asks the window to read the storage again (after a tag was created).
    void refreshRequested();

private:
    struct CheckOutcome;
    struct TagOutcome;
    struct RefsOutcome;

    void buildUi();
    void loadRefs();
    void scheduleCheck();
    void showOutcome(const CheckOutcome &outcome);
    void showTagOutcome(const TagOutcome &outcome);
    void showRefs(const RefsOutcome &outcome);
    void clearResult();
    void fillContents(const TagReadiness &r);
    void fillFindings(const TagReadiness &r);
    void fillComparison(const TagReadiness &r);
    void fillDistributions(const TagReadiness &r);
    void updateActions();
    QString previousRef() const;
    void onPreviousActivated(int index);
    void selectPrevious(const QString &ref);

    QString m_path;
    TierConfig m_config;
    std::shared_ptr<VersionCache> m_cache;
    std::optional<TagReadiness> m_readiness;
    quint64 m_generation = 0; // of the newest check started
    int m_running = 0;        // checks still running, stale ones included
    bool m_tagging = false;
    QStringList m_remotes;

    QLineEdit *m_version = nullptr;
    QStringListModel *m_tagModel = nullptr;
    QCompleter *m_completer = nullptr;
    QComboBox *m_previous = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_tagButton = nullptr;
    VerdictBanner *m_banner = nullptr;
    MessageBanner *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_contentsTitle = nullptr;
    QTreeWidget *m_contents = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QListWidget *m_findings = nullptr;
    QLabel *m_comparisonTitle = nullptr;
    QTreeWidget *m_comparison = nullptr;
    QTreeWidget *m_distributions = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace tierdesk
