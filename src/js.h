/* Thin helpers over the JavaScriptCore C API, so binding code reads as the
 * operation it performs. Nothing here keeps state of its own. */
#ifndef KILN_JS_H
#define KILN_JS_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Aborts with file and line when a state that only a bug in kiln can cause
 * is reached, in every build. */
#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond))                                                       \
            js_check_failed(__FILE__, __LINE__, #cond);                    \
    } while (0)

_Noreturn void js_check_failed(const char *file, int line, const char *what);

/* Allocation of internal sizes: aborts when memory runs out. */
void *js_xmalloc(size_t n);
void *js_xrealloc(void *p, size_t n);
char *js_xstrdup(const char *s);

/* A JS callback as the engine wants it. */
typedef JSValueRef (*js_fn)(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                            size_t argc, const JSValueRef argv[], JSValueRef *exc);
#define JS_FN(name)                                                        \
    JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,     \
                    size_t argc, const JSValueRef argv[], JSValueRef *exc)

/* Arguments past argc read as undefined, so bindings can index freely. */
#define JS_ARG(i) ((i) < argc ? argv[i] : JSValueMakeUndefined(ctx))

/* A JS string copied to UTF-8 in caller-owned memory: on the stack when it
 * fits, on the heap past that. Always release with js_cstr_free. */
typedef struct {
    char *s;
    size_t len;            /* bytes, without the terminating NUL */
    char inline_buf[4096];
} js_cstr;

/* Converts any value with ToString (which may run user code). Returns false
 * with *exc set when the conversion threw. */
bool js_cstr_get(JSContextRef ctx, JSValueRef v, js_cstr *out, JSValueRef *exc);
void js_cstr_free(js_cstr *c);

/* A JS array of strings as a NULL-terminated list of malloc'd C strings
 * (argv/envp shape); NULL when v is not an object. *ok is false, with *exc
 * set, when an element's conversion threw. */
char **js_string_list(JSContextRef ctx, JSValueRef v, JSValueRef *exc, bool *ok);
void js_string_list_free(char **list);

/* A malloc'd UTF-8 copy of a JSStringRef (caller frees); len may be NULL. */
char *js_string_to_utf8(JSStringRef s, size_t *len);

/* The bytes of a typed array (from its byteOffset) or an ArrayBuffer,
 * borrowed: valid only until the next call into JS (which may detach or
 * resize the buffer), so take them after every other argument is
 * converted. A detached buffer reads as empty. Returns false (no exception)
 * for anything else. */
bool js_bytes_borrow(JSContextRef ctx, JSValueRef v, uint8_t **bytes, size_t *len);

/* An empty array, and a store into it. Build arrays of engine values this
 * way, one store per value as it is made: the collector scans the C stack
 * but not malloc'd memory, so values parked in a heap buffer while more
 * are allocated could be collected. */
JSObjectRef js_array_new(JSContextRef ctx);
void js_array_set(JSContextRef ctx, JSObjectRef arr, size_t i, JSValueRef v);

/* Values from C data. */
JSValueRef js_str(JSContextRef ctx, const char *s);
JSValueRef js_strn(JSContextRef ctx, const char *s, size_t len);
/* A string from bytes that may be any UTF-8, valid or not: ill-formed
 * sequences become U+FFFD as in Node (the engine's own UTF-8 conversion
 * returns an empty string for them). buf[len] must be writable: it is used
 * as the terminator on the all-ASCII path. */
JSStringRef js_string_from_utf8(char *buf, size_t len);
int32_t js_int(JSContextRef ctx, JSValueRef v);
double js_num(JSContextRef ctx, JSValueRef v);

/* Property access by C string name. js_get returns undefined when absent. */
JSValueRef js_get(JSContextRef ctx, JSObjectRef obj, const char *name);
void js_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v);
void js_set_fn(JSContextRef ctx, JSObjectRef obj, const char *name, js_fn fn);
void js_set_num(JSContextRef ctx, JSObjectRef obj, const char *name, double v);
void js_set_str(JSContextRef ctx, JSObjectRef obj, const char *name, const char *v);

/* Errors. All return NULL so a binding can `return js_throw_...(...)`. */
JSValueRef js_throw_msg(JSContextRef ctx, JSValueRef *exc, const char *ctor,
                        const char *msg);
/* A Node system error: code, errno (negative libuv code), syscall, path, dest;
 * message "ENOENT: no such file or directory, open 'x'". */
JSObjectRef js_uv_error(JSContextRef ctx, int err, const char *syscall,
                        const char *path, const char *dest);
/* The same error as a value to throw: or, when a setter a program put on
 * Object.prototype threw while the error's fields were set, what it threw
 * (Node lets that exception through). */
JSValueRef js_uv_error_value(JSContextRef ctx, int err, const char *syscall,
                             const char *path, const char *dest);
JSValueRef js_throw_uv(JSContextRef ctx, JSValueRef *exc, int err,
                       const char *syscall, const char *path, const char *dest);

#endif
