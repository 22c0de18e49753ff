"""The site's own words: every language file has nl.yml's keys and placeholders, and is a draft."""
from __future__ import annotations

import re

import pytest
import yaml

from wegwijzer.content.talen import TALEN
from wegwijzer.pages.teksten import MAP, teksten


def vorm(waarde):
    """The shape of a strings file: its keys, list lengths and the placeholders in every string."""
    if isinstance(waarde, dict):
        return {k: vorm(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [vorm(v) for v in waarde]
    return sorted(re.findall(r"\{[a-z_]+\}", str(waarde)))


def test_there_is_a_strings_file_for_every_language():
    assert sorted(p.stem for p in MAP.glob("*.yml")) == sorted(("nl", *TALEN))


@pytest.mark.parametrize("taal", TALEN)
def test_translated_strings_match_dutch_keys_and_placeholders(taal):
    vertaald = dict(teksten(taal))
    assert vertaald.pop("concept") is True  # a draft until a native speaker has reviewed it
    assert vorm(vertaald) == vorm(teksten("nl"))


def test_vorm_notices_a_lost_placeholder():
    nl = teksten("nl")
    kapot = yaml.safe_load(yaml.safe_dump(nl))
    kapot["contactblok"]["ouders"] = "Vraag het ons."  # {naam} dropped
    assert vorm(kapot) != vorm(nl)
