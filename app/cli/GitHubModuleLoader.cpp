// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding and loading tierdesk-cli-github.so (see cli/GitHubModule.h).
#include "cli/GitHubModule.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <dlfcn.h>
#include <link.h>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
namespace Tr = tierdesk::trcontext::PromoteCommand;

// The directory libtierdesk-core was loaded from: build/lib/ in the build tree, the private library
// directory once installed. The module lies beside it. (Asked of the dynamic loader by the library's
// soname: the address of one of its functions may be the executable's own PLT entry.)
QString libraryDirectory()
{
    void *core = dlopen(TIERDESK_CORE_SONAME, RTLD_NOW | RTLD_NOLOAD);
    link_map *map = nullptr;
    QString directory = QCoreApplication::applicationDirPath();
    if (core && dlinfo(core, RTLD_DI_LINKMAP, &map) == 0 && map && map->l_name && *map->l_name)
        directory = QFileInfo(QString::fromLocal8Bit(map->l_name)).absolutePath();
    if (core)
        dlclose(core); // only the reference NOLOAD took: the library stays
    return directory;
}

QString modulePath()
{
    const QString given = qEnvironmentVariable("TIERDESK_CLI_GITHUB_MODULE");
    if (!given.isEmpty())
        return given;
    return QDir(libraryDirectory()).filePath(QString::fromLatin1(GitHubModuleFile));
}

// The one sentence for a module that cannot be used, `why` says what is wrong with it.
QString unusableSentence(const QString &path, const QString &why)
{
    return Tr::tr("Publishing and reading pull requests need the module %1, which %2; reinstall Tierdesk.")
        .arg(QDir::toNativeSeparators(path), why);
}

std::unexpected<tierdesk::Error> unusable(const QString &path, const QString &why)
{
    return tierdesk::fail(unusableSentence(path, why));
}

tierdesk::Result<const GitHubModule *> load()
{
    const QString path = modulePath();
    if (!QFileInfo::exists(path))
        return unusable(path, Tr::tr("is missing"));
    // Kept loaded until the process ends: its functions are called until then.
    static QLibrary library;
    library.setFileName(path);
    if (!library.load())
        return unusable(path, Tr::tr("could not be loaded (%1)").arg(library.errorString()));
    const auto entry = reinterpret_cast<GitHubModuleEntryFunction>(library.resolve(GitHubModuleEntry));
    if (!entry)
        return unusable(path, Tr::tr("is not a Tierdesk module"));
    const GitHubModule *module = entry();
    if (!module || module->abi != GitHubModuleAbi)
        return unusable(path, Tr::tr("is of another Tierdesk (interface %1, this one needs %2)")
                                  .arg(module ? module->abi : 0)
                                  .arg(GitHubModuleAbi));
    const QString version = QString::fromUtf8(module->version ? module->version : "?");
    if (module->size != sizeof(GitHubModule) || version != QStringLiteral(TIERDESK_VERSION))
        return unusable(path, Tr::tr("is of another Tierdesk (version %1, this one is %2)")
                                  .arg(version, QStringLiteral(TIERDESK_VERSION)));
    if (!module->findToken || !module->publishDraft || !module->pullRequestStates || !module->findOpenPullRequestDrafts)
        return unusable(path, Tr::tr("is incomplete"));
    return module;
}

} // namespace

tierdesk::Result<const GitHubModule *> gitHubModule()
{
    static const tierdesk::Result<const GitHubModule *> loaded = load();
    return loaded;
}

} // namespace cli
