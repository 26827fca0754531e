# Sources of core/rules, relative to core/.
target_sources(tenderdesk_core PRIVATE
  rules/evaluator.h rules/evaluator.cpp
)
