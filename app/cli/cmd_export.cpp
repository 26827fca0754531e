#include "cliutil.h"
#include "commands.h"

namespace td::cli {

int runExport(const QStringList &)
{
    printErr(QStringLiteral("tenderdesk-cli export: not available in this build yet"));
    return FileError;
}

} // namespace td::cli
