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

