#include "checkin/checkinrecorder.h"

#include "checkin/checkinpanel.h"
#include "common/labels.h"
#include "identity/masking.h"

namespace vax::ui {

// The messages keep the check-in panel's translation context (translations/*.ts).
CheckInRecorder::CheckInRecorder(SiteContext& site) : m_site(site), m_service(site.serviceContext())
{
}

Result<std::optional<CheckInRecorder::Recorded>> CheckInRecorder::findOnFile(CheckInForm& form)
{
    auto found =
        PersonRepository::byDocument(*m_site.db, form.document->type, form.document->matchKey);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Recorded>();
    const Person& p = **found;
    form.personId = p.id;
    form.name = p.name;
    if (!form.document->birthDate)  // a passport or permit on file: its record's date
        form.document->birthDate = p.birthDate;
    if (form.phone.isEmpty())
        form.phone = p.phone;
    auto visit = m_service.visitToday(p.id);
    if (!visit || !*visit || (*visit)->state == u"cancelled")
        return std::optional<Recorded>();
    const QueueEntry& v = **visit;
    return std::optional<Recorded>(
        Recorded{CheckInPanel::tr("%1 is already checked in today (%2). Use this number.")
                     .arg(p.name, labels::visitState(v.state)),
                 v.queueNumber, true,
                 Ticket{m_site.site.name, v.queueNumber, maskName(p.name), v.checkedInAt,
                        v.lane == u"priority"}});
}

Result<CheckInRecorder::Recorded> CheckInRecorder::checkIn(const CheckInRequest& request)
{
    auto receipt = m_service.checkIn(request);
    if (!receipt)
        return receipt.error();
    const QString& name = request.draft.name;
    return Recorded{receipt->outcome == ScreeningOutcome::DoctorReview
                        ? CheckInPanel::tr("%1 is checked in. A doctor reviews before the "
                                           "injection.")
                              .arg(name)
                        : CheckInPanel::tr("%1 is checked in.").arg(name),
                    receipt->queueNumber, true,
                    Ticket{m_site.site.name, receipt->queueNumber, maskName(name),
                           m_site.clock->nowUtc(), false}};
}

Result<CheckInRecorder::Recorded> CheckInRecorder::recordDeferral(const CheckInRequest& request)
{
    auto deferred = m_service.recordDeferral(request);
    if (!deferred)
        return deferred.error();
    return Recorded{CheckInPanel::tr("Deferral recorded for %1 (%2). No queue number: not "
                                     "vaccinated today.")
                        .arg(request.draft.name, labels::screeningReasons(deferred->reasons)),
                    0, false, std::nullopt};
}

std::vector<Person> CheckInRecorder::possibleDuplicates(const CheckInForm& form) const
{
    auto candidates = PersonRepository::possibleDuplicates(
        *m_site.db, form.name, form.document->birthDate.value_or(QDate()), *form.document);
    return candidates ? *candidates : std::vector<Person>();
}

}  // namespace vax::ui
