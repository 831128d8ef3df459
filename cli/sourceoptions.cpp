// SPDX-License-Identifier: Apache-2.0
#include "sourceoptions.h"

#include "interrupt.h"

#include <QCoreApplication>

namespace fkscope::cli {

void SourceOptions::addTo(QCommandLineParser &parser)
{
    if (m_withDb)
        parser.addOption(m_db);
    parser.addOption(m_schema);
    parser.addOption(m_exclude);
    parser.addOption(m_system);
    parser.addOption(m_timeout);
}

std::optional<QString> SourceOptions::read(const QCommandLineParser &parser)
{
    if (m_withDb && !parser.isSet(m_db))
        return QCoreApplication::translate("fkscope::cli", "--db SOURCE is required");
    if (m_withDb)
        m_spec = SourceSpec::parse(parser.value(m_db));
    m_load.cancel = interruptToken();
    m_load.includeSchemas = parser.values(m_schema);
    m_load.excludeSchemas = parser.values(m_exclude);
    m_load.includeSystemSchemas = parser.isSet(m_system);
    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || seconds < 0)
        return QCoreApplication::translate("fkscope::cli", "--timeout takes a number of seconds, got \"%1\"").arg(parser.value(m_timeout));
    m_load.timeoutMs = static_cast<int>(seconds * 1000);
    return std::nullopt;
}

} // namespace fkscope::cli
