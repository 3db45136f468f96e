// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Release view's "Release notes" tab: what changed between two refs, as
// the Markdown to paste into a GitHub release (cut to fit its size limit, the
// whole notes by export). Built on a worker that opens its own repository.
#include "release/ReleaseNotesReport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tierdesk {

struct LoadedStorage;
class MessageBanner;

class ReleaseNotesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReleaseNotesPanel(QWidget *parent = nullptr);
    ~ReleaseNotesPanel() override;

    void setStorage(std::shared_ptr<const LoadedStorage> storage);
    // The refs to choose from: version tags newest first, then the tier branches.
    void setRefs(const QStringList &versionTags);
    // Fills in both refs and builds the notes.
    void showNotes(const QString &from, const QString &to);

    bool isBuilding() const { return m_running > 0; }
    const ReleaseNotes *notes() const { return m_notes ? &*m_notes : nullptr; }
    QString markdown() const;     // as shown: cut to GitHub's limit when longer
    QString fullMarkdown() const; // never cut
    QString statusText() const;

public Q_SLOTS:
    void build();
    void copyMarkdown();
    void exportMarkdown();

Q_SIGNALS:
    void built();

private:
    struct Outcome;

    void showOutcome(const Outcome &outcome);
    void showMessage(bool error, const QString &text);
    void updateActions();

    std::shared_ptr<const LoadedStorage> m_storage;
    std::optional<ReleaseNotes> m_notes;
    NotesMarkdown m_markdown;
    quint64 m_generation = 0;
    int m_running = 0;

    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    MessageBanner *m_message = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace tierdesk
