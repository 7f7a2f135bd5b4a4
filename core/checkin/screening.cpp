#include "checkin/screening.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

#include "common/resources.h"
#include "contraindication/contraindication.h"

namespace vax {

namespace {
struct ScreeningText {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::ScreeningInvalid, message, field);
}

// Tenths of a degree, so 37.3 compares exactly.
int tenths(double c)
{
    return static_cast<int>(std::lround(c * 10.0));
}
}  // namespace

QString screeningOutcomeName(ScreeningOutcome outcome)
{
    switch (outcome) {
        case ScreeningOutcome::Clear:
            return QStringLiteral("clear");
        case ScreeningOutcome::DoctorReview:
            return QStringLiteral("doctor_review");
        case ScreeningOutcome::Defer:
            return QStringLiteral("defer");
        case ScreeningOutcome::Contraindicated:
            return QStringLiteral("contraindicated");
    }
    return QString();
}

std::optional<ScreeningOutcome> screeningOutcomeFromName(const QString& name)
{
    for (auto o : {ScreeningOutcome::Clear, ScreeningOutcome::DoctorReview, ScreeningOutcome::Defer,
                   ScreeningOutcome::Contraindicated}) {
        if (screeningOutcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

QString ScreeningQuestion::text(const QString& language) const
{
    if (language == u"zh_CN")
        return textZhCN;
    if (language == u"zh_TW")
        return textZhTW;
    return textEn;
}

Result<Questionnaire> Questionnaire::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return invalid(ScreeningText::tr("The screening questionnaire is not a JSON object (%1). "
                                         "Fix the file.")
                           .arg(parseError.errorString()),
                       QStringLiteral("questionnaire"));
    const QJsonObject o = doc.object();
    Questionnaire q;
    q.m_version = o.value(QStringLiteral("version")).toString().trimmed();
    if (q.m_version.isEmpty())
        return invalid(ScreeningText::tr("The screening questionnaire needs a \"version\"."),
                       QStringLiteral("version"));
    q.m_feverThresholdC = o.value(QStringLiteral("feverThresholdC")).toDouble(37.3);
    if (q.m_feverThresholdC < 37.0 || q.m_feverThresholdC > 38.5)
        return invalid(ScreeningText::tr("\"feverThresholdC\" must be between 37.0 and 38.5."),
                       QStringLiteral("feverThresholdC"));
    const QJsonArray questions = o.value(QStringLiteral("questions")).toArray();
    if (questions.isEmpty())
        return invalid(ScreeningText::tr("The screening questionnaire has no questions."),
                       QStringLiteral("questions"));
    QSet<QString> ids;
    for (int i = 0; i < questions.size(); ++i) {
        const QJsonObject qo = questions.at(i).toObject();
        ScreeningQuestion sq;
        sq.id = qo.value(QStringLiteral("id")).toString().trimmed();
        const QString where = ScreeningText::tr("question #%1").arg(i + 1);
        if (sq.id.isEmpty() || ids.contains(sq.id) || sq.id == u"fever")
            return invalid(ScreeningText::tr("Screening %1: \"id\" is missing, repeated or "
                                             "reserved. Give each question its own id.")
                               .arg(where),
                           QStringLiteral("id"));
        ids.insert(sq.id);
        const auto outcome =
            screeningOutcomeFromName(qo.value(QStringLiteral("outcome")).toString());
        if (!outcome || *outcome == ScreeningOutcome::Clear)
            return invalid(ScreeningText::tr("Screening question %1: \"outcome\" must be "
                                             "contraindicated, defer or doctor_review.")
                               .arg(sq.id),
                           QStringLiteral("outcome"));
        sq.outcome = *outcome;
        const QJsonObject text = qo.value(QStringLiteral("text")).toObject();
        sq.textZhCN = text.value(QStringLiteral("zh_CN")).toString().trimmed();
        sq.textEn = text.value(QStringLiteral("en")).toString().trimmed();
        sq.textZhTW = text.value(QStringLiteral("zh_TW")).toString().trimmed();
        if (sq.textZhCN.isEmpty() || sq.textEn.isEmpty())
            return invalid(ScreeningText::tr("Screening question %1: \"text\" needs a zh_CN and "
                                             "an en text.")
                               .arg(sq.id),
                           QStringLiteral("text"));
        if (sq.textZhTW.isEmpty())
            sq.textZhTW = sq.textZhCN;
        const QJsonObject remember = qo.value(QStringLiteral("remember")).toObject();
        sq.rememberScope = remember.value(QStringLiteral("scope")).toString().trimmed();
        sq.rememberAllergy = remember.value(QStringLiteral("allergy")).toBool(false);
        if (sq.outcome == ScreeningOutcome::Contraindicated &&
            (sq.rememberScope.isEmpty() || (sq.rememberScope != u"previous_group" &&
                                            !ScopeSpec::parse(sq.rememberScope, sq.id).ok())))
            return invalid(ScreeningText::tr("Screening question %1: a contraindicating question "
                                             "needs \"remember\": {\"scope\": …} with all, "
                                             "product:CODE, group:G, component:C or "
                                             "previous_group.")
                               .arg(sq.id),
                           QStringLiteral("remember"));
        q.m_questions.push_back(sq);
    }
    return q;
}

const Questionnaire& Questionnaire::builtIn()
{
    static const Questionnaire q = [] {
        initCoreResources();
        QFile f(QStringLiteral(":/vax/screening/screening.json"));
        f.open(QIODevice::ReadOnly);
        auto loaded = fromJson(f.readAll());
        // The built-in file is tested; a broken one is a build defect, not a user error.
        Q_ASSERT_X(loaded.ok(), "Questionnaire::builtIn", "built-in screening.json is invalid");
        return loaded.ok() ? *loaded : Questionnaire();
    }();
    return q;
}

const ScreeningQuestion* Questionnaire::question(const QString& id) const
{
    for (const ScreeningQuestion& q : m_questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

QJsonObject ScreeningResult::toJson(const QString& version, double temperatureC,
                                    const ScreeningAnswers& answers) const
{
    QJsonObject a;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        a.insert(it.key(), it.value());
    return {{QStringLiteral("version"), version},
            {QStringLiteral("temperature_c"), temperatureC},
            {QStringLiteral("answers"), a},
            {QStringLiteral("outcome"), screeningOutcomeName(outcome)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
}

Result<ScreeningResult> evaluateScreening(const Questionnaire& q, const ScreeningAnswers& answers,
                                          double temperatureC)
{
    if (!std::isfinite(temperatureC) || tenths(temperatureC) < 340 || tenths(temperatureC) > 430)
        return makeError(ErrorCode::CheckInTemperature,
                         ScreeningText::tr("Temperature %1 °C is not plausible. Measure again and "
                                           "enter it in °C, e.g. 36.5.")
                             .arg(temperatureC),
                         QStringLiteral("temperature"));
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!q.question(it.key()))
            return invalid(ScreeningText::tr("Unknown screening question \"%1\". Answer the "
                                             "questions of questionnaire %2.")
                               .arg(it.key(), q.version()),
                           it.key());
    }
    ScreeningResult r;
    for (const ScreeningQuestion& question : q.questions()) {
        if (!answers.contains(question.id))
            return invalid(ScreeningText::tr("Screening question \"%1\" is not answered. Answer "
                                             "yes or no.")
                               .arg(question.text(QStringLiteral("en"))),
                           question.id);
        if (answers.value(question.id)) {
            r.reasons << question.id;
            r.outcome = std::max(r.outcome, question.outcome);
        }
    }
    if (tenths(temperatureC) >= tenths(q.feverThresholdC())) {
        r.fever = true;
        r.reasons << QStringLiteral("fever");
        r.outcome = std::max(r.outcome, ScreeningOutcome::Defer);
    }
    return r;
}

}  // namespace vax
