// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pull requests opened elsewhere count as pending: the upstream's open pull
// requests are listed page by page, and those whose titles promote or remove
// listed versions become pending drafts covering exactly those versions.
#include "github/GitHubClient.h"
#include "promotion/PendingDrafts.h"
#include "support/FakeGitHub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
QJsonObject prJson(int number, const QString &title, const QString &base, const QString &author = u"alice"_s)
{
    return QJsonObject{{u"number"_s, number},
                       {u"title"_s, title},
                       {u"html_url"_s, u"https://github.com/elastic/package-storage/pull/%1"_s.arg(number)},
                       {u"user"_s, QJsonObject{{u"login"_s, author}}},
                       {u"base"_s, QJsonObject{{u"ref"_s, base}}},
                       {u"state"_s, u"open"_s}};
}

FakeGitHub::Response page(const QJsonArray &items)
{
    return FakeGitHub::jsonArray(200, QJsonDocument(items).toJson(QJsonDocument::Compact));
}

PullRequestSummary summary(int number, const QString &title, const QString &base, const QString &author = u"bob"_s)
{
    return PullRequestSummary{number, title, u"https://github.com/e/p/pull/%1"_s.arg(number), author, base};
}
} // namespace

class TestOpenPullRequests : public QObject
{
    Q_OBJECT
private slots:
    void listsEveryPage();
    void listingErrorsAreSentences();
    void titlesBecomePendingDrafts();
    void ownDraftsAreNotCountedTwice();
    void coversByTier();
};

// 100 on the first page, 3 on the second: two requests, state=open, per_page=100, the token as Bearer.
void TestOpenPullRequests::listsEveryPage()
{
    FakeGitHub server;
    QVERIFY(server.listen());
    QJsonArray first;
    for (int i = 1; i <= 100; ++i)
        first.append(prJson(i, u"Update package %1"_s.arg(i), u"snapshot"_s));
    server.enqueue(page(first));
    server.enqueue(page(QJsonArray{prJson(101, u"[staging] Promote packages from snapshot (aws-1.28.0)"_s, u"staging"_s),
                                   prJson(102, u"x"_s, u"production"_s), QJsonValue(u"not an object"_s)}));
    GitHubClient client(GitHubEndpoint::fromApiUrl(server.url(u"/api/v3"_s)), u"ghp_test0123456789"_s);
    client.setTimeout(std::chrono::milliseconds(5000));
    const auto list = client.listOpenPullRequestsAndWait(GitHubRepo{u"h"_s, u"elastic"_s, u"package-storage"_s});
    QVERIFY2(list, qPrintable(list ? QString() : list.error().text()));
    QCOMPARE(list->size(), 102); // the entry that is no object is skipped
    QCOMPARE(list->at(100).number, 101);
    QCOMPARE(list->at(100).title, u"[staging] Promote packages from snapshot (aws-1.28.0)"_s);
    QCOMPARE(list->at(100).author, u"alice"_s);
    QCOMPARE(list->at(100).baseBranch, u"staging"_s);
    QCOMPARE(list->at(100).url, u"https://github.com/elastic/package-storage/pull/101"_s);
    QCOMPARE(server.requests.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const FakeGitHub::Request &r = server.requests.at(i);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, u"/api/v3/repos/elastic/package-storage/pulls"_s);
        QCOMPARE(r.query, u"state=open&per_page=100&page=%1"_s.arg(i + 1));
        QCOMPARE(r.authorization, QByteArray("Bearer ghp_test0123456789"));
    }
}

void TestOpenPullRequests::listingErrorsAreSentences()
{
    FakeGitHub server;
    QVERIFY(server.listen());
    const QString token = u"ghp_secret0123456789"_s;
    server.enqueue(FakeGitHub::error(401, u"Bad credentials "_s + token));
    server.enqueue(FakeGitHub::json(200, QJsonObject{{u"message"_s, u"an object, not a list"_s}}));
    GitHubClient client(GitHubEndpoint::fromApiUrl(server.url(u"/api/v3"_s)), token);
    client.setTimeout(std::chrono::milliseconds(5000));
    const GitHubRepo repo{u"h"_s, u"elastic"_s, u"package-storage"_s};
    const auto refused = client.listOpenPullRequestsAndWait(repo);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, 401);
    QVERIFY2(refused.error().message.contains(u"elastic/package-storage"_s), qPrintable(refused.error().message));
    QVERIFY(!refused.error().text().contains(token));
    const auto garbled = client.listOpenPullRequestsAndWait(repo);
    QVERIFY(!garbled);
    QVERIFY2(garbled.error().message.contains(u"not a list"_s), qPrintable(garbled.error().message));
}

void TestOpenPullRequests::titlesBecomePendingDrafts()
{
    const TierConfig config;
    const QList<PullRequestSummary> open{
        summary(1, u"[staging] Promote packages from snapshot (aws-1.28.0, nginx-1.2.3-rc.1)"_s, u"staging"_s),
        summary(2, u"[snapshot] Remove promoted packages (aws-1.28.0)"_s, u"snapshot"_s, u"carol"_s),
        summary(3, u"Update nginx to 1.2.4"_s, u"snapshot"_s),                            // no promotion
        summary(4, u"[production] Promote many packages from staging"_s, u"production"_s), // lists nothing
        summary(5, u"[staging] Promote packages from snapshot (x-1.0.0)"_s, u"production"_s), // title lies about its base
        summary(6, u"[qa] Promote packages from snapshot (x-1.0.0)"_s, u"qa"_s),           // no configured tier
        summary(7, u"[staging] Promote packages from snapshot (x-1.0.0)\x1b[2J"_s, u"staging"_s), // hostile
        summary(8, u"[production] Promote packages from staging to production (system-0.10.7)"_s, u""_s),
    };
    const QList<PendingDraft> pending = pendingFromPullRequests(open, config);
    QCOMPARE(pending.size(), 3);
    const PendingDraft &promotion = pending.at(0);
    QCOMPARE(promotion.pullRequestNumber, 1);
    QCOMPARE(promotion.destinationTier, u"staging"_s);
    QVERIFY(promotion.sourceTier.isEmpty());
    QCOMPARE(promotion.keys, (QStringList{u"aws@1.28.0"_s, u"nginx@1.2.3-rc.1"_s}));
    QCOMPARE(promotion.pullRequestUrls, QStringList{u"https://github.com/e/p/pull/1"_s});
    QCOMPARE(promotion.label(), u"the pull request #1 by bob"_s);
    const PendingDraft &removal = pending.at(1);
    QCOMPARE(removal.sourceTier, u"snapshot"_s);
    QVERIFY(removal.destinationTier.isEmpty());
    QCOMPARE(removal.label(), u"the pull request #2 by carol"_s);
    QCOMPARE(pending.at(2).pullRequestNumber, 8); // the old tool's form, base unknown
    QCOMPARE(pending.at(2).keys, QStringList{u"system@0.10.7"_s});
}

// A draft of this clone that was published is found through its record: its pull requests are not added again.
void TestOpenPullRequests::ownDraftsAreNotCountedTwice()
{
    PendingDraft own;
    own.id = u"20261202-0700-abc1234"_s;
    own.sourceTier = u"snapshot"_s;
    own.destinationTier = u"staging"_s;
    own.keys = {u"aws@1.28.0"_s};
    own.pullRequestUrls = {u"https://github.com/e/p/pull/1"_s, u"https://github.com/e/p/pull/2"_s};
    const QList<PullRequestSummary> open{
        summary(1, u"[staging] Promote packages from snapshot (aws-1.28.0)"_s, u"staging"_s),
        summary(2, u"[snapshot] Remove promoted packages (aws-1.28.0)"_s, u"snapshot"_s),
        summary(9, u"[snapshot] Remove promoted packages (aws-1.28.0)"_s, u"snapshot"_s),
    };
    const QList<PendingDraft> pending = pendingFromPullRequests(open, TierConfig(), {own});
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().pullRequestNumber, 9);
}

// A promotion to production covers the versions of staging and snapshot; a removal only its own tier's.
void TestOpenPullRequests::coversByTier()
{
    const TierConfig config;
    const QList<PendingDraft> pending = pendingFromPullRequests(
        {summary(1, u"[production] Promote packages from staging (aws-1.28.0)"_s, u"production"_s),
         summary(2, u"[staging] Remove promoted packages (nginx-1.2.3)"_s, u"staging"_s)},
        config);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pendingFor(pending, config, u"staging"_s, u"aws@1.28.0"_s).size(), 1);
    QCOMPARE(pendingFor(pending, config, u"snapshot"_s, u"aws@1.28.0"_s).size(), 1);
    QCOMPARE(pendingFor(pending, config, u"production"_s, u"aws@1.28.0"_s).size(), 0);
    QCOMPARE(pendingFor(pending, config, u"staging"_s, u"aws@1.28.1"_s).size(), 0);
    QCOMPARE(pendingFor(pending, config, u"staging"_s, u"nginx@1.2.3"_s).size(), 1);
    QCOMPARE(pendingFor(pending, config, u"snapshot"_s, u"nginx@1.2.3"_s).size(), 0);
}

QTEST_GUILESS_MAIN(TestOpenPullRequests)
#include "tst_openpullrequests.moc"
