"""Benchmark: build overhead against plain mkdocs-material, growth at 10x the content, preview
latency and page weight. Not a test: it prints medians.

Usage: .venv/bin/python scripts/benchmark.py [--runs N] [--only build,growth,preview,weight]
(`make benchmark` runs it all.) Run it on an idle machine: every figure is wall-clock time.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

from wegwijzer.build.staging import genereer
from wegwijzer.content.talen import PYTHON_NAAM, mkdocs_config, talen_van

PY = sys.executable
SECTOREN = ("po", "vo")
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def _klok(cmd: list[str], env: dict, cwd: Path = ROOT) -> float:
    begin = time.perf_counter()
    proces = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    duur = time.perf_counter() - begin
    if proces.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proces.stdout[-3000:]}")
    return duur


def ons(content: Path, werk: Path, sector: str) -> float:
    """One MkDocs build of a sector with Wegwijzer's hooks, every language, as `make site` runs it."""
    env = dict(ENV, WEGWIJZER_CONTENT=str(content), WEGWIJZER_STAGING=str(werk / "staging"))
    return _klok([PY, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / f"mkdocs.{sector}.yml"),
                  "-d", str(werk / "site" / sector)], env)


def kaal_config(content: Path, werk: Path, sector: str) -> Path:
    """A plain mkdocs-material project with the same pages as Markdown: the staging folder our
    generator writes, the same theme features, extensions and languages; no hooks, no overrides."""
    talen = talen_van(ROOT, sector)
    docs = werk / "kaal-docs" / sector
    shutil.rmtree(docs, ignore_errors=True)
    resultaat = genereer(content / sector, docs, docs=ROOT / "docs", basis=content.parent, talen=talen)
    for md in docs.rglob("*.md"):  # our own page templates are not plain Material
        md.write_text(re.sub(r"^template: .*\n", "", md.read_text(encoding="utf-8"), count=1, flags=re.M),
                      encoding="utf-8")
    basis = mkdocs_config(ROOT)
    config = {
        "site_name": resultaat.sector.site.naam, "docs_dir": str(docs), "use_directory_urls": True,
        "theme": {k: v for k, v in basis["theme"].items() if k != "custom_dir"},
        "extra": {"generator": False}, "extra_css": basis["extra_css"], "extra_javascript": basis["extra_javascript"],
        "not_in_nav": basis["not_in_nav"], "markdown_extensions": basis["markdown_extensions"],
        "nav": resultaat.sites["nl"].nav,
        "plugins": {"search": {"lang": "nl"}, "i18n": {
            "docs_structure": "suffix", "reconfigure_material": True,
            "languages": mkdocs_config(ROOT, sector)["plugins"]["i18n"]["languages"]}},
    }
    pad = werk / f"kaal.{sector}.yml"
    gewoon = json.loads(json.dumps(config))  # model texts are str subclasses
    tekst = yaml.safe_dump(gewoon, allow_unicode=True, sort_keys=False)
    # The emoji extension's Python names, tagged again as mkdocs.yml has them.
    tekst = re.sub(rf"'({re.escape(PYTHON_NAAM)}[\w.]+)'", r"\1", tekst)
    pad.write_text(tekst, encoding="utf-8")
    return pad


def kaal(config: Path, werk: Path, sector: str) -> float:
    return _klok([PY, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(werk / "kaal-site" / sector)], ENV)


def meet_build(content: Path, werk: Path, runs: int) -> dict:
    configs = {s: kaal_config(content, werk, s) for s in SECTOREN}
    onze, kale = [], []
    for _ in range(runs):
        onze.append(sum(ons(content, werk, s) for s in SECTOREN))
        kale.append(sum(kaal(configs[s], werk, s) for s in SECTOREN))
    pagina_s = sum(1 for _ in (werk / "site").rglob("index.html"))
    return {"ons": statistics.median(onze), "kaal": statistics.median(kale), "paginas": pagina_s}


def groot_content(werk: Path, factor: int) -> Path:
    """content/ with every question ``factor`` times (copies get ids ending in -kopie-N, with the same
    translations), so the sites have about ``factor`` times the pages of questions."""
    doel = werk / f"content-x{factor}"
    shutil.rmtree(doel, ignore_errors=True)
    shutil.copytree(ROOT / "content", doel)
    for sector in SECTOREN:
        for faq in sorted((doel / sector / "faq").glob("*.yml")):
            data = yaml.safe_load(faq.read_text(encoding="utf-8"))
            kopieen = [dict(v, id=f"{v['id']}-kopie-{n}", vorige_ids=[]) for n in range(1, factor) for v in data["vragen"]]
            data["vragen"] += kopieen
            faq.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        for vertaling in sorted((doel / sector / "vertalingen").glob("*.yml")):
            data = yaml.safe_load(vertaling.read_text(encoding="utf-8"))
            data["vragen"] |= {f"{id_}-kopie-{n}": v for n in range(1, factor) for id_, v in list(data["vragen"].items())}
            vertaling.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return doel


def meet_groei(werk: Path, runs: int, factor: int = 10) -> dict:
    content = groot_content(werk, factor)
    tijden = [sum(ons(content, werk / "groot", s) for s in SECTOREN) for _ in range(runs)]
    pagina_s = sum(1 for _ in (werk / "groot" / "site").rglob("index.html"))
    return {"ons": statistics.median(tijden), "paginas": pagina_s}


def _vrije_poort() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def meet_preview(werk: Path, runs: int) -> dict:
    """`make serve` (Dutch only) on a copy of content/: seconds from saving a question's file until
    the question's page serves the new text."""
    content = werk / "content-preview"
    shutil.rmtree(content, ignore_errors=True)
    shutil.copytree(ROOT / "content", content)
    poort = _vrije_poort()
    env = dict(ENV, WEGWIJZER_CONTENT=str(content), WEGWIJZER_STAGING=str(werk / "staging-preview"),
               WEGWIJZER_ALLE_TALEN="false")
    server = subprocess.Popen([PY, "-m", "mkdocs", "serve", "-f", str(ROOT / "mkdocs.po.yml"),
                               "-a", f"127.0.0.1:{poort}"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    faq = content / "po" / "faq" / "tlv-en-speciaal-onderwijs.yml"
    adres = f"http://127.0.0.1:{poort}/po/ouders/vragen/wat-is-een-tlv/"

    def pagina() -> str:
        try:
            with urllib.request.urlopen(adres, timeout=30) as antwoord:
                return antwoord.read().decode("utf-8")
        except OSError:
            return ""

    try:
        einde = time.monotonic() + 120
        while "toelaatbaarheidsverklaring" not in pagina():
            if time.monotonic() > einde:
                sys.exit("the preview did not start")
            time.sleep(0.2)
        tijden, tekst = [], faq.read_text(encoding="utf-8")
        for n in range(runs):
            nieuw = f"Meting {n}: een TLV is een besluit."
            begin = time.perf_counter()
            faq.write_text(tekst.replace("Een toelaatbaarheidsverklaring (TLV) is een besluit", nieuw, 1),
                           encoding="utf-8")
            while nieuw not in pagina():
                time.sleep(0.02)
            tijden.append(time.perf_counter() - begin)
            time.sleep(1)
        return {"mediaan": statistics.median(tijden), "max": max(tijden)}
    finally:
        server.terminate()
        server.wait()


def meet_gewicht(site: Path, paden: list[str]) -> dict:
    """Bytes over the wire (gzip) on a first visit at phone width, in Chromium: per page the total
    and the biggest items."""
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM, CHROMIUM_ARGS, TELEFOON, serveer
    server = serveer(site, met_gzip=True)
    basis = f"http://127.0.0.1:{server.server_port}/"
    uit = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for pad in paden:
            context = browser.new_context(**TELEFOON)
            page = context.new_page()
            antwoorden = []
            page.on("requestfinished", lambda r: antwoorden.append(r))
            page.goto(basis + pad, wait_until="networkidle")
            page.wait_for_timeout(500)
            items = []
            for r in antwoorden:
                maten = r.sizes()
                items.append((maten["responseBodySize"] + maten["responseHeadersSize"], r.url.removeprefix(basis)))
            items.sort(reverse=True)
            uit[pad] = {"totaal": sum(b for b, _ in items), "items": items}
            context.close()
        browser.close()
    server.shutdown()
    return uit


PUPIL_PAGES = ["po/kinderen/", "po/kinderen/vragen/wat-is-een-tlv/", "po/ar/kinderen/", "vo/jongeren/",
               "vo/jongeren/doorklik/", "vo/uk/jongeren/vragen/wat-is-een-tlv/",
               "po/kinderen/doorklik/thuis-niet-goed/", "po/ar/kinderen/doorklik/thuis-niet-goed/"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is printed)")
    parser.add_argument("--only", default="build,growth,preview,weight")
    args = parser.parse_args(argv)
    delen = args.only.split(",")
    werk = Path(tempfile.mkdtemp(prefix="wegwijzer-benchmark-"))
    rijen = []
    print(f"{os.cpu_count()} cores, {args.runs} runs per figure; work folder {werk}", flush=True)
    if "build" in delen or "weight" in delen:
        b = meet_build(ROOT / "content", werk, args.runs if "build" in delen else 1)
        if "build" in delen:
            rijen += [("Build, both sites, 6 languages", f"{b['ons']:.1f} s ({b['paginas']} pages)", ""),
                      ("Plain mkdocs-material, same pages", f"{b['kaal']:.1f} s", ""),
                      ("Build overhead (ratio)", f"{b['ons'] / b['kaal']:.2f}", "≤ 1.10")]
    if "growth" in delen:
        g = meet_groei(werk, args.runs)
        rijen.append(("Build at 10x the questions", f"{g['ons']:.1f} s ({g['paginas']} pages, "
                                                    f"{1000 * g['ons'] / g['paginas']:.1f} ms a page)", ""))
        if "build" in delen:
            rijen.append(("  the same at 1x", f"{1000 * b['ons'] / b['paginas']:.1f} ms a page", ""))
    if "preview" in delen:
        p = meet_preview(werk, max(5, args.runs))
        rijen.append(("Preview: save to new page (median)", f"{p['mediaan']:.2f} s (max {p['max']:.2f} s)",
                      "≤ 1.5 s"))
    if "weight" in delen:
        gewichten = meet_gewicht(werk / "site", PUPIL_PAGES)
        for pad, w in gewichten.items():
            rijen.append((f"First visit, phone, gzip: /{pad}", f"{w['totaal'] / 1024:.1f} KB", "≤ 80 KB"))
        zwaarste = max(gewichten.values(), key=lambda w: w["totaal"])
        grootste = ", ".join(f"{Path(u.split('?')[0]).name} {n / 1024:.1f} KB" for n, u in zwaarste["items"][:5])
        rijen.append(("  biggest items of the heaviest", grootste, ""))
    breedte = max(len(r[0]) for r in rijen)
    print(f"\n| {'measure':<{breedte}} | figure | goal |\n|{'-' * (breedte + 2)}|---|---|")
    for naam, waarde, doel in rijen:
        print(f"| {naam:<{breedte}} | {waarde} | {doel} |")
    shutil.rmtree(werk, ignore_errors=True)


if __name__ == "__main__":
    main()
