// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace fkscope {

// `mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?socket=PATH]` (or `mariadb://`), parts
// percent-decoded. Without a password in the URI, MYSQL_PWD, then the [client] group of ~/.my.cnf
// (as MySQL's own clients read them).
struct MysqlUri
{
    QString scheme; // "mysql" / "mariadb"
    QString user;
    std::optional<QString> password;
    QString host;
    int port = 0; // 0: the client library's default
    QString database; // may be empty: every database the user sees
    QString socket;

    // Throws fkscope::Error(BadArgument) for a text that is not such a URI. Reads text typed or
    // pasted by users: fuzzed (tests/fuzz/fuzz_mysqluri).
    static MysqlUri parse(const QString &text);
    static bool looksLikeUri(const QString &text);
    // The URI again, without the password.
    QString display() const;
};

} // namespace fkscope
