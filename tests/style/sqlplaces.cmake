# Fails when a source file outside core/storage, core/repositories and core/search runs SQL
# through Qt's QSqlQuery, SQLite's own API or the storage layer's statement helpers. The
# field catalogue and the repositories are the one door to the register (docs/architecture.md).
#   cmake -DSOURCE_DIR=<checkout> -P sqlplaces.cmake
set(allowed "^core/(storage|repositories|search)/")
set(sql_pattern
    "QSqlQuery|sqlite3_|<sqlite3\\.h>|storage::Statement|storage/statement\\.h|storage/sqlitehandle\\.h|execScript\\(|nativeHandle\\(")

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/cli/*.cpp ${SOURCE_DIR}/cli/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(offending "")
foreach(source IN LISTS sources)
    if(source MATCHES "${allowed}")
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${source} hits REGEX "${sql_pattern}")
    if(hits)
        list(GET hits 0 first)
        string(STRIP "${first}" first)
        list(APPEND offending "  ${source}: ${first}")
    endif()
endforeach()
if(offending)
    list(JOIN offending "\n" lines)
    message(FATAL_ERROR "SQL outside core/storage, core/repositories and core/search; read and "
                        "write through a repository instead:\n${lines}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files checked: SQL only where it belongs")
