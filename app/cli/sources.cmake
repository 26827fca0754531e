# Sources of tenderdesk-cli, one file per command.
target_sources(tenderdesk-cli PRIVATE
  cli/main.cpp cli/commands.h cli/cliutil.h cli/cliutil.cpp
  cli/cmd_import.cpp cli/cmd_show.cpp cli/cmd_export.cpp cli/cmd_verify.cpp
  cli/cmd_evaluate.cpp cli/cmd_generate.cpp cli/cmd_demo.cpp cli/cmd_report.cpp
)
