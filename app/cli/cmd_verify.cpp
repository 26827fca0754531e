#include "cliutil.h"
#include "commands.h"

namespace td::cli {

int runVerify(const QStringList &)
{
    printErr(QStringLiteral("tenderdesk-cli verify: not available in this build yet"));
    return FileError;
}

} // namespace td::cli
