# Sources of core/service: use cases that combine storage, rules and io (evaluate a dossier).
target_sources(tenderdesk_core PRIVATE
  service/evaluation.h service/evaluation.cpp
  service/storedrun.h service/storedrun.cpp
  service/allocationrecords.h service/allocationrecords.cpp
  service/workbookimport.h service/workbookimport.cpp
  service/fieldvalidation.h service/fieldvalidation.cpp
)
