"""The content model: the one truth about what an editor may write in content/<sector>/.

Each record is a dataclass; each field carries a Dutch explanation (``uitleg``) for
editors. The validator (validate.py) and, later, the JSON Schemas are derived from
these classes, so they cannot drift apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Optional


# Scalar kinds. Each is a str subclass so a value keeps its kind after validation.
class Tekst(str):
    """Eén regel gewone tekst."""


class Markdown(str):
    """Tekst in Markdown; mag over meerdere regels lopen (gebruik dan '|')."""


class Id(str):
    """Een vaste naam met kleine letters, cijfers en streepjes, zoals 'wat-is-een-tlv'."""


class VraagId(Id):
    """De id van een vraag in faq/."""


class PartnerId(Id):
    """De id van een partner in partners.yml."""


class OnderwerpId(Id):
    """De id van een onderwerp in onderwerpen.yml."""


class StapId(Id):
    """De id van een vraag of uitkomst in hetzelfde doorklik-bestand."""


class Vingerafdruk(str):
    """8 tekens die de Nederlandse brontekst herkennen; zo zie je of een vertaling verouderd is."""


class Url(str):
    """Een webadres dat begint met https://."""


class Email(str):
    """Een e-mailadres."""


class Telefoon(str):
    """Een telefoonnummer, zoals 030 123 45 67."""


class Icoon(str):
    """Een icoon uit de set van Material, zoals 'material/school' (zie https://pictogrammers.com/library/mdi/)."""


class Foto(str):
    """Een foto in de map fotos/ van deze site, zoals 'fotos/sanne.jpg' (jpg, png of webp)."""


class Noodnummer(str):
    """Een kort nummer voor noodgevallen, zoals "112" (tussen aanhalingstekens)."""


def veld(uitleg: str, **kwargs):
    """A model field with its Dutch explanation for editors."""
    return field(metadata={"uitleg": uitleg}, **kwargs)


def tabel(uitleg: str):
    """An optional table of records by id (empty when left out)."""
    return field(default_factory=dict, metadata={"uitleg": uitleg})


def lijst(uitleg: str):
    """An optional list field (empty when left out)."""
    return field(default_factory=list, metadata={"uitleg": uitleg})


VORIGE_IDS = ("Oude id's van dit item. Veranderde de id, of komt dit item in de plaats van een ander? Zet de "
              "oude id hier: wie het oude adres gebruikt, komt dan op deze pagina.")


# --- Shared small records ---------------------------------------------------

@dataclass(kw_only=True)
class PerDoelgroep:
    ouders: Markdown = veld("De tekst voor ouders.")
    leerlingen: Markdown = veld("De tekst voor leerlingen: kort en concreet.")


@dataclass(kw_only=True)
class LijstPerDoelgroep:
    ouders: list[Tekst] = veld("De punten voor ouders, elk op een regel met '- '.")
    leerlingen: list[Tekst] = veld("De punten voor leerlingen, elk op een regel met '- '.")


# --- site.yml ---------------------------------------------------------------

@dataclass(kw_only=True)
class Samenwerkingsverband:
    naam: Tekst = veld("De naam van het samenwerkingsverband.")
    nummer: Tekst = veld("Het nummer van het samenwerkingsverband, zoals 'PO 31-04'.")
    website: Optional[Url] = veld("De website van het samenwerkingsverband.", default=None)


@dataclass(kw_only=True)
class Tijdvak:
    dagen: Tekst = veld("Op welke dagen, zoals 'maandag tot en met donderdag'.")
    tijden: Tekst = veld("Hoe laat, zoals '9.00 tot 16.00 uur'.")


@dataclass(kw_only=True)
class KanalenLeerlingen:
    telefoon: Optional[Telefoon] = veld("Een eigen telefoonnummer voor leerlingen.", default=None)
    whatsapp: Optional[Telefoon] = veld("Een eigen WhatsApp-nummer voor leerlingen.", default=None)
    email: Optional[Email] = veld("Een eigen e-mailadres voor leerlingen.", default=None)


@dataclass(kw_only=True)
class Contact:
    telefoon: Optional[Telefoon] = veld("Het telefoonnummer van het OJS.", default=None)
    email: Optional[Email] = veld("Het e-mailadres van het OJS.", default=None)
    formulier: Optional[Url] = veld("Het webadres van het contactformulier.", default=None)
    whatsapp: Optional[Telefoon] = veld(
        "Het WhatsApp-nummer, alleen als het OJS WhatsApp aanbiedt.", default=None)
    bereikbaar: list[Tijdvak] = veld("Wanneer het OJS bereikbaar is.")
    reactietijd: PerDoelgroep = veld(
        "Hoe snel je antwoord krijgt, zoals 'We bellen u binnen 2 werkdagen terug.'")
    daarna: PerDoelgroep = veld("Wat er gebeurt nadat iemand contact heeft opgenomen.")
    leerlingen: Optional[KanalenLeerlingen] = veld(
        "Alleen als leerlingen het OJS op een eigen manier bereiken, zoals een eigen WhatsApp-nummer voor "
        "kinderen. Op de pagina's voor leerlingen staan deze dan in plaats van de gewone.", default=None)


@dataclass(kw_only=True)
class OjsTaken:
    onderwerp: OnderwerpId = veld("Het onderwerp op wiens pagina deze lijsten staan.")
    wel: LijstPerDoelgroep = veld("Wat het OJS wel doet.")
    niet: LijstPerDoelgroep = veld("Wat het OJS niet doet.")


@dataclass(kw_only=True)
class Medewerker:
    naam: Tekst = veld("De voornaam, zoals leerlingen je aanspreken.")
    foto: Optional[Foto] = veld("Een vriendelijke foto, zoals 'fotos/sanne.jpg'. Zonder foto staat er je eerste "
                                "letter.", default=None)


@dataclass(kw_only=True)
class Noodhulp:
    alarm: Noodnummer = veld('Het alarmnummer bij direct gevaar: "112", tussen aanhalingstekens.')
    veilig_thuis: Telefoon = veld(
        "Veilig Thuis, bij geweld of mishandeling thuis: 0800 2000 (gratis, dag en nacht).")
    kindertelefoon: Telefoon = veld("De Kindertelefoon, voor kinderen en jongeren: 0800 0432 (gratis, anoniem).")
    kindertelefoon_chat: Optional[Url] = veld(
        "Het webadres van de chat van De Kindertelefoon, zoals https://www.kindertelefoon.nl/.", default=None)
    zelfmoordpreventie: Optional[Telefoon] = veld(
        "113 Zelfmoordpreventie: 0800 0113 (gratis, dag en nacht). Vooral voor de site voor jongeren.",
        default=None)
    snel_weg: Url = veld(
        "De gewone website waar de knop 'Snel weg' naartoe gaat, zoals https://www.google.nl/. "
        "Kies een site die niemand opvalt.")


GEVOELIG = ("true als dit over thuis, veiligheid, mishandeling of je niet fijn voelen gaat: dan komen de "
            "hulpnummers (112, Veilig Thuis, De Kindertelefoon) en de knop 'Snel weg' op de pagina. "
            "false als het daar niet over gaat, ook al staan er zulke woorden in.")


@dataclass(kw_only=True)
class Site:
    sector: Literal["po", "vo"] = veld("'po' voor basisonderwijs, 'vo' voor voortgezet onderwijs.")
    naam: Tekst = veld("De naam van het OJS voor ouders.")
    naam_leerlingen: Tekst = veld(
        "De naam van het OJS voor leerlingen. Vermijd 'steunpunt': dat schrikt leerlingen af.")
    leerlingen_heten: Literal["kinderen", "jongeren"] = veld(
        "Hoe de site leerlingen noemt: 'kinderen' (basisschool) of 'jongeren' (middelbare school).")
    site_url: Url = veld("Het webadres van deze site, eindigend op /po/ of /vo/.")
    samenwerkingsverbanden: list[Samenwerkingsverband] = veld(
        "De samenwerkingsverbanden waarvoor dit OJS werkt.")
    welkom: PerDoelgroep = veld("De welkomsttekst op de startpagina voor ouders en voor leerlingen.")
    contact: Contact = veld("Hoe ouders en leerlingen het OJS bereiken.")
    ojs_taken: OjsTaken = veld("Wat het OJS wel en niet doet.")
    mensen: list[Medewerker] = lijst(
        "Wie er bij het OJS werken, met voornaam en eventueel een foto: leerlingen praten liever met iemand die "
        "ze een beetje kennen. Staat op de startpagina voor leerlingen.")
    noodhulp: Noodhulp = veld(
        "De hulpnummers voor noodgevallen en de knop 'Snel weg', op gevoelige pagina's en de startpagina "
        "voor leerlingen.")


# --- onderwerpen.yml --------------------------------------------------------

@dataclass(kw_only=True)
class Onderwerp:
    id: Id = veld("De vaste naam van het onderwerp; staat in het webadres.")
    titel: Tekst = veld("De titel voor ouders.")
    titel_leerlingen: Optional[Tekst] = veld("De titel voor leerlingen.", default=None)
    intro: Markdown = veld("Een korte inleiding voor ouders.")
    intro_leerlingen: Optional[Markdown] = veld("Een korte inleiding voor leerlingen.", default=None)
    groep: Optional[Tekst] = veld(
        "Zet onderwerpen met dezelfde groep (zoals 'Procedures') bij elkaar in het menu.",
        default=None)
    korte_link: Optional[Id] = veld(
        "Een kort adres voor scholen, zoals 'tlv': dan brengt /po/tlv/ ouders naar dit onderwerp.",
        default=None)
    icoon: Optional[Icoon] = veld(
        "Het icoon op de tegel voor leerlingen, uit de set van Material, zoals 'material/school'.", default=None)
    gevoelig: Optional[bool] = veld(GEVOELIG, default=None)
    vorige_ids: list[Id] = lijst(VORIGE_IDS)


@dataclass(kw_only=True)
class OnderwerpenBestand:
    onderwerpen: list[Onderwerp] = veld("De onderwerpen, in de volgorde van het menu.")


# --- partners.yml -----------------------------------------------------------

@dataclass(kw_only=True)
class Partner:
    id: Id = veld("De vaste naam van de partner, zoals 'onderwijsconsulenten'.")
    naam: Tekst = veld("De naam voor ouders.")
    waarvoor: Markdown = veld("Waarvoor ouders hier terecht kunnen.")
    naam_leerlingen: Optional[Tekst] = veld("De naam voor leerlingen.", default=None)
    waarvoor_leerlingen: Optional[Markdown] = veld(
        "Waarvoor leerlingen hier terecht kunnen. Laat weg als de partner niet voor leerlingen is.",
        default=None)
    website: Optional[Url] = veld("De website van de partner.", default=None)
    telefoon: Optional[Telefoon] = veld("Het telefoonnummer van de partner.", default=None)


@dataclass(kw_only=True)
class PartnersBestand:
    partners: list[Partner] = veld("Waar ouders en leerlingen terecht kunnen.")
    volgorde: list[PartnerId] = veld("De gebruikelijke volgorde van stappen, als lijst van partner-id's.")
    volgorde_uitleg: PerDoelgroep = veld("Uitleg bij de volgorde van stappen.")


# --- faq/*.yml --------------------------------------------------------------

@dataclass(kw_only=True)
class Versie:
    vraag: Tekst = veld("De vraag, zoals de lezer hem zou stellen.")
    antwoord: Markdown = veld("Het antwoord, in Markdown.")


@dataclass(kw_only=True)
class Vraag:
    id: Id = veld("De vaste naam van de vraag; staat in het webadres en verandert nooit.")
    ouders: Versie = veld("De vraag en het antwoord voor ouders (taalniveau B1).")
    leerlingen: Optional[Versie] = veld(
        "De vraag en het antwoord voor leerlingen: korte, concrete zinnen.", default=None)
    zie_ook: list[VraagId] = lijst("Id's van vragen die erbij horen.")
    partners: list[PartnerId] = lijst("Id's van partners waar de lezer terecht kan.")
    bron: Markdown = veld("De wet waar het antwoord op steunt, als link naar het artikel op wetten.overheid.nl.")
    gecontroleerd: date = veld("Wanneer het antwoord voor het laatst is nagekeken (jjjj-mm-dd).")
    gevoelig: Optional[bool] = veld(GEVOELIG, default=None)
    vorige_ids: list[Id] = lijst(VORIGE_IDS)


@dataclass(kw_only=True)
class VragenBestand:
    onderwerp: OnderwerpId = veld("Het onderwerp van alle vragen in dit bestand.")
    vragen: list[Vraag] = veld("De vragen.")


# --- doorklik/ouders.yml, doorklik/leerlingen.yml -------------------------

@dataclass(kw_only=True)
class Keuze:
    tekst: Tekst = veld("Het antwoord waarop de lezer tikt. Kort: hoogstens een paar woorden.")
    naar: StapId = veld("De id van de volgende vraag of van een uitkomst.")


@dataclass(kw_only=True)
class Stap:
    id: Id = veld("De vaste naam van deze vraag; staat in het webadres.")
    vraag: Tekst = veld("De vraag, kort en concreet.")
    uitleg: Optional[Markdown] = veld("Een korte toelichting onder de vraag.", default=None)
    keuzes: list[Keuze] = veld("De antwoorden: minstens 2, hoogstens 6.")
    vorige_ids: list[Id] = lijst(VORIGE_IDS)


@dataclass(kw_only=True)
class Uitkomst:
    id: Id = veld("De vaste naam van deze uitkomst; staat in het webadres.")
    titel: Tekst = veld("De titel van de uitkomst: het korte antwoord.")
    antwoord: Markdown = veld("Wat de lezer nu kan doen, in een paar zinnen.")
    vragen: list[VraagId] = lijst("Id's van vragen in faq/ die meer uitleggen.")
    partners: list[PartnerId] = lijst("Id's van partners waar de lezer terecht kan.")
    onderwerp: Tekst = veld(
        "Waar de vraag over gaat, in een paar woorden. Komt in de onderwerpregel van een mail "
        "of in een WhatsApp-bericht aan het OJS, zodat het OJS ziet waar het over gaat.")
    gevoelig: Optional[bool] = veld(GEVOELIG, default=None)
    vorige_ids: list[Id] = lijst(VORIGE_IDS)


@dataclass(kw_only=True)
class Doorklik:
    titel: Tekst = veld("De titel van de doorklik, zoals 'Waar kan ik terecht?'.")
    intro: Markdown = veld("Wat de doorklik doet, in één of twee zinnen.")
    start: StapId = veld("De id van de eerste vraag.")
    vragen: list[Stap] = veld("De vragen.")
    uitkomsten: list[Uitkomst] = veld("De uitkomsten: waar elke route eindigt.")


# --- scholen.yml: the page for schools, the posters and the flyer ----------

@dataclass(kw_only=True)
class Schoolgids:
    kort: Markdown = veld("De korte tekst voor de schoolgids: twee of drie zinnen. Het webadres en de "
                          "contactgegevens zet de site er zelf onder.")
    lang: Markdown = veld("De lange tekst voor de schoolgids: wat het OJS doet, voor wie, en wanneer je er "
                          "terechtkunt. Het webadres en de contactgegevens zet de site er zelf onder.")


@dataclass(kw_only=True)
class Drukwerk:
    kop: Tekst = veld("De grote kop bovenaan: een vraag of zin die opvalt.")
    tekst: Markdown = veld("Een of twee korte zinnen onder de kop.")
    punten: list[Tekst] = veld("Drie of vier korte punten, zoals waarmee je bij het OJS terechtkunt.")


@dataclass(kw_only=True)
class Scholen:
    intro: Markdown = veld("Wat scholen bovenaan de pagina 'Voor scholen' lezen.")
    schoolgids: Schoolgids = veld("De tekst voor de schoolgids, kort en lang.")
    poster_leerlingen: Drukwerk = veld("De poster voor leerlingen: jongerentaal, kort en concreet.")
    poster_ouders: Drukwerk = veld("De poster voor ouders (taalniveau B1).")
    flyer: Drukwerk = veld("De flyer voor ouders om mee naar huis te nemen (taalniveau B1).")


# --- vertalingen/<taal>.yml: one language per file, keyed by the Dutch ids -------------

BRONTAAL = "nl"  # the language every text is written in first; the default language of every site
TALEN = ("en", "ar", "tr", "pl", "uk")  # the translations, besides the source


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

    welkom: Optional[PerDoelgroep] = veld("De vertaalde welkomsttekst.", default=None)
    reactietijd: Optional[PerDoelgroep] = veld("De vertaalde reactietijd.", default=None)
    daarna: Optional[PerDoelgroep] = veld("Het vertaalde 'wat gebeurt er daarna'.", default=None)
    bereikbaar: list[Tijdvak] = lijst("De vertaalde tijden, in dezelfde volgorde als in site.yml.")
    ojs_wel: Optional[LijstPerDoelgroep] = veld("Wat het OJS wel doet, vertaald.", default=None)
    ojs_niet: Optional[LijstPerDoelgroep] = veld("Wat het OJS niet doet, vertaald.", default=None)
    volgorde_uitleg: Optional[PerDoelgroep] = veld("De vertaalde uitleg bij de volgorde (partners.yml).",
                                                   default=None)


@dataclass(kw_only=True)
class StapVertaling:
    vraag: Tekst = veld("De vertaalde vraag.")
    uitleg: Optional[Markdown] = veld("De vertaalde toelichting.", default=None)
    keuzes: list[Tekst] = veld("De vertaalde antwoorden, in dezelfde volgorde als in het Nederlands.")


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
    taal: Literal["en", "ar", "tr", "pl", "uk"] = veld("De taal van dit bestand; gelijk aan de bestandsnaam.")
    site: Optional[SiteVertaling] = veld("De vertaalde teksten uit site.yml.", default=None)
    vragen: dict[VraagId, VraagVertaling] = tabel("Vertaalde vragen, per id van de Nederlandse vraag.")
    onderwerpen: dict[OnderwerpId, OnderwerpVertaling] = tabel("Vertaalde onderwerpen, per id.")
    partners: dict[PartnerId, PartnerVertaling] = tabel("Vertaalde partners, per id.")
    doorklik: dict[Literal["ouders", "leerlingen"], DoorklikVertaling] = tabel(
        "Vertaalde doorklik, per doelgroep: ouders of leerlingen.")
    scholen: Optional[ScholenVertaling] = veld("De vertaalde teksten uit scholen.yml.", default=None)


# --- zoekwoorden.yml: words readers type, and what the search looks for as well -------------

ZOEKWOORDEN = ("Woorden die lezers typen, met de woorden waarop de zoekfunctie dan ook zoekt: 'juf: leerkracht'. "
               "Het woord links in kleine letters; het mogen ook twee woorden zijn ('speciale school: sbo so').")


@dataclass(kw_only=True)
class Zoekwoorden:
    nl: dict[Tekst, Tekst] = tabel("Zoekwoorden in het Nederlands. " + ZOEKWOORDEN)
    en: dict[Tekst, Tekst] = tabel("Zoekwoorden op de Engelse site.")
    ar: dict[Tekst, Tekst] = tabel("Zoekwoorden op de Arabische site.")
    tr: dict[Tekst, Tekst] = tabel("Zoekwoorden op de Turkse site.")
    pl: dict[Tekst, Tekst] = tabel("Zoekwoorden op de Poolse site.")
    uk: dict[Tekst, Tekst] = tabel("Zoekwoorden op de Oekraïense site.")


# --- controles.yml: settings of `make check` (readability and review dates), for both sectors ---

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


# Which record each content file holds (a glob relative to content/<sector>/).
BESTANDEN: dict[str, type] = {
    "site.yml": Site,
    "onderwerpen.yml": OnderwerpenBestand,
    "partners.yml": PartnersBestand,
    "scholen.yml": Scholen,
    "faq/*.yml": VragenBestand,
    "doorklik/ouders.yml": Doorklik,
    "doorklik/leerlingen.yml": Doorklik,
    "vertalingen/*.yml": Vertaling,
    "zoekwoorden.yml": Zoekwoorden,
}
# The settings of `make check`, in content/ itself (not in a sector folder).
CONTROLES = "controles.yml"
# Files a sector may leave out.
OPTIONEEL = {"doorklik/ouders.yml", "doorklik/leerlingen.yml", "zoekwoorden.yml"}
# The most questions on any route from the start to an outcome.
MAX_VRAGEN = 5
