#pragma once

#include "model/evaluationresult.h"

#include <QChartView>

namespace td::ui {

/// The bid ladder of one product: comparable unit prices in rank order (coloured and labelled by
/// status), with lines at the lowest price, the spread threshold, the anchor and the ceiling.
class BidLadderChart : public QChartView
{
    Q_OBJECT
public:
    explicit BidLadderChart(QWidget *parent = nullptr);
    /// `parameters` (may be null) decides how exact figures are written.
    void setProduct(const model::ProductResult *product,
                    const model::Parameters *parameters = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    const model::ProductResult *m_product = nullptr;
    const model::Parameters *m_parameters = nullptr;
};

} // namespace td::ui
