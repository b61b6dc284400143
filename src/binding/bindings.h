/* Every native binding, by the name internalBinding() takes. */
#ifndef KILN_BINDINGS_H
#define KILN_BINDINGS_H

#include "../runtime.h"

JSObjectRef buffer_binding(JSContextRef ctx);
JSObjectRef cares_binding(JSContextRef ctx);
JSObjectRef contextify_binding(JSContextRef ctx);
JSObjectRef crypto_binding(JSContextRef ctx);
JSObjectRef crypto_constants_binding(JSContextRef ctx);
JSObjectRef dns_binding(JSContextRef ctx);
JSObjectRef engine_loop_binding(JSContextRef ctx);
JSObjectRef fs_binding(JSContextRef ctx);
JSObjectRef http_parser_binding(JSContextRef ctx);
JSObjectRef messaging_binding(JSContextRef ctx);
JSObjectRef os_binding(JSContextRef ctx);
JSObjectRef pipe_binding(JSContextRef ctx);
JSObjectRef process_binding(JSContextRef ctx);
JSObjectRef signal_wrap_binding(JSContextRef ctx);
JSObjectRef process_wrap_binding(JSContextRef ctx);
JSObjectRef spawn_sync_binding(JSContextRef ctx);
JSObjectRef tcp_binding(JSContextRef ctx);
JSObjectRef timers_binding(JSContextRef ctx);
JSObjectRef transpile_binding(JSContextRef ctx);
JSObjectRef tty_binding(JSContextRef ctx);
JSObjectRef url_binding(JSContextRef ctx);
JSObjectRef util_binding(JSContextRef ctx);
JSObjectRef udp_binding(JSContextRef ctx);
JSObjectRef uv_binding(JSContextRef ctx);
JSObjectRef zlib_binding(JSContextRef ctx);

/* First in a method of a class whose objects user code can reach (a
 * handle's prototype methods): Node's TypeError when `this` is no object
 * of the class, where the helpers that read the private data would abort. */
#define BINDING_CHECK_THIS(cls)                                              \
    if (!self || !JSValueIsObjectOfClass(ctx, self, (cls)))                  \
        return js_throw_msg(ctx, exc, "TypeError", "Illegal invocation")

static const struct {
    const char *name;
    runtime_binding_init init;
} bindings_table[] = {
    {"buffer", buffer_binding},
    {"cares", cares_binding},
    {"contextify", contextify_binding},
    {"crypto", crypto_binding},
    {"crypto_constants", crypto_constants_binding},
    {"dns", dns_binding},
    {"engine_loop", engine_loop_binding},
    {"fs", fs_binding},
    {"http_parser", http_parser_binding},
    {"messaging", messaging_binding},
    {"os", os_binding},
    {"pipe", pipe_binding},
    {"process", process_binding},
    {"signal_wrap", signal_wrap_binding},
    {"process_wrap", process_wrap_binding},
    {"spawn_sync", spawn_sync_binding},
    {"tcp", tcp_binding},
    {"timers", timers_binding},
    {"transpile", transpile_binding},
    {"tty", tty_binding},
    {"url", url_binding},
    {"util", util_binding},
    {"udp_wrap", udp_binding},
    {"uv", uv_binding},
    {"zlib", zlib_binding},
    {NULL, NULL},
};

#endif
