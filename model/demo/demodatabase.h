// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace fkscope {

// The embedded demo database: resources/demo/demo.sql (compiled into the binary) built into a
// SQLite file under the user's data directory on first use, and rebuilt when the SQL changes (the
// file name carries a hash of it). Never downloaded. Throws fkscope::Error when it cannot be written.
QString ensureDemoDatabase();
// The SQL it is built from.
QByteArray demoSql();

} // namespace fkscope
