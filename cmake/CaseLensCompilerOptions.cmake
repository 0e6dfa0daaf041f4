# Compiler settings every CaseLens target shares; call caselens_set_compile_options(target).

# -Wnull-dereference is left out: with GCC 12 at -O2 it fires inside Qt's own container headers.
function(caselens_set_compile_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(CASELENS_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Pointer-to-member connects only; catches string-based SIGNAL/SLOT at compile time.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    if(CMAKE_BUILD_TYPE STREQUAL "Debug" OR CASELENS_SANITIZE)
        target_compile_definitions(${target} PRIVATE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
    endif()
endfunction()

if(CASELENS_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
