// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/TagReadiness.h"

#include "storage/Distribution.h"
#include "storage/RefContents.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::TagReadiness;

bool isReadableVersion(const PackageVersion &v) { return v.version.has_value() && v.manifest != nullptr; }

bool hasProblem(const PackageVersion &v, ProblemKind kind)
{
    return std::ranges::any_of(v.problems, [kind](const Problem &p) { return p.kind == kind; });
}

QString problemText(const PackageVersion &v, std::initializer_list<ProblemKind> kinds)
{
    for (const Problem &p : v.problems)
        if (std::ranges::find(kinds, p.kind) != kinds.end())
            return p.message;
    return {};
}

ContentEntry toEntry(const PackageVersion &v)
{
    ContentEntry e;
    e.name = v.name;
    e.version = v.versionText;
    e.tree = v.tree;
    if (v.manifest) {
        e.constraint = v.manifest->kibanaVersion;
        e.title = v.manifest->title;
    }
    return e;
}

// Per package, the newest version `stack` may use.
QList<ContentEntry> contentsOf(const TierState &tier, const Version &stack)
{
    QList<ContentEntry> contents;
    for (const QString &name : tier.packageNames())
        if (const PackageVersion *v = newestCompatible(tier.versions, name, stack))
            contents.append(toEntry(*v));
    return contents;
}

QHash<QString, const ContentEntry *> byName(const QList<ContentEntry> &contents)
{
    QHash<QString, const ContentEntry *> map;
    for (const ContentEntry &e : contents)
        map.insert(e.name, &e);
    return map;
}

bool versionLess(const QString &a, const QString &b)
{
    const auto va = Version::parse(a);
    const auto vb = Version::parse(b);
    if (va && vb)
        return *va < *vb;
    return a < b;
}

class Check {
public:
    // `tiers`: the tiers as the caller already holds them; null reads them from `repo`.
    Check(const git::Repository &repo, const ReadinessRequest &request, std::shared_ptr<VersionCache> cache,
          const JobControl &job, const StorageSnapshot *tiers = nullptr)
        : m_repo(repo), m_request(request), m_cache(std::move(cache)), m_job(job), m_given(tiers)
    {
        if (!m_cache)
            m_cache = std::make_shared<VersionCache>();
    }

    Result<TagReadiness> run()
    {
        if (auto s = readStackVersion(); !s)
            return std::unexpected(s.error());
        if (auto s = readTiers(); !s)
            return std::unexpected(s.error());

        const TierState &production = m_snapshot.tiers.constLast();
        m_result.productionTier = production.name;
        if (production.present()) {
            m_result.productionRef = production.refName;
            m_result.productionCommit = production.head.id;
            m_result.productionTime = production.head.commitTime;
            m_result.contents = contentsOf(production, m_result.evaluatedVersion);
            checkProductionVersions(production);
            checkProductionReadable(production);
        } else {
            add(FindingKind::NoProduction, Severity::Blocks,
                Tr::tr("The %1 branch is absent, so there is nothing to tag.").arg(production.name));
        }
        if (production.present() && m_result.contents.isEmpty())
            add(FindingKind::NoContents, Severity::Blocks,
                Tr::tr("No %1 version accepts stack version %2: the tag would hold no package.")
                    .arg(production.name, m_result.evaluatedVersion.toString()));
        if (m_result.stackVersion.isPrerelease())
            add(FindingKind::PrereleaseStack, Severity::Info,
                Tr::tr("%1 is evaluated as %2, as Kibana asks the package registry with its version cut at the "
                       "first “-”.")
                    .arg(m_result.stackVersion.toString(), m_result.evaluatedVersion.toString()));

        checkExistingTag();
        if (auto s = compareWithPrevious(); !s)
            return std::unexpected(s.error());
        if (production.present())
            checkLowerTiers(production);
        checkRegistryVersions();
        describeDistributions();

        std::ranges::stable_sort(m_result.findings, [](const Finding &a, const Finding &b) {
            if (a.severity != b.severity)
                return moreSevere(a.severity, b.severity);
            return a.package < b.package;
        });
        return m_result;
    }

private:
    Status readTiers()
    {
        if (m_given) {
            m_snapshot = *m_given; // implicitly shared: no copy of the versions
            return {};
        }
        StorageReader reader(m_cache);
        auto snapshot = reader.read(m_repo, m_request.config, m_job);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        m_snapshot = std::move(*snapshot);
        return {};
    }

    void add(FindingKind kind, Severity severity, const QString &message, const QString &package = {},
             const QString &version = {}, const QString &tier = {})
    {
        m_result.findings.append({kind, severity, message, package, version, tier});
    }

    Status readStackVersion()
    {
        const QString text = m_request.stackVersion.trimmed();
        m_result.requested = text;
        if (auto strict = Version::parse(text)) {
            m_result.stackVersion = *strict;
            m_result.tagName = text;
        } else if (auto loose = Version::parseLoose(text); loose && !text.isEmpty()) {
            // Still check what the user meant, but the tag is only ever made with the valid spelling.
            m_result.stackVersion = *loose;
            m_result.tagName = loose->toString();
            const QString why = text.startsWith(u'v') || text.startsWith(u'V')
                                    ? Tr::tr("Release tags are never “v”-prefixed: the tag is named %1, not %2.")
                                    : Tr::tr("“%2” is not a valid version for a tag name; the valid spelling is %1.");
            add(FindingKind::InvalidTagName, Severity::Blocks, why.arg(m_result.tagName, text));
        } else {
            return fail(Tr::tr("“%1” is not a stack version such as 8.6.0 or 8.6.0-SNAPSHOT.").arg(text));
        }
        m_result.evaluatedVersion = kibanaRequestVersion(m_result.stackVersion);
        const QByteArray ref = (u"refs/tags/"_s + m_result.tagName).toUtf8();
        int valid = 0;
        if (git_reference_name_is_valid(&valid, ref.constData()) < 0 || !valid)
            add(FindingKind::InvalidTagName, Severity::Blocks,
                Tr::tr("“%1” cannot be a git tag name.").arg(m_result.tagName));
        return {};
    }

    // An unreadable production tip or tree is no empty production: say why nothing can be tagged.
    void checkProductionReadable(const TierState &production)
    {
        for (const Problem &p : production.problems)
            if ((p.path.isEmpty() || p.path == u"packages"_s)
                && (p.kind == ProblemKind::TierUnreadable || p.kind == ProblemKind::MissingObject
                    || p.kind == ProblemKind::CorruptObject))
                add(FindingKind::NoProduction, Severity::Blocks,
                    Tr::tr("The %1 branch cannot be read, so there is nothing to tag: %2").arg(production.name, p.message));
    }

    void checkProductionVersions(const TierState &production)
    {
        QString currentPackage;
        QStringList missing;
        auto flushMissing = [&] {
            if (missing.isEmpty())
                return;
            std::ranges::reverse(missing); // read newest first; listed oldest first
            const ContentEntry *chosen = m_result.content(currentPackage);
            const bool inContents = chosen && missing.contains(chosen->version);
            const QString message
                = inContents ? Tr::tr("%1 %2, in the contents, has no conditions.kibana.version: the registry offers it to "
                                  "every stack version. Versions without one: %3.")
                                   .arg(currentPackage, chosen->version, missing.join(u", "_s))
                             : Tr::tr("Versions of %1 without conditions.kibana.version: %2; none of them is in the "
                                  "contents.")
                                   .arg(currentPackage, missing.join(u", "_s));
            add(FindingKind::MissingConstraint, inContents ? Severity::Warning : Severity::Info, message,
                currentPackage, inContents ? chosen->version : QString(), production.name);
            missing.clear();
        };
        for (const PackageVersion &v : production.versions) {
            if (v.name != currentPackage) {
                flushMissing();
                currentPackage = v.name;
            }
            if (!v.version)
                continue;
            if (!v.manifest) {
                add(FindingKind::UnreadableManifest, Severity::Blocks,
                    Tr::tr("%1 %2 has no readable manifest, so the registry cannot serve it: %3")
                        .arg(v.name, v.versionText,
                             problemText(v, {ProblemKind::ManifestMissing, ProblemKind::ManifestInvalid,
                                             ProblemKind::MissingObject})),
                    v.name, v.versionText, production.name);
            } else if (hasProblem(v, ProblemKind::InvalidConstraint)) {
                add(FindingKind::InvalidConstraint, Severity::Blocks,
                    Tr::tr("%1 %2 cannot be matched to any stack version, as the registry refuses it: %3")
                        .arg(v.name, v.versionText, problemText(v, {ProblemKind::InvalidConstraint})),
                    v.name, v.versionText, production.name);
            } else if (v.manifest->kibanaVersion.isEmpty()) {
                missing.append(v.versionText);
            }
        }
        flushMissing();
    }

    void checkExistingTag()
    {
        const QString ref = u"refs/tags/"_s + m_result.tagName;
        if (!m_repo.hasReference(ref))
            return;
        ExistingTag tag;
        tag.refName = ref;
        if (auto id = m_repo.resolveCommit(ref))
            tag.commit = *id;
        git_object *obj = nullptr;
        if (git_revparse_single(&obj, m_repo.raw(), ref.toUtf8().constData()) == 0) {
            git::ObjectHandle owner(obj);
            tag.annotated = git_object_type(obj) == GIT_OBJECT_TAG;
        }
        tag.atProductionTip = !tag.commit.isNull() && tag.commit == m_result.productionCommit;
        tag.commitsSince = commitsSince(tag.commit);
        m_result.existingTag = tag;
        add(FindingKind::TagExists, Severity::Info, existingTagMessage(tag));
    }

    // How many commits production gained since `tagged`; -1 when it does not contain it.
    int commitsSince(const git::ObjectId &tagged) const
    {
        if (tagged.isNull() || m_result.productionCommit.isNull())
            return -1;
        if (tagged == m_result.productionCommit)
            return 0;
        const auto counts = m_repo.aheadBehind(m_result.productionCommit, tagged);
        if (!counts)
            return -1;
        return counts->second == 0 ? counts->first : -1; // the tagged commit has nothing production lacks
    }

    QString existingTagMessage(const ExistingTag &tag) const
    {
        const QString commit = tag.commit.shortHex(12);
        if (tag.atProductionTip)
            return Tr::tr("%1 is tagged at %2, the %3 tip: %3 has not moved since.")
                .arg(m_result.tagName, commit, m_result.productionTier);
        if (tag.commitsSince > 0)
            return Tr::tr("%1 is tagged at %2; %3 moved %n commit(s) since. The tag is never moved: the new "
                          "contents need a new stack version.",
                          nullptr, tag.commitsSince)
                .arg(m_result.tagName, commit, m_result.productionTier);
        return Tr::tr("%1 is tagged at %2, which is not in the history of the %3 tip. The tag is never moved.")
            .arg(m_result.tagName, commit, m_result.productionTier);
    }

    Status compareWithPrevious()
    {
        PreviousRelease previous;
        QString revision = m_request.previous.trimmed();
        if (revision.isEmpty()) {
            const auto found = previousReleaseTag(versionTags(m_repo), m_result.stackVersion);
            if (!found) {
                add(FindingKind::NoPreviousRelease, Severity::Info,
                    Tr::tr("No version-named tag is lower than %1, so there is no previous release to compare with.")
                        .arg(m_result.stackVersion.toString()));
                return {};
            }
            revision = *found;
            previous.automatic = true;
        }
        auto read = readRefContents(m_repo, revision, m_cache, m_job);
        if (!read)
            return std::unexpected(read.error());
        previous.revision = revision;
        previous.refName = read->refName;
        previous.commit = read->packages.head.id;
        // A release tag's contents are what its own stack version accepted; any other ref is
        // read as if it were released for the requested version.
        if (const auto tagged = Version::parse(read->shortName))
            previous.stackVersion = kibanaRequestVersion(*tagged);
        else
            previous.stackVersion = m_result.evaluatedVersion;
        previous.contents = contentsOf(read->packages, *previous.stackVersion);

        const auto now = byName(m_result.contents);
        const auto before = byName(previous.contents);
        const QSet<QString> inProduction = [this] {
            const QStringList names = m_snapshot.tiers.constLast().packageNames();
            return QSet<QString>(names.cbegin(), names.cend());
        }();
        for (const ContentEntry &old : previous.contents) {
            const ContentEntry *current = now.value(old.name);
            if (!current) {
                previous.changes.append({ChangeKind::Removed, old.name, old.version, {}, false});
                if (inProduction.contains(old.name))
                    reportLoss(old, read->shortName);
                else
                    add(FindingKind::PackageRemoved, Severity::Warning,
                        Tr::tr("%1 (%2 in %3) is no longer in %4: the release drops it.")
                            .arg(old.name, old.version, read->shortName, m_result.productionTier),
                        old.name, old.version);
            } else if (current->version != old.version) {
                const bool down = versionLess(current->version, old.version);
                previous.changes.append({ChangeKind::Updated, old.name, old.version, current->version, down});
                if (down)
                    add(FindingKind::Downgrade, Severity::Warning,
                        Tr::tr("%1 goes back from %2 in %3 to %4.").arg(old.name, old.version, read->shortName,
                                                                    current->version),
                        old.name, current->version);
            } else {
                ++previous.unchanged;
            }
        }
        for (const ContentEntry &e : m_result.contents)
            if (!before.contains(e.name))
                previous.changes.append({ChangeKind::Added, e.name, {}, e.version, false});
        std::ranges::sort(previous.changes, [](const PackageChange &a, const PackageChange &b) {
            return a.name < b.name;
        });
        m_result.previous = std::move(previous);
        return {};
    }

    // A package of the previous release that no production version accepts any more:
    // expected when its versions since then have all left the requested major behind.
    void reportLoss(const ContentEntry &old, const QString &baseline)
    {
        const QString stack = m_result.evaluatedVersion.toString();
        const quint64 major = m_result.evaluatedVersion.major();
        const QString how = Tr::tr("(Compared with %1; choose another baseline with --previous REF or “Compare with”.)")
                                .arg(baseline);
        const PackageVersion *newest = nullptr;
        const PackageVersion *supporting = nullptr; // a version since then whose constraint still allows `major`
        bool unexplained = false;                   // a version since then without a usable constraint
        for (const PackageVersion &v : m_snapshot.tiers.constLast().versions) {
            if (v.name != old.name || !v.version || versionLess(v.versionText, old.version))
                continue;
            if (!newest || *newest->version < *v.version)
                newest = &v;
            if (!v.kibana)
                unexplained = true;
            else if (v.kibana->acceptsSomeReleaseOfMajor(major) && (!supporting || *supporting->version < *v.version))
                supporting = &v;
        }
        if (newest && newest->kibana && !supporting && !unexplained) {
            add(FindingKind::MajorDropped, Severity::Warning,
                Tr::tr("%1 had %2 in %3; no %4 version since accepts %5, as their constraints no longer include "
                       "%6.x (the newest, %7, requires %8). The release drops it: expected across a major version.")
                        .arg(old.name, old.version, baseline, m_result.productionTier, stack)
                        .arg(major)
                        .arg(newest->versionText, newest->kibana->text())
                    + u' ' + how,
                old.name, old.version);
            return;
        }
        const QString why = supporting
                                ? Tr::tr("%1 (%2) still supports %3.x but not %4.")
                                      .arg(supporting->versionText, supporting->kibana->text())
                                      .arg(major)
                                      .arg(stack)
                                : Tr::tr("No constraint explains the loss.");
        add(FindingKind::Regression, Severity::Blocks,
            Tr::tr("%1 had %2 in %3, but no %4 version of it accepts %5 now.")
                    .arg(old.name, old.version, baseline, m_result.productionTier, stack)
                + u' ' + why + u' ' + how,
            old.name, old.version);
    }

    // A tag that exists already carries what it was cut from and never moves:
    // the waiting version is for the next tag, not a step before this one.
    QString pendingNewerMessage(const QString &name, const QString &version, const QString &tier,
                                const ContentEntry *chosen) const
    {
        const QString stack = m_result.evaluatedVersion.toString();
        if (m_result.existingTag)
            return chosen ? Tr::tr("%1 %2 accepts %3 and waits in %4; %5 serves %6 now. The tag %7 exists and is "
                                   "never moved: once promoted, %2 goes into the next tag.")
                                .arg(name, version, stack, tier, m_result.productionTier, chosen->version,
                                     m_result.tagName)
                          : Tr::tr("%1 %2 accepts %3 and waits in %4; %5 does not serve %1 now. The tag %6 exists "
                                   "and is never moved: once promoted, %2 goes into the next tag.")
                                .arg(name, version, stack, tier, m_result.productionTier, m_result.tagName);
        return chosen ? Tr::tr("%1 %2 accepts %3 and waits in %4; the tag would carry %5. Promote it first to "
                               "release it.")
                            .arg(name, version, stack, tier, chosen->version)
                      : Tr::tr("%1 %2 accepts %3 and waits in %4; the tag would not carry %1 at all. Promote it "
                               "first to release it.")
                            .arg(name, version, stack, tier);
    }

    // Newer compatible versions waiting below production, and edited copies of the contents.
    void checkLowerTiers(const TierState &production)
    {
        const auto contents = byName(m_result.contents);
        const QString stack = m_result.evaluatedVersion.toString();
        // Highest lower tier first: a version already waiting higher up is not reported again below.
        QHash<QString, QString> reported;
        for (auto it = m_snapshot.tiers.crbegin(); it != m_snapshot.tiers.crend(); ++it) {
            const TierState &tier = *it;
            if (!tier.present() || tier.rank >= production.rank)
                continue;
            // The tier right below production is what is meant to go there next;
            // for an existing tag it is news about the next one, nothing to act on.
            const bool next = tier.rank == production.rank - 1 && !m_result.existingTag;
            const Severity severity = next ? Severity::Warning : Severity::Info;
            for (const QString &name : tier.packageNames()) {
                const PackageVersion *candidate = newestCompatible(tier.versions, name, m_result.evaluatedVersion);
                if (!candidate)
                    continue;
                const ContentEntry *chosen = contents.value(name);
                if (chosen && !versionLess(chosen->version, candidate->versionText))
                    continue;
                if (reported.contains(name) && !versionLess(reported.value(name), candidate->versionText))
                    continue;
                reported.insert(name, candidate->versionText);
                add(FindingKind::PendingNewer, severity,
                    pendingNewerMessage(name, candidate->versionText, tier.name, chosen), name,
                    candidate->versionText, tier.name);
            }
        }

        const DistributionAnalysis analysis = DistributionAnalysis::analyze(m_snapshot);
        for (const ContentEntry &e : m_result.contents) {
            const Duplicate *d = analysis.duplicate(e.name, e.version);
            if (!d)
                continue;
            for (const VersionCopy &c : d->copies)
                if (c.role == CopyRole::Shadowed)
                    add(FindingKind::ShadowedCopy, Severity::Warning,
                        Tr::tr("%1 %2 in %3 differs from the %4 copy in the contents (tree %5 vs %6); the tag carries "
                           "%4's, the %3 edit is never served.")
                            .arg(e.name, e.version, c.tier, m_result.productionTier, c.tree.shortHex(7),
                                 e.tree.shortHex(7)),
                        e.name, e.version, c.tier);
        }
    }

    void checkRegistryVersions()
    {
        QStringList parts;
        QSet<QString> distinct;
        bool any = false;
        for (auto it = m_snapshot.tiers.crbegin(); it != m_snapshot.tiers.crend(); ++it) {
            if (!it->present())
                continue;
            any = any || !it->registryVersion.isEmpty();
            distinct.insert(it->registryVersion);
            parts.append(it->name + u' '
                         + (it->registryVersion.isEmpty() ? Tr::tr("(no Dockerfile version)") : it->registryVersion));
        }
        if (any && distinct.size() > 1)
            add(FindingKind::RegistryVersions, Severity::Warning,
                Tr::tr("The tiers' Dockerfiles name different package-registry versions: %1.").arg(parts.join(u", "_s)));
    }

    void describeDistributions()
    {
        const QString repository = distributionImageRepository();
        for (const TierState &tier : m_snapshot.tiers) {
            if (!tier.present())
                continue;
            DistributionIdentity id;
            id.tier = tier.name;
            QStringList shortIds;
            for (const TierState &source : m_snapshot.tiers) {
                if (!source.present() || source.rank < tier.rank)
                    continue;
                id.commits.append({source.name, source.head.id});
                shortIds.append(source.head.id.shortHex(7));
            }
            id.combinedId = shortIds.join(u'-');
            QStringList images{repository + u':' + tier.name, repository + u':' + tier.head.id.toHex(),
                               repository + u':' + id.combinedId};
            if (tier.rank == m_snapshot.tiers.constLast().rank)
                images.append(repository + u':' + m_result.tagName);
            images.removeDuplicates();
            id.images = images;
            id.labels.append({u"org.opencontainers.image.revision"_s, tier.head.id.toHex()});
            for (const auto &[branch, commit] : std::as_const(id.commits))
                id.labels.append({u"org.elastic.package-storage."_s + branch + u".commit"_s, commit.toHex()});
            if (tier.rank == m_snapshot.tiers.constLast().rank)
                id.labels.append({u"org.opencontainers.image.version"_s, m_result.tagName});
            m_result.distributions.append(id);
        }
    }

    const git::Repository &m_repo;
    const ReadinessRequest &m_request;
    std::shared_ptr<VersionCache> m_cache;
    const JobControl &m_job;
    const StorageSnapshot *m_given;
    StorageSnapshot m_snapshot;
    TagReadiness m_result;
};
} // namespace

Verdict TagReadiness::verdict() const
{
    if (existingTag)
        return Verdict::Tagged;
    if (count(Severity::Blocks) > 0)
        return Verdict::NotReady;
    return count(Severity::Warning) > 0 ? Verdict::ReadyWithWarnings : Verdict::Ready;
}

QList<Finding> TagReadiness::reasons() const
{
    if (existingTag) {
        QList<Finding> out;
        for (const Finding &f : findings)
            if (f.kind == FindingKind::TagExists)
                out.append(f);
        return out;
    }
    const Severity deciding = count(Severity::Blocks) > 0 ? Severity::Blocks : Severity::Warning;
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.severity == deciding)
            out.append(f);
    return out;
}

int TagReadiness::count(Severity severity) const
{
    return int(std::ranges::count_if(findings, [severity](const Finding &f) { return f.severity == severity; }));
}

const ContentEntry *TagReadiness::content(const QString &name) const
{
    for (const ContentEntry &e : contents)
        if (e.name == name)
            return &e;
    return nullptr;
}

QString distributionImageRepository() { return u"docker.elastic.co/package-registry/distribution"_s; }

QString findingKindId(FindingKind kind)
{
    switch (kind) {
    case FindingKind::InvalidTagName: return u"invalid-tag-name"_s;
    case FindingKind::TagExists: return u"tag-exists"_s;
    case FindingKind::NoProduction: return u"no-production"_s;
    case FindingKind::NoContents: return u"no-contents"_s;
    case FindingKind::PrereleaseStack: return u"prerelease-stack"_s;
    case FindingKind::Regression: return u"regression"_s;
    case FindingKind::MajorDropped: return u"major-dropped"_s;
    case FindingKind::PackageRemoved: return u"package-removed"_s;
    case FindingKind::Downgrade: return u"downgrade"_s;
    case FindingKind::PendingNewer: return u"pending-newer"_s;
    case FindingKind::MissingConstraint: return u"missing-constraint"_s;
    case FindingKind::InvalidConstraint: return u"invalid-constraint"_s;
    case FindingKind::UnreadableManifest: return u"unreadable-manifest"_s;
    case FindingKind::ShadowedCopy: return u"shadowed-copy"_s;
    case FindingKind::RegistryVersions: return u"registry-versions"_s;
    case FindingKind::NoPreviousRelease: return u"no-previous-release"_s;
    }
    return {};
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready: return u"ready"_s;
    case Verdict::ReadyWithWarnings: return u"ready-with-warnings"_s;
    case Verdict::NotReady: return u"not-ready"_s;
    case Verdict::Tagged: return u"tagged"_s;
    }
    return {};
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready: return Tr::tr("Ready");
    case Verdict::ReadyWithWarnings: return Tr::tr("Ready with warnings");
    case Verdict::NotReady: return Tr::tr("Not ready");
    case Verdict::Tagged: return Tr::tr("Tagged");
    }
    return {};
}

QString changeKindId(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return u"added"_s;
    case ChangeKind::Updated: return u"updated"_s;
    case ChangeKind::Removed: return u"removed"_s;
    }
    return {};
}

Version kibanaRequestVersion(const Version &stack)
{
    return Version(stack.major(), stack.minor(), stack.patch());
}

QList<QPair<Version, QString>> versionTags(const git::Repository &repo)
{
    QList<QPair<Version, QString>> tags;
    for (const QString &ref : repo.references(u"refs/tags/*"_s)) {
        const QString name = ref.mid(10);
        if (auto v = Version::parse(name))
            tags.append({*v, name});
    }
    std::ranges::sort(tags, [](const auto &a, const auto &b) { return a.first < b.first; });
    return tags;
}

std::optional<QString> previousReleaseTag(const QList<QPair<Version, QString>> &tags, const Version &stack)
{
    std::optional<QPair<Version, QString>> release;
    std::optional<QPair<Version, QString>> prerelease;
    for (const auto &tag : tags) {
        if (!(tag.first < stack))
            continue;
        auto &slot = tag.first.isPrerelease() ? prerelease : release;
        if (!slot || slot->first < tag.first)
            slot = tag;
    }
    if (release)
        return release->second;
    if (prerelease)
        return prerelease->second;
    return std::nullopt;
}

bool isCompatible(const PackageVersion &version, const Version &stack)
{
    if (!isReadableVersion(version))
        return false;
    if (version.kibana)
        return version.kibana->accepts(stack);
    // No condition: the registry offers the package to every stack version.
    // A condition that did not parse is never satisfied.
    return version.manifest->kibanaVersion.isEmpty();
}

const PackageVersion *newestCompatible(const QList<PackageVersion> &versions, const QString &name, const Version &stack)
{
    const PackageVersion *best = nullptr;
    for (const PackageVersion &v : versions) {
        if (v.name != name || !isCompatible(v, stack))
            continue;
        if (!best || *best->version < *v.version)
            best = &v;
    }
    return best;
}

Result<TagReadiness> checkTagReadiness(const git::Repository &repo, const ReadinessRequest &request,
                                       std::shared_ptr<VersionCache> cache, const JobControl &job)
{
    return Check(repo, request, std::move(cache), job).run();
}

Result<TagReadiness> checkTagReadiness(const git::Repository &repo, const StorageSnapshot &snapshot,
                                       const ReadinessRequest &request, std::shared_ptr<VersionCache> cache,
                                       const JobControl &job)
{
    return Check(repo, request, std::move(cache), job, &snapshot).run();
}

Result<TagReadiness> checkTagReadiness(const QString &repositoryPath, const ReadinessRequest &request,
                                       std::shared_ptr<VersionCache> cache, const JobControl &job)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return std::unexpected(repo.error());
    return checkTagReadiness(*repo, request, std::move(cache), job);
}

} // namespace tierdesk
