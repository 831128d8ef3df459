// SPDX-License-Identifier: Apache-2.0
#pragma once

// The parts of PostgreSQL's DDL semantics the offline reader needs besides the parse tree: the
// names it chooses for unnamed objects, how format_type prints a type, and expression text.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace fkscope::pgddl {

// makeObjectName (src/backend/commands/indexcmds.c): name1_name2_label within 63 bytes, the longer
// of name1 / name2 shortened first, never splitting a UTF-8 character.
QString makeObjectName(const QString &name1, const QString &name2, const QString &label);
// ChooseForeignKeyConstraintNameAddition / ChooseIndexNameAddition: the names joined by "_", cut
// once past 63 bytes.
QString nameAddition(const QStringList &names);

// A TypeName node as pg_catalog.format_type prints it with the default search_path:
// "character varying(40)", "integer[]", "timestamp(3) with time zone", "mpaa_rating" (a type in
// public), "other.mood". `serial` kinds print as their integer types; `isSerial` tells.
QString typeName(const QJsonObject &node, bool *isSerial = nullptr);

// The `String` values of a list node: ["public", "t"].
QStringList strings(const QJsonArray &list);
// The distinct column names an expression refers to, in order of appearance.
QStringList columnRefs(const QJsonValue &expression);

// Expression text cut from the statement: after the keyword at `keywordOffset` (DEFAULT), up to
// the end of the expression (a top-level comma or closing parenthesis, the end of the statement,
// or a column-constraint keyword).
QString expressionAfter(const QByteArray &sql, int keywordOffset, int end);
// The text inside the parentheses that follow `offset` (CHECK (...)), without them.
QString parenthesized(const QByteArray &sql, int offset, int end);

} // namespace fkscope::pgddl
