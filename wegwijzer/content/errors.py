"""Editor-facing errors and warnings: Dutch, one line each, starting with ``file:line:``."""
from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path


@dataclass(frozen=True, order=True)
class Fout:
    """One mistake in the content, as an editor should read it."""

    pad: str  # path relative to the project root, with forward slashes
    regel: int  # 1-based line number
    bericht: str  # Dutch: what is wrong and how to fix it

    def __str__(self) -> str:
        return f"{self.pad}:{self.regel}: {self.bericht}"


@dataclass(frozen=True, order=True)
class Waarschuwing:
    """One warning, as an editor reads it: where, which item, what, and the sentence."""

    pad: str
    regel: int
    soort: str  # "zin", "woord", "score", "b1", "nakijken" or "schema" (see rapport.SOORTEN)
    item: str  # which item, such as "vraag 'wat-is-een-tlv' (leerlingen: antwoord)"
    bericht: str
    zin: str = ""

    def __str__(self) -> str:
        zin = f' "{self.zin}"' if self.zin else ""
        return f"{self.pad}:{self.regel}: let op, {self.item}: {self.bericht}{zin}"


class ContentFouten(Exception):
    """Raised when the content has mistakes; carries all of them."""

    def __init__(self, fouten: list[Fout]):
        self.fouten = sorted(set(fouten))
        super().__init__(self.rapport())

    def rapport(self) -> str:
        n = len(self.fouten)
        kop = "1 fout in de inhoud" if n == 1 else f"{n} fouten in de inhoud"
        regels = [str(f) for f in self.fouten]
        return "\n".join(regels + [f"{kop}. Er is niets gebouwd; de vorige site is niet veranderd."])


def bedoelde_je(woord: str, opties) -> str:
    """' Bedoelde je 'x'?' when a close match exists, else ''."""
    gelijk = get_close_matches(woord, list(opties), n=1, cutoff=0.6)
    return f" Bedoelde je '{gelijk[0]}'?" if gelijk else ""


def toon(pad: Path, basis: Path) -> str:
    """A path as messages show it: relative to ``basis`` (the project) where it lies inside it."""
    try:
        return pad.relative_to(basis).as_posix()
    except ValueError:
        return pad.as_posix()
