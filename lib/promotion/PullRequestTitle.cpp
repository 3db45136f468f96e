// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PullRequestTitle.h"

#include "core/Tr.h"
#include "core/Version.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::PromotionDraft; // the titles of the drafts' pull requests

// "name@version" → "name-version", the old tool's label that titles list.
QString label(const QString &key)
{
    QString out = key;
    if (const qsizetype at = out.indexOf(u'@'); at >= 0)
        out[at] = u'-';
    return out;
}

QString withList(const QString &prefix, const QStringList &keys, const QString &many)
{
    if (keys.isEmpty())
        return many;
    QStringList labels;
    labels.reserve(keys.size());
    for (const QString &k : keys)
        labels.append(label(k));
    const QString full = prefix + u" ("_s + labels.join(u", "_s) + u')';
    return full.size() > maxTitleLength ? many : full;
}
} // namespace

QString formatTitle(TitleKind kind, const QString &branch, const QString &sourceTier, const QStringList &keys)
{
    const QString head = u"["_s + branch + u"] "_s;
    if (kind == TitleKind::Promote)
        return withList(head + u"Promote packages from "_s + sourceTier, keys,
                        head + u"Promote many packages from "_s + sourceTier);
    return withList(head + u"Remove promoted packages"_s, keys, head + u"Remove many promoted packages"_s);
}

QString formatTitle(const PullRequestTitle &title)
{
    return formatTitle(title.kind, title.branch, title.sourceTier, title.keys);
}

namespace {
// Hostile text quoted in a message: bounded, so a 4096-character item does not become the sentence.
QString quoted(QStringView text)
{
    constexpr qsizetype shown = 40;
    return u'"' + (text.size() > shown ? text.left(shown).toString() + u'…' : text.toString()) + u'"';
}

bool isTierChar(QChar c)
{
    return !c.isSpace() && c != u'[' && c != u']' && c != u'(' && c != u')' && c != u',';
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// Reads a title left to right; every step consumes what it matched, nothing is read twice.
class Cursor
{
public:
    explicit Cursor(QStringView text) : m_rest(text) {}

    bool atEnd() const { return m_rest.isEmpty(); }
    QStringView rest() const { return m_rest; }

    bool eat(QStringView word)
    {
        if (!m_rest.startsWith(word))
            return false;
        m_rest = m_rest.mid(word.size());
        return true;
    }

    // A tier name: up to the next space, bracket, parenthesis or comma.
    QString tier()
    {
        qsizetype n = 0;
        while (n < m_rest.size() && isTierChar(m_rest[n]))
            ++n;
        const QString out = m_rest.left(n).toString();
        m_rest = m_rest.mid(n);
        return out;
    }

private:
    QStringView m_rest;
};

Status checkCharacters(QStringView title)
{
    if (title.size() > maxTitleLength)
        return fail(Tr::tr("The title is %1 characters long; titles over %2 characters are not read.")
                        .arg(title.size())
                        .arg(maxTitleLength));
    for (const QChar c : title)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return fail(Tr::tr("The title contains the control character U+%1.")
                            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
    return {};
}

// "foo-1.2.3" → "foo@1.2.3": the name is [a-z0-9_]+ up to the first '-', the rest a SemVer version.
Result<QString> parseItem(QStringView item)
{
    const qsizetype dash = item.indexOf(u'-');
    const QStringView name = dash < 0 ? item : item.left(dash);
    if (name.isEmpty() || !std::ranges::all_of(name, isNameChar))
        return fail(Tr::tr("%1 in the title's list is not a package name followed by \"-\" and a version.")
                        .arg(quoted(item)));
    const QStringView version = dash < 0 ? QStringView() : item.mid(dash + 1);
    if (!Version::parse(version))
        return fail(Tr::tr("%1 in the title's list has no valid version after \"%2-\".").arg(quoted(item), name));
    return name.toString() + u'@' + version.toString();
}

// " (a-1.0.0, b-2.0.0)" up to the end of the title.
Result<QStringList> parseList(Cursor &c)
{
    if (!c.eat(u" ("))
        return fail(Tr::tr("The title continues with %1 where a list in parentheses was expected.").arg(quoted(c.rest())));
    QStringView inner = c.rest();
    if (!inner.endsWith(u')'))
        return fail(Tr::tr("The title's list of versions is not closed with \")\" at its end."));
    inner.chop(1);
    if (inner.isEmpty())
        return fail(Tr::tr("The title's list of versions is empty."));
    QStringList keys;
    QSet<QString> seen;
    for (const QStringView item : inner.tokenize(u", "_s)) {
        auto key = parseItem(item);
        if (!key)
            return std::unexpected(key.error());
        if (seen.contains(*key))
            return fail(Tr::tr("The title lists %1 twice.").arg(quoted(item)));
        seen.insert(*key);
        keys.append(*key);
    }
    c.eat(c.rest()); // everything was read
    return keys;
}

Status expectEnd(const Cursor &c)
{
    if (c.atEnd())
        return {};
    return fail(Tr::tr("The title continues with %1 after its end.").arg(quoted(c.rest())));
}

// Longer tier names are refused: with them, the "many packages" form of a title could outgrow the limit.
// With them bounded, formatTitle(parseTitle(x)) stays within maxTitleLength: a list's title is never longer
// in the newest form than in the old ones, and a title without a list is at most 3 + 27 + 2 × 100 long.
constexpr qsizetype maxTierNameLength = 100;

Status checkTierLength(const QString &tier)
{
    if (tier.size() <= maxTierNameLength)
        return {};
    return fail(Tr::tr("The tier name %1 in the title is longer than %2 characters.")
                    .arg(quoted(tier))
                    .arg(maxTierNameLength));
}

enum class TierRole { Source, Destination };

// Whole sentences per role, so that translations need not glue words together.
QString missingTierMessage(TierRole role, const QString &rest)
{
    return role == TierRole::Source
        ? Tr::tr("The title names no source tier where %1 stands.").arg(rest)
        : Tr::tr("The title names no destination tier where %1 stands.").arg(rest);
}

Result<QString> parseTier(Cursor &c, TierRole role)
{
    QString tier = c.tier();
    if (tier.isEmpty())
        return fail(missingTierMessage(role, quoted(c.rest())));
    if (auto ok = checkTierLength(tier); !ok)
        return std::unexpected(ok.error());
    return tier;
}

// After "[branch] Remove ": the removal's three forms.
Status parseRemoval(Cursor &c, PullRequestTitle &t)
{
    t.kind = TitleKind::Remove;
    if (c.eat(u"many promoted packages"))
        return expectEnd(c);
    if (c.eat(u"promoted packages")) {
        if (c.atEnd())
            return {};
        auto keys = parseList(c);
        if (!keys)
            return std::unexpected(keys.error());
        t.keys = *keys;
        return {};
    }
    if (c.eat(u"packages from ")) { // the old tool's "[staging] Remove packages from staging"
        auto from = parseTier(c, TierRole::Source);
        if (!from)
            return std::unexpected(from.error());
        t.sourceTier = *from;
        return expectEnd(c);
    }
    return fail(Tr::tr("The title continues with %1 after \"Remove\", not with \"promoted packages\".")
                    .arg(quoted(c.rest())));
}

// After "[branch] Promote ": "(many) packages from SRC", then " to DST" (the old tool), a list, or the end.
Status parsePromotion(Cursor &c, PullRequestTitle &t, QString &destination)
{
    t.kind = TitleKind::Promote;
    const bool many = c.eat(u"many ");
    if (!c.eat(u"packages from "))
        return fail(Tr::tr("The title continues with %1 after \"Promote\", not with \"packages from\".")
                        .arg(quoted(c.rest())));
    auto from = parseTier(c, TierRole::Source);
    if (!from)
        return std::unexpected(from.error());
    t.sourceTier = *from;
    if (c.eat(u" to ")) {
        auto to = parseTier(c, TierRole::Destination);
        if (!to)
            return std::unexpected(to.error());
        destination = *to;
    }
    if (c.atEnd() || many)
        return expectEnd(c);
    auto keys = parseList(c);
    if (!keys)
        return std::unexpected(keys.error());
    t.keys = *keys;
    return {};
}

// The branch in brackets and the one the text names (" to DST", "from SRC" of a removal) must agree.
Status settleBranch(PullRequestTitle &t, const QString &bracket, const QString &named)
{
    if (!bracket.isEmpty() && !named.isEmpty() && bracket != named)
        return fail(Tr::tr("The title's branch [%1] and the tier it names, %2, differ.").arg(bracket, named));
    t.branch = bracket.isEmpty() ? named : bracket;
    if (t.branch.isEmpty())
        return fail(Tr::tr("The title does not name the branch it merges into (\"[tier] …\")."));
    if (t.kind == TitleKind::Remove)
        t.sourceTier = t.branch;
    else if (t.sourceTier == t.branch)
        return fail(Tr::tr("The title promotes from %1 to the same tier.").arg(t.branch));
    return {};
}
} // namespace

Result<PullRequestTitle> parseTitle(QStringView title)
{
    if (auto ok = checkCharacters(title); !ok)
        return std::unexpected(ok.error());
    Cursor c(title);
    QString bracket;
    if (c.eat(u"[")) {
        bracket = c.tier();
        if (bracket.isEmpty() || !c.eat(u"] "))
            return fail(Tr::tr("The title's \"[\" is not followed by a tier name, \"]\" and a space."));
        if (auto ok = checkTierLength(bracket); !ok)
            return std::unexpected(ok.error());
    }
    PullRequestTitle t;
    QString named;
    Status body;
    if (c.eat(u"Promote "))
        body = parsePromotion(c, t, named);
    else if (c.eat(u"Remove ")) {
        body = parseRemoval(c, t);
        named = t.sourceTier;
    } else
        return fail(Tr::tr("The title is not a promotion or removal of packages (\"Promote …\", \"Remove …\")."));
    if (!body)
        return std::unexpected(body.error());
    if (auto ok = settleBranch(t, bracket, named); !ok)
        return std::unexpected(ok.error());
    return t;
}

} // namespace tierdesk
