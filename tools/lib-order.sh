#!/bin/sh
# Prints the linker arguments that order kiln's symbol search scope
# (docs/startup.md, "The dynamic loader's search order").
#
#   tools/lib-order.sh CC
#
# At start the dynamic loader resolves about 11,500 symbols for the engine
# and the libraries it pulls in, and it looks for each one in the global
# scope in order: the executable, its DT_NEEDED libraries, then theirs,
# breadth first. By default libstdc++, whose own 1,800 references are
# looked up there, comes fifteenth, after GLib, zlib, ICU, GIO and systemd;
# ICU's common library, libmount and libc sit similarly far from their
# callers. Naming the libraries that most lookups end in as kiln's first
# DT_NEEDED entries, most-used first, makes each lookup stop early (1.4M
# fewer instructions at each start, 4% of `kiln -e 0`).
#
# The order changes no binding: the one set of symbols defined twice among
# these libraries (modf, frexp and ldexp, in both libm and libc) keeps libm
# first, as the default order has it. Only libraries the engine already
# loads are named (found with ldd, so the sonames follow the installed
# versions); a library missing here is left out.
set -e
cc=${1:-gcc}
engine=$($cc -print-file-name=libjavascriptcoregtk-4.1.so)
deps=$(ldd "$engine" 2>/dev/null) || exit 0
out=""
for stem in libjavascriptcoregtk-4.1 libstdc++ libm libc libglib-2.0 libicuuc libmount libgobject-2.0 \
            libsystemd libicui18n libselinux libzstd libblkid liblzma libpcre2-8 libgio-2.0; do
  if [ "$stem" = libjavascriptcoregtk-4.1 ]; then
    soname=$(objdump -p "$engine" 2>/dev/null | awk '$1 == "SONAME" { print $2 }')
  else
    soname=$(printf '%s\n' "$deps" | awk -v s="$stem.so." 'index($1, s) == 1 { print $1; exit }')
  fi
  [ -n "$soname" ] && out="$out -l:$soname"
done
[ -n "$out" ] && echo "-Wl,--no-as-needed$out -Wl,--as-needed"
exit 0
