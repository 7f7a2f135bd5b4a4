#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

#include "common/result.h"

namespace vax::importsupport {

// What one imported logger file may hold. A year of readings every 5 minutes is about 105,000
// lines and 3 MB; the limits leave room for that and refuse anything that would not fit in
// memory or take minutes to read. Bytes are counted as they are read, so a pipe or /dev/zero
// is refused as soon as it passes the limit.
struct ImportLimits {
    qint64 maxBytes = qint64(16) << 20;  // 16 MiB
    int maxLines = 250'000;
    int maxLineBytes = 4096;
};

// Reads a logger file from a device chunk by chunk: physical lines (Fridge-tag reports) or
// RFC 4180 CSV records (quoted fields with commas, doubled quotes and line breaks; CRLF, LF or
// CR; a UTF-8 byte-order mark). Holds at most one chunk and one line or record in memory. Over
// any of `limits` it returns an ErrorCode::ImportTooLarge error naming the file, the limit and
// the fix; a quoted field left open is an ErrorCode::ImportLine error.
class LineReader {
    Q_DECLARE_TR_FUNCTIONS(TemperatureImport)

public:
    LineReader(QIODevice& in, QString fileName, const ImportLimits& limits = {});

    // The next line without its line break; nullopt at the end of the file.
    Result<std::optional<QString>> nextLine();
    // The next CSV record's fields (untrimmed); an empty line is one empty field. nullopt at
    // the end of the file.
    Result<std::optional<QStringList>> nextRecord();

    // The number (from 1) of the first line of what was returned last.
    int lineNumber() const { return m_recordLine; }
    // The text of what was returned last, as in the file (at most maxLineBytes).
    QString rawText() const { return QString::fromUtf8(m_raw); }
    const QString& fileName() const { return m_fileName; }

private:
    // The next byte, or -1 at the end of the file; an Error when over the size limit.
    Result<int> next();
    Result<int> peek();
    Status appendRaw(char c);
    Status newLine();
    Error tooLarge(const QString& what) const;

    QIODevice& m_in;
    QString m_fileName;
    ImportLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_started = false;
    int m_line = 0;        // lines begun so far
    int m_recordLine = 0;  // first line of the last record
    QByteArray m_raw;
};

// Runs `read` on a reader over text already in memory: the importers' entry points for a
// string.
template <typename Read>
auto readText(const QString& text, Read&& read)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LineReader in(buffer, LineReader::tr("The file"));
    return read(in);
}

// Calls `visit(fields, lineNumber, rawText)`, which returns a Status, for every CSV record that
// is not blank; stops at the first error, the reader's or the one `visit` returns.
template <typename Visit>
Status forEachRecord(LineReader& in, Visit&& visit)
{
    while (true) {
        auto record = in.nextRecord();
        if (!record)
            return record.error();
        if (!*record)
            return {};
        const QStringList& fields = **record;
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue;
        VAX_TRY(visit(fields, in.lineNumber(), in.rawText().trimmed()));
    }
}

}  // namespace vax::importsupport
