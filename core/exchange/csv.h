#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace vax::csv {

// One CSV field: quoted when it holds a comma, quote or line break; a text that a spreadsheet
// would run as a formula (= + @, or - not followed by a digit) gets a leading apostrophe.
QString field(const QString& value);

// A CSV document for spreadsheets: UTF-8 with a BOM (so Excel shows Chinese), CRLF line ends,
// the header first.
QByteArray document(const QStringList& header, const std::vector<QStringList>& rows);

// Data rows in a document written by document() (lines after the header; quoted line breaks
// don't count).
int rowCount(const QByteArray& document);

}  // namespace vax::csv
