"""Adds Russian translations to SharedResource.ru.resx, skipping keys that exist. Usage: python3 scripts/add-ru.py 'English=Русский' ..."""
import sys
from xml.sax.saxutils import escape, quoteattr

path = 'RusToK.Components/Kernel/Localization/SharedResource.ru.resx'
text = open(path, encoding='utf-8').read()
added = 0
for pair in sys.argv[1:]:
    key, value = pair.split('=', 1)
    if f'name={quoteattr(key)}' in text or f'name="{escape(key)}"' in text:
        continue
    line = f'  <data name={quoteattr(key)} xml:space="preserve"><value>{escape(value)}</value></data>\n'
    text = text.replace('</root>', line + '</root>')
    added += 1
open(path, 'w', encoding='utf-8').write(text)
print(f'added {added}')
