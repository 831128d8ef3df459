// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "table.h"

namespace fkscope {

// A partition's copy of a declared constraint. PostgreSQL names these in its errors
// (e.g. "fk_a_fkey1"), so they are kept to map an error back to what the user declared.
struct ConstraintClone
{
    TableRef table;
    QString name;

    bool operator==(const ConstraintClone &o) const { return table == o.table && name == o.name; }
    bool operator!=(const ConstraintClone &o) const { return !(*this == o); }
};

struct ForeignKey
{
    QString name;
    TableId child = kInvalidId;
    TableId parent = kInvalidId;
    // Column pairs in constraint order: columns[i] references refColumns[i].
    QStringList columns;
    QStringList refColumns;
    FkAction onDelete = FkAction::NoAction;
    FkAction onUpdate = FkAction::NoAction;
    MatchType match = MatchType::Simple;
    bool deferrable = false;
    bool deferred = false;
    bool validated = true;
    // PostgreSQL 15 "ON DELETE SET NULL (a, b)": the subset of columns that is set; empty optional = all.
    std::optional<QStringList> setColumns;
    QList<ConstraintClone> clones;

    bool isSelfReference() const { return child == parent; }
    // The columns an ON DELETE SET NULL / SET DEFAULT writes.
    QStringList deleteSetColumns() const { return setColumns.value_or(columns); }

    bool operator==(const ForeignKey &o) const;
    bool operator!=(const ForeignKey &o) const { return !(*this == o); }
};

} // namespace fkscope
