"""The analysis and the guard compiled with mypyc in the installers' wheel, never in a
developer's tree.

A compiled module (``.so``/``.pyd``) in src/ would be imported instead of the ``.py`` beside it:
a developer's edits would silently not run. packaging/hatch_mypyc.py compiles in a temporary
copy, so src/ never holds one; the first test fails if any gets there.

The second (marked ``packaging``: a C build of about a minute, run with ``pytest -m
packaging``) builds the installers' wheel the way packaging/compiled_wheel.py does and checks
that its configured modules are compiled, that src/ stayed clean, and that the compiled
analysis says the same as the pure one of every review of a small mixed sample, and the
compiled guard finds the same as the pure one in a few replies.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
COMPILED_SUFFIXES = (".so", ".pyd", *importlib.machinery.EXTENSION_SUFFIXES)


def _compiled_in_src() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in SRC.rglob("*")
        if path.name.endswith(COMPILED_SUFFIXES)
    )


def _configured_modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["modules"]


def test_no_compiled_module_in_src() -> None:
    assert _compiled_in_src() == [], (
        "a compiled module in src/ shadows its .py: delete it (the installers' wheel is "
        "compiled by packaging/compiled_wheel.py, outside src/)"
    )


def test_every_configured_module_is_a_source_file() -> None:
    modules = _configured_modules()
    assert modules
    for module in modules:
        assert (ROOT / module).is_file(), f"pyproject.toml's mypyc hook names {module}"


# the reviews analysed on both sides: one of each kind the compiled modules read
_SAMPLE = [
    ("The doctor was kind and listened, but we waited two hours.", "", 2),
    ("Доктор очень внимательная, всё объяснила. Спасибо!", "", 5),
    ("Лікар нагрубив, реєстратура не бере слухавку.", "", 1),
    ("Bardzo miła obsługa, ale parking jest za mały.", "", 4),
    ("医生很耐心，但是排队时间太长了。", "", 3),
    ("Great.", "en", None),
    ("Severe pain after the extraction, nobody calls back. Urgent!", "", 1),
    ("#17", "", 5),
    # sentences far from any aspect's words stay unjudged (None) while the clauses near them
    # are read: compiled, a read of one typed as a judged clause raised TypeError (pmypyc30)
    (
        "We moved to the town last spring. The weather was grey and my son had a cold. "
        "The doctor was kind, but the wait was two hours.",
        "",
        3,
    ),
    (
        "Мы переехали сюда весной. Погода была серая, сын простудился. "
        "Врач добрый, но ждали два часа.",
        "",
        3,
    ),
]

_ANALYSE = """
import json, sys
from datetime import datetime
from clinicrep.analysis import lexicon
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review
out = {"lexicon": lexicon.__file__}
said = []
for text, lang, stars in json.loads(sys.argv[1]):
    review = Review(1, str(len(said)), datetime(2026, 1, 5), text=text, rating=stars)
    said.append(repr(analyse_review(review, fallback_language=lang, learned=False)))
out["said"] = said
print(json.dumps(out))
"""


# the replies the guard judges on both sides (with their review): one of each language, a
# leak and a good reply (the guard's modules are compiled too: issue 16, session 42)
_REPLIES = [
    ("en", "Thank you, Anna, for coming in on Monday for your tooth extraction.", "Great care."),
    ("en", "Thank you for your kind words, we are glad you felt welcome.", "Lovely staff."),
    ("ru", "Анна, спасибо, что пришли к нам в понедельник на удаление зуба.", "Хорошо."),
    ("uk", "Дякуємо за відгук! Раді, що вам у нас сподобалося.", "Дуже добре."),
    ("pl", "Pani Anno, dziękujemy za wizytę w poniedziałek na leczenie kanałowe.", "Polecam."),
    ("zh", "张女士，感谢您周一来我们诊所拔牙。", "很好。"),
]

_JUDGE = """
import json, sys
from clinicrep.guidelines import confidentiality
out = {"guard": confidentiality.__file__}
out["found"] = [
    [(f.code.value, f.start, f.end, f.text) for f in confidentiality.find_confidentiality_problems(
        reply, review_text=review, language=lang, reviewer_name="Anna")]
    for lang, reply, review in json.loads(sys.argv[1])
]
print(json.dumps(out, ensure_ascii=False))
"""


def _run(pythonpath: Path, script: str, sample: object) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(sample)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
    )
    return json.loads(result.stdout)


def _analysed(pythonpath: Path) -> dict[str, object]:
    return _run(pythonpath, _ANALYSE, _SAMPLE)


def _judged(pythonpath: Path) -> dict[str, object]:
    return _run(pythonpath, _JUDGE, _REPLIES)


@pytest.mark.packaging
def test_installers_wheel_is_compiled_and_says_the_same(tmp_path: Path) -> None:
    env = dict(os.environ, HATCH_BUILD_HOOK_ENABLE_CUSTOM="true", CLINICREP_MYPYC="required")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        env=env,
        check=True,
    )
    (wheel,) = tmp_path.glob("clinicrep-*.whl")
    assert not wheel.name.endswith("-none-any.whl")  # tagged for this Python and platform
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "unpacked")
    compiled = [n for n in names if n.endswith((".so", ".pyd"))]
    for module in _configured_modules():
        stem = module.removeprefix("src/").removesuffix(".py")
        assert any(n.startswith(stem + ".") for n in compiled), stem
        assert stem + ".py" in names  # the sources stay: rules_version() reads them
    assert any("__mypyc." in n for n in compiled)
    assert _compiled_in_src() == []

    pure = _analysed(SRC)
    fast = _analysed(tmp_path / "unpacked")
    assert str(pure["lexicon"]).endswith(".py")
    assert str(fast["lexicon"]).endswith((".so", ".pyd"))
    assert fast["said"] == pure["said"]

    pure = _judged(SRC)
    fast = _judged(tmp_path / "unpacked")
    assert str(pure["guard"]).endswith(".py")
    assert str(fast["guard"]).endswith((".so", ".pyd"))
    assert fast["found"] == pure["found"]
    assert pure["found"][0] and not pure["found"][1]  # a leak found, a good reply passed
