#pragma once

#include <QString>
#include <QStringList>

namespace td::cli {

/// One subcommand of tenderdesk-cli: its name, a one-line summary, usage, and the function.
struct Command
{
    const char *name;
    const char *usage;
    const char *summary;
    int (*run)(const QStringList &args);
};

// One file per command (cmd_<name>.cpp); each returns an Exit code.
int runImport(const QStringList &args);
int runShow(const QStringList &args);
int runExport(const QStringList &args);
int runVerify(const QStringList &args);
int runEvaluate(const QStringList &args);
int runGenerate(const QStringList &args);
int runDemo(const QStringList &args);
int runReport(const QStringList &args);

} // namespace td::cli
