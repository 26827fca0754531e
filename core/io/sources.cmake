# Sources of core/io, relative to core/.
target_sources(tenderdesk_core PRIVATE
)
