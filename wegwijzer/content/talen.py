"""Languages: the source language, the translations, which of them a site offers and where a
language lives in a site's addresses. Every other module asks here.

A site's languages are listed in mkdocs.<sector>.yml (the i18n plugin), the source first. The
source language lives at the site root, every other one in a folder of its own: ``en/``.
"""
from __future__ import annotations

from pathlib import Path

import yaml

BRONTAAL = "nl"  # the language every text is written in first; the default language of every site
TALEN = ("en", "ar", "tr", "pl", "uk")  # the translations, besides the source


def voorvoegsel(taal: str, talen: list[str] | tuple[str, ...] = (BRONTAAL,)) -> str:
    """The URL folder of a language, relative to the site root: '' for the default, else 'en/'."""
    return "" if taal == talen[0] else f"{taal}/"


def taalpad(pad: str, taal: str) -> str:
    """The Markdown path of a page in ``taal``: mkdocs-static-i18n's suffix structure (x.en.md)."""
    return pad if taal == BRONTAAL else f"{pad[:-3]}.{taal}.md"


class NL(str):
    """A Dutch text shown on a page in another language, because it is not translated."""


def is_nl(tekst) -> bool:
    return isinstance(tekst, NL)


class _MkdocsYaml(yaml.SafeLoader):
    """mkdocs.<sector>.yml as plain data: an ``!ENV [NAME, default]`` value reads as its default."""


_MkdocsYaml.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])
# A Python name (such as the emoji extension's generator in mkdocs.yml) reads as its tag and name, as written.
PYTHON_NAAM = "!!python/name:"
_MkdocsYaml.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, naam, node: PYTHON_NAAM + naam)


def mkdocs_config(root: Path, sector: str | None = None) -> dict:
    """mkdocs.<sector>.yml (or the shared mkdocs.yml) as plain data."""
    pad = root / (f"mkdocs.{sector}.yml" if sector else "mkdocs.yml")
    return yaml.load(pad.read_text(encoding="utf-8"), Loader=_MkdocsYaml) if pad.is_file() else {}


def talen_van(root: Path, sector: str) -> list[str]:
    """The languages of a sector's site, as mkdocs.<sector>.yml lists them (Dutch first)."""
    config = mkdocs_config(root, sector)
    talen = (config.get("plugins") or {}).get("i18n", {}).get("languages") or [{"locale": BRONTAAL}]
    return [t["locale"] for t in talen]
