"""The model of content/controles.yml: the settings of `make check` (readability and review dates),
for both sectors."""
from __future__ import annotations

from dataclasses import dataclass

from wegwijzer.content.velden import Tekst, lijst, tabel, veld


@dataclass(kw_only=True)
class Grenzen:
    max_woorden_per_zin: int = veld("Een zin met meer woorden krijgt een waarschuwing.")
    max_lettergrepen_per_woord: int = veld(
        "Een woord met meer lettergrepen krijgt een waarschuwing (behalve namen en 'vaktermen').")
    min_flesch_douma: int = veld(
        "De laagste leesbaarheidsscore (Flesch-Douma, 0 tot 100; hoger is makkelijker) voor een tekst van "
        "minstens 'min_woorden_voor_score' woorden. 60-70 is normaal, 70-80 vrij makkelijk, 80-90 makkelijk.")


@dataclass(kw_only=True)
class GrenzenPerDoelgroep:
    ouders: Grenzen = veld("De grenzen voor teksten voor ouders (taalniveau B1).")
    leerlingen: Grenzen = veld("De grenzen voor teksten voor leerlingen: strenger dan voor ouders.")


@dataclass(kw_only=True)
class Controles:
    po: GrenzenPerDoelgroep = veld("De grenzen voor de site voor het basisonderwijs.")
    vo: GrenzenPerDoelgroep = veld("De grenzen voor de site voor het voortgezet onderwijs.")
    min_woorden_voor_score: int = veld(
        "Een tekst met minder woorden krijgt geen leesbaarheidsscore: bij een paar woorden zegt die niets.")
    nakijken_na_dagen: int = veld(
        "Een vraag waarvan 'gecontroleerd' langer geleden is dan dit aantal dagen, staat in het rapport. "
        "De wet verandert: het hoorrecht geldt bijvoorbeeld sinds 1 augustus 2025.")
    vaktermen: list[Tekst] = lijst(
        "Lange woorden die de site met opzet gebruikt en uitlegt, zoals 'samenwerkingsverband'. Ze krijgen "
        "geen waarschuwing als lang woord.")
    moeilijke_woorden: dict[Tekst, Tekst] = tabel(
        "Woorden die niet op taalniveau B1 zijn, met een makkelijker woord: 'indien: als'. Kleine letters.")
