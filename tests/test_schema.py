"""The editors' JSON Schemas (content/schemas/) are current, every content file points to its own,
and schema and validator agree: on every sample file, and on every way of breaking one."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from wegwijzer.content import controles, model, schema, vertaalmodel
from wegwijzer.content.validate import JA_NEE, zet_om

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
SAMPLES = sorted(CONTENT.rglob("*.yml")) + sorted((ROOT / "tests/fixtures/content").rglob("*.yml"))


class Yaml11(yaml.SafeLoader):
    """What VS Code's YAML extension sees with yaml.yamlVersion 1.1: 'no' and 'y' are booleans,
    dates stay text (JSON has no dates)."""

    bool_values = {w: w in ("y", "yes", "on", "true") for w in JA_NEE}


Yaml11.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if not tag.endswith("timestamp")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Yaml11.add_implicit_resolver("tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:y|Y|n|N)$"), list("yYnN"))


def _schemanaam(pad: Path) -> str:
    basis = CONTENT if pad.is_relative_to(CONTENT) else ROOT / "tests/fixtures/content"
    return schema.schemanaam_van(pad, basis)


def _validator(schemanaam: str):
    return jsonschema.Draft7Validator(schema.maak(schemanaam), format_checker=jsonschema.FormatChecker())


def _model_accepts(schemanaam: str, data) -> bool:
    node = yaml.compose(yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False),
                        Loader=yaml.CSafeLoader)
    record, fouten = zet_om(schema.soorten()[schemanaam], node, "x.yml", "x")
    return record is not None and not fouten


def test_the_written_schemas_are_current():
    for schemanaam in schema.soorten():
        assert schema.bestand(CONTENT, schemanaam).read_text(encoding="utf-8") == schema.tekst(schemanaam), \
            f"{schemanaam}: run `make schemas`"


def _eigenschappen(deel):
    """Every (name, schema) of a property anywhere in a schema."""
    for naam, sub in deel.get("properties", {}).items():
        yield naam, sub
        yield from _eigenschappen(sub)
    for sleutel in ("items", "additionalProperties"):
        if isinstance(deel.get(sleutel), dict):
            yield from _eigenschappen(deel[sleutel])
    for sub in deel.get("anyOf", []):
        yield from _eigenschappen(sub)


def test_every_schema_is_valid_and_explains_every_field_in_the_models_dutch():
    uitleg: dict[str, set] = {}
    for soort in (s for m in (model, vertaalmodel, controles) for s in vars(m).values()):
        for f in getattr(soort, "__dataclass_fields__", {}).values():
            uitleg.setdefault(f.name, set()).add(f.metadata["uitleg"])
    for schemanaam in schema.soorten():
        s = schema.maak(schemanaam)
        jsonschema.Draft7Validator.check_schema(s)
        velden = list(_eigenschappen(s))
        assert velden
        for veld, deel in velden:
            assert any(deel["description"].startswith(u) for u in uitleg[veld]), (schemanaam, veld)


def test_every_content_file_points_to_its_own_schema():
    for pad in CONTENT.rglob("*.yml"):
        eerste = pad.read_text(encoding="utf-8").splitlines()[0]
        assert eerste == schema.modelijn(pad, CONTENT), pad
        doel = (pad.parent / eerste.removeprefix(schema.MODELIJN)).resolve()
        assert doel.is_file() and doel == schema.bestand(CONTENT, _schemanaam(pad)).resolve()


def test_vscode_maps_every_kind_of_file_to_its_schema():
    settings = json.loads((ROOT / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"] == schema.koppelingen()
    assert settings["yaml.yamlVersion"] == "1.1"  # so 'antwoord: no' is flagged while typing
    for doel, glob in settings["yaml.schemas"].items():
        assert (ROOT / doel).is_file()
        assert any(ROOT.glob(glob)), glob


@pytest.mark.parametrize("pad", SAMPLES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_schema_and_model_both_accept_every_sample_file(pad):
    data = yaml.load(pad.read_text(encoding="utf-8"), Loader=Yaml11)
    schemanaam = _schemanaam(pad)
    assert list(_validator(schemanaam).iter_errors(data)) == []
    assert _model_accepts(schemanaam, data)


STUK = object()  # marks "delete this key"
VERVANGERS = [None, "", "   ", False, True, 0, 7, "twee\nregels", "Geen Id!", "wat-is-een-tlv", "2026-13-45",
              "2026-11-01", "https://www.voorbeeld.nl/po/", "info@voorbeeld.nl", "030 123 45 67", "a1b2c3d4",
              "po", "ouders", [], ["een"], {}, {"vraag": "Wat?", "antwoord": "Dit."}]


def _plekken(data, pad=()):
    """Every place in ``data`` (as a path of keys and indexes), visiting only the first item of a list."""
    yield pad
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _plekken(v, pad + (k,))
    elif isinstance(data, list) and data:
        yield from _plekken(data[0], pad + (0,))


def _vorm(pad) -> tuple:
    """A place's shape: the same field in another file of the same kind is the same place."""
    return tuple("[]" if isinstance(k, int) else ("{}" if isinstance(k, str) and "-" in k else k) for k in pad)


def _inkorten(data, deel):
    """``data`` with one item per list and one entry per table (id -> record), guided by the schema
    part ``deel``: every field is still there, and breaking one is quick to check."""
    deel = next((d for d in deel.get("anyOf", []) if d.get("type") != "null"), deel)
    if isinstance(data, list) and data:
        return [_inkorten(data[0], deel["items"])]
    if isinstance(data, dict) and isinstance(deel.get("additionalProperties"), dict):
        return {k: _inkorten(v, deel["additionalProperties"]) for k, v in list(data.items())[:1]}
    if isinstance(data, dict):
        return {k: _inkorten(v, deel["properties"][k]) for k, v in data.items()}
    return data


def _mutaties():
    gezien = set()
    for pad in SAMPLES:
        schemanaam = _schemanaam(pad)
        data = _inkorten(yaml.load(pad.read_text(encoding="utf-8"), Loader=Yaml11), schema.maak(schemanaam))
        for plek in _plekken(data):
            if (schemanaam, _vorm(plek)) in gezien:
                continue
            gezien.add((schemanaam, _vorm(plek)))
            ouder = data
            for k in plek[:-1]:
                ouder = ouder[k]
            waarde = ouder[plek[-1]] if plek else data
            nieuw = VERVANGERS + ([STUK, "hernoemd"] if plek and isinstance(ouder, dict) else [])
            if isinstance(waarde, dict):
                nieuw = nieuw + ["extra veld"]
            yield schemanaam, data, plek, nieuw


def _pas_toe(data, plek, vervanger):
    kopie = copy.deepcopy(data)
    if not plek:
        return vervanger
    ouder = kopie
    for k in plek[:-1]:
        ouder = ouder[k]
    if vervanger is STUK:
        del ouder[plek[-1]]
    elif vervanger == "hernoemd":
        ouder["Geen Id!"] = ouder.pop(plek[-1])
    elif vervanger == "extra veld":
        ouder[plek[-1]]["onbekend_veld"] = "x"
    else:
        ouder[plek[-1]] = copy.deepcopy(vervanger)
    return kopie


def test_schema_and_model_agree_on_every_way_of_breaking_a_sample():
    """Each field of each kind of file gets every replacement above (or is deleted or renamed):
    the schema must reject exactly what the validator rejects."""
    oneens, aantal = [], 0
    validators = {n: _validator(n) for n in schema.soorten()}
    for schemanaam, data, plek, vervangers in _mutaties():
        for vervanger in vervangers:
            gemuteerd = _pas_toe(data, plek, vervanger)
            schema_ja = validators[schemanaam].is_valid(gemuteerd)
            model_ja = _model_accepts(schemanaam, gemuteerd)
            aantal += 1
            if schema_ja != model_ja:
                oneens.append(f"{schemanaam} {'/'.join(map(str, plek))} = {vervanger!r}: "
                              f"schema {'accepts' if schema_ja else 'rejects'}, model "
                              f"{'accepts' if model_ja else 'rejects'}")
    assert aantal > 1000
    assert oneens == []
