// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diff/schemadiff.h"
#include "schemascene.h"

namespace fkscope {

// What a comparison puts on the canvas of `shown` (the diff's TO side when `shownIsTo`, else its
// FROM side): words on its keys ("NO ACTION → SET NULL", "new", "renamed from x"), and ghosts of the
// keys only the other side has, between the shown graph's tables.
struct ComparisonMarks
{
    QHash<ForeignKeyId, QPair<QString, bool>> labels;
    QList<GhostKey> ghosts;
};

ComparisonMarks comparisonMarks(const SchemaGraph &from, const SchemaGraph &to, const SchemaDiff &diff, bool shownIsTo);

// The one-line summary of a change, as the canvas and the Changes dock say it.
QString changeSummary(const SchemaGraph &from, const SchemaGraph &to, const FkChange &change, bool shownIsTo);

} // namespace fkscope
