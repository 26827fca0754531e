# Sources of core/io, relative to core/.
target_sources(tenderdesk_core PRIVATE
  io/resultjson.h io/resultjson.cpp
  io/jsonwriter.h io/jsonwriter.cpp
  io/jsoncursor.h io/jsoncursor.cpp
  io/generator.h io/generator.cpp
  io/workbookreader.h io/workbookreader.cpp
  io/workbookwriter.h io/workbookwriter.cpp
  io/workbooksource.h io/rowsource.h io/stringpool.h
  io/csvreader.h io/csvreader.cpp
  io/csvfoldersource.h io/csvfoldersource.cpp
  io/tablereader.h io/tablereader.cpp
  io/cellparser.h io/cellparser.cpp
  io/zipreader.h io/zipreader.cpp
  io/spreadsheetnumber.h io/spreadsheetnumber.cpp
  io/xlsxreader.h io/xlsxreader.cpp
  io/tenderdatadiff.h io/tenderdatadiff.cpp
)
