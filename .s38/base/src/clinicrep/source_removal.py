"""Removing a source: its reviews, its row, and every secret it kept in the keyring.

The one way a source goes (the Sources dialog and ``clinicrep source remove`` both call
``remove_source``). Secrets go first: the keyring's index of names under the source (so a
cached access token goes too) and every name any kind is known to keep. Source ids are never
reused (the store's AUTOINCREMENT), so a secret the keyring could not delete is still never
read by a later source.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clinicrep.errors import NoSecureStorage, NotFound
from clinicrep.secrets import source_owner
from clinicrep.sources.registry import every_secret_name
from clinicrep.store.db import Database
from clinicrep.store.sources import delete_source, find_source

if TYPE_CHECKING:
    from clinicrep.secrets import TokenStore

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RemovedSource:
    source_id: int
    name: str
    secrets_removed: bool  # False: the keyring was locked or failing; the user is told


def forget_source_secrets(tokens: TokenStore, source_id: int) -> None:
    """Delete every secret of the source from the keyring (``NoSecureStorage`` if it fails)."""
    tokens.forget_owner(source_owner(source_id), every_secret_name())


def remove_source(db: Database, name_or_id: str | int, tokens: TokenStore) -> RemovedSource:
    """Remove the source called ``name_or_id`` (its name or number). ``NotFound`` if none."""
    source = find_source(db, str(name_or_id))
    if source is None or source.id is None:
        raise NotFound(f"no source {name_or_id!r}", name=str(name_or_id))
    removed = True
    try:
        forget_source_secrets(tokens, source.id)
    except NoSecureStorage:
        removed = False
        log.warning("source %s: the keyring could not delete its secrets", source.id)
    delete_source(db, source.id)
    log.info("source %s (%s) removed", source.id, source.kind.value)
    return RemovedSource(source.id, source.name, removed)
