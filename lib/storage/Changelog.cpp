#include "storage/Changelog.h"

#include "core/Version.h"

namespace tierdesk {

Result<Changelog> Changelog::parse(const QByteArray &yaml)
{
    ChangelogParse parsed = ChangelogParse::parse(yaml);
    if (!parsed.ok)
        return fail(parsed.error);
    return Changelog{std::move(parsed.entries)};
}

const ChangelogEntry *Changelog::entry(const QString &version) const
{
    for (const ChangelogEntry &e : entries)
        if (e.version == version)
            return &e;
    const auto wanted = Version::parseLoose(version);
    if (!wanted)
        return nullptr;
    for (const ChangelogEntry &e : entries)
        if (const auto v = Version::parseLoose(e.version); v && *v == *wanted)
            return &e;
    return nullptr;
}

} // namespace tierdesk
