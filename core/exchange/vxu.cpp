#include "exchange/vxu.h"

namespace vax::hl7 {
namespace {

QString xpn(const PersonName& n)
{
    return components({n.family, n.given, n.middle, {}, {}, {}, n.type});
}

QString xcn(const Provider& p)
{
    if (p.isEmpty())
        return {};
    return components({p.id,
                       p.name.family,
                       p.name.given,
                       p.name.middle,
                       {},
                       {},
                       {},
                       {},
                       p.authority,
                       p.nameType});
}

QString xad(const Address& a)
{
    if (a.isEmpty())
        return {};
    return components({a.street, a.other, a.city, a.state, a.zip, a.country, a.type});
}

QString xtn(const Phone& p)
{
    if (p.isEmpty())
        return {};
    return components({{}, p.use, p.equipment, {}, {}, p.areaCode, p.number});
}

QString cx(const Identifier& id)
{
    return components({id.id, {}, {}, id.authority, id.typeCode});
}

}  // namespace

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString();
}

QString formatTime(const QDateTime& time, TimePrecision precision, bool withOffset)
{
    if (!time.isValid())
        return {};
    QString out;
    switch (precision) {
        case TimePrecision::Day:
            out = time.toString(QStringLiteral("yyyyMMdd"));
            break;
        case TimePrecision::Minute:
            out = time.toString(QStringLiteral("yyyyMMddHHmm"));
            break;
        case TimePrecision::Second:
            out = time.toString(QStringLiteral("yyyyMMddHHmmss"));
            break;
    }
    if (withOffset && precision != TimePrecision::Day) {
        const int offset = time.offsetFromUtc();
        const int minutes = std::abs(offset) / 60;
        out += offset < 0 ? u'-' : u'+';
        out += QStringLiteral("%1%2")
                   .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return out;
}

Message buildVxu(const Header& header, const Patient& patient,
                 const std::vector<NextOfKin>& nextOfKin, const std::vector<Dose>& doses,
                 const std::vector<Contraindication>& contraindications)
{
    Message msg;
    Segment msh(QStringLiteral("MSH"));
    msh.text(3, header.sendingApplication)
        .text(4, header.sendingFacility)
        .text(5, header.receivingApplication)
        .text(6, header.receivingFacility)
        .set(7, formatTime(header.time, header.messageTimePrecision, header.withUtcOffset))
        .set(9,
             components({QStringLiteral("VXU"), QStringLiteral("V04"), QStringLiteral("VXU_V04")}))
        .text(10, header.controlId)
        .text(11, header.processingId)
        .set(12, QStringLiteral("2.5.1"))
        .text(15, header.acceptAck)
        .text(16, header.applicationAck)
        .text(18, header.charset)
        .set(21, header.profile.encode());
    msg.add(std::move(msh));

    Segment pid(QStringLiteral("PID"));
    QStringList ids;
    for (const Identifier& id : patient.identifiers)
        ids.append(cx(id));
    pid.set(1, QStringLiteral("1"))
        .set(3, repetitions(ids))
        .set(5, xpn(patient.name))
        .set(6, patient.mothersMaidenName ? components({patient.mothersMaidenName->family,
                                                        patient.mothersMaidenName->given})
                                          : QString())
        .set(7, formatDate(patient.birthDate))
        .text(8, patient.sex)
        .set(10, patient.race.encode())
        .set(11, xad(patient.address))
        .set(13, xtn(patient.phone))
        .set(22, patient.ethnicGroup.encode());
    msg.add(std::move(pid));

    if (!patient.publicity.isEmpty() || !patient.registryStatus.isEmpty()) {
        Segment pd1(QStringLiteral("PD1"));
        pd1.set(11, patient.publicity.encode())
            .text(16, patient.registryStatus)
            .set(17, formatDate(patient.registryStatusDate))
            .set(18, formatDate(patient.publicityDate));
        msg.add(std::move(pd1));
    }

    int nk = 0;
    for (const NextOfKin& kin : nextOfKin) {
        Segment nk1(QStringLiteral("NK1"));
        nk1.set(1, QString::number(++nk))
            .set(2, xpn(kin.name))
            .set(3, kin.relationship.encode())
            .set(4, xad(kin.address))
            .set(5, xtn(kin.phone));
        msg.add(std::move(nk1));
    }

    for (const Dose& d : doses) {
        Segment orc(QStringLiteral("ORC"));
        orc.set(1, QStringLiteral("RE"))
            .set(3, components({d.fillerOrderId, d.fillerNamespace}))
            .set(10, xcn(d.enteredBy))
            .set(12, xcn(d.orderingProvider));
        msg.add(std::move(orc));

        Segment rxa(QStringLiteral("RXA"));
        rxa.set(1, QStringLiteral("0"))
            .set(2, QStringLiteral("1"))
            .set(3, formatTime(d.administeredAt, header.doseTimePrecision, header.withUtcOffset))
            .set(5, d.vaccine.encode())
            .text(6, d.amount)
            .set(7, d.units.encode())
            .set(9, d.informationSource.encode())
            .set(10, xcn(d.administeredBy))
            .set(11, d.facility.isEmpty() ? QString() : components({{}, {}, {}, d.facility}))
            .text(15, d.lotNumber)
            .set(16, formatDate(d.expiry))
            .set(17, d.manufacturer.encode())
            .text(20, d.completionStatus)
            .set(21, d.deleted ? QStringLiteral("D") : QStringLiteral("A"));
        msg.add(std::move(rxa));

        if (!d.route.isEmpty() || !d.site.isEmpty()) {
            Segment rxr(QStringLiteral("RXR"));
            rxr.set(1, d.route.encode()).set(2, d.site.encode());
            msg.add(std::move(rxr));
        }
    }

    for (const Contraindication& c : contraindications) {
        Segment orc(QStringLiteral("ORC"));
        orc.set(1, QStringLiteral("RE"))
            .set(3, components({c.fillerOrderId, c.fillerNamespace}))
            .set(10, xcn(c.enteredBy));
        msg.add(std::move(orc));
        const QString at = formatTime(c.recordedAt, header.doseTimePrecision, header.withUtcOffset);
        Segment rxa(QStringLiteral("RXA"));
        rxa.set(1, QStringLiteral("0"))
            .set(2, QStringLiteral("1"))
            .set(3, at)
            .set(5, Coded{QStringLiteral("998"), QStringLiteral("No vaccine administered"),
                          QStringLiteral("CVX")}
                        .encode())
            .set(6, QStringLiteral("999"))
            .set(20, QStringLiteral("NA"))
            .set(21, QStringLiteral("A"));
        msg.add(std::move(rxa));
        int n = 0;
        const auto obx = [&](const QString& type, const Coded& what, const QString& value) {
            Segment o(QStringLiteral("OBX"));
            o.set(1, QString::number(++n))
                .set(2, type)
                .set(3, what.encode())
                .set(4, QStringLiteral("1"))
                .set(5, value)
                .set(11, QStringLiteral("F"))
                .set(14, at);
            msg.add(std::move(o));
        };
        obx(QStringLiteral("CE"),
            {QStringLiteral("30945-0"),
             QStringLiteral("Vaccination contraindication and/or precaution"),
             QStringLiteral("LN")},
            c.value.encode());
        if (c.effective.isValid())
            obx(QStringLiteral("DT"),
                {QStringLiteral("30946-8"),
                 QStringLiteral("Vaccination contraindication/precaution effective date"),
                 QStringLiteral("LN")},
                formatDate(c.effective));
        if (c.expires.isValid())
            obx(QStringLiteral("DT"),
                {QStringLiteral("30944-3"),
                 QStringLiteral("Vaccination temporary contraindication/precaution expiration "
                                "date"),
                 QStringLiteral("LN")},
                formatDate(c.expires));
    }
    return msg;
}

QString buildBatch(const BatchHeader& header, const std::vector<Message>& messages)
{
    const QString time = formatTime(header.time, TimePrecision::Second, true);
    Segment fhs(QStringLiteral("FHS"));
    fhs.text(3, header.sendingApplication)
        .text(4, header.sendingFacility)
        .text(5, header.receivingApplication)
        .text(6, header.receivingFacility)
        .set(7, time)
        .text(9, header.fileName);
    Segment bhs(QStringLiteral("BHS"));
    bhs.text(3, header.sendingApplication)
        .text(4, header.sendingFacility)
        .text(5, header.receivingApplication)
        .text(6, header.receivingFacility)
        .set(7, time)
        .text(9, header.comment)
        .text(11, header.batchId);
    QString out = fhs.encode() + u'\r' + bhs.encode() + u'\r';
    for (const Message& m : messages)
        out += m.encode();
    Segment bts(QStringLiteral("BTS"));
    bts.set(1, QString::number(messages.size()));
    Segment fts(QStringLiteral("FTS"));
    fts.set(1, QStringLiteral("1"));
    out += bts.encode() + u'\r' + fts.encode() + u'\r';
    return out;
}

}  // namespace vax::hl7
