"""Soft hyphens in long words of headings, so Dutch compounds break at a syllable on a phone.

CSS ``hyphens: auto`` needs a hyphenation dictionary that Chromium downloads at run time;
offline or on many phones it has none, and "toelaatbaarheidsverklaring" breaks mid-letter.
Soft hyphens (U+00AD) work everywhere and cost no JavaScript.
"""
from __future__ import annotations

import re
from functools import cache

import pyphen

ZACHT = "\u00ad"
LANG = 12  # words of at least this many letters get break points
_KOP = re.compile(r"(<h[1-3][^>]*>)(.*?)(</h[1-3]>)", re.DOTALL)
_TEKST = re.compile(r"(?<=>)([^<]+)(?=<)|^([^<]+)")
_WOORD = re.compile(r"\w{%d,}" % LANG)


@cache
def _woordenboek(taal: str) -> pyphen.Pyphen | None:
    code = pyphen.language_fallback(taal)
    return pyphen.Pyphen(lang=code) if code else None


def woorden(tekst: str, taal: str) -> str:
    """Put soft hyphens in every long word of plain text."""
    boek = _woordenboek(taal)
    if not boek:
        return tekst
    return _WOORD.sub(lambda m: boek.inserted(m.group(0), hyphen=ZACHT), tekst)


def koppen(html: str, taal: str) -> str:
    """Hyphenate the text (not the tags or attributes) inside every h1-h3 of ``html``."""
    def kop(m: re.Match) -> str:
        binnen = re.sub(r"([^<>]+)(?=<|$)", lambda t: woorden(t.group(1), taal), m.group(2))
        return m.group(1) + binnen + m.group(3)
    return _KOP.sub(kop, html)
