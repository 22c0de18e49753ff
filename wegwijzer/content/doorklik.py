"""The doorklik as a graph: checks (targets, reachability, cycles, depth) and every route.

A tree is data: questions (``Stap``) whose choices lead to another question or to an
outcome (``Uitkomst``). Nothing here renders; pages/doorklik.py turns each node into a page.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from wegwijzer.content import model
from wegwijzer.content.errors import Fout, bedoelde_je
from wegwijzer.content.herkomst import regels_van

MIN_KEUZES, MAX_KEUZES = 2, 6
GERESERVEERD = {"index"}  # the tree's start page


@dataclass
class Boom:
    """A checked tree with quick lookups."""

    doorklik: model.Doorklik
    stappen: dict[str, model.Stap]
    uitkomsten: dict[str, model.Uitkomst]

    @classmethod
    def van(cls, d: model.Doorklik) -> "Boom":
        return cls(d, {s.id: s for s in d.vragen}, {u.id: u for u in d.uitkomsten})

    def stap(self) -> model.Stap:
        return self.stappen[self.doorklik.start]

    def nummers(self) -> dict[str, int]:
        """For each question, its number on the shortest route from the start (start = 1)."""
        nummer = {self.doorklik.start: 1}
        rij = deque([self.doorklik.start])
        while rij:
            huidig = rij.popleft()
            for keuze in self.stappen[huidig].keuzes:
                if keuze.naar in self.stappen and keuze.naar not in nummer:
                    nummer[keuze.naar] = nummer[huidig] + 1
                    rij.append(keuze.naar)
        return nummer

    def vorige(self) -> dict[str, list[str]]:
        """For each question and outcome, the questions that lead to it: the one on the shortest
        route first (the 'previous question' link), then the others in the order of the tree."""
        nummer = self.nummers()
        uit: dict[str, list[str]] = {}
        for stap_id in sorted(self.stappen, key=lambda s: nummer.get(s, len(self.stappen) + 1)):
            for keuze in self.stappen[stap_id].keuzes:
                if stap_id not in uit.setdefault(keuze.naar, []):
                    uit[keuze.naar].append(stap_id)
        return uit

    def hoogstens(self) -> dict[str, int]:
        """For each question, the most questions on any route through it (its page says 'of at most')."""
        uit: dict[str, int] = {}
        for route in self.routes():
            for stap, _keuze in route:
                uit[stap.id] = max(uit.get(stap.id, 0), len(route))
        return uit

    def routes(self):
        """Every route from the start: lists of (question, choice), ending in an outcome."""
        def verder(stap_id, tot_nu):
            for keuze in self.stappen[stap_id].keuzes:
                route = tot_nu + [(self.stappen[stap_id], keuze)]
                if keuze.naar in self.uitkomsten:
                    yield route
                else:
                    yield from verder(keuze.naar, route)
        yield from verder(self.doorklik.start, [])


def controleer(d: model.Doorklik, pad: str) -> list[Fout]:
    """Every structural mistake in one tree, as Dutch errors on the right lines."""
    fouten: list[Fout] = []
    knopen: dict[str, object] = {}
    for knoop in [*d.vragen, *d.uitkomsten]:
        lijn = regels_van(knoop)["id"]
        if knoop.id in GERESERVEERD:
            fouten.append(Fout(pad, lijn, f"de id '{knoop.id}' is gereserveerd voor de startpagina. "
                                          "Kies een andere id."))
        elif knoop.id in knopen:
            eerder = regels_van(knopen[knoop.id])["id"]
            fouten.append(Fout(pad, lijn, f"de id '{knoop.id}' komt twee keer voor (ook op regel {eerder}). "
                                          "Geef elke vraag en uitkomst een eigen id."))
        else:
            knopen[knoop.id] = knoop
    stappen = {s.id: s for s in d.vragen}

    if d.start not in stappen:
        wat = "een uitkomst, geen vraag" if d.start in knopen else "geen vraag in dit bestand"
        fouten.append(Fout(pad, regels_van(d)["start"], f"'start' noemt '{d.start}', maar dat is {wat}."
                                                        f"{bedoelde_je(d.start, stappen)}"))
    for stap in d.vragen:
        aantal = len(stap.keuzes)
        if not MIN_KEUZES <= aantal <= MAX_KEUZES:
            fouten.append(Fout(pad, regels_van(stap)["keuzes"],
                               f"de vraag '{stap.id}' heeft {aantal} keuze{'s' if aantal != 1 else ''}. "
                               f"Geef elke vraag minstens {MIN_KEUZES} en hoogstens {MAX_KEUZES} keuzes."))
        for keuze in stap.keuzes:
            if keuze.naar not in knopen:
                fouten.append(Fout(pad, regels_van(keuze)["naar"],
                                   f"'naar' noemt '{keuze.naar}', maar die vraag of uitkomst staat niet in "
                                   f"dit bestand.{bedoelde_je(keuze.naar, knopen)}"))
    if fouten:
        return fouten  # the graph checks below need every target to exist
    fouten += _kringen(d, stappen, pad)
    if fouten:
        return fouten
    fouten += _onbereikbaar(d, stappen, knopen, pad)
    fouten += _te_diep(d, stappen, pad)
    return fouten


def _kringen(d, stappen, pad) -> list[Fout]:
    fouten, klaar = [], set()

    def bezoek(stap_id, pad_tot_nu):
        for keuze in stappen[stap_id].keuzes:
            if keuze.naar in pad_tot_nu:
                kring = " → ".join(pad_tot_nu[pad_tot_nu.index(keuze.naar):] + [keuze.naar])
                fouten.append(Fout(pad, regels_van(keuze)["naar"],
                                   f"deze keuze maakt een kring: {kring}. Een keuze mag niet terug naar "
                                   "een eerdere vraag; laat hem naar een nieuwe vraag of een uitkomst gaan."))
            elif keuze.naar in stappen and keuze.naar not in klaar:
                bezoek(keuze.naar, pad_tot_nu + [keuze.naar])
        klaar.add(stap_id)

    for stap in d.vragen:
        if stap.id not in klaar:
            bezoek(stap.id, [stap.id])
    return fouten


def _onbereikbaar(d, stappen, knopen, pad) -> list[Fout]:
    bereikt, rij = {d.start}, [d.start]
    while rij:
        for keuze in stappen[rij.pop()].keuzes:
            if keuze.naar not in bereikt:
                bereikt.add(keuze.naar)
                if keuze.naar in stappen:
                    rij.append(keuze.naar)
    return [Fout(pad, regels_van(k)["id"], f"'{k.id}' is vanaf de start niet te bereiken. Laat een keuze "
                                         f"naar '{k.id}' gaan, of haal het weg.")
            for k_id, k in knopen.items() if k_id not in bereikt]


def _te_diep(d, stappen, pad) -> list[Fout]:
    """Questions that are number MAX_VRAGEN + 1 on some route (the routes have no cycles here)."""
    langste: dict[str, list[str]] = {}  # question id -> the longest route of questions to it

    def route(stap_id):
        return langste[stap_id]

    volgorde, gezien = [], set()

    def sorteer(stap_id):
        gezien.add(stap_id)
        for keuze in stappen[stap_id].keuzes:
            if keuze.naar in stappen and keuze.naar not in gezien:
                sorteer(keuze.naar)
        volgorde.append(stap_id)

    sorteer(d.start)
    for stap_id in reversed(volgorde):  # parents before children
        langste.setdefault(stap_id, [stap_id])
        for keuze in stappen[stap_id].keuzes:
            if keuze.naar in stappen and len(route(stap_id)) + 1 > len(langste.get(keuze.naar, [])):
                langste[keuze.naar] = route(stap_id) + [keuze.naar]
    te_diep = {s: r for s, r in langste.items() if len(r) == model.MAX_VRAGEN + 1}
    return [Fout(pad, regels_van(stappen[s])["id"],
                 f"'{s}' is vraag {len(r)} op de route {' → '.join(r)}. Een route mag hoogstens "
                 f"{model.MAX_VRAGEN} vragen hebben; maak hem korter.")
            for s, r in te_diep.items()]


def overzicht(boom: Boom) -> list[str]:
    """The whole tree at a glance, for staff: questions (?), choices (-) and outcomes (=)."""
    regels = []

    def stap(stap_id, diepte):
        s = boom.stappen[stap_id]
        regels.append(f"{'    ' * diepte}? {s.vraag}  [{s.id}]")
        for keuze in s.keuzes:
            if keuze.naar in boom.uitkomsten:
                u = boom.uitkomsten[keuze.naar]
                regels.append(f"{'    ' * diepte}  - {keuze.tekst} → = {u.titel}  [{u.id}]")
            else:
                regels.append(f"{'    ' * diepte}  - {keuze.tekst} →")
                stap(keuze.naar, diepte + 1)

    stap(boom.doorklik.start, 0)
    return regels
