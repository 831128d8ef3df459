// SPDX-License-Identifier: Apache-2.0
#include "rowselection.h"

#include <QCoreApplication>

#include "schema/schemagraph.h"

namespace fkscope::cli {

void RowSelection::addTo(QCommandLineParser &parser)
{
    parser.addOption(m_table);
    parser.addOption(m_key);
    parser.addOption(m_where);
    parser.addOption(m_samples);
}

std::optional<QString> RowSelection::read(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_table))
        return QCoreApplication::translate("fkscope::cli", "--table NAME is required");
    m_tableName = parser.value(m_table);
    for (const QString &kv : parser.values(m_key)) {
        const int eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return QCoreApplication::translate("fkscope::cli", "--key takes COL=VALUE, got \"%1\"").arg(kv);
        m_request.keys.append({kv.left(eq), kv.mid(eq + 1)});
    }
    m_request.where = parser.value(m_where);
    if (m_request.keys.isEmpty() && m_request.where.trimmed().isEmpty())
        return QCoreApplication::translate("fkscope::cli", "say which rows: --key COL=VALUE (repeatable) or --where 'SQL predicate'");
    bool ok = false;
    m_request.samples = parser.value(m_samples).toInt(&ok);
    if (!ok || m_request.samples < 0 || m_request.samples > 1000)
        return QCoreApplication::translate("fkscope::cli", "--samples takes a number from 0 to 1000");
    return std::nullopt;
}

QString RowSelection::statement(const TableRef &table) const
{
    ImpactRequest request = m_request;
    request.table = table;
    return deleteStatementText(request);
}

} // namespace fkscope::cli
