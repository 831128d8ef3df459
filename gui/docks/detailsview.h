// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QTextBrowser>

namespace fkscope {

// The selected table or foreign key in words: columns, keys, indexes, checks, triggers, and every FK
// in and out with its rules.
class DetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsView(QWidget *parent = nullptr);
    void showTable(const SchemaGraph &graph, TableId table);
    void showForeignKey(const SchemaGraph &graph, ForeignKeyId fk);
    void showNothing();
};

} // namespace fkscope
