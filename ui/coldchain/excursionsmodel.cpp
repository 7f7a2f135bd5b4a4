#include "coldchain/excursionsmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

#include "common/labels.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

ExcursionsModel::ExcursionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExcursionsModel::setExcursions(std::vector<ExcursionRecord> excursions)
{
    std::stable_sort(excursions.begin(), excursions.end(),
                     [](const ExcursionRecord& a, const ExcursionRecord& b) {
                         if (a.open() != b.open())
                             return a.open();
                         return a.start > b.start;
                     });
    beginResetModel();
    m_rows = std::move(excursions);
    endResetModel();
}

const ExcursionRecord* ExcursionsModel::excursion(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

int ExcursionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExcursionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QString ExcursionsModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("heat"))
        return tr("Too warm (logger alarm)");
    if (kind == QLatin1String("freeze"))
        return tr("Freezing (logger alarm)");
    if (kind == QLatin1String("out_of_range"))
        return tr("Reading out of range");
    return labels::label(labels::Family::ExcursionKind, kind);
}

namespace {
QString lotStatusText(const QString& status)
{
    if (status == QLatin1String("quarantined"))
        return ExcursionsModel::tr("QUARANTINED");
    if (status == QLatin1String("released"))
        return ExcursionsModel::tr("released");
    if (status == QLatin1String("discarded"))
        return ExcursionsModel::tr("discarded");
    return labels::label(labels::Family::QuarantineStatus, status);
}
}  // namespace

QVariant ExcursionsModel::data(const QModelIndex& index, int role) const
{
    const ExcursionRecord* e = index.isValid() ? excursion(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case ColFridge:
                return e->fridgeName;
            case ColKind:
                return kindText(e->kind);
            case ColStart:
                return QLocale().toString(inSiteZone(e->start), QStringLiteral("yyyy-MM-dd HH:mm"));
            case ColDuration:
                return e->minutes >= 60
                           ? tr("%1 h %2 min").arg(e->minutes / 60).arg(e->minutes % 60)
                           : tr("%1 min").arg(e->minutes);
            case ColExtreme:
                return tr("%1 °C").arg(e->extremeC, 0, 'f', 1);
            case ColLots: {
                if (e->lots.empty())
                    return tr("no lot in the fridge");
                QStringList parts;
                for (const QuarantinedLot& l : e->lots)
                    parts << QStringLiteral("%1 %2").arg(l.lotNumber, lotStatusText(l.status));
                return parts.join(QStringLiteral(", "));
            }
            default:
                return {};
        }
    }
    if (role == Qt::ForegroundRole && e->open())
        return QBrush(QColor(QLatin1String(kErrorColour)));
    if (role == Qt::FontRole && e->open())
        return attentionFont();
    return {};
}

QVariant ExcursionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
        case ColFridge:
            return tr("Fridge");
        case ColKind:
            return tr("Excursion");
        case ColStart:
            return tr("Started");
        case ColDuration:
            return tr("Duration");
        case ColExtreme:
            return tr("Extreme");
        case ColLots:
            return tr("Lots and decisions");
        default:
            return {};
    }
}

}  // namespace vax::ui
