#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace vax::hl7 {

// HL7 v2 encoding characters: field |, component ^, repetition ~, escape \, subcomponent &.
// Escapes text for use inside one component: | ^ & ~ \ become \F\ \S\ \T\ \R\ \E\, and line
// breaks become hex escapes (\X0D\, \X0A\) so a value never splits a segment.
QString escape(const QString& text);
// The reverse of escape() for the sequences it writes.
QString unescape(const QString& text);

// One segment: its id and fields 1…n. A field is kept already encoded (components joined with
// ^, each escaped); build one with component() or components().
class Segment {
public:
    explicit Segment(QString id) : m_id(std::move(id)) {}
    // Sets field n (1-based; for MSH, n counts as in the standard, MSH-1 being the separator).
    Segment& set(int n, const QString& encodedValue);
    // Sets field n to one escaped plain value.
    Segment& text(int n, const QString& value);
    const QString& id() const { return m_id; }
    QString field(int n) const;
    int fieldCount() const;
    QString encode() const;

private:
    int offset() const;  // MSH fields start one later: MSH-1 is the separator itself
    QString m_id;
    QStringList m_fields;  // m_fields[0] is field 1 (MSH: field 3)
};

// Components joined by ^, each escaped; trailing empty components dropped.
QString components(const QStringList& values);
// Repetitions joined by ~ (values already encoded).
QString repetitions(const QStringList& encodedValues);

// A message: segments separated by carriage returns (HL7's segment terminator).
class Message {
public:
    Segment& add(Segment segment);
    const std::vector<Segment>& segments() const { return m_segments; }
    QString encode() const;

private:
    std::vector<Segment> m_segments;
};

// A parsed segment: fields as encoded text, fields[0] being the segment id. For MSH, fields[1]
// is the field separator and fields[2] the encoding characters, so fields[n] is MSH-n.
struct ParsedSegment {
    QStringList fields;
    QString id() const { return fields.value(0); }
    QString field(int n) const { return fields.value(n); }
};
// Splits a message or batch into segments; accepts CR, LF or CRLF as terminators.
std::vector<ParsedSegment> parse(const QString& text);

}  // namespace vax::hl7
