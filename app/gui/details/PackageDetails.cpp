// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/PackageDetails.h"

#include "common/MessageBanner.h"
#include "common/PlainText.h"
#include "common/ThemeColors.h"
#include "details/VersionTimeline.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
constexpr int IconSize = 64;
constexpr int IconPadding = 4; // the tile around the icon

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *l = plainLabel(new QLabel(text, parent));
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setContentsMargins(0, 10, 0, 2);
    return l;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *l = plainLabel(new QLabel(parent));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString html(const QString &text) { return text.toHtmlEscaped(); }

QString colorName(const QColor &c) { return c.name(QColor::HexRgb); }

bool isDark(const QPalette &p) { return p.color(QPalette::Base).lightnessF() < 0.5; }

// Short text for a changelog link: "#815" for a pull request, else the address.
QString linkText(const QString &link)
{
    static const QRegularExpression pull(uR"(/pull/(\d+)/?$)"_s);
    const auto m = pull.match(link);
    return m.hasMatch() ? u'#' + m.captured(1) : link;
}
} // namespace

PackageDetails::PackageDetails(QWidget *parent)
    : QWidget(parent), m_historyCache(std::make_shared<VersionHistoryCache>()),
      m_cancel(std::make_shared<std::atomic_bool>(false)), m_message(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_content(new QWidget), m_icon(new QLabel), m_title(new QLabel), m_subtitle(new QLabel), m_role(new QLabel),
      m_description(new QLabel), m_form(new QFormLayout), m_problems(new MessageBanner),
      m_timeline(new VersionTimeline), m_changelogTitle(nullptr),
      m_changelog(new QLabel), m_history(new QLabel)
{
    // Names, titles and descriptions come from the repository: shown as written.
    for (QLabel *l : {m_message, m_title, m_subtitle, m_role, m_description})
        plainLabel(l);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setObjectName(u"detailsMessage"_s);

    QLayout *header = createHeader();
    createFields();
    createSections();
    connect(m_timeline, &VersionTimeline::chipActivated, this, [this](const QString &chipTier, const QString &chipVersion) {
        // Copies: showVersion() replaces the timeline's lanes the arguments may refer to.
        const QString tier = chipTier, version = chipVersion, name = m_name;
        showVersion(tier, name, version);
        Q_EMIT versionActivated(tier, name, version);
    });

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(12, 12, 12, 12);
    content->setSpacing(6);
    content->addLayout(header);
    content->addWidget(m_description);
    content->addLayout(m_form);
    content->addWidget(m_problems);
    content->addWidget(sectionTitle(tr("Promotion"), m_content));
    content->addWidget(m_explanation);
    content->addWidget(sectionTitle(tr("Versions across tiers"), m_content));
    content->addWidget(m_timeline);
    m_changelogTitle = sectionTitle(tr("Changelog"), m_content);
    content->addWidget(m_changelogTitle);
    content->addWidget(m_changelog);
    content->addWidget(sectionTitle(tr("History"), m_content));
    content->addWidget(m_history);
    content->addStretch(1);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_message);
    outer->addWidget(m_scroll, 1);

    changeEvent(nullptr);
    clear();
}

QLayout *PackageDetails::createHeader()
{
    // Icon, title, what and where, the copy's role.
    m_icon->setFixedSize(IconSize + 2 * IconPadding, IconSize + 2 * IconPadding);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setObjectName(u"packageIcon"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(u"packageTitle"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_role->setWordWrap(true);
    m_role->setObjectName(u"copyRole"_s);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_role);
    titles->addStretch(1);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    return header;
}

void PackageDetails::createFields()
{
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setObjectName(u"packageDescription"_s);

    // The manifest's fields.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(4);
    const std::pair<QString, QString> rows[] = {
        {u"type"_s, tr("Type")},   {u"release"_s, tr("Release")},      {u"owner"_s, tr("Owner")},
        {u"kibana"_s, tr("Kibana")}, {u"categories"_s, tr("Categories")},
    };
    for (const auto &[key, label] : rows) {
        QLabel *value = valueLabel(m_content);
        value->setObjectName(u"field-"_s + key);
        m_fields.insert(key, value);
        m_form->addRow(label, value);
    }
    m_fields.insert(u"description"_s, m_description);
    m_fields.insert(u"role"_s, m_role);

    m_problems->setKind(MessageBanner::Kind::Error);
    m_problems->setVisible(false);
}

void PackageDetails::createSections()
{
    // Changelog and history: rich text for the layout, with links.
    for (QLabel *l : {m_changelog, m_history}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextBrowserInteraction);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    // The markup is Tierdesk's own, every repository string in it is escaped,
    // and only web links can be opened.
    openWebLinksOnly(m_changelog);
    openWebLinksOnly(m_history);
    m_changelog->setObjectName(u"changelog"_s);
    // Repository text: plain, never rich.
    m_explanation = new QLabel(m_content);
    m_explanation->setObjectName(u"explanation"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setObjectName(u"history"_s);
    m_changelog->setAccessibleName(tr("Changelog"));
    m_history->setAccessibleName(tr("History"));
}

PackageDetails::~PackageDetails()
{
    // History walks stop early; their results still land in the shared cache if they finish.
    *m_cancel = true;
}

void PackageDetails::setStorage(std::shared_ptr<const LoadedStorage> storage)
{
    m_snapshot = partOf(storage, &LoadedStorage::snapshot);
    m_analysis = partOf(storage, &LoadedStorage::analysis);
    m_excuses = partOf(storage, &LoadedStorage::excuses);
    m_repositoryPath = storage ? storage->repositoryPath : QString();
    m_historyErrors.clear(); // a reload may have fixed them
    m_assetsCache.clear();   // another repository may reuse nothing
    if (m_snapshot && !m_name.isEmpty() && m_snapshot->find(m_tier, m_name, m_version)) {
        const QString tier = m_tier, name = m_name, version = m_version;
        showVersion(tier, name, version);
    } else {
        clear();
    }
}

void PackageDetails::setHistoryCache(std::shared_ptr<VersionHistoryCache> cache)
{
    m_historyCache = cache ? std::move(cache) : std::make_shared<VersionHistoryCache>();
    if (!m_name.isEmpty()) {
        requestHistory();
        renderHistory();
    }
}

void PackageDetails::clear()
{
    m_tier.clear();
    m_name.clear();
    m_version.clear();
    m_tree = {};
    m_assetsJob.supersede(); // still kept once read
    m_assets.reset();
    m_iconPixmap = QPixmap();
    m_changelogLines.clear();
    m_historyLines.clear();
    m_historyPending = false;
    m_timeline->setLanes({});
    showMessage(m_snapshot ? tr("Select a version to see its details.") : tr("No storage is open."));
}

void PackageDetails::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(true);
    m_scroll->setVisible(false);
}

void PackageDetails::showVersion(const QString &tier, const QString &name, const QString &version)
{
    const PackageVersion *v = m_snapshot ? m_snapshot->find(tier, name, version) : nullptr;
    if (!v) {
        clear();
        if (m_snapshot)
            showMessage(tr("%1 %2 is not in %3.").arg(name, version, tier));
        return;
    }
    const bool samePackage = name == m_name;
    m_tier = tier;
    m_name = name;
    m_version = version;
    m_tree = v->tree;
    m_message->setVisible(false);
    m_scroll->setVisible(true);
    if (!samePackage)
        m_scroll->verticalScrollBar()->setValue(0);
    fillManifest(*v);
    fillExplanation();
    fillTimeline();
    requestAssets(*v);
    m_historyAnnounced = false;
    requestHistory();
    renderHistory();
}

// The explanation the loading worker computed for the whole storage.
void PackageDetails::fillExplanation()
{
    m_explanationReasons.clear();
    const VersionExcuse *found = nullptr;
    if (m_excuses)
        for (const VersionExcuse &e : *m_excuses)
            if (e.tier == m_tier && e.name == m_name && e.version == m_version)
                found = &e;
    if (!found) {
        m_explanation->setText(tr("No explanation is available for this version."));
        return;
    }
    QStringList lines;
    if (found->candidate)
        lines << tr("↑ A promotion candidate for %1.").arg(found->targetTier);
    else if (!found->targetTier.isEmpty())
        lines << tr("Not a promotion candidate for %1 now:").arg(found->targetTier);
    for (const ExcuseReason &r : found->reasons) {
        m_explanationReasons.append(r.id);
        if (r.id != u"candidate" || !found->candidate)
            lines << (r.blocks ? u"✗ "_s : u"• "_s) + r.message;
    }
    m_explanation->setText(lines.join(u'\n'));
}

QString PackageDetails::explanationText() const { return m_name.isEmpty() ? QString() : m_explanation->text(); }

QString PackageDetails::titleText() const { return m_name.isEmpty() ? QString() : m_title->text(); }

QString PackageDetails::fieldText(const QString &field) const
{
    const QLabel *l = m_fields.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QPixmap PackageDetails::iconPixmap() const { return m_iconPixmap; }

void PackageDetails::paintIcon()
{
    // Package icons are drawn for light backgrounds: a light tile keeps dark logos visible in a dark theme.
    const QPalette &pal = palette();
    const bool dark = isDark(pal);
    const qreal dpr = devicePixelRatioF();
    const int side = IconSize + 2 * IconPadding;
    QPixmap tile(QSize(side, side) * dpr);
    tile.setDevicePixelRatio(dpr);
    tile.fill(Qt::transparent);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = dark ? QColor(0xf2, 0xf3, 0xf5) : pal.color(QPalette::Base);
    p.setPen(dark ? Qt::NoPen : QPen(mix(fill, pal.color(QPalette::Text), 0.15), 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 8, 8);
    if (!m_iconPixmap.isNull()) {
        const QSizeF size = QSizeF(m_iconPixmap.size()) / m_iconPixmap.devicePixelRatio();
        p.drawPixmap(QPointF((side - size.width()) / 2, (side - size.height()) / 2), m_iconPixmap);
    } else if (!m_assetsJob.isRunning() && !m_name.isEmpty()) {
        // No icon: the initial, quietly, so the header keeps its shape.
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(IconSize / 2);
        p.setFont(f);
        p.setPen(QColor(0x8a, 0x8f, 0x96));
        p.drawText(QRect(0, 0, side, side), Qt::AlignCenter, m_name.left(1).toUpper());
    }
    p.end();
    m_icon->setPixmap(tile);
}

QString PackageDetails::changelogNote() const
{
    return m_changelog->property("note").toString();
}

QString PackageDetails::roleSentence(const QString &tier) const
{
    const Duplicate *d = m_analysis ? m_analysis->duplicate(m_name, m_version) : nullptr;
    if (!d || d->copies.size() < 2)
        return tr("Only in %1.").arg(tier);
    const VersionCopy &served = d->copies.first();
    git::ObjectId mine;
    DiffKinds how; // a shadowed copy's difference from the served one, when classified
    for (const VersionCopy &c : d->copies)
        if (c.tier == tier) {
            mine = c.tree;
            how = c.difference;
        }
    if (served.tier == tier) {
        QStringList others;
        for (const VersionCopy &c : d->copies) {
            if (c.tier == tier)
                continue;
            if (c.tree == mine)
                others.append(tr("%1 (identical)").arg(c.tier));
            else if (isCosmetic(c.difference))
                others.append(tr("%1 (%2)").arg(c.tier, describeDiffKinds(c.difference)));
            else
                others.append(tr("%1 (different content)").arg(c.tier));
        }
        return tr("The served copy; also in %1.").arg(others.join(u", "_s));
    }
    if (mine == served.tree)
        return tr("Identical to the served copy in %1: promoted, its removal from %2 is pending.").arg(served.tier, tier);
    if (isCosmetic(how))
        return tr("Compared with the copy in %1, which is served instead, %2: this copy is never served.")
            .arg(served.tier, describeDiffKinds(how));
    return tr("Different content from the copy in %1, which is served instead: this copy is never served.")
        .arg(served.tier);
}

QString PackageDetails::chipToolTip(const PackageVersion &v) const
{
    QString tip = tr("%1 %2 in %3").arg(v.name, v.versionText, v.tier);
    const CopyRole role = m_analysis ? m_analysis->roleOf(v.tier, v.name, v.versionText) : CopyRole::Served;
    if (role == CopyRole::Promoted)
        tip += u'\n' + tr("Identical to the served copy in a higher tier: removal pending.");
    else if (role == CopyRole::Shadowed)
        tip += u'\n' + tr("Different content from the served copy in a higher tier.");
    if (v.hasProblems())
        tip += u'\n' + tr("Problems: %1").arg(v.problems.size());
    return tip;
}

void PackageDetails::fillManifest(const PackageVersion &v)
{
    const Manifest *m = v.manifest.get();
    m_title->setText(m && !m->title.isEmpty() ? m->title : v.name);
    m_subtitle->setText(tr("%1 %2 in %3").arg(v.name, v.versionText, v.tier));
    // Only the selected tier's copy is described; the timeline shows the others.
    m_role->setText(roleSentence(v.tier));
    const QString none = tr("—");
    const auto set = [&](const QString &key, const QString &value) {
        m_fields.value(key)->setText(value.isEmpty() ? none : value);
    };
    set(u"type"_s, m ? m->type : QString());
    set(u"release"_s, m ? m->releaseStage() : QString());
    set(u"owner"_s, m ? m->ownerGithub : QString());
    set(u"kibana"_s, m ? m->kibanaVersion : QString());
    set(u"categories"_s, m ? m->categories.join(u", "_s) : QString());
    m_description->setText(m ? m->description : QString());
    m_description->setVisible(m && !m->description.isEmpty());
    if (!m)
        m_description->setText(QString());

    if (v.problems.isEmpty()) {
        m_problems->setVisible(false);
    } else {
        QStringList lines;
        for (const Problem &p : v.problems)
            lines.append(p.message);
        m_problems->setText(lines.join(u'\n'));
        m_problems->setVisible(true);
    }
}

// How a shadowed copy differs from the served one, so the timeline marks cosmetic differences as the matrix does.
DiffKinds PackageDetails::copyDifference(const QString &tier, const PackageVersion &v) const
{
    const Duplicate *d = m_analysis ? m_analysis->duplicate(v.name, v.versionText) : nullptr;
    for (qsizetype i = 0; d && i < d->copies.size(); ++i)
        if (d->copies[i].tier == tier)
            return d->copies[i].difference;
    return {};
}

void PackageDetails::fillTimeline()
{
    QList<TimelineLane> lanes;
    for (const TierState &t : m_snapshot->tiers) {
        TimelineLane lane;
        lane.tier = t.name;
        lane.present = t.present();
        for (const PackageVersion &v : t.versions) {
            if (v.name != m_name)
                continue;
            VersionChip chip;
            chip.version = v.versionText;
            chip.role = m_analysis ? m_analysis->roleOf(t.name, v.name, v.versionText) : CopyRole::Served;
            chip.difference = copyDifference(t.name, v);
            chip.problemCount = int(v.problems.size());
            chip.servedTier = t.name;
            chip.toolTip = chipToolTip(v);
            lane.chips.append(chip);
        }
        lanes.append(lane);
    }
    m_timeline->setLanes(lanes);
    m_timeline->setSelected(m_tier, m_version);
}

void PackageDetails::requestAssets(const PackageVersion &v)
{
    m_assets.reset();
    if (auto it = m_assetsCache.constFind(v.tree); it != m_assetsCache.cend()) {
        m_assetsJob.supersede(); // another version's, still kept once read
        applyAssets(*it);
        return;
    }
    QStringList candidates;
    if (v.manifest)
        for (const ManifestIcon &icon : v.manifest->icons)
            candidates.append(icon.src);
    const int pixels = int(std::ceil(IconSize * devicePixelRatioF()));
    // A version left before its icon arrives still gets it cached, for a return.
    m_assetsJob.start(
        this,
        [repositoryPath = m_repositoryPath, tree = v.tree, candidates, pixels] {
            return loadDecodedAssets(repositoryPath, tree, candidates, pixels);
        },
        [this](const DecodedAssets &assets) {
            rememberAssets(assets);
            applyAssets(assets);
        },
        [this](const DecodedAssets &assets) { rememberAssets(assets); });
    m_iconPixmap = QPixmap();
    m_icon->setToolTip(QString());
    paintIcon();
    renderChangelog();
}

void PackageDetails::rememberAssets(const DecodedAssets &assets)
{
    if (m_assetsCache.size() > 64) // a handful of versions are revisited; keep memory bounded
        m_assetsCache.clear();
    m_assetsCache.insert(assets.tree, assets);
}

void PackageDetails::applyAssets(const DecodedAssets &assets)
{
    m_assets = assets;
    if (!assets.icon.isNull()) {
        m_iconPixmap = QPixmap::fromImage(assets.icon);
        m_iconPixmap.setDevicePixelRatio(std::max(1.0, qreal(assets.icon.width()) / IconSize));
        m_icon->setToolTip(plainToolTip(assets.iconPath));
    } else {
        m_iconPixmap = QPixmap();
        m_icon->setToolTip(plainToolTip(assets.iconError.isEmpty()
                                            ? tr("This version has no icon.")
                                            : tr("This version has no readable icon: %1").arg(assets.iconError)));
    }
    paintIcon();
    renderChangelog();
    Q_EMIT assetsShown();
}

void PackageDetails::renderChangelog()
{
    const QPalette &pal = palette();
    const QString dim = colorName(dimmedText(pal, QPalette::WindowText));
    m_changelogLines.clear();
    m_changelogTitle->setText(tr("Changelog of %1").arg(m_version));
    QString note;
    const ChangelogEntry *entry = nullptr;
    if (!m_assets) {
        note = tr("Reading changelog.yml…");
    } else if (!m_assets->changelog) {
        note = m_assets->changelogError.isEmpty() ? tr("This version has no changelog.yml.") : m_assets->changelogError;
    } else if ((entry = m_assets->changelog->entry(m_version)) == nullptr) {
        if (m_assets->changelog->entries.isEmpty()) {
            note = tr("changelog.yml lists no versions.");
        } else {
            entry = &m_assets->changelog->entries.first();
            note = tr("changelog.yml has no entry for %1; its newest entry, %2, is shown.")
                       .arg(m_version, entry->version);
        }
    } else if (entry->changes.isEmpty()) {
        note = tr("The entry for %1 lists no changes.").arg(m_version);
    }

    QString text;
    if (!note.isEmpty())
        text += u"<p style=\"color:%1\">"_s.arg(dim) + html(note) + u"</p>"_s;
    if (entry && !entry->changes.isEmpty()) {
        const QColor ink = pal.color(QPalette::WindowText);
        const qreal toward = isDark(pal) ? 0.2 : 0.35;
        text += u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
        for (const ChangelogChange &c : entry->changes) {
            QColor hue = pal.color(QPalette::Highlight);
            if (c.type == u"bugfix"_s)
                hue = QColor(0x2e, 0xa0, 0x5a);
            else if (c.type.contains(u"breaking"_s))
                hue = problemHue();
            const QString type = c.type.isEmpty() ? tr("change") : c.type;
            text += u"<tr><td valign=\"top\" style=\"color:%1; white-space:nowrap\"><b>"_s.arg(colorName(mix(hue, ink, toward))) +
                    html(type) + u"</b></td><td valign=\"top\">"_s + html(c.description);
            if (!c.link.isEmpty())
                text += u' ' + linkHtml(c.link, linkText(c.link));
            text += u"</td></tr>"_s;
            QString line = type + u": "_s + c.description;
            if (!c.link.isEmpty())
                line += u" ("_s + c.link + u')';
            m_changelogLines.append(line);
        }
        text += u"</table>"_s;
    }
    m_changelog->setText(text);
    m_changelog->setProperty("note", note);
}

void PackageDetails::requestHistory()
{
    if (!m_snapshot || m_name.isEmpty())
        return;
    const QString path = u"packages/"_s + m_name + u'/' + m_version;
    for (const TierState &t : m_snapshot->tiers) {
        if (!m_snapshot->find(t.name, m_name, m_version))
            continue;
        const git::ObjectId tip = t.head.id;
        if (m_historyInFlight.contains(tip) || m_historyErrors.contains(tip) || m_historyCache->find(tip, path))
            continue;
        m_historyInFlight.insert(tip);
        // The whole tier in one walk: the next version asked about is then free.
        runInBackground(
            this,
            [cache = m_historyCache, repo = m_repositoryPath, tip, cancel = m_cancel]() -> QString {
                JobControl job;
                job.isCancelled = [cancel] { return cancel->load(); };
                auto entries = VersionHistory::tierThroughCache(*cache, repo, tip, job);
                return entries ? QString() : entries.error().text();
            },
            [this, tip](const QString &error) {
                m_historyInFlight.remove(tip);
                if (!error.isEmpty())
                    m_historyErrors.insert(tip, error);
                renderHistory();
            });
    }
}

void PackageDetails::renderHistory()
{
    m_historyLines.clear();
    m_historyPending = false;
    if (!m_snapshot || m_name.isEmpty()) {
        m_history->clear();
        return;
    }
    const QPalette &pal = palette();
    const QString dim = colorName(dimmedText(pal, QPalette::WindowText));
    const QString path = u"packages/"_s + m_name + u'/' + m_version;
    const QLocale locale;
    bool pending = false;
    QString text;
    const auto describe = [&](const HistoryCommit &c) -> QString {
        QString s = html(locale.toString(c.authorTime, QLocale::ShortFormat)) + u" · "_s + html(c.authorName);
        if (c.pullRequest > 0)
            s += u" · "_s + html(tr("PR #%1").arg(c.pullRequest));
        s += u" · <code>"_s + c.id.shortHex() + u"</code><br>"_s + html(c.subject);
        return s;
    };
    const auto line = [](const HistoryCommit &c) -> QString {
        return c.id.shortHex() + u' ' + c.authorName + u": "_s + c.subject;
    };
    for (const TierState &t : m_snapshot->tiers) {
        if (!m_snapshot->find(t.name, m_name, m_version))
            continue;
        text += u"<p style=\"margin-top:4px; margin-bottom:2px\"><b>"_s + html(t.name) + u"</b></p>"_s;
        const git::ObjectId tip = t.head.id;
        const auto entry = m_historyCache->find(tip, path);
        if (!entry) {
            if (const QString error = m_historyErrors.value(tip); !error.isEmpty()) {
                text += u"<p style=\"color:%1\">"_s.arg(dim) + html(tr("History unavailable: %1").arg(error)) + u"</p>"_s;
                m_historyLines.append(t.name + u": "_s + tr("History unavailable: %1").arg(error));
            } else {
                pending = true;
                text += u"<p style=\"color:%1\">"_s.arg(dim) + html(tr("computing…")) + u"</p>"_s;
                m_historyLines.append(t.name + u": "_s + tr("computing…"));
            }
            continue;
        }
        const QString addedLabel = entry->added.isRoot ? tr("Present since") : tr("Added");
        text += u"<table cellspacing=\"0\" cellpadding=\"2\"><tr><td valign=\"top\" style=\"color:%1; "
                "padding-right:10px; white-space:nowrap\">"_s.arg(dim) +
                html(addedLabel) + u"</td><td valign=\"top\">"_s + describe(entry->added);
        if (entry->added.isRoot)
            text += u"<br><span style=\"color:%1\">"_s.arg(dim) +
                    html(tr("The oldest commit of the available history; the directory may be older.")) + u"</span>"_s;
        text += u"</td></tr><tr><td valign=\"top\" style=\"color:%1; padding-right:10px; white-space:nowrap\">"_s.arg(dim) +
                html(tr("Last changed")) + u"</td><td valign=\"top\">"_s;
        if (entry->lastChanged.id == entry->added.id)
            text += html(tr("Unchanged since then."));
        else
            text += describe(entry->lastChanged);
        text += u"</td></tr></table>"_s;
        m_historyLines.append(t.name + u' ' + (entry->added.isRoot ? tr("present since") : tr("added")) + u": "_s +
                              line(entry->added));
        m_historyLines.append(t.name + u' ' + tr("last changed") + u": "_s + line(entry->lastChanged));
    }
    m_history->setText(text);
    m_historyPending = pending;
    if (!pending && !m_historyAnnounced) {
        m_historyAnnounced = true;
        Q_EMIT historyShown();
    }
}

void PackageDetails::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        QPalette dimmed = m_subtitle->palette();
        dimmed.setColor(QPalette::WindowText, dimmedText(palette(), QPalette::WindowText));
        m_subtitle->setPalette(dimmed);
        m_message->setPalette(dimmed);
        if (event && !m_name.isEmpty()) {
            paintIcon();
            renderChangelog();
            renderHistory();
        }
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace tierdesk
