// SPDX-License-Identifier: Apache-2.0
#include "rules.h"

#include <array>
#include <utility>

namespace fkscope {

namespace {

constexpr std::array<std::pair<FkAction, const char *>, 5> kActionNames{{
    {FkAction::NoAction, "no_action"},
    {FkAction::Restrict, "restrict"},
    {FkAction::Cascade, "cascade"},
    {FkAction::SetNull, "set_null"},
    {FkAction::SetDefault, "set_default"},
}};

constexpr std::array<std::pair<MatchType, const char *>, 3> kMatchNames{{
    {MatchType::Simple, "simple"},
    {MatchType::Full, "full"},
    {MatchType::Partial, "partial"},
}};

constexpr std::array<std::pair<TableKind, const char *>, 3> kKindNames{{
    {TableKind::Table, "table"},
    {TableKind::PartitionedTable, "partitioned_table"},
    {TableKind::ForeignTable, "foreign_table"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString toString(FkAction action) { return nameOf(kActionNames, action); }
QString toString(MatchType match) { return nameOf(kMatchNames, match); }
QString toString(TableKind kind) { return nameOf(kKindNames, kind); }

QString toSql(FkAction action)
{
    return toString(action).toUpper().replace(QLatin1Char('_'), QLatin1Char(' '));
}

std::optional<FkAction> fkActionFromString(const QString &text) { return valueOf(kActionNames, text); }
std::optional<MatchType> matchTypeFromString(const QString &text) { return valueOf(kMatchNames, text); }
std::optional<TableKind> tableKindFromString(const QString &text) { return valueOf(kKindNames, text); }

std::optional<FkAction> fkActionFromPgCode(char code)
{
    switch (code) {
    case 'a': return FkAction::NoAction;
    case 'r': return FkAction::Restrict;
    case 'c': return FkAction::Cascade;
    case 'n': return FkAction::SetNull;
    case 'd': return FkAction::SetDefault;
    default: return std::nullopt;
    }
}

std::optional<MatchType> matchTypeFromPgCode(char code)
{
    switch (code) {
    case 's': return MatchType::Simple;
    case 'f': return MatchType::Full;
    case 'p': return MatchType::Partial;
    default: return std::nullopt;
    }
}

} // namespace fkscope
