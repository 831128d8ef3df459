// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schemagraph.h"

namespace fkscope {

// A property of the schema that a DBA should know about before relying on foreign-key behaviour.
struct SchemaFinding
{
    enum class Kind {
        UnindexedForeignKey, // deleting a parent row scans the child table
        SetNullOnNotNull, // ON DELETE SET NULL can never succeed: the column is NOT NULL
        SetDefaultWithoutDefault, // ON DELETE SET DEFAULT with no default sets NULL
        NotValidForeignKey, // existing rows were never checked
        TriggersOrRules, // user triggers or rules can change what a delete does
        RowLevelSecurity, // row-level security can hide rows from a simulation
    };
    Kind kind;
    TableId table = kInvalidId;
    ForeignKeyId foreignKey = kInvalidId;
    QString message;
};

QList<SchemaFinding> lintSchema(const SchemaGraph &graph);

} // namespace fkscope
