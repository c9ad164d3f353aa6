# cmake -DLUPDATE=... -DCATALOGUE=... -DSOURCES_LIST=... -DWORK_DIR=... -P CheckUpToDate.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(name ${CATALOGUE} NAME)
file(COPY ${CATALOGUE} DESTINATION ${WORK_DIR})
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none @${SOURCES_LIST} -ts ${WORK_DIR}/${name}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ ${WORK_DIR}/${name} updated)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${updated}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} user-visible string(s) changed without updating the catalogues. "
                        "Run: cmake --build build --target update_translations, then translate them.")
endif()
message(STATUS "Catalogues are up to date with the sources.")
