#include "coldchain/importreader.h"

namespace vax::importsupport {

namespace {
constexpr qint64 kChunkBytes = 64 * 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 0);
}
}  // namespace

LineReader::LineReader(QIODevice& in, QString fileName, const ImportLimits& limits)
    : m_in(in), m_fileName(std::move(fileName)), m_limits(limits)
{
}

Error LineReader::tooLarge(const QString& what) const
{
    return makeError(ErrorCode::ImportTooLarge,
                     tr("%1: %2 Split the logger export (for example by month) and import the "
                        "parts one by one; nothing was imported.")
                         .arg(m_fileName, what),
                     QStringLiteral("file"));
}

Result<int> LineReader::peek()
{
    if (m_pos >= m_buffer.size()) {
        if (m_atEnd)
            return -1;
        // Read at most one byte past the limit: what was actually read is what counts.
        const qint64 want = std::min(kChunkBytes, m_limits.maxBytes + 1 - m_bytesRead);
        if (want <= 0)
            return tooLarge(tr("the file is larger than %1 MB, the most one import takes.")
                                .arg(megabytes(m_limits.maxBytes)));
        m_buffer.resize(static_cast<qsizetype>(want));
        const qint64 n = m_in.read(m_buffer.data(), want);
        if (n < 0)
            return makeError(ErrorCode::Io,
                             tr("Cannot read %1: %2. Check the file and import it again.")
                                 .arg(m_fileName, m_in.errorString()),
                             QStringLiteral("file"));
        m_buffer.resize(static_cast<qsizetype>(n));
        m_pos = 0;
        m_bytesRead += n;
        if (n == 0) {
            m_atEnd = true;
            return -1;
        }
        if (m_bytesRead > m_limits.maxBytes)
            return tooLarge(tr("the file is larger than %1 MB, the most one import takes.")
                                .arg(megabytes(m_limits.maxBytes)));
        if (!m_started) {
            m_started = true;
            if (m_buffer.startsWith("\xEF\xBB\xBF"))
                m_pos = 3;  // the UTF-8 byte-order mark
            if (m_pos >= m_buffer.size())
                return peek();
        }
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

Result<int> LineReader::next()
{
    auto c = peek();
    if (c && *c >= 0)
        ++m_pos;
    return c;
}

Status LineReader::appendRaw(char c)
{
    if (m_raw.size() >= m_limits.maxLineBytes)
        return tooLarge(tr("line %1 is longer than %2 bytes; a logger file's lines are short.")
                            .arg(m_recordLine)
                            .arg(m_limits.maxLineBytes));
    m_raw.append(c);
    return {};
}

Status LineReader::newLine()
{
    if (m_line >= m_limits.maxLines)
        return tooLarge(tr("the file has more than %1 lines, the most one import takes.")
                            .arg(m_limits.maxLines));
    ++m_line;
    return {};
}

Result<std::optional<QString>> LineReader::nextLine()
{
    m_raw.clear();
    auto c = next();
    if (!c)
        return c.error();
    if (*c < 0)
        return std::optional<QString>();
    VAX_TRY(newLine());
    m_recordLine = m_line;
    while (*c >= 0 && *c != '\n' && *c != '\r') {
        VAX_TRY(appendRaw(static_cast<char>(*c)));
        c = next();
        if (!c)
            return c.error();
    }
    if (*c == '\r') {
        VAX_TRY_VALUE(auto after, peek());
        if (after == '\n')
            ++m_pos;
    }
    return std::optional<QString>(QString::fromUtf8(m_raw));
}

Result<std::optional<QStringList>> LineReader::nextRecord()
{
    m_raw.clear();
    auto c = next();
    if (!c)
        return c.error();
    if (*c < 0)
        return std::optional<QStringList>();
    VAX_TRY(newLine());
    m_recordLine = m_line;
    QStringList fields;
    QByteArray field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // this field was quoted (text after its closing quote is kept)
    while (true) {
        if (*c < 0) {
            if (quoted)
                return makeError(ErrorCode::ImportLine,
                                 tr("Line %1: a quoted field is not closed before the end of "
                                    "the file. Fix the file or export it again; nothing was "
                                    "imported.")
                                     .arg(m_recordLine),
                                 QStringLiteral("line:%1").arg(m_recordLine));
            break;
        }
        const char ch = static_cast<char>(*c);
        if (quoted) {
            VAX_TRY(appendRaw(ch));
            if (ch == '"') {
                VAX_TRY_VALUE(auto after, peek());
                if (after == '"') {
                    ++m_pos;
                    VAX_TRY(appendRaw('"'));
                    field.append('"');
                } else {
                    quoted = false;
                }
            } else {
                if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        VAX_TRY_VALUE(auto after, peek());
                        if (after == '\n') {
                            ++m_pos;
                            VAX_TRY(appendRaw('\n'));
                        }
                    }
                    VAX_TRY(newLine());
                    field.append('\n');
                } else {
                    field.append(ch);
                }
            }
        } else if (ch == ',') {
            VAX_TRY(appendRaw(ch));
            fields << QString::fromUtf8(field);
            field.clear();
            wasQuoted = false;
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r') {
                VAX_TRY_VALUE(auto after, peek());
                if (after == '\n')
                    ++m_pos;
            }
            break;
        } else if (ch == '"' && !wasQuoted && field.trimmed().isEmpty()) {
            VAX_TRY(appendRaw(ch));
            field.clear();  // blanks before the opening quote are not part of the value
            quoted = true;
            wasQuoted = true;
        } else {
            VAX_TRY(appendRaw(ch));
            field.append(ch);
        }
        c = next();
        if (!c)
            return c.error();
    }
    fields << QString::fromUtf8(field);
    return std::optional<QStringList>(std::move(fields));
}

}  // namespace vax::importsupport
