// SPDX-License-Identifier: Apache-2.0
#include "licence.h"

#include <QCoreApplication>

namespace fkscope {

QString licenceSummary()
{
    return QCoreApplication::translate("fkscope::Messages",
                                       "Licensed under the Apache License, Version 2.0. It links Qt (LGPL-3.0), Graphviz "
                                       "(EPL-1.0), libpqxx (BSD-3-Clause), libpq (PostgreSQL licence) and SQLite (public "
                                       "domain), each under its own licence: see THIRD_PARTY_NOTICES, installed in "
                                       "/usr/share/doc/fkscope.");
}

} // namespace fkscope
