// Names and labels of document types and sexes.
#include <QCoreApplication>

#include "identity/document.h"

namespace vax {

namespace {
struct DocumentTypeText {
    Q_DECLARE_TR_FUNCTIONS(IdentityDocument)
};

struct TypeName {
    DocumentType type;
    const char16_t* name;
};

constexpr TypeName kTypeNames[] = {
    {DocumentType::ResidentId, u"resident_id"},
    {DocumentType::ResidencePermit, u"residence_permit"},
    {DocumentType::HomeReturnPermit, u"home_return_permit"},
    {DocumentType::TaiwanCompatriotPermit, u"taiwan_permit"},
    {DocumentType::ForeignPermanentResidence, u"foreign_permanent_residence"},
    {DocumentType::Passport, u"passport"},
};
}  // namespace

QString documentTypeName(DocumentType type)
{
    for (const TypeName& t : kTypeNames) {
        if (t.type == type)
            return QString::fromUtf16(t.name);
    }
    return QString();
}

std::optional<DocumentType> documentTypeFromName(const QString& name)
{
    for (const TypeName& t : kTypeNames) {
        if (name == QString::fromUtf16(t.name))
            return t.type;
    }
    return std::nullopt;
}

QString documentTypeLabel(DocumentType type)
{
    switch (type) {
        case DocumentType::ResidentId:
            return DocumentTypeText::tr("Resident ID");
        case DocumentType::ResidencePermit:
            return DocumentTypeText::tr("Hong Kong/Macao/Taiwan residence permit");
        case DocumentType::HomeReturnPermit:
            return DocumentTypeText::tr("Home Return Permit");
        case DocumentType::TaiwanCompatriotPermit:
            return DocumentTypeText::tr("Taiwan compatriot permit");
        case DocumentType::ForeignPermanentResidence:
            return DocumentTypeText::tr("Foreign permanent residence card");
        case DocumentType::Passport:
            return DocumentTypeText::tr("Passport");
    }
    return QString();
}

QString sexName(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

std::optional<Sex> sexFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"male" || n == u"m")
        return Sex::Male;
    if (n == u"female" || n == u"f")
        return Sex::Female;
    return std::nullopt;
}

}  // namespace vax
