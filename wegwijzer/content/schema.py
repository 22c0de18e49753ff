"""JSON Schemas for the content files, derived from model.py, so an editor's VS Code (with the
YAML extension) completes keys and flags mistakes while typing.

The schemas are generated, never edited: ``python -m wegwijzer schemas`` writes them into
content/schemas/ and puts the line that points to its schema at the top of every content file.
A test checks that the written schemas are current and that schema and validator agree.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from pathlib import Path

from wegwijzer.content.bestanden import BESTANDEN, CONTROLES, SCHEMAS
from wegwijzer.content.controles import Controles
from wegwijzer.content.errors import Waarschuwing
from wegwijzer.content.validate import patroon
from wegwijzer.content.velden import Tekst

MAP = SCHEMAS
DIALECT = "http://json-schema.org/draft-07/schema#"  # the draft VS Code's YAML extension knows best
MODELIJN = "# yaml-language-server: $schema="


def naam(patroon_: str) -> str:
    """The schema's name for a content file pattern: 'faq/*.yml' -> 'faq', 'site.yml' -> 'site'."""
    return patroon_.split("/")[0].removesuffix(".yml")


def soorten() -> dict[str, type]:
    """Every schema name and the record its files hold."""
    uit = {naam(p): soort for p, soort in BESTANDEN.items()}
    uit[naam(CONTROLES)] = Controles
    return uit


def _optioneel(soort) -> bool:
    return typing.get_origin(soort) in (typing.Union, types.UnionType)


def _verplicht(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _scalar(soort) -> dict:
    if soort is bool:
        return {"type": "boolean"}
    if soort is int:
        return {"type": "integer", "minimum": 1}
    if soort is date:
        return {"type": "string", "format": "date"}
    if typing.get_origin(soort) is typing.Literal:
        return {"type": "string", "enum": list(typing.get_args(soort))}
    vorm = patroon(soort)
    if vorm:
        return {"type": "string", "pattern": f"^\\s*{vorm}\\s*$"}
    if soort is Tekst:
        return {"type": "string", "pattern": "^\\s*[^\\n]*\\S[^\\n]*\\s*$"}
    return {"type": "string", "pattern": "\\S"}  # Markdown


def _schema(soort, uitleg: str = "", verplicht: bool = True) -> dict:
    """The schema of a value of type ``soort`` (a type from model.py)."""
    oorsprong = typing.get_origin(soort)
    if _optioneel(soort):
        (binnen,) = [a for a in typing.get_args(soort) if a is not type(None)]
        schema = _schema(binnen, uitleg)
        beschrijving = schema.pop("description", None)
        return {**({"description": beschrijving} if beschrijving else {}), "anyOf": [schema, {"type": "null"}]}
    if dataclasses.is_dataclass(soort):
        hints = typing.get_type_hints(soort)
        velden = dataclasses.fields(soort)
        schema = {"type": "object",
                  "properties": {f.name: _schema(hints[f.name], f.metadata["uitleg"], _verplicht(f))
                                 for f in velden},
                  "required": [f.name for f in velden if _verplicht(f)],
                  "additionalProperties": False}
    elif oorsprong is list:
        schema = {"type": "array", "items": _schema(typing.get_args(soort)[0])}
        if verplicht:
            schema["minItems"] = 1
    elif oorsprong is dict:
        sleutel, waarde = typing.get_args(soort)
        schema = {"type": "object", "propertyNames": _scalar(sleutel), "additionalProperties": _schema(waarde)}
    else:
        schema = _scalar(soort)
        soortuitleg = (soort.__doc__ or "").strip() if isinstance(soort, type) and soort is not str \
            and issubclass(soort, str) else ""
        uitleg = " ".join(filter(None, [uitleg, soortuitleg]))
    return {"description": uitleg, **schema} if uitleg else schema


def maak(schemanaam: str) -> dict:
    """The complete schema of one kind of content file."""
    soort = soorten()[schemanaam]
    bestanden = [p for p, s in BESTANDEN.items() if s is soort] or [CONTROLES]
    return {"$schema": DIALECT,
            "$comment": "Gemaakt uit het model in wegwijzer/content/ met 'make schemas'. Pas dit bestand niet "
                        "met de hand aan.",
            "title": f"Wegwijzer: {', '.join(bestanden)}",
            **_schema(soort)}


def tekst(schemanaam: str) -> str:
    return json.dumps(maak(schemanaam), ensure_ascii=False, indent=2) + "\n"


def bestand(content: Path, schemanaam: str) -> Path:
    return content / MAP / f"{schemanaam}.schema.json"


def schemanaam_van(pad: Path, content: Path) -> str | None:
    """The schema a content file should point to, or None if the file is not a content file."""
    relatief = pad.relative_to(content).as_posix()
    if relatief == CONTROLES:
        return naam(CONTROLES)
    sector_pad = relatief.split("/", 1)[1] if "/" in relatief else ""
    return next((naam(p) for p in BESTANDEN if Path(sector_pad).match(p) and
                 sector_pad.count("/") == p.count("/")), None)


def modelijn(pad: Path, content: Path) -> str | None:
    """The first line that points a content file to its schema (relative, so it works in any clone)."""
    schemanaam = schemanaam_van(pad, content)
    if schemanaam is None:
        return None
    doel = Path(*[".."] * (len(pad.relative_to(content).parts) - 1), MAP, f"{schemanaam}.schema.json")
    return MODELIJN + doel.as_posix()


def koppelingen() -> dict[str, str]:
    """For VS Code's yaml.schemas setting (.vscode/settings.json): schema -> the files it describes.

    A file without the schema line (a new one, say) still gets its schema this way.
    """
    uit = {}
    for patroon_ in [*BESTANDEN, CONTROLES]:
        if patroon_ == CONTROLES:
            glob = f"content/{patroon_}"
        elif "/" in patroon_:
            glob = f"content/*/{patroon_.split('/')[0]}/*.yml"
        else:
            glob = f"content/*/{patroon_}"
        uit[f"content/{MAP}/{naam(patroon_)}.schema.json"] = glob
    return uit


def schrijf(content: Path) -> list[Path]:
    """Write every schema and add the schema line to content files that lack it; the changed files."""
    veranderd = []
    (content / MAP).mkdir(exist_ok=True)
    for schemanaam in soorten():
        doel = bestand(content, schemanaam)
        nieuw = tekst(schemanaam)
        if not doel.is_file() or doel.read_text(encoding="utf-8") != nieuw:
            doel.write_text(nieuw, encoding="utf-8")
            veranderd.append(doel)
    for pad in sorted(content.rglob("*.yml")):
        lijn = modelijn(pad, content)
        oud = pad.read_text(encoding="utf-8")
        if lijn is None or oud.startswith(lijn + "\n"):
            continue
        regels = oud.splitlines(keepends=True)
        if regels and regels[0].startswith(MODELIJN):
            regels = regels[1:]
        pad.write_text(lijn + "\n" + "".join(regels), encoding="utf-8")
        veranderd.append(pad)
    return veranderd


def zonder_schema(content: Path, basis: Path) -> list[Waarschuwing]:
    """Content files whose first line does not point to their schema (only where content/schemas/ exists)."""
    if not (content / MAP).is_dir():
        return []
    uit = []
    for pad in sorted(content.rglob("*.yml")):
        lijn = modelijn(pad, content)
        if lijn and pad.read_text(encoding="utf-8").split("\n", 1)[0] != lijn:
            uit.append(Waarschuwing(pad.relative_to(basis).as_posix(), 1, "schema", "dit bestand",
                                    f"de eerste regel wijst VS Code niet naar het schema. Zet bovenaan: {lijn}"))
    return uit
