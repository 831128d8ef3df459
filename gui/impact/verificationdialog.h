// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactresult.h"
#include "impact/observeddelete.h"

#include <QDialog>

class QTableWidget;

namespace fkscope {

// Observed (the real DELETE, rolled back) beside predicted, per table; differences are marked.
class VerificationDialog : public QDialog
{
    Q_OBJECT

public:
    VerificationDialog(const ImpactResult &predicted, const ObservedDelete &observed, QWidget *parent = nullptr);
    bool agrees() const { return m_agrees; }
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    bool m_agrees = true;
};

} // namespace fkscope
