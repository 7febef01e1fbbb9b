# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the settings every Escale target shares.

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(escale_config INTERFACE)
add_library(escale::config ALIAS escale_config)

target_compile_features(escale_config INTERFACE cxx_std_20)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(escale_config INTERFACE
        -Wall
        -Wextra
        -Wpedantic
        -Wshadow
        -Wnon-virtual-dtor
        -Wold-style-cast
        -Wcast-align
        -Woverloaded-virtual
        -Wconversion
        -Wno-sign-conversion
        -Wnull-dereference
        -Wdouble-promotion
        -Wformat=2
        -Wimplicit-fallthrough)
    if(ESCALE_WERROR)
        target_compile_options(escale_config INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(escale_config INTERFACE ESCALE_VERSION="${PROJECT_VERSION}")

# Qt-only definitions; harmless for targets that do not use Qt.
target_compile_definitions(escale_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
