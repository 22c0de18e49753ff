"""Where a record was read: its file and lines, for every Dutch error (``content/po/faq/tlv.yml:12``).

validate.py attaches one ``Herkomst`` to every record and table it reads; checks ask for it with
``herkomst``, ``regels_van`` and ``pad_van`` instead of reaching into the record.
"""
from __future__ import annotations

from dataclasses import dataclass, field

_SLEUTEL = "_herkomst"  # kept beside the fields: a record's own fields stay exactly as model.py declares them


@dataclass
class Herkomst:
    pad: str = ""  # the file, as errors show it
    regel: int = 1  # the line where the record begins
    regels: dict = field(default_factory=dict)  # field name (or table key) -> line; lists: name + '[]' -> lines


def zet(obj, herkomst: Herkomst) -> None:
    obj.__dict__[_SLEUTEL] = herkomst


def herkomst(obj) -> Herkomst:
    return obj.__dict__.get(_SLEUTEL) or Herkomst()


def regels_van(obj) -> dict:
    """Line numbers recorded for a record: field name -> line (lists: name + '[]' -> lines)."""
    return herkomst(obj).regels


def pad_van(obj) -> str:
    """The file a record was read from, as errors show it (content/po/faq/tlv.yml)."""
    return herkomst(obj).pad
