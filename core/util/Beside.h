// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <type_traits>
#include <utility>

namespace pepin {

// Work done beside the calling thread, on a second processor: one thread, kept for the life of
// the program, so that the memory it takes and gives back is its own again at the next piece of
// work rather than a new thread's, which the system must clear first (see Memory.h; the thread
// asks for huge pages). The companies, as the lists are read (Store::readLists), and then the
// alerts and the rent roll of the dashboard's figures (DashboardFigures::compute) run there.

// How runBeside takes the thread; nothing else calls these.
namespace besideThread {
// Claims the thread beside for one piece of work: false if it is claimed already (work beside
// asking for more, two stores opened at once).
bool claim();
// Gives the thread back, as the work ends, before its result is given, so that whoever gets
// the result finds the thread free.
void release();
// Starts work on the thread claimed.
void start(std::function<void()> work);
} // namespace besideThread

// The result of work run beside (runBeside), given by get(). If it is dropped before get(), it
// waits for work already started to end, so that work that refers to the caller's variables
// never outlives them; work not started is left undone.
template<typename Value>
class Beside
{
public:
    Beside() = default;
    explicit Beside(std::future<Value> future)
        : m_future(std::move(future))
    {
    }
    Beside(Beside &&) noexcept = default;
    Beside &operator=(Beside &&other) noexcept
    {
        waitForStarted();
        m_future = std::move(other.m_future);
        return *this;
    }
    Beside(const Beside &) = delete;
    Beside &operator=(const Beside &) = delete;
    ~Beside() { waitForStarted(); }

    bool valid() const { return m_future.valid(); }
    Value get() { return m_future.get(); }

private:
    void waitForStarted()
    {
        if (m_future.valid() && m_future.wait_for(std::chrono::seconds(0)) != std::future_status::deferred)
            m_future.wait();
    }

    std::future<Value> m_future;
};

// Runs `work` on the thread beside, or, when that thread is busy, on the calling thread at get():
// whoever asks gets its result through get() either way.
template<typename Work>
Beside<std::invoke_result_t<Work>> runBeside(Work work)
{
    using Value = std::invoke_result_t<Work>;
    if (!besideThread::claim())
        return Beside<Value>(std::async(std::launch::deferred, std::move(work)));
    auto promise = std::make_shared<std::promise<Value>>();
    Beside<Value> result(promise->get_future());
    besideThread::start([promise, work = std::move(work)]() mutable {
        try {
            if constexpr (std::is_void_v<Value>) {
                work();
                besideThread::release();
                promise->set_value();
            } else {
                Value value = work();
                besideThread::release();
                promise->set_value(std::move(value));
            }
        } catch (...) {
            besideThread::release();
            promise->set_exception(std::current_exception());
        }
    });
    return result;
}

} // namespace pepin
