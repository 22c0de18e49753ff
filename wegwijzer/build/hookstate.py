"""What the hooks keep between the language passes of one build and between the rebuilds of the preview.

MkDocs loads the hook module anew for every rebuild, so this state lives in the package instead.

- mkdocs-static-i18n builds each further language by running the whole build again, on_config
  included. Those passes reuse what the first pass generated (every language at once) instead of
  loading, checking and rendering the content again.
- In `mkdocs serve` (make serve), after a mistake in the content, the preview builds the last
  content that loaded without mistakes again: a failed build would leave every request waiting
  ("the server will appear stuck"), while this way the preview keeps serving the last good site
  and every page shows the mistakes.
"""
from __future__ import annotations

VORIGE_VERSIE = ("De preview laat de laatste goede versie zien. Verbeter de fout en sla het bestand opnieuw op; "
                 "de preview ververst dan vanzelf.")

_staat = {"preview": False, "laatste": {}}


def start(command: str) -> None:
    _staat["preview"] = command == "serve"


def onthoud(sleutel: str, resultaat) -> None:
    _staat["laatste"][sleutel] = resultaat


def laatste(sleutel: str, taal: str):
    """The last good result of this site if it has ``taal``, else None."""
    resultaat = _staat["laatste"].get(sleutel)
    return resultaat if resultaat is not None and taal in resultaat.sites else None


def vorige(sleutel: str, taal: str):
    """In the preview: the last good result, to build again after a mistake; else None (the build fails)."""
    return laatste(sleutel, taal) if in_preview() else None


def in_preview() -> bool:
    """True in `mkdocs serve` (make serve)."""
    return _staat["preview"]
