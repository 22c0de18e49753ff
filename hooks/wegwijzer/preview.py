"""What `mkdocs serve` (make serve) remembers between rebuilds.

MkDocs loads the hook module anew for every rebuild, so this state lives in the package instead.
After a mistake in the content the preview builds the last content that loaded without mistakes
again: a failed build would leave every request waiting ("the server will appear stuck"), while
this way the preview keeps serving the last good site and every page shows the mistakes.
"""
from __future__ import annotations

VORIGE_VERSIE = ("De preview laat de laatste goede versie zien. Verbeter de fout en sla het bestand opnieuw op; "
                 "de preview ververst dan vanzelf.")

_staat = {"aan": False, "laatste": {}}


def start(command: str) -> None:
    _staat["aan"] = command == "serve"


def onthoud(sleutel: str, resultaat) -> None:
    _staat["laatste"][sleutel] = resultaat


def vorige(sleutel: str, taal: str):
    """In the preview: the last good result, to build again after a mistake; else None (the build fails)."""
    resultaat = _staat["laatste"].get(sleutel) if _staat["aan"] else None
    return resultaat if resultaat is not None and taal in resultaat.sites else None
