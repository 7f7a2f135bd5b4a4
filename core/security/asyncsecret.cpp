#include "security/asyncsecret.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace vax {
namespace {

struct AsyncSecretText {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

Error jobError(QKeychain::Job* job)
{
    const bool refused =
        job->error() == QKeychain::AccessDenied || job->error() == QKeychain::AccessDeniedByUser;
    const QString what =
        refused
            ? AsyncSecretText::tr("The system keyring refused access (%1)").arg(job->errorString())
            : AsyncSecretText::tr("No keychain is available (%1)").arg(job->errorString());
    return makeError(ErrorCode::KeychainUnavailable,
                     AsyncSecretText::tr("%1. On Linux this needs a running secret service (GNOME "
                                         "Keyring or KWallet) in the desktop session. Use a "
                                         "passphrase-protected key file instead.")
                         .arg(what),
                     QStringLiteral("keychain"));
}

template <typename JobT>
JobT* newJob(const QString& service, const QString& key)
{
    auto* job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

}  // namespace

AsyncKeychainStore::AsyncKeychainStore(QString service) : m_service(std::move(service)) {}

void AsyncKeychainStore::get(const QString& key, QObject* context, GetDone done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job* j) {
                         if (j->error() == QKeychain::NoError)
                             done(std::optional<QByteArray>(
                                 static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData()));
                         else if (j->error() == QKeychain::EntryNotFound)
                             done(std::optional<QByteArray>());
                         else
                             done(jobError(j));
                     });
    job->start();
}

void AsyncKeychainStore::set(const QString& key, const QByteArray& value, QObject* context,
                             SetDone done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(value);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job* j) {
                         if (j->error() == QKeychain::NoError)
                             done(Status{});
                         else
                             done(jobError(j));
                     });
    job->start();
}

QString AsyncKeychainStore::describe() const
{
    return AsyncSecretText::tr("the system keychain");
}

}  // namespace vax
