#pragma once

#include <QString>
#include <QStringList>

namespace td::ui {

/// The dossier tables the workstation edits (mapped onto storage's tables by DossierSession).
enum class EditTable { Tender, Bidders, Bids, References, Demand };

/// One cell edit as the user asked for it: table, row key, column name (formats.md column names)
/// and the old and new text in the notation of the workbook ("1.20", "yes", "CN;LA").
struct FieldEdit
{
    EditTable table = EditTable::Bids;
    QStringList key;
    QString column;
    QString oldValue;
    QString newValue;
};

} // namespace td::ui
