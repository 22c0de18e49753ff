"""The doorklik: validation with exact Dutch errors, every route walked, choices -> outcomes."""
from __future__ import annotations

import re

import pytest

from wegwijzer.content import model
from wegwijzer.content.doorklik import Boom
from wegwijzer.content.loader import laad_sector
from wegwijzer.pages.urls import relatief

from conftest import ROOT, fouten, schrijf

PAD = "content/po/doorklik/ouders.yml"


def boom_pad(content):
    return content / "po" / "doorklik" / "ouders.yml"


def verander(content, van: str, naar: str) -> list[str]:
    pad = boom_pad(content)
    tekst = pad.read_text(encoding="utf-8")
    assert van in tekst, van
    schrijf(pad, tekst.replace(van, naar, 1))
    return fouten(content / "po")


def wandel(boom, *keuzes: str) -> str:
    """Follow the choices with these texts from the start; return the outcome's id."""
    stap = boom.stap()
    for tekst in keuzes:
        (keuze,) = [k for k in stap.keuzes if k.tekst == tekst]
        if keuze.naar in boom.uitkomsten:
            return keuze.naar
        stap = boom.stappen[keuze.naar]
    raise AssertionError(f"no outcome after {keuzes}; at question {stap.id}")


# --- validation -------------------------------------------------------------------

def test_fixture_tree_loads(content):
    boom = laad_sector(content / "po").doorklik["ouders"]
    assert boom.doorklik.start == "waar-gaat-het-over"
    assert boom.nummers() == {"waar-gaat-het-over": 1, "tlv-al-aangevraagd": 2}
    assert boom.hoogstens() == {"waar-gaat-het-over": 2, "tlv-al-aangevraagd": 2}
    assert boom.vorige() == {"tlv-al-aangevraagd": ["waar-gaat-het-over"], "iets-anders": ["waar-gaat-het-over"],
                             "tlv-wachten": ["tlv-al-aangevraagd"], "tlv-praat-met-school": ["tlv-al-aangevraagd"]}


def test_a_step_reached_from_two_questions_leads_back_to_the_nearest_and_counts_the_longest_route():
    def stap(id_, *naar):
        return model.Stap(id=id_, vraag=f"{id_}?", keuzes=[model.Keuze(tekst=n, naar=n) for n in naar])

    def uitkomst(id_):
        return model.Uitkomst(id=id_, titel=id_, antwoord=id_, onderwerp=id_)

    # a -> b -> c -> klaar, and a -> c directly: c is question 2 on one route, 3 on the other.
    boom = Boom.van(model.Doorklik(titel="t", intro="i", start="a",
                                   vragen=[stap("a", "b", "c"), stap("b", "c", "ander"), stap("c", "klaar", "ander")],
                                   uitkomsten=[uitkomst("klaar"), uitkomst("ander")]))
    assert boom.nummers() == {"a": 1, "b": 2, "c": 2}
    assert boom.hoogstens() == {"a": 3, "b": 3, "c": 3}
    assert boom.vorige()["c"] == ["a", "b"]
    assert boom.vorige()["ander"] == ["b", "c"]


@pytest.mark.parametrize("van, naar, verwacht", [
    ("        naar: tlv-wachten", "        naar: tlv-wachtten",
     f"{PAD}:17: 'naar' noemt 'tlv-wachtten', maar die vraag of uitkomst staat niet in dit bestand. "
     "Bedoelde je 'tlv-wachten'?"),
    ("start: waar-gaat-het-over", "start: iets-anders",
     f"{PAD}:3: 'start' noemt 'iets-anders', maar dat is een uitkomst, geen vraag."),
    ("start: waar-gaat-het-over", "start: waar-gaat-het-om",
     f"{PAD}:3: 'start' noemt 'waar-gaat-het-om', maar dat is geen vraag in dit bestand. "
     "Bedoelde je 'waar-gaat-het-over'?"),
    ("      - tekst: Iets anders\n        naar: iets-anders\n", "",
     f"{PAD}:7: de vraag 'waar-gaat-het-over' heeft 1 keuze. Geef elke vraag minstens 2 en hoogstens 6 keuzes."),
    ("      - tekst: Nee\n        naar: tlv-praat-met-school\n",
     "      - tekst: Nee\n        naar: tlv-praat-met-school\n" + "      - tekst: Weet ik niet\n        naar: iets-anders\n" * 5,
     f"{PAD}:15: de vraag 'tlv-al-aangevraagd' heeft 7 keuzes. Geef elke vraag minstens 2 en hoogstens 6 keuzes."),
    ("        naar: tlv-praat-met-school", "        naar: waar-gaat-het-over",
     f"{PAD}:19: deze keuze maakt een kring: waar-gaat-het-over → tlv-al-aangevraagd → waar-gaat-het-over. "
     "Een keuze mag niet terug naar een eerdere vraag; laat hem naar een nieuwe vraag of een uitkomst gaan."),
    ("    vragen: [wie-beslist]", "    vragen: [wie-beslis]",
     f"{PAD}:24: 'vragen' noemt de vraag 'wie-beslis', maar die staat niet in faq/. Bedoelde je 'wie-beslist'?"),
    ("    partners: [swv]", "    partners: [swv, leerplicht]",
     f"{PAD}:25: 'partners' noemt de partner 'leerplicht', maar die staat niet in content/po/partners.yml."),
    ("    onderwerp: TLV aangevraagd\n", "",
     f"{PAD}:21: het verplichte veld 'onderwerp' ontbreekt in 'uitkomsten'. Voeg het toe: Waar de vraag over "
     "gaat, in een paar woorden. Komt in de onderwerpregel van een mail of in een WhatsApp-bericht aan het OJS, "
     "zodat het OJS ziet waar het over gaat."),
])
def test_tree_mistake_gives_exact_dutch_message(content, van, naar, verwacht):
    assert verander(content, van, naar) == [verwacht]


def test_reserved_and_duplicate_ids(content):
    # Renaming an outcome also leaves the choice that led to it pointing at nothing: both are reported.
    assert verander(content, "  - id: tlv-wachten", "  - id: index") == [
        f"{PAD}:17: 'naar' noemt 'tlv-wachten', maar die vraag of uitkomst staat niet in dit bestand.",
        f"{PAD}:21: de id 'index' is gereserveerd voor de startpagina. Kies een andere id.",
    ]


def test_duplicate_id_in_a_tree(content):
    assert verander(content, "  - id: iets-anders", "  - id: tlv-wachten") == [
        f"{PAD}:11: 'naar' noemt 'iets-anders', maar die vraag of uitkomst staat niet in dit bestand.",
        f"{PAD}:33: de id 'tlv-wachten' komt twee keer voor (ook op regel 21). Geef elke vraag en uitkomst "
        "een eigen id.",
    ]


def test_unreachable_question_and_outcome(content):
    extra = ("  - id: los\n    vraag: Niemand komt hier?\n    keuzes:\n      - tekst: A\n        naar: iets-anders\n"
             "      - tekst: B\n        naar: ook-los\n")
    tekst = boom_pad(content).read_text(encoding="utf-8").replace("uitkomsten:\n", extra + "uitkomsten:\n")
    tekst += "  - id: ook-los\n    titel: X\n    antwoord: Y.\n    onderwerp: Z\n"
    schrijf(boom_pad(content), tekst)
    assert fouten(content / "po") == [
        f"{PAD}:20: 'los' is vanaf de start niet te bereiken. Laat een keuze naar 'los' gaan, of haal het weg.",
        f"{PAD}:44: 'ook-los' is vanaf de start niet te bereiken. Laat een keuze naar 'ook-los' gaan, "
        "of haal het weg.",
    ]


def test_route_of_six_questions_is_too_long(content):
    vragen = "".join(
        f"  - id: v{i}\n    vraag: Vraag {i}?\n    keuzes:\n      - tekst: Door\n        naar: v{i + 1}\n"
        f"      - tekst: Stop\n        naar: iets-anders\n" for i in range(1, 7))
    tekst = boom_pad(content).read_text(encoding="utf-8")
    tekst = tekst.replace("        naar: iets-anders\n  - id: tlv-al", "        naar: v1\n  - id: tlv-al", 1)
    tekst = tekst.replace("uitkomsten:\n", vragen.replace("naar: v7", "naar: iets-anders") + "uitkomsten:\n")
    schrijf(boom_pad(content), tekst)
    meldingen = fouten(content / "po")
    assert meldingen == [
        f"{PAD}:48: 'v5' is vraag 6 op de route waar-gaat-het-over → v1 → v2 → v3 → v4 → v5. "
        "Een route mag hoogstens 5 vragen hebben; maak hem korter."]


def test_pupil_tree_may_only_link_items_with_a_pupil_text(content):
    schrijf(content / "po" / "doorklik" / "leerlingen.yml",
            boom_pad(content).read_text(encoding="utf-8").replace("[wie-beslist]", "[wie-beslist, wat-is-een-tlv]"))
    assert fouten(content / "po") == [
        "content/po/doorklik/leerlingen.yml:24: 'vragen' noemt 'wie-beslist', maar die vraag heeft geen tekst "
        "voor leerlingen. Kies een andere vraag of voeg 'leerlingen:' toe aan de vraag."]


# --- routes -----------------------------------------------------------------------

@pytest.mark.parametrize("keuzes, uitkomst", [
    (("Een speciale school", "Ja"), "tlv-wachten"),
    (("Een speciale school", "Nee"), "tlv-praat-met-school"),
    (("Iets anders",), "iets-anders"),
])
def test_fixture_choices_lead_to_outcome(content, keuzes, uitkomst):
    assert wandel(laad_sector(content / "po").doorklik["ouders"], *keuzes) == uitkomst


# What a parent or pupil clicks, and where it must end: the trees' intent, pinned.
ECHTE_ROUTES = [
    ("po", "leerlingen", ("Ik word gepest",), "pesten", {"kindertelefoon"}),
    ("po", "leerlingen", ("Het gaat thuis niet goed",), "thuis-niet-goed", {"kindertelefoon"}),
    ("po", "leerlingen", ("Ik voel me niet fijn",), "niet-fijn", {"kindertelefoon"}),
    ("po", "leerlingen", ("Ik ga naar een andere school", "Naar een speciale school"), "school-die-past", set()),
    ("po", "leerlingen", ("Ik vind school moeilijk", "Ik krijg al extra hulp"), "mijn-plan", set()),
    ("po", "ouders", ("Een speciale school of TLV", "Oneens met het besluit"), "tlv-bezwaar", set()),
    ("po", "ouders", ("Mijn kind gaat niet naar school", "Langer dan 4 weken"), "thuiszitten-hulp-van-buiten",
     {"onderwijsconsulenten"}),
    ("po", "ouders", ("We zijn het oneens met school", "De school laat mijn kind niet toe"),
     "toelating-of-verwijdering", {"geschillencommissie"}),
    ("po", "ouders", ("We zijn het oneens met school", "Schorsing of verwijdering"), "schorsing-en-verwijdering",
     {"geschillencommissie"}),
    ("po", "ouders", ("Aanmelden of de overstap naar het vo", "Aanmelden bij een basisschool"),
     "aanmelden-basisschool", {"schoolbestuur"}),
    ("po", "ouders", ("Een speciale school of TLV", "De school wil geen TLV aanvragen"), "tlv-school-wil-niet",
     {"samenwerkingsverband"}),
    ("po", "ouders", ("Iets anders", "Mijn kind voelt zich niet fijn", "Ja, school speelt mee", "Nog niet"),
     "begin-met-een-gesprek", set()),
    ("po", "ouders", ("Iets anders", "Mijn kind voelt zich niet fijn", "Nee, of ik weet het niet"),
     "zorgen-over-uw-kind", set()),
    ("po", "leerlingen", ("Ik ga naar een andere school", "Dat weet ik nog niet"), "andere-school", set()),
    ("po", "ouders", ("Extra hulp of het OPP", "Mijn kind krijgt te weinig hulp", "Ja, maar het helpt niet"),
     "volgende-stap", set()),
    ("vo", "leerlingen", ("Ik word gepest",), "pesten", {"kindertelefoon"}),
    ("vo", "leerlingen", ("Ik voel me niet fijn", "Nee, of ik weet het niet"), "niet-fijn", {"kindertelefoon"}),
    ("vo", "leerlingen", ("Ik voel me niet fijn", "Ja, met school", "Het gaat over mijn plan (OPP)"), "mijn-plan",
     set()),
    ("vo", "leerlingen", ("Ik zit thuis",), "thuiszitten", set()),
    ("vo", "ouders", ("Extra hulp, VSO of praktijkonderwijs", "LWOO op het vmbo"), "lwoo", set()),
    ("vo", "ouders", ("Extra hulp, VSO of praktijkonderwijs", "VSO of praktijkonderwijs (TLV)",
                      "Ja, en ik ben het oneens"), "tlv-bezwaar", set()),
    ("vo", "ouders", ("Extra hulp, VSO of praktijkonderwijs", "VSO of praktijkonderwijs (TLV)",
                      "De TLV loopt bijna af"), "tlv-loopt-af", {"samenwerkingsverband"}),
    ("vo", "ouders", ("Aanmelden, of 16 jaar en ouder", "Mijn kind is 16 jaar of ouder"), "zestien-plus",
     {"leerplicht"}),
    ("vo", "ouders", ("Oneens met de school", "Een schorsing van mijn kind"), "schorsing", {"geschillencommissie"}),
    ("vo", "ouders", ("Pesten, thuis of welzijn", "Mijn kind voelt zich niet fijn", "Ja, school speelt mee"),
     "extra-hulp-en-opp", set()),
    ("vo", "ouders", ("Oneens met de school", "School weigert of stuurt weg"), "weigering-of-verwijdering",
     {"geschillencommissie"}),
]


@pytest.mark.parametrize("sector, doelgroep, keuzes, uitkomst, partners", ECHTE_ROUTES)
def test_real_choices_lead_to_outcome(sector, doelgroep, keuzes, uitkomst, partners):
    boom = laad_sector(ROOT / "content" / sector).doorklik[doelgroep]
    assert wandel(boom, *keuzes) == uitkomst
    assert partners <= set(boom.uitkomsten[uitkomst].partners)


BOMEN = [(sector, doelgroep) for sector in ("po", "vo") for doelgroep in ("ouders", "leerlingen")]


@pytest.mark.parametrize("sector, doelgroep", BOMEN)
def test_every_route_of_every_real_tree(echte_site, sector, doelgroep):
    """Walk every route, in the model and through the built pages' links: the first question is the
    doorklik's start page, each page says which question it is of at most how many, and every
    further page leads back to the question before it."""
    s = laad_sector(ROOT / "content" / sector)
    boom = s.doorklik[doelgroep]
    map_ = "ouders" if doelgroep == "ouders" else s.site.leerlingen_heten
    basis = f"{sector}/{map_}/doorklik/"
    html = {}

    def adres(knoop_id):
        return basis if knoop_id == boom.doorklik.start else f"{basis}{knoop_id}/"

    def pagina(knoop_id):
        if knoop_id not in html:
            html[knoop_id] = (echte_site / adres(knoop_id) / "index.html").read_text()
        return html[knoop_id]

    def href(van, naar):
        return relatief(adres(van), adres(naar))

    routes = list(boom.routes())
    bereikt = {boom.doorklik.start}
    hoogstens, vorige = boom.hoogstens(), boom.vorige()
    for route in routes:
        assert len(route) <= model.MAX_VRAGEN
        for stap, keuze in route:
            bereikt.add(keuze.naar)
            # The choice is a link on the question's page to the next page...
            assert re.search(rf'href="{re.escape(href(stap.id, keuze.naar))}"[^>]*>{re.escape(keuze.tekst)}<',
                             pagina(stap.id)), (stap.id, keuze.tekst)
            # ...the page counts its question, of at most as many as the longest route through it...
            assert f"Vraag {boom.nummers()[stap.id]} van max. {hoogstens[stap.id]}" in pagina(stap.id)
            assert len(route) <= hoogstens[stap.id]
            # ...and the next page leads back to a question before it, the one on the shortest route first.
            terug = re.search(r'<a class="ww-vorige" data-ww-vorige="([^"]*)" href="([^"]*)">Vorige vraag</a>',
                              pagina(keuze.naar))
            assert terug and terug.group(2) == href(keuze.naar, vorige[keuze.naar][0]), keuze.naar
            assert href(keuze.naar, stap.id) in terug.group(1).split(" ")
        uitkomst = pagina(route[-1][1].naar)
        # Every outcome offers a fresh start and contact that carries the topic.
        assert f'href="{href(route[-1][1].naar, boom.doorklik.start)}"' in uitkomst and "subject=" in uitkomst
    assert bereikt == set(boom.stappen) | set(boom.uitkomsten)
    start = pagina(boom.doorklik.start)
    assert f">{boom.stap().vraag}</h2>" in start and f">{boom.doorklik.titel}</h1>" in start
    assert "Vorige vraag" not in start and "Opnieuw beginnen" not in start
    # The first question's own former address leads to the start page.
    oud = (echte_site / basis / boom.doorklik.start / "index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=../">' in oud


def test_fixture_pages_and_topic_in_contact_links(tmp_path, content, capsys):
    from test_build import bouw, html
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    site = tmp_path / "site" / "po"
    vraag = html(site, "ouders/doorklik/tlv-al-aangevraagd")
    assert "Waar kan ik terecht? · Vraag 2" in vraag
    assert 'href="../"' in vraag  # opnieuw beginnen
    uitkomst = html(site, "ouders/doorklik/tlv-wachten")
    assert 'href="mailto:test@example.nl?subject=Vraag%20via%20de%20website%3A%20TLV%20aangevraagd"' in uitkomst
    assert 'href="https://wa.me/31612345678?text=Hallo%2C%20ik%20heb%20een%20vraag%20over%3A%20TLV%20aangevraagd"' \
        in uitkomst
    assert 'href="../../vragen/wie-beslist/"' in uitkomst
    assert 'href="../../waar-kun-je-terecht/#swv"' in uitkomst
    # The start page is in the menu and the audience's home page has a big button to it.
    assert 'href="doorklik/"' in html(site, "ouders")
    # No tree for pupils in the fixture: no pupil doorklik.
    assert not (site / "kinderen" / "doorklik").exists()


def test_staff_overview_of_the_fixture_tree(content, capsys):
    from wegwijzer import cli
    assert cli.main(["doorklik", "--content", str(content)]) == 0
    assert capsys.readouterr().out == (
        "po · ouders: Waar kan ik terecht? (2 vragen, 3 uitkomsten, 3 routes, langste route 2 vragen)\n"
        "  ? Waar gaat uw vraag over?  [waar-gaat-het-over]\n"
        "    - Een speciale school →\n"
        "      ? Is de TLV al aangevraagd?  [tlv-al-aangevraagd]\n"
        "        - Ja → = Wacht op het besluit  [tlv-wachten]\n"
        "        - Nee → = Praat met de school  [tlv-praat-met-school]\n"
        "    - Iets anders → = Vraag het ons  [iets-anders]\n"
        "\n")
