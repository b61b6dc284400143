/* Embedding kiln: run a file given on the command line (or a string), run
 * the event loop to completion and return the exit code. */
#include <stdio.h>
#include <string.h>

#include <kiln.h>

int main(int argc, char **argv) {
    kiln_options opts = {.argc = argc, .argv = argv};
    kiln_runtime *rt = kiln_create(&opts);
    if (!rt) {
        fprintf(stderr, "embed: cannot create a kiln runtime\n");
        return 1;
    }
    if (argc > 1) {
        kiln_run_file(rt, argv[1]);
    } else {
        const char *code = "console.log('embedded kiln says', 6 * 7)";
        kiln_run_string(rt, code, strlen(code), "[embed]", 0);
    }
    int code = kiln_run_loop(rt);
    kiln_destroy(rt);
    return code;
}
