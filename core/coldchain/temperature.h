#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace vax {

// One temperature observation. `at` carries its offset; the database stores it in UTC.
struct TemperatureReading {
    QDateTime at;
    double celsius = 0;
    int line = 0;  // the line of the imported file it came from (0: not imported)
};

// The limits a fridge is held to. Defaults follow the Fridge-tag 2 factory alarms (DOMAIN §7).
struct FridgeThresholds {
    double minC = 2.0;
    double maxC = 8.0;
    int heatAlarmMinutes = 600;  // above maxC this long, continuously
    double freezeC = -0.5;
    int freezeAlarmMinutes = 60;  // below freezeC this long, continuously
};

// One alarm as configured in a logger: a limit and a delay before it fires.
struct LoggerAlarm {
    int index = 0;
    double limitC = 0;
    int delayMinutes = 0;
};

// One day of a logger's history (Fridge-tag "Hist" section).
struct LoggerDay {
    QDate date;
    double minC = 0;
    QTime minAt;
    double maxC = 0;
    QTime maxAt;
    double avgC = 0;
    // Accumulated minutes in alarm, by alarm index (same order as LoggerReport::alarms).
    std::vector<int> alarmMinutes;
};

// What an importer read from one file. Nothing is partial: an importer returns a whole report
// or an error.
struct LoggerReport {
    QString format;                  // "logtag-csv", "fridgetag2", "fridgetag2l", "plain-csv"
    QString device;                  // e.g. "Q-tag Fridge-tag 2 L"; may be empty
    QString serial;                  // device serial; may be empty
    QString firmware;                // may be empty
    int loggingIntervalMinutes = 0;  // 0 when unknown
    std::vector<LoggerAlarm> alarms;
    std::vector<LoggerDay> days;               // newest first, as the device writes them
    std::vector<TemperatureReading> readings;  // detailed log, oldest first
};

}  // namespace vax
