"""MkDocs hooks: render content/<sector>/ into a staging folder and point MkDocs at it.

Only event functions live here; the work is done by the plain ``wegwijzer`` package.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from wegwijzer.build import hookstate
from wegwijzer.build.poststeps import NabouwFout, maak_af
from wegwijzer.build.postprocess import material, pagina, zoekconfig, zonder_bronkaarten, zonder_taalsitemaps
from wegwijzer.build.search import per_taal
from wegwijzer.build.staging import genereer
from wegwijzer.build.templatecache import CACHE
from wegwijzer.content.errors import ContentFouten


def _paden(config) -> tuple[Path, Path, Path]:
    ww = config.extra["wegwijzer"]
    root = Path(config.config_file_path).resolve().parent
    return root, root / ww["content"] / ww["sector"], root / ww["staging"] / ww["sector"]


def _talen(config) -> tuple[str, list[str]]:
    """The language this pass of the build renders, and every language the site offers."""
    i18n = config.plugins["i18n"]
    return i18n.current_language or i18n.default_language, i18n.build_languages


def on_startup(command, dirty):
    hookstate.start(command)


@event_priority(100)  # before mkdocs-static-i18n (-100) reads docs_dir and nav; runs once per language
def on_config(config):
    root, content, staging = _paden(config)
    taal, talen = _talen(config)
    # A further language pass of mkdocs-static-i18n: the first pass generated every language already.
    resultaat = hookstate.laatste(config.config_file_path, taal) if config.plugins["i18n"].building else None
    if resultaat is None:
        config.extra["ww_fouten"] = []
        try:
            resultaat = genereer(content, staging, docs=root / "docs", basis=content.parent.parent, talen=talen,
                                 alle_talen=config.plugins["i18n"].all_languages)
        except ContentFouten as fouten:
            resultaat = hookstate.vorige(config.config_file_path, taal)
            if resultaat is None:
                raise PluginError(fouten.rapport()) from None
            # Not logged: in strict mode MkDocs would count each line as an error and fail this build too.
            print(f"{fouten.rapport()}\n{hookstate.VORIGE_VERSIE}", file=sys.stderr, flush=True)
            config.extra["ww_fouten"] = [str(f) for f in fouten.fouten]  # partials/ww-previewfout.html
        hookstate.onthoud(config.config_file_path, resultaat)
    config.docs_dir = str(staging)
    config.nav = resultaat.sites[taal].nav
    config.site_name = resultaat.sector.site.naam
    config.site_url = resultaat.sector.site.site_url
    config.extra["ww"] = resultaat.context[taal]
    return config


def on_serve(server, config, builder):
    # The staging folder is rewritten by on_config; watching it would rebuild twice.
    root, content, staging = _paden(config)
    server.unwatch(str(staging))
    server.watch(str(root / "docs"))
    server.watch(str(content.parent))  # content/ (or WEGWIJZER_CONTENT): every sector and controles.yml
    return server


def on_env(env, config, files):
    env.bytecode_cache = CACHE  # each template compiled once per process (wegwijzer/build/templatecache.py)
    return env


def on_post_page(output, page, config):
    # Soft hyphens in headings, fixes for Material's invalid HTML and search in the page's own
    # language folder (wegwijzer/build/postprocess.py).
    taal, talen = _talen(config)
    doelgroep = page.meta.get("ww_doelgroep")
    map_ = config.extra["ww"]["leerlingen_map"] if doelgroep == "leerlingen" else doelgroep
    return pagina(output, taal, None if taal == talen[0] else taal, map_, config.extra["ww"]["t"]["richting"] == "rtl")


def on_post_template(output_content, template_name, config):
    if template_name == "404.html":
        # One 404 page speaks every language (overrides/404.html). mkdocs-static-i18n renders it once
        # per language to the same file; empty output makes MkDocs skip writing it, so the Dutch one stays.
        taal, talen = _talen(config)
        return zoekconfig(material(output_content), None) if taal == talen[0] else ""
    return output_content


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language and its mixed index
def on_post_build(config):
    if not config.plugins["i18n"].building:
        _taal, talen = _talen(config)
        resultaat = hookstate.laatste(config.config_file_path, talen[0])
        per_taal(Path(config.site_dir), talen, {t: resultaat.context[t]["zoeken"] for t in talen})
        zonder_bronkaarten(Path(config.site_dir))
        zonder_taalsitemaps(Path(config.site_dir))
        # Redirects at old addresses and the PDFs (wegwijzer/build/poststeps.py); the preview makes no
        # PDFs, which take WeasyPrint seconds on every save.
        root, _content, _staging = _paden(config)
        try:
            maak_af(Path(config.site_dir), resultaat.bewaking.doorverwijzingen, config.site_url, root / "overrides",
                    talen, pdfs=not hookstate.in_preview())
        except NabouwFout as fout:
            raise PluginError(str(fout)) from None
