"""Runs ../shared/tools/check-layers with clinicrep's own list of the layers below ui/.

The shared tool knows the layers of the first architecture; the services added since
(publishing, importing, monitoring, demo, settings, ...) are listed in pyproject.toml under
[tool.clinicrep.layers] and added to its list here, so that a widget import in any of them
is reported too. The tool is found at ../shared/tools/check-layers beside the checkout (as
in CI), or where CLINICREP_SHARED_DIR points.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def find_tool() -> Path:
    candidates = []
    if os.environ.get("CLINICREP_SHARED_DIR"):
        candidates.append(Path(os.environ["CLINICREP_SHARED_DIR"]))
    candidates += [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    for folder in candidates:
        tool = folder / "tools" / "check-layers"
        if tool.is_file():
            return tool
    raise SystemExit(
        "check-layers not found in "
        + ", ".join(str(c) for c in candidates)
        + " (set CLINICREP_SHARED_DIR to the shared/ folder)"
    )


def main(root: Path = ROOT) -> int:
    tool = find_tool()
    loader = importlib.machinery.SourceFileLoader("check_layers", str(tool))
    spec = importlib.util.spec_from_loader("check_layers", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    extra = config["tool"]["clinicrep"]["layers"]["below_ui"]
    module.BELOW_UI = tuple(dict.fromkeys([*module.BELOW_UI, *extra]))
    sys.argv = [str(tool), str(root)]
    return int(module.main())


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))
