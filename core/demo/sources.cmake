# Sources of core/demo: the bundled demo tender (resources/demo) and its teaching notes.
target_sources(tenderdesk_core PRIVATE
  demo/demo.h demo/demo.cpp
)
# The workbook CSVs and notes.json, embedded as ":/demo/<file>" (resources/demo/README.md is
# for trainers and stays out).
set(TD_DEMO_DIR ${CMAKE_SOURCE_DIR}/resources/demo)
qt_add_resources(tenderdesk_core "demo" PREFIX "/demo" BASE ${TD_DEMO_DIR} FILES
  ${TD_DEMO_DIR}/tender.csv
  ${TD_DEMO_DIR}/products.csv
  ${TD_DEMO_DIR}/bidders.csv
  ${TD_DEMO_DIR}/bids.csv
  ${TD_DEMO_DIR}/demand.csv
  ${TD_DEMO_DIR}/fx.csv
  ${TD_DEMO_DIR}/references.csv
  ${TD_DEMO_DIR}/notes.json
)
