"""The pupils' part: its own templates for children (PO) and youth (VO), topic icons, who answers,
the contact bar, read aloud, and Dutch terms inside Arabic text (Chromium, the real sites)."""
from __future__ import annotations

import re

import pytest

from wegwijzer.build.postprocess import FSI, PDI, isoleer

from browser import TELEFOON
from conftest import fouten, vervang

# speechSynthesis as a browser with these voices has it; what is spoken is kept in window.wwGesproken.
STEMMEN = """
(stemmen => {
  window.wwGesproken = [];
  const spraak = { speaking: false, getVoices: () => stemmen.map(lang => ({ lang, name: lang })),
    speak(u) { window.wwGesproken.push({ tekst: u.text, lang: u.lang }); this.speaking = true; },
    cancel() { this.speaking = false; }, addEventListener() {} };
  Object.defineProperty(window, "speechSynthesis", { value: spraak });
  window.SpeechSynthesisUtterance = function (tekst) { this.text = tekst; };
})(%s);
"""


@pytest.fixture(scope="module")
def omgeving(basis, browser):
    return basis, browser


def pagina(omgeving, pad: str, stemmen: list[str] | None = None, breedte: int = 390):
    basis, browser = omgeving
    context = browser.new_context(**dict(TELEFOON, viewport={"width": breedte, "height": 844}))
    if stemmen is not None:
        context.add_init_script(STEMMEN % stemmen)
    page = context.new_page()
    page.goto(basis + pad)
    return page


def test_children_and_youth_each_have_their_own_home(omgeving):
    kinderen = pagina(omgeving, "po/kinderen/")
    jongeren = pagina(omgeving, "vo/jongeren/")
    assert kinderen.locator(".ww-pagina.ww-leerlingen.ww-kinderen").count() == 1
    assert jongeren.locator(".ww-pagina.ww-leerlingen.ww-jongeren").count() == 1
    # Children: large type and big tiles, two in a row; youth: a list, one in a row.
    assert kinderen.evaluate("parseFloat(getComputedStyle(document.querySelector('.ww-kinderen h1 + p')).fontSize)") >= 20
    tegels = kinderen.locator("a.ww-tegel").evaluate_all("as => as.map(a => a.getBoundingClientRect().top)")
    assert tegels[0] == tegels[1] and len(set(tegels)) < len(tegels)
    rijen = jongeren.locator("a.ww-tegel").evaluate_all("as => as.map(a => a.getBoundingClientRect().top)")
    assert len(set(rijen)) == len(rijen)
    # Every tile has its icon inlined as SVG: nothing is fetched for it.
    for page in (kinderen, jongeren):
        assert page.locator("a.ww-tegel").count() == page.locator("a.ww-tegel svg").count() > 5
    # Who answers: first names, here without photos (the first letter).
    assert kinderen.locator(".ww-wie .ww-wie__naam").all_inner_texts() == ["Sanne", "Youssef", "Marieke"]
    assert jongeren.locator(".ww-wie--compact .ww-wie__naam").all_inner_texts() == ["Daan", "Fatima"]
    assert "Snel weg" in kinderen.locator("a.ww-snelweg").inner_text()


@pytest.mark.parametrize("pad, kanalen", [
    # PO: the children's own WhatsApp first (site.yml: contact.leerlingen), then mail and phone.
    ("po/kinderen/vragen/wat-is-een-tlv/", ["https://wa.me/31698765432", "mailto:ojs-po@example.nl", "tel:+31881234567"]),
    ("vo/jongeren/doorklik/pesten/", ["https://wa.me/31612345678", "mailto:ojs-vo@example.nl", "tel:+31881234568"]),
])
def test_every_pupils_page_has_the_contact_bar_in_view(omgeving, pad, kanalen):
    page = pagina(omgeving, pad)
    balk = page.locator("nav.ww-plakcontact")
    assert balk.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))") == kanalen
    page.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
    doos = balk.bounding_box()
    assert doos["y"] + doos["height"] <= 844 and doos["y"] > 700  # at the bottom of the screen, always
    for knop in balk.locator("a").all():
        assert knop.bounding_box()["height"] >= 44
    # The footer is not hidden behind it at the end of the page.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    voet = page.locator(".ww-voetlinks a").last.bounding_box()
    assert voet["y"] + voet["height"] <= balk.bounding_box()["y"]
    # Parents' pages have no bar.
    assert pagina(omgeving, pad.replace("kinderen", "ouders").replace("jongeren", "ouders")
                  .replace("doorklik/pesten", "doorklik/pesten")).locator("nav.ww-plakcontact").count() == 0


def test_read_aloud_shows_only_with_a_voice_for_the_pages_language_and_reads_the_page(omgeving):
    zonder = pagina(omgeving, "po/kinderen/doorklik/pesten/", stemmen=[])
    assert zonder.locator("button.ww-voorlezen").is_hidden()
    ander = pagina(omgeving, "po/kinderen/doorklik/pesten/", stemmen=["en-GB"])
    assert ander.locator("button.ww-voorlezen").is_hidden()
    page = pagina(omgeving, "po/kinderen/doorklik/pesten/", stemmen=["en-GB", "nl-NL"])
    knop = page.get_by_role("button", name="Lees voor")
    assert knop.is_visible() and knop.bounding_box()["height"] >= 44
    knop.click()
    (gesproken,) = page.evaluate("window.wwGesproken")
    assert gesproken["lang"] == "nl-NL"
    assert gesproken["tekst"].startswith("Waar kan ik hulp krijgen? Pesten is nooit oké")
    assert "Snel weg" not in gesproken["tekst"] and "Lees voor" not in gesproken["tekst"]
    assert page.get_by_role("button", name="Stop met voorlezen").is_visible()
    # In Arabic it needs an Arabic voice.
    arabisch = pagina(omgeving, "po/ar/kinderen/doorklik/pesten/", stemmen=["ar-SA"])
    assert arabisch.locator("button.ww-voorlezen").is_visible()
    assert pagina(omgeving, "po/ar/kinderen/", stemmen=["nl-NL"]).locator("button.ww-voorlezen").is_hidden()
    # Parents' pages have no read-aloud button.
    assert pagina(omgeving, "po/ouders/", stemmen=["nl-NL"]).locator("button.ww-voorlezen").count() == 0


# --- Dutch terms inside Arabic text ---------------------------------------------------------

def test_isoleer_isolates_latin_runs_in_text_only():
    html = ('<head><title>TLV</title></head><body dir="rtl"><h1>إفادة (toelaatbaarheidsverklaring, TLV)؟</h1>'
            '<p>في الصف الثامن (groep 8) &amp; artikel 18a</p><span dir="ltr">030 123 45 67 ojs@example.nl</span>'
            '<a href="x/">Ouder- en Jeugdsteunpunt</a><script>var a = "TLV";</script><code>mkdocs</code>'
            '<p>مراسلة ojs@example.nl أو https://www.example.nl/po/ \u2066030 123\u2069</p>'
            '<h1 lang="nl">Teststeunpunt PO</h1></body>')
    uit = isoleer(html)
    assert f"<h1>إفادة ({FSI}toelaatbaarheidsverklaring, TLV{PDI})؟</h1>" in uit
    assert f"({FSI}groep 8{PDI}) &amp; {FSI}artikel 18a{PDI}</p>" in uit
    assert f'<a href="x/">{FSI}Ouder- en Jeugdsteunpunt{PDI}</a>' in uit
    # Already directed, scripts, code, the head and attributes: untouched.
    for gelijk in ('<span dir="ltr">030 123 45 67 ojs@example.nl</span>', '<script>var a = "TLV";</script>',
                   "<code>mkdocs</code>", "<title>TLV</title>", 'href="x/"', '<h1 lang="nl">Teststeunpunt PO</h1>',
                   "<p>مراسلة ojs@example.nl أو https://www.example.nl/po/ \u2066030 123\u2069</p>"):
        assert gelijk in uit


def _plekken(page, selector: str, delen: list[str]) -> list[dict]:
    """Where each text part inside the element is drawn (the x of its first letter), with the
    parentheses that enclose the first part."""
    return page.evaluate("""([sel, delen]) => {
      const el = document.querySelector(sel);
      const links = (n, i) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
                                return r.getBoundingClientRect().left; };
      const uit = [];
      for (const deel of delen) {
        const loper = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let n;
        while ((n = loper.nextNode())) {
          const i = n.data.indexOf(deel);
          if (i < 0) continue;
          const open = n.data.lastIndexOf("(", i), dicht = n.data.indexOf(")", i);
          uit.push({ x: links(n, i), open: open >= 0 ? links(n, open) : null, dicht: dicht >= 0 ? links(n, dicht) : null });
          break;
        }
      }
      return uit;
    }""", [selector, delen])


@pytest.mark.parametrize("pad, selector, dutch", [
    ("po/ar/ouders/vragen/bezwaar-maken-tegen-een-tlv-besluit/", "article h1", ["TLV"]),
    ("po/ar/ouders/vragen/bezwaar-maken-tegen-een-tlv-besluit/", "article h1 + p", ["toelaatbaarheidsverklaring", "TLV"]),
    ("po/ar/ouders/overstap-naar-het-vo/", "article h1 + p", ["groep", "8"]),
])
def test_dutch_terms_in_arabic_keep_their_order_and_parentheses_at_320px(omgeving, pad, selector, dutch):
    page = pagina(omgeving, pad, breedte=320)
    plekken = _plekken(page, selector, dutch)
    assert len(plekken) == len(dutch), plekken
    # The Dutch words read left to right among themselves (on one line here)...
    xs = [p["x"] for p in plekken]
    assert xs == sorted(xs), (dutch, xs)
    # ...and the Arabic sentence around them right to left: "(" opens on the right of the term, ")" closes
    # on its left.
    eerste = plekken[0]
    assert eerste["dicht"] < eerste["x"] < eerste["open"], eerste
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_a_photo_must_exist_and_is_copied_into_the_site(content, tmp_path, capsys):
    vervang(content / "po" / "site.yml", "noodhulp:", "mensen:\n  - naam: Sanne\n    foto: fotos/sanne.jpg\n\nnoodhulp:")
    (regel,) = fouten(content / "po")
    assert re.fullmatch(r"content/po/site\.yml:\d+: 'foto' noemt 'fotos/sanne\.jpg', maar dat bestand staat niet in "
                        r"content/po/fotos/\. Zet de foto daar, of haal 'foto' weg\.", regel), regel
    from PIL import Image
    (content / "po" / "fotos").mkdir()
    Image.new("RGB", (96, 96), "#b3541e").save(content / "po" / "fotos" / "sanne.jpg")
    from test_build import bouw, html
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    assert (tmp_path / "site" / "po" / "assets" / "fotos" / "sanne.jpg").is_file()
    assert '<img src="../assets/fotos/sanne.jpg" alt="" width="96" height="96" loading="lazy">' in html(
        tmp_path / "site" / "po", "kinderen")


def test_an_icon_material_does_not_have_is_an_error(content):
    vervang(content / "po" / "onderwerpen.yml", "  - id: tlv\n", "  - id: tlv\n    icoon: material/schoool\n")
    (regel,) = fouten(content / "po")
    assert re.fullmatch(r"content/po/onderwerpen\.yml:\d+: 'icoon' noemt het icoon 'material/schoool', maar dat heeft "
                        r"Material niet\. Bedoelde je 'material/school'\?", regel), regel
