// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fetchRemote: a local bare repository as the remote (file path URL).
#include "git/Remote.h"
#include "support/RepoBuilder.h"
#include "git/Git.h"

#include <QTest>

#include <git2.h>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

QString trackingTip(const RepoBuilder &repo, const QString &ref)
{
    git_oid oid;
    if (git_reference_name_to_id(&oid, repo.repo().raw(), ref.toUtf8().constData()) != 0)
        return {};
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

} // namespace

class TestFetch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fetchesAndMovesTrackingRefs()
    {
        RepoBuilder upstream(true);
        RepoBuilder local(true);
        QVERIFY(upstream.isValid() && local.isValid());
        const auto first = upstream.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
        upstream.commit(u"production"_s, RepoBuilder::package(u"nginx"_s, u"0.9.0"_s));
        QVERIFY(local.addRemote(u"origin"_s, upstream.path()));

        int progressCalls = 0;
        JobControl job;
        job.progress = [&progressCalls](int, int, const QString &) { ++progressCalls; };
        auto report = fetchRemote(local.path(), u"origin"_s, {}, job);
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->updatedRefs,
                 (QStringList{u"refs/remotes/origin/production"_s, u"refs/remotes/origin/snapshot"_s}));
        QCOMPARE(trackingTip(local, u"refs/remotes/origin/snapshot"_s), first.toHex());
        QVERIFY(progressCalls > 0);

        // A new commit upstream moves only its tracking ref.
        const auto second = upstream.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.1.0"_s));
        report = fetchRemote(local.path(), {}, {});
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->updatedRefs, QStringList{u"refs/remotes/origin/snapshot"_s});
        QCOMPARE(trackingTip(local, u"refs/remotes/origin/snapshot"_s), second.toHex());

        // Nothing new: nothing moves.
        report = fetchRemote(local.path(), u"origin"_s, {});
        QVERIFY(report.has_value());
        QVERIFY(report->updatedRefs.isEmpty());
    }

    void missingRemoteIsExplained()
    {
        RepoBuilder local(true);
        QVERIFY(local.isValid());
        const auto report = fetchRemote(local.path(), u"upstream"_s, {});
        QVERIFY(!report.has_value());
        QVERIFY2(report.error().text().contains(u"no remote named “upstream”"_s), qPrintable(report.error().text()));
    }

    void unreachableRemoteFails()
    {
        RepoBuilder local(true);
        QVERIFY(local.isValid());
        QVERIFY(local.addRemote(u"origin"_s, local.path() + u"/does-not-exist.git"_s));
        const auto report = fetchRemote(local.path(), u"origin"_s, {});
        QVERIFY(!report.has_value());
        QVERIFY2(report.error().text().contains(u"Could not fetch from “origin”"_s), qPrintable(report.error().text()));
    }

    void cancelStops()
    {
        RepoBuilder upstream(true);
        RepoBuilder local(true);
        upstream.commit(u"snapshot"_s, RepoBuilder::package(u"nginx"_s, u"1.0.0"_s));
        QVERIFY(local.addRemote(u"origin"_s, upstream.path()));
        JobControl job;
        job.isCancelled = [] { return true; };
        const auto report = fetchRemote(local.path(), u"origin"_s, {}, job);
        QVERIFY(!report.has_value());
        QVERIFY2(report.error().text().contains(u"cancelled"_s), qPrintable(report.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_fetch.moc"
