#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

#include "common/errorcode.h"

namespace vax {

// An error that crosses the core API: a stable code, a message already translated into the
// user's language that names the field and the fix, and the field it concerns (may be empty).
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;

    QString codeName() const { return errorCodeName(code); }
};

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field)};
}

// Result<T>: a value or an Error. No exceptions cross the core API.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace vax

// Propagate an error from an expression returning a Result: VAX_TRY(tx.commit());
#define VAX_TRY(expr)                       \
    do {                                    \
        auto vax_try_result_ = (expr);      \
        if (!vax_try_result_.ok())          \
            return vax_try_result_.error(); \
    } while (false)

// Value-returning try: declares DECL as the value of EXPR (a Result<T>), or returns its error.
//   VAX_TRY_VALUE(auto person, PersonRepository::find(db, id));  // person is the T
#define VAX_TRY_VALUE(decl, expr) \
    VAX_TRY_VALUE_IMPL_(VAX_TRY_CONCAT_(vax_try_value_, __LINE__), decl, expr)
#define VAX_TRY_VALUE_IMPL_(tmp, decl, expr) \
    auto tmp = (expr);                       \
    if (!tmp.ok())                           \
        return tmp.error();                  \
    decl = std::move(tmp).value()
#define VAX_TRY_CONCAT_(a, b) VAX_TRY_CONCAT_INNER_(a, b)
#define VAX_TRY_CONCAT_INNER_(a, b) a##b
