// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The storage the tier-comparison tests share (the rules in lib/ and the view
// that shows them): snapshot holds nginx 1.10.0, 1.9.0 and 1.2.0 (the same
// as staging's) and system 1.4.2 (edited after it was promoted to staging);
// staging adds redis 1.1.0. Each tier's Dockerfile names another registry.
#include "support/RepoBuilder.h"

// A Dockerfile that pins the package registry's image at `registry`.
QByteArray registryDockerfile(const QString &registry);

void buildComparisonStorage(RepoBuilder &b);
