#pragma once

#include "model/evaluationresult.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace td::ui {

/// Why the selected bid has its status: core's reason sentence with its numbers, the tie key
/// that ordered it, and the thresholds that applied to its product.
class ExplanationWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationWidget(QWidget *parent = nullptr);

    /// Shows `bid` of `product` evaluated with `parameters`; null bid clears the pane.
    void setBid(const model::BidResult *bid, const model::ProductResult *product,
                const model::Parameters *parameters);
    /// The plain text shown (tests, copy).
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    QLabel *m_title;
    QTextBrowser *m_browser;
    const model::BidResult *m_bid = nullptr;
    const model::ProductResult *m_product = nullptr;
    const model::Parameters *m_parameters = nullptr;
};

} // namespace td::ui
