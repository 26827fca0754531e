#!/usr/bin/env python3
"""Write the translations of table/*.txt (and the report phrasebook) into the .ts files.

Run after `cmake --build BUILD --target update_translations` (lupdate), then run lupdate once
more so the files are back in lupdate's own layout:

    cmake --build build --target update_translations
    translations/apply-table.py
    cmake --build build --target update_translations

Prints every source text that has no translation and every entry of the table that no longer
matches a source text. Exit status 1 when a zh_CN, lo or th message is left without one.
"""
import ast
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = {"zh_CN": "zh", "lo": "lo", "th": "th"}
PHRASEBOOK_CTX = "td::report::Phrasebook"


def value(text):
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return json.loads(text)
    return text


def read_table():
    """{context: {source: {"zh": …, "lo": …, "th": …, "en": [forms]}}}, context "*" = any."""
    table = {}
    for path in sorted(glob.glob(os.path.join(HERE, "table", "*.txt"))):
        ctx = "*"
        entry = None
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                where = f"{os.path.relpath(path, ROOT)}:{number}"
                if not line.strip() or line.startswith("#"):
                    continue
                if line.startswith("[") and line.endswith("]"):
                    ctx = line[1:-1]
                    continue
                if line.startswith("= "):
                    source = value(line[2:])
                    entry = {"where": where}
                    if source in table.setdefault(ctx, {}):
                        sys.exit(f"{where}: repeated entry [{ctx}] {source!r}")
                    table[ctx][source] = entry
                    continue
                key, _, text = line.partition(" ")
                if entry is None or key not in ("zh", "lo", "th", "en") or key in entry:
                    sys.exit(f"{where}: cannot read {line!r}")
                entry[key] = text.split("|") if key == "en" else value(text)
    return table


def c_strings(text):
    """The concatenated C string literals of one argument."""
    return "".join(ast.literal_eval('"' + s + '"') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text))


def split_args(text):
    args, depth, current, in_string, escape = [], 0, "", False, False
    for ch in text:
        if in_string:
            current += ch
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(current)
            current = ""
            continue
        current += ch
    if current.strip():
        args.append(current)
    return args


def read_phrasebook():
    """The built-in table of core/report/phrasebook.cpp: {english: {"zh", "lo", "th"}}."""
    path = os.path.join(ROOT, "core", "report", "phrasebook.cpp")
    if not os.path.exists(path):
        return {}
    text = open(path, encoding="utf-8").read()
    start = text.find("phrases[] = {")
    if start < 0:
        return {}
    body = text[start + len("phrases[] = {"):text.find("\n};", start)]
    body = re.sub(r"^\s*//.*$", "", body, flags=re.M)
    phrases = {}
    for element in split_args(body):
        element = element.strip()
        if not element.startswith("{"):
            continue
        args = split_args(element.strip()[1:-1])
        if len(args) != 4:
            continue
        first = args[0].strip()
        if first.startswith("QT_TRANSLATE_NOOP"):
            inner = split_args(first[first.index("(") + 1:first.rindex(")")])
            english = c_strings(inner[1])
        else:
            english = c_strings(first)
        phrases[english] = {"zh": c_strings(args[1]), "lo": c_strings(args[2]), "th": c_strings(args[3]),
                            "where": "core/report/phrasebook.cpp"}
    return phrases


def lookup(table, phrasebook, ctx, source):
    if source in table.get(ctx, {}):
        return table[ctx][source], (ctx, source)
    if ctx == PHRASEBOOK_CTX and source in phrasebook:
        return phrasebook[source], None
    if source in table.get("*", {}):
        return table["*"][source], ("*", source)
    return None, None


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def main():
    table = read_table()
    phrasebook = read_phrasebook()
    used = set()
    missing = 0
    for lang, key in list(LANGS.items()) + [("en", "en")]:
        path = os.path.join(HERE, f"tenderdesk_{lang}.ts")
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            ctx = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                numerus = message.get("numerus") == "yes"
                entry, used_key = lookup(table, phrasebook, ctx, source)
                if used_key:
                    used.add(used_key)
                if lang == "en":
                    # English: only the plural forms; every other text is its own source.
                    if not numerus:
                        continue
                    forms = entry.get("en") if entry else None
                    if not forms or len(forms) != 2:
                        print(f"en: no singular|plural for [{ctx}] {source!r}")
                        missing += 1
                        continue
                else:
                    text = entry.get(key) if entry else None
                    if not text:
                        finished = translation.get("type") is None and (translation.text or "").strip()
                        if not finished:
                            print(f"{lang}: no translation for [{ctx}] {source!r}")
                            missing += 1
                        continue
                    # One text for every plural form lupdate gives the language (Qt has two
                    # for Lao, one for Chinese and Thai).
                    forms = [text] * max(1, len(translation.findall("numerusform")))
                translation.attrib.pop("type", None)
                if numerus:
                    for old in list(translation):
                        translation.remove(old)
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = forms[0]
        write(tree, path)
    for ctx, entries in table.items():
        for source, entry in entries.items():
            if (ctx, source) not in used:
                print(f"{entry['where']}: unused entry [{ctx}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
