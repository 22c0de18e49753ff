"""The example content is what SWVs copy: the legal errors a review found stay fixed (issue 18).

Each test reads the real content, in Dutch and in the five translations, and pins the corrected
sentence where a regression would mislead a parent: absolute confidentiality, consent to the OPP
read as a duty, a TLV for every special school, and an OJS that calls itself independent."""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT

TALEN = ["nl", "en", "ar", "tr", "pl", "uk"]
SECTOREN = ["po", "vo"]


def teksten(sector: str, taal: str) -> list[str]:
    """Every string in a sector's content (nl) or in one translation file."""
    map_ = ROOT / "content" / sector
    bestanden = ([p for p in sorted(map_.rglob("*.yml")) if "vertalingen" not in p.parts] if taal == "nl"
                 else [map_ / "vertalingen" / f"{taal}.yml"])
    uit: list[str] = []

    def loop(waarde):
        if isinstance(waarde, dict):
            for v in waarde.values():
                loop(v)
        elif isinstance(waarde, list):
            for v in waarde:
                loop(v)
        elif isinstance(waarde, str):
            uit.append(" ".join(waarde.split()))

    for pad in bestanden:
        loop(yaml.safe_load(pad.read_text(encoding="utf-8")))
    return uit


def bevat(sector: str, taal: str, patroon: str) -> list[str]:
    return [t for t in teksten(sector, taal) if re.search(patroon, t, re.IGNORECASE)]


# What the wrong sentences said, per language: none may come back.
FOUT = {
    "nl": [r"blijft tussen ons", r"blijft bij ons", r"moet u instemmen", r"moeten het eens zijn met die hulp",
           r"Zonder TLV kan een SBO- of SO-school", r"OJS is onafhankelijk", r"Wij zijn onafhankelijk"],
    "en": [r"stays between us", r"stays with us", r"Your consent is needed for the part", r"have to agree with that help",
           r"an SBO or SO school cannot admit", r"OJS is independent", r"We are independent"],
    "ar": [r"يبقى بيننا", r"يبقى عندنا", r"يجب أن توافقوا على الجزء", r"مستقلون", r"\(OJS\) مستقلة"],
    "tr": [r"aramızda kalır\.", r"bizde kalır", r"onaylamanız gerekir", r"OJS bağımsızdır", r"SBO veya SO okulu"],
    "pl": [r"zostaje między nami", r"zostaje u nas", r"muszą Państwo wyrazić zgodę", r"OJS jest niezależny",
           r"Jesteśmy niezależni"],
    "uk": [r"залишається між нами", r"залишається в нас", r"ви маєте погодитися", r"OJS незалежний", r"Ми незалежні"],
}


@pytest.mark.parametrize("sector", SECTOREN)
@pytest.mark.parametrize("taal", TALEN)
def test_no_corrected_error_comes_back(sector, taal):
    terug = {p: bevat(sector, taal, p) for p in FOUT[taal]}
    assert {p: t for p, t in terug.items() if t} == {}


def _dutch(sector: str, bestand: str) -> str:
    return " ".join((ROOT / "content" / sector / bestand).read_text(encoding="utf-8").split())


@pytest.mark.parametrize("sector", SECTOREN)
def test_confidentiality_states_its_limit(sector):
    site = yaml.safe_load((ROOT / "content" / sector / "site.yml").read_text(encoding="utf-8"))
    ouders = " ".join(site["contact"]["daarna"]["ouders"].split())
    assert "We bespreken uw kind alleen met anderen als u dat goed vindt." in ouders
    assert ("Uitzondering: denken wij dat een kind niet veilig is? Dan volgen wij de meldcode. Dan kunnen wij ook "
            "zonder uw toestemming Veilig Thuis om advies vragen.") in ouders


def test_the_po_faq_on_confidentiality_names_the_exception_and_is_sensitive():
    tekst = _dutch("po", "faq/wat-doet-het-ojs.yml")
    assert "Er is één uitzondering. Denken wij dat een kind niet veilig is? Dan volgen wij de meldcode." in tekst
    assert "Ben je niet veilig? Dan moeten we hulp vragen aan anderen. Dat vertellen we je dan eerst." in tekst
    item = next(v for v in yaml.safe_load((ROOT / "content/po/faq/wat-doet-het-ojs.yml").read_text())["vragen"]
                if v["id"] == "blijft-wat-ik-vertel-tussen-ons")
    assert item["gevoelig"] is True


def test_consent_to_the_opp_is_a_right_not_a_duty():
    assert ("U mag instemmen met het deel over de ondersteuning, of niet. Zonder uw instemming kan de school dat "
            "deel niet vaststellen.") in _dutch("po", "faq/rechten.yml")
    assert "U mag instemmen of weigeren." in _dutch("po", "doorklik/ouders.yml")
    assert "U hoeft niet te tekenen als u het er niet mee eens bent." in _dutch("po", "doorklik/ouders.yml")
    assert "Je ouders mogen ja of nee zeggen." in _dutch("po", "faq/opp-en-hoorrecht.yml")


@pytest.mark.parametrize("sector", SECTOREN)
def test_cluster_1_and_2_schools_admit_without_a_tlv(sector):
    tekst = _dutch(sector, "faq/tlv-en-speciaal-onderwijs.yml")
    assert "Scholen in cluster 1 en 2 werken anders." in tekst
    assert "Daar beslist een commissie van de school zelf." in tekst


@pytest.mark.parametrize("sector", SECTOREN)
def test_the_ojs_is_a_task_of_the_swv(sector):
    tekst = _dutch(sector, "scholen.yml")
    assert "Het samenwerkingsverband regelt het OJS." in tekst
    assert "zijn niet betrokken bij besluiten over" in tekst


@pytest.mark.parametrize("taal", TALEN[1:])
@pytest.mark.parametrize("sector", SECTOREN)
def test_every_translation_carries_the_meldcode_exception(sector, taal):
    assert bevat(sector, taal, r"meldcode.*Veilig Thuis"), f"{sector}/{taal}: the exception to confidentiality is missing"
    assert bevat(sector, taal, r"cluster 1 (en|of|and|or) 2"), f"{sector}/{taal}: the cluster 1 and 2 exception is missing"



# The minor errors of the review: the corrected Dutch sentence, per sector where both sites say it.
GECORRIGEERD = {
    "zorgplicht at the school of first preference": (
        ["po", "vo"], "faq/aanmelden-en-zorgplicht.yml", "Zeg dan welke school uw eerste keus is."),
    "a full school only when it is full for everyone": (
        ["po", "vo"], "faq/aanmelden-en-zorgplicht.yml", "Dat mag alleen als de school vol is voor alle"),
    "10 weeks is where possible": (
        ["po", "vo"], "faq/aanmelden-en-zorgplicht.yml", "als het kan minstens 10 weken"),
    "a temporary place after 10 weeks without a decision": (
        ["po", "vo"], "faq/aanmelden-en-zorgplicht.yml",
        "Dan krijgt uw kind tijdelijk een plek op de school waar u het heeft aangemeld."),
    "the PO OPR is half parents": (
        ["po"], "faq/rechten.yml", "De helft van de leden zijn ouders. De andere helft werkt op een school."),
    "no pupils in a PO MR": (
        ["po"], "faq/rechten.yml", "In de medezeggenschapsraad (MR) van een basisschool zitten ouders en "
                                   "medewerkers, geen leerlingen."),
    "pupils in the VO MR": (
        ["vo"], "faq/rechten.yml", "In de medezeggenschapsraad (MR) van de school zitten ook leerlingen."),
    "an OPP needs no diagnosis": (
        ["po", "vo"], "faq/opp-en-hoorrecht.yml", "Voor een OPP is geen diagnose nodig."),
    "being heard in bezwaar is a right": (
        ["po", "vo"], "faq/bezwaar.yml", "U heeft het recht om uw bezwaar"),
    "beroep costs griffierecht": (["po", "vo"], "faq/bezwaar.yml", "griffierecht"),
    "the Geschillencommissie term runs from the decision": (
        ["po", "vo"], "faq/geschillen.yml", "binnen 6 weken nadat het schoolbestuur heeft besloten"),
    "the Geschillencommissie answers within about 10 weeks": (["po", "vo"], "faq/geschillen.yml", "binnen 10 weken"),
    "a dispute is about what the OPP says, a complaint about how support is given": (
        ["po", "vo"], "faq/geschillen.yml", "hoe de school de afgesproken ondersteuning uitvoert"),
    "onderwijsconsulenten not during a procedure": (
        ["po", "vo"], "faq/geschillen.yml", "meestal niet helpen"),
    "a shorter timetable is temporary and recorded": (
        ["po", "vo"], "faq/thuiszitten.yml", "met een einddatum"),
    "the bezwaar term runs from the day after the decision was sent (Awb 6:8), not received": (
        ["po", "vo"], "faq/bezwaar.yml", "De 6 weken beginnen op de dag nadat het besluit naar u is verstuurd."),
    "leerplicht ends after 12 full school years": (
        ["vo"], "faq/thuiszitten.yml", "Heeft uw kind al eerder 12 volledige schooljaren gehad?"),
    "pupils of 18 decide themselves": (
        ["vo"], "faq/thuiszitten.yml", "Is uw kind 18 jaar? Dan is het volwassen en beslist het zelf"),
}


@pytest.mark.parametrize("wat", GECORRIGEERD)
def test_minor_errors_stay_corrected(wat):
    sectoren, bestand, zin = GECORRIGEERD[wat]
    for sector in sectoren:
        assert zin in _dutch(sector, bestand), (sector, bestand)


def _boom(sector: str, doelgroep: str) -> dict:
    return yaml.safe_load((ROOT / "content" / sector / "doorklik" / f"{doelgroep}.yml").read_text(encoding="utf-8"))


def test_removal_only_once_another_school_will_admit_the_pupil():
    # (The routes to these outcomes are walked in tests/test_doorklik.py.)
    for sector, uitkomst in (("po", "schorsing-en-verwijdering"), ("vo", "schorsing")):
        tekst = next(u["antwoord"] for u in _boom(sector, "ouders")["uitkomsten"] if u["id"] == uitkomst)
        assert "als een andere school uw kind wil toelaten" in " ".join(tekst.split()), sector
    for sector in SECTOREN:
        assert "Uw kind mag pas weg als een andere school uw kind wil toelaten." in _dutch(sector, "faq/geschillen.yml")


def test_the_opp_disagreement_routes_say_a_parent_need_not_sign():
    for sector, uitkomst in (("po", "opp-en-meepraten"), ("vo", "opp-oneens")):
        tekst = next(u["antwoord"] for u in _boom(sector, "ouders")["uitkomsten"] if u["id"] == uitkomst)
        assert "U hoeft niet te tekenen als u het er niet mee eens bent." in " ".join(tekst.split()), sector
