# Sources of core/report, relative to core/.
target_sources(tenderdesk_core PRIVATE
)
