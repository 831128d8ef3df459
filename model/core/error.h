// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <exception>
#include <string>

namespace fkscope {

// What went wrong, in the terms a user acts on. Every failure of the model layer is one of these.
enum class ErrorKind {
    Unreachable, // no server answered at that address
    AuthenticationFailed, // wrong password, unknown role, no matching pg_hba entry
    DatabaseMissing,
    ConnectNotPermitted, // the role may not connect to that database
    ConnectFailed, // any other failure while connecting
    PermissionDenied, // connected, but a query lacks a privilege
    Timeout, // statement_timeout / lock_timeout fired
    Cancelled, // the user cancelled; the server query was cancelled too
    ConnectionLost, // the server went away mid-way
    DatabaseError, // any other error the server reported
    BadInput, // a malformed file
    BadArgument, // an argument that names nothing: no such table or column
    Unsupported, // the source or server version is not supported
};

// The server's own words, kept apart from fkscope's one-line summary.
struct ServerMessage
{
    QString sqlstate;
    QString severity;
    QString message;
    QString detail;
    QString hint;
    QString constraint;
    QString schema;
    QString table;
    QString column;
    // The engine's own error number: MySQL's errno (1451), SQLite's extended result code (787);
    // empty for PostgreSQL, whose code is the SQLSTATE.
    QString code;
};

class Error : public std::exception
{
public:
    Error(ErrorKind kind, QString summary, ServerMessage server = {});

    ErrorKind kind() const { return m_kind; }
    // One sentence that says what happened, fit for a status bar or a CLI's stderr.
    const QString &summary() const { return m_summary; }
    const ServerMessage &server() const { return m_server; }
    // The summary followed by the server's detail and hint, when it gave them.
    QString fullText() const;
    const char *what() const noexcept override { return m_what.c_str(); }

private:
    ErrorKind m_kind;
    QString m_summary;
    ServerMessage m_server;
    std::string m_what;
};

// The process exit code documented for the CLI: 3 connect/authenticate, 4 other database errors,
// 5 bad input file.
int exitCodeFor(ErrorKind kind);
QString toString(ErrorKind kind);

} // namespace fkscope
