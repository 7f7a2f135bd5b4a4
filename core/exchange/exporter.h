#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <vector>

#include "common/result.h"
#include "common/sitecalendar.h"
#include "exchange/exportbatchrepository.h"

namespace vax {

class Clock;
class Database;
struct DaySummary;

// The tables an export reads, each after its own change_seq cursor.
const QStringList& exportedTables();

// Renders report.pdf from the day's summary. Core does not draw: the GUI passes one (QtGui);
// without one the bundle has no report.pdf and its manifest says why.
using ReportRenderer = std::function<QByteArray(const DaySummary&)>;
// Progress of an export: percent 0–100 and a step name ("read", "fhir", "hl7", "csv",
// "report", "write", "record").
using ExportProgress = std::function<void(int percent, const QString& step)>;

struct ExportRequest {
    QString outDir;
    QString actorId;       // needs Permission::Export
    QByteArray secretKey;  // Ed25519 (signingkey::load)
    ReportRenderer renderReport;
    ExportProgress progress;
    // The district's X25519 public key to seal the bundle to (.zip.sealed); empty: the site
    // setting export.seal_to_public_key decides (sealsetting.h), and without one the bundle is
    // a plain signed .zip.
    QByteArray sealTo = {};
    // The day the bundle closes: its summary.json and report.pdf, and the date in its file
    // name. Invalid: today (the site's calendar). The site day close names a past day.
    QDate day = {};
};

struct ExportReceipt {
    ExportBatch batch;
    int records = 0;  // 0: a zero report
};

// The export bundle of DESIGN.md §5: every change since the previous export (per-table
// change_seq cursors, read in one read transaction so the snapshot is consistent), as FHIR R4
// NDJSON, an HL7 v2.5.1 VXU batch, CSVs, summary.json and report.pdf, signed and chained to the
// previous bundle, optionally sealed for the district. The file is written durably and proven
// from disk (bundle::write) before the batch row and its cursor are recorded in one
// transaction: a failed write or proof records nothing and leaves no file (the records stay
// pending, the chain is unchanged); a failed commit removes the file.
class Exporter {
public:
    // Calendar rules use ctx.calendar (the site's zone). ctx.actorId is not used: the acting staff
    // member is named per call, as this object may outlive a login (the desk keeps it).
    Exporter(Database& db, const Clock& clock);

    Result<ExportReceipt> run(const ExportRequest& request);

    // Rows changed since the last export, per table (a person and their document are two rows).
    Result<QMap<QString, int>> pendingByTable();
    // The records the next export would hold, counted as the export counts them
    // (ExportBatch::counts "records"): read by the export's own reader, so the two never differ.
    Result<int> pendingRecords();
    // Newest first.
    Result<std::vector<ExportBatch>> history(int limit = 100);
    Result<std::optional<ExportBatch>> last();

    // Test-only: called after the bundle file is written and before the batch row commits; an
    // error it returns fails the export as a failed commit would.
    void setFaultHookForTesting(std::function<Status()> hook) { m_faultHook = std::move(hook); }

private:
    Database& m_db;
    const Clock& m_clock;
    SiteCalendar m_calendar;
    std::function<Status()> m_faultHook;
};

}  // namespace vax
