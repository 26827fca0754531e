#include "statusstyle.h"

#include "rules/reasontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace td::ui {

using model::BidStatus;
using model::Reason;
using model::TieKey;

namespace {

enum class Shape { Check, Circle, Dash, Ring, Cross, Dot, Warning };

QIcon paintIcon(Shape shape, const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPen pen(color, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (shape) {
        case Shape::Check: {
            p.setBrush(color);
            p.setPen(Qt::NoPen);
            p.drawEllipse(QRectF(1, 1, s - 2, s - 2));
            QPen white(Qt::white, s / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p.setPen(white);
            QPainterPath path;
            path.moveTo(s * 0.27, s * 0.52);
            path.lineTo(s * 0.44, s * 0.68);
            path.lineTo(s * 0.74, s * 0.34);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            break;
        }
        case Shape::Circle: { // revived: a circular arrow
            p.setPen(pen);
            p.drawArc(QRectF(s * 0.18, s * 0.18, s * 0.64, s * 0.64), 90 * 16, 270 * 16);
            QPolygonF head;
            head << QPointF(s * 0.5, s * 0.04) << QPointF(s * 0.72, s * 0.18)
                 << QPointF(s * 0.5, s * 0.32);
            p.setBrush(color);
            p.drawPolygon(head);
            break;
        }
        case Shape::Dash:
            p.setPen(pen);
            p.drawLine(QPointF(s * 0.2, s * 0.5), QPointF(s * 0.8, s * 0.5));
            break;
        case Shape::Ring:
            p.setPen(pen);
            p.drawEllipse(QRectF(s * 0.2, s * 0.2, s * 0.6, s * 0.6));
            break;
        case Shape::Cross:
            p.setPen(pen);
            p.drawLine(QPointF(s * 0.22, s * 0.22), QPointF(s * 0.78, s * 0.78));
            p.drawLine(QPointF(s * 0.78, s * 0.22), QPointF(s * 0.22, s * 0.78));
            break;
        case Shape::Dot:
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(QRectF(s * 0.3, s * 0.3, s * 0.4, s * 0.4));
            break;
        case Shape::Warning: {
            QPolygonF tri;
            tri << QPointF(s * 0.5, s * 0.08) << QPointF(s * 0.94, s * 0.9)
                << QPointF(s * 0.06, s * 0.9);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawPolygon(tri);
            p.setPen(QPen(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.62));
            p.drawPoint(QPointF(s * 0.5, s * 0.78));
            break;
        }
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

static QString capitalized(QString text)
{
    // Table cells start with a capital in scripts that have one ("winner" → "Winner").
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString statusLabel(BidStatus status)
{
    return capitalized(rules::statusText(status));
}

QString reasonLabel(Reason reason)
{
    return capitalized(rules::reasonText(reason));
}

QString tieKeyLabel(TieKey key)
{
    return rules::tieKeyText(key);
}

QColor statusColor(BidStatus status)
{
    switch (status) {
    case BidStatus::Winner:
        return QColor(0x1b, 0x7f, 0x3b);
    case BidStatus::Revived:
        return QColor(0x1f, 0x5f, 0xb4);
    case BidStatus::NotSelected:
        return QColor(0x80, 0x6a, 0x00);
    case BidStatus::NotShortlisted:
        return QColor(0x6b, 0x6b, 0x6b);
    case BidStatus::Disqualified:
        break;
    }
    return QColor(0xb0, 0x1e, 0x1e);
}

QIcon statusIcon(BidStatus status)
{
    static QHash<int, QIcon> cache;
    const int key = int(status);
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    Shape shape = Shape::Cross;
    switch (status) {
    case BidStatus::Winner:
        shape = Shape::Check;
        break;
    case BidStatus::Revived:
        shape = Shape::Circle;
        break;
    case BidStatus::NotSelected:
        shape = Shape::Ring;
        break;
    case BidStatus::NotShortlisted:
        shape = Shape::Dash;
        break;
    case BidStatus::Disqualified:
        shape = Shape::Cross;
        break;
    }
    return *cache.insert(key, paintIcon(shape, statusColor(status)));
}

QString productStateLabel(ProductState state)
{
    switch (state) {
    case ProductState::NotEvaluated:
        return QCoreApplication::translate("td::ui::Status", "Not evaluated");
    case ProductState::Awarded:
        return QCoreApplication::translate("td::ui::Status", "Awarded");
    case ProductState::NoAward:
        return QCoreApplication::translate("td::ui::Status", "No award");
    case ProductState::PartlyUnassigned:
        break;
    }
    return QCoreApplication::translate("td::ui::Status", "Volume unassigned");
}

QColor productStateColor(ProductState state)
{
    switch (state) {
    case ProductState::NotEvaluated:
        return QColor(0x6b, 0x6b, 0x6b);
    case ProductState::Awarded:
        return statusColor(BidStatus::Winner);
    case ProductState::NoAward:
        return statusColor(BidStatus::Disqualified);
    case ProductState::PartlyUnassigned:
        break;
    }
    return QColor(0xb3, 0x5c, 0x00);
}

QIcon productStateIcon(ProductState state)
{
    static QHash<int, QIcon> cache;
    const int key = int(state);
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    Shape shape = Shape::Dot;
    switch (state) {
    case ProductState::NotEvaluated:
        shape = Shape::Dot;
        break;
    case ProductState::Awarded:
        shape = Shape::Check;
        break;
    case ProductState::NoAward:
        shape = Shape::Cross;
        break;
    case ProductState::PartlyUnassigned:
        shape = Shape::Warning;
        break;
    }
    return *cache.insert(key, paintIcon(shape, productStateColor(state)));
}

} // namespace td::ui
