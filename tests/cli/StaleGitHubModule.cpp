// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A GitHub module of another build, for tst_githubmodule: another interface
// number (STALE_ABI) or another Tierdesk version. Its functions are never called.
#include "cli/GitHubModule.h"

extern "C" __attribute__((visibility("default"))) const cli::GitHubModule *tierdesk_cli_github()
{
    static cli::GitHubModule module;
#ifdef STALE_ABI
    module.abi = cli::GitHubModuleAbi + 1;
#else
    module.version = "0.0.0";
#endif
    return &module;
}
