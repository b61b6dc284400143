/* jsc-floor: the smallest possible JavaScriptCore host, the floor under kiln's startup.
 *
 * It does what every JSC embedder must do before running a line of user code: load and
 * bind libjavascriptcoregtk (the dynamic loader resolving JSC's symbols is most of the
 * cost), create a global context, evaluate a script, release the context. kiln's
 * `kiln -e 0` should stay within 15% of this (DESIGN.md, "Performance budgets").
 *
 * Build: gcc -O2 $(pkg-config --cflags javascriptcoregtk-4.1) jsc-floor.c \
 *            -ljavascriptcoregtk-4.1
 * Exits 0 when "0" evaluated to the number 0, 1 otherwise.
 */
#include <JavaScriptCore/JavaScript.h>
#include <stdio.h>

int main(void) {
    JSGlobalContextRef ctx = JSGlobalContextCreate(NULL);
    if (!ctx) {
        fprintf(stderr, "jsc-floor: JSGlobalContextCreate failed\n");
        return 1;
    }
    JSStringRef src = JSStringCreateWithUTF8CString("0");
    JSValueRef exc = NULL;
    JSValueRef v = JSEvaluateScript(ctx, src, NULL, NULL, 1, &exc);
    JSStringRelease(src);
    int ok = v && !exc && JSValueIsNumber(ctx, v) && JSValueToNumber(ctx, v, NULL) == 0;
    JSGlobalContextRelease(ctx);
    if (!ok) {
        fprintf(stderr, "jsc-floor: evaluating \"0\" failed\n");
        return 1;
    }
    return 0;
}
