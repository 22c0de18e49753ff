"""Search per language: one index per language folder, each with its own stemmer.

mkdocs-static-i18n leaves one index at the site root that mixes every language, and every page
loads it, so a search on /en/ finds Dutch pages. After the build, ``per_taal`` splits that index:
``search/`` keeps the Dutch pages, ``en/search/`` the English ones (locations relative to /en/),
and so on. Each page's search looks in its own language folder (``nabewerking.zoekconfig``), so it
loads only its own index, and only when someone searches: ``search_index.json`` holds the
configuration, ``ww-index.json`` the pages (see docs/assets/javascripts/workers/ww-zoeken.js).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from wegwijzer.content.talen import voorvoegsel

STARTBESTAND = "search_index.json"  # the name Material's script fetches
PAGINABESTAND = "ww-index.json"
ALLE = ["stemmer", "stopWordFilter", "trimmer"]
# Words end at spaces, dashes and punctuation (for pl and uk, which have no trimmer).
LEESTEKENS = r"[\s\-.,;:!?()\[\]\"'«»„“”…/]+"
# lunr has a stemmer for nl, en, ar and tr. Arabic pages also hold Dutch terms such as "TLV" in
# Latin letters, which the Arabic trimmer alone would drop: Arabic searches with English too.
# For pl and uk lunr has no stemmer: search matches words and their beginnings, without the
# English stemmer or trimmer (which would strip Cyrillic letters).
ZOEKTAAL = {"nl": (["nl"], ALLE, None), "en": (["en"], ALLE, None), "ar": (["ar", "en"], ALLE, None),
            "tr": (["tr"], ALLE, None), "pl": (["en"], [], LEESTEKENS), "uk": (["en"], [], LEESTEKENS)}


def taal_van(locatie: str, talen: list[str]) -> str:
    """The language of a search entry, from the first folder of its location."""
    eerste = locatie.split("/", 1)[0]
    return eerste if eerste in talen[1:] else talen[0]


def instellingen(sector, taal: str, t: dict) -> dict:
    """What our search worker reads from a language's index configuration (ww-zoeken.js): the name
    of each audience's folder for the result labels, and the editors' synonyms for that language."""
    return {"ww_doelgroepen": {"ouders": t["doelgroep"]["ouders"],
                               sector.site.leerlingen_heten: t["doelgroep"][sector.site.leerlingen_heten]},
            "ww_synoniemen": dict(getattr(sector.zoekwoorden, taal))}


def splits(index: dict, talen: list[str], extra: dict[str, dict] | None = None) -> dict[str, dict]:
    """One search index per language; ``talen[0]`` is the default language (at the site root).
    ``extra``: settings per language for our search worker (``instellingen``)."""
    uit = {}
    for taal in talen:
        lang, pipeline, scheiding = ZOEKTAAL[taal]
        docs = [dict(d, location=d["location"][len(voorvoegsel(taal, talen)):]) for d in index["docs"]
                if taal_van(d["location"], talen) == taal]
        config = dict(index["config"], lang=lang, pipeline=pipeline, **(extra or {}).get(taal, {}))
        if scheiding:
            config["separator"] = scheiding
        uit[taal] = {"config": config, "docs": docs}
    return uit


def per_taal(site: Path, talen: list[str], extra: dict[str, dict] | None = None) -> None:
    """Replace the mixed index in ``site`` by one per language folder; give each folder the sitemap
    that Material's scripts fetch next to the search index."""
    bron = site / "search" / "search_index.json"
    if not bron.is_file():
        return
    for taal, index in splits(json.loads(bron.read_text(encoding="utf-8")), talen, extra).items():
        map_ = site if taal == talen[0] else site / taal
        (map_ / "search").mkdir(parents=True, exist_ok=True)
        # What every page fetches at once: the configuration only. The pages follow at the first
        # query (docs/assets/javascripts/workers/ww-zoeken.js).
        for naam, inhoud in ((STARTBESTAND, {"config": index["config"], "docs": []}),
                             (PAGINABESTAND, {"docs": index["docs"]})):
            (map_ / "search" / naam).write_text(json.dumps(inhoud, ensure_ascii=False, separators=(",", ":")),
                                                encoding="utf-8")
        if map_ != site:
            for naam in ("sitemap.xml", "sitemap.xml.gz"):
                if (site / naam).is_file():
                    shutil.copyfile(site / naam, map_ / naam)
