#include "support/faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace vax::test {

namespace {

std::atomic<bool> g_failSync{false};
std::atomic<long> g_syncCalls{0};
std::atomic<long> g_failedSyncs{0};
std::atomic<int> g_failWrites{0};
std::atomic<bool> g_readOnlyDatabase{false};
std::atomic<bool> g_refuseJournalCreate{false};
std::atomic<int> g_failDatabaseOpen{0};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

// Our file: the header SQLite sees, followed by the real VFS's file.
struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<ShimFile*>(f)->real;
}

int shimClose(sqlite3_file* f)
{
    return real(f)->pMethods->xClose(real(f));
}
int shimRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off)
{
    return real(f)->pMethods->xRead(real(f), buf, n, off);
}
int shimWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off)
{
    if (const int code = g_failWrites.load())
        return code;
    return real(f)->pMethods->xWrite(real(f), buf, n, off);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (const int code = g_failWrites.load())
        return code;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file* f, int flags)
{
    ++g_syncCalls;
    if (g_failSync) {
        ++g_failedSyncs;
        return SQLITE_IOERR_FSYNC;
    }
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int shimUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int shimCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shimShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int shimShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int shimShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int shimFetch(sqlite3_file* f, sqlite3_int64 off, int n, void** out)
{
    return real(f)->pMethods->xFetch(real(f), off, n, out);
}
int shimUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p)
{
    return real(f)->pMethods->xUnfetch(real(f), off, p);
}

int shimOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(f);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->base.pMethods = nullptr;
    const bool mainDb = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    if (mainDb && g_failDatabaseOpen.load() != 0)
        return g_failDatabaseOpen.load();
    if ((flags & SQLITE_OPEN_WAL) && g_refuseJournalCreate.load() && name &&
        std::strlen(name) > 0) {
        int exists = 0;
        g_real->xAccess(g_real, name, SQLITE_ACCESS_EXISTS, &exists);
        if (!exists)
            return SQLITE_CANTOPEN;
    }
    if (mainDb && g_readOnlyDatabase.load() && (flags & SQLITE_OPEN_READWRITE)) {
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
        const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
        if (rc == SQLITE_OK && outFlags)
            *outFlags = flags;
        shim->base.pMethods = (rc == SQLITE_OK && shim->real->pMethods) ? &g_methods : nullptr;
        return rc;
    }
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set; the real file's methods decide the version.
    shim->base.pMethods = (rc == SQLITE_OK && shim->real->pMethods) ? &g_methods : nullptr;
    return rc;
}
int shimDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int shimFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void* shimDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void shimDlError(sqlite3_vfs*, int n, char* out)
{
    g_real->xDlError(g_real, n, out);
}
void (*shimDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void shimDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}
int shimRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_real->xRandomness(g_real, n, out);
}
int shimSleep(sqlite3_vfs*, int micros)
{
    return g_real->xSleep(g_real, micros);
}
int shimCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}
int shimGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_real->xGetLastError(g_real, n, out);
}
int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

}  // namespace

void FaultVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        g_methods = sqlite3_io_methods{};
        g_methods.iVersion = 3;
        g_methods.xClose = shimClose;
        g_methods.xRead = shimRead;
        g_methods.xWrite = shimWrite;
        g_methods.xTruncate = shimTruncate;
        g_methods.xSync = shimSync;
        g_methods.xFileSize = shimFileSize;
        g_methods.xLock = shimLock;
        g_methods.xUnlock = shimUnlock;
        g_methods.xCheckReservedLock = shimCheckReservedLock;
        g_methods.xFileControl = shimFileControl;
        g_methods.xSectorSize = shimSectorSize;
        g_methods.xDeviceCharacteristics = shimDeviceCharacteristics;
        g_methods.xShmMap = shimShmMap;
        g_methods.xShmLock = shimShmLock;
        g_methods.xShmBarrier = shimShmBarrier;
        g_methods.xShmUnmap = shimShmUnmap;
        g_methods.xFetch = shimFetch;
        g_methods.xUnfetch = shimUnfetch;

        g_vfs = sqlite3_vfs{};
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = "vax-fault";
        g_vfs.xOpen = shimOpen;
        g_vfs.xDelete = shimDelete;
        g_vfs.xAccess = shimAccess;
        g_vfs.xFullPathname = shimFullPathname;
        g_vfs.xDlOpen = shimDlOpen;
        g_vfs.xDlError = shimDlError;
        g_vfs.xDlSym = shimDlSym;
        g_vfs.xDlClose = shimDlClose;
        g_vfs.xRandomness = shimRandomness;
        g_vfs.xSleep = shimSleep;
        g_vfs.xCurrentTime = shimCurrentTime;
        g_vfs.xGetLastError = shimGetLastError;
        g_vfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

void FaultVfs::setFailSync(bool fail)
{
    g_failSync = fail;
}

long FaultVfs::syncCalls()
{
    return g_syncCalls;
}

long FaultVfs::failedSyncs()
{
    return g_failedSyncs;
}

void FaultVfs::setFailWrites(int code)
{
    g_failWrites = code;
}

void FaultVfs::setReadOnlyDatabase(bool readOnly)
{
    g_readOnlyDatabase = readOnly;
}

void FaultVfs::setRefuseJournalCreate(bool refuse)
{
    g_refuseJournalCreate = refuse;
}

void FaultVfs::setFailDatabaseOpen(int code)
{
    g_failDatabaseOpen = code;
}

void FaultVfs::reset()
{
    g_failSync = false;
    g_failWrites = 0;
    g_readOnlyDatabase = false;
    g_refuseJournalCreate = false;
    g_failDatabaseOpen = 0;
}

}  // namespace vax::test
