#pragma once
// A package version's changelog.yml, and finding one version's entry in it.
// The structs and the YAML reading are ManifestDiff's (ChangelogParse); this
// adds a Result-shaped parse and the lookup the package details need.
#include "core/Error.h"
#include "diff/ManifestDiff.h"
#include "tierdesk_core_export.h"

namespace tierdesk {

struct TIERDESK_CORE_EXPORT Changelog {
    QList<ChangelogEntry> entries; // in file order: newest first by convention

    // Items that are not mappings, and fields of the wrong shape, are skipped;
    // an error when the text is not YAML or not a list (an empty file is not a list).
    static Result<Changelog> parse(const QByteArray &yaml);

    // The entry of `version`: same text, else the same semantic version ("1.0" ~ "1.0.0"). Null when absent.
    const ChangelogEntry *entry(const QString &version) const;
};

} // namespace tierdesk
