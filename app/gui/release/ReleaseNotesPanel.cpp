// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ReleaseNotesPanel.h"

#include "common/Accessible.h"
#include "common/BackgroundJob.h"
#include "common/LoadedStorage.h"
#include "common/MessageBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QComboBox *refBox(QWidget *parent, const QString &name, const QString &accessible, const QString &description)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    describeControl(box, accessible, description);
    box->setMinimumContentsLength(14);
    box->lineEdit()->setPlaceholderText(ReleaseNotesPanel::tr("tag, branch or commit"));
    return box;
}

// A tier branch as git names it shortly: "production", "origin/production".
QString shortRef(const QString &refName)
{
    for (const QString &prefix : {u"refs/heads/"_s, u"refs/remotes/"_s})
        if (refName.startsWith(prefix))
            return refName.mid(prefix.size());
    return refName;
}

QString saveText(const QString &file, const QByteArray &text)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return out.errorString();
    return {};
}
} // namespace

struct ReleaseNotesPanel::Outcome {
    quint64 generation = 0;
    std::optional<ReleaseNotes> notes;
    NotesMarkdown markdown;
    Error error;
};

ReleaseNotesPanel::ReleaseNotesPanel(QWidget *parent)
    : QWidget(parent)
{
    m_from = refBox(this, u"notesFrom"_s, tr("From"),
                    tr("The tag, branch or commit the notes start after, usually the previous release tag"));
    m_to = refBox(this, u"notesTo"_s, tr("To"), tr("The tag, branch or commit the notes end with"));
    m_build = new QPushButton(tr("Show Notes"), this);
    describeWithTip(m_build, {}, tr("List the packages added, updated and removed between the two refs"));
    m_copy = new QPushButton(tr("Copy as Markdown"), this);
    m_copy->setObjectName(u"copyNotes"_s);
    describeWithTip(m_copy, {}, tr("Put the release notes on the clipboard as Markdown"));
    m_export = new QPushButton(tr("Export Markdown…"), this);
    m_export->setObjectName(u"exportNotes"_s);
    describeWithTip(m_export, {}, tr("Save the release notes to a Markdown file"));
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);

    auto *top = new QHBoxLayout;
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(m_build);
    top->addStretch(1);
    top->addWidget(m_copy);
    top->addWidget(m_export);

    m_status = new QLabel(this);
    m_status->setObjectName(u"notesStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_message = new MessageBanner(this);
    m_message->hide();
    // The Markdown as it will be pasted: plain text, so nothing in the repository renders or links.
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"notesText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    describeControl(m_text, tr("Release notes as Markdown"),
                    tr("The notes as they will be pasted: each package added, updated or removed, read-only"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_text, 1);

    connect(m_build, &QPushButton::clicked, this, &ReleaseNotesPanel::build);
    connect(m_from->lineEdit(), &QLineEdit::returnPressed, this, &ReleaseNotesPanel::build);
    connect(m_to->lineEdit(), &QLineEdit::returnPressed, this, &ReleaseNotesPanel::build);
    connect(m_copy, &QPushButton::clicked, this, &ReleaseNotesPanel::copyMarkdown);
    connect(m_export, &QPushButton::clicked, this, &ReleaseNotesPanel::exportMarkdown);
    m_status->setText(tr("Choose two refs to see what changed between them."));
    updateActions();
}

ReleaseNotesPanel::~ReleaseNotesPanel() = default;

void ReleaseNotesPanel::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    const bool samePath = storage && m_storage && storage->repositoryPath == m_storage->repositoryPath;
    m_storage = std::move(storage);
    if (!samePath) {
        ++m_generation;
        m_notes.reset();
        m_text->clear();
        m_status->setText(tr("Choose two refs to see what changed between them."));
    }
    updateActions();
}

void ReleaseNotesPanel::setRefs(const QStringList &versionTags)
{
    QStringList refs = versionTags;
    if (m_storage)
        for (auto it = m_storage->snapshot.tiers.crbegin(); it != m_storage->snapshot.tiers.crend(); ++it)
            if (it->present())
                refs.append(shortRef(it->refName));
    for (QComboBox *box : {m_from, m_to}) {
        const QString typed = box->currentText();
        box->clear();
        box->addItems(refs);
        box->setCurrentText(typed);
    }
    // A sensible start: from the newest release tag to what production holds now.
    if (m_from->currentText().isEmpty() && !versionTags.isEmpty())
        m_from->setCurrentText(versionTags.constFirst());
    if (m_to->currentText().isEmpty() && m_storage && !m_storage->snapshot.tiers.isEmpty()
        && m_storage->snapshot.tiers.constLast().present())
        m_to->setCurrentText(shortRef(m_storage->snapshot.tiers.constLast().refName));
}

void ReleaseNotesPanel::showNotes(const QString &from, const QString &to)
{
    m_from->setCurrentText(from);
    m_to->setCurrentText(to);
    build();
}

QString ReleaseNotesPanel::markdown() const
{
    return m_markdown.text;
}

QString ReleaseNotesPanel::fullMarkdown() const
{
    return m_notes ? releaseNotesToMarkdown(*m_notes, 0).text : QString();
}

QString ReleaseNotesPanel::statusText() const
{
    return m_status->text();
}

void ReleaseNotesPanel::build()
{
    const QString from = m_from->currentText().trimmed();
    const QString to = m_to->currentText().trimmed();
    ++m_generation;
    if (!m_storage || from.isEmpty() || to.isEmpty()) {
        m_status->setText(tr("Choose two refs to see what changed between them."));
        return;
    }
    m_notes.reset();
    m_text->clear();
    m_message->hide();
    m_status->setText(tr("Reading %1 and %2…").arg(from, to));
    updateActions();
    ++m_running;
    runInBackground(
        this,
        [storage = m_storage, from, to, generation = m_generation] {
            Outcome outcome;
            outcome.generation = generation;
            auto notes = buildReleaseNotes(storage->repositoryPath, from, to, storage->cache);
            if (notes) {
                outcome.markdown = releaseNotesToMarkdown(*notes);
                outcome.notes = std::move(*notes);
            } else {
                outcome.error = notes.error();
            }
            return outcome;
        },
        [this](const Outcome &outcome) {
            --m_running;
            showOutcome(outcome);
        });
}

void ReleaseNotesPanel::showOutcome(const Outcome &outcome)
{
    if (outcome.generation != m_generation)
        return;
    if (!outcome.notes) {
        m_status->setText(tr("No release notes."));
        showMessage(true, outcome.error.text());
        updateActions();
        Q_EMIT built();
        return;
    }
    m_notes = outcome.notes;
    m_markdown = outcome.markdown;
    m_text->setPlainText(m_markdown.text);
    const QString counts = tr("%1 added, %2 updated, %3 removed, %4 unchanged · %5 characters")
                               .arg(m_notes->count(ChangeKind::Added))
                               .arg(m_notes->count(ChangeKind::Updated))
                               .arg(m_notes->count(ChangeKind::Removed))
                               .arg(m_notes->unchanged)
                               .arg(QLocale().toString(m_markdown.text.size()));
    m_status->setText(counts);
    if (m_markdown.cut())
        showMessage(false, tr("Cut after %1 of %2 packages to fit a GitHub release (%3 characters); Export Markdown "
                              "saves the whole notes.")
                               .arg(m_markdown.packagesShown)
                               .arg(m_markdown.packagesTotal)
                               .arg(QLocale().toString(qlonglong(githubReleaseBodyLimit))));
    updateActions();
    Q_EMIT built();
}

void ReleaseNotesPanel::showMessage(bool error, const QString &text)
{
    m_message->setKind(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
    m_message->setText(text);
    m_message->show();
}

void ReleaseNotesPanel::updateActions()
{
    m_build->setEnabled(m_storage != nullptr);
    m_copy->setEnabled(m_notes.has_value());
    m_export->setEnabled(m_notes.has_value());
}

void ReleaseNotesPanel::copyMarkdown()
{
    if (!m_notes)
        return;
    QApplication::clipboard()->setText(markdown());
    showMessage(false, m_markdown.cut() ? tr("Copied the notes as cut to fit a GitHub release; export them for the "
                                             "whole text.")
                                        : tr("Copied the release notes as Markdown."));
}

void ReleaseNotesPanel::exportMarkdown()
{
    if (!m_notes)
        return;
    const QString name = u"release-notes-"_s + m_notes->fromName + u"-"_s + m_notes->toName + u".md"_s;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Release Notes"),
                                                      QString(name).replace(u'/', u'-'), tr("Markdown (*.md)"));
    if (file.isEmpty())
        return;
    const QByteArray text = fullMarkdown().toUtf8();
    runInBackground(
        this, [file, text] { return saveText(file, text); },
        [this, file](const QString &error) {
            showMessage(!error.isEmpty(),
                        error.isEmpty() ? tr("Saved the whole notes to %1.").arg(QDir::toNativeSeparators(file))
                                        : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(file), error));
        });
}

} // namespace tierdesk
