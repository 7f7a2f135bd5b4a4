# Fails when a binary depends on libQt6Gui or libQt6Widgets at run time.
#   cmake -DBINARY=/path/to/vaxctl -P this.cmake
if(NOT EXISTS "${BINARY}")
  message(FATAL_ERROR "no such binary: ${BINARY}")
endif()
find_program(LDD ldd REQUIRED)
execute_process(COMMAND ${LDD} "${BINARY}" OUTPUT_VARIABLE deps ERROR_VARIABLE errors
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT deps MATCHES "libQt6Core")
  message(FATAL_ERROR "ldd ${BINARY} failed (${rc}) or shows no QtCore: ${deps}${errors}")
endif()
string(REGEX MATCHALL "libQt6(Gui|Widgets)[^ \t\n]*" offending "${deps}")
if(offending)
  message(FATAL_ERROR "${BINARY} loads ${offending}: core and vaxctl must not need a GUI.\n${deps}")
endif()
message(STATUS "${BINARY} loads neither libQt6Gui nor libQt6Widgets")
