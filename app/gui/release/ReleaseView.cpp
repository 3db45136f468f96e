#include "release/ReleaseView.h"

#include "common/MessageBanner.h"
#include "git/Remote.h"
#include "release/ReleaseTag.h"
#include "common/LoadedStorage.h"
#include "storage/StorageReader.h"
#include "release/TagReadinessReport.h"
#include "common/ThemeColors.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QColor readyHue() { return QColor(0x2e, 0xa0, 0x4f); }

QIcon severityIcon(const QStyle *style, Severity severity)
{
    switch (severity) {
    case Severity::Blocks: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

// The item data role holding a previous-release choice's ref ("" = automatic, "\x01" = other).
constexpr int RefRole = Qt::UserRole + 1;
const QString OtherRef = u"\x01"_s;
} // namespace

// The verdict in one look: an accent-tinted bar with an icon, the verdict in
// words, and the reasons below it.
class VerdictBanner : public QFrame {
public:
    enum class State { Idle, Checking, Failed, Ready, Warnings, NotReady };

    explicit VerdictBanner(QWidget *parent)
        : QFrame(parent)
        , m_icon(new QLabel(this))
        , m_title(new QLabel(this))
        , m_detail(new QLabel(this))
    {
        setObjectName(u"verdictBanner"_s);
        m_title->setObjectName(u"verdictText"_s);
        QFont f = m_title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.35);
        m_title->setFont(f);
        m_detail->setWordWrap(true);
        m_detail->setTextFormat(Qt::PlainText);
        m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *text = new QVBoxLayout;
        text->setSpacing(2);
        text->addWidget(m_title);
        text->addWidget(m_detail);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(12, 8, 12, 8);
        layout->setSpacing(12);
        layout->addWidget(m_icon, 0, Qt::AlignTop);
        layout->addLayout(text, 1);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }

    void set(State state, const QString &title, const QString &detail)
    {
        m_state = state;
        m_title->setText(title);
        m_detail->setText(detail);
        m_detail->setVisible(!detail.isEmpty());
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        switch (state) {
        case State::Ready: icon = QStyle::SP_DialogApplyButton; break;
        case State::Warnings: icon = QStyle::SP_MessageBoxWarning; break;
        case State::NotReady:
        case State::Failed: icon = QStyle::SP_MessageBoxCritical; break;
        case State::Checking: icon = QStyle::SP_BrowserReload; break;
        case State::Idle: break;
        }
        const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
        update();
    }

    QString title() const { return m_title->text(); }
    State state() const { return m_state; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor a = accent();
        p.setPen(QPen(tintedFrame(palette(), a), 1.0));
        p.setBrush(tintedBackground(palette(), a));
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        // A solid stripe on the leading edge carries the colour even for weak colour vision.
        p.setPen(Qt::NoPen);
        p.setBrush(a);
        p.drawRoundedRect(QRectF(0, 0, 5, height()), 2, 2);
    }

private:
    QColor accent() const
    {
        switch (m_state) {
        case State::Ready: return readyHue();
        case State::Warnings: return warningHue();
        case State::NotReady:
        case State::Failed: return problemHue();
        case State::Idle:
        case State::Checking: break;
        }
        return palette().color(QPalette::Highlight);
    }

    State m_state = State::Idle;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
};

struct ReleaseView::CheckOutcome {
    quint64 generation = 0;
    std::optional<TagReadiness> readiness;
    Error error;
};

struct ReleaseView::RefsOutcome {
    QString path;
    QStringList versionTags; // newest first
    QStringList remotes;
};

struct ReleaseView::TagOutcome {
    QString tagName;
    bool created = false;
    git::ObjectId id;
    QString pushedTo;
    Error error;
};

ReleaseView::ReleaseView(QWidget *parent)
    : QWidget(parent)
    , m_cache(std::make_shared<VersionCache>())
{
    buildUi();
    clearResult();
    updateActions();
}

ReleaseView::~ReleaseView() = default;

void ReleaseView::buildUi()
{
    m_version = new QLineEdit(this);
    m_version->setObjectName(u"stackVersion"_s);
    m_version->setPlaceholderText(tr("e.g. 8.6.0 or 8.6.0-SNAPSHOT"));
    m_version->setClearButtonEnabled(true);
    m_version->setAccessibleName(tr("Stack version"));
    m_tagModel = new QStringListModel(this);
    m_completer = new QCompleter(m_tagModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_version->setCompleter(m_completer);

    m_previous = new QComboBox(this);
    m_previous->setObjectName(u"previousRelease"_s);
    m_previous->setAccessibleName(tr("Compare with"));
    m_previous->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_checkButton = new QPushButton(tr("Check"), this);
    m_copyButton = new QPushButton(tr("Copy as Markdown"), this);
    m_copyButton->setObjectName(u"copyMarkdown"_s);
    m_exportButton = new QPushButton(tr("Export Markdown…"), this);
    m_exportButton->setObjectName(u"exportMarkdown"_s);
    m_tagButton = new QPushButton(tr("Create Tag…"), this);
    m_tagButton->setObjectName(u"createTag"_s);

    auto *versionLabel = new QLabel(tr("&Stack version:"), this);
    versionLabel->setBuddy(m_version);
    auto *previousLabel = new QLabel(tr("Compare &with:"), this);
    previousLabel->setBuddy(m_previous);

    auto *top = new QHBoxLayout;
    top->addWidget(versionLabel);
    top->addWidget(m_version);
    top->addSpacing(12);
    top->addWidget(previousLabel);
    top->addWidget(m_previous);
    top->addWidget(m_checkButton);
    top->addStretch(1);
    top->addWidget(m_copyButton);
    top->addWidget(m_exportButton);
    top->addWidget(m_tagButton);
    m_version->setMinimumWidth(fontMetrics().horizontalAdvance(u"8.10.10-SNAPSHOT"_s) + 40);

    m_banner = new VerdictBanner(this);
    m_message = new MessageBanner(this);
    m_message->setObjectName(u"releaseMessage"_s);
    m_message->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"releaseSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Contents: what the tag will hold.
    auto *contentsBox = new QWidget(this);
    auto *contentsLayout = new QVBoxLayout(contentsBox);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    m_contentsTitle = sectionTitle(contentsBox);
    m_contents = new QTreeWidget(contentsBox);
    m_contents->setObjectName(u"contents"_s);
    m_contents->setRootIsDecorated(false);
    m_contents->setUniformRowHeights(true);
    m_contents->setAlternatingRowColors(true);
    m_contents->setSortingEnabled(true);
    m_contents->setHeaderLabels({tr("Package"), tr("Version"), tr("Kibana constraint")});
    m_contents->sortByColumn(0, Qt::AscendingOrder);
    contentsLayout->addWidget(m_contentsTitle);
    contentsLayout->addWidget(m_contents);

    // Findings: one sentence each, wrapped.
    auto *findingsBox = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsTitle = sectionTitle(findingsBox);
    m_findings = new QListWidget(findingsBox);
    m_findings->setObjectName(u"findings"_s);
    m_findings->setWordWrap(true);
    m_findings->setUniformItemSizes(false);
    m_findings->setResizeMode(QListView::Adjust);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setSpacing(2);
    m_findings->setAlternatingRowColors(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findings);

    // Comparison with the previous release.
    auto *comparisonBox = new QWidget(this);
    auto *comparisonLayout = new QVBoxLayout(comparisonBox);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    m_comparisonTitle = sectionTitle(comparisonBox);
    m_comparison = new QTreeWidget(comparisonBox);
    m_comparison->setObjectName(u"comparison"_s);
    m_comparison->setRootIsDecorated(false);
    m_comparison->setUniformRowHeights(true);
    m_comparison->setAlternatingRowColors(true);
    m_comparison->setHeaderLabels({tr("Change"), tr("Package"), tr("Before"), tr("Now")});
    comparisonLayout->addWidget(m_comparisonTitle);
    comparisonLayout->addWidget(m_comparison);

    // Distribution identity: commits, image names and labels per tier.
    auto *distributionBox = new QWidget(this);
    auto *distributionLayout = new QVBoxLayout(distributionBox);
    distributionLayout->setContentsMargins(0, 0, 0, 0);
    QLabel *distributionTitle = sectionTitle(distributionBox);
    distributionTitle->setText(tr("Distribution identity"));
    m_distributions = new QTreeWidget(distributionBox);
    m_distributions->setObjectName(u"distributions"_s);
    m_distributions->setHeaderLabels({tr("Tier / item"), tr("Value")});
    m_distributions->setUniformRowHeights(true);
    distributionLayout->addWidget(distributionTitle);
    distributionLayout->addWidget(m_distributions);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setChildrenCollapsible(false);
    right->addWidget(findingsBox);
    right->addWidget(comparisonBox);
    right->addWidget(distributionBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setStretchFactor(2, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(contentsBox);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &ReleaseView::check);
    connect(m_version, &QLineEdit::textEdited, this, &ReleaseView::scheduleCheck);
    connect(m_version, &QLineEdit::returnPressed, this, &ReleaseView::check);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ReleaseView::check);
    connect(m_checkButton, &QPushButton::clicked, this, &ReleaseView::check);
    connect(m_previous, &QComboBox::activated, this, &ReleaseView::onPreviousActivated);
    connect(m_copyButton, &QPushButton::clicked, this, &ReleaseView::copyMarkdown);
    connect(m_exportButton, &QPushButton::clicked, this, &ReleaseView::exportMarkdown);
    connect(m_tagButton, &QPushButton::clicked, this, &ReleaseView::createTag);

    m_previous->addItem(tr("Previous version tag (automatic)"), QString());
    m_previous->addItem(tr("Other tag, branch or commit…"), OtherRef);
}

void ReleaseView::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    const QString repositoryPath = storage ? storage->repositoryPath : QString();
    const bool samePath = repositoryPath == m_path;
    m_path = repositoryPath;
    m_config = storage ? storage->snapshot.config : TierConfig();
    m_cache = storage ? storage->cache : std::make_shared<VersionCache>();
    if (!samePath)
        m_readiness.reset();
    loadRefs();
    if (!stackVersion().isEmpty())
        check();
    else
        clearResult();
}

void ReleaseView::setStackVersion(const QString &version)
{
    m_version->setText(version);
    check();
}

QString ReleaseView::stackVersion() const
{
    return m_version->text().trimmed();
}

QString ReleaseView::verdictText() const
{
    return m_banner->title();
}

QString ReleaseView::markdown() const
{
    return m_readiness ? readinessToMarkdown(*m_readiness) : QString();
}

void ReleaseView::scheduleCheck()
{
    m_debounce->start();
}

QString ReleaseView::previousRef() const
{
    const QString ref = m_previous->currentData(RefRole).toString();
    return ref == OtherRef ? QString() : ref;
}

void ReleaseView::onPreviousActivated(int index)
{
    if (m_previous->itemData(index, RefRole).toString() == OtherRef) {
        bool ok = false;
        const QString ref = QInputDialog::getText(this, tr("Compare with"),
                                                  tr("A tag, branch or commit to compare the contents with:"),
                                                  QLineEdit::Normal, QString(), &ok)
                                .trimmed();
        selectPrevious(ok ? ref : QString());
    }
    check();
}

void ReleaseView::setPreviousRef(const QString &ref)
{
    selectPrevious(ref.trimmed());
    check();
}

void ReleaseView::selectPrevious(const QString &ref)
{
    if (ref.isEmpty()) {
        m_previous->setCurrentIndex(0);
        return;
    }
    int at = m_previous->findData(ref, RefRole);
    if (at < 0) {
        at = m_previous->count() - 1; // before "Other…"
        m_previous->insertItem(at, ref);
        m_previous->setItemData(at, ref, RefRole);
    }
    m_previous->setCurrentIndex(at);
}

void ReleaseView::loadRefs()
{
    if (m_path.isEmpty())
        return;
    const QString path = m_path;
    auto *watcher = new QFutureWatcher<RefsOutcome>(this);
    connect(watcher, &QFutureWatcher<RefsOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showRefs(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        RefsOutcome outcome;
        outcome.path = path;
        auto repo = git::Repository::open(path);
        if (!repo)
            return outcome;
        const auto tags = versionTags(*repo);
        for (auto it = tags.crbegin(); it != tags.crend(); ++it)
            outcome.versionTags.append(it->second);
        outcome.remotes = repo->remoteNames();
        return outcome;
    }));
}

void ReleaseView::showRefs(const RefsOutcome &outcome)
{
    if (outcome.path != m_path)
        return;
    m_tagModel->setStringList(outcome.versionTags);
    m_remotes = outcome.remotes;
    const QString current = m_previous->currentData(RefRole).toString();
    // Keep "automatic" first and "Other…" last; the tags in between, newest first.
    while (m_previous->count() > 2)
        m_previous->removeItem(1);
    int at = 1;
    for (const QString &tag : outcome.versionTags) {
        m_previous->insertItem(at, tr("Tag %1").arg(tag));
        m_previous->setItemData(at, tag, RefRole);
        ++at;
    }
    const int keep = m_previous->findData(current, RefRole);
    if (keep >= 0) {
        m_previous->setCurrentIndex(keep);
    } else if (!current.isEmpty() && current != OtherRef) {
        m_previous->insertItem(at, current);
        m_previous->setItemData(at, current, RefRole);
        m_previous->setCurrentIndex(at);
    }
}

void ReleaseView::check()
{
    m_debounce->stop();
    const QString version = stackVersion();
    ++m_generation;
    if (m_path.isEmpty() || version.isEmpty()) {
        m_readiness.reset();
        clearResult();
        updateActions();
        return;
    }
    ReadinessRequest request;
    request.stackVersion = version;
    request.previous = previousRef();
    request.config = m_config;
    const QString path = m_path;
    const quint64 generation = m_generation;
    std::shared_ptr<VersionCache> cache = m_cache;

    m_readiness.reset();
    m_banner->set(VerdictBanner::State::Checking, tr("Checking %1…").arg(version), QString());
    updateActions();
    ++m_running;
    auto *watcher = new QFutureWatcher<CheckOutcome>(this);
    connect(watcher, &QFutureWatcher<CheckOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_running;
        showOutcome(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, request, generation, cache] {
        CheckOutcome outcome;
        outcome.generation = generation;
        auto result = checkTagReadiness(path, request, cache);
        if (result)
            outcome.readiness = std::move(*result);
        else
            outcome.error = result.error();
        return outcome;
    }));
}

void ReleaseView::clearResult()
{
    if (m_path.isEmpty())
        m_banner->set(VerdictBanner::State::Idle, tr("No repository"), tr("Open a package storage to check a release."));
    else
        m_banner->set(VerdictBanner::State::Idle, tr("Type a stack version"),
                      tr("The check tells whether production can be tagged for it and what the tag would contain."));
    m_summary->clear();
    m_summary->hide();
    m_contents->clear();
    m_findings->clear();
    m_comparison->clear();
    m_distributions->clear();
    m_contentsTitle->setText(tr("Contents"));
    m_findingsTitle->setText(tr("Findings"));
    m_comparisonTitle->setText(tr("Compared with the previous release"));
}

void ReleaseView::showOutcome(const CheckOutcome &outcome)
{
    if (outcome.generation != m_generation)
        return; // a newer check was started meanwhile
    clearResult();
    if (!outcome.readiness) {
        m_banner->set(VerdictBanner::State::Failed, tr("Cannot check"), outcome.error.text());
        updateActions();
        Q_EMIT checkFinished();
        return;
    }
    m_readiness = outcome.readiness;
    const TagReadiness &r = *m_readiness;
    const Verdict verdict = r.verdict();
    // The banner stays one look: the first reasons, then how many more the findings list holds.
    constexpr qsizetype shown = 4;
    const QList<Finding> all = r.reasons();
    QStringList reasons;
    for (qsizetype i = 0; i < all.size() && i < shown; ++i)
        reasons.append(u"• "_s + all[i].message);
    if (all.size() > shown)
        reasons.append(tr("…and %1 more, listed under Findings.").arg(all.size() - shown));
    QString detail = reasons.join(u'\n');
    if (verdict == Verdict::Ready)
        detail = tr("Production can be tagged %1: no finding needs attention.").arg(r.tagName);
    const auto state = verdict == Verdict::Ready               ? VerdictBanner::State::Ready
                       : verdict == Verdict::ReadyWithWarnings ? VerdictBanner::State::Warnings
                                                               : VerdictBanner::State::NotReady;
    m_banner->set(state, tierdesk::verdictText(verdict) + u" — "_s + r.tagName, detail);

    QString summary = r.productionRef.isEmpty()
                          ? tr("The %1 branch is absent.").arg(r.productionTier)
                          : tr("Tag %1 on %2 at %3 (%4) · stack version %5")
                                .arg(r.tagName, r.productionRef, r.productionCommit.shortHex(12),
                                     QLocale().toString(r.productionTime.date(), QLocale::ShortFormat),
                                     r.stackVersion.toString());
    if (r.previous)
        summary += u" · "_s
            + (r.previous->automatic ? tr("previous release %1") : tr("compared with %1")).arg(r.previous->revision);
    m_summary->setText(summary);
    m_summary->show();

    fillContents(r);
    fillFindings(r);
    fillComparison(r);
    fillDistributions(r);
    updateActions();
    Q_EMIT checkFinished();
}

void ReleaseView::fillContents(const TagReadiness &r)
{
    m_contents->setSortingEnabled(false);
    for (const ContentEntry &e : r.contents) {
        auto *item = new QTreeWidgetItem(m_contents, {e.name, e.version, e.constraint.isEmpty() ? tr("(none: any)") : e.constraint});
        item->setToolTip(0, e.title);
        item->setToolTip(2, e.constraint.isEmpty() ? tr("No conditions.kibana.version: offered to every stack version.")
                                                   : tr("conditions.kibana.version"));
        if (e.constraint.isEmpty())
            item->setForeground(2, dimmedText(palette()));
    }
    m_contents->setSortingEnabled(true);
    for (int c = 0; c < m_contents->columnCount(); ++c)
        m_contents->resizeColumnToContents(c);
    m_contentsTitle->setText(tr("Contents: %1 packages").arg(r.contents.size()));
}

void ReleaseView::fillFindings(const TagReadiness &r)
{
    for (const Finding &f : r.findings) {
        auto *item = new QListWidgetItem(severityIcon(style(), f.severity), f.message, m_findings);
        item->setToolTip(severityText(f.severity) + u": "_s + findingKindId(f.kind));
        item->setData(Qt::UserRole, severityId(f.severity));
        item->setData(Qt::AccessibleTextRole, QString(severityText(f.severity) + u": "_s + f.message));
    }
    m_findingsTitle->setText(tr("Findings: %1 blocking, %2 warnings, %3 notes")
                                 .arg(r.count(Severity::Blocks))
                                 .arg(r.count(Severity::Warning))
                                 .arg(r.count(Severity::Info)));
}

void ReleaseView::fillComparison(const TagReadiness &r)
{
    // An empty table reads as "still loading"; say why it is empty instead.
    const auto placeholder = [this](const QString &text) {
        auto *item = new QTreeWidgetItem(m_comparison, {text});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
        item->setForeground(0, dimmedText(palette()));
    };
    if (!r.previous) {
        m_comparisonTitle->setText(tr("No previous release to compare with"));
        placeholder(tr("No version-named tag is lower than %1; pick a tag, branch or commit under “Compare with”.")
                        .arg(r.stackVersion.toString()));
        return;
    }
    const PreviousRelease &p = *r.previous;
    if (p.changes.isEmpty())
        placeholder(tr("No package changed since %1.").arg(p.revision));
    int added = 0, updated = 0, removed = 0;
    for (const PackageChange &c : p.changes) {
        QString what;
        QColor hue;
        switch (c.kind) {
        case ChangeKind::Added: what = tr("added"); hue = readyHue(); ++added; break;
        case ChangeKind::Updated:
            what = c.downgrade ? tr("downgraded") : tr("updated");
            hue = c.downgrade ? warningHue() : palette().color(QPalette::Highlight);
            ++updated;
            break;
        case ChangeKind::Removed: what = tr("removed"); hue = problemHue(); ++removed; break;
        }
        auto *item = new QTreeWidgetItem(m_comparison, {what, c.name, c.from, c.to});
        item->setForeground(0, mix(palette().color(QPalette::Text), hue, 0.8));
    }
    for (int c = 0; c < m_comparison->columnCount(); ++c)
        m_comparison->resizeColumnToContents(c);
    m_comparisonTitle->setText(tr("Compared with %1: %2 added, %3 updated, %4 removed, %5 unchanged")
                                   .arg(p.revision)
                                   .arg(added)
                                   .arg(updated)
                                   .arg(removed)
                                   .arg(p.unchanged));
}

void ReleaseView::fillDistributions(const TagReadiness &r)
{
    for (const DistributionIdentity &d : r.distributions) {
        QStringList commits;
        for (const auto &[branch, commit] : d.commits)
            commits.append(branch + u' ' + commit.shortHex(7));
        auto *tier = new QTreeWidgetItem(m_distributions, {d.tier, tr("built from %1").arg(commits.join(u" · "_s))});
        QFont bold = tier->font(0);
        bold.setBold(true);
        tier->setFont(0, bold);
        for (const QString &image : d.images)
            new QTreeWidgetItem(tier, {tr("image"), image});
        for (const auto &[key, value] : d.labels)
            new QTreeWidgetItem(tier, {tr("label"), key + u'=' + value});
        tier->setExpanded(true);
    }
    m_distributions->resizeColumnToContents(0);
}

void ReleaseView::updateActions()
{
    const bool have = m_readiness.has_value();
    m_copyButton->setEnabled(have);
    m_exportButton->setEnabled(have);
    m_tagButton->setEnabled(have && !m_tagging && m_readiness->verdict() != Verdict::NotReady);
    m_tagButton->setToolTip(!have ? tr("Check a stack version first.")
                            : m_readiness->verdict() == Verdict::NotReady
                                ? tr("Production is not ready for %1.").arg(m_readiness->tagName)
                                : tr("Create the annotated tag %1 on the production tip.").arg(m_readiness->tagName));
    m_checkButton->setEnabled(!m_path.isEmpty());
}

void ReleaseView::copyMarkdown()
{
    if (!m_readiness)
        return;
    QApplication::clipboard()->setText(markdown());
    m_message->setKind(MessageBanner::Kind::Information);
    m_message->setText(tr("The report for %1 was copied as Markdown.").arg(m_readiness->tagName));
    m_message->show();
}

void ReleaseView::exportMarkdown()
{
    if (!m_readiness)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Markdown"),
                                                      u"release-check-"_s + m_readiness->tagName + u".md"_s,
                                                      tr("Markdown (*.md)"));
    if (file.isEmpty())
        return;
    const QByteArray text = markdown().toUtf8();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_message->setKind(error.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
        m_message->setText(error.isEmpty() ? tr("Saved the report to %1.").arg(QDir::toNativeSeparators(file))
                                           : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(file), error));
        m_message->show();
    });
    watcher->setFuture(QtConcurrent::run([file, text]() -> QString {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
            return out.errorString();
        return QString();
    }));
}

void ReleaseView::createTag()
{
    if (!m_readiness || m_readiness->verdict() == Verdict::NotReady || m_tagging)
        return;
    const TagReadiness &r = *m_readiness;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Create Tag %1").arg(r.tagName));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(tr("Create the annotated tag <b>%1</b> on %2 at <tt>%3</tt>? Its message lists the %4 "
                               "packages of the contents. An existing tag is never moved.")
                                .arg(r.tagName.toHtmlEscaped(), r.productionRef.toHtmlEscaped(),
                                     r.productionCommit.shortHex(12))
                                .arg(r.contents.size()),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    if (r.verdict() == Verdict::ReadyWithWarnings) {
        QStringList warnings;
        for (const Finding &f : r.reasons())
            warnings.append(u"• "_s + f.message);
        auto *warn = new QLabel(tr("The check has warnings:") + u'\n' + warnings.join(u'\n'), &dialog);
        warn->setWordWrap(true);
        warn->setTextFormat(Qt::PlainText);
        layout->addWidget(warn);
    }
    auto *pushRow = new QHBoxLayout;
    auto *push = new QCheckBox(tr("Push it to:"), &dialog);
    auto *remote = new QComboBox(&dialog);
    remote->setEditable(true);
    remote->addItems(m_remotes);
    remote->setToolTip(tr("A remote's name, a URL or a repository path."));
    push->setChecked(false);
    remote->setEnabled(false);
    connect(push, &QCheckBox::toggled, remote, &QWidget::setEnabled);
    pushRow->addWidget(push);
    pushRow->addWidget(remote, 1);
    layout->addLayout(pushRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->addButton(r.verdict() == Verdict::ReadyWithWarnings ? tr("Create Tag Anyway")
                                                                                  : tr("Create Tag"),
                                         QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(r.verdict() == Verdict::ReadyWithWarnings);
    ok->setDefault(r.verdict() == Verdict::Ready);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startTagging(push->isChecked() ? remote->currentText().trimmed() : QString());
}

void ReleaseView::startTagging(const QString &pushRemote)
{
    if (!m_readiness || m_readiness->verdict() == Verdict::NotReady || m_tagging)
        return;
    m_tagging = true;
    updateActions();
    const QString path = m_path;
    const TagReadiness readiness = *m_readiness;
    m_message->setKind(MessageBanner::Kind::Information);
    m_message->setText(tr("Creating the tag %1…").arg(readiness.tagName));
    m_message->show();
    auto *watcher = new QFutureWatcher<TagOutcome>(this);
    connect(watcher, &QFutureWatcher<TagOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showTagOutcome(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, readiness, pushRemote] {
        TagOutcome outcome;
        outcome.tagName = readiness.tagName;
        auto repo = git::Repository::open(path);
        if (!repo) {
            outcome.error = repo.error();
            return outcome;
        }
        TagOptions options;
        options.allowWarnings = true; // the user confirmed the warnings
        auto id = createReleaseTag(*repo, readiness, options);
        if (!id) {
            outcome.error = id.error();
            return outcome;
        }
        outcome.created = true;
        outcome.id = *id;
        if (!pushRemote.isEmpty()) {
            auto pushed = pushTag(*repo, pushRemote, readiness.tagName, GitCredentials::fromEnvironment());
            if (!pushed)
                outcome.error = pushed.error();
            else
                outcome.pushedTo = pushed->url;
        }
        return outcome;
    }));
}

void ReleaseView::showTagOutcome(const TagOutcome &outcome)
{
    m_tagging = false;
    QString text;
    if (!outcome.created)
        text = tr("The tag %1 was not created: %2").arg(outcome.tagName, outcome.error.text());
    else if (!outcome.error.message.isEmpty())
        text = tr("Created the tag %1 (%2), but pushing it failed: %3")
                   .arg(outcome.tagName, outcome.id.shortHex(12), outcome.error.text());
    else if (!outcome.pushedTo.isEmpty())
        text = tr("Created the tag %1 (%2) and pushed it to %3.").arg(outcome.tagName, outcome.id.shortHex(12), outcome.pushedTo);
    else
        text = tr("Created the tag %1 (%2).").arg(outcome.tagName, outcome.id.shortHex(12));
    m_message->setKind(outcome.error.message.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    m_message->setText(text);
    m_message->show();
    updateActions();
    if (outcome.created) {
        Q_EMIT tagCreated(outcome.tagName);
        loadRefs();
        check(); // the tag now exists: the check says so
    }
}

} // namespace tierdesk
