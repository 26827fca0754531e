# Sources of core/report, relative to core/. See report/README.md: content, PDF painting
# (QtGui only) and XLSX all live here so tenderdesk-cli can print without the UI library.
target_sources(tenderdesk_core PRIVATE
  report/phrasebook.h report/phrasebook.cpp
  report/numberformat.h report/numberformat.cpp
  report/reportoptions.h report/reportoptions.cpp
  report/reportdocument.h
  report/reportsource.h report/reportsource.cpp
  report/awardfigures.h report/awardfigures.cpp
  report/reportcontext.h report/reportcontext.cpp
  report/awardreport.h report/awardreport.cpp
  report/awardletter.h report/awardletter.cpp
  report/reportfonts.h report/reportfonts.cpp
  report/reportpainter.h report/reportpainter.cpp
  report/pdfexport.h report/pdfexport.cpp
  report/xlsxexport.h report/xlsxexport.cpp
  report/reportapplication.h report/reportapplication.cpp
)
