# Sources of core/storage, relative to core/.
target_sources(tenderdesk_core PRIVATE
)
