#include "desk/injectionchecklist.h"

#include <algorithm>

#include "checkin/person.h"
#include "common/clock.h"
#include "common/labels.h"
#include "desk/injectionpanel.h"
#include "scan/scanrouter.h"
#include "stock/openvial.h"

namespace vax::ui {

InjectionChecklist::InjectionChecklist(const ServiceContext& services)
    : m_db(services.db), m_clock(services.clock), m_administration(services)
{
}

Status InjectionChecklist::call(const CalledVisit& visit)
{
    m_called = visit;
    m_context.reset();
    m_saved.reset();
    m_scan = DeskScan{visit.visitId, {}, {}, {}};
    m_choices = DeskChoices();
    m_confirmOrder.clear();
    m_doctorApproval.reset();
    m_overrideReason.clear();
    m_documentNumber.clear();
    if (auto docs = PersonRepository::documents(m_db, visit.personId); docs && !docs->empty())
        m_documentNumber = docs->front().number;
    auto context = m_administration.loadContext(m_scan);
    if (!context)
        return context.error();
    m_context = std::move(*context);
    evaluate();
    return {};
}

bool InjectionChecklist::canAdminister() const
{
    return m_called && m_context && !m_saved && m_result.canAdminister();
}

bool InjectionChecklist::takesCommandKeys() const
{
    return m_context && m_context->input.product && !m_saved;
}

Result<DeskScan> InjectionChecklist::readScan(const QString& text) const
{
    DeskScan next{m_called ? m_called->visitId : QString(), {}, {}, {}};
    const ScanKind kind = classifyScan(text);
    if (kind == ScanKind::TraceCode) {
        next.traceCode = text;
    } else if (kind == ScanKind::Gs1) {
        auto gs1 = parseGs1(text);
        if (!gs1)
            return gs1.error();
        if (gs1->lot.isEmpty())
            return makeError(
                ErrorCode::Gs1Invalid,
                InjectionPanel::tr("Box code: this GS1 code carries no lot number (10). Scan the "
                                   "box's trace code or type the lot number."),
                QStringLiteral("lot"));
        next.lot = gs1->lot;
    } else if (auto vial = VialService::find(m_db, text); vial && *vial) {
        next.vialId = text;
    } else {
        next.lot = text;
    }
    return next;
}

Status InjectionChecklist::load(const DeskScan& scan)
{
    DeskScan next = scan;
    auto context = m_administration.loadContext(next);
    if (context && context->input.product && context->input.product->vialDoses > 1 &&
        !context->vial && context->lot) {
        if (const auto vial = openVialFor(context->lot->id)) {
            next.vialId = *vial;
            context = m_administration.loadContext(next);
        }
    }
    if (!context)
        return context.error();
    const bool sameLot =
        m_context && m_context->lot && context->lot && m_context->lot->id == context->lot->id;
    m_scan = next;
    m_context = std::move(*context);
    if (!sameLot) {
        // The eyes checked another vaccine: appearance and the person's check start again.
        for (ChecklistItemKey k : {ChecklistItemKey::Vaccine, ChecklistItemKey::Verification})
            forgetConfirmation(k);
        const Product* p = m_context->input.product;
        if (p && !p->sites.contains(m_choices.site))
            m_choices.site.clear();
    }
    evaluate();
    return {};
}

std::optional<QString> InjectionChecklist::openVialFor(const QString& lotId) const
{
    auto vials = VialService::listOpen(m_db);
    if (!vials)
        return std::nullopt;
    const QDateTime now = m_clock.nowUtc();
    const OpenVial* best = nullptr;
    for (const OpenVial& v : *vials)
        if (v.lotId == lotId && v.dosesLeft() > 0 && !v.expiredAt(now) &&
            (!best || v.discardAt < best->discardAt))
            best = &v;
    return best ? std::optional<QString>(best->id) : std::nullopt;
}

std::optional<ChecklistItemKey> InjectionChecklist::nextEyeCheck() const
{
    if (!m_context)
        return std::nullopt;
    if (!m_choices.confirmed.contains(ChecklistItemKey::Name))
        return ChecklistItemKey::Name;
    if (m_context->input.historyScope.needsQuestion() &&
        !m_choices.confirmed.contains(ChecklistItemKey::Record))
        return ChecklistItemKey::Record;
    if (m_context->lot && !m_choices.confirmed.contains(ChecklistItemKey::Vaccine))
        return ChecklistItemKey::Vaccine;
    return std::nullopt;
}

bool InjectionChecklist::confirmNext()
{
    if (m_saved)
        return false;
    const auto key = nextEyeCheck();
    if (!key)
        return false;
    toggleConfirmation(*key);
    return true;
}

void InjectionChecklist::forgetConfirmation(ChecklistItemKey key)
{
    m_choices.confirmed.remove(key);
    m_confirmOrder.erase(std::remove(m_confirmOrder.begin(), m_confirmOrder.end(), key),
                         m_confirmOrder.end());
}

void InjectionChecklist::toggleConfirmation(ChecklistItemKey key)
{
    if (m_choices.confirmed.contains(key)) {
        forgetConfirmation(key);
    } else {
        m_choices.confirmed.insert(key);
        m_confirmOrder.push_back(key);
    }
    evaluate();
}

bool InjectionChecklist::undoLastConfirmation()
{
    if (m_confirmOrder.empty() || m_saved)
        return false;
    m_choices.confirmed.remove(m_confirmOrder.back());
    m_confirmOrder.pop_back();
    evaluate();
    return true;
}

Status InjectionChecklist::chooseSite(QChar side)
{
    const QStringList& sites = m_context->input.product->sites;
    QStringList onSide;
    for (const QString& s : sites)
        if (s.startsWith(side))
            onSide << s;
    if (onSide.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         InjectionPanel::tr("%1 has no site on that side; use %2.")
                             .arg(labels::product(m_context->input.product->code),
                                  labels::injectionSites(sites)),
                         QStringLiteral("site"));
    const qsizetype at = onSide.indexOf(m_choices.site);
    m_choices.site = onSide.at(at < 0 ? 0 : (at + 1) % onSide.size());
    evaluate();
    return {};
}

void InjectionChecklist::restore(const Snapshot& before)
{
    m_choices = before.choices;
    m_confirmOrder = before.confirmOrder;
    evaluate();
}

InjectionChecklist::Overridable InjectionChecklist::overridable() const
{
    Overridable found;
    for (const auto& [key, finding] : m_result.blocking())
        if (finding.overridable && finding.state == CheckState::Fail) {
            found.codes << finding.code;
            found.messages << finding.message;
        }
    return found;
}

void InjectionChecklist::allowOverride(const std::optional<OverrideApproval>& approval,
                                       const QString& reason, const QStringList& codes)
{
    m_doctorApproval = approval;
    m_overrideReason = reason;
    for (const QString& c : codes)
        m_choices.overrides.insert(c);
    evaluate();
}

InjectionChecklist::DueDose InjectionChecklist::dueDose() const
{
    DueDose due{m_context->input.product, m_result, false};
    if (due.product)
        return due;
    // Not scanned yet: the series of the last dose given, by the same rules.
    for (auto it = m_context->history.rbegin(); it != m_context->history.rend() && !due.product;
         ++it)
        if (it->status == QLatin1String("completed"))
            due.product = Catalog::builtIn().find(it->productCode);
    if (!due.product)
        return due;
    DeskContext guess = *m_context;
    guess.input.product = due.product;
    due.preview = m_administration.evaluate(guess, m_choices);
    due.guessed = true;
    return due;
}

void InjectionChecklist::evaluate()
{
    if (m_context)
        m_result = m_administration.evaluate(*m_context, m_choices);
}

Result<AdministerReceipt> InjectionChecklist::administer(const QString& desk,
                                                         const QString& staffId)
{
    AdministerRequest request;
    request.scan = m_scan;
    request.choices = m_choices;
    request.desk = desk;
    request.staffId = staffId;
    if (!m_choices.overrides.isEmpty()) {
        request.doctorApproval = m_doctorApproval;
        request.overrideReason = m_overrideReason;
    }
    ChecklistResult evaluated;
    auto receipt = m_administration.administer(request, &evaluated);
    if (!receipt) {
        if (!evaluated.items.empty())
            m_result = evaluated;
        return receipt;
    }
    m_saved = *receipt;
    m_result = receipt->checklist;
    m_context->history.push_back(receipt->dose);
    return receipt;
}

}  // namespace vax::ui
