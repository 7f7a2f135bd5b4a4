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

    // While non-zero, every xWrite and xTruncate answers this code (SQLITE_FULL: a full disk).
    static void setFailWrites(int code);
    // While set, a database file opened for writing is opened read-only, as the platform VFS
    // does with a file it may not write (a read-only file, even for root).
    static void setReadOnlyDatabase(bool readOnly);
    // While set, creating a -wal file fails with SQLITE_CANTOPEN (a folder that cannot be
    // written, even for root).
    static void setRefuseJournalCreate(bool refuse);
    // While non-zero, opening a database file answers this code (SQLITE_PERM: no permission).
    static void setFailDatabaseOpen(int code);
    // Every fault off.
    static void reset();
};

}  // namespace vax::test
