"""The content model: the one truth about what an editor may write in content/<sector>/.

Each record is a dataclass; each field carries a Dutch explanation (``uitleg``) for editors. The
validator (validate.py) and the JSON Schemas (schema.py) are derived from these classes, so they
cannot drift apart. The kinds of value are in velden.py, translations in vertaalmodel.py, the
settings of `make check` in controles.py, and which file holds which record in bestanden.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, Optional

from wegwijzer.content.velden import (Email, Foto, Icoon, Id, Markdown, Noodnummer, OnderwerpId, PartnerId, StapId,
                                      Tekst, Telefoon, Url, VraagId, lijst, tabel, veld)

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


# The most questions on any route from the start to an outcome.
MAX_VRAGEN = 5
