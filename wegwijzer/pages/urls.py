"""Page addresses: where mkdocs-static-i18n puts a Markdown page, and relative links between pages."""
from __future__ import annotations

import posixpath


def adres(md_pad: str, talen: list[str]) -> str:
    """The address of a Markdown page relative to the site root, as mkdocs-static-i18n builds it:
    'ouders/vragen/x.en.md' -> 'en/ouders/vragen/x/', 'index.md' -> ''."""
    stam = md_pad[:-3]
    taal = ""
    if "." in posixpath.basename(stam) and stam.rsplit(".", 1)[1] in talen[1:]:
        stam, taal = stam.rsplit(".", 1)
    delen = stam.split("/")
    if delen[-1] == "index":
        delen = delen[:-1]
    delen = ([taal] if taal else []) + delen
    return "/".join(delen) + ("/" if delen else "")


def relatief(van: str, naar: str) -> str:
    """A relative link from the folder of address ``van`` to address ``naar`` (both end in '/')."""
    doel = posixpath.relpath(naar or ".", van.rstrip("/") or ".")
    return "./" if doel == "." else doel + "/"
