#pragma once

#include <QChartView>

#include "money/decimal.h"

#include <vector>

namespace td::ui {

/// Agreed volume of one product shared among its winners (a pie, one slice per winning bid).
class VolumeShareChart : public QChartView
{
    Q_OBJECT
public:
    struct Slice
    {
        QString label;
        money::Decimal volume;
    };

    explicit VolumeShareChart(QWidget *parent = nullptr);
    void setSlices(const QString &productId, std::vector<Slice> slices,
                   const money::Decimal &unassigned);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString m_productId;
    std::vector<Slice> m_slices;
    money::Decimal m_unassigned;
};

} // namespace td::ui
