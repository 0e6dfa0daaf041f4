# Fails when a string of the interface has no Portuguese translation: runs lupdate over the same
# sources as `update_translations`, into a copy of the .ts, and counts what it left unfinished.
# A new English string therefore needs its translation (or the whole interface would drift back
# into English one message at a time, as the core's messages once did).
# Run: cmake -DLUPDATE=<lupdate> -DTS_FILE=<caselens_pt.ts> -DSOURCE_LIST=<lst> -DWORK_DIR=<dir> -P ...

file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/caselens_pt.check.ts")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" "@${SOURCE_LIST}" -ts "${copy}" -no-obsolete -locations none
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}): ${output}${errors}")
endif()
file(READ "${copy}" ts)
# CMake lists split at semicolons: read the entities that end in one, and no other is kept.
string(REPLACE "&apos;" "'" ts "${ts}")
string(REPLACE "&quot;" "\"" ts "${ts}")
string(REPLACE ";" "," ts "${ts}")
# Each unfinished message, with its context name, for the report.
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    set(report "")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${entry}")
        string(APPEND report "\n  ${source}")
    endforeach()
    message(FATAL_ERROR "${count} string(s) of the interface have no Portuguese translation in "
        "resources/translations/caselens_pt.ts (run `cmake --build build --target update_translations` "
        "and translate them):${report}")
endif()
message(STATUS "every string of the interface has its Portuguese translation")
