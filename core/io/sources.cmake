# Sources of core/io, relative to core/.
target_sources(tenderdesk_core PRIVATE
  io/resultjson.h io/resultjson.cpp
)
