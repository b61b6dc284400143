/* The text around a builtin module's source, one definition for the two
 * places that wrap it: tools/js2c.c (the binary's copy, wrapped at build
 * time) and src/runtime.c (KILN_LIB_DIR's files, wrapped when read).
 * A module is a function of (exports, require, module, process,
 * internalBinding, natives), or, for the ones every start runs, a program
 * that reads those six from `this` (tools/js2c.c says why). Each head is
 * one line, so line numbers stay the file's. */
#ifndef KILN_BUILTIN_WRAP_H
#define KILN_BUILTIN_WRAP_H

#define BUILTIN_FUNCTION_HEAD "(function (exports, require, module, process, internalBinding, natives) {"
#define BUILTIN_FUNCTION_TAIL "\n})"
#define BUILTIN_PROGRAM_HEAD                                                     \
    "'use strict';{let exports=this[0],require=this[1],module=this[2],"         \
    "process=this[3],internalBinding=this[4],natives=this[5];{"
#define BUILTIN_PROGRAM_TAIL "\n}}"

#endif
