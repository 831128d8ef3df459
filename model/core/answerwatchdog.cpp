// SPDX-License-Identifier: Apache-2.0
#include "answerwatchdog.h"

#include <QCoreApplication>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>

namespace fkscope {

AnswerWatchdog::AnswerWatchdog(int socket, int statementTimeoutMs)
    : m_timeoutMs(statementTimeoutMs)
{
    tcp_info info{};
    socklen_t length = sizeof info;
    if (statementTimeoutMs <= 0 || socket < 0 || getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return; // no limit, or a unix socket
    const long long limitMs = static_cast<long long>(statementTimeoutMs) + kGraceMs;
    m_thread = std::thread([this, socket, limitMs] {
        const auto start = std::chrono::steady_clock::now();
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, std::chrono::milliseconds(250), [this] { return m_done; })) {
            tcp_info now{};
            socklen_t size = sizeof now;
            if (getsockopt(socket, IPPROTO_TCP, TCP_INFO, &now, &size) != 0)
                return;
            const long long sinceStart =
                std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
            if (std::min<long long>(now.tcpi_last_data_recv, sinceStart) > limitMs) {
                m_fired = true;
                ::shutdown(socket, SHUT_RDWR); // the blocked read returns; the connection is done
                return;
            }
        }
    });
}

AnswerWatchdog::~AnswerWatchdog()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

Error AnswerWatchdog::noAnswer() const
{
    return Error(ErrorKind::ConnectionLost,
                 QCoreApplication::translate("fkscope::Messages", "The server sent nothing for %1 s, the statement timeout and %2 s more: the "
                                                                  "network or a proxy on the way has stopped passing data. The connection was closed.")
                     .arg((m_timeoutMs + kGraceMs) / 1000)
                     .arg(kGraceMs / 1000));
}

} // namespace fkscope
