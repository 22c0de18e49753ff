"""The Lighthouse gate (scripts/lighthouse.py, run by `make test` after pytest): which pages it fails,
and that its page types exist in the built site. Lighthouse itself runs there, alone, because it
measures speed."""
from __future__ import annotations

from lighthouse import DOELEN, aandeel, onder_doel, paginatypes, processor, snelheid, wacht_op_rust

from wegwijzer.content.loader import laad_alles

from conftest import ROOT


def test_a_page_below_any_goal_fails_and_a_perfect_one_passes():
    goed = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
    uitkomsten = [("a", goed, []), ("b", dict(goed, seo=92), ["link-text: Links do not have descriptive text"]),
                  ("c", dict(goed, performance=94.5), []), ("d", dict(goed, accessibility=None), [])]
    assert onder_doel(uitkomsten) == [("b", {"seo": 92}, ["link-text: Links do not have descriptive text"]),
                                      ("c", {"performance": 94.5}, []), ("d", {"accessibility": None}, [])]
    assert DOELEN == goed


def test_performance_is_the_median_of_three_and_a_third_run_only_when_two_disagree():
    assert snelheid([99]) is None
    assert snelheid([99, 97]) == 97  # the median of 3 is 97 or more, whatever a third run gives
    assert snelheid([90, 94]) == 90  # and below 95 when neither run reaches it
    assert snelheid([99, 90]) is None  # a third run decides
    assert snelheid([99, 90, 96]) == 96 and snelheid([99, 90, 94]) == 94
    assert snelheid([None, 99]) is None and snelheid([None, 99, 100]) == 99  # no score counts as 0


def test_a_run_waits_for_a_quiet_second_and_goes_ahead_when_none_comes():
    def lezer(bezig_per_seconde):  # readings of /proc/stat, 100 jiffies a second: (total, busy, steal)
        tijd = {"s": 0, "bezig": 0}

        def lees():
            return 100 * tijd["s"], tijd["bezig"], 0

        def slaap(_):
            tijd["bezig"] += bezig_per_seconde.pop(0)
            tijd["s"] += 1
        return lees, slaap, bezig_per_seconde

    lees, slaap, over = lezer([90, 80, 20, 95])
    assert wacht_op_rust(lees, slaap, bezig=0.25, wacht=10) is True
    assert over == [95]  # it stopped waiting at the first quiet second
    lees, slaap, over = lezer([90] * 5)
    assert wacht_op_rust(lees, slaap, bezig=0.25, wacht=5) is False and over == []
    assert aandeel((1000, 400, 10), (1200, 500, 30)) == (0.5, 0.1)
    totaal, bezig, steal = processor()
    assert totaal > bezig >= 0 and steal >= 0


def test_every_page_type_in_dutch_and_arabic_exists_on_both_sites(echte_site):
    sectoren = laad_alles(ROOT / "content")
    for sector in ("po", "vo"):
        soorten = paginatypes(sectoren[sector])
        assert list(soorten) == ["sector home", "pupil home", "FAQ item, parents", "FAQ item, pupils",
                                 "doorklik question", "doorklik outcome", "contact", "page for schools"]
        for taal in ("", "ar/"):
            for pad in soorten.values():
                html = (echte_site / sector / taal / pad / "index.html").read_text(encoding="utf-8")
                assert 'http-equiv="refresh"' not in html, (sector, taal, pad)  # a page, not a redirect
