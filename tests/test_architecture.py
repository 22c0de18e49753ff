"""The shape of the package (wegwijzer/README.md): packages by concern in floors, each importing only
the floors below it; small modules; hooks that hold MkDocs events only."""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PAKKET = ROOT / "wegwijzer"
# Bottom to top. A module may import its own package and the packages below it, never one above.
VERDIEPINGEN = ("content", "translations", "pages", "checks", "build")
MAX_REGELS = 300


def _modules() -> dict[str, Path]:
    uit = {}
    for pad in sorted(PAKKET.rglob("*.py")):
        delen = pad.relative_to(ROOT).with_suffix("").parts
        uit[".".join(delen[:-1] if delen[-1] == "__init__" else delen)] = pad
    return uit


def _imports(pad: Path) -> set[str]:
    uit = set()
    for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
        if isinstance(knoop, ast.ImportFrom):
            assert knoop.level == 0, f"{pad}: relative import; write 'from wegwijzer.<package>.<module> import'"
            if knoop.module and knoop.module.startswith("wegwijzer"):
                uit |= {f"{knoop.module}.{a.name}" for a in knoop.names} | {knoop.module}
        elif isinstance(knoop, ast.Import):
            uit |= {a.name for a in knoop.names if a.name.startswith("wegwijzer")}
    return uit


def verdieping(module: str) -> int:
    """The floor of a module: its package's place in VERDIEPINGEN; the top level (cli) above them all."""
    delen = module.split(".")
    return VERDIEPINGEN.index(delen[1]) if len(delen) > 1 and delen[1] in VERDIEPINGEN else len(VERDIEPINGEN)


def pijlen_omhoog(modules: dict[str, Path]) -> list[str]:
    return [f"{m} imports {d}" for m, pad in modules.items() for d in sorted(_imports(pad))
            if d in modules and verdieping(d) > verdieping(m)]


def test_no_package_imports_a_package_above_it():
    modules = _modules()
    assert {m.split(".")[1] for m in modules if m.count(".") >= 2} == set(VERDIEPINGEN)
    assert pijlen_omhoog(modules) == []


def test_the_floor_check_sees_an_arrow_up(tmp_path):
    nep = tmp_path / "loader.py"
    nep.write_text("from wegwijzer.pages.site import bouw_site\n", encoding="utf-8")
    modules = _modules() | {"wegwijzer.content.loader": nep}
    assert pijlen_omhoog(modules) == ["wegwijzer.content.loader imports wegwijzer.pages.site"]


def test_no_module_is_longer_than_300_lines():
    lang = {m: n for m, pad in _modules().items() if (n := len(pad.read_text(encoding="utf-8").splitlines())) > MAX_REGELS}
    assert lang == {}


def test_the_command_line_only_parses_arguments():
    boom = ast.parse((PAKKET / "cli.py").read_text(encoding="utf-8"))
    assert [f.name for f in boom.body if isinstance(f, ast.FunctionDef)] == ["main"]


def test_hooks_hold_mkdocs_events_only():
    for pad in (ROOT / "hooks").glob("*.py"):
        boom = ast.parse(pad.read_text(encoding="utf-8"))
        functies = [f.name for f in boom.body if isinstance(f, ast.FunctionDef)]
        assert [f for f in functies if not (f.startswith("on_") or f.startswith("_"))] == [], pad
        assert not [k for k in boom.body if isinstance(k, ast.ClassDef)], pad
