"""The user's changes to the reply templates: edits of bundled ones, their own, deletions.

The bundled templates are files (``guidelines.templates`` reads them); this table holds only
what the user changed, so a new program version can improve the defaults the user never touched.
"""

from __future__ import annotations

from dataclasses import dataclass

from clinicrep.model import utc_now
from clinicrep.store.db import Database, iso


@dataclass(slots=True)
class TemplateRow:
    language: str
    kind: str
    name: str
    text: str
    default_key: str | None = None  # the bundled template this row replaces or hides
    deleted: bool = False
    id: int | None = None


_COLUMNS = "id, language, kind, name, text, default_key, deleted"


def _row(row: tuple) -> TemplateRow:
    id_, language, kind, name, text, default_key, deleted = row
    return TemplateRow(language, kind, name, text, default_key, bool(deleted), id_)


def template_rows(db: Database, language: str) -> list[TemplateRow]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM reply_templates WHERE language = ? ORDER BY id", (language,)
    ).fetchall()
    return [_row(r) for r in rows]


def get_template_row(db: Database, row_id: int) -> TemplateRow | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM reply_templates WHERE id = ?", (row_id,)).fetchone()
    return _row(row) if row else None


def save_template_row(db: Database, row: TemplateRow) -> TemplateRow:
    """Insert or update; a row for a bundled template replaces any earlier one for it."""
    now = iso(utc_now())
    with db.transaction():
        if row.id is None and row.default_key is not None:
            existing = db.execute(
                "SELECT id FROM reply_templates WHERE language = ? AND default_key = ?",
                (row.language, row.default_key),
            ).fetchone()
            row.id = existing[0] if existing else None
        if row.id is None:
            cur = db.execute(
                "INSERT INTO reply_templates"
                " (language, kind, name, text, default_key, deleted, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    row.language,
                    row.kind,
                    row.name,
                    row.text,
                    row.default_key,
                    int(row.deleted),
                    now,
                ),
            )
            row.id = cur.lastrowid
        else:
            db.execute(
                "UPDATE reply_templates SET language = ?, kind = ?, name = ?, text = ?,"
                " default_key = ?, deleted = ?, updated_at = ? WHERE id = ?",
                (
                    row.language,
                    row.kind,
                    row.name,
                    row.text,
                    row.default_key,
                    int(row.deleted),
                    now,
                    row.id,
                ),
            )
    return row


def delete_template_row(db: Database, row_id: int) -> None:
    with db.transaction():
        db.execute("DELETE FROM reply_templates WHERE id = ?", (row_id,))


def forget_default_changes(db: Database, language: str | None = None) -> int:
    """Drop every edit and deletion of bundled templates (all languages when None)."""
    with db.transaction():
        if language is None:
            cur = db.execute("DELETE FROM reply_templates WHERE default_key IS NOT NULL")
        else:
            cur = db.execute(
                "DELETE FROM reply_templates WHERE default_key IS NOT NULL AND language = ?",
                (language,),
            )
    return cur.rowcount
