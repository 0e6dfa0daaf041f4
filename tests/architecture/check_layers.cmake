# Fails when a file includes across the layers the wrong way (docs/architecture.md):
#   ui -> core -> storage -> model; SQL only in storage/, widgets only in ui/.
# Run: cmake -DSOURCE_DIR=<repo> -P tests/architecture/check_layers.cmake

set(violations "")

function(check_folder folder forbidden_regex reason)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "${forbidden_regex}")
                file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
                list(APPEND violations "${relative}: ${line}  (${reason})")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(widgets "<Q(Widget|Dialog|MainWindow|Application|Label|PushButton|TextEdit|ListView|TableView|Splitter|MessageBox|Menu|Action|ToolBar|StatusBar|LineEdit|ComboBox|AbstractItemView|StyledItemDelegate)>|<QtWidgets")
set(sql "<QSql|<sqlite3.h>|<QtSql")

check_folder(app/model "${widgets}|${sql}|\"(core|storage|ui)/" "model is Qt Core only and depends on nothing")
check_folder(storage "${widgets}|\"(core|ui)/" "storage depends on model only")
check_folder(app/findings "${widgets}|${sql}|\"(storage|core|ui)/" "the findings engine is headless and depends on model only")
check_folder(app/core "${widgets}|${sql}|\"ui/" "core is headless and leaves SQL to storage")
check_folder(app/cli "${widgets}|${sql}|\"ui/" "the CLI is headless")
check_folder(ui "${sql}" "widgets ask the core; SQL stays in storage")

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violations:\n  ${text}")
endif()
message(STATUS "layering: ok")
