#include "dialogs/whatifdialog.h"

#include "rules/evaluator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

WhatIfDialog::WhatIfDialog(const model::Tender &tender, QWidget *parent)
    : QDialog(parent), m_tender(tender), m_intro(new QLabel(this)), m_spreadLabel(new QLabel(this)),
      m_spread(new QLineEdit(this)), m_ruleSetLabel(new QLabel(this)), m_ruleSet(new QComboBox(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)), m_evaluate(nullptr)
{
    setObjectName(QStringLiteral("whatIfDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("whatIfIntro"));
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_spreadLabel, m_spread);
    form->addRow(m_ruleSetLabel, m_ruleSet);
    m_spreadLabel->setBuddy(m_spread);
    m_ruleSetLabel->setBuddy(m_ruleSet);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b01e1e; }"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_evaluate = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_evaluate->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (parameters())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The parameters the tender is evaluated with now: its rule set's defaults and overrides.
    model::Parameters current;
    rules::tenderParameters(m_tender, current);
    m_initialSpread = model::parameterValue(current, u"spread_factor");
    m_spread->setText(m_initialSpread);
    for (model::RuleSet r : {model::RuleSet::VbpB9, model::RuleSet::VbpB10, model::RuleSet::VbpB11,
                             model::RuleSet::Meat})
        m_ruleSet->addItem(model::ruleSetName(r), model::ruleSetName(r));
    m_ruleSet->setCurrentIndex(m_ruleSet->findData(model::ruleSetName(m_tender.ruleSet)));
    connect(m_spread, &QLineEdit::textChanged, this, &WhatIfDialog::validate);
    connect(m_ruleSet, &QComboBox::currentIndexChanged, this, &WhatIfDialog::validate);
    retranslate();
    validate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void WhatIfDialog::setSpreadFactor(const QString &text)
{
    m_spread->setText(text);
}

void WhatIfDialog::setRuleSet(const QString &name)
{
    const int index = m_ruleSet->findData(name);
    if (index >= 0)
        m_ruleSet->setCurrentIndex(index);
}

QString WhatIfDialog::spreadFactorText() const
{
    return m_spread->text().trimmed();
}

QString WhatIfDialog::ruleSetName() const
{
    return m_ruleSet->currentData().toString();
}

bool WhatIfDialog::spreadFactorChanged() const
{
    return spreadFactorText() != m_initialSpread;
}

bool WhatIfDialog::ruleSetChanged() const
{
    return ruleSetName() != model::ruleSetName(m_tender.ruleSet);
}

std::optional<model::Parameters> WhatIfDialog::parameters(QString *error) const
{
    model::Tender tender = m_tender;
    if (const auto ruleSet = model::ruleSetFromName(ruleSetName()))
        tender.ruleSet = *ruleSet;
    model::Parameters out;
    const std::vector<model::ParameterError> errors = rules::tenderParameters(tender, out);
    if (!errors.empty()) {
        if (error)
            *error = errors.front().name.isEmpty()
                         ? errors.front().message
                         : errors.front().name + QStringLiteral(": ") + errors.front().message;
        return std::nullopt;
    }
    if (spreadFactorChanged()) {
        if (const auto problem = model::applyParameter(out, u"spread_factor", spreadFactorText())) {
            if (error)
                *error = problem->message;
            return std::nullopt;
        }
    }
    return out;
}

void WhatIfDialog::validate()
{
    QString error;
    const bool ok = parameters(&error).has_value();
    m_error->setText(error);
    m_error->setVisible(!ok);
    m_spread->setToolTip(ok ? QString() : error);
    m_evaluate->setEnabled(ok && (spreadFactorChanged() || ruleSetChanged()));
}

void WhatIfDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WhatIfDialog::retranslate()
{
    setWindowTitle(tr("Guided What-If"));
    m_intro->setText(tr("TenderDesk evaluates the tender again with the spread factor or rule set "
                        "you choose here and stores the result as a new run. You then see the "
                        "previous run and the new one side by side; the tender's own parameters "
                        "change only if you choose Keep These Parameters."));
    m_spreadLabel->setText(tr("&Spread factor:"));
    m_spread->setAccessibleName(tr("Spread factor"));
    m_ruleSetLabel->setText(tr("R&ule set:"));
    m_ruleSet->setAccessibleName(tr("Rule set"));
    m_evaluate->setText(tr("&Evaluate and Compare"));
}

} // namespace td::ui
