#include "contraindication/contraindication.h"

#include <QCoreApplication>

#include "aefi/aefi.h"
#include "catalog/catalog.h"
#include "checkin/screening.h"
#include "common/i18n.h"

namespace vax {

namespace {
struct ContraindicationText {
    Q_DECLARE_TR_FUNCTIONS(Contraindication)
};

template <typename Enum, size_t N>
std::optional<Enum> fromName(const QString& name, const Enum (&all)[N], QString (*nameOf)(Enum))
{
    for (Enum e : all)
        if (nameOf(e) == name)
            return e;
    return std::nullopt;
}

const ContraindicationKind kKinds[] = {ContraindicationKind::Contraindication,
                                       ContraindicationKind::Precaution};
const ContraindicationScope kScopes[] = {ContraindicationScope::All, ContraindicationScope::Product,
                                         ContraindicationScope::Group,
                                         ContraindicationScope::Component};
const ContraindicationOrigin kOrigins[] = {ContraindicationOrigin::Screening,
                                           ContraindicationOrigin::Aefi,
                                           ContraindicationOrigin::Doctor};
}  // namespace

QString contraindicationKindName(ContraindicationKind kind)
{
    return kind == ContraindicationKind::Precaution ? QStringLiteral("precaution")
                                                    : QStringLiteral("contraindication");
}

std::optional<ContraindicationKind> contraindicationKindFromName(const QString& name)
{
    return fromName(name, kKinds, contraindicationKindName);
}

QString contraindicationScopeName(ContraindicationScope scope)
{
    switch (scope) {
        case ContraindicationScope::All:
            return QStringLiteral("all");
        case ContraindicationScope::Product:
            return QStringLiteral("product");
        case ContraindicationScope::Group:
            return QStringLiteral("group");
        case ContraindicationScope::Component:
            return QStringLiteral("component");
    }
    return {};
}

std::optional<ContraindicationScope> contraindicationScopeFromName(const QString& name)
{
    return fromName(name, kScopes, contraindicationScopeName);
}

QString contraindicationOriginName(ContraindicationOrigin origin)
{
    switch (origin) {
        case ContraindicationOrigin::Screening:
            return QStringLiteral("screening");
        case ContraindicationOrigin::Aefi:
            return QStringLiteral("aefi");
        case ContraindicationOrigin::Doctor:
            return QStringLiteral("doctor");
    }
    return {};
}

std::optional<ContraindicationOrigin> contraindicationOriginFromName(const QString& name)
{
    return fromName(name, kOrigins, contraindicationOriginName);
}

Result<ScopeSpec> ScopeSpec::parse(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    if (t == u"all")
        return ScopeSpec{};
    const qsizetype colon = t.indexOf(u':');
    const auto scope = contraindicationScopeFromName(t.left(colon));
    const QString code = colon < 0 ? QString() : t.mid(colon + 1).trimmed();
    if (colon < 0 || !scope || *scope == ContraindicationScope::All || code.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         ContraindicationText::tr("Scope \"%1\" is not understood: write all, "
                                                  "product:CODE, group:GROUP or component:NAME.")
                             .arg(t),
                         field);
    return ScopeSpec{*scope, code};
}

QString ScopeSpec::toString() const
{
    return scope == ContraindicationScope::All
               ? QStringLiteral("all")
               : contraindicationScopeName(scope) + QLatin1Char(':') + code;
}

QString Contraindication::statusOn(const QDate& day) const
{
    if (lifted())
        return QStringLiteral("lifted");
    return expiredOn(day) ? QStringLiteral("expired") : QStringLiteral("active");
}

bool Contraindication::appliesTo(const Product& product) const
{
    switch (scope) {
        case ContraindicationScope::All:
            return true;
        case ContraindicationScope::Product:
            return product.code == scopeCode;
        case ContraindicationScope::Group:
            return !product.interchangeGroup.isEmpty() && product.interchangeGroup == scopeCode;
        case ContraindicationScope::Component:
            return product.components.contains(scopeCode);
    }
    return false;
}

QString contraindicationKindLabel(ContraindicationKind kind)
{
    return kind == ContraindicationKind::Precaution ? ContraindicationText::tr("Precaution")
                                                    : ContraindicationText::tr("Contraindication");
}

QString contraindicationScopeLabel(const ScopeSpec& s)
{
    switch (s.scope) {
        case ContraindicationScope::All:
            return ContraindicationText::tr("all vaccines");
        case ContraindicationScope::Product: {
            const Product* p = Catalog::builtIn().find(s.code);
            return ContraindicationText::tr("the vaccine %1")
                .arg(p ? p->name.forLocale(currentLanguage()) : s.code);
        }
        case ContraindicationScope::Group:
            return ContraindicationText::tr("vaccines of the group %1").arg(s.code);
        case ContraindicationScope::Component:
            return ContraindicationText::tr("vaccines containing %1").arg(s.code);
    }
    return {};
}

QString contraindicationOriginLabel(ContraindicationOrigin origin)
{
    switch (origin) {
        case ContraindicationOrigin::Screening:
            return ContraindicationText::tr("screening answer");
        case ContraindicationOrigin::Aefi:
            return ContraindicationText::tr("adverse event after a dose");
        case ContraindicationOrigin::Doctor:
            return ContraindicationText::tr("doctor's entry");
    }
    return {};
}

QString contraindicationStatusLabel(const QString& status)
{
    if (status == u"lifted")
        return ContraindicationText::tr("lifted");
    if (status == u"expired")
        return ContraindicationText::tr("expired");
    return ContraindicationText::tr("active");
}

QString contraindicationReasonLabel(const Contraindication& c)
{
    QString why;
    if (c.origin == ContraindicationOrigin::Screening) {
        const ScreeningQuestion* q = Questionnaire::builtIn().question(c.reasonCode);
        why = q ? q->text(currentLanguage()) : c.reasonCode;
    } else if (c.origin == ContraindicationOrigin::Aefi) {
        QStringList names;
        for (const QString& s : c.reasonCode.split(u';', Qt::SkipEmptyParts))
            names << aefi::symptomName(s);
        why = names.join(ContraindicationText::tr(", "));
    }
    if (!c.reason.isEmpty())
        why = why.isEmpty() ? c.reason : why + QStringLiteral(" — ") + c.reason;
    return why;
}

QString contraindicationSummary(const Contraindication& c, const QTimeZone& siteZone)
{
    QString line =
        ContraindicationText::tr("%1 — %2: %3 (%4, %5)")
            .arg(contraindicationKindLabel(c.kind), contraindicationScopeLabel(c.scopeSpec()),
                 contraindicationReasonLabel(c), contraindicationOriginLabel(c.origin),
                 c.recordedAt.toTimeZone(siteZone).date().toString(Qt::ISODate));
    if (c.until.isValid())
        line += QLatin1Char(' ') +
                ContraindicationText::tr("until %1").arg(c.until.toString(Qt::ISODate));
    return line;
}

QString contraindicationCodeLabel(const QString& code)
{
    if (code == u"health.contraindication_on_record")
        return ContraindicationText::tr("Contraindication on record");
    if (code == u"health.precaution_on_record")
        return ContraindicationText::tr("Precaution on record: a doctor decides");
    if (code == u"screening")
        return contraindicationOriginLabel(ContraindicationOrigin::Screening);
    if (code == u"aefi")
        return contraindicationOriginLabel(ContraindicationOrigin::Aefi);
    if (code == u"doctor")
        return contraindicationOriginLabel(ContraindicationOrigin::Doctor);
    if (code == u"contraindication")
        return contraindicationKindLabel(ContraindicationKind::Contraindication);
    if (code == u"precaution")
        return contraindicationKindLabel(ContraindicationKind::Precaution);
    return {};
}

}  // namespace vax
