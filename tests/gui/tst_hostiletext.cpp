// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repository text in the window is plain text: a storage whose manifests,
// changelogs, directory names, commit messages and draft store carry HTML is
// loaded, every view is shown, and the whole widget tree is walked: labels,
// text browsers, item views' tooltips, the tooltips shown when hovering the
// matrix and the timeline. No repository markup may be rendered, and only
// http(s) links may open.
#include "common/LoadedStorage.h"
#include "core/WebLink.h"
#include "details/PackageDetails.h"
#include "details/VersionTimeline.h"
#include "diff/DiffView.h"
#include "matrix/MatrixView.h"
#include "promotion/DraftsPanel.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "support/RepoBuilder.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

constexpr int LoadTimeoutMs = 60000;

// The defect's title, and markup of every kind Qt would render.
const QString Hostile =
    u"<h1 style='color:red'>APPROVED</h1><img src=x><a href='file:///etc/passwd'>click</a><marquee>m</marquee>"_s;
const QString HostileDir = u"<b>x<img src=x>"_s; // a directory name (no '/')
const QString FileLink = u"file:///etc/passwd"_s;
const QString ScriptLink = u"javascript:alert(1)"_s;
const QString WebLink = u"https://github.com/elastic/integrations/pull/815"_s;

QByteArray yamlQuoted(const QString &text)
{
    return '"' + text.toUtf8() + '"'; // the hostile strings hold no double quote or backslash
}

QByteArray hostileManifest(const QString &name, const QString &version)
{
    return "format_version: 3.0.0\nname: " + yamlQuoted(name) + "\ntitle: " + yamlQuoted(Hostile)
           + "\nversion: " + version.toUtf8() + "\ndescription: " + yamlQuoted(Hostile)
           + "\ntype: " + yamlQuoted(u"<img src=x>integration"_s) + "\ncategories:\n  - " + yamlQuoted(Hostile)
           + "\nconditions:\n  kibana:\n    version: \"^8.0.0\"\nowner:\n  github: " + yamlQuoted(Hostile)
           + "\n  type: elastic\n";
}

QByteArray change(const QString &description, const QString &type, const QString &link)
{
    return "      - description: " + yamlQuoted(description) + "\n        type: " + yamlQuoted(type)
           + "\n        link: " + yamlQuoted(link) + "\n";
}

QByteArray hostileChangelog(const QStringList &versions)
{
    QByteArray out;
    for (const QString &v : versions)
        out += "- version: \"" + v.toUtf8() + "\"\n  changes:\n" + change(Hostile, u"<h1>enhancement</h1>"_s, FileLink)
               + change(u"script"_s, u"bugfix"_s, ScriptLink) + change(u"web"_s, u"enhancement"_s, WebLink)
               + change(u"custom"_s, u"enhancement"_s, u"tierdesk-evil:open"_s);
    return out;
}

Files hostilePackage(const QString &name, const QString &version, const QStringList &changelog)
{
    const QString dir = u"packages/"_s + name + u'/' + version + u'/';
    return {{dir + u"manifest.yml"_s, hostileManifest(name, version)},
            {dir + u"changelog.yml"_s, hostileChangelog(changelog)},
            {dir + u"docs/README.md"_s, Hostile.toUtf8()}};
}

// Opens nothing: records what the window asked the desktop to open.
class UrlRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// Tags Tierdesk's own markup uses; anything else in a rich text came from the repository.
const QSet<QString> OwnTags{u"p"_s,  u"b"_s,    u"i"_s,    u"br"_s, u"table"_s, u"tr"_s, u"td"_s,
                            u"a"_s, u"span"_s, u"code"_s, u"tt"_s, u"qt"_s,    u"pre"_s};

struct Audit {
    QStringList failures;
    QStringList links;        // every href of every rich text
    int richTexts = 0;        // rich texts checked
    int toolTips = 0;         // tooltips checked
    int hostileShownPlain = 0; // places where the hostile title is shown as written

    void fail(const QString &where, const QString &what) { failures.append(where + u": "_s + what); }

    // A text Qt renders as HTML: only our tags, no image, no heading, web links only.
    void checkRich(const QString &where, const QString &html)
    {
        static const QRegularExpression tag(uR"(<\s*/?\s*([A-Za-z][A-Za-z0-9]*))"_s);
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(1).toLower();
            if (!OwnTags.contains(name))
                fail(where, u"renders the tag <%1> from %2"_s.arg(name, html.left(300)));
        }
        QTextDocument doc;
        doc.setHtml(html);
        checkDocument(where, doc);
    }

    // What a rich text became: no heading, no image, anchors only to the web.
    void checkDocument(const QString &where, const QTextDocument &doc)
    {
        ++richTexts;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0)
                fail(where, u"renders a heading"_s);
            for (auto frag = block.begin(); !frag.atEnd(); ++frag) {
                const QTextCharFormat f = frag.fragment().charFormat();
                if (f.isImageFormat())
                    fail(where, u"renders an image"_s);
                if (f.isAnchor() && !f.anchorHref().isEmpty()) {
                    links.append(f.anchorHref());
                    if (!isWebLink(f.anchorHref()))
                        fail(where, u"has a clickable link to %1"_s.arg(f.anchorHref()));
                }
            }
        }
        if (doc.toPlainText().contains(Hostile))
            ++hostileShownPlain;
    }

    void checkToolTip(const QString &where, const QString &tip)
    {
        if (tip.isEmpty())
            return;
        ++toolTips;
        if (Qt::mightBeRichText(tip))
            checkRich(where + u" (tooltip)"_s, tip);
        else if (tip.contains(Hostile))
            ++hostileShownPlain;
    }

    void checkLabel(const QString &where, QLabel *label)
    {
        if (label->openExternalLinks())
            fail(where, u"opens any link itself"_s);
        const QString text = label->text();
        if (label->textFormat() == Qt::PlainText) {
            if (text.contains(Hostile))
                ++hostileShownPlain;
            return;
        }
        if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text))
            checkRich(where, text);
    }

    void checkBrowser(const QString &where, QTextBrowser *browser)
    {
        if (browser->openExternalLinks() || browser->openLinks())
            fail(where, u"opens links itself"_s);
        checkDocument(where, *browser->document());
    }

    void checkModel(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        if (!model)
            return;
        if (!parent.isValid())
            for (int c = 0; c < model->columnCount(); ++c)
                checkToolTip(where + u" header %1"_s.arg(c), model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        for (int r = 0; r < model->rowCount(parent); ++r)
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                checkToolTip(where + u" [%1,%2]"_s.arg(r).arg(c), index.data(Qt::ToolTipRole).toString());
                if (c == 0 && model->hasChildren(index))
                    checkModel(where, model, index);
            }
    }

    void walk(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            const QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
            checkToolTip(where, w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w))
                checkLabel(where, label);
            else if (auto *browser = qobject_cast<QTextBrowser *>(w))
                checkBrowser(where, browser);
            else if (auto *view = qobject_cast<QAbstractItemView *>(w))
                checkModel(where, view->model());
        }
    }

    // Every tooltip a hover over `w` brings up, on a grid.
    void hover(const QString &where, QWidget *w, int stepX, int stepY)
    {
        for (int y = 1; y < w->height(); y += stepY)
            for (int x = 1; x < w->width(); x += stepX) {
                QHelpEvent event(QEvent::ToolTip, QPoint(x, y), w->mapToGlobal(QPoint(x, y)));
                QApplication::sendEvent(w, &event);
                if (QToolTip::isVisible())
                    checkToolTip(where + u" at %1,%2"_s.arg(x).arg(y), QToolTip::text());
                QToolTip::hideText();
            }
    }
};

// Asks every rich label and browser to follow its links and the hostile ones.
void activateLinks(QWidget *root, const QStringList &links)
{
    QStringList all = links;
    all << FileLink << ScriptLink << u"tierdesk-evil:open"_s << WebLink;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::PlainText)
            continue;
        for (const QString &link : std::as_const(all))
            Q_EMIT label->linkActivated(link);
    }
    for (QTextBrowser *browser : root->findChildren<QTextBrowser *>())
        for (const QString &link : std::as_const(all))
            Q_EMIT browser->anchorClicked(QUrl(link));
}

QString auditReport(const Audit &audit)
{
    return audit.failures.mid(0, 20).join(u'\n');
}

} // namespace

class TestHostileText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyViewShowsRepositoryTextPlain();
    void linksOpenOnlyForTheWeb();
    void webLinkRule();
    void cleanupTestCase();

private:
    void writeHostileDraftStore();
    void showEveryView(MainWindow &window, Audit &audit);

    std::unique_ptr<RepoBuilder> m_repo;
    UrlRecorder m_recorder;
};

void TestHostileText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Tierdesk"_s);
    QCoreApplication::setApplicationName(u"Tierdesk-test"_s);
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QSettings().clear();
    // Nothing reaches the desktop: every scheme the window could open is recorded.
    for (const QString &scheme : {u"http"_s, u"https"_s, u"file"_s, u"javascript"_s, u"tierdesk-evil"_s})
        QDesktopServices::setUrlHandler(scheme, &m_recorder, "open");

    m_repo = std::make_unique<RepoBuilder>();
    QVERIFY(m_repo->isValid());
    const QString hostileCommit = Hostile + u"\n\n"_s + Hostile;
    QVERIFY(!m_repo->commit(u"production"_s, hostilePackage(u"evil"_s, u"1.0.0"_s, {u"1.0.0"_s}), hostileCommit)
                 .isNull());
    QVERIFY(!m_repo->commit(u"staging"_s, hostilePackage(u"evil"_s, u"1.0.0"_s, {u"1.0.0"_s}), hostileCommit)
                 .isNull());
    Files snapshot = hostilePackage(u"evil"_s, u"1.1.0"_s, {u"1.1.0"_s, u"1.0.0"_s});
    // A directory name with markup (a problem: the manifest names another package),
    // and a version directory that is markup (not a semantic version).
    snapshot.insert(hostilePackage(HostileDir, u"1.0.0"_s, {u"1.0.0"_s}));
    snapshot.insert(u"packages/evil/"_s + HostileDir + u"/manifest.yml"_s, hostileManifest(u"evil"_s, u"9.9.9"_s));
    QVERIFY(!m_repo->commit(u"snapshot"_s, snapshot, hostileCommit).isNull());
    writeHostileDraftStore();
}

void TestHostileText::writeHostileDraftStore()
{
    const QString tip = m_repo->tip(u"production"_s).toHex();
    const auto branch = [&](const QString &name, int number, const QString &url) {
        return QJsonObject{{u"branch"_s, name},
                           {u"baseTier"_s, u"production"_s},
                           {u"base"_s, tip},
                           {u"commit"_s, tip},
                           {u"title"_s, Hostile},
                           {u"body"_s, Hostile},
                           {u"pullRequest"_s, QJsonObject{{u"number"_s, number}, {u"url"_s, url}}}};
    };
    const QJsonObject draft{
        {u"id"_s, u"d1"_s},
        {u"created"_s, u"2026-01-02T03:04:05Z"_s},
        {u"sourceTier"_s, u"staging"_s},
        {u"destinationTier"_s, u"production"_s},
        {u"sourceRef"_s, u"refs/heads/staging"_s},
        {u"destinationRef"_s, u"refs/heads/production"_s},
        {u"versions"_s, QJsonArray{QJsonObject{{u"name"_s, Hostile}, {u"version"_s, u"1.0.0"_s}, {u"tree"_s, tip}}}},
        {u"promotion"_s, branch(u"tierdesk/promote-d1"_s, 1, ScriptLink)},
        {u"removal"_s, branch(u"tierdesk/remove-d1"_s, 2, FileLink)},
    };
    QDir().mkpath(m_repo->path() + u"/.git/tierdesk"_s);
    QFile file(m_repo->path() + u"/.git/tierdesk/drafts.json"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"drafts"_s, QJsonArray{draft}}}).toJson());
}

// Packages (details and changes), Tiers, Release, Drafts: each audited while on screen.
void TestHostileText::showEveryView(MainWindow &window, Audit &audit)
{
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openRepository(m_repo->path());
    QVERIFY(shown.wait(LoadTimeoutMs));

    PackageDetails *details = window.details();
    QSignalSpy history(details, &PackageDetails::historyShown);
    QVERIFY(window.selectVersion(u"production"_s, u"evil"_s, u"1.0.0"_s));
    QTRY_VERIFY_WITH_TIMEOUT(details->findChild<QLabel *>(u"changelog"_s)->text().contains(u"815"_s), LoadTimeoutMs);
    QVERIFY(history.count() > 0 || history.wait(LoadTimeoutMs));
    // The title is the manifest's, whole; the walk checks how it is shown.
    QCOMPARE(details->findChild<QLabel *>(u"packageTitle"_s)->text(), Hostile);
    audit.walk(&window);
    audit.hover(u"timeline"_s, details->findChild<VersionTimeline *>(), 6, 6);
    audit.hover(u"matrix"_s, window.matrixView()->viewport(), 8, 6);

    QVERIFY(window.selectVersion(u"snapshot"_s, u"evil"_s, u"1.1.0"_s));
    window.sideTabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(window.diffView()->comparison() != nullptr, LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.diffView()->findChild<QTextBrowser *>()->toPlainText().contains(u"#815"_s),
                             LoadTimeoutMs);
    audit.walk(&window);

    window.showView(MainWindow::View::Tiers);
    audit.walk(&window);
    window.showView(MainWindow::View::Release);
    audit.walk(&window);

    auto *drafts = window.findChild<DraftsPanel *>();
    QVERIFY(drafts);
    QSignalSpy loaded(drafts, &DraftsPanel::draftsLoaded);
    window.showView(MainWindow::View::Drafts);
    drafts->refresh();
    QVERIFY(loaded.wait(LoadTimeoutMs));
    audit.walk(&window);
}

void TestHostileText::everyViewShowsRepositoryTextPlain()
{
    MainWindow window;
    window.setPersistent(false);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Audit audit;
    showEveryView(window, audit);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(audit.failures.isEmpty(), qPrintable(auditReport(audit)));
    // The walk saw what it is about: rich texts (changelog, history, diff
    // summary), tooltips, and the hostile title shown as written.
    QVERIFY2(audit.richTexts >= 3, qPrintable(QString::number(audit.richTexts)));
    QVERIFY2(audit.toolTips >= 10, qPrintable(QString::number(audit.toolTips)));
    QVERIFY2(audit.hostileShownPlain >= 5, qPrintable(QString::number(audit.hostileShownPlain)));
    // The changelog's web link is a link; the others are shown as text.
    QVERIFY2(audit.links.contains(WebLink), qPrintable(audit.links.join(u' ')));
    const QString changelog = window.details()->findChild<QLabel *>(u"changelog"_s)->text();
    QVERIFY2(changelog.contains(FileLink) && changelog.contains(ScriptLink), qPrintable(changelog));
}

void TestHostileText::linksOpenOnlyForTheWeb()
{
    MainWindow window;
    window.setPersistent(false);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Audit audit;
    showEveryView(window, audit);
    if (QTest::currentTestFailed())
        return;
    window.showView(MainWindow::View::Packages);
    QVERIFY(window.selectVersion(u"production"_s, u"evil"_s, u"1.0.0"_s));
    m_recorder.opened.clear();
    activateLinks(&window, audit.links);
    QVERIFY(!m_recorder.opened.isEmpty()); // the web link did open: the handlers are in place
    for (const QUrl &url : std::as_const(m_recorder.opened))
        QVERIFY2(isWebLink(url), qPrintable(url.toString()));
}

void TestHostileText::webLinkRule()
{
    QVERIFY(isWebLink(u"https://github.com/elastic/integrations/pull/815"_s));
    QVERIFY(isWebLink(u"http://example.com"_s));
    QVERIFY(isWebLink(u"HTTPS://EXAMPLE.COM/x"_s));
    QVERIFY(!isWebLink(FileLink));
    QVERIFY(!isWebLink(ScriptLink));
    QVERIFY(!isWebLink(u"tierdesk-evil:open"_s));
    QVERIFY(!isWebLink(u"//example.com/x"_s));      // relative: the scheme is whatever the page has
    QVERIFY(!isWebLink(u"https:///nohost"_s));
    QVERIFY(!isWebLink(u" https://example.com"_s)); // blanks a lenient parse would hide
    QVERIFY(!isWebLink(u"https://exa\u0007mple.com"_s));
    QVERIFY(!isWebLink(u"https://example.com/\u202Egnp.exe"_s)); // a right-to-left override
    QVERIFY(!isWebLink(QString()));
}

void TestHostileText::cleanupTestCase()
{
    for (const QString &scheme : {u"http"_s, u"https"_s, u"file"_s, u"javascript"_s, u"tierdesk-evil"_s})
        QDesktopServices::unsetUrlHandler(scheme);
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
