# Warnings every target of ours gets; VAX_WERROR (set in CI) makes them errors.
add_library(vax_warnings INTERFACE)
target_compile_options(vax_warnings INTERFACE -Wall -Wextra -Wshadow -Wnon-virtual-dtor
                                               -Wold-style-cast -Woverloaded-virtual)
target_compile_definitions(vax_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(VAX_WERROR)
  target_compile_options(vax_warnings INTERFACE -Werror)
endif()
