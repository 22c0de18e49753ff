"""Icons from the sets Material bundles (material, fontawesome, octicons, simple).

An editor names an icon as 'material/school'; a page shows it as ':material-school:', which
Material's emoji extension (mkdocs.yml) inlines as SVG at build time, so nothing is fetched.
Found through the installed theme package, without importing MkDocs.
"""
from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from wegwijzer.content.errors import bedoelde_je


@cache
def _map() -> Path:
    spec = importlib.util.find_spec("material")
    return Path(next(iter(spec.submodule_search_locations))) / "templates" / ".icons"


def bestaat(icoon: str) -> bool:
    return (_map() / f"{icoon}.svg").is_file()


def fout(icoon: str, veld: str = "icoon") -> str:
    """The Dutch message for an icon that Material does not have, with the closest name."""
    set_, _, _naam = icoon.rpartition("/")
    namen = [f"{set_}/{p.stem}" for p in (_map() / set_).glob("*.svg")] if (_map() / set_).is_dir() else []
    return f"'{veld}' noemt het icoon '{icoon}', maar dat heeft Material niet.{bedoelde_je(icoon, namen)}"


def emoji(icoon: str) -> str:
    """The shortcode that inlines the icon: 'material/school' -> ':material-school:'."""
    return f":{icoon.replace('/', '-')}:"
