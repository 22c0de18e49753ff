"""Finishing touches on each rendered HTML page (text edits only; no markup is created here).

- Soft hyphens in long words of headings, so Dutch compounds break at a syllable on a phone.
  CSS ``hyphens: auto`` needs a hyphenation dictionary that Chromium downloads at run time;
  offline or on many phones it has none, and "toelaatbaarheidsverklaring" breaks mid-letter.
  Soft hyphens (U+00AD) work everywhere and cost no JavaScript.
- Three kinds of invalid HTML that mkdocs-material 9.8.1 writes outside any template block
  (found by vnu): ``autocomplete`` on its checkbox toggles, an empty ``tabindex`` on
  navigation labels, and on a section's index page a table-of-contents label whose
  ``for="__toc"`` names an input that the page does not have.
- On a page in another language than the default, the search looks in that language's folder
  (the ``base`` in Material's configuration), where its own search index lives (see search.py).
- Search runs in docs/assets/javascripts/workers/ww-zoeken.js, which loads Material's worker and
  stems the query like the index (see that file).
- Material's script fetches ``sitemap.xml`` next to every hreflang link of a page, to send a click
  in its version selector to the same page in another version. Our language switcher links to
  the same page already, and our hreflang links are absolute (for search engines), so the script
  would fetch files that do not exist, from the public address even in a local preview.
  ``zonder_taalsitemaps`` makes that lookup find no links.
- On a right-to-left page, every run of Latin-script words (a Dutch term such as "toelaatbaarheids-
  verklaring, TLV" or "groep 8") is isolated with the Unicode characters FSI and PDI, the plain-text
  form of <bdi>: it keeps its own order, and the parentheses and numbers around it follow the Arabic
  sentence (``isoleer``). Text only, in headings and body; scripts, code and attributes are left alone.
- No source maps: Material ships a map next to each script and stylesheet (1.3 MB per site) for
  its own debugging; ``zonder_bronkaarten`` removes them and the comments that point to them.
"""
from __future__ import annotations

import json
import posixpath
import re
from functools import cache
from pathlib import Path

import pyphen

from wegwijzer.build.search import PAGINABESTAND

ZACHT = "\u00ad"
LANG = 12  # words of at least this many letters get break points
_KOP = re.compile(r"(<h[1-3][^>]*>)(.*?)(</h[1-3]>)", re.DOTALL)
_TEKST = re.compile(r"(?<=>)([^<]+)(?=<)|^([^<]+)")
_WOORD = re.compile(r"\w{%d,}" % LANG)


@cache
def _woordenboek(taal: str) -> pyphen.Pyphen | None:
    code = pyphen.language_fallback(taal)
    return pyphen.Pyphen(lang=code) if code else None


@cache  # headings repeat on many pages
def _afgebroken(woord: str, taal: str) -> str:
    return _woordenboek(taal).inserted(woord, hyphen=ZACHT)


def woorden(tekst: str, taal: str) -> str:
    """Put soft hyphens in every long word of plain text."""
    if not _woordenboek(taal):
        return tekst
    return _WOORD.sub(lambda m: _afgebroken(m.group(0), taal), tekst)


def koppen(html: str, taal: str) -> str:
    """Hyphenate the text (not the tags or attributes) inside every h1-h3 of ``html``."""
    def kop(m: re.Match) -> str:
        eigen = "nl" if 'lang="nl"' in m.group(1) else taal  # an untranslated heading on another language's page
        binnen = re.sub(r"([^<>]+)(?=<|$)", lambda t: woorden(t.group(1), eigen), m.group(2))
        return m.group(1) + binnen + m.group(3)
    return _KOP.sub(kop, html)


_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')


def material(html: str) -> str:
    """Remove the invalid attributes Material writes (see the module docstring)."""
    html = _TOGGLE.sub(r"\1", html).replace(' tabindex=""', "")
    if 'id="__toc"' not in html:
        html = html.replace(' for="__toc"', "")
    return html


_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)


def zoekconfig(html: str, map_: str | None, doelgroep: str | None = None) -> str:
    """Material's configuration: our search worker, and ``base`` (where search/search_index.json is
    fetched) in language folder ``map_``; ``doelgroep``, the audience folder of the page, comes
    first in the results."""
    def pas_aan(m: re.Match) -> str:
        config = json.loads(m.group(2))
        werker = posixpath.dirname(config["search"])
        # The pages of the index, from the worker's folder (assets/javascripts/workers/).
        index = posixpath.join("../../..", map_ or "", "search", PAGINABESTAND)
        config["search"] = (f"{werker}/ww-zoeken.js?material={posixpath.basename(config['search'])}"
                            f"&index={index}" + (f"&doelgroep={doelgroep}" if doelgroep else ""))
        if map_:
            config["base"] = posixpath.join(config["base"], map_) + "/"  # a folder: URL() needs the slash
        tekst = json.dumps(config, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
        return m.group(1) + tekst + m.group(3)
    return _CONFIG.sub(pas_aan, html, count=1)


_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WOORD_LATIJN = f"[{_LETTER}](?:[{_LETTER}0-9'’\u00ad-]*[{_LETTER}0-9])?"
# Latin words joined by spaces, ", ", "/" or "-", and a number right after one ("groep 8").
_LATIJN = re.compile(f"{_WOORD_LATIJN}(?:(?:, |-? |/|-)(?:{_WOORD_LATIJN}|[0-9]+[a-z]?(?![0-9A-Za-z])))*")
# Left as they are: entities, text isolated already, web and e-mail addresses.
_LATEN = r"&#?\w+;|[\u2066-\u2068][^\u2069]*\u2069|(?:https?://|www\.)[^\s<]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_TEKSTDELEN = re.compile(f"({_LATEN})|({_LATIJN.pattern})")
_NIET_IN = {"script", "style", "code", "pre", "svg", "title", "textarea", "dir"}  # "dir": an element with a
# direction or language of its own (a Dutch text marked lang=nl, an address, a number) is handled already
_LEEG = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_TAG = re.compile(r"(<[^>]+>)")
FSI, PDI = "\u2068", "\u2069"


def isoleer(html: str) -> str:
    """Isolate every run of Latin-script words in the text of ``html``'s body (see the module docstring)."""
    begin = html.find("<body")
    if begin < 0:
        return html
    delen = _TAG.split(html[begin:])
    stapel: list[tuple[str, str]] = []  # open elements: (name, name or "dir")
    for i, deel in enumerate(delen):
        if i % 2:  # a tag
            naam = re.match(r"</?\s*([a-zA-Z0-9]+)", deel)
            if not naam:
                continue
            naam = naam.group(1).lower()
            if deel.startswith("</"):
                while stapel and stapel.pop()[0] != naam:
                    pass
            elif naam not in _LEEG and not deel.endswith("/>"):
                eigen = (" dir=" in deel or " lang=" in deel) and naam not in ("body", "html")
                stapel.append((naam, "dir" if eigen else naam))
        elif deel.strip() and not _NIET_IN.intersection(soort for _naam, soort in stapel):
            delen[i] = _TEKSTDELEN.sub(lambda m: m.group(0) if m.group(1) else FSI + m.group(0) + PDI, deel)
    return html[:begin] + "".join(delen)


def pagina(html: str, taal: str, taalmap: str | None = None, doelgroep: str | None = None,
           rechts_links: bool = False) -> str:
    """Every finishing touch; ``taalmap`` is the language folder of a page not in the default language,
    ``doelgroep`` the audience folder of a page for parents or pupils; ``rechts_links``: a right-to-left page."""
    html = koppen(material(html), taal)
    return zoekconfig(isoleer(html) if rechts_links else html, taalmap, doelgroep)


_BRONKAART = re.compile(r"\n?(?://# sourceMappingURL=\S+|/\*# sourceMappingURL=\S+ \*/)\s*$")


def zonder_bronkaarten(site: Path) -> None:
    """Remove Material's source maps from a built site, and the lines that point to them."""
    for kaart in site.glob("assets/**/*.map"):
        kaart.unlink()
        bron = kaart.with_suffix("")
        if bron.is_file():
            bron.write_text(_BRONKAART.sub("\n", bron.read_text(encoding="utf-8")), encoding="utf-8")


# The one place in Material 9.8.1's bundle that selects the hreflang links (see the module docstring).
_ALTERNATES = 'M("link[rel=alternate]")'
_GEEN = 'M("link[rel=alternate][data-ww-nooit]")'


def zonder_taalsitemaps(site: Path) -> None:
    """Turn off the sitemap lookup for hreflang links in Material's bundle in a built site."""
    for bundel in site.glob("assets/javascripts/bundle.*.min.js"):
        tekst = bundel.read_text(encoding="utf-8")
        if _GEEN in tekst and _ALTERNATES not in tekst:
            continue  # done already (the preview may keep the copied bundle between rebuilds)
        if tekst.count(_ALTERNATES) != 1:
            raise RuntimeError(f"{bundel.name}: expected {_ALTERNATES} once (Material changed?); see wegwijzer/build/postprocess.py")
        bundel.write_text(tekst.replace(_ALTERNATES, _GEEN), encoding="utf-8")
