"""Load one sector's content folder into a checked ``Sector``, or raise every mistake at once."""
from __future__ import annotations

import sys
from dataclasses import fields
from pathlib import Path

from wegwijzer.content import iconen, model
from wegwijzer.content.bestanden import BESTANDEN, CONTROLES, OPTIONEEL, SCHEMAS
from wegwijzer.content.bronnen import controleer as controleer_bronnen
from wegwijzer.content.controles import Controles
from wegwijzer.content.doorklik import Boom, controleer
from wegwijzer.content.errors import ContentFouten, Fout, bedoelde_je, toon
from wegwijzer.content.fingerprint import status as vertaalstatus
from wegwijzer.content.herkomst import regels_van
from wegwijzer.content.safety import controleer as controleer_veiligheid
from wegwijzer.content.sector import Sector
from wegwijzer.content.validate import zet_om
from wegwijzer.content.yamlnodes import lees

TOEGESTAAN_ANDERS = {"README.md", ".gitkeep", "adressen.txt"}  # adressen.txt: see checks/adressen.py
FOTOS = "fotos"  # photos of the OJS's people (site.yml: mensen), copied into the site


def _lees_bestand(pad: Path, basis: Path, soort, fouten: list[Fout]):
    getoond = toon(pad, basis)
    try:
        tekst = pad.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        fouten.append(Fout(getoond, 1, "dit bestand is geen UTF-8-tekst. Sla het op als UTF-8."))
        return None, getoond
    node, yaml_fouten = lees(getoond, tekst)
    fouten.extend(yaml_fouten)
    if node is None:
        return None, getoond
    obj, model_fouten = zet_om(soort, node, getoond, pad.stem)
    fouten.extend(model_fouten)
    return (None if yaml_fouten else obj), getoond


def laad_sector(map_: Path, basis: Path | None = None) -> Sector:
    """Load ``map_`` (content/<sector>); paths in errors are relative to ``basis``.

    ``basis`` defaults to the folder that holds content/, so errors read
    ``content/po/faq/tlv.yml:12: ...`` as an editor sees the project.
    """
    map_ = Path(map_).resolve()
    basis = Path(basis).resolve() if basis else map_.parent.parent
    fouten: list[Fout] = []
    gelezen: dict[str, list[tuple]] = {}
    bekend = set()
    for patroon, soort in BESTANDEN.items():
        paden = sorted(map_.glob(patroon))
        if not paden and "*" not in patroon and patroon not in OPTIONEEL:
            fouten.append(Fout(toon(map_ / patroon, basis), 1,
                               "dit bestand ontbreekt. Maak het aan; content/README.md laat zien hoe."))
        for pad in paden:
            bekend.add(pad)
            gelezen.setdefault(patroon, []).append(_lees_bestand(pad, basis, soort, fouten))
    for pad in sorted(map_.rglob("*")):
        if pad.is_file() and pad not in bekend and pad.name not in TOEGESTAAN_ANDERS and pad.parent.name != FOTOS:
            fouten.append(Fout(toon(pad, basis), 1,
                               "dit bestand hoort hier niet. Toegestaan zijn site.yml, onderwerpen.yml, "
                               "partners.yml, scholen.yml, zoekwoorden.yml, .yml-bestanden in faq/ en "
                               "vertalingen/, en doorklik/ouders.yml en doorklik/leerlingen.yml."))
    eerste = {p: (lijst[0] if lijst else (None, "")) for p, lijst in gelezen.items()}
    site, site_pad = eerste.get("site.yml", (None, ""))
    onderwerpen, onderwerpen_pad = eerste.get("onderwerpen.yml", (None, ""))
    partners, partners_pad = eerste.get("partners.yml", (None, ""))
    scholen, _ = eerste.get("scholen.yml", (None, ""))
    vragenbestanden = [(b, p) for b, p in gelezen.get("faq/*.yml", []) if b is not None]
    # A faq file that could not be read hides its ids: then references to items are not checked,
    # or every link to them would be reported as well.
    alle_vragen = len(vragenbestanden) == len(gelezen.get("faq/*.yml", []))
    bomen = {patroon.split("/")[1][:-4]: gelezen[patroon][0] for patroon in OPTIONEEL
             if patroon.startswith("doorklik/") and gelezen.get(patroon) and gelezen[patroon][0][0] is not None}
    zoekwoorden, zoekwoorden_pad = eerste.get("zoekwoorden.yml", (None, ""))

    if not (site and onderwerpen and partners):
        raise ContentFouten(fouten)  # cross-references need all three; their errors are in fouten
    sector = Sector(site, onderwerpen.onderwerpen, partners, scholen)
    if zoekwoorden:
        sector.zoekwoorden = zoekwoorden
        _zoekwoorden(zoekwoorden, zoekwoorden_pad, fouten)
    _kruisverwijzingen(sector, site_pad, onderwerpen_pad, partners_pad, vragenbestanden, alle_vragen, fouten)
    _iconen_en_fotos(sector, map_, basis, site_pad, onderwerpen_pad, fouten)
    for doelgroep, (doorklik, pad) in sorted(bomen.items()):
        _doorklik(sector, doelgroep, doorklik, pad, partners_pad, alle_vragen, fouten)
    for vertaling, pad in gelezen.get("vertalingen/*.yml", []):
        if vertaling is not None:
            _vertaling(sector, vertaling, pad, alle_vragen, fouten)
    fouten += controleer_veiligheid(sector)
    fouten += controleer_bronnen(sector)
    if fouten:
        raise ContentFouten(fouten)
    return sector


def _iconen_en_fotos(sector: Sector, map_: Path, basis: Path, site_pad: str, onderwerpen_pad: str, fouten: list[Fout]) -> None:
    for o in sector.onderwerpen:
        if o.icoon and not iconen.bestaat(o.icoon):
            fouten.append(Fout(onderwerpen_pad, regels_van(o)["icoon"], iconen.fout(o.icoon)))
    for m in sector.site.mensen:
        if m.foto and not (map_ / m.foto).is_file():
            fouten.append(Fout(site_pad, regels_van(m)["foto"], f"'foto' noemt '{m.foto}', maar dat bestand staat niet "
                                                               f"in {toon(map_, basis)}/{FOTOS}/. "
                                                               "Zet de foto daar, of haal 'foto' weg."))


def _zoekwoorden(zoekwoorden: model.Zoekwoorden, pad: str, fouten: list[Fout]) -> None:
    """A search word is matched in lower case, so it must be written that way."""
    for taal in (f.name for f in fields(zoekwoorden)):
        tabel = getattr(zoekwoorden, taal)
        for woord in tabel:
            if woord != woord.lower():
                fouten.append(Fout(pad, regels_van(tabel)[woord], f"het zoekwoord '{woord}' ({taal}) moet in "
                                                                  f"kleine letters: '{woord.lower()}'."))


def _uniek(items, pad: str, wat: str, fouten: list[Fout], gezien: dict) -> None:
    for item in items:
        waar = (pad, regels_van(item)["id"])
        if item.id in gezien:
            eerder = gezien[item.id]
            fouten.append(Fout(*waar, f"de id '{item.id}' komt twee keer voor (ook in {eerder[0]}:"
                                      f"{eerder[1]}). Geef elke {wat} een eigen id."))
        else:
            gezien[item.id] = waar


def _verwijzing(ids, bekend, pad, regels, veld, wat, waar_staat, fouten, zelf=None) -> None:
    for ref, lijn in zip(ids, regels):
        if ref == zelf:
            fouten.append(Fout(pad, lijn, f"'{veld}' noemt de vraag zelf. Haal '{ref}' weg."))
        elif ref not in bekend:
            fouten.append(Fout(pad, lijn, f"'{veld}' noemt {wat} '{ref}', maar die staat niet in "
                                          f"{waar_staat}.{bedoelde_je(ref, bekend)}"))


def _kruisverwijzingen(sector, site_pad, onderwerpen_pad, partners_pad, vragenbestanden, alle_vragen, fouten):
    onderwerp_ids: dict = {}
    _uniek(sector.onderwerpen, onderwerpen_pad, "onderwerp", fouten, onderwerp_ids)
    partner_ids: dict = {}
    _uniek(sector.partners.partners, partners_pad, "partner", fouten, partner_ids)
    vraag_ids: dict = {}
    for bestand, pad in vragenbestanden:
        _uniek(bestand.vragen, pad, "vraag", fouten, vraag_ids)
        for vraag in bestand.vragen:
            sector.vragen.append(vraag)
            sector.onderwerp_van[vraag.id] = bestand.onderwerp

    p = sector.partners
    _verwijzing(p.volgorde, partner_ids, partners_pad, regels_van(p)["volgorde[]"], "volgorde",
                "de partner", "de lijst 'partners'", fouten)
    taken = sector.site.ojs_taken
    _verwijzing([taken.onderwerp], onderwerp_ids, site_pad, [regels_van(taken)["onderwerp"]],
                "onderwerp", "het onderwerp", onderwerpen_pad, fouten)
    site = sector.site
    if not site.site_url.endswith(f"/{site.sector}/"):
        fouten.append(Fout(site_pad, regels_van(site)["site_url"],
                           f"'site_url' moet eindigen op /{site.sector}/ (zoals https://www.example.nl/"
                           f"{site.sector}/), maar is '{site.site_url}'."))
    contact = sector.site.contact
    if not any([contact.telefoon, contact.email, contact.formulier, contact.whatsapp]):
        fouten.append(Fout(site_pad, regels_van(sector.site)["contact"],
                           "'contact' heeft geen enkel kanaal. Vul minstens één in: "
                           "telefoon, email, formulier of whatsapp."))
    for bestand, pad in vragenbestanden:
        _verwijzing([bestand.onderwerp], onderwerp_ids, pad, [regels_van(bestand)["onderwerp"]],
                    "onderwerp", "het onderwerp", onderwerpen_pad, fouten)
        for vraag in bestand.vragen:
            r = regels_van(vraag)
            _verwijzing(vraag.zie_ook if alle_vragen else [], vraag_ids, pad, r.get("zie_ook[]", []), "zie_ook",
                        "de vraag", "faq/", fouten, zelf=vraag.id)
            _verwijzing(vraag.partners, partner_ids, pad, r.get("partners[]", []), "partners",
                        "de partner", partners_pad, fouten)


def _doorklik(sector, doelgroep, doorklik, pad, partners_pad, alle_vragen, fouten) -> None:
    fouten += controleer(doorklik, pad)
    vraag_ids = {v.id for v in sector.vragen}
    partner_ids = {p.id for p in sector.partners.partners}
    for uitkomst in doorklik.uitkomsten:
        r = regels_van(uitkomst)
        _verwijzing(uitkomst.vragen if alle_vragen else [], vraag_ids, pad, r.get("vragen[]", []), "vragen",
                    "de vraag", "faq/", fouten)
        _verwijzing(uitkomst.partners, partner_ids, pad, r.get("partners[]", []), "partners", "de partner",
                    partners_pad, fouten)
        if doelgroep == "leerlingen":
            for ref, lijn in zip(uitkomst.vragen, r.get("vragen[]", [])):
                if ref in vraag_ids and not sector.vraag(ref).leerlingen:
                    fouten.append(Fout(pad, lijn, f"'vragen' noemt '{ref}', maar die vraag heeft geen tekst "
                                                  "voor leerlingen. Kies een andere vraag of voeg 'leerlingen:' "
                                                  "toe aan de vraag."))
    sector.doorklik[doelgroep] = Boom.van(doorklik)


def _vertaling(sector, vertaling, pad, alle_vragen, fouten) -> None:
    taal = Path(pad).stem
    if vertaling.taal != taal:
        fouten.append(Fout(pad, regels_van(vertaling)["taal"], f"'taal' is '{vertaling.taal}', maar het bestand "
                                                               f"heet {taal}.yml. Maak ze gelijk."))
    bekend = {"vragen": ({v.id for v in sector.vragen} if alle_vragen else None, "de vraag", "faq/"),
              "onderwerpen": ({o.id for o in sector.onderwerpen}, "het onderwerp", "onderwerpen.yml"),
              "partners": ({p.id for p in sector.partners.partners}, "de partner", "partners.yml"),
              "doorklik": (set(sector.doorklik), "de doorklik", "doorklik/")}
    for soort, (ids, wat, waar) in bekend.items():
        tabel = getattr(vertaling, soort)
        if ids is not None:
            _verwijzing(list(tabel), ids, pad, [regels_van(tabel)[i] for i in tabel], soort, wat, waar, fouten)
    for doelgroep, dv in vertaling.doorklik.items():
        if doelgroep in sector.doorklik:
            actueel = vertaalstatus(sector, vertaling, "doorklik", doelgroep) != "verouderd"
            _doorklik_vertaling(sector.doorklik[doelgroep].doorklik, dv, pad, f"doorklik/{doelgroep}.yml", actueel,
                                fouten)
    if vertaling.site and vertaling.site.bereikbaar:
        aantal = len(sector.site.contact.bereikbaar)
        if len(vertaling.site.bereikbaar) != aantal:
            fouten.append(Fout(pad, regels_van(vertaling.site)["bereikbaar"],
                               f"'bereikbaar' heeft {len(vertaling.site.bereikbaar)} tijden, maar site.yml heeft "
                               f"er {aantal}. Vertaal ze allemaal, in dezelfde volgorde."))
    sector.vertalingen[vertaling.taal] = vertaling


def _doorklik_vertaling(doorklik, vertaling, pad, bron, actueel, fouten) -> None:
    """Ids that the Dutch tree has, and as many choices per step. When the Dutch tree changed since the
    translation (``actueel`` False), a step whose number of choices changed is shown in Dutch until it is
    translated again, so adding a choice in Dutch never stops the build."""
    stappen = {s.id: s for s in doorklik.vragen}
    for soort, ids in (("vragen", stappen), ("uitkomsten", {u.id for u in doorklik.uitkomsten})):
        tabel = getattr(vertaling, soort)
        _verwijzing(list(tabel), ids, pad, [regels_van(tabel)[i] for i in tabel], soort,
                    "de stap" if soort == "vragen" else "de uitkomst", bron, fouten)
    for id_, stap in vertaling.vragen.items():
        if actueel and id_ in stappen and len(stap.keuzes) != len(stappen[id_].keuzes):
            fouten.append(Fout(pad, regels_van(stap)["keuzes"],
                               f"'keuzes' van '{id_}' heeft {len(stap.keuzes)} antwoorden, maar het Nederlands "
                               f"heeft er {len(stappen[id_].keuzes)}. Vertaal ze allemaal, in dezelfde volgorde."))


def laad_controles(content: Path) -> Controles:
    """The settings of `make check` (content/controles.yml), or raise its mistakes."""
    pad = Path(content).resolve() / CONTROLES
    fouten: list[Fout] = []
    if not pad.is_file():
        raise ContentFouten([Fout(toon(pad, pad.parent.parent), 1, "dit bestand ontbreekt. Maak het aan; "
                                                                   "content/README.md laat zien hoe.")])
    controles, _ = _lees_bestand(pad, pad.parent.parent, Controles, fouten)
    if fouten:
        raise ContentFouten(fouten)
    return controles


def sector_mappen(content: Path) -> list[Path]:
    """Every sector folder under content/ (each holds a site.yml or should)."""
    return sorted(p for p in content.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and p.name != SCHEMAS)


def laad_alles(content: Path) -> dict[str, Sector]:
    """Load every sector; raise one ContentFouten with the mistakes of all of them."""
    sectoren, fouten = {}, []
    for map_ in sector_mappen(content):
        try:
            sectoren[map_.name] = laad_sector(map_, content.parent)
        except ContentFouten as e:
            fouten.extend(e.fouten)
    if fouten:
        raise ContentFouten(fouten)
    return sectoren


def laad_of_meld(content: Path) -> dict[str, Sector] | None:
    """All sectors, or None after printing every mistake (Dutch, file:line) to stderr."""
    try:
        return laad_alles(content)
    except ContentFouten as e:
        print(e.rapport(), file=sys.stderr)
        return None
