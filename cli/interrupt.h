// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"

#include <QString>

namespace fkscope::cli {

// Ctrl+C (SIGINT) and SIGTERM during a command. While an InterruptWatch lives, the first signal
// cancels interruptToken(): the query running on the server is cancelled there (a verification's
// transaction rolls back), the command unwinds with its one-line message, and no output file is
// committed. If the command has not ended 5 s later, or on a second signal, the process ends at once.
// Either way the exit code is 128 + the signal's number, as a shell reports a signal.
class InterruptWatch
{
public:
    InterruptWatch(); // blocks both signals in this thread and the threads it starts later
    ~InterruptWatch();
    InterruptWatch(const InterruptWatch &) = delete;
    InterruptWatch &operator=(const InterruptWatch &) = delete;
};

// The token every command passes to its database work.
const CancelToken &interruptToken();
// The signal that interrupted the command; 0 when none did.
int interruptSignal();
// Throws Error(Cancelled) naming `path` when the command was interrupted: called right before an
// output file is committed, so an interrupted command leaves none.
void throwIfInterrupted(const QString &path);

} // namespace fkscope::cli
