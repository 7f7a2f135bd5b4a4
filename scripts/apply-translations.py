#!/usr/bin/env python3
"""Applies translations from a JSON file {"context": {"source": "translation"}} (or a flat
{"source": "translation"} applying in every context) to translations/vaxpoint_<lang>.ts and marks
them finished. A plural message (numerus="yes") gets the text in its <numerusform> children: a string
fills every form (Chinese has one), a list fills the forms in order.
Usage: scripts/apply-translations.py zh_CN FILE.json"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

lang, source = sys.argv[1], sys.argv[2]
path = Path(__file__).resolve().parent.parent / "translations" / f"vaxpoint_{lang}.ts"
data = json.loads(Path(source).read_text(encoding="utf-8"))
tree = ET.parse(path)
done = 0
for ctx in tree.getroot().iter("context"):
    name = ctx.findtext("name")
    table = data.get(name) if isinstance(data.get(name), dict) else data
    for msg in ctx.iter("message"):
        text = table.get(msg.findtext("source")) if isinstance(table, dict) else None
        tr = msg.find("translation")
        if msg.get("numerus") == "yes":
            forms = [text] if isinstance(text, str) else text
            if not (isinstance(forms, list) and forms and all(isinstance(f, str) and f
                                                               for f in forms)):
                continue
            children = tr.findall("numerusform")
            for child in children:
                tr.remove(child)
            # Keep as many forms as the file had (lupdate writes one per plural form of the
            # language), at least as many as given.
            for i in range(max(len(children), len(forms))):
                child = ET.SubElement(tr, "numerusform")
                child.text = forms[min(i, len(forms) - 1)]
            tr.attrib.pop("type", None)
            done += 1
        elif isinstance(text, str) and text:
            tr.text = text
            tr.attrib.pop("type", None)
            done += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
print(f"apply-translations: {done} entries set in {path.name}")
