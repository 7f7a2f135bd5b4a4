#pragma once

// A site act of the window that may wait on the network and the keychain (joining the server,
// keeping a new server password) runs on a worker thread, never the window's: with a connection
// to the desk's database file and a secret store of that thread's own, closed when it ends.
#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

#include "common/result.h"
#include "security/secretstore.h"
#include "sitesync/sitereplicator.h"
#include "storage/database.h"

namespace vax::ui {

template <typename T>
QFuture<Result<T>> runDeskJob(const QString& path, SecretStoreFactory secrets,
                              std::function<Result<T>(Database&, SecretStore&)> work)
{
    return QtConcurrent::run(
        [path, secrets = std::move(secrets), work = std::move(work)]() -> Result<T> {
            VAX_TRY_VALUE(auto db, openWorkerConnection(path));
            const std::unique_ptr<SecretStore> store = secrets();
            return work(*db, *store);
        });
}

}  // namespace vax::ui
