// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace fkscope {

// Shared between the thread that runs a job and the thread that may cancel it. Copies share state.
// A running database query registers a hook (e.g. PQcancel) so that cancel() stops it on the server.
class CancelToken
{
public:
    CancelToken();

    void cancel() const;
    bool isCancelled() const;

    // Runs `hook` on cancel() until the returned guard is destroyed. If the token is already cancelled,
    // the hook runs at once. The hook may be called from another thread.
    class HookGuard
    {
    public:
        HookGuard() = default;
        HookGuard(HookGuard &&other) noexcept;
        HookGuard &operator=(HookGuard &&other) noexcept;
        HookGuard(const HookGuard &) = delete;
        HookGuard &operator=(const HookGuard &) = delete;
        ~HookGuard();

    private:
        friend class CancelToken;
        struct State;
        void release() noexcept;
        explicit HookGuard(std::shared_ptr<State> state);
        std::shared_ptr<State> m_state;
    };
    [[nodiscard]] HookGuard onCancel(std::function<void()> hook) const;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace fkscope
