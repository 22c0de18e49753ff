"""Command line: ``python -m wegwijzer check``, ``build``, ``doorklik`` (an outline of every tree),
``schemas`` (the JSON Schemas for editors, from model.py) and ``vertalingen`` (translation status per language; with ``--taal X --sjabloon`` the items
still to translate, ready to fill in).

``build`` checks all content first, then builds every sector with MkDocs into a
temporary folder next to ``site/`` and swaps it in only when everything succeeded,
so a failed build leaves the previous site exactly as it was.
"""
from __future__ import annotations

import argparse
from datetime import date
import os
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

import yaml

from . import leesbaarheid, model, schema
from .adressen import LIJST, Bewaking, bewaak, lees_lijst, tekst_lijst
from .doorklik import overzicht
from .doorverwijzing import render as render_doorverwijzing
from .errors import ContentFouten
from .generate import adressen
from .landing import pad as landing_pad
from .landing import render as render_landing
from .landing import robots as render_robots
from .loader import Sector, laad_controles, laad_sector, toon
from .pdf import PdfFout
from .rapport import render as render_rapport
from .pdf import maak as maak_pdfs
from .vertalingen import sjabloon, tel

ROOT = Path(__file__).resolve().parents[1]


def sector_mappen(content: Path) -> list[Path]:
    """Every sector folder under content/ (each holds a site.yml or should)."""
    return sorted(p for p in content.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and p.name != schema.MAP)


def laad_alles(content: Path) -> dict[str, Sector]:
    """Load every sector; raise one ContentFouten with the mistakes of all of them."""
    sectoren, fouten = {}, []
    for map_ in sector_mappen(content):
        try:
            sectoren[map_.name] = laad_sector(map_, content.parent)
        except ContentFouten as e:
            fouten.extend(e.fouten)
    if fouten:
        raise ContentFouten(fouten)
    return sectoren


def _laad_of_meld(content: Path) -> dict[str, Sector] | None:
    """All sectors, or None after printing every mistake (Dutch, file:line) to stderr."""
    try:
        return laad_alles(content)
    except ContentFouten as e:
        print(e.rapport(), file=sys.stderr)
        return None


def _bewaak_of_meld(root: Path, content: Path, sectoren: dict[str, Sector]) -> dict[str, Bewaking] | None:
    """The published-address guard of every sector (adressen.py), or None after printing why it fails."""
    uit, fouten = {}, []
    for naam, sector in sectoren.items():
        lijst, talen = content / naam / LIJST, talen_van(root, naam)
        uit[naam] = bewaak(sector, adressen(sector, talen, root / "docs"), talen, lees_lijst(lijst),
                           toon(lijst, content.parent))
        fouten += uit[naam].fouten
    if fouten:
        print(ContentFouten(fouten).rapport(), file=sys.stderr)
        return None
    return uit


def check(root: Path, content: Path, rapport_pad: Path, vandaag: date) -> int:
    """Errors (exit 1) first; then warnings on readability, review dates and schema lines, and the report."""
    sectoren = _laad_of_meld(content)
    if sectoren is None or _bewaak_of_meld(root, content, sectoren) is None:
        return 1
    try:
        controles = laad_controles(content)
    except ContentFouten as e:
        print(e.rapport(), file=sys.stderr)
        return 1
    delen = [f"{naam} ({len(s.vragen)} vragen)" for naam, s in sectoren.items()]
    print("De inhoud is in orde: " + ", ".join(delen) + ".")
    verslagen = [leesbaarheid.controleer(naam, s, controles, content.parent, vandaag) for naam, s in sectoren.items()]
    # A file without its schema line belongs to the sector whose folder holds it; the files of all
    # sites (controles.yml, sector "") get a section of their own, first.
    per_sector: dict[str, list] = {}
    for w in schema.zonder_schema(content, content.parent):
        map_ = PurePosixPath(w.pad).relative_to(content.name).parts[0]
        per_sector.setdefault(map_ if map_ in sectoren else "", []).append(w)
    for v in verslagen:
        v.waarschuwingen[:0] = per_sector.get(v.sector, [])
    if "" in per_sector:
        verslagen.insert(0, leesbaarheid.Verslag("", per_sector[""], []))
    waarschuwingen = [w for v in verslagen for w in v.waarschuwingen]
    for w in waarschuwingen:
        print(w)
    rapport_pad.parent.mkdir(parents=True, exist_ok=True)
    rapport_pad.write_text(render_rapport(verslagen, controles, root / "overrides", vandaag), encoding="utf-8")
    aantal = "1 waarschuwing" if len(waarschuwingen) == 1 else f"{len(waarschuwingen)} waarschuwingen"
    print(f"{aantal}: geen fouten, de site wordt gewoon gebouwd. Het rapport staat in {toon(rapport_pad, root)}.")
    return 0


def doorklik(content: Path) -> int:
    """Print every doorklik tree as an outline, for staff."""
    sectoren = _laad_of_meld(content)
    if sectoren is None:
        return 1
    for naam, sector in sectoren.items():
        for doelgroep, boom in sorted(sector.doorklik.items()):
            routes = list(boom.routes())
            print(f"{naam} · {doelgroep}: {boom.doorklik.titel} ({len(boom.stappen)} vragen, "
                  f"{len(boom.uitkomsten)} uitkomsten, {len(routes)} routes, "
                  f"langste route {max(len(r) for r in routes)} vragen)")
            print("\n".join("  " + r for r in overzicht(boom)))
            print()
    return 0


class _MkdocsYaml(yaml.SafeLoader):
    """mkdocs.<sector>.yml as plain data: an ``!ENV [NAME, default]`` value reads as its default."""


_MkdocsYaml.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])
# A Python name (such as the emoji extension's generator in mkdocs.yml) reads as its tag and name, as written.
PYTHON_NAAM = "!!python/name:"
_MkdocsYaml.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, naam, node: PYTHON_NAAM + naam)


def mkdocs_config(root: Path, sector: str | None = None) -> dict:
    """mkdocs.<sector>.yml (or the shared mkdocs.yml) as plain data."""
    pad = root / (f"mkdocs.{sector}.yml" if sector else "mkdocs.yml")
    return yaml.load(pad.read_text(encoding="utf-8"), Loader=_MkdocsYaml) if pad.is_file() else {}


def talen_van(root: Path, sector: str) -> list[str]:
    """The languages of a sector's site, as mkdocs.<sector>.yml lists them (Dutch first)."""
    config = mkdocs_config(root, sector)
    talen = (config.get("plugins") or {}).get("i18n", {}).get("languages") or [{"locale": model.BRONTAAL}]
    return [t["locale"] for t in talen]


def rapport(naam: str, sector: Sector, talen: list[str], taal: str | None = None) -> list[str]:
    """Lines of the translation report: counts per language, outdated items (and missing with ``taal``)."""
    regels = []
    for t in [taal] if taal else [t for t in talen if t != model.BRONTAAL]:
        telling = tel(sector, t)
        regels.append(f"{naam} · {t}: " + ", ".join(f"{n} {s}" for s, n in telling.aantallen.items()))
        lijsten = [("verouderd", telling.verouderd)] + ([("ontbreekt", telling.ontbreekt)] if taal else [])
        for wat, lijst in lijsten:
            regels += [f"  {wat}: {soort} {id_} (vingerafdruk: {afdruk})" for soort, id_, afdruk in lijst]
    return regels


def vertalingen(root: Path, content: Path, taal: str | None, als_sjabloon: bool = False) -> int:
    """Per sector and language: translated, draft, outdated, missing; with --taal the worklist."""
    sectoren = _laad_of_meld(content)
    if sectoren is None:
        return 1
    for naam, sector in sectoren.items():
        if als_sjabloon:
            print(f"# content/{naam}/vertalingen/{taal}.yml\n" + sjabloon(sector, taal))
        else:
            print("\n".join(rapport(naam, sector, talen_van(root, naam), taal)))
    return 0


def _mkdocs(root: Path, sector: str, doel: Path, content: Path, staging: Path) -> subprocess.Popen:
    env = dict(os.environ, WEGWIJZER_CONTENT=str(content), WEGWIJZER_STAGING=str(staging),
               NO_MKDOCS_2_WARNING="1")
    # Not --quiet: it hides warnings from --strict's count, and a warning must fail the build.
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict",
           "-f", str(root / f"mkdocs.{sector}.yml"), "-d", str(doel)]
    return subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)


def _pdfs(nieuw: Path, sectoren) -> bool:
    """The posters and flyers as PDF (pdf.py); False after saying in Dutch what went wrong."""
    try:
        for naam in sectoren:
            maak_pdfs(nieuw / naam)
    except PdfFout as e:
        print(f"De PDF's van de posters en de flyer konden niet worden gemaakt: {e}", file=sys.stderr)
        return False
    return True


def build(root: Path, content: Path, site: Path, staging: Path, lijst_bijwerken: bool = True) -> int:
    sectoren = _laad_of_meld(content)
    bewaking = None if sectoren is None else _bewaak_of_meld(root, content, sectoren)
    if bewaking is None:
        return 1
    nieuw = site.with_name(f".{site.name}.nieuw")
    oud = site.with_name(f".{site.name}.oud")
    shutil.rmtree(nieuw, ignore_errors=True)
    nieuw.mkdir(parents=True)
    processen = {s: _mkdocs(root, s, nieuw / s, content, staging) for s in sectoren}
    mislukt = False
    for sector, proces in processen.items():
        uitvoer, _ = proces.communicate()
        uitvoer = "\n".join(r for r in uitvoer.splitlines() if not r.startswith("INFO"))
        if uitvoer.strip():
            print(f"[{sector}]\n{uitvoer.rstrip()}", file=sys.stderr)
        mislukt |= proces.returncode != 0
    if not mislukt:
        mislukt = not _pdfs(nieuw, sectoren)
    if mislukt:
        shutil.rmtree(nieuw, ignore_errors=True)
        print("De build is mislukt (zie hierboven). De vorige site is niet veranderd.", file=sys.stderr)
        return 1
    for naam, b in bewaking.items():
        for van, naar in b.doorverwijzingen.items():
            doel = nieuw / naam / van / "index.html"
            doel.parent.mkdir(parents=True, exist_ok=True)
            doel.write_text(render_doorverwijzing(root / "overrides", van, naar, sectoren[naam].site.site_url,
                                                  talen_van(root, naam)), encoding="utf-8")
    talen = list(dict.fromkeys(t for naam in sectoren for t in talen_van(root, naam)))
    for taal in talen:
        doel = nieuw / landing_pad(taal, talen)
        doel.parent.mkdir(exist_ok=True)
        doel.write_text(render_landing(sectoren, root / "overrides", taal, talen), encoding="utf-8")
    (nieuw / "robots.txt").write_text(render_robots(sectoren, root / "overrides"), encoding="utf-8")
    shutil.rmtree(oud, ignore_errors=True)
    if site.exists():
        site.rename(oud)
    nieuw.rename(site)
    shutil.rmtree(oud, ignore_errors=True)
    print(f"Gebouwd: {', '.join(f'{site}/{s}/' for s in sectoren)} en {site}/index.html (in {len(talen)} talen).")
    for naam, b in bewaking.items():
        lijst = content / naam / LIJST
        nieuwe = tekst_lijst(naam, b.lijst)
        if lijst_bijwerken and (not lijst.is_file() or lijst.read_text(encoding="utf-8") != nieuwe):
            lijst.write_text(nieuwe, encoding="utf-8")
            print(f"Nieuwe adressen staan nu in {toon(lijst, content.parent)}. Commit dat bestand mee.")
    print("Vertalingen (python -m wegwijzer vertalingen --taal XX toont wat er nog te doen is):")
    for naam, sector in sectoren.items():
        print("\n".join(r for r in rapport(naam, sector, talen_van(root, naam)) if not r.startswith("  ")))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wegwijzer", description="Wegwijzer: check and build the sites.")
    parser.add_argument("opdracht", choices=["check", "build", "doorklik", "vertalingen", "schemas"])
    parser.add_argument("--taal", choices=model.TALEN, help="vertalingen: also list what is missing")
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
        return check(root, content, (args.rapport or root / "rapport" / "inhoud.html").resolve(), args.vandaag)
    if args.opdracht == "doorklik":
        return doorklik(content)
    if args.opdracht == "schemas":
        for pad in schema.schrijf(content):
            print(f"Bijgewerkt: {toon(pad, root)}")
        return 0
    if args.opdracht == "vertalingen":
        if args.sjabloon and not args.taal:
            parser.error("--sjabloon hoort bij --taal, zoals: vertalingen --taal en --sjabloon")
        return vertalingen(root, content, args.taal, args.sjabloon)
    site = (args.site or root / "site").resolve()
    staging = (args.staging or root / ".staging").resolve()
    return build(root, content, site, staging, not args.keep_address_list)
