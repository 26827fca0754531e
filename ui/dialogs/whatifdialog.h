#pragma once

#include "model/parameters.h"
#include "model/tenderdata.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace td::ui {

/// Workshop: Guided What-If. Says in two sentences what will happen, lets the trainer change
/// the spread factor (checked by core's applyParameter as it is typed) or the rule set, and
/// hands the window the parameters to evaluate with. The tender itself is not changed here.
class WhatIfDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WhatIfDialog(const model::Tender &tender, QWidget *parent = nullptr);

    void setSpreadFactor(const QString &text);
    void setRuleSet(const QString &name);
    QString spreadFactorText() const;
    QString ruleSetName() const;
    bool spreadFactorChanged() const;
    bool ruleSetChanged() const;

    /// The parameters of the what-if: the chosen rule set's defaults with the tender's own
    /// overrides, then the spread factor typed here. None while the input is invalid.
    std::optional<model::Parameters> parameters(QString *error = nullptr) const;

    QLineEdit *spreadFactorEdit() const { return m_spread; }
    QComboBox *ruleSetBox() const { return m_ruleSet; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    model::Tender m_tender;
    QString m_initialSpread;
    QLabel *m_intro;
    QLabel *m_spreadLabel;
    QLineEdit *m_spread;
    QLabel *m_ruleSetLabel;
    QComboBox *m_ruleSet;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_evaluate;
};

} // namespace td::ui
