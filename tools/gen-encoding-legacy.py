# Generates the single-byte tables of lib/internal/encoding_legacy.js from the Encoding Standard's
# single-byte indexes (via Python's codecs, corrected where the standard
# differs) and its labels (encodings.json).
#
#   python3 tools/gen-encoding-legacy.py FIXTURES OUT
#
# FIXTURES is the encoding folder of Node's test fixtures (test/fixtures/encoding:
# encodings.json and single-byte/index-*.txt, the standard's own files); OUT
# is lib/internal/encoding_legacy.js.
import codecs, json, sys
if len(sys.argv) != 3:
    sys.exit('usage: gen-encoding-legacy.py FIXTURES OUT')
spec_dir=sys.argv[1].rstrip('/')+'/single-byte/'
raw=json.load(open(sys.argv[1].rstrip('/')+'/encodings.json'))
pymap = {'ibm866':'cp866','koi8-r':'koi8_r','koi8-u':'koi8_u','macintosh':'mac_roman','windows-874':'cp874','x-mac-cyrillic':'mac_cyrillic'}
group=[g for g in raw if g['heading']=='Legacy single-byte encodings'][0]['encodings']
out=[]
out.append("'use strict';")
out.append("// The Encoding Standard's legacy encodings, for TextDecoder. Single-byte")
out.append("// ones (but windows-1252, which internal/encoding decodes on its own): for")
out.append("// each, the code units of bytes 0x80-0xff (bytes below 0x80 are ASCII),")
out.append("// U+FFFD where a byte maps to nothing. Multi-byte ones are ICU's converters")
out.append("// (internalBinding('buffer').icuOpen), as in Node. And the labels that name")
out.append("// them all. Loaded by the first TextDecoder made for one of them.")
out.append("")
out.append("const tables = {")
out.append("  __proto__: null,")
labels=[]
aliases=[]   # (name, name of an earlier encoding with the same table)
emitted={}   # table text -> the encoding that has it
for e in group:
    name=e['name'].lower()
    if name=='windows-1252': continue
    py = pymap.get(name) or name.replace('windows-','cp').replace('iso-8859-','iso8859_')
    if name=='iso-8859-8-i': py='iso8859_8'
    f = 'index-iso-8859-8.txt' if name=='iso-8859-8-i' else f'index-{name}.txt'
    spec={}
    for line in open(spec_dir+f, encoding='utf8'):
        line=line.strip()
        if not line or line[0]=='#': continue
        i,c=line.split('\t')[:2]; spec[int(i)]=int(c,16)
    units=[]
    for i in range(128):
        b=i+128
        try: u=ord(bytes([b]).decode(py))
        except Exception: u=None
        # The standard keeps the C1 controls Windows code pages leave undefined.
        if u is None and (name.startswith('windows-')) and 0x80<=b<=0x9f: u=b
        # Its KOI8-U is KOI8-RU: Belarusian short u at 0xae and 0xbe.
        if name=='koi8-u' and b==0xae: u=0x45e
        if name=='koi8-u' and b==0xbe: u=0x40e
        if name=="windows-1255" and b==0xca: u=0x5ba  # the standard maps the Hebrew point holam haser for vav
        assert spec.get(i)==u, (name,hex(b),u,spec.get(i))
        units.append(0xfffd if u is None else u)
    for l in e['labels']: labels.append((l,name))
    s=''.join('\\u%04x'%u for u in units)
    if s in emitted:
        aliases.append((name, emitted[s]))
        continue
    emitted[s]=name
    out.append(f"  '{name}':")
    for k in range(0,128,16):
        out.append(f"    '{s[k*6:(k+16)*6]}'" + (' +' if k<112 else ','))
out.append("};")
for name, same in aliases:
    out.append(f"tables['{name}'] = tables['{same}']; // the same bytes")
out.append("")

# An object literal of label -> encoding name, wrapped at 100 columns.
def label_map(var, pairs):
    out.append(f"const {var} = {{")
    out.append("  __proto__: null,")
    line='  '
    for l,n in pairs:
        item=f"'{l}': '{n}', "
        if len(line)+len(item)>100:
            out.append(line.rstrip()); line='  '
        line+=item
    out.append(line.rstrip())
    out.append("};")
    out.append("")

label_map('singleByteLabels', labels)
mb=[]
for g in raw:
    if g['heading'].startswith('Legacy multi-byte'):
        for e in g['encodings']:
            for l in e['labels']: mb.append((l, e['name'].lower()))
label_map('multiByteLabels', mb)
out.append("module.exports = { tables, singleByteLabels, multiByteLabels };")
open(sys.argv[2],'w').write('\n'.join(out)+'\n')
