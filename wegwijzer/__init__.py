"""Wegwijzer: turns the YAML content of an OJS into Markdown pages for MkDocs.

Nothing in this package imports mkdocs: it runs on its own (``python -m wegwijzer``)
and the MkDocs hook in ``hooks/pages.py`` merely calls it.
"""
