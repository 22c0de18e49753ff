"""MkDocs hooks: render content/<sector>/ into a staging folder and point MkDocs at it.

Only event functions live here; the work is done by the plain ``wegwijzer`` package.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, os.path.dirname(__file__))

from wegwijzer.errors import ContentFouten  # noqa: E402
from wegwijzer.generate import genereer  # noqa: E402
from wegwijzer.nabewerking import material, pagina  # noqa: E402


def _paden(config) -> tuple[Path, Path, Path]:
    ww = config.extra["wegwijzer"]
    root = Path(config.config_file_path).resolve().parent
    return root, root / ww["content"] / ww["sector"], root / ww["staging"] / ww["sector"]


@event_priority(100)  # before mkdocs-static-i18n (-100) reads docs_dir and nav
def on_config(config):
    root, content, staging = _paden(config)
    try:
        resultaat = genereer(content, staging, docs=root / "docs", basis=content.parent.parent)
    except ContentFouten as fouten:
        raise PluginError(fouten.rapport()) from None
    config.docs_dir = str(staging)
    config.nav = resultaat.site.nav
    config.site_name = resultaat.sector.site.naam
    config.site_url = resultaat.sector.site.site_url
    config.extra["ww"] = resultaat.context
    return config


def on_serve(server, config, builder):
    # The staging folder is rewritten by on_config; watching it would rebuild twice.
    root, _content, staging = _paden(config)
    server.unwatch(str(staging))
    server.watch(str(root / "docs"))
    return server


def on_post_page(output, page, config):
    # Soft hyphens in headings and fixes for Material's invalid HTML (wegwijzer/nabewerking.py).
    return pagina(output, config.theme.get("language") or "nl")


def on_post_template(output_content, template_name, config):
    # 404.html is a static template: it skips on_post_page but needs the same HTML fixes.
    return material(output_content) if template_name.endswith(".html") else output_content
