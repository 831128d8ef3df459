// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schemadiff.h"

#include <QByteArray>
#include <QString>

namespace fkscope {

// The two sides of a diff as the reports name them.
struct DiffSides
{
    const SchemaGraph &from;
    const SchemaGraph &to;
    QString fromLabel; // the source as the user gave it, without a password
    QString toLabel;
    QStringList fromApplied; // migration files applied to FROM (with --to), in order
    QStringList toApplied; // migration files that make TO out of FROM (no --to)
};

// {"format": "fkscope-diff", "version": 1, "from", "to", "foreign_keys", "tables", "blast_radius",
// "warnings"}; documented in docs/diff.md.
QByteArray diffJson(const DiffSides &sides, const SchemaDiff &diff);
// The human report: rule changes first, each with what it does to deletes; `markdown` for a review ticket.
QString diffText(const DiffSides &sides, const SchemaDiff &diff, bool markdown);

// The report's groups in the order it shows them, with their titles (the Changes dock uses the same).
QList<QPair<FkChangeGroup, QString>> changeGroupTitles();

// What deleting a parent row does through `fk`, for the sentences of the report:
// "sets generation_jobs.content_id to NULL", "fails (NO ACTION) while rows of generation_jobs
// reference it"; `past` gives the short form used after "was:" ("blocked by NO ACTION").
QString deleteEffect(const SchemaGraph &graph, const ForeignKey &fk, bool past);

} // namespace fkscope
