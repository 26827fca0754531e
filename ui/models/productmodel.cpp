#include "models/productmodel.h"

#include "localeformat.h"
#include "models/modelroles.h"

#include <QLocale>

namespace td::ui {

ProductModel::ProductModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProductModel::setTender(const model::TenderData *data, const model::EvaluationResult *result)
{
    m_resetting = true;
    beginResetModel();
    m_data = data;
    m_loaded = 0;
    m_result = nullptr;
    m_resultIndex.clear();
    if (result) {
        m_result = result;
        for (int i = 0; i < int(result->products.size()); ++i)
            m_resultIndex.insert(result->products[size_t(i)].productId, i);
    }
    if (m_data)
        m_loaded = std::min(m_chunk, int(m_data->products.size()));
    endResetModel();
    m_resetting = false;
}

void ProductModel::setResult(const model::EvaluationResult *result)
{
    m_result = result;
    m_resultIndex.clear();
    if (result) {
        for (int i = 0; i < int(result->products.size()); ++i)
            m_resultIndex.insert(result->products[size_t(i)].productId, i);
    }
    if (m_loaded > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_loaded - 1, ColumnCount - 1));
}

int ProductModel::totalRows() const
{
    return m_data ? int(m_data->products.size()) : 0;
}

const model::Product *ProductModel::product(int row) const
{
    if (!m_data || row < 0 || row >= m_loaded)
        return nullptr;
    return &m_data->products[size_t(row)];
}

const model::ProductResult *ProductModel::resultFor(const QString &productId) const
{
    if (!m_result)
        return nullptr;
    auto it = m_resultIndex.constFind(productId);
    return it == m_resultIndex.constEnd() ? nullptr : &m_result->products[size_t(*it)];
}

const model::ProductResult *ProductModel::result(int row) const
{
    const model::Product *p = product(row);
    return p ? resultFor(p->id) : nullptr;
}

QString ProductModel::productId(int row) const
{
    const model::Product *p = product(row);
    return p ? p->id : QString();
}

ProductState ProductModel::state(int row) const
{
    const model::ProductResult *r = result(row);
    if (!r)
        return ProductState::NotEvaluated;
    if (r->winners == 0)
        return ProductState::NoAward;
    if (!r->unassigned.empty())
        return ProductState::PartlyUnassigned;
    return ProductState::Awarded;
}

int ProductModel::rowOf(const QString &productId)
{
    if (!m_data)
        return -1;
    for (int i = 0; i < totalRows(); ++i) {
        if (m_data->products[size_t(i)].id == productId) {
            while (m_loaded <= i)
                fetchMore({});
            return i;
        }
    }
    return -1;
}

void ProductModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_loaded > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_loaded - 1, ColumnCount - 1));
}

int ProductModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

int ProductModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProductModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && m_loaded < totalRows();
}

void ProductModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_resetting)
        return;
    const int more = std::min(m_chunk, totalRows() - m_loaded);
    if (more <= 0)
        return;
    // Views (and the model tester) may ask again while the insertion is announced.
    m_resetting = true;
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
    m_resetting = false;
}

static QString localName(const model::Product &p)
{
    switch (QLocale().language()) {
    case QLocale::Chinese:
        if (!p.nameZh.isEmpty())
            return p.nameZh;
        break;
    case QLocale::Lao:
        if (!p.nameLo.isEmpty())
            return p.nameLo;
        break;
    case QLocale::Thai:
        if (!p.nameTh.isEmpty())
            return p.nameTh;
        break;
    default:
        break;
    }
    for (const QString *name : {&p.nameZh, &p.nameLo, &p.nameTh}) {
        if (!name->isEmpty())
            return *name;
    }
    return QString();
}

QVariant ProductModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Product *p = product(index.row());
    if (!p)
        return {};
    const model::ProductResult *r = resultFor(p->id);
    const QLocale locale;

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case Id:
            return p->id;
        case Inn:
            return p->inn;
        case LocalName:
            return localName(*p);
        case Form:
            return p->form;
        case Spec:
            if (sort)
                return QVariant::fromValue(p->strength);
            return tr("%1 %2 × %3")
                .arg(localizeDecimalText(p->strength.toStringTrimmed(), locale), p->strengthUnit,
                     localizeDecimalText(p->packSize.toStringTrimmed(), locale));
        case Qualified:
            return r ? QVariant(r->qualified) : QVariant();
        case Shortlist:
            return r ? QVariant(r->shortlistSize) : QVariant();
        case Winners:
            return r ? QVariant(r->winners) : QVariant();
        case LowestPrice:
            if (!r || !r->lowestUnitPrice)
                return {};
            return sort ? QVariant::fromValue(*r->lowestUnitPrice)
                        : QVariant(formatDecimal(*r->lowestUnitPrice, locale));
        case AgreedShare:
            if (!r || !r->agreedShare)
                return {};
            return sort ? QVariant::fromValue(*r->agreedShare)
                        : QVariant(formatShare(r->agreedShare, locale));
        case Status:
            if (sort)
                return int(state(index.row()));
            return productStateLabel(state(index.row()));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return productStateIcon(state(index.row()));
    if (role == Qt::ForegroundRole && index.column() == Status)
        return productStateColor(state(index.row()));
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Qualified:
        case Shortlist:
        case Winners:
        case LowestPrice:
        case AgreedShare:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant ProductModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case Id:
        return tr("Product");
    case Inn:
        return tip ? tr("Generic name (INN)") : tr("INN");
    case LocalName:
        return tr("Local name");
    case Form:
        return tr("Dosage form");
    case Spec:
        return tip ? tr("Representative specification: strength × pack size") : tr("Specification");
    case Qualified:
        return tip ? tr("Qualified bids (N)") : tr("N");
    case Shortlist:
        return tip ? tr("Shortlist size (K)") : tr("K");
    case Winners:
        return tr("Winners");
    case LowestPrice:
        return tip ? tr("Lowest comparable unit price") : tr("Lowest unit price");
    case AgreedShare:
        return tr("Agreed share");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td::ui
