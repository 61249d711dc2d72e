"""Reply templates: the bundled ones (resources/templates/<language>.toml), the user's changes
(``store.templates``), and filling one in for a review (``suggest_reply``).

Placeholders: {greeting}, {first_name}, {practice_name}, {contact}, {contact_phone},
{contact_email}, {signer}. The reviewer is named by first name only, and only where their
public display name has one: a full name in a reply identifies a patient.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from clinicrep.guidelines.kinds import ReplyKind, classify_review
from clinicrep.guidelines.lexicon import LANGUAGES, normalise_language
from clinicrep.guidelines.vocative import addressed_name
from clinicrep.model import Review
from clinicrep.paths import resource
from clinicrep.settings import Settings
from clinicrep.store.db import Database
from clinicrep.store.templates import (
    TemplateRow,
    delete_template_row,
    forget_default_changes,
    save_template_row,
    template_rows,
)

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Display names that are not a person's name ("A Google user", "Anonymous", ...).
_NOT_NAMES = {
    "a", "anonymous", "anon", "google", "user", "guest", "patient", "client", "customer",
    "reviewer", "аноним", "анонимно", "пользователь", "гость", "пациент", "клиент", "анонім",
    "користувач", "гість", "пацієнт", "anonim", "anonimowy", "użytkownik", "gość", "pacjent",
    "klient",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    """A template as the user sees it in the library."""

    key: str  # "default:<language>:<key>" for a bundled one, "user:<id>" for the user's own
    language: str
    kind: ReplyKind
    name: str
    text: str
    default_key: str | None = None  # the bundled template this is, edited or not
    customised: bool = False  # a bundled template the user has edited


@dataclass(frozen=True, slots=True)
class _Bundle:
    fill: dict[str, str]
    templates: tuple[ReplyTemplate, ...]


@cache
def _bundle(language: str) -> _Bundle:
    with resource("templates", f"{language}.toml").open("rb") as f:
        data = tomllib.load(f)
    templates = tuple(
        ReplyTemplate(
            key=f"default:{language}:{t['key']}",
            language=language,
            kind=ReplyKind(t["kind"]),
            name=t["name"],
            text=t["text"],
            default_key=t["key"],
        )
        for t in data.get("templates", [])
    )
    return _Bundle(fill={k: str(v) for k, v in data.get("fill", {}).items()}, templates=templates)


def bundled_templates(language: str) -> list[ReplyTemplate]:
    """The templates that ship with the program for ``language`` (en, ru, uk, pl, zh)."""
    return list(_bundle(normalise_language(language)).templates)


def list_templates(db: Database, language: str) -> list[ReplyTemplate]:
    """The library for one language: bundled templates with the user's edits, then their own."""
    code = normalise_language(language)
    rows = template_rows(db, code)
    changed = {r.default_key: r for r in rows if r.default_key is not None}
    result: list[ReplyTemplate] = []
    for template in _bundle(code).templates:
        row = changed.get(template.default_key or "")
        if row is None:
            result.append(template)
        elif not row.deleted:
            result.append(
                ReplyTemplate(
                    key=template.key,
                    language=code,
                    kind=ReplyKind(row.kind),
                    name=row.name,
                    text=row.text,
                    default_key=template.default_key,
                    customised=True,
                )
            )
    result.extend(_from_row(r) for r in rows if r.default_key is None and not r.deleted)
    return result


def _from_row(row: TemplateRow) -> ReplyTemplate:
    return ReplyTemplate(
        key=f"user:{row.id}",
        language=row.language,
        kind=ReplyKind(row.kind),
        name=row.name,
        text=row.text,
    )


def add_template(
    db: Database, language: str, kind: ReplyKind, name: str, text: str
) -> ReplyTemplate:
    row = save_template_row(
        db,
        TemplateRow(language=normalise_language(language), kind=kind.value, name=name, text=text),
    )
    return _from_row(row)


def update_template(
    db: Database, template: ReplyTemplate, *, name: str, text: str, kind: ReplyKind | None = None
) -> ReplyTemplate:
    """Change a template; a bundled one keeps its place and can be restored later."""
    new_kind = kind or template.kind
    if template.default_key is not None:
        save_template_row(
            db,
            TemplateRow(
                language=template.language,
                kind=new_kind.value,
                name=name,
                text=text,
                default_key=template.default_key,
            ),
        )
        return ReplyTemplate(
            template.key, template.language, new_kind, name, text, template.default_key, True
        )
    row = TemplateRow(template.language, new_kind.value, name, text, id=_row_id(template))
    return _from_row(save_template_row(db, row))


def delete_template(db: Database, template: ReplyTemplate) -> None:
    """Remove from the library; a bundled one is hidden until the defaults are restored."""
    if template.default_key is not None:
        save_template_row(
            db,
            TemplateRow(
                language=template.language,
                kind=template.kind.value,
                name=template.name,
                text=template.text,
                default_key=template.default_key,
                deleted=True,
            ),
        )
    else:
        delete_template_row(db, _row_id(template))


def restore_default_templates(db: Database, language: str | None = None) -> None:
    """Bring back the bundled templates as shipped; the user's own templates stay."""
    forget_default_changes(db, normalise_language(language) if language else None)


def _row_id(template: ReplyTemplate) -> int:
    prefix, _, number = template.key.partition(":")
    if prefix != "user" or not number.isdigit():
        raise ValueError(f"not a user template: {template.key}")
    return int(number)


# -- filling in ------------------------------------------------------------------
def reviewer_first_name(author: str) -> str:
    """The first name in a public display name, or '' where there is none to use.

    "Maria G." -> "Maria"; "A Google User", "user1987" and names in Han characters -> ''
    (a Chinese name cannot be split into a first name safely).
    """
    words = author.split()
    if not words or len(words) > 3:
        return ""
    first = words[0].strip(",.")
    if not first.isalpha() or len(first) < 2 or not first[0].isupper() or first.isupper():
        return ""
    if any(w.strip(",.").casefold() in _NOT_NAMES for w in words):
        return ""
    if re.search(r"[\u4e00-\u9fff]", first):
        return ""
    return first


def reply_language(review: Review) -> str:
    """The language to answer in: the review's, when clinicrep has templates for it."""
    detected = review.analysis.language if review.analysis else ""
    code = normalise_language(detected or review.language_hint)
    return code if code in LANGUAGES else "en"


def contact_pattern(fill: Mapping[str, str], settings: Settings) -> str:
    """The bank's contact sentence (unfilled) for what the practice gave: phone and e-mail,
    one of them, or neither."""
    phone, email = settings.contact_phone.strip(), settings.contact_email.strip()
    if phone and email:
        pattern = fill["contact_both"]
    elif phone:
        pattern = fill["contact_phone_only"]
    elif email:
        pattern = fill["contact_email_only"]
    else:
        pattern = fill["contact_none"]
    return pattern


def fill_template(text: str, *, language: str, settings: Settings, review: Review) -> str:
    """Put the practice's details and the reviewer's first name into a template."""
    fill = _bundle(normalise_language(language)).fill
    # an address: "Вітаємо, Андрію!", "Panie Andrzeju" (guidelines/vocative.py)
    first_name = addressed_name(reviewer_first_name(review.author), normalise_language(language))
    practice = settings.practice_name.strip()
    contact = contact_pattern(fill, settings)
    values = {
        "first_name": first_name,
        "practice_name": practice or fill["practice_name"],
        "contact_phone": settings.contact_phone.strip(),
        "contact_email": settings.contact_email.strip(),
    }
    values["greeting"] = _substitute(
        fill["greeting_named"] if first_name else fill["greeting"], values
    )
    values["contact"] = _substitute(contact, values)
    signer = settings.signer.strip() or (fill["signer_named"] if practice else fill["signer"])
    values["signer"] = _substitute(signer, values)
    filled = _substitute(text, values)
    # A {first_name} the user typed into their own template, with no name to put there.
    return re.sub(r"[ \t]+([,!.，！])", r"\1", filled).strip()


def _substitute(text: str, values: dict[str, str]) -> str:
    """Known placeholders only: other braces a user typed stay as they are."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def templates_for_reply(db: Database, review: Review, kind: ReplyKind) -> list[ReplyTemplate]:
    """The library's templates of ``kind`` in the language ``review`` is answered in: the
    bundled one first, then the practice's own, which she picks from when there are several."""
    return [t for t in list_templates(db, reply_language(review)) if t.kind == kind]


def suggest_reply(
    review: Review,
    settings: Settings,
    *,
    db: Database | None = None,
    kind: ReplyKind | None = None,
) -> str:
    """A first draft for ``review``: the template of its kind, in its language, filled in.

    With ``db`` the user's edited library is used, else the bundled templates. Returns '' when
    the user deleted every template of that kind.
    """
    language = reply_language(review)
    wanted = kind or classify_review(review)
    library = list_templates(db, language) if db is not None else bundled_templates(language)
    for template in library:
        if template.kind == wanted:
            return fill_template(template.text, language=language, settings=settings, review=review)
    return ""
