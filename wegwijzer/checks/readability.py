"""Readability and review dates: the warnings of ``make check`` (not errors: the site still builds).

Every Dutch text an editor wrote is read as a parent text or a pupil text (by the field it is in, or by
the doorklik file), split into sentences and words, and held against the limits in content/controles.yml:
sentence length, long words, the Flesch-Douma score and officialese that is not B1. A question whose
'gecontroleerd' date is older than the review period is reported too.

Flesch-Douma (Douma 1960, the Dutch form of Flesch's reading ease):
    206.835 - 0.93 * (words per sentence) - 77 * (syllables per word)
Syllables are counted from the vowels: a Dutch vowel sound (aa, ie, oe, ei, ui, eeu ...) counts once,
any other vowel letter once each (so a diaeresis or a hiatus as in 'ge-ad-mi-ni-streerd' starts a
new syllable). That is how Dutch spelling marks syllables, and close enough for a readability score.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from wegwijzer.content import bronnen, velden
from wegwijzer.content.controles import Controles
from wegwijzer.content.errors import Waarschuwing
from wegwijzer.content.herkomst import pad_van, regels_van
from wegwijzer.content.sector import Sector

# Fields that are not prose: names, law references, times, menu groups, subject lines.
OVERSLAAN = {"bron", "naam", "naam_leerlingen", "nummer", "dagen", "tijden", "groep", "onderwerp"}
_KLINKERS = re.compile(r"[aeiouyàáâèéêìíîòóôùúûäëïöü]+", re.IGNORECASE)
# Vowel letters that make one sound in Dutch; any other run of vowels is that many syllables
# (ge-ad-mi-ni-streerd, ra-di-o, i-dee-ën).
_KLANKEN = re.compile(r"aai|ooi|oei|eeu|ieu|aa|ee|oo|uu|ie|oe|eu|ei|ui|ou|au|ai|oi|ey|uy|[aeiouyàáâèéêìíîòóôùúûäëïöü]",
                      re.IGNORECASE)
_WOORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A sentence ends at . ! or ? (perhaps followed by a closing quote) before a capital or a digit.
_ZINSEINDE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’]))\s+(?=[\"'‘“(]?[A-Z0-9ÀÁÈÉÌÍÒÓÙÚ])")
_ADRES = re.compile(r"\b(?:https?://|www\.)\S*[^\s.,;:!?)]|\S+@\S+\.[a-z]{2,}")


@dataclass(frozen=True)
class Leestekst:
    """One text to read: where it is, for whom, and what it says."""

    pad: str
    regel: int
    item: str
    doelgroep: str  # "ouders" or "leerlingen"
    tekst: str


@dataclass(frozen=True)
class Score:
    """The Flesch-Douma score of one text, for the report."""

    tekst: Leestekst
    woorden: int
    zinnen: int
    score: float


def lettergrepen(woord: str) -> int:
    return max(1, sum(len(_KLANKEN.findall(groep)) for groep in _KLINKERS.findall(woord)))


def _kaal(markdown: str) -> list[str]:
    """The blocks of plain text in a Markdown text: each paragraph and each list item on its own."""
    tekst = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)  # links and images: their text
    tekst = re.sub(r"[*_`]+", "", tekst)
    blokken, huidig = [], []
    for regel in tekst.splitlines():
        kaal = regel.strip()
        lijst = re.match(r"^(?:[-+]|\d+[.)]|#+|>)\s+", kaal)
        if not kaal or lijst:
            blokken.append(" ".join(huidig))
            huidig = []
        if kaal:
            huidig.append(kaal[lijst.end():] if lijst else kaal)
    blokken.append(" ".join(huidig))
    return [b for b in blokken if b]


def zinnen(markdown: str) -> list[str]:
    return [z.strip() for blok in _kaal(markdown) for z in _ZINSEINDE.split(blok) if _WOORD.search(z)]


def woorden(zin: str) -> list[str]:
    """The words of a sentence; web and e-mail addresses are not words to read."""
    return [w for w in _WOORD.findall(_ADRES.sub(" ", zin)) if re.search(r"[^\W\d_]", w)]


def flesch_douma(zinnen_: list[str]) -> tuple[float, int]:
    """The score of some sentences, and their number of words."""
    alle = [w for z in zinnen_ for w in woorden(z)]
    if not alle:
        return 100.0, 0
    return (206.835 - 0.93 * len(alle) / len(zinnen_) - 77 * sum(map(lettergrepen, alle)) / len(alle),
            len(alle))


def _doelgroep(veld: str, doelgroep: str) -> str:
    if veld == "leerlingen" or veld.endswith("_leerlingen"):
        return "leerlingen"
    return "ouders" if veld == "ouders" else doelgroep


def teksten(obj, doelgroep: str, item: str, pad: str = "", plek: tuple = ()):
    """Every prose text in a record (and the records in it), with its file, line, item and audience."""
    pad = pad_van(obj) or pad
    regels = regels_van(obj)
    if getattr(obj, "id", None):
        item = f"{type(obj).__name__.lower()} '{obj.id}'"
        plek = ()
    for veld in dataclasses.fields(obj):
        waarde = getattr(obj, veld.name)
        groep = _doelgroep(veld.name, doelgroep)
        if veld.name in OVERSLAAN or waarde is None:
            continue
        waar = plek + (veld.name,)
        if dataclasses.is_dataclass(waarde):
            yield from teksten(waarde, groep, item, pad, waar)
        elif isinstance(waarde, list):
            lijnen = regels.get(veld.name + "[]", [])
            for i, x in enumerate(waarde):
                if dataclasses.is_dataclass(x):
                    yield from teksten(x, groep, item, pad, waar)
                elif type(x) in (velden.Tekst, velden.Markdown):
                    yield Leestekst(pad, lijnen[i] if i < len(lijnen) else regels.get(veld.name, 1),
                                _naam(item, groep, waar), groep, x)
        elif type(waarde) in (velden.Tekst, velden.Markdown):
            yield Leestekst(pad, regels.get(veld.name, 1), _naam(item, groep, waar), groep, waarde)


def _naam(item: str, doelgroep: str, plek: tuple) -> str:
    velden = ".".join(p for p in plek if p not in ("ouders", "leerlingen"))
    return f"{item} ({doelgroep}: {velden})"


def van_sector(sector: Sector) -> list[Leestekst]:
    """Every Dutch text of one sector's site."""
    uit = list(teksten(sector.site, "ouders", "site.yml"))
    for onderwerp in sector.onderwerpen:
        uit += teksten(onderwerp, "ouders", "")
    uit += teksten(sector.partners, "ouders", "partners.yml")
    if sector.scholen:
        uit += teksten(sector.scholen, "ouders", "scholen.yml")
    for vraag in sector.vragen:
        uit += teksten(vraag, "ouders", "")
    for doelgroep, boom in sorted(sector.doorklik.items()):
        uit += teksten(boom.doorklik, doelgroep, f"doorklik voor {doelgroep}")
    return uit


class Lezer:
    """Reads texts against the limits of one sector; collects warnings and scores."""

    def __init__(self, controles: Controles, sector: str, basis: Path):
        self.controles = controles
        self.grenzen = getattr(controles, sector)
        self.basis = basis
        self.waarschuwingen: list[Waarschuwing] = []
        self.scores: list[Score] = []
        self._bestanden: dict[str, list[str]] = {}
        self._moeilijk = {w.lower(): a for w, a in controles.moeilijke_woorden.items()}
        self._vaktermen = {w.lower() for w in controles.vaktermen}

    def _regel_van(self, t: Leestekst, zin: str) -> int:
        """The line a sentence starts on (texts over several lines), else the line of the field."""
        if t.pad not in self._bestanden:
            pad = self.basis / t.pad
            self._bestanden[t.pad] = pad.read_text(encoding="utf-8").splitlines() if pad.is_file() else []
        lijnen = self._bestanden[t.pad]
        begin = woorden(zin)[:3]
        patroon = re.compile(r"\W+".join(map(re.escape, begin)))
        for nummer in range(t.regel, min(len(lijnen), t.regel + 80) + 1):
            if patroon.search(lijnen[nummer - 1]):
                return nummer
        return t.regel

    def lees(self, t: Leestekst) -> None:
        g = getattr(self.grenzen, t.doelgroep)
        voor = "ouders" if t.doelgroep == "ouders" else "leerlingen"
        alle = zinnen(t.tekst)
        for zin in alle:
            w = woorden(zin)
            if len(w) > g.max_woorden_per_zin:
                self._meld(t, zin, "zin", f"deze zin heeft {len(w)} woorden; voor {voor} is de grens "
                                          f"{g.max_woorden_per_zin}. Maak er twee zinnen van.")
            lang = [woord for i, woord in enumerate(w) if lettergrepen(woord) > g.max_lettergrepen_per_woord
                    and woord.lower() not in self._vaktermen and (i == 0 or not woord[0].isupper())]
            for woord in dict.fromkeys(lang):
                self._meld(t, zin, "woord", f"'{woord}' heeft {lettergrepen(woord)} lettergrepen; voor {voor} is de "
                                            f"grens {g.max_lettergrepen_per_woord}. Gebruik een korter woord, leg het "
                                            "uit of zet het bij 'vaktermen' in content/controles.yml.")
            klein = f" {' '.join(w).lower()} "
            for moeilijk, makkelijk in self._moeilijk.items():
                if f" {moeilijk} " in klein:
                    self._meld(t, zin, "b1", f"'{moeilijk}' is geen taalniveau B1. Schrijf '{makkelijk}'.")
        score, aantal = flesch_douma(alle)
        if aantal >= self.controles.min_woorden_voor_score:
            self.scores.append(Score(t, aantal, len(alle), score))
            if score < g.min_flesch_douma:
                moeilijkste = min(alle, key=lambda z: flesch_douma([z])[0])
                self._meld(t, moeilijkste, "score",
                           f"leesbaarheid {score:.0f} (Flesch-Douma); voor {voor} is de grens "
                           f"{g.min_flesch_douma}. Maak zinnen korter en woorden eenvoudiger. "
                           f"De moeilijkste zin:")

    def _meld(self, t: Leestekst, zin: str, soort: str, bericht: str) -> None:
        self.waarschuwingen.append(Waarschuwing(t.pad, self._regel_van(t, zin), soort, t.item, bericht, zin))


def nakijken(sector: Sector, controles: Controles, vandaag: date) -> list[Waarschuwing]:
    """Questions whose answer was last checked longer ago than the review period (or in the future)."""
    uit = []
    grens = vandaag - timedelta(days=controles.nakijken_na_dagen)
    for vraag in sector.vragen:
        waar = (pad_van(vraag), regels_van(vraag)["gecontroleerd"], "nakijken", f"vraag '{vraag.id}'")
        if vraag.gecontroleerd < grens:
            uit.append(Waarschuwing(*waar, f"voor het laatst nagekeken op {vraag.gecontroleerd.isoformat()}, "
                                           f"langer dan {controles.nakijken_na_dagen} dagen geleden. Klopt het "
                                           "antwoord nog met de wet? Kijk het na en zet de datum van vandaag "
                                           "bij 'gecontroleerd'."))
        elif vraag.gecontroleerd > vandaag:
            uit.append(Waarschuwing(*waar, f"'gecontroleerd' is {vraag.gecontroleerd.isoformat()}, een datum "
                                           "in de toekomst. Zet er de datum in waarop je het antwoord nakeek."))
    return uit


@dataclass
class Verslag:
    """Everything ``make check`` found in one sector (``sector`` "": in the files of all sites)."""

    sector: str
    waarschuwingen: list[Waarschuwing]
    scores: list[Score]


def controleer(naam: str, sector: Sector, controles: Controles, basis: Path, vandaag: date) -> Verslag:
    lezer = Lezer(controles, naam, basis)
    for t in van_sector(sector):
        lezer.lees(t)
    return Verslag(naam, sorted(set(lezer.waarschuwingen)) + nakijken(sector, controles, vandaag)
                   + bronnen.hele_wetten(sector), lezer.scores)
