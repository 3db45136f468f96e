// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/DiffView.h"

#include "common/Accessible.h"
#include "common/PlainText.h"
#include "diff/DiffEditor.h"
#include "diff/DiffFileList.h"
#include "diff/DiffImagePane.h"
#include "diff/DiffSummary.h"
#include "diff/DiffTextPane.h"
#include "settings/UserSettings.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QString modeText(quint32 mode) { return QString::number(mode, 8).rightJustified(6, u'0'); }

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent), m_title(plainLabel(new QLabel(this))), m_status(plainLabel(new QLabel(this))), m_summary(new DiffSummary(this)),
      m_changeLabel(plainLabel(new QLabel(this))), m_hideModeOnly(new QCheckBox(this)), m_fileList(new QListView(this)),
      m_model(new DiffFileModel(this)), m_stack(new QStackedWidget(this)), m_textPane(new DiffTextPane(this)),
      m_imagePane(new DiffImagePane(this)), m_message(plainLabel(new QLabel(this)))
{
    QLayout *header = createHeader();
    createActions();
    createToolBar();
    QWidget *files = createFileList();
    createDifferencePane();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(files);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 980});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6); // easy to grab: the list widens for long data-stream paths
    m_fileListWidth = readDiffFileListWidth(QSettings());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (m_splitter->orientation() != Qt::Horizontal)
            return;
        m_fileListWidth = m_splitter->sizes().value(0);
        QSettings settings;
        writeDiffFileListWidth(settings, m_fileListWidth);
    });

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    outer->addLayout(header);
    outer->addWidget(m_summary);
    outer->addWidget(m_tools);
    outer->addWidget(m_splitter, 1);

    clear();
}

// Workers stop early (the jobs' tokens); their results, if any, are dropped.
DiffView::~DiffView() = default;

QLayout *DiffView::createHeader()
{
    // What is compared, and how far along.
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 2);
    // The title wraps rather than widen the view beyond a narrow side panel.
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    return header;
}

void DiffView::createActions()
{
    // Modes, navigation, expansion.
    m_sideBySideAction = new QAction(tr("Side by side"), this);
    m_unifiedAction = new QAction(tr("Unified"), this);
    for (QAction *a : {m_sideBySideAction, m_unifiedAction})
        a->setCheckable(true);
    m_sideBySideAction->setChecked(true);
    m_sideBySideAction->setToolTip(tr("Show the older and the newer file next to each other"));
    m_unifiedAction->setToolTip(tr("Show removed and added lines in one column, as in a patch"));
    auto *modes = new QActionGroup(this);
    modes->addAction(m_sideBySideAction);
    modes->addAction(m_unifiedAction);
    connect(m_sideBySideAction, &QAction::triggered, this, [this] { setMode(DiffMode::SideBySide); });
    connect(m_unifiedAction, &QAction::triggered, this, [this] { setMode(DiffMode::Unified); });

    m_previousAction = new QAction(tr("Previous change"), this);
    m_previousAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F7)});
    m_nextAction = new QAction(tr("Next change"), this);
    m_nextAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_F7)});
    m_previousAction->setToolTip(tr("Previous change (Alt+Up, Shift+F7)"));
    m_nextAction->setToolTip(tr("Next change (Alt+Down, F7)"));
    m_expandAllAction = new QAction(tr("Expand all"), this);
    m_expandAllAction->setToolTip(tr("Show every unchanged line of this file"));
    m_sourceAction = new QAction(tr("Show source"), this);
    m_sourceAction->setCheckable(true);
    m_sourceAction->setToolTip(tr("Compare the SVG's text instead of the pictures"));
    for (QAction *a : {m_previousAction, m_nextAction, m_expandAllAction, m_sourceAction, m_sideBySideAction, m_unifiedAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_previousAction, &QAction::triggered, this, &DiffView::previousChange);
    connect(m_nextAction, &QAction::triggered, this, &DiffView::nextChange);
    connect(m_expandAllAction, &QAction::triggered, m_textPane, &DiffTextPane::expandAll);
    connect(m_sourceAction, &QAction::toggled, this, &DiffView::setSourceShown);
}

void DiffView::createToolBar()
{
    // A tool bar rather than a row of buttons: when the view is narrow (the
    // side panel), what does not fit moves into its » overflow menu instead of
    // being cut off.
    m_tools = new QToolBar(this);
    m_tools->setObjectName(u"diffTools"_s);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tools->setMovable(false);
    m_tools->setFloatable(false);
    m_tools->setContentsMargins(4, 0, 8, 0);
    m_tools->addAction(m_sideBySideAction);
    m_tools->addAction(m_unifiedAction);
    m_tools->addSeparator();
    m_tools->addAction(m_previousAction);
    m_tools->addAction(m_nextAction);
    m_tools->addWidget(m_changeLabel);
    m_tools->addSeparator();
    m_tools->addAction(m_expandAllAction);
    m_tools->addAction(m_sourceAction);
    m_changeLabel->setContentsMargins(6, 0, 6, 0);
    updateOverflowIcon();
}

QWidget *DiffView::createFileList()
{
    m_fileList->setModel(m_model);
    m_fileList->setItemDelegate(new DiffFileDelegate(m_fileList));
    m_fileList->setUniformItemSizes(true); // hundreds of files stay cheap
    m_fileList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fileList->setObjectName(u"diffFiles"_s);
    describeControl(m_fileList, tr("Changed files"),
                    tr("Every file added, removed, renamed or modified; the selected one is shown beside"));
    connect(m_fileList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    m_hideModeOnly->setVisible(false);
    describeControl(m_hideModeOnly, tr("Hide mode-only changes"),
                    tr("Leave out of the list the files whose only change is their mode (the executable bit)"));
    // Its text must not set the view's minimum width; the tooltip has it in full.
    m_hideModeOnly->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    connect(m_hideModeOnly, &QCheckBox::toggled, this, [this](bool hide) {
        const int file = m_currentFile;
        m_model->setHideModeOnly(hide);
        const int row = m_model->rowOf(file);
        m_fileList->setCurrentIndex(m_model->index(row >= 0 ? row : 0));
    });
    auto *filesBox = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->setSpacing(2);
    filesLayout->addWidget(m_hideModeOnly);
    filesLayout->addWidget(m_fileList, 1);
    return filesBox;
}

void DiffView::createDifferencePane()
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_textPane);
    m_stack->addWidget(m_imagePane);
    connect(m_textPane, &DiffTextPane::currentChangeChanged, this, [this] { updateActions(); });
}

const ManifestSummary &DiffView::manifestSummary() const { return m_manifest; }

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateOverflowIcon();
}

void DiffView::updateOverflowIcon()
{
    // The style's » is drawn in a fixed dark colour, nearly invisible on a
    // dark palette: draw it in the palette's text colour instead.
    auto *overflow = m_tools->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    if (!overflow)
        return;
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(14);
    p.setFont(f);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, 16, 16), Qt::AlignCenter, u"»"_s);
    p.end();
    overflow->setIcon(QIcon(pixmap));
    overflow->setToolTip(tr("More tools"));
}

void DiffView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Narrow (the package details side panel): the file list goes above the
    // difference instead of squeezing it.
    const Qt::Orientation wanted = width() < narrowWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    if (wanted == Qt::Vertical)
        m_splitter->setSizes({m_splitter->height() / 4, m_splitter->height() * 3 / 4});
    else
        fitFileList();
    m_fileList->scrollTo(m_fileList->currentIndex()); // the file shown stays in sight
}

int DiffView::wantedFileListWidth() const
{
    // Badge, path and line counts: the longest path whole when it fits in half the view.
    const QFontMetrics fm(m_fileList->font());
    int longest = 0;
    for (const FileDelta &f : m_model->files())
        longest = std::max(longest, fm.horizontalAdvance(f.displayPath()));
    const int counts = fm.horizontalAdvance(u"+9999 −9999"_s);
    const int frame = 2 * m_fileList->frameWidth() + m_fileList->verticalScrollBar()->sizeHint().width();
    return std::clamp(longest + counts + fm.height() + 40 + frame, 260, std::max(260, width() / 2));
}

void DiffView::fitFileList()
{
    if (m_splitter->orientation() != Qt::Horizontal)
        return;
    const int total = std::max(1, m_splitter->width());
    const int list = std::min(m_fileListWidth > 0 ? m_fileListWidth : wantedFileListWidth(), total * 3 / 4);
    m_splitter->setSizes({list, std::max(1, total - list)});
}

DiffMode DiffView::mode() const { return m_textPane->mode(); }

void DiffView::setDiffOptions(const DiffOptions &options)
{
    const bool changed = options.contextLines != m_options.contextLines
        || options.ignoreWhitespace != m_options.ignoreWhitespace || options.maxFileSize != m_options.maxFileSize
        || options.detectRenames != m_options.detectRenames;
    m_options = options;
    m_textPane->setContextLines(options.contextLines);
    if (changed && !m_repoPath.isEmpty() && (m_comparison || isComputing()))
        setComparison(m_repoPath, m_oldSide, m_newSide);
}

void DiffView::setMode(DiffMode mode)
{
    (mode == DiffMode::SideBySide ? m_sideBySideAction : m_unifiedAction)->setChecked(true);
    if (mode == m_textPane->mode())
        return;
    m_textPane->setMode(mode);
    if (m_textPane->changeCount() > 0 && m_textPane->currentChange() < 0)
        m_textPane->goToChange(0);
    Q_EMIT modeChanged(mode);
}

QWidget *DiffView::currentPage() const { return m_stack->currentWidget(); }

void DiffView::clear()
{
    m_comparisonJob.cancel();
    m_fileJob.cancel();
    m_comparison.reset();
    m_manifest = {};
    m_loaded.clear();
    m_currentFile = m_shownFile = -1;
    m_pending = Pending::None;
    m_model->setFiles({});
    m_hideModeOnly->setVisible(false);
    m_textPane->clear();
    m_summary->clearSummary();
    m_title->setText(tr("No comparison"));
    m_status->clear();
    m_sourceAction->setVisible(false);
    showMessage(tr("Choose two versions to compare."));
    updateActions();
}

void DiffView::setComparison(const QString &repoPath, const DiffSide &oldSide, const DiffSide &newSide)
{
    clear();
    m_repoPath = repoPath;
    m_oldSide = oldSide;
    m_newSide = newSide;
    m_title->setText(tr("%1 → %2").arg(oldSide.label(), newSide.label()));
    m_status->setText(tr("Comparing…"));
    showMessage(tr("Comparing %1 with %2…").arg(oldSide.label(), newSide.label()));

    const ComparisonRequest request{repoPath, m_config, oldSide, newSide, m_options};
    m_comparisonJob.start(
        this, [request](const CancelToken &cancel) { return computeComparison(request, cancel); },
        [this](const ComparisonOutcome &outcome) { onComparisonFinished(outcome); });
}

void DiffView::onComparisonFinished(const ComparisonOutcome &outcome)
{
    if (!outcome.comparison) {
        m_status->setText(tr("Failed"));
        showMessage(outcome.error);
        Q_EMIT comparisonFailed(outcome.error);
        return;
    }
    m_comparison = outcome.comparison;
    m_oldSide = m_comparison->oldSide;
    m_newSide = m_comparison->newSide;
    m_manifest = outcome.manifest;
    m_summary->setSummary(m_manifest);
    m_model->setFiles(m_comparison->files);
    fitFileList();
    const int modeOnly = m_model->modeOnlyCount();
    m_hideModeOnly->setText(tr("Hide mode-only changes (%1)").arg(modeOnly));
    m_hideModeOnly->setToolTip(tr("Leave out the %n file(s) whose only change is their mode (the executable bit)",
                                  nullptr, modeOnly));
    m_hideModeOnly->setVisible(modeOnly > 0);
    updateStatus();
    if (m_comparison->files.isEmpty())
        showMessage(tr("The two versions have identical content."));
    else
        m_fileList->setCurrentIndex(m_model->index(0));
    updateActions();
    Q_EMIT comparisonReady();
}

void DiffView::updateStatus()
{
    if (!m_comparison)
        return;
    QString status = tr("%1 files changed · +%2 −%3")
                         .arg(m_comparison->files.size())
                         .arg(m_comparison->added())
                         .arg(m_comparison->removed());
    // A difference of modes, whitespace or line endings only is named, not left to look like content.
    if (isCosmetic(m_comparison->kinds()))
        status += u" · "_s + describeDiffKinds(m_comparison->kinds());
    m_status->setText(status);
}

void DiffView::onCurrentRowChanged(int row)
{
    const int file = m_model->fileIndex(row);
    if (file < 0)
        return;
    selectFile(file);
}

void DiffView::selectFile(int fileIndex)
{
    if (!m_comparison || fileIndex < 0 || fileIndex >= m_comparison->files.size())
        return;
    const int row = m_model->rowOf(fileIndex);
    if (row >= 0 && m_fileList->currentIndex().row() != row) {
        m_fileList->setCurrentIndex(m_model->index(row)); // comes back here through currentRowChanged
        return;
    }
    if (fileIndex == m_currentFile)
        return; // shown or on its way
    m_currentFile = fileIndex;
    loadFile(fileIndex);
}

bool DiffView::selectFile(const QString &path)
{
    if (!m_comparison)
        return false;
    for (int i = 0; i < m_comparison->files.size(); ++i) {
        if (m_comparison->files[i].path == path) {
            selectFile(i);
            return true;
        }
    }
    return false;
}

void DiffView::loadFile(int fileIndex)
{
    // Only the file asked for last is worth highlighting; one on its way is still kept.
    m_fileJob.supersede();
    if (const auto cached = m_loaded.constFind(fileIndex); cached != m_loaded.cend()) {
        showFile(fileIndex, *cached);
        return;
    }
    m_shownFile = -1;
    showMessage(tr("Loading %1…").arg(m_comparison->files[fileIndex].displayPath()));
    m_fileJob.start(
        this,
        [repoPath = m_repoPath, delta = m_comparison->files[fileIndex], options = m_options,
         palette = m_textPane->palette()](const CancelToken &cancel) {
            return loadFileOutcome(repoPath, delta, options, palette, cancel);
        },
        [this, fileIndex](const FileOutcome &outcome) {
            rememberFile(fileIndex, outcome);
            if (fileIndex == m_currentFile)
                showFile(fileIndex, outcome);
        },
        [this, fileIndex](const FileOutcome &outcome) { rememberFile(fileIndex, outcome); });
}

void DiffView::rememberFile(int fileIndex, const FileOutcome &outcome)
{
    if (!outcome.detail)
        return;
    // Bounded: a long review session need not keep every file.
    if (m_loaded.size() > 48)
        m_loaded.clear();
    m_loaded.insert(fileIndex, outcome);
}

void DiffView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void DiffView::showFile(int fileIndex, const FileOutcome &outcome)
{
    m_shownFile = fileIndex;
    const Pending pending = std::exchange(m_pending, Pending::None);
    m_sourceAction->setVisible(false);
    if (!outcome.detail) {
        showMessage(outcome.error);
        updateActions();
        Q_EMIT fileShown(fileIndex);
        return;
    }
    const FileDetail &detail = *outcome.detail;
    const FileDelta &f = detail.delta;
    const bool pictures = detail.isImage() && (!outcome.oldImage.isNull() || !outcome.newImage.isNull());
    const bool svgText = pictures && !detail.lines.isEmpty();
    m_sourceAction->setVisible(svgText);
    const QLocale locale;
    if (pictures && !(svgText && m_sourceAction->isChecked())) {
        auto caption = [&locale](const DiffSide &side, const QImage &image, QSize natural, qint64 bytes) -> QString {
            if (image.isNull())
                return side.label();
            return tr("%1 · %2 × %3 px · %4")
                .arg(side.label())
                .arg(natural.width())
                .arg(natural.height())
                .arg(locale.formattedDataSize(bytes));
        };
        m_imagePane->setImages(
            {outcome.oldImage, caption(m_oldSide, outcome.oldImage, outcome.oldNaturalSize, f.oldSize),
             f.status != FileStatus::Added},
            {outcome.newImage, caption(m_newSide, outcome.newImage, outcome.newNaturalSize, f.newSize),
             f.status != FileStatus::Removed});
        m_stack->setCurrentWidget(m_imagePane);
    } else if (f.tooLarge) {
        showMessage(tr("%1 is too large to compare here (%2; the limit is %3).")
                        .arg(f.path, locale.formattedDataSize(std::max(f.oldSize, f.newSize)),
                             locale.formattedDataSize(m_options.maxFileSize)));
    } else if (f.binary || detail.delta.binary) {
        showMessage(tr("%1 is a binary file (%2 → %3).")
                        .arg(f.path, locale.formattedDataSize(f.oldSize), locale.formattedDataSize(f.newSize)));
    } else if (detail.lines.isEmpty()) {
        QString text;
        if (f.modeChanged())
            text = tr("Only the file mode changed: %1 → %2. The content is identical.")
                       .arg(modeText(f.oldMode), modeText(f.newMode));
        else if (f.status == FileStatus::Renamed)
            text = tr("Renamed from %1 without changes to the content.").arg(f.oldPath);
        else if (f.status == FileStatus::Added)
            text = tr("%1 is a new, empty file.").arg(f.path);
        else if (f.status == FileStatus::Removed)
            text = tr("%1, an empty file, was removed.").arg(f.path);
        else
            text = tr("No difference in the content.");
        showMessage(text);
    } else {
        if (m_textPane->detail() != outcome.detail)
            m_textPane->setDetail(outcome.detail, outcome.syntax);
        m_stack->setCurrentWidget(m_textPane);
        if (pending == Pending::LastChange)
            m_textPane->goToChange(m_textPane->changeCount() - 1);
        else if (pending == Pending::FirstChange || m_textPane->currentChange() < 0)
            m_textPane->goToChange(0); // open at the first change, like a review tool
    }
    updateActions();
    Q_EMIT fileShown(fileIndex);
}

void DiffView::setSourceShown(bool)
{
    if (m_currentFile >= 0 && m_loaded.contains(m_currentFile))
        showFile(m_currentFile, m_loaded.value(m_currentFile));
}

void DiffView::updateActions()
{
    const bool files = m_comparison && !m_comparison->files.isEmpty();
    m_nextAction->setEnabled(files);
    m_previousAction->setEnabled(files);
    const bool text = m_stack->currentWidget() == m_textPane;
    m_expandAllAction->setEnabled(text && m_textPane->hasCollapsed());
    const int count = m_textPane->changeCount();
    if (text && count > 0)
        m_changeLabel->setText(tr("Change %1 of %2").arg(std::max(1, m_textPane->currentChange() + 1)).arg(count));
    else
        m_changeLabel->clear();
}

bool DiffView::moveToFile(int step, Pending pending)
{
    const int row = m_fileList->currentIndex().row() + step;
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_pending = pending;
    m_fileList->setCurrentIndex(m_model->index(row));
    return true;
}

void DiffView::nextChange()
{
    if (m_stack->currentWidget() == m_textPane && m_textPane->nextChange())
        return;
    moveToFile(+1, Pending::FirstChange);
}

void DiffView::previousChange()
{
    if (m_stack->currentWidget() == m_textPane && m_textPane->previousChange())
        return;
    moveToFile(-1, Pending::LastChange);
}

} // namespace tierdesk
