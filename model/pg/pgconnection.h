// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/answerwatchdog.h"
#include "core/canceltoken.h"
#include "core/error.h"

#include <QLoggingCategory>
#include <QString>

#include <pqxx/connection>
#include <pqxx/field>

#include <memory>
#include <type_traits>

Q_DECLARE_LOGGING_CATEGORY(lcPg)

namespace fkscope {

// One libpq connection, opened by any conninfo string or URI (so PG* variables, ~/.pgpass and
// pg_service.conf work as libpq defines them). Every libpqxx failure leaves this class as an
// fkscope::Error; nothing of libpqxx's exception types escapes.
class PgConnection
{
public:
    explicit PgConnection(const QString &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    pqxx::connection &raw() { return *m_conn; }
    int serverVersionNum() const { return m_serverVersion; }
    int backendPid() const;

    // Runs `work` (which uses raw()) with libpqxx errors translated. While it runs, cancelling
    // `token` sends a cancel request to the server (PQcancel), so the running statement stops there.
    // `statementTimeoutMs`, the statement timeout the work sets (0: none), also bounds how long the
    // client waits over TCP for the server to send anything (AnswerWatchdog).
    template<typename Work>
    auto run(const CancelToken &token, int statementTimeoutMs, Work &&work) -> decltype(work())
    {
        auto guard = token.onCancel([this] { cancelRunningQuery(); });
        const AnswerWatchdog watchdog(m_conn->sock(), statementTimeoutMs);
        try {
            return work();
        } catch (const Error &) {
            if (watchdog.fired())
                throw watchdog.noAnswer();
            throw;
        } catch (const std::exception &e) {
            if (watchdog.fired())
                throw watchdog.noAnswer();
            throw translate(e, token.isCancelled());
        }
    }
    template<typename Work>
    auto run(const CancelToken &token, Work &&work) -> decltype(work())
    {
        return run(token, 0, std::forward<Work>(work));
    }


    // Sends a cancel request for whatever runs on this connection now. Safe from any thread.
    void cancelRunningQuery() noexcept;

    // Classifies an exception thrown by libpqxx while connected.
    static Error translate(const std::exception &e, bool cancelRequested);
    // Classifies a failure to connect (libpq reports these as text only).
    static Error translateConnectFailure(const std::exception &e);
    // Splits libpq's "ERROR:  msg\nDETAIL:  ...\nHINT:  ..." into its fields.
    static ServerMessage parseServerText(const std::string &text, const std::string &sqlstate);

private:
    std::unique_ptr<pqxx::connection> m_conn;
    int m_serverVersion = 0;
};

// Text of a field, NULL as an empty string.
QString fieldText(const pqxx::field &field);
// A one-dimensional text[] result as a list; NULL elements become empty strings.
QStringList fieldTextArray(const pqxx::field &field);
// A PostgreSQL array literal for text[] parameters, e.g. {"a","b\"c"}.
std::string textArrayLiteral(const QStringList &values);

} // namespace fkscope
