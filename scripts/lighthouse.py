"""Lighthouse on a phone for every page type of both sites, in Dutch and in Arabic: accessibility, best
practices and SEO must be 100, performance at least 95 (the median of 3 runs). Exits 1 when a page misses.

The median of 3 is at least 95 exactly when 2 of the 3 runs are, so a third run is made only when the
first two disagree: the verdict is the same, the time a third less. The printed performance is the
median when there were 3 runs, else the lower of the 2 (the median of 3 cannot be below it).

Usage: .venv/bin/python scripts/lighthouse.py [SITE_DIR]   (`make lighthouse`; `make test` runs it too)
Without SITE_DIR it builds content/ into a temporary folder first. Lighthouse 12.2.3 (npm, the last
release that runs on Node 20) drives Debian's Chromium, one Chromium for all runs
(scripts/lighthouse-runner.mjs); the site is served from 127.0.0.1 with gzip, and Chromium resolves no other host.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from wegwijzer import cli
from wegwijzer.content.loader import laad_alles
from wegwijzer.content.sector import Sector

from browser import CHROMIUM, CHROMIUM_ARGS, serveer

RUNNER = ROOT / "scripts" / "lighthouse-runner.mjs"
CATEGORIEEN = ("performance", "accessibility", "best-practices", "seo")
DOELEN = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
RUNS = 3
SECTOREN = ("po", "vo")
TALEN = ("", "ar/")  # Dutch (the root) and Arabic


def paginatypes(sector: Sector) -> dict[str, str]:
    """Each page type and one page of it on a sector's site, from its content (relative to the sector)."""
    vraag = next(v for v in sector.vragen if v.leerlingen)
    boom = sector.doorklik["ouders"].doorklik
    kinderen = sector.site.leerlingen_heten
    # A question after the first (that one is the doorklik's start page), and a sensitive pupils' outcome:
    # the emergency numbers, the quick exit, read aloud and the contact bar.
    tweede = next(s.id for s in boom.vragen if s.id != boom.start)
    gevoelig = next(u.id for u in sector.doorklik["leerlingen"].doorklik.uitkomsten if u.gevoelig)
    return {"sector home": "", "pupil home": f"{kinderen}/",
            "FAQ item, parents": f"ouders/vragen/{vraag.id}/", "FAQ item, pupils": f"{kinderen}/vragen/{vraag.id}/",
            "doorklik question": f"ouders/doorklik/{tweede}/", "doorklik outcome": f"{kinderen}/doorklik/{gevoelig}/",
            "contact": "ouders/contact/", "page for schools": "voor-scholen/"}


# Lighthouse's performance score scales the main-thread work it sees, so a run while other processes
# use the processor scores lower than the page is (on this 2-core VM, pages that score 99 alone fell to
# 87-92 in runs right after pytest). Before each run the gate waits, at most RUST_WACHT seconds, for a
# second in which the machine is at most RUST_BEZIG busy, and it reports how busy the machine was and
# how much time the hypervisor gave to other machines ("steal") during each run. The goals stay as they are.
RUST_BEZIG = 0.25
RUST_WACHT = 30


def processor() -> tuple[int, int, int]:
    """Jiffies since boot from /proc/stat: (total, busy, steal); busy leaves out idle, iowait and steal."""
    velden = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle, iowait, steal = velden[3], velden[4], velden[7]
    return sum(velden), sum(velden) - idle - iowait - steal, steal


def aandeel(voor: tuple[int, int, int], na: tuple[int, int, int]) -> tuple[float, float]:
    """The busy share and the steal share of the processor between two readings."""
    totaal = max(na[0] - voor[0], 1)
    return (na[1] - voor[1]) / totaal, (na[2] - voor[2]) / totaal


def wacht_op_rust(lees=processor, slaap=time.sleep, bezig: float = RUST_BEZIG, wacht: int = RUST_WACHT) -> bool:
    """Wait for one second in which the machine is at most ``bezig`` busy; False when none came
    within ``wacht`` seconds (then the run goes ahead, and its report shows the load)."""
    for _ in range(wacht):
        voor = lees()
        slaap(1)
        if aandeel(voor, lees())[0] <= bezig:
            return True
    return False


class Lighthouse:
    """One Node process with one Chromium (scripts/lighthouse-runner.mjs) for every run: the CLI
    started both anew for each run, which took 5 of its 12 seconds."""

    def __enter__(self) -> "Lighthouse":
        vlaggen = ["--headless=new", *CHROMIUM_ARGS]
        self.node = subprocess.Popen(["node", str(RUNNER), CHROMIUM, json.dumps(vlaggen)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        return self

    def __call__(self, url: str, categorieen: tuple[str, ...], uit: Path) -> dict:
        """One run; the report has "ww-processor": how busy the machine was and its steal share."""
        rustig = wacht_op_rust()
        voor = processor()
        self.node.stdin.write(json.dumps({"url": url, "categories": list(categorieen), "out": str(uit)}) + "\n")
        self.node.stdin.flush()
        if self.node.stdout.readline() != "klaar\n":
            raise RuntimeError(f"Lighthouse stopped at {url} (exit code {self.node.wait()})")
        bezig, steal = aandeel(voor, processor())
        return json.loads(uit.read_text(encoding="utf-8")) | {"ww-processor": {
            "bezig": bezig, "steal": steal, "rustig_begonnen": rustig}}

    def __exit__(self, *fout) -> None:
        self.node.stdin.close()
        self.node.wait(timeout=60)


def _score(rapport: dict, categorie: str) -> int | None:
    score = rapport["categories"][categorie]["score"]
    return None if score is None else round(score * 100)


def _tekort(rapport: dict) -> list[str]:
    """The audits that cost points, for the failure message."""
    return [f"{k}: {a['title']}" for k, a in rapport["audits"].items()
            if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"]


def _belasting(rapport: dict) -> str:
    p = rapport["ww-processor"]
    return f"{p['bezig']:.0%} busy, {p['steal']:.0%} steal" + ("" if p["rustig_begonnen"] else " (never quiet)")


def snelheid(runs: list[int | None]) -> float | None:
    """The performance score of a page from its runs so far, or None when another run must decide.

    3 runs: their median. 2 runs on the same side of the goal: the lower of the two, because the
    median of 3 is at least that high when both meet the goal, and below the goal when neither does."""
    runs = [r if r is not None else 0 for r in runs]
    if len(runs) >= RUNS:
        return statistics.median(runs)
    doel = DOELEN["performance"]
    if len(runs) == 2 and (min(runs) >= doel or max(runs) < doel):
        return min(runs)
    return None


def meet(site: Path, content: Path) -> list[tuple[str, dict, list[str]]]:
    server = serveer(site, met_gzip=True)
    uitkomsten = []
    sectoren = laad_alles(content)
    with tempfile.TemporaryDirectory() as tmp, Lighthouse() as lighthouse:
        for sector in SECTOREN:
            basis = f"http://127.0.0.1:{server.server_port}/{sector}/"
            soorten = paginatypes(sectoren[sector])
            for taal in TALEN:
                for soort, pad in soorten.items():
                    url = basis + taal + pad
                    eerste = lighthouse(url, CATEGORIEEN, Path(tmp) / "1.json")
                    runs, belasting = [_score(eerste, "performance")], [_belasting(eerste)]
                    while (score := snelheid(runs)) is None:
                        rapport = lighthouse(url, ("performance",), Path(tmp) / f"{len(runs) + 1}.json")
                        runs.append(_score(rapport, "performance"))
                        belasting.append(_belasting(rapport))
                    scores = {c: _score(eerste, c) for c in CATEGORIEEN[1:]}
                    scores["performance"] = score
                    naam = f"{soort} ({'ar' if taal else 'nl'}): /{sector}/{taal}{pad}"
                    print(f"{naam}: " + ", ".join(f"{c} {scores[c]}" for c in CATEGORIEEN)
                          + f" (performance runs {runs}; machine {', '.join(belasting)})", flush=True)
                    uitkomsten.append((naam, scores, _tekort(eerste)))
    server.shutdown()
    return uitkomsten


def onder_doel(uitkomsten: list[tuple[str, dict, list[str]]]) -> list[tuple[str, dict, list[str]]]:
    """The pages that miss a goal, with only the scores that miss it (a missing score misses)."""
    return [(naam, {c: s for c, s in scores.items() if s is None or s < DOELEN[c]}, tekort)
            for naam, scores, tekort in uitkomsten if any(s is None or s < DOELEN[c] for c, s in scores.items())]


def main(argv: list[str]) -> int:
    content = ROOT / "content"
    with tempfile.TemporaryDirectory() as tmp:
        if argv:
            site = Path(argv[0])
        else:
            site = Path(tmp) / "site"
            code = cli.main(["build", "--content", str(content), "--site", str(site), "--staging",
                             str(Path(tmp) / "staging"), "--keep-address-list"])
            if code:
                return code
        uitkomsten = meet(site, content)
    gemist = onder_doel(uitkomsten)
    for naam, scores, tekort in gemist:
        print(f"BELOW THE GOAL: {naam}: {scores}; " + "; ".join(tekort), file=sys.stderr)
    print(f"Lighthouse: {len(uitkomsten) - len(gemist)} of {len(uitkomsten)} pages meet every goal "
          f"({', '.join(f'{c} {d}' for c, d in DOELEN.items())}; performance: median of {RUNS}, decided after 2 "
          f"runs when both are on the same side of the goal).")
    return 1 if gemist else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
