"""Which record each content file holds: the layout of content/ that loader.py reads and schema.py
describes."""
from __future__ import annotations

from wegwijzer.content.model import (Doorklik, OnderwerpenBestand, PartnersBestand, Scholen, Site, VragenBestand,
                                     Zoekwoorden)
from wegwijzer.content.vertaalmodel import Vertaling

# Which record each content file holds (a glob relative to content/<sector>/).
BESTANDEN: dict[str, type] = {
    "site.yml": Site,
    "onderwerpen.yml": OnderwerpenBestand,
    "partners.yml": PartnersBestand,
    "scholen.yml": Scholen,
    "faq/*.yml": VragenBestand,
    "doorklik/ouders.yml": Doorklik,
    "doorklik/leerlingen.yml": Doorklik,
    "vertalingen/*.yml": Vertaling,
    "zoekwoorden.yml": Zoekwoorden,
}
# The settings of `make check`, in content/ itself (not in a sector folder).
CONTROLES = "controles.yml"
SCHEMAS = "schemas"  # content/schemas/: the JSON Schemas (schema.py), not a sector
# Files a sector may leave out.
OPTIONEEL = {"doorklik/ouders.yml", "doorklik/leerlingen.yml", "zoekwoorden.yml"}
