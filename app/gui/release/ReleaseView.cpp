// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ReleaseView.h"

#include "common/Accessible.h"
#include "common/BackgroundJob.h"
#include "common/LoadedStorage.h"
#include "common/MessageBanner.h"
#include "common/PlainText.h"
#include "release/PreviousReleaseBox.h"
#include "release/ReadinessTables.h"
#include "release/ReleaseNotesPanel.h"
#include "release/TagAction.h"
#include "release/TagReadinessReport.h"
#include "release/VerdictBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The check on the storage's tiers as loaded; the repository is opened only for
// the tags and the previous release, whose contents the storage's cache shares.
Result<TagReadiness> checkStorage(const LoadedStorage &storage, const ReadinessRequest &request)
{
    auto repo = git::Repository::open(storage.repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    return checkTagReadiness(*repo, storage.snapshot, request, storage.cache);
}

bool canTag(const TagReadiness &r)
{
    return r.verdict() == Verdict::Ready || r.verdict() == Verdict::ReadyWithWarnings;
}

// Writes `text` to `file` atomically; the error, or empty.
QString saveText(const QString &file, const QByteArray &text)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return out.errorString();
    return QString();
}
} // namespace

struct ReleaseView::CheckOutcome {
    quint64 generation = 0;
    std::optional<TagReadiness> readiness;
    Error error;
};

struct ReleaseView::RefsOutcome {
    QString path;
    QStringList versionTags; // newest first
};

ReleaseView::ReleaseView(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    clearResult();
    updateActions();
}

ReleaseView::~ReleaseView() = default;

void ReleaseView::buildUi()
{
    QHBoxLayout *top = buildInputs();
    buildMessages();
    m_tables = new ReadinessTables(this);

    // Two tabs: can this stack version be tagged, and what changed between two refs.
    auto *readiness = new QWidget(this);
    auto *page = new QVBoxLayout(readiness);
    page->addLayout(top);
    page->addWidget(m_banner);
    page->addWidget(m_message);
    page->addWidget(m_summary);
    page->addWidget(m_tables, 1);
    m_notes = new ReleaseNotesPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"releaseTabs"_s);
    describeControl(m_tabs, tr("Release"),
                    tr("Readiness: whether production can be tagged for the stack version; Release Notes: what "
                       "changed between two refs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(readiness, tr("&Readiness"));
    m_tabs->addTab(m_notes, tr("Release &Notes"));
    m_tabs->setTabToolTip(0, tr("Whether production can be tagged for the stack version, and what the tag holds"));
    m_tabs->setTabToolTip(1, tr("The packages added, updated and removed between two refs, as Markdown"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connectInputs();
}

// The row above the result: the stack version, what to compare with, the actions.
QHBoxLayout *ReleaseView::buildInputs()
{
    m_version = new QLineEdit(this);
    m_version->setObjectName(u"stackVersion"_s);
    m_version->setPlaceholderText(tr("e.g. 8.6.0 or 8.6.0-SNAPSHOT"));
    m_version->setClearButtonEnabled(true);
    describeControl(m_version, tr("Stack version"),
                    tr("The stack version production is checked for, e.g. 8.6.0; Enter checks it"));
    m_tagModel = new QStringListModel(this);
    m_completer = new QCompleter(m_tagModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_version->setCompleter(m_completer);

    m_previous = new PreviousReleaseBox(this);

    m_checkButton = new QPushButton(tr("Check"), this);
    m_copyButton = new QPushButton(tr("Copy as Markdown"), this);
    m_copyButton->setObjectName(u"copyMarkdown"_s);
    m_exportButton = new QPushButton(tr("Export Markdown…"), this);
    m_exportButton->setObjectName(u"exportMarkdown"_s);
    describeWithTip(m_checkButton, tr("Check"),
                    tr("Check whether production can be tagged for this stack version"));
    describeWithTip(m_copyButton, {}, tr("Put the readiness report on the clipboard as Markdown"));
    describeWithTip(m_exportButton, {}, tr("Save the readiness report to a Markdown file"));
    m_tagButton = new QPushButton(tr("Create Tag…"), this);
    m_tagButton->setObjectName(u"createTag"_s);

    auto *versionLabel = new QLabel(tr("&Stack version:"), this);
    versionLabel->setBuddy(m_version);
    auto *previousLabel = new QLabel(tr("Compare &with:"), this);
    previousLabel->setBuddy(m_previous);

    auto *top = new QHBoxLayout;
    top->addWidget(versionLabel);
    top->addWidget(m_version);
    top->addSpacing(8);
    top->addWidget(previousLabel);
    top->addWidget(m_previous, 1);
    top->addWidget(m_checkButton);
    top->addStretch(0); // the room goes to the choice first, up to its longest text
    top->addWidget(m_copyButton);
    top->addWidget(m_exportButton);
    top->addWidget(m_tagButton);
    m_version->setMinimumWidth(fontMetrics().horizontalAdvance(u"8.10.0-SNAPSHOT"_s) + 32); // + the clear button
    return top;
}

// The verdict, the message bar for actions, and the one-line summary.
void ReleaseView::buildMessages()
{
    m_banner = new VerdictBanner(this);
    m_message = new MessageBanner(this);
    m_message->setObjectName(u"releaseMessage"_s);
    m_message->hide();
    m_summary = plainLabel(new QLabel(this));
    m_summary->setObjectName(u"releaseSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ReleaseView::connectInputs()
{
    connect(m_debounce, &QTimer::timeout, this, &ReleaseView::check);
    connect(m_version, &QLineEdit::textEdited, this, &ReleaseView::scheduleCheck);
    connect(m_version, &QLineEdit::returnPressed, this, &ReleaseView::check);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ReleaseView::check);
    connect(m_checkButton, &QPushButton::clicked, this, &ReleaseView::check);
    connect(m_previous, &QComboBox::activated, this, &ReleaseView::onPreviousActivated);
    connect(m_copyButton, &QPushButton::clicked, this, &ReleaseView::copyMarkdown);
    connect(m_exportButton, &QPushButton::clicked, this, &ReleaseView::exportMarkdown);
    connect(m_tagButton, &QPushButton::clicked, this, &ReleaseView::createTag);
}

void ReleaseView::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    const bool samePath = (storage ? storage->repositoryPath : QString()) == repositoryPath();
    m_storage = std::move(storage);
    m_notes->setStorage(m_storage);
    if (!samePath)
        m_readiness.reset();
    loadRefs();
    if (!stackVersion().isEmpty())
        check();
    else
        clearResult();
}

QString ReleaseView::repositoryPath() const
{
    return m_storage ? m_storage->repositoryPath : QString();
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

void ReleaseView::showReleaseNotes(const QString &from, const QString &to)
{
    m_tabs->setCurrentWidget(m_notes);
    m_notes->showNotes(from, to);
}

void ReleaseView::scheduleCheck()
{
    m_debounce->start();
}

void ReleaseView::onPreviousActivated(int index)
{
    m_previous->askIfOther(index);
    check();
}

void ReleaseView::setPreviousRef(const QString &ref)
{
    m_previous->select(ref.trimmed());
    check();
}

// The version-named tags, for completion and the "Compare with" choices.
void ReleaseView::loadRefs()
{
    const QString path = repositoryPath();
    if (path.isEmpty())
        return;
    runInBackground(
        this,
        [path] {
            RefsOutcome outcome;
            outcome.path = path;
            auto repo = git::Repository::open(path);
            if (!repo)
                return outcome;
            const auto tags = versionTags(*repo);
            for (auto it = tags.crbegin(); it != tags.crend(); ++it)
                outcome.versionTags.append(it->second);
            return outcome;
        },
        [this](const RefsOutcome &outcome) { showRefs(outcome); });
}

void ReleaseView::showRefs(const RefsOutcome &outcome)
{
    if (outcome.path != repositoryPath())
        return;
    m_tagModel->setStringList(outcome.versionTags);
    m_previous->setVersionTags(outcome.versionTags);
    m_notes->setRefs(outcome.versionTags);
}

void ReleaseView::check()
{
    m_debounce->stop();
    const QString version = stackVersion();
    ++m_generation;
    if (repositoryPath().isEmpty() || version.isEmpty()) {
        m_readiness.reset();
        clearResult();
        updateActions();
        return;
    }
    ReadinessRequest request;
    request.stackVersion = version;
    request.previous = m_previous->ref();
    request.config = m_storage->snapshot.config;
    const quint64 generation = m_generation;

    m_readiness.reset();
    m_banner->set(VerdictBanner::State::Checking, tr("Checking %1…").arg(version), QString());
    updateActions();
    ++m_running;
    runInBackground(
        this,
        [storage = m_storage, request, generation] {
            CheckOutcome outcome;
            outcome.generation = generation;
            auto result = checkStorage(*storage, request);
            if (result)
                outcome.readiness = std::move(*result);
            else
                outcome.error = result.error();
            return outcome;
        },
        [this](const CheckOutcome &outcome) {
            --m_running;
            showOutcome(outcome);
        });
}

void ReleaseView::clearResult()
{
    if (repositoryPath().isEmpty())
        m_banner->set(VerdictBanner::State::Idle, tr("No repository"), tr("Open a package storage to check a release."));
    else
        m_banner->set(VerdictBanner::State::Idle, tr("Type a stack version"),
                      tr("The check tells whether production can be tagged for it and what the tag would contain."));
    m_summary->clear();
    m_summary->hide();
    m_tables->clear();
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
    showVerdict(*m_readiness);
    showSummary(*m_readiness);
    m_tables->fill(*m_readiness);
    updateActions();
    Q_EMIT checkFinished();
}

void ReleaseView::showVerdict(const TagReadiness &r)
{
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
                       : verdict == Verdict::Tagged            ? VerdictBanner::State::Tagged
                                                               : VerdictBanner::State::NotReady;
    QString title = tierdesk::verdictText(verdict) + u" — "_s + r.tagName;
    if (r.existingTag)
        title += u" · "_s + r.existingTag->commit.shortHex(12);
    m_banner->set(state, title, detail);
}

void ReleaseView::showSummary(const TagReadiness &r)
{
    QString summary = r.productionRef.isEmpty()
                          ? tr("The %1 branch is absent.").arg(r.productionTier)
                          : tr("Tag %1 on %2 at %3 (%4) · stack version %5")
                                .arg(r.tagName, r.productionRef, r.productionCommit.shortHex(12),
                                     QLocale().toString(r.productionTime.date(), QLocale::ShortFormat),
                                     r.stackVersion.toString());
    if (r.stackVersion.isPrerelease())
        summary += u" · "_s + tr("evaluated as %1, as Kibana asks the registry").arg(r.evaluatedVersion.toString());
    if (r.previous)
        summary += u" · "_s
            + (r.previous->automatic ? tr("previous release %1") : tr("compared with %1")).arg(r.previous->revision);
    m_summary->setText(summary);
    m_summary->show();
}

void ReleaseView::updateActions()
{
    const bool have = m_readiness.has_value();
    m_copyButton->setEnabled(have);
    m_exportButton->setEnabled(have);
    m_tagButton->setEnabled(have && !m_tagging && canTag(*m_readiness));
    m_tagButton->setToolTip(!have ? tr("Check a stack version first.")
                            : m_readiness->verdict() == Verdict::Tagged
                                ? tr("%1 is already tagged; tags are never moved.").arg(m_readiness->tagName)
                            : m_readiness->verdict() == Verdict::NotReady
                                ? tr("Production is not ready for %1.").arg(m_readiness->tagName)
                                : tr("Create the annotated tag %1 on the production tip.").arg(m_readiness->tagName));
    m_checkButton->setEnabled(!repositoryPath().isEmpty());
}

void ReleaseView::showMessage(bool error, const QString &text)
{
    m_message->setKind(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
    m_message->setText(text);
    m_message->show();
}

void ReleaseView::copyMarkdown()
{
    if (!m_readiness)
        return;
    QApplication::clipboard()->setText(markdown());
    showMessage(false, tr("The report for %1 was copied as Markdown.").arg(m_readiness->tagName));
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
    runInBackground(
        this, [file, text] { return saveText(file, text); },
        [this, file](const QString &error) {
            showMessage(!error.isEmpty(),
                        error.isEmpty() ? tr("Saved the report to %1.").arg(QDir::toNativeSeparators(file))
                                        : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(file), error));
        });
}

void ReleaseView::createTag()
{
    if (!m_readiness || !canTag(*m_readiness) || m_tagging)
        return;
    const std::optional<QString> pushRemote = confirmTag(this, *m_readiness, m_storage ? m_storage->remotes : QStringList());
    if (pushRemote)
        startTagging(*pushRemote);
}

void ReleaseView::startTagging(const QString &pushRemote)
{
    if (!m_readiness || !canTag(*m_readiness) || m_tagging)
        return;
    m_tagging = true;
    updateActions();
    const QString path = repositoryPath();
    const TagReadiness readiness = *m_readiness;
    showMessage(false, tr("Creating the tag %1…").arg(readiness.tagName));
    runInBackground(
        this, [path, readiness, pushRemote] { return createAndPushTag(path, readiness, pushRemote); },
        [this](const TagOutcome &outcome) { showTagOutcome(outcome); });
}

void ReleaseView::showTagOutcome(const TagOutcome &outcome)
{
    m_tagging = false;
    showMessage(!outcome.error.message.isEmpty(), tagOutcomeText(outcome));
    updateActions();
    if (outcome.created) {
        // The check shown predates the tag: no second tag from it. The window reads
        // the storage again, and the check of the new one says the tag exists.
        m_tagButton->setEnabled(false);
        Q_EMIT tagCreated(outcome.tagName);
        Q_EMIT refreshRequested();
    }
}

} // namespace tierdesk
