"""The one Jinja environment for the pages made outside MkDocs: the landing page, robots.txt, the
redirect pages and the report of ``make check``, all from templates in overrides/.

One environment per templates folder for the whole process: each template is compiled once (a build
writes hundreds of redirect pages from one template). HTML is escaped, text files (robots.txt) are not."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2


@lru_cache(maxsize=None)
def _omgeving(templates: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(templates), keep_trailing_newline=True,
                              autoescape=jinja2.select_autoescape(enabled_extensions=("html",)))


def render(templates: Path, naam: str, **context) -> str:
    """Template ``naam`` of the folder ``templates`` (overrides/), filled in with ``context``."""
    return _omgeving(str(templates)).get_template(naam).render(**context)
