// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/catalogloader.h"
#include "source/sourcespec.h"

#include <QCoreApplication>
#include <QCommandLineParser>

#include <optional>

namespace fkscope::cli {

// The options every subcommand that reads a source shares: --db, --schema, --exclude-schema,
// --system-schemas, --timeout.
class SourceOptions
{
public:
    // Without --db: for commands that name their sources otherwise (diff's --from and --to).
    explicit SourceOptions(bool withDb = true)
        : m_withDb(withDb)
    {
    }
    void addTo(QCommandLineParser &parser);
    // Validates what the parser read; on a usage error returns the message.
    std::optional<QString> read(const QCommandLineParser &parser);

    const SourceSpec &spec() const { return m_spec; }
    const LoadOptions &loadOptions() const { return m_load; }
    LoadOptions &loadOptions() { return m_load; }

private:
    QCommandLineOption m_db{{QStringLiteral("d"), QStringLiteral("db")},
                            QCoreApplication::translate("fkscope::cli", "Source: a libpq conninfo string or postgresql:// URI, a "
                                           "mysql://USER@HOST[:PORT]/DATABASE[?socket=PATH] URI (MySQL, MariaDB), a SQLite file "
                                           "(sqlite:PATH, *.sqlite, *.db), or a snapshot file (*.json)."),
                            QStringLiteral("SOURCE")};
    QCommandLineOption m_schema{{QStringLiteral("s"), QStringLiteral("schema")},
                                QCoreApplication::translate("fkscope::cli", "Only schemas matching PATTERN (* and ? wildcards); repeatable."),
                                QStringLiteral("PATTERN")};
    QCommandLineOption m_exclude{{QStringLiteral("N"), QStringLiteral("exclude-schema")},
                                 QCoreApplication::translate("fkscope::cli", "Leave out schemas matching PATTERN; repeatable."),
                                 QStringLiteral("PATTERN")};
    QCommandLineOption m_system{QStringLiteral("system-schemas"),
                                QStringLiteral("Also read pg_catalog, information_schema and pg_toast.")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"),
                                 QCoreApplication::translate("fkscope::cli", "Statement timeout in seconds (default 30, 0 = none)."),
                                 QStringLiteral("SECONDS"), QStringLiteral("30")};
    bool m_withDb;
    SourceSpec m_spec;
    LoadOptions m_load;
};

} // namespace fkscope::cli
