// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lint.h"

#include <QByteArray>
#include <QString>

namespace fkscope {

// {"format": "fkscope-lint", "version": 1, "source": ..., "summary": ..., "findings": [...]}: see
// docs/lint.md.
QByteArray lintJson(const SchemaGraph &graph, const QList<LintFinding> &findings);
// SARIF 2.1.0, one run, every rule described in the driver; findings as results with logical
// locations (schema, table, constraint), and the file as physical location when the source is one.
QByteArray lintSarif(const SchemaGraph &graph, const QList<LintFinding> &findings, const QString &toolVersion,
                     const QString &sourceFile = QString());
// One block per finding ("warning  fk-without-index  public.orders ..."), then a count by severity.
QString lintText(const QList<LintFinding> &findings);

} // namespace fkscope
