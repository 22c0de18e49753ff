"""The Lighthouse gate (scripts/lighthouse.py, run by `make test` after pytest): which pages it fails,
and that its page types exist in the built site. Lighthouse itself runs there, alone, because it
measures speed."""
from __future__ import annotations

from conftest import ROOT
from lighthouse import DOELEN, onder_doel, paginatypes


def test_a_page_below_any_goal_fails_and_a_perfect_one_passes():
    goed = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
    uitkomsten = [("a", goed, []), ("b", dict(goed, seo=92), ["link-text: Links do not have descriptive text"]),
                  ("c", dict(goed, performance=94.5), []), ("d", dict(goed, accessibility=None), [])]
    assert onder_doel(uitkomsten) == [("b", {"seo": 92}, ["link-text: Links do not have descriptive text"]),
                                      ("c", {"performance": 94.5}, []), ("d", {"accessibility": None}, [])]
    assert DOELEN == goed


def test_every_page_type_in_dutch_and_arabic_exists(echte_site):
    soorten = paginatypes(ROOT / "content")
    assert list(soorten) == ["sector home", "pupil home", "FAQ item, parents", "FAQ item, pupils",
                             "doorklik question", "doorklik outcome", "contact", "page for schools"]
    for taal in ("", "ar/"):
        for pad in soorten.values():
            assert (echte_site / "po" / taal / pad / "index.html").is_file(), (taal, pad)
