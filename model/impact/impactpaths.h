// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace fkscope {

// Simple FK paths (constraint names) from the root table to `target` over the foreign keys that
// carried rows (`flow`), at most `limit` of them; {[]} when target is the root.
QList<QStringList> impactPathsTo(const SchemaGraph &g, TableId root, TableId target, const QSet<ForeignKeyId> &flow,
                                 int limit = 8);

} // namespace fkscope
