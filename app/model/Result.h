#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace caselens {

// A failure the user can read. Technical detail (SQL text, errno) goes to the log, not here.
struct Error {
    QString message;
};

// The outcome of an operation that can fail: a value or a user-readable Error.
// Errors cross every layer boundary as values; nothing in the core throws.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value is a success
        : m_value(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor): an Error is a failure
        : m_error(std::move(error.message))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const& { return *m_value; }

    const QString& error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error.message))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

} // namespace caselens
