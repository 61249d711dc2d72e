"""Rules of the code that a reader relies on, checked over every module: no import cycles,
the window publishes only through the publishing service, every connector can be closed."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from clinicrep.model import Platform, Source, SourceKind
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import Connector, SourceContext
from clinicrep.sources.registry import KINDS, connector_for
from clinicrep.store import Database
from clinicrep.store.sources import add_source

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "clinicrep"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every import, at the top or inside a function ("" for ``import m``)."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.extend((node.module, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend((alias.name, "") for alias in node.names)
    return found


def test_no_module_imports_another_that_imports_it_back() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for name, path in MODULES.items():
        for module, member in imports_of(path):
            for target in (f"{module}.{member}", module):
                if target in MODULES and target != name:
                    graph[name].add(target)
                    break
    cycles: list[list[str]] = []

    def walk(node: str, trail: list[str], done: set[str]) -> None:
        for nxt in sorted(graph[node]):
            if nxt in trail:
                cycles.append(trail[trail.index(nxt) :] + [nxt])
            elif nxt not in done:
                walk(nxt, [*trail, nxt], done)
        done.add(node)

    done: set[str] = set()
    for start in sorted(graph):
        if start not in done:
            walk(start, [start], done)
    assert cycles == []


CONNECTOR_CLASSES = {
    (f"clinicrep.sources.{info.module}", info.class_name) for info in KINDS.values()
}
REPLY_PLUMBING = {"connector_for", "opened_connector", "publish", "delete_published_reply",
                  "reconcile_sending", "settle_sending"}  # fmt: skip
# Only where the user types or signs in a source's secret does the window touch it.
SECRET_DIALOGS = {"clinicrep.ui.sources_dialog"}
# The inbox, the review and the reply: nothing of the keyring at all.
REVIEW_WORK = {"clinicrep.ui.main_window", "clinicrep.ui.inbox_model",
               "clinicrep.ui.review_pane", "clinicrep.ui.reply_editor"}  # fmt: skip


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m.startswith("clinicrep.ui.")))
def test_the_window_reaches_platforms_only_through_the_services(name: str) -> None:
    for module, member in imports_of(MODULES[name]):
        assert (module, member) not in CONNECTOR_CLASSES, f"{name} builds a connector"
        assert member not in REPLY_PLUMBING, f"{name} imports {member} from {module}"
        if name not in SECRET_DIALOGS:
            assert member != "source_owner", f"{name} reads a source's secrets"
        if name in REVIEW_WORK:
            assert module != "clinicrep.secrets", f"{name} reaches the keyring"


def connector_methods() -> list[str]:
    return sorted(n for n, v in vars(Connector).items() if callable(v) and not n.startswith("_"))


@pytest.mark.parametrize("kind", sorted(k for k, info in KINDS.items() if info.available()))
def test_every_connector_follows_the_protocol_and_can_be_closed_twice(
    db: Database, kind: str
) -> None:
    assert {"fetch", "publish_reply", "lookup", "close"} <= set(connector_methods())
    source = add_source(db, Source(kind=SourceKind(kind), name=kind, platform=Platform.OTHER))
    connector = connector_for(SourceContext(source=source, tokens=TokenStore()))
    for method in connector_methods():
        member = getattr(connector, method, None)
        assert callable(member), f"{kind} lacks {method}()"
        assert (
            list(inspect.signature(member).parameters)
            == list(inspect.signature(getattr(Connector, method)).parameters)[1:]
        ), f"{kind}.{method} differs from the protocol"
    connector.close()
    connector.close()
