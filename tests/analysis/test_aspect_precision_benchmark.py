"""benchmarks/aspect_precision.py: one aspect's precision and recall per language, the tuning
parts, the own frozen parts and the fresh probes' frozen thirds apart, the blind sets unread."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _write(folder: Path, name: str, rows: list[tuple[str, dict[str, str]]]) -> None:
    lines = [
        json.dumps(
            {
                "id": f"{name}-{n}",
                "platform": "google",
                "rating": 4,
                "text": text,
                "overall": "positive",
                "aspects": aspects,
            }
        )
        for n, (text, aspects) in enumerate(rows, 1)
    ]
    (folder / f"aspects_en_{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_communication_counted_per_pool_and_blind_sets_never_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    told = {"communication": "positive"}
    _write(tmp_path, "tune", [("The doctor explained everything clearly.", told)])
    # a probe of the fresh kind: its third row is its frozen third, labelled communication the
    # reading does not find ("The nurse was lovely." names no communication)
    _write(
        tmp_path,
        "probe38a",
        [
            ("The nurse was lovely.", {"nurse": "positive"}),
            ("The doctor explained the results clearly.", told),
            ("The nurse was lovely.", told),
        ],
    )
    # a blind set: unreadable, so the run fails if it is ever opened
    (tmp_path / "aspects_en_check3.jsonl").write_text("not json\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    for name in ("aspect_precision", "analysis_accuracy"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    import analysis_accuracy
    import aspect_precision

    monkeypatch.setattr(analysis_accuracy, "ASPECT_SETS", tmp_path)
    monkeypatch.setattr(aspect_precision, "ASPECT_SETS", tmp_path)

    assert aspect_precision.main(["communication"]) == 0

    out = capsys.readouterr().out
    assert re.search(r"en communication tune +found P=1\.000 R=1\.000 \(tp 2 fp 0 fn 0\)", out)
    assert re.search(r"en communication frozen found P=0\.000 R=0\.000 \(tp 0 fp 0 fn 1\)", out)
    assert re.search(r"en communication fresh +found P=0\.000 R=0\.000 \(tp 0 fp 0 fn 1\)", out)
    assert not re.search(r"^(ru|uk|pl|zh) ", out, re.M)
