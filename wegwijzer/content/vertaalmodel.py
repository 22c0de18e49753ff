"""The model of vertalingen/<taal>.yml: one language per file, keyed by the Dutch ids. What a
translated item may hold, and the fingerprint of the Dutch text it was made from.

This model is also the list of what is translatable: a field of a translated item translates the
field of the same name in the Dutch record, or the one its ``bron`` names (a dotted path; through a
list it takes that field of every element). content/vertaalbaar.py reads that list from here."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

from wegwijzer.content.model import Drukwerk, LijstPerDoelgroep, PerDoelgroep, Schoolgids, Tijdvak, Versie
from wegwijzer.content.talen import TALEN
from wegwijzer.content.velden import (Markdown, OnderwerpId, PartnerId, StapId, Tekst, Vingerafdruk, VraagId, lijst,
                                      tabel, veld)


@dataclass(kw_only=True)
class VertaaldItem:
    """What every translated item has: where it came from and whether it was reviewed."""

    vingerafdruk: Vingerafdruk = veld("De vingerafdruk van de Nederlandse tekst waaruit je vertaalde "
                                      "(python -m wegwijzer vertalingen laat hem zien).")
    concept: bool = veld("true zolang een moedertaalspreker de vertaling nog niet heeft nagekeken.",
                         default=True)


@dataclass(kw_only=True)
class VraagVertaling(VertaaldItem):
    ouders: Optional[Versie] = veld("De vertaalde vraag en het antwoord voor ouders.", default=None)
    leerlingen: Optional[Versie] = veld("De vertaalde vraag en het antwoord voor leerlingen.", default=None)


@dataclass(kw_only=True)
class OnderwerpVertaling(VertaaldItem):
    titel: Optional[Tekst] = veld("De vertaalde titel voor ouders.", default=None)
    titel_leerlingen: Optional[Tekst] = veld("De vertaalde titel voor leerlingen.", default=None)
    intro: Optional[Markdown] = veld("De vertaalde inleiding voor ouders.", default=None)
    intro_leerlingen: Optional[Markdown] = veld("De vertaalde inleiding voor leerlingen.", default=None)
    groep: Optional[Tekst] = veld("De vertaalde groep in het menu.", default=None)


@dataclass(kw_only=True)
class PartnerVertaling(VertaaldItem):
    naam: Optional[Tekst] = veld("De vertaalde naam voor ouders.", default=None)
    waarvoor: Optional[Markdown] = veld("Het vertaalde 'waarvoor' voor ouders.", default=None)
    naam_leerlingen: Optional[Tekst] = veld("De vertaalde naam voor leerlingen.", default=None)
    waarvoor_leerlingen: Optional[Markdown] = veld("Het vertaalde 'waarvoor' voor leerlingen.", default=None)


@dataclass(kw_only=True)
class SiteVertaling(VertaaldItem):
    """The texts of site.yml (and partners.yml's volgorde_uitleg) that visitors read."""

    welkom: Optional[PerDoelgroep] = veld("De vertaalde welkomsttekst.", default=None, bron="site.welkom")
    reactietijd: Optional[PerDoelgroep] = veld("De vertaalde reactietijd.", default=None,
                                               bron="site.contact.reactietijd")
    daarna: Optional[PerDoelgroep] = veld("Het vertaalde 'wat gebeurt er daarna'.", default=None,
                                          bron="site.contact.daarna")
    bereikbaar: list[Tijdvak] = lijst("De vertaalde tijden, in dezelfde volgorde als in site.yml.",
                                      bron="site.contact.bereikbaar")
    ojs_wel: Optional[LijstPerDoelgroep] = veld("Wat het OJS wel doet, vertaald.", default=None,
                                                bron="site.ojs_taken.wel")
    ojs_niet: Optional[LijstPerDoelgroep] = veld("Wat het OJS niet doet, vertaald.", default=None,
                                                 bron="site.ojs_taken.niet")
    volgorde_uitleg: Optional[PerDoelgroep] = veld("De vertaalde uitleg bij de volgorde (partners.yml).",
                                                   default=None, bron="partners.volgorde_uitleg")


@dataclass(kw_only=True)
class StapVertaling:
    vraag: Tekst = veld("De vertaalde vraag.")
    uitleg: Optional[Markdown] = veld("De vertaalde toelichting.", default=None)
    keuzes: list[Tekst] = veld("De vertaalde antwoorden, in dezelfde volgorde als in het Nederlands.",
                               bron="keuzes.tekst")


@dataclass(kw_only=True)
class UitkomstVertaling:
    titel: Tekst = veld("De vertaalde titel.")
    antwoord: Markdown = veld("Het vertaalde antwoord.")
    onderwerp: Tekst = veld("Het vertaalde onderwerp voor de mail of het WhatsApp-bericht.")


@dataclass(kw_only=True)
class DoorklikVertaling(VertaaldItem):
    titel: Tekst = veld("De vertaalde titel van de doorklik.")
    intro: Markdown = veld("De vertaalde intro.")
    vragen: dict[StapId, StapVertaling] = tabel("Vertaalde vragen, per id van de Nederlandse vraag.")
    uitkomsten: dict[StapId, UitkomstVertaling] = tabel("Vertaalde uitkomsten, per id.")


@dataclass(kw_only=True)
class ScholenVertaling(VertaaldItem):
    intro: Optional[Markdown] = veld("De vertaalde intro van de pagina 'Voor scholen'.", default=None)
    schoolgids: Optional[Schoolgids] = veld("De vertaalde tekst voor de schoolgids.", default=None)
    poster_leerlingen: Optional[Drukwerk] = veld("De vertaalde poster voor leerlingen.", default=None)
    poster_ouders: Optional[Drukwerk] = veld("De vertaalde poster voor ouders.", default=None)
    flyer: Optional[Drukwerk] = veld("De vertaalde flyer.", default=None)


@dataclass(kw_only=True)
class Vertaling:
    taal: Literal[TALEN] = veld("De taal van dit bestand; gelijk aan de bestandsnaam.")
    site: Optional[SiteVertaling] = veld("De vertaalde teksten uit site.yml.", default=None)
    vragen: dict[VraagId, VraagVertaling] = tabel("Vertaalde vragen, per id van de Nederlandse vraag.")
    onderwerpen: dict[OnderwerpId, OnderwerpVertaling] = tabel("Vertaalde onderwerpen, per id.")
    partners: dict[PartnerId, PartnerVertaling] = tabel("Vertaalde partners, per id.")
    doorklik: dict[Literal["ouders", "leerlingen"], DoorklikVertaling] = tabel(
        "Vertaalde doorklik, per doelgroep: ouders of leerlingen.")
    scholen: Optional[ScholenVertaling] = veld("De vertaalde teksten uit scholen.yml.", default=None)

