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
// Variadic so that an expression with a top-level comma (a template argument list, a braced
// initializer) needs no extra parentheses.
#define VAX_TRY(...)                          \
    do {                                      \
        auto vax_try_result_ = (__VA_ARGS__); \
        if (!vax_try_result_.ok())            \
            return vax_try_result_.error();   \
    } while (false)

// Value-returning try: declares DECL as the value of EXPR (a Result<T>), or returns its error.
//   VAX_TRY_VALUE(auto person, PersonRepository::find(db, id));  // person is the T
// EXPR may contain commas; DECL may not at top level (write `auto x` for a type like
// std::pair<A, B>). The value is moved out of the Result, so move-only types work. The hidden
// Result stays in scope (moved from) until the end of the block.
#define VAX_TRY_VALUE(decl, ...) VAX_TRY_VALUE_OR(decl, , __VA_ARGS__)

// The same for a caller that does not return a Result: on error returns ON_ERROR(error), e.g. the
// command-line tool's  VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
#define VAX_TRY_VALUE_OR(decl, onError, ...) \
    VAX_TRY_VALUE_IMPL_(VAX_TRY_CONCAT_(vax_try_value_, __LINE__), decl, onError, __VA_ARGS__)
#define VAX_TRY_VALUE_IMPL_(tmp, decl, onError, ...) \
    auto tmp = (__VA_ARGS__);                        \
    if (!tmp.ok())                                   \
        return onError(tmp.error());                 \
    decl = std::move(tmp).value()
#define VAX_TRY_CONCAT_(a, b) VAX_TRY_CONCAT_INNER_(a, b)
#define VAX_TRY_CONCAT_INNER_(a, b) a##b
