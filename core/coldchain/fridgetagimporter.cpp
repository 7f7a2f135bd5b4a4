#include "coldchain/fridgetagimporter.h"

#include <map>

#include "coldchain/importsupport.h"

namespace vax {

using importsupport::ImportText;
using importsupport::lineError;
using importsupport::parseCelsius;

namespace {

struct Line {
    int number = 0;
    int indent = 0;
    QString key;
    QString value;
    QString raw;
};

// "Min T: +18.0, TS Min T: 00:00" → {"Min T": "+18.0", "TS Min T": "00:00"}
std::map<QString, QString> fields(const QString& content)
{
    std::map<QString, QString> result;
    for (const QString& part : content.split(QStringLiteral(", "))) {
        const int colon = part.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        result[part.left(colon).trimmed()] = part.mid(colon + 1).trimmed();
    }
    return result;
}

class Parser {
public:
    Parser(importsupport::LineReader& in, const QTimeZone& zone) : m_in(in), m_zone(zone) {}

    Result<LoggerReport> run()
    {
        QString section;
        while (true) {
            VAX_TRY_VALUE(auto next, m_in.nextLine());
            const int number = m_in.lineNumber();
            if (number <= 1 && (!next || !next->startsWith(QLatin1String("Device:"))))
                return makeError(ErrorCode::ImportFormat,
                                 ImportText::tr("This is not a Fridge-tag report: its first line "
                                                "should start with \"Device:\". Export the "
                                                "report again from the logger."),
                                 QStringLiteral("file"));
            if (!next)
                break;
            const QString& raw = *next;
            if (raw.trimmed().isEmpty())
                continue;
            if (raw.startsWith(QLatin1Char('\t'))) {
                if (section != QLatin1String("Data"))
                    return lineError(number, ImportText::tr("a tab-indented reading outside "
                                                            "the \"Data:\" section."));
                VAX_TRY(dataLine(number, raw));
                continue;
            }
            int indent = 0;
            while (indent < raw.size() && raw.at(indent) == QLatin1Char(' '))
                ++indent;
            const QString content = raw.mid(indent);
            const int colon = content.indexOf(QLatin1Char(':'));
            if (colon < 0)
                return lineError(number, ImportText::tr("expected \"name: value\", found "
                                                        "\"%1\".")
                                             .arg(content.left(40)));
            Line line{number, indent, content.left(colon).trimmed(),
                      content.mid(colon + 1).trimmed(), content};
            if (indent == 0) {
                section = line.key;
                VAX_TRY(topLevel(line));
                continue;
            }
            if (section == QLatin1String("Conf"))
                VAX_TRY(confLine(line));
            else if (section == QLatin1String("Hist"))
                VAX_TRY(histLine(line));
            // Errors, Cert and sections of other firmware carry nothing we import.
        }
        VAX_TRY(finishDay());
        if (m_report.days.empty() && m_report.readings.empty())
            return makeError(ErrorCode::ImportFormat,
                             ImportText::tr("The Fridge-tag report has no daily history and no "
                                            "readings. Export a report that includes the "
                                            "history."),
                             QStringLiteral("file"));
        return m_report;
    }

private:
    Status topLevel(const Line& line)
    {
        if (line.key == QLatin1String("Device")) {
            if (!line.value.startsWith(QLatin1String("Q-tag Fridge-tag 2")))
                return makeError(ErrorCode::ImportFormat,
                                 ImportText::tr("Line %1: device \"%2\" is not a Fridge-tag 2 "
                                                "or 2 L; this report variant cannot be "
                                                "imported. Use a plain timestamp,celsius CSV.")
                                     .arg(line.number)
                                     .arg(line.value),
                                 QStringLiteral("line:%1").arg(line.number));
            m_report.device = line.value;
            const QString compact = QString(line.value).remove(QLatin1Char(' '));
            m_report.format = compact.endsWith(QLatin1String("2L")) ? QStringLiteral("fridgetag2l")
                                                                    : QStringLiteral("fridgetag2");
        } else if (line.key == QLatin1String("Fw Vers")) {
            m_report.firmware = line.value;
        } else if (line.key == QLatin1String("Sensor")) {
            if (line.value != QLatin1String("1"))
                return lineError(line.number, ImportText::tr("reports of %1 sensors are not "
                                                             "supported; only one sensor is.")
                                                  .arg(line.value));
        } else if (line.key == QLatin1String("Hist")) {
            m_inHist = true;
        } else if (line.key == QLatin1String("Data")) {
            VAX_TRY(finishDay());
        } else if (m_inHist) {
            VAX_TRY(finishDay());
            m_inHist = false;
        }
        return {};
    }

    Status confLine(const Line& line)
    {
        if (line.indent == 1) {
            m_inConfAlarm = line.key == QLatin1String("Alarm");
            if (line.key == QLatin1String("Serial"))
                m_report.serial = line.value;
            else if (line.key == QLatin1String("Temp unit") && line.value != QLatin1String("C"))
                return lineError(line.number, ImportText::tr("temperature unit \"%1\" is not "
                                                             "supported; set the logger to °C.")
                                                  .arg(line.value));
            else if (line.key == QLatin1String("Logging Interval"))
                m_report.loggingIntervalMinutes = line.value.toInt();
            return {};
        }
        if (!m_inConfAlarm)
            return {};
        if (line.indent == 2) {
            bool ok = false;
            m_alarmIndex = line.key.toInt(&ok);
            if (!ok)
                return lineError(line.number, ImportText::tr("an alarm number was expected."));
            return {};
        }
        const auto f = fields(line.raw);
        const auto limit = f.count(QStringLiteral("T AL"))
                               ? parseCelsius(f.at(QStringLiteral("T AL")))
                               : std::nullopt;
        bool ok = false;
        const int delay =
            f.count(QStringLiteral("t AL")) ? f.at(QStringLiteral("t AL")).toInt(&ok) : 0;
        if (!limit || !ok || m_alarmIndex < 0)
            return lineError(line.number, ImportText::tr("an alarm needs \"T AL: limit, t AL: "
                                                         "minutes\"."));
        m_report.alarms.push_back({m_alarmIndex, *limit, delay});
        m_alarmIndex = -1;
        return {};
    }

    Status histLine(const Line& line)
    {
        if (line.indent == 1) {
            bool numbered = false;
            line.key.toInt(&numbered);
            if (numbered && line.value.isEmpty()) {
                VAX_TRY(finishDay());
                m_day = LoggerDay{};
                m_day.alarmMinutes.assign(m_report.alarms.size(), 0);
                m_dayLine = line.number;
                m_haveDay = true;
            }
            return {};
        }
        if (!m_haveDay)
            return {};
        if (line.indent == 2) {
            m_inDayAlarm = line.key == QLatin1String("Alarm");
            const auto f = fields(line.raw);
            if (line.key == QLatin1String("Date")) {
                m_day.date = QDate::fromString(line.value, Qt::ISODate);
                if (!m_day.date.isValid())
                    return lineError(line.number, ImportText::tr("the date \"%1\" is not "
                                                                 "YYYY-MM-DD.")
                                                      .arg(line.value));
                m_seen |= 1;
            } else if (line.key == QLatin1String("Min T")) {
                VAX_TRY(tempAndTime(line, f, QStringLiteral("Min T"), QStringLiteral("TS Min T"),
                                    &m_day.minC, &m_day.minAt));
                m_seen |= 2;
            } else if (line.key == QLatin1String("Max T")) {
                VAX_TRY(tempAndTime(line, f, QStringLiteral("Max T"), QStringLiteral("TS Max T"),
                                    &m_day.maxC, &m_day.maxAt));
                m_seen |= 4;
            } else if (line.key == QLatin1String("Avrg T")) {
                const auto avg = parseCelsius(line.value);
                if (!avg)
                    return lineError(line.number, ImportText::tr("the average temperature "
                                                                 "\"%1\" is not a number.")
                                                      .arg(line.value));
                m_day.avgC = *avg;
                m_seen |= 8;
            }
            return {};
        }
        if (!m_inDayAlarm)
            return {};
        if (line.indent == 3) {
            bool ok = false;
            m_alarmIndex = line.key.toInt(&ok);
            if (!ok)
                return lineError(line.number, ImportText::tr("an alarm number was expected."));
            return {};
        }
        if (line.key == QLatin1String("t Acc")) {
            const auto f = fields(line.raw);
            bool ok = false;
            const int minutes = f.at(QStringLiteral("t Acc")).toInt(&ok);
            size_t pos = m_report.alarms.size();
            for (size_t i = 0; i < m_report.alarms.size(); ++i) {
                if (m_report.alarms[i].index == m_alarmIndex)
                    pos = i;
            }
            if (!ok || minutes < 0 || minutes > 1440)
                return lineError(line.number, ImportText::tr("alarm minutes \"%1\" must be a "
                                                             "whole number from 0 to 1440.")
                                                  .arg(f.at(QStringLiteral("t Acc"))));
            if (pos == m_report.alarms.size())
                return lineError(line.number, ImportText::tr("alarm %1 is not in the report's "
                                                             "alarm configuration.")
                                                  .arg(m_alarmIndex));
            m_day.alarmMinutes[pos] = minutes;
        }
        return {};
    }

    Status tempAndTime(const Line& line, const std::map<QString, QString>& f, const QString& tKey,
                       const QString& tsKey, double* celsius, QTime* at)
    {
        const auto t = f.count(tKey) ? parseCelsius(f.at(tKey)) : std::nullopt;
        const QTime time =
            f.count(tsKey) ? QTime::fromString(f.at(tsKey), QStringLiteral("HH:mm")) : QTime();
        if (!t || !time.isValid())
            return lineError(line.number, ImportText::tr("expected \"%1: temperature, %2: "
                                                         "HH:MM\".")
                                              .arg(tKey, tsKey));
        *celsius = *t;
        *at = time;
        return {};
    }

    Status finishDay()
    {
        if (!m_haveDay)
            return {};
        m_haveDay = false;
        if (m_seen != 15)
            return lineError(m_dayLine, ImportText::tr("this day lacks its date, minimum, "
                                                       "maximum or average temperature."));
        m_seen = 0;
        m_report.days.push_back(m_day);
        return {};
    }

    Status dataLine(int number, const QString& raw)
    {
        const QStringList cols = raw.mid(1).split(QLatin1Char('\t'));
        if (!m_dataHeaderSeen) {
            m_dataHeaderSeen = true;
            if (cols.value(0).startsWith(QLatin1String("yyyy")))
                return {};
        }
        const QDateTime local =
            QDateTime::fromString(cols.value(0), QStringLiteral("yyyy-MM-dd HH:mm"));
        const auto t = parseCelsius(cols.value(1));
        if (cols.size() < 2 || cols.size() > 3 || !local.isValid() || !t)
            return lineError(number, ImportText::tr("expected \"YYYY-MM-DD HH:MM<tab>"
                                                    "temperature\", found \"%1\".")
                                         .arg(raw.trimmed().left(60)));
        m_report.readings.push_back({QDateTime(local.date(), local.time(), m_zone), *t, number});
        return {};
    }

    importsupport::LineReader& m_in;
    QTimeZone m_zone;
    LoggerReport m_report;
    bool m_inHist = false;
    bool m_inConfAlarm = false;
    bool m_inDayAlarm = false;
    bool m_haveDay = false;
    bool m_dataHeaderSeen = false;
    int m_alarmIndex = -1;
    int m_dayLine = 0;
    int m_seen = 0;
    LoggerDay m_day;
};

}  // namespace

bool FridgeTagImporter::recognises(const QString& text)
{
    QString head = text.left(64);
    if (head.startsWith(QChar(0xFEFF)))
        head.remove(0, 1);
    return head.startsWith(QLatin1String("Device:")) && head.contains(QLatin1String("Fridge-tag"));
}

Result<LoggerReport> FridgeTagImporter::parse(const QString& text, const QTimeZone& zone)
{
    return importsupport::readText(text,
                                   [&](importsupport::LineReader& in) { return parse(in, zone); });
}

Result<LoggerReport> FridgeTagImporter::parse(importsupport::LineReader& in, const QTimeZone& zone)
{
    return Parser(in, zone).run();
}

}  // namespace vax
