#pragma once

namespace vax::test {

// A SQLite VFS that passes every call to the platform's default VFS and can make fsync fail:
// what a dying disk or a full NFS server does to a commit. install() registers it as the default
// VFS of this process (every connection opened afterwards goes through it, the QSQLITE driver's
// too, as it uses the same system libsqlite3); idempotent.
class FaultVfs {
public:
    static void install();
    // While set, every xSync answers SQLITE_IOERR_FSYNC without syncing.
    static void setFailSync(bool fail);
    // xSync calls seen so far (failed or not): proves the connections go through the shim.
    static long syncCalls();
    static long failedSyncs();
};

}  // namespace vax::test
