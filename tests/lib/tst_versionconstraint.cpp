// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Version.h"
#include "core/VersionConstraint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tierdesk::Version;
using tierdesk::VersionConstraint;

namespace {

// Data tags for texts with control characters or none at all.
QByteArray tagFor(const char *text)
{
    if (!*text)
        return "(empty)";
    return QByteArray(text).replace('\t', "\\t").replace('\r', "\\r").replace('\n', "\\n");
}

struct Row {
    const char *constraint;
    const char *version;
    bool accepted;
};

// Expectations follow Masterminds/semver v3 (constraints.go), the library the
// Elastic package registry checks conditions.kibana.version with; many rows
// come from its constraints_test.go.
const Row acceptRows[] = {
    // Manifest forms seen in the package registry.
    {"^7.9.0", "7.9.0", true},
    {"^7.9.0", "7.17.9", true},
    {"^7.9.0", "7.8.9", false},
    {"^7.9.0", "8.0.0", false},
    {"^7.9.0", "7.10.0-SNAPSHOT", false},
    {"^7.10.0", "7.10.0", true},
    {"^7.10.0", "7.10.2", true},
    {"^7.10.0", "7.9.3", false},
    {"^7.10.0", "8.1.0", false},
    {">=7.10.0", "7.10.0", true},
    {">=7.10.0", "8.15.0", true},
    {">=7.10.0", "7.9.9", false},
    {">=7.10.0", "8.6.0-SNAPSHOT", false},
    {"^7.16.0 || ^8.0.0", "7.16.0", true},
    {"^7.16.0 || ^8.0.0", "7.17.5", true},
    {"^7.16.0 || ^8.0.0", "8.0.0", true},
    {"^7.16.0 || ^8.0.0", "8.11.2", true},
    {"^7.16.0 || ^8.0.0", "7.15.2", false},
    {"^7.16.0 || ^8.0.0", "9.0.0", false},
    {"^7.16.0 || ^8.0.0", "8.6.0-SNAPSHOT", false},
    {"^7.16.0 || ^8.0.0 || >=8.6.0-0", "8.6.0-SNAPSHOT", true},
    {">=7.9.0 <8.0.0", "7.9.0", true},
    {">=7.9.0 <8.0.0", "7.17.14", true},
    {">=7.9.0 <8.0.0", "8.0.0", false},
    {">=7.9.0 <8.0.0", "7.8.0", false},
    {">=7.9.0 <8.0.0", "8.0.0-SNAPSHOT", false},

    // Pre-releases (Kibana snapshots) only match comparisons naming a pre-release.
    {"^8.0.0", "8.6.0-SNAPSHOT", false},
    {"^8.0.0", "8.6.0+build.7", true},
    {">=8.6.0-0", "8.6.0-SNAPSHOT", true},
    {">=8.6.0-0", "9.0.0-beta1", true},
    {">=8.6.0-0", "8.6.0", true},
    {">=8.6.0-0", "8.5.1-SNAPSHOT", false},
    {"^8.6.0-0", "8.6.0-SNAPSHOT", true},
    {"^8.6.0-0", "8.7.0-SNAPSHOT", true},
    {"^8.6.0-0", "8.5.0-SNAPSHOT", false},
    {"^8.6.0-SNAPSHOT", "8.6.0-SNAPSHOT", true},
    {"^8.6.0-SNAPSHOT", "8.6.0", true},
    {"^8.6.0-SNAPSHOT", "8.6.0-BC1", false},
    // Since v3.4.0 one comparison naming a pre-release admits pre-releases for
    // its whole AND group; the other groups of an "||" still reject them.
    {">=8.6.0-0 <9.0.0", "8.6.0-SNAPSHOT", true},
    {">=8.6.0-0 <9.0.0-0", "8.6.0-SNAPSHOT", true},
    // Then "<9.0.0" compares by SemVer precedence: 9.0.0-SNAPSHOT is below 9.0.0.
    {">=8.6.0-0 <9.0.0", "9.0.0-SNAPSHOT", true},
    {">=8.6.0-0 <9.0.0", "9.0.0", false},
    {"^8.0.0 || >=8.6.0-0 <8.7.0", "8.6.0-SNAPSHOT", true},
    {"^8.0.0 || >=8.7.0-0", "8.6.0-SNAPSHOT", false},
    {"^8.0.0-0 || ^7.0.0", "7.17.0-SNAPSHOT", false},
    {">= 1.0.0 <= 2.0.0-beta", "1.0.1-beta", true},
    {"!=1.0.1-beta >=1.0.0", "1.0.2-beta", true},
    {"1.0.0-alpha - 1.0.0", "1.0.0-beta", true},
    {"1.0.0-alpha - 1.0.0", "1.0.0", true},
    {"1.0.0 - 2.0.0-0", "1.5.0-rc.1", true},

    // = and no operator: exact, unless a component is a wildcard or missing.
    {"=2.0.0", "2.0.0", true},
    {"=2.0.0", "1.2.3", false},
    {"=2.0.0", "2.0.1", false},
    {"=2.0.0", "2.0.0+build", true},
    {"2.0.0", "2.0.0", true},
    {"2.0.0", "2.0.1", false},
    {"v2.0.0", "2.0.0", true},
    {"= 2.0", "2.0.0", true},
    {"= 2.0", "2.0.5", true},
    {"= 2.0", "2.1.0", false},
    {"= 2.0", "1.2.3", false},
    {"4.1", "4.1.0", true},
    {"4.1", "4.1.9", true},
    {"4.1", "4.2.0", false},
    {"2", "2.1.1", true},
    {"2", "3.4.5", false},
    {"=0", "1.0.0", false},
    {"1.2.3-beta.1", "1.2.3-beta.1", true},
    {"1.2.3-beta.1", "1.2.3-beta.2", false},
    {"01.2.3", "1.2.3", true},

    // !=
    {"!=4.1.0", "4.1.0", false},
    {"!=4.1.0", "4.1.1", true},
    {"!=4.1.0", "4.1.0+build", false},
    {"!=4.1.0", "5.0.0-beta", false},
    {"!=4.1", "4.1.0", false},
    {"!=4.1", "4.1.1", false},
    {"!=4.1", "4.2.0", true},
    {"!=4.1", "5.1.0", true},
    {"!=4.1", "5.1.0-alpha.1", false},
    {"!=4.x", "4.1.0", false},
    {"!=4.x", "5.1.0", true},
    {"!=4.x", "3.9.9", true},
    {"!=4.1.x", "4.2.0", true},
    {"!=4.1.x", "4.1.7", false},
    {"!=4.1-alpha", "4.1.0", true},
    {"!=4.1-alpha", "4.1.0-alpha", false},
    {"!=4.1-alpha", "4.1.1-alpha", false},
    {"!=4.1-alpha", "4.1.1-beta", true},

    // >
    {">1.2.3", "1.2.4", true},
    {">1.2.3", "1.2.3", false},
    {">1.2.3", "1.2.3+build", false},
    {">1.1", "4.1.0", true},
    {">1.1", "1.2.0", true},
    {">1.1", "1.1.0", false},
    {">1.1", "1.1.5", false},
    {">11", "11.1.0", false},
    {">11", "12.0.0", true},
    {">0", "0.9.0", false},
    {">0", "1.0.0", true},
    {">0", "0.0.1-alpha", false},
    {">0-0", "0.0.1-alpha", false},
    {">0.0.0-0", "0.0.0-alpha", true},
    {">1.2.3-alpha.1", "1.2.3-alpha.2", true},
    {">1.2.3-alpha.1", "1.3.3-alpha.2", true},
    {">1.2.3-alpha.1", "1.2.3-alpha.1", false},
    {">1.2.3-alpha.1", "1.2.3-alpha.0", false},

    // <
    {"<1.2.3", "1.2.2", true},
    {"<1.2.3", "1.2.3", false},
    {"<1.2.3", "1.2.3-beta", false},
    {"<1.1", "0.1.0", true},
    {"<1.1", "1.0.9", true},
    {"<1.1", "1.1.0", false},
    {"<1.1", "1.1.1", false},
    {"<11", "10.99.99", true},
    {"<11", "11.1.0", false},
    {"<1.x", "0.1.1", true},
    {"<1.x", "1.1.1", false},
    {"<0-z", "0.0.0-alpha", true},
    {"<0", "0.0.0-alpha", false},

    // >= and =>
    {">=1.1", "1.1.0", true},
    {">=1.1", "4.1.0", true},
    {">=1.1", "0.0.9", false},
    {">=1.1", "4.1.0-beta", false},
    {">= 1.1", "1.1.0", true},
    {"=>1.1", "1.1.0", true},
    {"=>1.1", "1.0.9", false},
    {">=0", "0.0.0", true},
    {">=0", "0.0.1-alpha", false},
    {">=0-0", "0.0.1-alpha", true},
    {">=0.0.0-0", "3.4.5-beta.1", true},

    // <= and =<: a missing component takes its whole range.
    {"<=1.2.3", "1.2.3", true},
    {"<=1.2.3", "1.2.4", false},
    {"<=1.1", "1.1.1", true},
    {"<=1.1", "0.1.0", true},
    {"<=1.1", "1.2.0", false},
    {"<=1.1", "0.1.0-alpha", false},
    {"<=1.1-a", "0.1.0-alpha", true},
    {"=<1.1", "1.1.9", true},
    {"=<1.1", "1.2.0", false},
    {"<=11", "11.2.3", true},
    {"<=11", "12.0.0", false},
    {"<=2.x", "2.9.9", true},
    {"<=2.x", "3.0.0", false},
    {"<=4.5", "3.7.0", true},
    {"<=4.5", "4.6.3", false},

    // ~ and ~>: patch-level changes, minor-level when only a major is given.
    {"~1.2.3", "1.2.3", true},
    {"~1.2.3", "1.2.9", true},
    {"~1.2.3", "1.3.0", false},
    {"~1.2.3", "1.2.2", false},
    {"~>1.2.3", "1.2.5", true},
    {"~>1.2.3", "1.3.0", false},
    {"~ 1.2.3", "1.2.4", true},
    {"~1.2", "1.2.0", true},
    {"~1.2", "1.2.4", true},
    {"~1.2", "1.3.0", false},
    {"~1", "1.0.0", true},
    {"~1", "1.9.9", true},
    {"~1", "2.0.0", false},
    {"~1", "0.9.0", false},
    {"~1.x", "1.3.5", true},
    {"~1.x", "2.1.1", false},
    {"~1.x", "1.3.5-beta", false},
    {"~0.2.3", "0.2.5", true},
    {"~0.2.3", "0.3.5", false},
    {"~0.0.0", "1.2.3", true},
    {"~*", "2.1.1", true},
    {"~1.2.3-beta.2", "1.2.3-beta.4", true},
    {"~1.2.3-beta.2", "1.2.4-beta.2", true},
    {"~1.2.3-beta.2", "1.3.4-beta.2", false},
    {"~1.2.3-beta.2", "1.2.3-beta.1", false},

    // ^: changes that keep the leftmost non-zero component.
    {"^1.2.3", "1.2.3", true},
    {"^1.2.3", "1.8.9", true},
    {"^1.2.3", "1.2.1", false},
    {"^1.2.3", "2.0.0", false},
    {"^ 7.10.0", "7.10.0", true},
    {"^1.2", "1.2.0", true},
    {"^1.2", "1.9.0", true},
    {"^1.2", "1.1.9", false},
    {"^1.2", "2.0.0", false},
    {"^1", "1.0.0", true},
    {"^1", "1.99.0", true},
    {"^1", "0.9.0", false},
    {"^1", "2.0.0", false},
    {"^1.x", "1.1.1", true},
    {"^1.x", "2.1.1", false},
    {"^0.2.3", "0.2.3", true},
    {"^0.2.3", "0.2.5", true},
    {"^0.2.3", "0.2.2", false},
    {"^0.2.3", "0.3.0", false},
    {"^0.2.3", "1.0.0", false},
    {"^0.2", "0.2.0", true},
    {"^0.2", "0.2.9", true},
    {"^0.2", "0.3.0", false},
    {"^0.0.3", "0.0.3", true},
    {"^0.0.3", "0.0.4", false},
    {"^0.0.3", "0.1.3", false},
    {"^0.0", "0.0.0", true},
    {"^0.0", "0.0.9", true},
    {"^0.0", "0.1.0", false},
    {"^0.0", "1.0.4", false},
    {"^0", "0.0.0", true},
    {"^0", "0.9.9", true},
    {"^0", "1.0.0", false},
    {"^0.x", "0.9.0", true},
    {"^0.x", "1.0.0", false},
    {"^0.0.0", "0.0.0", true},
    {"^0.0.0", "0.0.1", false},
    {"^1.2.0-alpha.0", "1.2.1-alpha.1", true},
    {"^1.2.0-alpha.0", "1.2.0-alpha.1", true},
    {"^1.2.0-alpha.2", "1.2.0-alpha.1", false},
    {"^0.2.3-beta.2", "0.2.4-beta.2", true},
    {"^0.2.3-beta.2", "0.3.4-beta.2", false},
    {"^1.2.x-alpha", "1.2.0-beta", true},
    {"^1.2.x-alpha", "1.1.1-beta1", false},

    // Wildcards: x, X and *, also in place of missing components.
    {"*", "1.2.3", true},
    {"*", "0.0.0", true},
    {"*", "1.2.3-alpha.1", false},
    {"x", "4.5.6", true},
    {"X", "0.1.0", true},
    {"*-0", "1.2.3-alpha.1", true},
    {"=*", "3.0.0", true},
    {"2.*", "2.1.1", true},
    {"2.*", "3.4.5", false},
    {"2.*", "1.0.0", false},
    {"2.x.x", "2.0.0", true},
    {"2.x.x", "3.0.0", false},
    {"2.1.*", "2.1.1", true},
    {"2.1.*", "2.2.1", false},
    {"1.2.x", "1.2.0", true},
    {"1.2.x", "1.2.99", true},
    {"1.2.x", "1.3.0", false},
    {"1.X", "1.4.0", true},
    {"1.X", "2.0.0", false},
    {"1.x.3", "1.5.0", true},
    {"v1.x", "1.2.0", true},
    {">=*", "0.0.0", true},
    {">*", "0.0.0", false},
    {">*", "0.0.1", true},
    {"<*", "0.0.0", false},
    {"!=*", "0.0.0", false},
    {"!=*", "1.0.0", true},
    // Upstream reads a wildcard major as a concrete 0 for ^ and <= (its issue #317).
    {"^*", "0.0.0", true},
    {"^*", "1.0.0", false},
    {"<=*", "0.0.5", true},
    {"<=*", "0.1.0", false},

    // Hyphen ranges, inclusive at both ends.
    {"1.2 - 1.4.5", "1.2.0", true},
    {"1.2 - 1.4.5", "1.3.0", true},
    {"1.2 - 1.4.5", "1.4.5", true},
    {"1.2 - 1.4.5", "1.4.6", false},
    {"1.2 - 1.4.5", "1.1.9", false},
    {"1.2.3 - 2.3.4", "1.2.3", true},
    {"1.2.3 - 2.3.4", "2.3.4", true},
    {"1.2.3 - 2.3.4", "2.3.5", false},
    {"1.1 - 2", "1.1.1", true},
    {"1.1 - 2", "2.9.0", true},
    {"1.1 - 2", "3.0.0", false},
    {"1.5.0 - 4.5", "3.7.0", true},
    {"1.5.0 - 4.5", "4.5.9", true},
    {"1.5.0 - 4.5", "4.6.0", false},
    {"v1.0.0 - v2.0.0", "1.5.0", true},
    {"1.0.0 - 2.0.0, <=2.0.0", "1.5.0", true},
    {"1.0.0 - 2.0.0 <=1.5.0", "1.6.0", false},
    {"1 - 2 || 4 - 5", "2.5.0", true},
    {"1 - 2 || 4 - 5", "3.0.0", false},
    {"1 - 2 || 4 - 5", "4.5.0", true},
    {"1.0 - 2.0 3.0 - 4.0", "2.0.0", false},
    // Without spaces around it the hyphen starts a pre-release: 1.1.0-3.
    {"1.1-3", "4.3.2", false},
    {"1.1-3", "1.1.5", true},
    {"1.1-3", "1.1.0-4", true},

    // AND with commas or white space, OR with ||.
    {">1.1, <2", "1.1.1", false},
    {">1.1, <2", "1.2.1", true},
    {">1.1 <2", "1.2.1", true},
    {">1.1    <3", "4.3.2", false},
    {"> 1.1 , < 2", "1.5.0", true},
    {">1.0,<2.0", "1.5.0", true},
    {">1.0,<2.0", "2.0.0", false},
    {">=1.1, <2, !=1.2.3", "1.2.3", false},
    {">=1.1, <2, !=1.2.3", "1.2.4", true},
    {">=1.1 <2 !=1.2.3 || > 3", "4.1.2", true},
    {">=1.1 <2 !=1.2.3 || > 3", "3.1.2", false},
    {">=1.1 <2 !=1.2.3 || > 3", "1.2.3", false},
    {">= 1.1, <2, != 1.2.3 || >= 3", "3.0.0", true},
    {"  ^7.16.0||^8.0.0  ", "8.1.0", true},
    {"\t>=1.0\n", "1.0.0", true},
    {"1.2.3 1.2.4", "1.2.3", false},
    {"12.3.34 ~1.2.3", "12.3.34", false},
};


// Masterminds/semver v3.5.0's own tables, row for row, in constraints_test.go's
// order (duplicates included): TestConstraintCheck (one comparison each, its
// pre-release deciding, which is the group rule for a group of one).
// Left out: its rows with the empty constraint, which NewConstraint (the
// registry's entry point) rejects, and the IncludePrerelease tables, an option
// the registry does not set.
const Row upstreamConstraintCheck[] = {
    {"=2.0.0", "1.2.3", false},
    {"=2.0.0", "2.0.0", true},
    {"=2.0", "1.2.3", false},
    {"=2.0", "2.0.0", true},
    {"=2.0", "2.0.1", true},
    {"4.1", "4.1.0", true},
    {"!=4.1.0", "4.1.0", false},
    {"!=4.1.0", "4.1.1", true},
    {"!=4.1", "4.1.0", false},
    {"!=4.1", "4.1.1", false},
    {"!=4.1", "5.1.0-alpha.1", false},
    {"!=4.1.0", "5.1.0-alpha.1", false},
    {"!=4.1-alpha", "4.1.0", true},
    {"!=4.1", "5.1.0", true},
    {"<11", "0.1.0", true},
    {"<11", "11.1.0", false},
    {"<1.1", "0.1.0", true},
    {"<1.1", "1.1.0", false},
    {"<1.1", "1.1.1", false},
    {"<=11", "1.2.3", true},
    {"<=11", "12.2.3", false},
    {"<=11", "11.2.3", true},
    {"<=1.1", "1.2.3", false},
    {"<=1.1", "0.1.0", true},
    {"<=1.1", "1.1.0", true},
    {"<=1.1", "1.1.1", true},
    {">1.1", "4.1.0", true},
    {">1.1", "1.1.0", false},
    {">0", "0", false},
    {">0", "1", true},
    {">0", "0.0.1-alpha", false},
    {">0.0", "0.0.1-alpha", false},
    {">0-0", "0.0.1-alpha", false},
    {">0.0-0", "0.0.1-alpha", false},
    {">0", "0.0.0-alpha", false},
    {">0-0", "0.0.0-alpha", false},
    {">0.0.0-0", "0.0.0-alpha", true},
    {">1.2.3-alpha.1", "1.2.3-alpha.2", true},
    {">1.2.3-alpha.1", "1.3.3-alpha.2", true},
    {">11", "11.1.0", false},
    {">11.1", "11.1.0", false},
    {">11.1", "11.1.1", false},
    {">11.1", "11.2.1", true},
    {">=11", "11.1.2", true},
    {">=11.1", "11.1.2", true},
    {">=11.1", "11.0.2", false},
    {">=1.1", "4.1.0", true},
    {">=1.1", "1.1.0", true},
    {">=1.1", "0.0.9", false},
    {">=0", "0.0.1-alpha", false},
    {">=0.0", "0.0.1-alpha", false},
    {">=0-0", "0.0.1-alpha", true},
    {">=0.0-0", "0.0.1-alpha", true},
    {">=0", "0.0.0-alpha", false},
    {">=0-0", "0.0.0-alpha", true},
    {">=0.0.0-0", "0.0.0-alpha", true},
    {">=0.0.0-0", "1.2.3", true},
    {">=0.0.0-0", "3.4.5-beta.1", true},
    {"<0", "0.0.0-alpha", false},
    {"<0-z", "0.0.0-alpha", true},
    {">=0", "0", true},
    {"=0", "1", false},
    {"*", "1", true},
    {"*", "4.5.6", true},
    {"*", "1.2.3-alpha.1", false},
    {"*-0", "1.2.3-alpha.1", true},
    {"2.*", "1", false},
    {"2.*", "3.4.5", false},
    {"2.*", "2.1.1", true},
    {"2.1.*", "2.1.1", true},
    {"2.1.*", "2.2.1", false},
    {"2", "1", false},
    {"2", "3.4.5", false},
    {"2", "2.1.1", true},
    {"2.1", "2.1.1", true},
    {"2.1", "2.2.1", false},
    {"~1.2.3", "1.2.4", true},
    {"~1.2.3", "1.3.4", false},
    {"~1.2", "1.2.4", true},
    {"~1.2", "1.3.4", false},
    {"~1", "1.2.4", true},
    {"~1", "2.3.4", false},
    {"~0.2.3", "0.2.5", true},
    {"~0.2.3", "0.3.5", false},
    {"~1.2.3-beta.2", "1.2.3-beta.4", true},
    {"~1.2.3-beta.2", "1.2.4-beta.2", true},
    {"~1.2.3-beta.2", "1.3.4-beta.2", false},
    {"^1.2.3", "1.8.9", true},
    {"^1.2.3", "2.8.9", false},
    {"^1.2.3", "1.2.1", false},
    {"^1.1.0", "2.1.0", false},
    {"^1.2.0", "2.2.1", false},
    {"^1.2.0", "1.2.1-alpha.1", false},
    {"^1.2.0-alpha.0", "1.2.1-alpha.1", true},
    {"^1.2.0-alpha.0", "1.2.1-alpha.0", true},
    {"^1.2.0-alpha.2", "1.2.0-alpha.1", false},
    {"^1.2", "1.8.9", true},
    {"^1.2", "2.8.9", false},
    {"^1", "1.8.9", true},
    {"^1", "2.8.9", false},
    {"^0.2.3", "0.2.5", true},
    {"^0.2.3", "0.5.6", false},
    {"^0.2", "0.2.5", true},
    {"^0.2", "0.5.6", false},
    {"^0.0.3", "0.0.3", true},
    {"^0.0.3", "0.0.4", false},
    {"^0.0", "0.0.3", true},
    {"^0.0", "0.1.4", false},
    {"^0.0", "1.0.4", false},
    {"^0", "0.2.3", true},
    {"^0", "1.1.4", false},
    {"^0.2.3-beta.2", "0.2.3-beta.4", true},
    {"^0.2.3-beta.2", "0.2.4-beta.2", true},
    {"^0.2.3-beta.2", "0.3.4-beta.2", false},
    {"^0.2.3-beta.2", "0.2.3-beta.2", true},
};

// TestConstraintsCheck: NewConstraint(...).Check(...).
const Row upstreamConstraintsCheck[] = {
    {"*", "1.2.3", true},
    {"~0.0.0", "1.2.3", true},
    {"0.x.x", "1.2.3", false},
    {"0.0.x", "1.2.3", false},
    {"0.0.0", "1.2.3", false},
    {"*", "1.2.3", true},
    {"^0.0.0", "1.2.3", false},
    {"= 2.0", "1.2.3", false},
    {"= 2.0", "2.0.0", true},
    {"4.1", "4.1.0", true},
    {"4.1.x", "4.1.3", true},
    {"1.x", "1.4", true},
    {"!=4.1", "4.1.0", false},
    {"!=4.1-alpha", "4.1.0-alpha", false},
    {"!=4.1-alpha", "4.1.1-alpha", false},
    {"!=4.1-alpha", "4.1.0", true},
    {"!=4.1", "5.1.0", true},
    {"!=4.x", "5.1.0", true},
    {"!=4.x", "4.1.0", false},
    {"!=4.1.x", "4.2.0", true},
    {"!=4.2.x", "4.2.3", false},
    {">1.1", "4.1.0", true},
    {">1.1", "1.1.0", false},
    {"<1.1", "0.1.0", true},
    {"<1.1", "1.1.0", false},
    {"<1.1", "1.1.1", false},
    {"<1.x", "1.1.1", false},
    {"<1.x", "0.1.1", true},
    {"<1.x", "2.0.0", false},
    {"<1.1.x", "1.2.1", false},
    {"<1.1.x", "1.1.500", false},
    {"<1.1.x", "1.0.500", true},
    {"<1.2.x", "1.1.1", true},
    {">=1.1", "4.1.0", true},
    {">=1.1", "4.1.0-beta", false},
    {">=1.1", "1.1.0", true},
    {">=1.1", "0.0.9", false},
    {"<=1.1", "0.1.0", true},
    {"<=1.1", "0.1.0-alpha", false},
    {"<=1.1-a", "0.1.0-alpha", true},
    {"<=1.1", "1.1.0", true},
    {"<=1.x", "1.1.0", true},
    {"<=2.x", "3.0.0", false},
    {"<=1.1", "1.1.1", true},
    {"<=1.1.x", "1.2.500", false},
    {"<=4.5", "3.4.0", true},
    {"<=4.5", "3.7.0", true},
    {"<=4.5", "4.6.3", false},
    {">1.1, <2", "1.1.1", false},
    {">1.1, <2", "1.2.1", true},
    {">1.1, <3", "4.3.2", false},
    {">=1.1, <2, !=1.2.3", "1.2.3", false},
    {">1.1 <2", "1.1.1", false},
    {">1.1 <2", "1.2.1", true},
    {">1.1    <3", "4.3.2", false},
    {">=1.1    <2    !=1.2.3", "1.2.3", false},
    {">=1.1, <2, !=1.2.3 || > 3", "4.1.2", true},
    {">=1.1, <2, !=1.2.3 || > 3", "3.1.2", false},
    {">=1.1, <2, !=1.2.3 || >= 3", "3.0.0", true},
    {">=1.1, <2, !=1.2.3 || > 3", "3.0.0", false},
    {">=1.1, <2, !=1.2.3 || > 3", "1.2.3", false},
    {">=1.1 <2 !=1.2.3", "1.2.3", false},
    {">=1.1 <2 !=1.2.3 || > 3", "4.1.2", true},
    {">=1.1 <2 !=1.2.3 || > 3", "3.1.2", false},
    {">=1.1 <2 !=1.2.3 || >= 3", "3.0.0", true},
    {">=1.1 <2 !=1.2.3 || > 3", "3.0.0", false},
    {">=1.1 <2 !=1.2.3 || > 3", "1.2.3", false},
    {"> 1.1, <     2", "1.1.1", false},
    {">   1.1, <2", "1.2.1", true},
    {">1.1, <  3", "4.3.2", false},
    {">= 1.1, <     2, !=1.2.3", "1.2.3", false},
    {"> 1.1 < 2", "1.1.1", false},
    {">1.1 < 2", "1.2.1", true},
    {"> 1.1    <3", "4.3.2", false},
    {">=1.1    < 2    != 1.2.3", "1.2.3", false},
    {">= 1.1, <2, !=1.2.3 || > 3", "4.1.2", true},
    {">= 1.1, <2, != 1.2.3 || > 3", "3.1.2", false},
    {">= 1.1, <2, != 1.2.3 || >= 3", "3.0.0", true},
    {">= 1.1, <2, !=1.2.3 || > 3", "3.0.0", false},
    {">= 1.1, <2, !=1.2.3 || > 3", "1.2.3", false},
    {">= 1.1 <2 != 1.2.3", "1.2.3", false},
    {">= 1.1 <2 != 1.2.3 || > 3", "4.1.2", true},
    {">= 1.1 <2 != 1.2.3 || > 3", "3.1.2", false},
    {">= 1.1 <2 != 1.2.3 || >= 3", "3.0.0", true},
    {">= 1.1 < 2 !=1.2.3 || > 3", "3.0.0", false},
    {">=1.1 < 2 !=1.2.3 || > 3", "1.2.3", false},
    {">= 1.0.0  <= 2.0.0-beta", "1.0.1-beta", true},
    {">= 1.0.0  <= 2.0.0-beta", "1.0.1", true},
    {">= 1.0.0  <= 2.0.0-beta", "3.0.0", false},
    {">= 1.0.0  <= 2.0.0-beta || > 3", "1.0.1-beta", true},
    {">= 1.0.0  <= 2.0.0-beta || > 3", "3.0.1-beta", false},
    {">= 1.0.0  <= 2.0.0-beta != 1.0.1 || > 3", "1.0.1-beta", true},
    {">= 1.0.0  <= 2.0.0-beta != 1.0.1-beta || > 3", "1.0.1-beta", false},
    {">= 1.0.0-0  <= 2.0.0", "1.0.1-beta", true},
    {"1.1 - 2", "1.1.1", true},
    {"1.5.0 - 4.5", "3.7.0", true},
    {"1.1-3", "4.3.2", false},
    {"^1.1", "1.1.1", true},
    {"^1.1", "4.3.2", false},
    {"^1.x", "1.1.1", true},
    {"^2.x", "1.1.1", false},
    {"^1.x", "2.1.1", false},
    {"^1.x", "1.1.1-beta1", false},
    {"^1.1.2-alpha", "1.2.1-beta1", true},
    {"^1.2.x-alpha", "1.1.1-beta1", false},
    {"^0.0.1", "0.0.1", true},
    {"^0.0.1", "0.3.1", false},
    {"~*", "2.1.1", true},
    {"~1", "2.1.1", false},
    {"~1", "1.3.5", true},
    {"~1", "1.4", true},
    {"~1.x", "2.1.1", false},
    {"~1.x", "1.3.5", true},
    {"~1.x", "1.4", true},
    {"~1.1", "1.1.1", true},
    {"~1.1", "1.1.1-alpha", false},
    {"~1.1-alpha", "1.1.1-beta", true},
    {"~1.1.1-beta", "1.1.1-alpha", false},
    {"~1.1.1-beta", "1.1.1", true},
    {"~1.2.3", "1.2.5", true},
    {"~1.2.3", "1.2.2", false},
    {"~1.2.3", "1.3.2", false},
    {"~1.1", "1.2.3", false},
    {"~1.3", "2.4.5", false},
    {"1.0.0 - 2.0.0 <=2.0.0", "1.5.0", true},
    {"1.0.0 - 2.0.0, <=2.0.0", "1.5.0", true},
};

// TestConstraintsValidate: the rows whose verdict the tables above don't
// already hold, and those of its messages table (all rejected).
const Row upstreamConstraintsValidate[] = {
    {"<2.x", "1.1.1", true},
    {"<1.x", "2.1.1", false},
    {"<=2.x", "3.1.0", false},
    {"^1.1", "1.1.1-alpha", false},
    {"^1.1.1-alpha", "1.1.1-beta", true},
    {"^1.1.1-beta", "1.1.1-alpha", false},
    {"^0.0.1", "0.1.3", false},
    {"~1", "1.3.5-beta", false},
    {"~1.x", "1.3.5-beta", false},
    {"~1.3.6-alpha", "1.3.5-beta", false},
    {"~1.3.5-alpha", "1.3.5-beta", true},
    {"~1.3.5-beta", "1.3.5-alpha", false},
    {"!= 1.2.5, ^2, <= 1.1.x", "1.2.3", false},
    {"2.x", "1.2.3", false},
    {"2", "1.2.3", false},
    {"= 2.0", "1.2.3", false},
    {"!=4.1", "4.1.0", false},
    {"!=4.x", "4.1.0", false},
    {"!=4.2.x", "4.2.3", false},
    {">1.1", "1.1.0", false},
    {"<1.1", "1.1.0", false},
    {"<1.1", "1.1.1", false},
    {"<1.1.x", "1.2.1", false},
    {">=1.1", "0.0.9", false},
    {"<=1.1", "1.2.1", false},
    {"<=1.1.x", "1.2.500", false},
    {">1.1, <3", "4.3.2", false},
    {"1.1 - 3", "4.3.2", false},
    {"^1.1", "4.3.2", false},
    {"^1.12.7", "1.6.6", false},
    {"^2.x", "1.1.1", false},
    {"^1.x", "2.1.1", false},
    {"^0.2", "0.3.0", false},
    {"^0.2", "0.1.1", false},
    {"^0.0.3", "0.1.1", false},
    {"^0.0.3", "0.0.4", false},
    {"^0.0.3", "0.0.2", false},
    {"~1", "2.1.2", false},
    {"~1.x", "2.1.1", false},
    {"~1.2.3", "1.2.2", false},
    {"~1.2.3", "1.3.2", false},
    {"~1.1", "1.2.3", false},
    {"~1.3", "2.4.5", false},
    {"> 1.2.3", "1.2.3-beta.1", false},
};

// TestNewConstraint: inputs NewConstraint accepts and rejects.
const char *const upstreamValid[] = {
    ">= 1.1", ">40.50.60, < 50.70", "2.0", "v2.3.5-20161202202307-sha.e8fc5e5", ">= 1.2.3 < 2.0",
    ">= 1.2.3 < 2.0 || => 3.0 < 4", ">= 1.2.3, < 2.0", ">= 1.2.3, < 2.0 || => 3.0, < 4", "3 - 4 || => 3.0, < 4",
    "12.3.34 ~1.2.3", "1.0.0 - 2.0.0, <=2.0.0",
};
const char *const upstreamInvalid[] = {
    ">= bar", "BAR >= 1.2.3", "12.3.4.1234", "12.23.4.1234", "12.3.34.1234", "12.3.34~ 1.2.3",
};

} // namespace

class TestVersionConstraint : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void upstream_data();
    void upstream();
    void upstreamParse_data();
    void upstreamParse();
    void acceptsSomeReleaseOfMajor_data();
    void acceptsSomeReleaseOfMajor();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
};

void TestVersionConstraint::accepts_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("accepted");

    for (const Row &row : acceptRows) {
        QTest::addRow("%s %s %s", tagFor(row.constraint).constData(), row.accepted ? "accepts" : "rejects", row.version)
            << QString::fromUtf8(row.constraint) << QString::fromUtf8(row.version) << row.accepted;
    }
}

void TestVersionConstraint::accepts()
{
    QFETCH(QString, constraint);
    QFETCH(QString, version);
    QFETCH(bool, accepted);

    const auto parsed = VersionConstraint::parse(constraint);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const auto candidate = Version::parseLoose(version);
    QVERIFY(candidate);
    QCOMPARE(parsed->accepts(*candidate), accepted);
}

void TestVersionConstraint::upstream_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("accepted");

    const auto add = [](const char *table, const auto &rows) {
        int index = 0;
        for (const Row &row : rows) {
            QTest::addRow("%s #%d: %s %s %s", table, ++index, row.constraint, row.accepted ? "accepts" : "rejects",
                          row.version)
                << QString::fromUtf8(row.constraint) << QString::fromUtf8(row.version) << row.accepted;
        }
    };
    add("TestConstraintCheck", upstreamConstraintCheck);
    add("TestConstraintsCheck", upstreamConstraintsCheck);
    add("TestConstraintsValidate", upstreamConstraintsValidate);
}

void TestVersionConstraint::upstream()
{
    accepts();
}

void TestVersionConstraint::upstreamParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    for (const char *text : upstreamValid)
        QTest::addRow("valid: %s", text) << QString::fromUtf8(text) << true;
    for (const char *text : upstreamInvalid)
        QTest::addRow("invalid: %s", text) << QString::fromUtf8(text) << false;
}

void TestVersionConstraint::upstreamParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto constraint = VersionConstraint::parse(text);
    QVERIFY2(bool(constraint) == valid, constraint ? "parsed" : qPrintable(constraint.error()));
}

void TestVersionConstraint::acceptsSomeReleaseOfMajor_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<int>("major");
    QTest::addColumn<bool>("accepted");

    const auto row = [](const char *constraint, int major, bool accepted) {
        QTest::addRow("%s %s %d.x", constraint, accepted ? "supports" : "drops", major)
            << QString::fromUtf8(constraint) << major << accepted;
    };
    row("^7.16.0 || ^8.0.0", 8, true);
    row("^7.16.0 || ^8.0.0", 7, true);
    row("^7.16.0 || ^8.0.0", 9, false);
    row("^9.0.0", 8, false);
    row("^8.15.0", 8, true);
    row(">=7.10.0", 9, true);
    row(">=7.10.0 <8.0.0", 8, false);
    row(">=7.10.0 <8.0.0", 7, true);
    row("<=8.0.0", 8, true);
    row("<8.0.0", 8, false);
    row(">8", 8, false);
    row(">8.4", 8, true);
    row(">8.4.9", 8, true);
    row("~8.6.2", 8, true);
    row("8.x", 8, true);
    row("*", 8, true);
    row("!=8.0.0 <8.0.1", 8, false);
    row("^8.0.0 !=8.0.0 !=8.0.1", 8, true);
    row(">=8.6.0-0", 8, true); // 8.6.0 itself
    row("8.6.0-SNAPSHOT", 8, false); // only that pre-release
}

void TestVersionConstraint::acceptsSomeReleaseOfMajor()
{
    QFETCH(QString, constraint);
    QFETCH(int, major);
    QFETCH(bool, accepted);
    const auto parsed = VersionConstraint::parse(constraint);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->acceptsSomeReleaseOfMajor(quint64(major)), accepted);
}

void TestVersionConstraint::parseValid_data()
{
    QTest::addColumn<QString>("text");

    for (const char *text : {
             "1.2.3",
             "=1.2.3",
             "!=1.2.3",
             ">1.2.3",
             "<1.2.3",
             ">=1.2.3",
             "=>1.2.3",
             "<=1.2.3",
             "=<1.2.3",
             "~1.2.3",
             "~>1.2.3",
             "^1.2.3",
             "^1",
             "~1.2",
             "v1.2.3",
             ">= v1.2.3",
             "1.2.3+build.5",
             ">=1.2.3-rc.1+build",
             "v2.3.5-20161202202307-sha.e8fc5e5",
             "*",
             "x",
             "1.*.*",
             "1.2 - 1.4.5",
             ">40.50.60, < 50.70",
             ">= 1.2.3 < 2.0 || => 3.0 < 4",
             "3 - 4 || => 3.0, < 4",
             "^7.16.0 || ^8.0.0",
             " \t^7.10.0\r\n",
         }) {
        QTest::newRow(tagFor(text).constData()) << QString::fromUtf8(text);
    }
}

void TestVersionConstraint::parseValid()
{
    QFETCH(QString, text);

    const auto constraint = VersionConstraint::parse(text);
    QVERIFY2(constraint, qPrintable(constraint.error()));
    QCOMPARE(constraint->text(), text);
}

void TestVersionConstraint::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char *text, const char *reason) {
        QTest::newRow(tagFor(text).constData()) << QString::fromUtf8(text) << QString::fromUtf8(reason);
    };
    row("", "it is empty");
    row("  ", "it is empty");
    row("||", "one of the alternatives joined by “||” is empty");
    row(">=7.x.foo", "“7.x.foo” is not a version");
    row("foo", "“foo” is not a version");
    row(">= bar", "“bar” is not a version");
    row("BAR >= 1.2.3", "“BAR” is not a version");
    row("1.2.3.4", "“1.2.3.4” is not a version");
    row("12.3.4.1234", "“12.3.4.1234” is not a version");
    row("v", "“v” is not a version");
    row("V1.2.3", "“V1.2.3” is not a version");
    row("1.xx", "“1.xx” is not a version");
    row("1.2x", "“1.2x” is not a version");
    row("x.y", "“x.y” is not a version");
    row("1..2", "“1..2” is not a version");
    row("1.", "“1.” is not a version");
    row(">=1.2-01", "“1.2-01” is not a version");
    row("1.2.3-", "“1.2.3-” is not a version");
    row("1.2.3+", "“1.2.3+” is not a version");
    row("^1.2.3-beta..1", "“1.2.3-beta..1” is not a version");
    row("99999999999999999999.0.0", "“99999999999999999999.0.0” is not a version");
    row("1.2.3 - ", "“-” is not a version");
    row("1 - 2 - 3", "“-” is not a version");
    row(">1.0 - 2.0", "“-” is not a version");
    row("1.0 -2.0", "“-2.0” is not a version");
    row("1 - foo", "“foo” is not a version");
    row("1.2.3 ||", "one of the alternatives joined by “||” is empty");
    row("|| 1.2.3", "one of the alternatives joined by “||” is empty");
    row("1.2.3 || || 2", "one of the alternatives joined by “||” is empty");
    row(">=1.0 <2.0 ||", "one of the alternatives joined by “||” is empty");
    row("1.2.3 | 2.0", "unexpected character “|”");
    row("^7.10.0 && ^8.0.0", "unexpected character “&”");
    row("'^7.10.0'", "unexpected character “'”");
    row("\"^7.10.0\"", "unexpected character “\"”");
    row("1.2.3 @", "unexpected character “@”");
    row("!1.0", "unexpected character “!”");
    row("≥1.0", "unexpected character “≥”");
    row("1.2.3-alpha_beta", "unexpected character “_”");
    row(", >=1.0", "unexpected character “,”");
    row(">=1.0,,<2", "unexpected character “,”");
    row(">=1.0,", "a comma must be followed by another comparison");
    row(">=1.0 , ", "a comma must be followed by another comparison");
    row(">=1.0<2.0", "“<2.0” must be separated from the comparison before it by a space or a comma");
    row("12.3.34~ 1.2.3", "“~” must be separated from the comparison before it by a space or a comma");
    row(">=", "“>=” must be followed by a version");
    row("> = 1.2", "“>” must be followed by a version");
    row("=>=1.0", "“=>” must be followed by a version");
    row("1.0.0 ^", "“^” must be followed by a version");
}

void TestVersionConstraint::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const auto constraint = VersionConstraint::parse(text);
    QVERIFY(!constraint);
    QCOMPARE(constraint.error(), u"“"_s + text + u"” is not a valid version constraint: "_s + reason + u'.');
}

QTEST_GUILESS_MAIN(TestVersionConstraint)

#include "tst_versionconstraint.moc"
