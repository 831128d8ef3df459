// SPDX-License-Identifier: Apache-2.0
#include "interrupt.h"

#include "core/error.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include <pthread.h>
#include <unistd.h>

namespace fkscope::cli {

namespace {

std::atomic<int> g_signal{0};

sigset_t watchedSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

// Waits for the signals in a thread of its own (sigwait), so cancelling runs as ordinary code: a
// cancel hook takes locks and talks to the server, which a signal handler must not do.
void watch()
{
    const sigset_t set = watchedSignals();
    for (;;) {
        int sig = 0;
        if (sigwait(&set, &sig) != 0)
            return;
        if (g_signal.exchange(sig) != 0)
            _exit(128 + sig); // the second signal: no more waiting
        interruptToken().cancel();
        // The command unwinds in well under a second once its query is cancelled; work with no
        // cancel point (a Graphviz layout) is not waited for.
        std::thread([sig] {
            std::this_thread::sleep_for(std::chrono::seconds(5));
            _exit(128 + sig);
        }).detach();
    }
}

} // namespace

InterruptWatch::InterruptWatch()
{
    const sigset_t set = watchedSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread(watch).detach(); // lives as long as the process: sigwait has no clean way out
}

InterruptWatch::~InterruptWatch() = default;

const CancelToken &interruptToken()
{
    static const CancelToken token;
    return token;
}

int interruptSignal() { return g_signal.load(); }

void throwIfInterrupted(const QString &path)
{
    if (g_signal.load() != 0)
        throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::cli", "Interrupted: %1 was not written.").arg(path));
}

} // namespace fkscope::cli
