// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QByteArray>
#include <QString>

namespace fkscope {
class JsonWriter;
}

namespace fkscope::snapshot {

// The public snapshot format, documented in docs/snapshot-format.md.
constexpr const char *kFormatName = "fkscope-snapshot";
constexpr int kFormatVersion = 1;

QByteArray write(const SchemaGraph &graph, bool compact = false);
// One foreign key as the snapshot writes it (the diff report uses the same objects).
void writeForeignKey(JsonWriter &w, const SchemaGraph &graph, const ForeignKey &fk);

// Throws fkscope::Error(BadInput) naming the offending place, e.g. "tables[3].columns: expected an array".
SchemaGraph read(const QByteArray &json, const QString &origin = QString());
SchemaGraph readFile(const QString &path);
// Throws fkscope::Error(BadInput) when the file cannot be written.
void writeFile(const SchemaGraph &graph, const QString &path);

} // namespace fkscope::snapshot
