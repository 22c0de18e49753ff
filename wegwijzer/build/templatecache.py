"""Compiled theme templates kept in memory, so a build compiles each template once instead of once per
language, and the preview does not compile them again on every save.

Jinja keys each entry by the template's name and a checksum of its source: an edited template is
compiled afresh."""
from __future__ import annotations

import jinja2


class GeheugenCache(jinja2.BytecodeCache):
    def __init__(self):
        self._opslag: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._opslag:
            bucket.bytecode_from_string(self._opslag[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._opslag[bucket.key] = bucket.bytecode_to_string()


CACHE = GeheugenCache()
