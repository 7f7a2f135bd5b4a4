#!/usr/bin/env python3
"""Fills unfinished zh_TW entries from the finished zh_CN translation of the same source, converted
with OpenCC's s2twp profile (Traditional characters, Taiwan phrasing: 資料庫, 登入, 軟體 …).
Entries a translator already finished in zh_TW are left alone. Needs the `opencc` package."""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "translations"
cn_path, tw_path = root / "vaxpoint_zh_CN.ts", root / "vaxpoint_zh_TW.ts"


def key(ctx, msg):
    return ctx.findtext("name"), msg.findtext("source"), msg.findtext("comment") or ""


def texts(tr):
    """The translation's texts: one, or one per <numerusform> of a plural message."""
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


cn = {}
for ctx in ET.parse(cn_path).getroot().iter("context"):
    for msg in ctx.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") is None and all(t.strip() for t in texts(tr)):
            cn[key(ctx, msg)] = texts(tr)

tree = ET.parse(tw_path)
pending = []
for ctx in tree.getroot().iter("context"):
    for msg in ctx.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished" and key(ctx, msg) in cn:
            for i, text in enumerate(cn[key(ctx, msg)]):
                pending.append((tr, i, text))
if not pending:
    print("derive-zh_TW: nothing to fill")
    sys.exit(0)
sep = "\n\u241e\n"
converted = subprocess.run(["opencc", "-c", "s2twp.json"], input=sep.join(t for _, _, t in pending),
                           capture_output=True, text=True, check=True).stdout.split(sep)
if len(converted) != len(pending):
    sys.exit("derive-zh_TW: OpenCC changed the number of entries; nothing written")
for (tr, i, _), text in zip(pending, converted):
    forms = tr.findall("numerusform")
    if forms:
        while len(forms) <= i:
            forms.append(ET.SubElement(tr, "numerusform"))
        forms[i].text = text
    else:
        tr.text = text
    tr.attrib.pop("type", None)
tree.write(tw_path, encoding="utf-8", xml_declaration=True)
print(f"derive-zh_TW: filled {len(pending)} texts")
