// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactrequest.h"

#include <QCoreApplication>
#include <QCommandLineParser>

#include <optional>

namespace fkscope::cli {

// The row-selection options `impact` and `plan` share: --table, --key COL=VALUE..., --where, --samples.
class RowSelection
{
public:
    void addTo(QCommandLineParser &parser);
    std::optional<QString> read(const QCommandLineParser &parser);

    const QString &tableName() const { return m_tableName; }
    ImpactRequest &request() { return m_request; }
    // The DELETE statement the selection stands for, as text for reports.
    QString statement(const TableRef &table) const;

private:
    QCommandLineOption m_table{{QStringLiteral("t"), QStringLiteral("table")},
                               QCoreApplication::translate("fkscope::cli", "The table to delete from, in SQL syntax (schema.table, \"Mixed Case\"); "
                                              "unqualified names follow search_path."),
                               QStringLiteral("NAME")};
    QCommandLineOption m_key{{QStringLiteral("k"), QStringLiteral("key")},
                             QCoreApplication::translate("fkscope::cli", "Delete rows whose COL equals VALUE (bound as a parameter); repeatable."),
                             QStringLiteral("COL=VALUE")};
    QCommandLineOption m_where{{QStringLiteral("w"), QStringLiteral("where")},
                               QCoreApplication::translate("fkscope::cli", "Delete rows matching this SQL predicate."), QStringLiteral("SQL")};
    QCommandLineOption m_samples{QStringLiteral("samples"), QCoreApplication::translate("fkscope::cli", "Sample rows per table (default 5)."),
                                 QStringLiteral("N"), QStringLiteral("5")};
    QString m_tableName;
    ImpactRequest m_request;
};

} // namespace fkscope::cli
