// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII ownership of libgit2 handles and error capture on the failing thread.
#include "core/Error.h"
#include "tierdesk_core_export.h"

#include <git2.h>

#include <memory>

namespace tierdesk::git {

template <auto FreeFn>
struct Deleter {
    template <class T>
    void operator()(T *p) const { FreeFn(p); }
};

template <class T, auto FreeFn>
using Handle = std::unique_ptr<T, Deleter<FreeFn>>;

using RepositoryHandle = Handle<git_repository, git_repository_free>;
using ObjectHandle = Handle<git_object, git_object_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;
using CommitHandle = Handle<git_commit, git_commit_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;
using TagHandle = Handle<git_tag, git_tag_free>;
using ReferenceHandle = Handle<git_reference, git_reference_free>;
using ReferenceIteratorHandle = Handle<git_reference_iterator, git_reference_iterator_free>;
using BranchIteratorHandle = Handle<git_branch_iterator, git_branch_iterator_free>;
using TreeBuilderHandle = Handle<git_treebuilder, git_treebuilder_free>;
using IndexHandle = Handle<git_index, git_index_free>;
using SignatureHandle = Handle<git_signature, git_signature_free>;
using ConfigHandle = Handle<git_config, git_config_free>;
using DiffHandle = Handle<git_diff, git_diff_free>;
using PatchHandle = Handle<git_patch, git_patch_free>;
using RemoteHandle = Handle<git_remote, git_remote_free>;
using RevwalkHandle = Handle<git_revwalk, git_revwalk_free>;
using OdbHandle = Handle<git_odb, git_odb_free>;

// Owns a git_buf's memory.
struct TIERDESK_CORE_EXPORT Buf {
    git_buf buf = GIT_BUF_INIT;
    Buf() = default;
    Buf(const Buf &) = delete;
    Buf &operator=(const Buf &) = delete;
    ~Buf() { git_buf_dispose(&buf); }
    QString toString() const { return QString::fromUtf8(buf.ptr, qsizetype(buf.size)); }
};

// Initialises libgit2 once per process (reference counted by libgit2 itself).
TIERDESK_CORE_EXPORT void ensureInitialized();

// Builds an Error from `code` and git_error_last() of the calling thread;
// call it right after the failing libgit2 call, on the same thread.
TIERDESK_CORE_EXPORT Error lastError(int code, QString message);

inline std::unexpected<Error> failGit(int code, QString message)
{
    return std::unexpected(lastError(code, std::move(message)));
}

inline QByteArray path8(const QString &s) { return s.toUtf8(); }

// A blob's content, copied: the one way blob bytes leave libgit2.
inline QByteArray blobBytes(const git_blob *blob)
{
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

} // namespace tierdesk::git
