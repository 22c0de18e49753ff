"""`python -m wegwijzer doorklik`: every doorklik tree of every sector as an outline, for staff."""
from __future__ import annotations

from pathlib import Path

from wegwijzer.content.doorklik import overzicht
from wegwijzer.content.loader import laad_of_meld


def druk_af(content: Path) -> int:
    """Print every doorklik tree as an outline, for staff."""
    sectoren = laad_of_meld(content)
    if sectoren is None:
        return 1
    for naam, sector in sectoren.items():
        for doelgroep, boom in sorted(sector.doorklik.items()):
            routes = list(boom.routes())
            print(f"{naam} · {doelgroep}: {boom.doorklik.titel} ({len(boom.stappen)} vragen, "
                  f"{len(boom.uitkomsten)} uitkomsten, {len(routes)} routes, "
                  f"langste route {max(len(r) for r in routes)} vragen)")
            print("\n".join("  " + r for r in overzicht(boom)))
            print()
    return 0
