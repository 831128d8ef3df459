// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace fkscope {

// Referential action of a foreign key, as the catalogs of all supported engines can express it.
enum class FkAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

enum class MatchType { Simple, Full, Partial };

enum class TableKind { Table, PartitionedTable, ForeignTable };

// Stable spellings used by the snapshot format and the CLI ("no_action", "set_null", ...).
QString toString(FkAction action);
QString toString(MatchType match);
QString toString(TableKind kind);

// Human spelling for reports ("NO ACTION", "SET NULL", ...).
QString toSql(FkAction action);

std::optional<FkAction> fkActionFromString(const QString &text);
std::optional<MatchType> matchTypeFromString(const QString &text);
std::optional<TableKind> tableKindFromString(const QString &text);

// PostgreSQL's single-letter catalog codes (pg_constraint.confdeltype, confmatchtype, pg_class.relkind).
std::optional<FkAction> fkActionFromPgCode(char code);
std::optional<MatchType> matchTypeFromPgCode(char code);

} // namespace fkscope
