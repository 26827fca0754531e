# Sources of core/rules, relative to core/. One rule per file, pure functions over arrays.
target_sources(tenderdesk_core PRIVATE
  rules/bidentry.h rules/registration.cpp
  rules/stringindex.h rules/demandtable.h rules/demandtable.cpp
  rules/fxtable.h rules/fxtable.cpp
  rules/unitprice.h rules/unitprice.cpp
  rules/ceiling.h rules/ceiling.cpp
  rules/ranking.h rules/ranking.cpp
  rules/selection.h rules/selection.cpp
  rules/volumes.h rules/volumes.cpp
  rules/linkageout.h rules/linkageout.cpp
  rules/evaluator.h rules/evaluator.cpp
  rules/reasontext.h rules/reasontext.cpp
)
