// SPDX-License-Identifier: Apache-2.0
#include "canceltoken.h"

namespace fkscope {

struct CancelToken::Shared
{
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::function<void()> hook;
};

struct CancelToken::HookGuard::State
{
    std::shared_ptr<CancelToken::Shared> shared;
};

CancelToken::CancelToken()
    : m_shared(std::make_shared<Shared>())
{
}

void CancelToken::cancel() const
{
    m_shared->cancelled.store(true);
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    if (m_shared->hook)
        m_shared->hook();
}

bool CancelToken::isCancelled() const { return m_shared->cancelled.load(); }

CancelToken::HookGuard CancelToken::onCancel(std::function<void()> hook) const
{
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->hook = std::move(hook);
        if (m_shared->cancelled.load() && m_shared->hook)
            m_shared->hook();
    }
    return HookGuard(std::make_shared<HookGuard::State>(HookGuard::State{m_shared}));
}

CancelToken::HookGuard::HookGuard(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}

CancelToken::HookGuard::HookGuard(HookGuard &&other) noexcept = default;
CancelToken::HookGuard &CancelToken::HookGuard::operator=(HookGuard &&other) noexcept
{
    // The hook this guard holds goes first: assigning an empty guard removes it.
    if (this != &other) {
        release();
        m_state = std::move(other.m_state);
    }
    return *this;
}

CancelToken::HookGuard::~HookGuard() { release(); }

void CancelToken::HookGuard::release() noexcept
{
    if (!m_state)
        return;
    // Taking the mutex waits for a hook that is running right now, so it never outlives its target.
    std::lock_guard<std::mutex> lock(m_state->shared->mutex);
    m_state->shared->hook = nullptr;
    m_state.reset();
}

} // namespace fkscope
