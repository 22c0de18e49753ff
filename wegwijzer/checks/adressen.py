"""Published addresses never break.

Schools print links to these sites in their schoolgids and use them for years. Every public
address of a sector is kept in ``content/<sector>/adressen.txt`` (committed, kept up to date by
the build). An address that is in the list but no longer built fails the build, unless a
redirect covers it: an item's former id (``vorige_ids``) or a topic's short link
(``korte_link``). Pure functions: no files written, no mkdocs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wegwijzer.content.errors import Fout, toon
from wegwijzer.content.herkomst import pad_van, regels_van
from wegwijzer.content.sector import Sector

LIJST = "adressen.txt"
GERESERVEERD = {"assets", "search", "vertalingen"}  # folders of the built site that are no pages
KOP = ("# Elk openbaar adres van deze site. De build houdt deze lijst zelf bij: commit hem, maar pas\n"
       "# hem niet met de hand aan. Verdwijnt een adres, dan stopt de build (zie content/README.md).\n")


@dataclass
class Bewaking:
    fouten: list[Fout] = field(default_factory=list)
    doorverwijzingen: dict[str, str] = field(default_factory=dict)  # old address -> address it now is
    lijst: list[str] = field(default_factory=list)  # the list as it must be committed now


def _oude_adressen(sector: Sector, adressen: set[str], talen: list[str]) -> list[tuple]:
    """(old address, new address, file, line, the former id or short link) for every redirect."""
    uit: list[tuple] = []
    mappen = {"ouders", sector.site.leerlingen_heten}
    prefixen = [""] + [f"{t}/" for t in talen[1:]]

    def hernoemd(items, bovenliggend: str, begin: str = "", mappen=mappen) -> None:
        """Items whose pages live at <prefix><audience>/<bovenliggend>/<id>/ (no bovenliggend: topics);
        the doorklik's first question (``begin``) lives at <prefix><audience>/doorklik/."""
        for item in items:
            oude = list(zip(item.vorige_ids, regels_van(item).get("vorige_ids[]", [])))
            if item.id == begin:  # its own id's address, from before the first question moved to the start
                oude.append((item.id, regels_van(item)["id"]))
            for oud, lijn in oude:
                for prefix in prefixen:
                    for map_ in mappen:
                        basis = f"{prefix}{map_}/" + (f"{bovenliggend}/" if bovenliggend else "")
                        nieuw = basis if item.id == begin else basis + f"{item.id}/"
                        if nieuw in adressen:
                            uit.append((basis + f"{oud}/", nieuw, pad_van(item), lijn, oud))

    hernoemd(sector.vragen, "vragen")
    hernoemd(sector.onderwerpen, "")
    for doelgroep, boom in sector.doorklik.items():
        map_ = "ouders" if doelgroep == "ouders" else sector.site.leerlingen_heten
        hernoemd([*boom.doorklik.vragen, *boom.doorklik.uitkomsten], "doorklik", boom.doorklik.start, {map_})
    for o in sector.onderwerpen:
        if o.korte_link:
            uit.append((f"{o.korte_link}/", f"ouders/{o.id}/", pad_van(o), regels_van(o)["korte_link"], o.korte_link))
    return uit


def bewaak(sector: Sector, adressen: set[str], talen: list[str], gepubliceerd: list[str] | None,
           lijst_pad: str) -> Bewaking:
    """Check the addresses built now against the published list; the redirects and the new list."""
    b = Bewaking()
    waar: dict[str, tuple] = {}
    for van, naar, bestand, lijn, waarde in _oude_adressen(sector, adressen, talen):
        if van in adressen or van.split("/")[0] in GERESERVEERD:
            b.fouten.append(Fout(bestand, lijn, f"'{waarde}' is al het adres van een andere pagina of map "
                                                f"(/{sector.site.sector}/{van}). Kies een andere naam."))
        elif van in b.doorverwijzingen and b.doorverwijzingen[van] != naar:
            eerder = waar[van]
            b.fouten.append(Fout(bestand, lijn, f"'{waarde}' staat ook bij een ander item ({eerder[0]}:{eerder[1]}). "
                                                "Een oud adres kan maar naar één pagina doorsturen."))
        else:
            b.doorverwijzingen[van] = naar
            waar.setdefault(van, (bestand, lijn))
    for nummer, regel in enumerate(gepubliceerd or [], start=1):
        regel = regel.strip()
        if not regel or regel.startswith("#"):
            continue
        kaal = regel.removeprefix(f"/{sector.site.sector}/")
        if kaal not in adressen and kaal not in b.doorverwijzingen:
            b.fouten.append(Fout(lijst_pad, nummer, _weg(regel, kaal)))
    b.lijst = sorted(adressen | set(b.doorverwijzingen))
    return b


def _weg(regel: str, kaal: str) -> str:
    delen = kaal.rstrip("/").split("/")
    wat = delen[-1] if delen != [""] else ""
    return (f"het adres {regel} bestaat niet meer, maar scholen en ouders kunnen ernaar linken. Heb je de id "
            f"'{wat}' veranderd? Zet hem dan onder 'vorige_ids' van het item (zoals vorige_ids: [{wat}]); dan "
            "stuurt de site bezoekers door. Heb je het item weggehaald? Zet de id dan onder 'vorige_ids' van het "
            "item dat ervoor in de plaats komt, of zet het item terug.")


def lees_lijst(pad: Path) -> list[str] | None:
    """The committed list, or None when there is none yet (the first build makes it)."""
    return pad.read_text(encoding="utf-8").splitlines() if pad.is_file() else None


def tekst_lijst(sector: str, lijst: list[str]) -> str:
    return KOP + "".join(f"/{sector}/{a}\n" for a in lijst)


def bewaak_map(sector: Sector, map_: Path, adressen: set[str], talen: list[str], basis: Path,
               met_lijst: bool = True) -> Bewaking:
    """``bewaak`` against the list committed in ``map_`` (content/<sector>/adressen.txt); paths in its
    errors relative to ``basis``. Without ``met_lijst`` only the redirects (a preview of some languages)."""
    lijst = map_ / LIJST
    return bewaak(sector, adressen, talen, lees_lijst(lijst) if met_lijst else None, toon(lijst, basis))
