#pragma once

#include <QByteArray>
#include <QtEndian>

#include <vector>

namespace vax::test {

// A zip written byte by byte, whose headers declare what the test wants: each entry is
// {name, declared uncompressed size, deflated data}. Nothing big is ever built.
struct CraftedEntry {
    QByteArray name;
    quint32 declaredSize;
    QByteArray deflated;
};

inline QByteArray craftedZip(const std::vector<CraftedEntry>& entries)
{
    const auto le16 = [](QByteArray& out, quint16 v) {
        char b[2];
        qToLittleEndian<quint16>(v, b);
        out.append(b, 2);
    };
    const auto le32 = [](QByteArray& out, quint32 v) {
        char b[4];
        qToLittleEndian<quint32>(v, b);
        out.append(b, 4);
    };
    QByteArray body, central;
    for (const CraftedEntry& e : entries) {
        const auto offset = static_cast<quint32>(body.size());
        for (int pass = 0; pass < 2; ++pass) {
            QByteArray& out = pass == 0 ? body : central;
            le32(out, pass == 0 ? 0x04034b50 : 0x02014b50);
            if (pass == 1)
                le16(out, 20);  // made by
            le16(out, 20);      // needed
            le16(out, 0);       // flags
            le16(out, 8);       // deflate
            le16(out, 0);       // time
            le16(out, 0x21);    // date 1980-01-01
            le32(out, 0);       // crc (never reached)
            le32(out, static_cast<quint32>(e.deflated.size()));
            le32(out, e.declaredSize);
            le16(out, static_cast<quint16>(e.name.size()));
            le16(out, 0);  // extra
            if (pass == 1) {
                le16(out, 0);  // comment
                le16(out, 0);  // disk
                le16(out, 0);  // internal attributes
                le32(out, 0);  // external attributes
                le32(out, offset);
            }
            out.append(e.name);
            if (pass == 0)
                out.append(e.deflated);
        }
    }
    QByteArray zip = body + central;
    le32(zip, 0x06054b50);
    le16(zip, 0);
    le16(zip, 0);
    le16(zip, static_cast<quint16>(entries.size()));
    le16(zip, static_cast<quint16>(entries.size()));
    le32(zip, static_cast<quint32>(central.size()));
    le32(zip, static_cast<quint32>(body.size()));
    le16(zip, 0);
    return zip;
}

}  // namespace vax::test
