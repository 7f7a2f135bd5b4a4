#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include "common/age.h"
#include "common/resources.h"
#include "scan/gs1.h"

namespace vax {

namespace {
struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

// Collects the first validation error while reading one product.
class ProductReader {
public:
    ProductReader(const QJsonObject& obj, int index) : m_obj(obj), m_index(index)
    {
        m_code = obj.value(QStringLiteral("code")).toString();
    }

    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

    void fail(const QString& field, const QString& fix)
    {
        if (m_error)
            return;
        const QString who = m_code.isEmpty() ? CatalogText::tr("product #%1").arg(m_index + 1)
                                             : CatalogText::tr("product %1").arg(m_code);
        m_error =
            makeError(ErrorCode::CatalogInvalid,
                      CatalogText::tr("Catalog %1, field \"%2\": %3").arg(who, field, fix), field);
    }

    QString requiredString(const QString& field)
    {
        const QJsonValue v = m_obj.value(field);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(field, CatalogText::tr("required text is missing."));
        return v.toString().trimmed();
    }

    QString optionalString(const QString& field)
    {
        const QJsonValue v = m_obj.value(field);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            fail(field, CatalogText::tr("must be text."));
        return v.toString().trimmed();
    }

    LocalizedText text(const QString& field)
    {
        const QJsonValue v = m_obj.value(field);
        LocalizedText t;
        if (!v.isObject()) {
            fail(field, CatalogText::tr("must be an object with \"zh_CN\" and \"en\" texts."));
            return t;
        }
        const QJsonObject o = v.toObject();
        t.zhCN = o.value(QStringLiteral("zh_CN")).toString().trimmed();
        t.zhTW = o.value(QStringLiteral("zh_TW")).toString().trimmed();
        t.en = o.value(QStringLiteral("en")).toString().trimmed();
        if (t.zhCN.isEmpty() || t.en.isEmpty())
            fail(field, CatalogText::tr("needs both a \"zh_CN\" and an \"en\" text."));
        if (t.zhTW.isEmpty())
            t.zhTW = t.zhCN;
        return t;
    }

    int integer(const QString& field, int min, int max, std::optional<int> fallback = {})
    {
        const QJsonValue v = m_obj.value(field);
        if (v.isUndefined() && fallback)
            return *fallback;
        const double d = v.toDouble(-1);
        // The range first: converting a double outside int's range is undefined behaviour.
        if (!v.isDouble() || d < min || d > max || d != static_cast<int>(d)) {
            fail(field, CatalogText::tr("must be a whole number from %1 to %2.").arg(min).arg(max));
            return min;
        }
        return static_cast<int>(d);
    }

    std::optional<CalendarSpan> span(const QJsonValue& v, const QString& field, bool required)
    {
        if ((v.isUndefined() || v.isNull()) && !required)
            return std::nullopt;
        auto parsed = CalendarSpan::parse(v.toString());
        if (!v.isString() || !parsed) {
            fail(field, CatalogText::tr("must be a span such as \"P18Y\", \"P6M\", \"P4W\" or "
                                        "\"P21D\"."));
            return CalendarSpan{};
        }
        return parsed;
    }

    const QJsonObject& obj() const { return m_obj; }

private:
    QJsonObject m_obj;
    int m_index;
    QString m_code;
    std::optional<Error> m_error;
};

Result<Product> readProduct(const QJsonObject& obj, int index)
{
    ProductReader r(obj, index);
    Product p;
    p.code = r.requiredString(QStringLiteral("code"));
    p.name = r.text(QStringLiteral("name"));
    p.manufacturer = r.text(QStringLiteral("manufacturer"));
    p.mvx = r.optionalString(QStringLiteral("mvx"));
    p.platform = r.requiredString(QStringLiteral("platform"));
    if (!r.failed() && !knownPlatforms().contains(p.platform))
        r.fail(QStringLiteral("platform"),
               CatalogText::tr("\"%1\" is unknown; use one of %2.")
                   .arg(p.platform, knownPlatforms().join(QStringLiteral(", "))));
    p.cvx = r.optionalString(QStringLiteral("cvx"));
    static const QRegularExpression cvxRe(QStringLiteral("^\\d{1,3}$"));
    if (!r.failed() && !p.cvx.isEmpty() && !cvxRe.match(p.cvx).hasMatch())
        r.fail(QStringLiteral("cvx"), CatalogText::tr("a CVX code is 1 to 3 digits."));
    p.interchangeGroup = r.optionalString(QStringLiteral("interchangeGroup"));
    p.disease = r.requiredString(QStringLiteral("disease"));
    for (const QJsonValue& c : obj.value(QStringLiteral("components")).toArray()) {
        if (!r.failed() && c.toString().trimmed().isEmpty())
            r.fail(QStringLiteral("components"),
                   CatalogText::tr("must be a list of component codes such as "
                                   "[\"aluminium-hydroxide\"]."));
        p.components << c.toString().trimmed();
    }

    const QJsonValue vol = obj.value(QStringLiteral("doseVolumeMl"));
    p.doseVolumeMl = vol.toDouble(0);
    if (!r.failed() && (!vol.isDouble() || p.doseVolumeMl <= 0 || p.doseVolumeMl > 5))
        r.fail(QStringLiteral("doseVolumeMl"),
               CatalogText::tr("must be a number of millilitres above 0 and at most 5."));

    p.route = r.requiredString(QStringLiteral("route"));
    if (!r.failed() && !knownRoutes().contains(p.route))
        r.fail(QStringLiteral("route"),
               CatalogText::tr("\"%1\" is unknown; use one of %2.")
                   .arg(p.route, knownRoutes().join(QStringLiteral(", "))));
    const QJsonValue sites = obj.value(QStringLiteral("sites"));
    if (!r.failed() && !sites.isArray())
        r.fail(QStringLiteral("sites"), CatalogText::tr("must be a list of site codes such as "
                                                        "[\"LD\", \"RD\"]."));
    for (const QJsonValue& s : sites.toArray()) {
        if (!r.failed() && !knownSites().contains(s.toString()))
            r.fail(QStringLiteral("sites"),
                   CatalogText::tr("\"%1\" is not a site code; use one of %2.")
                       .arg(s.toString(), knownSites().join(QStringLiteral(", "))));
        p.sites << s.toString();
    }
    if (!r.failed() && p.sites.isEmpty() && p.route != QLatin1String("PO") &&
        p.route != QLatin1String("IN"))
        r.fail(QStringLiteral("sites"), CatalogText::tr("an injected vaccine needs at least one "
                                                        "site."));

    p.vialDoses = r.integer(QStringLiteral("vialDoses"), 1, 50);
    const QJsonValue openHours = obj.value(QStringLiteral("openVialHours"));
    if (!openHours.isUndefined() && !openHours.isNull())
        p.openVialHours = r.integer(QStringLiteral("openVialHours"), 1, 28 * 24);
    if (!r.failed() && p.vialDoses > 1 && !p.openVialHours)
        r.fail(QStringLiteral("openVialHours"),
               CatalogText::tr("a multi-dose vial needs the hours it may be used after opening "
                               "(WHO default: 6)."));

    p.minAge = r.span(obj.value(QStringLiteral("minAge")), QStringLiteral("minAge"), true)
                   .value_or(CalendarSpan{});
    p.maxAge = r.span(obj.value(QStringLiteral("maxAge")), QStringLiteral("maxAge"), false);
    if (!r.failed() && p.maxAge &&
        ageReachedOn(QDate(2000, 1, 1), *p.maxAge) <= ageReachedOn(QDate(2000, 1, 1), p.minAge))
        r.fail(QStringLiteral("maxAge"), CatalogText::tr("must be above minAge."));
    p.observationMinutes = r.integer(QStringLiteral("observationMinutes"), 0, 240, 30);

    const QJsonValue seriesValue = obj.value(QStringLiteral("series"));
    if (!r.failed() && !seriesValue.isObject())
        r.fail(QStringLiteral("series"), CatalogText::tr("must be an object with \"doses\" and "
                                                         "\"intervals\"."));
    const QJsonObject series = seriesValue.toObject();
    const QJsonValue doses = series.value(QStringLiteral("doses"));
    p.seriesDoses = doses.toInt(0);
    if (!r.failed() && (!doses.isDouble() || p.seriesDoses < 1 || p.seriesDoses > 10))
        r.fail(QStringLiteral("series.doses"), CatalogText::tr("must be a whole number from 1 "
                                                               "to 10."));
    const QJsonArray intervals = series.value(QStringLiteral("intervals")).toArray();
    for (int i = 0; i < intervals.size() && !r.failed(); ++i) {
        const QJsonObject iv = intervals.at(i).toObject();
        const QString field = QStringLiteral("series.intervals[%1]").arg(i);
        SeriesInterval si;
        si.dose = iv.value(QStringLiteral("dose")).toInt(0);
        si.after = iv.value(QStringLiteral("after")).toInt(0);
        if (si.dose < 2 || si.dose > p.seriesDoses || si.after < 1 || si.after >= si.dose) {
            r.fail(field, CatalogText::tr("\"dose\" must be 2 to %1 and \"after\" an earlier "
                                          "dose.")
                              .arg(p.seriesDoses));
            break;
        }
        si.min = r.span(iv.value(QStringLiteral("min")), field + QStringLiteral(".min"), true)
                     .value_or(CalendarSpan{});
        si.recommendedMax = r.span(iv.value(QStringLiteral("recommendedMax")),
                                   field + QStringLiteral(".recommendedMax"), false);
        p.intervals.push_back(si);
    }
    for (int dose = 2; dose <= p.seriesDoses && !r.failed(); ++dose) {
        const bool covered =
            std::any_of(p.intervals.begin(), p.intervals.end(),
                        [dose](const SeriesInterval& s) { return s.dose == dose; });
        if (!covered)
            r.fail(QStringLiteral("series.intervals"),
                   CatalogText::tr("dose %1 has no interval rule; add one with \"dose\": %1.")
                       .arg(dose));
    }
    for (const QJsonValue& g : obj.value(QStringLiteral("gtins")).toArray()) {
        if (!r.failed() && !isValidGtin14(g.toString()))
            r.fail(QStringLiteral("gtins"),
                   CatalogText::tr("\"%1\" is not a GTIN-14 with a correct check digit.")
                       .arg(g.toString()));
        p.gtins << g.toString();
    }
    if (r.failed())
        return r.error();
    return p;
}
}  // namespace

QString LocalizedText::forLocale(const QString& locale) const
{
    if (locale.startsWith(QLatin1String("zh_TW")) || locale.startsWith(QLatin1String("zh_HK")) ||
        locale.startsWith(QLatin1String("zh_Hant")))
        return zhTW;
    if (locale.startsWith(QLatin1String("zh")))
        return zhCN;
    return en;
}

const QStringList& knownRoutes()
{
    static const QStringList routes{QStringLiteral("IM"), QStringLiteral("SC"),
                                    QStringLiteral("ID"), QStringLiteral("PO"),
                                    QStringLiteral("IN")};
    return routes;
}

const QStringList& knownSites()
{
    static const QStringList sites{
        QStringLiteral("LD"), QStringLiteral("RD"), QStringLiteral("LA"),  QStringLiteral("RA"),
        QStringLiteral("LT"), QStringLiteral("RT"), QStringLiteral("LVL"), QStringLiteral("RVL"),
        QStringLiteral("LG"), QStringLiteral("RG")};
    return sites;
}

const QStringList& knownPlatforms()
{
    static const QStringList platforms{QStringLiteral("inactivated"),
                                       QStringLiteral("adenovirus-vector"),
                                       QStringLiteral("recombinant-protein"),
                                       QStringLiteral("mrna"),
                                       QStringLiteral("live-attenuated"),
                                       QStringLiteral("polysaccharide"),
                                       QStringLiteral("conjugate"),
                                       QStringLiteral("toxoid"),
                                       QStringLiteral("other")};
    return platforms;
}

Result<Catalog> Catalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::CatalogInvalid,
                         CatalogText::tr("The catalog is not valid JSON (at byte %1: %2). Fix the "
                                         "file's syntax.")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()),
                         QStringLiteral("catalog"));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != 1) {
        return makeError(ErrorCode::CatalogInvalid,
                         CatalogText::tr("Catalog field \"format\" must be 1 (this VaxPoint reads "
                                         "catalog format 1)."),
                         QStringLiteral("format"));
    }
    Catalog catalog;
    catalog.m_version = root.value(QStringLiteral("version")).toString().trimmed();
    if (catalog.m_version.isEmpty()) {
        return makeError(ErrorCode::CatalogInvalid,
                         CatalogText::tr("Catalog field \"version\" is missing: give the catalog a "
                                         "version such as \"2021.1\"."),
                         QStringLiteral("version"));
    }
    for (const QJsonValue& code : root.value(QStringLiteral("seriousAllergicAefi")).toArray()) {
        if (code.toString().trimmed().isEmpty())
            return makeError(ErrorCode::CatalogInvalid,
                             CatalogText::tr("Catalog field \"seriousAllergicAefi\" must list "
                                             "AEFI symptom codes such as \"anaphylaxis\"."),
                             QStringLiteral("seriousAllergicAefi"));
        catalog.m_seriousAllergicAefi << code.toString().trimmed();
    }
    const QJsonArray products = root.value(QStringLiteral("products")).toArray();
    if (products.isEmpty()) {
        return makeError(ErrorCode::CatalogInvalid,
                         CatalogText::tr("Catalog field \"products\" must list at least one "
                                         "product."),
                         QStringLiteral("products"));
    }
    QSet<QString> codes;
    for (int i = 0; i < products.size(); ++i) {
        VAX_TRY_VALUE(auto product, readProduct(products.at(i).toObject(), i));
        if (codes.contains(product.code)) {
            return makeError(ErrorCode::CatalogInvalid,
                             CatalogText::tr("Catalog product %1, field \"code\": the code is used "
                                             "twice; each product needs its own code.")
                                 .arg(product.code),
                             QStringLiteral("code"));
        }
        codes.insert(product.code);
        catalog.m_products.push_back(std::move(product));
    }
    return catalog;
}

QByteArray Catalog::builtInJson()
{
    initCoreResources();
    QFile f(QStringLiteral(":/vax/catalog/catalog.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the built-in catalog resource is missing");
    return f.readAll();
}

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = [] {
        auto parsed = fromJson(builtInJson());
        if (!parsed)
            qFatal("the built-in catalog is invalid: %s", qPrintable(parsed.error().message));
        return *parsed;
    }();
    return catalog;
}

const Product* Catalog::find(const QString& code) const
{
    for (const Product& p : m_products)
        if (p.code == code)
            return &p;
    return nullptr;
}

const Product* Catalog::findByGtin(const QString& gtin) const
{
    for (const Product& p : m_products)
        if (p.gtins.contains(gtin))
            return &p;
    return nullptr;
}

}  // namespace vax
