// HL7 v2.5.1 VXU encoding: escaping, the header and segments built from the NIST IZ test case 1.1
// input, and the batch envelope. The comparison with the golden message itself, a reference file
// outside the repository, is in test_hl7_refdata.cpp (label refdata).
#include <gtest/gtest.h>

#include <QTimeZone>

#include "exchange/hl7.h"
#include "exchange/nistinput.h"
#include "exchange/vxu.h"

using namespace vax::hl7;
using vax::hl7::testdata::NistInput;
using vax::hl7::testdata::nistInput;

TEST(Hl7Escape, EverySpecialCharacterIsEscaped)
{
    EXPECT_EQ(escape(QStringLiteral("a|b^c&d~e\\f")),
              QStringLiteral("a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f"));
    EXPECT_EQ(escape(QStringLiteral("line1\rline2\n")), QStringLiteral("line1\\X0D\\line2\\X0A\\"));
    EXPECT_EQ(escape(QStringLiteral("张三")), QStringLiteral("张三"));
}

TEST(Hl7Escape, UnescapeIsTheInverse)
{
    const QString nasty = QStringLiteral("O'Brien | 张^三 & co ~ \\ path\r\n end");
    EXPECT_EQ(unescape(escape(nasty)), nasty);
}

TEST(Hl7Vxu, DefaultHeaderFollowsCdcGuide15)
{
    NistInput in = nistInput();
    in.header = Header{};
    in.header.sendingFacility = QStringLiteral("320102001");
    in.header.controlId = QStringLiteral("320102001-20211122-000001");
    in.header.time = QDateTime(QDate(2021, 11, 22), QTime(9, 5, 7), QTimeZone(8 * 3600));
    in.doses[0].deleted = true;
    const auto seg = parse(buildVxu(in.header, in.patient, in.kin, in.doses).encode());
    const ParsedSegment& msh = seg.at(0);
    EXPECT_EQ(msh.field(2), QStringLiteral("^~\\&"));
    EXPECT_EQ(msh.field(7), QStringLiteral("20211122090507+0800"));
    EXPECT_EQ(msh.field(9), QStringLiteral("VXU^V04^VXU_V04"));
    EXPECT_EQ(msh.field(12), QStringLiteral("2.5.1"));
    EXPECT_EQ(msh.field(18), QStringLiteral("UNICODE UTF-8"));
    EXPECT_EQ(msh.field(21), QStringLiteral("Z22^^CDCPHINVS"));
    const auto rxa = std::find_if(seg.begin(), seg.end(),
                                  [](const ParsedSegment& s) { return s.id() == u"RXA"; });
    ASSERT_NE(rxa, seg.end());
    EXPECT_EQ(rxa->field(21), QStringLiteral("D"));  // entered in error: a deletion
    const auto orc = std::find_if(seg.begin(), seg.end(),
                                  [](const ParsedSegment& s) { return s.id() == u"ORC"; });
    EXPECT_EQ(orc->field(3), QStringLiteral("IZ-783274^NDA"));  // the same permanent id
}

TEST(Hl7Vxu, NegativeAndHalfHourOffsets)
{
    const QDateTime t(QDate(2021, 1, 2), QTime(3, 4, 5), QTimeZone(-(5 * 3600 + 30 * 60)));
    EXPECT_EQ(formatTime(t, TimePrecision::Second, true), QStringLiteral("20210102030405-0530"));
    EXPECT_EQ(formatTime(t, TimePrecision::Day, true), QStringLiteral("20210102"));
}

TEST(Hl7Batch, WrapsMessagesAndCountsThem)
{
    const NistInput in = nistInput();
    std::vector<Message> messages;
    messages.push_back(buildVxu(in.header, in.patient, in.kin, in.doses));
    messages.push_back(buildVxu(in.header, in.patient, in.kin, in.doses));
    BatchHeader bh;
    bh.sendingFacility = QStringLiteral("320102001");
    bh.time = QDateTime(QDate(2021, 11, 22), QTime(18, 0), QTimeZone(8 * 3600));
    bh.fileName = QStringLiteral("vxu.hl7");
    bh.batchId = QStringLiteral("320102001-20211122-1");
    const auto seg = parse(buildBatch(bh, messages));
    ASSERT_GE(seg.size(), 4u);
    EXPECT_EQ(seg.front().id(), QStringLiteral("FHS"));
    EXPECT_EQ(seg.at(1).id(), QStringLiteral("BHS"));
    EXPECT_EQ(seg.at(1).field(11), QStringLiteral("320102001-20211122-1"));
    EXPECT_EQ(seg.at(seg.size() - 2).id(), QStringLiteral("BTS"));
    EXPECT_EQ(seg.at(seg.size() - 2).field(1), QStringLiteral("2"));
    EXPECT_EQ(seg.back().id(), QStringLiteral("FTS"));
    EXPECT_EQ(std::count_if(seg.begin(), seg.end(),
                            [](const ParsedSegment& s) { return s.id() == u"MSH"; }),
              2);
}
