// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace fkscope::test {

// A hub-heavy schema of the kind that froze the window: `tables` tables spread over `schemas`
// schemas (app0, app1, ...), four hub tables (app0.t0 .. app0.t3) referenced by 42%, 19%, 10% and 5%
// of the FKs, the rest chains and random links between ordinary tables, a few self references.
// Every rule occurs. Deterministic for a given seed.
SchemaGraph hubSchema(int tables = 10000, int foreignKeys = 21000, int schemas = 4, quint32 seed = 20261201);

// Measures how late the GUI thread's event loop answers: a timer every 10 ms records the longest gap
// between two of its ticks. A stretch of GUI-thread work shows as a gap; a frozen window as a huge one.
// The longest a GUI-thread stall may last before a test calls it a freeze. Generous: the freeze
// this catches lasted over ten minutes; the benches measure tens of ms in a release build. Debug +
// ASan builds run the same GUI-thread work 30 to 70 times slower, so they get a wider bound that
// still catches a freeze.
#ifdef QT_DEBUG
constexpr qint64 kFreezeMs = 20000;
#else
constexpr qint64 kFreezeMs = 3000;
#endif

class LatencyProbe : public QObject
{
public:
    explicit LatencyProbe(QObject *parent = nullptr);
    void reset(); // starts a new phase
    qint64 longestStallMs() const; // the longest gap beyond the 10 ms period, this phase
    qint64 phaseMs() const { return m_phase.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_since, m_phase;
    qint64 m_longest = 0;
};

} // namespace fkscope::test
