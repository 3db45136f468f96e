// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The text input the promotion side reads: <git dir>/tierdesk/drafts.json
// (the draft store, which anyone who can write the git directory controls)
// and the --packages list ("a@1.2.3,b-0.4.0"). Pull-request titles have
// their own target (fuzz_title).
#include "fuzz/FuzzInput.h"

#include "promotion/PromotionDraftStore.h"
#include "promotion/PromotionPlan.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tierdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(fuzz::bytes(data, size));
    }
    const auto drafts = PromotionDraftStore(path).load();
    if (drafts)
        for (const PromotionDraft &d : *drafts) {
            volatile qsizetype sink = d.branchNames().size() + PromotionDraft::stateId(d.state()).size();
            (void)sink;
        }
    const auto specs = parseVersionSpecs(fuzz::text(data, size), {QStringLiteral("apm"), QStringLiteral("my-pkg")});
    (void)specs;
    return 0;
}
