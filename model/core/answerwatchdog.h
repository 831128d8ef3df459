// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace fkscope {

// Watches a database connection's TCP socket from a thread of its own while a statement runs: when
// the server has sent no byte for the statement timeout and kGraceMs more (counted from the start at
// the earliest; the kernel's TCP_INFO says when data last came), the server's own timeout answer is
// not getting through (a network gone silent, a stuck proxy, whose kernel still acknowledges so
// that TCP keepalives see nothing wrong). It then shuts the socket down, so the client library's
// blocked read returns at once, and the caller reports noAnswer(). Off for a unix socket (no network
// to lose) and for a statement timeout <= 0.
class AnswerWatchdog
{
public:
    static constexpr int kGraceMs = 5000;

    AnswerWatchdog(int socket, int statementTimeoutMs);
    ~AnswerWatchdog();
    AnswerWatchdog(const AnswerWatchdog &) = delete;
    AnswerWatchdog &operator=(const AnswerWatchdog &) = delete;

    bool fired() const { return m_fired.load(); }
    int statementTimeoutMs() const { return m_timeoutMs; }
    // "The server sent nothing for N s...": what to tell the user once fired() (ConnectionLost).
    Error noAnswer() const;

private:
    int m_timeoutMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<bool> m_fired{false};
    std::thread m_thread;
};

} // namespace fkscope
