// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ComparisonStorage.h"

using namespace Qt::StringLiterals;

QByteArray registryDockerfile(const QString &registry)
{
    return u"ARG PACKAGE_REGISTRY=%1\nFROM docker.elastic.co/package-registry/package-registry:${PACKAGE_REGISTRY}\n"_s
        .arg(registry)
        .toUtf8();
}

void buildComparisonStorage(RepoBuilder &b)
{
    Files staging = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    staging.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s, u"as promoted"_s));
    staging.insert(RepoBuilder::package(u"redis"_s, u"1.1.0"_s));
    staging.insert(u"Dockerfile"_s, registryDockerfile(u"v1.5.0"_s));
    b.commit(u"staging"_s, staging, u"[staging] Promote packages (#41)"_s);
    Files snapshot = RepoBuilder::package(u"nginx"_s, u"1.2.0"_s);
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.9.0"_s));
    snapshot.insert(RepoBuilder::package(u"nginx"_s, u"1.10.0"_s));
    snapshot.insert(RepoBuilder::package(u"system"_s, u"1.4.2"_s, u"edited afterwards"_s));
    snapshot.insert(u"Dockerfile"_s, registryDockerfile(u"v1.4.1"_s));
    b.commit(u"snapshot"_s, snapshot, u"[snapshot] Update packages (#42)"_s);
}
