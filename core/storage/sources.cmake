# Sources of core/storage, relative to core/.
target_sources(tenderdesk_core PRIVATE
  storage/dossier.h storage/dossier.cpp
  storage/schema.h storage/schema.cpp
  storage/tendertables.h storage/tendertables.cpp
  storage/canonicalrow.h storage/canonicalrow.cpp
  storage/sqlitestatement.h storage/sqlitestatement.cpp
  storage/demandbatch.h storage/demandbatch.cpp
  storage/demandhasher.h storage/demandhasher.cpp
)
# The SQLite C API on the QSQLITE connection's own handle (bulk insert and load); Debian's Qt
# driver links the same system libsqlite3.
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
# OpenSSL's SHA-256 (SHA-NI) for the table digests: Qt 6.4's own is about ten times slower.
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto)
target_link_libraries(tenderdesk_core PRIVATE PkgConfig::SQLITE3 PkgConfig::LIBCRYPTO)
