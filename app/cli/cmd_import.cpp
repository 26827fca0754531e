#include "cliutil.h"
#include "commands.h"

namespace td::cli {

int runImport(const QStringList &)
{
    printErr(QStringLiteral("tenderdesk-cli import: not available in this build yet"));
    return FileError;
}

} // namespace td::cli
