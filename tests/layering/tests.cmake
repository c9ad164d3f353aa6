# The layering rules, checked on the sources: core never includes Qt Widgets or Qt Charts headers,
# and SQL lives only in core/storage.
get_target_property(_widgets_includes Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
get_target_property(_charts_includes Qt6::Charts INTERFACE_INCLUDE_DIRECTORIES)
set(_forbidden_dirs "")
foreach(_dir IN LISTS _widgets_includes _charts_includes)
    if(_dir MATCHES "Qt(Widgets|Charts)$")
        list(APPEND _forbidden_dirs "${_dir}")
    endif()
endforeach()
list(JOIN _forbidden_dirs "|" _forbidden_dirs)
subdesk_add_test(tst_layering SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_layering.cpp LABELS layering)
target_compile_definitions(tst_layering PRIVATE
    SUBDESK_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    SUBDESK_FORBIDDEN_CORE_HEADER_DIRS="${_forbidden_dirs}")
