#include "workshop/demoreset.h"

#include "demo/demo.h"
#include "model/tenderdata.h"

#include <QDir>
#include <QStandardPaths>

namespace td::ui {

QString DemoReset::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.tender"));
}

bool DemoReset::isDemo(const model::TenderData *data)
{
    return data && data->tender.id == demo::tenderId();
}

} // namespace td::ui
