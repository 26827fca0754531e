#include "cliutil.h"
#include "commands.h"

namespace td::cli {

int runReport(const QStringList &)
{
    printErr(QStringLiteral("tenderdesk-cli report: not available in this build yet"));
    return FileError;
}

} // namespace td::cli
