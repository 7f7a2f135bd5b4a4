#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace vax::test {

// Sets (or, with nullptr, unsets) an environment variable for one scope, then restores it.
class EnvGuard {
public:
    EnvGuard(const char* name, const char* value)
        : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value)
            qputenv(name, QByteArray(value));
        else
            qunsetenv(name);
    }
    ~EnvGuard()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard&) = delete;
    EnvGuard& operator=(const EnvGuard&) = delete;

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_old;
};

}  // namespace vax::test
