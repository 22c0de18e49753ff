"""Six languages: a page for every page in every language, the switcher, lang and dir, the notices
for missing, outdated and draft translations, one search index and one 404 for the languages."""
from __future__ import annotations

import json
import posixpath
import re
import shutil

import pytest

from wegwijzer import cli
from wegwijzer.build.search import splits
from wegwijzer.build.staging import genereer
from wegwijzer.content.fingerprint import vingerafdruk
from wegwijzer.content.loader import laad_sector
from wegwijzer.content.talen import is_nl, mkdocs_config, talen_van
from wegwijzer.pages.teksten import teksten
from wegwijzer.translations.apply import in_taal
from wegwijzer.translations.status import rapport, sjabloon

from conftest import FIXTURE, ROOT, doorverwijzing, fouten, schrijf
from test_build import bouw, html

TALEN = ["nl", "en", "ar", "tr", "pl", "uk"]
ANDERE = TALEN[1:]
PAD = "content/po/vertalingen/en.yml"


@pytest.fixture(scope="module")
def gebouwd(tmp_path_factory):
    """The fixture content (no translations) built once per test process; its tests only read it."""
    tmp = tmp_path_factory.mktemp("talen")
    shutil.copytree(FIXTURE, tmp / "content")
    code = cli.main(["build", "--content", str(tmp / "content"), "--site", str(tmp / "site"),
                     "--staging", str(tmp / "staging")])
    assert code == 0
    return tmp / "site"


def vertaal_tlv(content, afdruk: str | None = None, concept: bool = True) -> None:
    afdruk = afdruk or vingerafdruk(laad_sector(content / "po"), "vragen", "wat-is-een-tlv")
    schrijf(content / "po" / "vertalingen" / "en.yml", f"""taal: en
vragen:
  wat-is-een-tlv:
    vingerafdruk: {afdruk}
    concept: {str(concept).lower()}
    ouders:
      vraag: What is a TLV?
      antwoord: A TLV is a decision of the partnership.
""")


def alternates(tekst: str) -> dict[str, str]:
    """The language switcher's links: language -> href."""
    return {m.group(2): m.group(1) for m in
            re.finditer(r'<a href="([^"]*)" hreflang="([a-z]+)"[^>]*class="md-select__link"', tekst)}


def test_both_sites_offer_the_six_languages():
    for sector in ("po", "vo"):
        assert talen_van(ROOT, sector) == TALEN
        namen = {t["locale"]: t["name"] for t in
                 mkdocs_config(ROOT, sector)["plugins"]["i18n"]["languages"]}
        # The switcher and the 404 page name each language the same way.
        assert namen == {t: teksten(t)["taalnaam"] for t in TALEN}

    # Every address and every fallback assumes Dutch, the source, is the default: another first
    # language stops the build instead of giving wrong addresses.
    with pytest.raises(ValueError, match="the first language of the site must be 'nl', the source, not 'en'"):
        genereer(FIXTURE / "po", ROOT / "unused", talen=["en", "nl"])


def test_every_page_exists_in_every_language_with_lang_and_dir(gebouwd):
    po = gebouwd / "po"
    nederlands = [p.parent.relative_to(po).as_posix() for p in po.rglob("index.html")
                  if p.parent.relative_to(po).parts[:1] not in [(t,) for t in ANDERE] and not doorverwijzing(p)]
    assert len(nederlands) > 20
    for taal in ANDERE:
        for pad in nederlands:
            tekst = (po / taal / pad / "index.html").read_text(encoding="utf-8")
            assert f'<html lang="{taal}"' in tekst, (taal, pad)
            assert f'<body dir="{"rtl" if taal == "ar" else "ltr"}"' in tekst, (taal, pad)
    assert '<html lang="nl"' in html(po, "ouders")
    assert '<body dir="ltr"' in html(po, "ouders")


@pytest.mark.parametrize("pad", ["", "ouders", "kinderen", "ouders/tlv", "ouders/vragen/wat-is-een-tlv",
                                 "kinderen/vragen/wat-is-een-tlv", "ouders/waar-kun-je-terecht",
                                 "kinderen/contact", "ouders/doorklik", "ouders/doorklik/tlv-al-aangevraagd",
                                 "ouders/doorklik/tlv-wachten", "privacy"])
def test_switcher_leads_to_the_same_page_in_every_language(gebouwd, pad):
    po = gebouwd / "po"
    for taal in TALEN:
        hier = posixpath.join(taal if taal != "nl" else "", pad)
        links = alternates(html(po, hier))
        assert sorted(links) == sorted(TALEN), hier
        for doel_taal, href in links.items():
            # The home pages are linked root-absolute (/po/en/), the others relative.
            doel = posixpath.normpath(href.removeprefix("/po/") if href.startswith("/po/") else
                                      posixpath.join(hier, href))
            verwacht = posixpath.normpath(posixpath.join(doel_taal if doel_taal != "nl" else "", pad) or ".")
            assert doel == verwacht, (hier, doel_taal, href)
            assert (po / doel / "index.html").is_file()


def test_missing_translation_shows_the_dutch_text_marked_with_a_notice(gebouwd):
    pagina = html(gebouwd / "po", "en/ouders/vragen/wat-is-een-tlv")
    assert teksten("en")["vertaling"]["ontbreekt"] in pagina
    # The Dutch text reads left to right and is announced as Dutch, also on the Arabic page.
    assert re.search(r'<div dir="ltr" lang="nl">\s*<p>Een TLV is een besluit\.', pagina)
    assert '<h1 dir="ltr" id="wat-is-een-tlv" lang="nl">Wat is een TLV?</h1>' in pagina
    arabisch = html(gebouwd / "po", "ar/ouders/vragen/wat-is-een-tlv")
    assert teksten("ar")["vertaling"]["ontbreekt"] in arabisch
    assert re.search(r'<div dir="ltr" lang="nl">\s*<p>Een TLV is een besluit\.', arabisch)
    # ... with a link to the Dutch page; the Dutch page itself has no notice.
    assert f'hreflang="nl">{teksten("en")["vertaling"]["nederlands"]}</a>' in pagina
    assert "ww-vertaalmelding" not in html(gebouwd / "po", "ouders/vragen/wat-is-een-tlv")


def test_untranslated_schoolgids_text_is_marked_dutch_but_its_contact_lines_are_not(gebouwd):
    # The text to paste is Dutch; the contact lines under it are written in the page's language.
    for taal in ("en", "ar"):
        blok = re.search(r'<div class="ww-kopieer"[^>]* id="schoolgids-kort"[^>]*>\s*(<div dir="ltr" lang="nl">'
                         r'\s*<p>Korte tekst voor de schoolgids\.</p>\s*</div>)\s*<p>(.*?)</p>\s*</div>',
                         html(gebouwd / "po", f"{taal}/voor-scholen"), re.S)
        assert blok, taal
        regels = [r.strip() for r in blok.group(2).split("<br />")]
        # On a right-to-left page the address and the numbers are isolated to read left to right.
        ltr = "\u2066{}\u2069" if taal == "ar" else "{}"
        assert regels == [teksten(taal)["scholen"]["regel_website"].format(adres=ltr.format(
                              f"https://test.example.nl/po/{taal}/")),
                          teksten(taal)["scholen"]["regel_telefoon"].format(nummer=ltr.format("030 123 45 67")),
                          teksten(taal)["scholen"]["regel_email"].format(adres=ltr.format("test@example.nl")),
                          teksten(taal)["scholen"]["regel_whatsapp"].format(nummer=ltr.format("06 12 34 56 78"))]


def test_translated_page_in_english_with_a_quiet_draft_notice(tmp_path, content, capsys):
    vertaal_tlv(content)
    assert bouw(tmp_path, content, capsys)[0] == 0
    pagina = html(tmp_path / "site/po", "en/ouders/vragen/wat-is-een-tlv")
    assert "<p>A TLV is a decision of the partnership.</p>" in pagina
    assert '<h1 id="what-is-a-tlv">What is a TLV?</h1>' in pagina
    assert 'class="ww-vertaalmelding ww-vertaalmelding--concept"' in pagina
    assert teksten("en")["vertaling"]["concept"] in pagina
    # The pupil version has no translation: it still shows the Dutch text with the notice.
    assert teksten("en")["vertaling"]["ontbreekt"] in html(tmp_path / "site/po", "en/kinderen/vragen/wat-is-een-tlv")


def test_reviewed_translation_has_no_notice(tmp_path, content, capsys):
    vertaal_tlv(content, concept=False)
    assert bouw(tmp_path, content, capsys)[0] == 0
    assert "ww-vertaalmelding" not in html(tmp_path / "site/po", "en/ouders/vragen/wat-is-een-tlv")


def test_outdated_translation_is_shown_with_a_notice_and_reported(tmp_path, content, capsys):
    vertaal_tlv(content, afdruk="0000000a")
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    pagina = html(tmp_path / "site/po", "en/ouders/vragen/wat-is-een-tlv")
    assert "<p>A TLV is a decision of the partnership.</p>" in pagina
    assert teksten("en")["vertaling"]["verouderd"] in pagina
    # The build output reports every language of the site.
    assert "po · en: 0 vertaald, 0 concept, 1 verouderd, 8 ontbreekt" in uitvoer
    assert "po · ar: 0 vertaald, 0 concept, 0 verouderd, 9 ontbreekt" in uitvoer


def test_search_index_per_language_with_its_own_stemmer(tmp_path, content, capsys):
    vertaal_tlv(content)
    assert bouw(tmp_path, content, capsys)[0] == 0
    po = tmp_path / "site/po"
    indexen = {}
    for t in TALEN:
        zoekmap = po / ("" if t == "nl" else t) / "search"
        # What every page fetches: the configuration. The pages: fetched at the first query.
        start = json.loads((zoekmap / "search_index.json").read_text())
        assert start["docs"] == []
        indexen[t] = {"config": start["config"], "docs": json.loads((zoekmap / "ww-index.json").read_text())["docs"]}
    assert indexen["nl"]["config"]["lang"] == ["nl"]
    assert "stemmer" in indexen["nl"]["config"]["pipeline"]
    assert indexen["ar"]["config"]["lang"] == ["ar", "en"]  # Dutch terms in Latin letters too
    assert indexen["uk"]["config"]["pipeline"] == []  # no stemmer for Ukrainian in lunr
    for taal, index in indexen.items():
        locaties = [d["location"] for d in index["docs"]]
        assert "ouders/vragen/wat-is-een-tlv/" in locaties, taal
        assert not [x for x in locaties if x.split("/")[0] in ANDERE], taal
    teksten_en = " ".join(d["text"] for d in indexen["en"]["docs"])
    assert "A TLV is a decision of the partnership." in teksten_en
    assert "A TLV is a decision" not in " ".join(d["text"] for d in indexen["nl"]["docs"])
    # An English page searches in /en/ (and finds Material's sitemap there too).
    assert '"base":"../../../../en/"' in html(po, "en/ouders/vragen/wat-is-een-tlv")
    assert '"base":"../../.."' in html(po, "ouders/vragen/wat-is-een-tlv")
    assert (po / "en/sitemap.xml").is_file()


def test_one_404_page_speaks_every_language(gebouwd):
    pagina = (gebouwd / "po/404.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in pagina
    for taal in TALEN:
        t = teksten(taal)["niet_gevonden"]
        richting = "rtl" if taal == "ar" else "ltr"
        thuis = "/po/" if taal == "nl" else f"/po/{taal}/"
        assert re.search(rf'<section class="ww-niet-gevonden" lang="{taal}" dir="{richting}">\s*'
                         rf'<h[12]>{re.escape(t["titel"])}</h[12]>\s*<p>{re.escape(t["tekst"])}\s*'
                         rf'<a href="{thuis}">{re.escape(t["start"])}</a>', pagina), taal
    assert not (gebouwd / "po/en/404.html").exists()


def test_sitemap_lists_every_page_in_every_language_with_alternates(gebouwd):
    kaart = (gebouwd / "po/sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", kaart)
    assert "https://test.example.nl/po/ouders/vragen/wat-is-een-tlv/" in locs
    for taal in ANDERE:
        assert f"https://test.example.nl/po/{taal}/ouders/vragen/wat-is-een-tlv/" in locs
        assert (f'<xhtml:link rel="alternate" hreflang="{taal}" '
                f'href="https://test.example.nl/po/{taal}/ouders/vragen/wat-is-een-tlv/"/>') in kaart
    assert len(locs) == len(set(locs)) == 6 * len([x for x in locs if not x.split("/po/")[1].startswith(
        tuple(f"{t}/" for t in ANDERE))])


def test_translated_view_marks_only_untranslated_texts_as_dutch(content):
    vertaal_tlv(content)
    sector = in_taal(laad_sector(content / "po"), "en")
    tlv = sector.vraag("wat-is-een-tlv")
    assert tlv.ouders.vraag == "What is a TLV?" and not is_nl(tlv.ouders.vraag)
    assert is_nl(tlv.leerlingen.vraag) and is_nl(sector.vraag("wie-beslist").ouders.antwoord)
    assert is_nl(sector.doorklik["ouders"].doorklik.vragen[0].keuzes[0].tekst)
    assert not is_nl(laad_sector(content / "po").vraag("wie-beslist").ouders.antwoord)


def test_template_lists_what_is_left_and_loads_as_drafts(content):
    sector = laad_sector(content / "po")
    schrijf(content / "po" / "vertalingen" / "pl.yml", sjabloon(sector, "pl"))
    telling = rapport("po", laad_sector(content / "po"), TALEN, "pl")
    assert telling[0] == "po · pl: 0 vertaald, 9 concept, 0 verouderd, 0 ontbreekt"


def vertaal_doorklik(content, keuzes: str, rest: str = "") -> None:
    """An English translation of the parents' doorklik, current for the Dutch tree as it is now: its first
    step with the given choices, then ``rest`` (YAML; ``{afdruk}`` is the tree's fingerprint)."""
    afdruk = vingerafdruk(laad_sector(content / "po"), "doorklik", "ouders")
    schrijf(content / "po" / "vertalingen" / "en.yml", f"""taal: en
doorklik:
  ouders:
    vingerafdruk: {afdruk}
    titel: Where can I go?
    intro: Answer a few questions.
    vragen:
      waar-gaat-het-over:
        vraag: What is your question about?
        keuzes: [{keuzes}]
""" + rest.format(afdruk=afdruk))


def test_doorklik_translation_mistakes_give_exact_dutch_messages(content):
    vertaal_doorklik(content, "A special school", """      bestaat-niet:
        vraag: Nothing?
        keuzes: [One, Two]
  leerlingen:
    vingerafdruk: {afdruk}
    titel: Where?
    intro: Answer.
""")
    assert fouten(content / "po") == [
        f"{PAD}:10: 'keuzes' van 'waar-gaat-het-over' heeft 1 antwoorden, maar het Nederlands heeft er 2. "
        "Vertaal ze allemaal, in dezelfde volgorde.",
        f"{PAD}:11: 'vragen' noemt de stap 'bestaat-niet', maar die staat niet in doorklik/ouders.yml.",
        f"{PAD}:14: 'doorklik' noemt de doorklik 'leerlingen', maar die staat niet in doorklik/.",
    ]


def test_split_search_index_keeps_config_and_strips_the_language_folder():
    index = {"config": {"lang": ["nl"], "separator": "x", "pipeline": ["stopWordFilter"]},
             "docs": [{"location": "a/", "title": "A", "text": ""},
                      {"location": "en/a/", "title": "A", "text": ""},
                      {"location": "ar/a/#kop", "title": "A", "text": ""}]}
    uit = splits(index, ["nl", "en", "ar"])
    assert [d["location"] for d in uit["en"]["docs"]] == ["a/"]
    assert [d["location"] for d in uit["ar"]["docs"]] == ["a/#kop"]
    assert uit["nl"]["config"] == {"lang": ["nl"], "separator": "x",
                                   "pipeline": ["stemmer", "stopWordFilter", "trimmer"]}


def test_landing_page_in_every_language_links_to_that_language(gebouwd):
    for taal in TALEN:
        pad = gebouwd / ("index.html" if taal == "nl" else f"{taal}/index.html")
        tekst = pad.read_text(encoding="utf-8")
        richting = "rtl" if taal == "ar" else "ltr"
        assert f'<html lang="{taal}" dir="{richting}">' in tekst
        assert teksten(taal)["landing"]["vraag"] in tekst
        naar_po = "po/" if taal == "nl" else f"../po/{taal}/"
        assert f'<a class="deur" href="{naar_po}">' in tekst
        lang = "" if taal == "nl" else ' lang="nl"'
        # The OJS's name heads the sector's home page, marked Dutch in the other languages.
        kop = html(gebouwd / "po", "" if taal == "nl" else taal)
        assert re.search(rf'<h1 id="[^"]*"{lang}>Teststeunpunt PO</h1>', kop), taal
        # The SWV's Dutch name is isolated (it reads left to right in an Arabic line) and marked Dutch.
        assert f"<bdi{lang}>SWV Test (PO 00-01)</bdi>." in tekst
        for ander in TALEN:
            if ander != taal:
                href = ("./" if taal == "nl" else "../") if ander == "nl" else (
                    f"{ander}/" if taal == "nl" else f"../{ander}/")
                assert f'<a href="{href}" hreflang="{ander}" lang="{ander}"' in tekst, (taal, ander)


def test_a_choice_added_in_dutch_leaves_the_outdated_translated_step_in_dutch(content):
    # An editor adds a choice to a step whose translation is now outdated: the build goes on, that step
    # shows the Dutch texts marked NL, the rest of the tree keeps its translation, and the tree is outdated.
    vertaal_doorklik(content, "A special school, Something else")
    pad = content / "po" / "doorklik" / "ouders.yml"
    tekst = pad.read_text(encoding="utf-8")
    eerste = next(r for r in tekst.splitlines() if r.strip().startswith("- tekst:"))
    naar = tekst.splitlines()[tekst.splitlines().index(eerste) + 1]
    pad.write_text(tekst.replace(f"{eerste}\n{naar}\n", f"{eerste}\n{naar}\n{eerste} erbij\n{naar}\n", 1),
                   encoding="utf-8")
    sector = laad_sector(content / "po")  # no error: the translation is outdated, not wrong
    boom = in_taal(sector, "en").doorklik["ouders"].doorklik
    stap = next(s for s in boom.vragen if s.id == "waar-gaat-het-over")
    assert len(stap.keuzes) == 3 and all(is_nl(k.tekst) for k in stap.keuzes) and is_nl(stap.vraag)
    assert boom.titel == "Where can I go?"
    assert ", 1 verouderd, " in rapport("po", sector, TALEN, "en")[0]
