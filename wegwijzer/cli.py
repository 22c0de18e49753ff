"""Command line: ``python -m wegwijzer check``, ``build``, ``doorklik`` (an outline of every tree),
``schemas`` (the JSON Schemas for editors, from the content model) and ``vertalingen`` (translation
status per language; with ``--taal X --sjabloon`` the items still to translate, ready to fill in).

Only the arguments are parsed here; each command lives with its concern (build/pipeline.py,
content/doorklikoverzicht.py, content/schema.py, translations/status.py).
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from wegwijzer.build import pipeline
from wegwijzer.content import doorklikoverzicht, schema
from wegwijzer.content.errors import toon
from wegwijzer.content.talen import TALEN
from wegwijzer.translations import status

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wegwijzer", description="Wegwijzer: check and build the sites.")
    parser.add_argument("opdracht", choices=["check", "build", "doorklik", "vertalingen", "schemas"])
    parser.add_argument("--taal", choices=TALEN, help="vertalingen: also list what is missing")
    parser.add_argument("--sjabloon", action="store_true",
                        help="vertalingen --taal XX: print the missing and outdated items in Dutch, to translate")
    parser.add_argument("--root", type=Path, default=ROOT, help="folder with mkdocs*.yml")
    parser.add_argument("--content", type=Path, help="content folder (default: ROOT/content)")
    parser.add_argument("--site", type=Path, help="output folder (default: ROOT/site)")
    parser.add_argument("--staging", type=Path, help="generated Markdown (default: ROOT/.staging)")
    parser.add_argument("--rapport", type=Path, help="check: where the report goes (default: ROOT/rapport/inhoud.html)")
    parser.add_argument("--vandaag", type=date.fromisoformat, default=date.today(),
                        help="check: the date review dates are measured from (default: today)")
    parser.add_argument("--keep-address-list", action="store_true",
                        help="build: check against content/<sector>/adressen.txt but do not add new addresses")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    content = (args.content or root / "content").resolve()
    if args.opdracht == "check":
        return pipeline.check(root, content, (args.rapport or root / "rapport" / "inhoud.html").resolve(), args.vandaag)
    if args.opdracht == "doorklik":
        return doorklikoverzicht.druk_af(content)
    if args.opdracht == "schemas":
        for pad in schema.schrijf(content):
            print(f"Bijgewerkt: {toon(pad, root)}")
        return 0
    if args.opdracht == "vertalingen":
        if args.sjabloon and not args.taal:
            parser.error("--sjabloon hoort bij --taal, zoals: vertalingen --taal en --sjabloon")
        return status.vertalingen(root, content, args.taal, args.sjabloon)
    site = (args.site or root / "site").resolve()
    staging = (args.staging or root / ".staging").resolve()
    return pipeline.build(root, content, site, staging, not args.keep_address_list)
