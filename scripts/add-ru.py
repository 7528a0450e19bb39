"""Adds Russian translations, skipping keys that exist.

Usage: python3 scripts/add-ru.py [--in Modules/Blog | --in Capabilities/Tags] 'English=Русский' ...
Without --in the text goes to the platform's shared strings (RusToK.Components/Kernel/Localization); with it, into
that module's or capability's own file (RusToK.Components/<folder>/<Name>Strings.ru.resx), created when missing.
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

args = sys.argv[1:]
shared = 'RusToK.Components/Kernel/Localization/SharedResource.ru.resx'
path = shared
if args[:1] == ['--in']:
    folder = args[1].strip('/')
    path = f'RusToK.Components/{folder}/{os.path.basename(folder)}Strings.ru.resx'
    args = args[2:]
if not os.path.exists(path):
    header = open(shared, encoding='utf-8').read().split('  <data', 1)[0]
    open(path, 'w', encoding='utf-8').write(header + '</root>\n')
    print(f'created {path}; add its marker class and services.AddModuleStrings<...>() in the module registration')
text = open(path, encoding='utf-8').read()
added = 0
for pair in args:
    key, value = pair.split('=', 1)
    if f'name={quoteattr(key)}' in text or f'name="{escape(key)}"' in text:
        continue
    line = f'  <data name={quoteattr(key)} xml:space="preserve"><value>{escape(value)}</value></data>\n'
    text = text.replace('</root>', line + '</root>')
    added += 1
open(path, 'w', encoding='utf-8').write(text)
print(f'added {added} to {path}')
