# ASan + UBSan for the whole build when VAX_SANITIZE is on (CI builds core tests this way).
if(VAX_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
