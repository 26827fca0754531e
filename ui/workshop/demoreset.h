#pragma once

#include <QString>

namespace td::model {
struct TenderData;
}

namespace td::ui {

/// Workshop: where "Reset Demo to Pristine" writes the bundled demo when no demo is open, and
/// whether an open tender is the demo.
class DemoReset
{
public:
    /// AppDataLocation/demo.tender (the folder is created).
    static QString defaultPath();
    static bool isDemo(const model::TenderData *data);
};

} // namespace td::ui
