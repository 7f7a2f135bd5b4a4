#include "security/password.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vax {

namespace {
struct PasswordText {
    Q_DECLARE_TR_FUNCTIONS(Password)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
}  // namespace

Result<QString> hashPassword(const QString& password)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return makeError(ErrorCode::Internal,
                         PasswordText::tr("Hashing the password ran out of memory. Close other "
                                          "programs and try again."));
    }
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& storedHash, const QString& password)
{
    if (!sodiumReady())
        return false;
    const QByteArray hash = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString noLoginHash()
{
    return QStringLiteral("!");
}

Status checkPasswordStrength(const QString& password, const QString& field)
{
    bool onlyDigits = !password.isEmpty();
    for (const QChar c : password)
        onlyDigits = onlyDigits && c.isDigit();
    if (password.size() < 8 || onlyDigits) {
        return makeError(
            ErrorCode::WeakPassword,
            PasswordText::tr("%1: use at least 8 characters, not only digits.").arg(field), field);
    }
    return {};
}

bool isPinFormat(const QString& pin)
{
    if (pin.size() < 4 || pin.size() > 6)
        return false;
    for (const QChar c : pin)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

Status checkPinFormat(const QString& pin, const QString& field)
{
    if (!isPinFormat(pin)) {
        return makeError(ErrorCode::InvalidArgument,
                         PasswordText::tr("%1: use 4 to 6 digits (0–9).").arg(field), field);
    }
    // 0000, 1234, 9876 … are the first guesses of anyone at the desk.
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same || up || down) {
        return makeError(ErrorCode::InvalidArgument,
                         PasswordText::tr("%1: this PIN is too easy to guess; avoid repeated or "
                                          "consecutive digits.")
                             .arg(field),
                         field);
    }
    return {};
}

}  // namespace vax
