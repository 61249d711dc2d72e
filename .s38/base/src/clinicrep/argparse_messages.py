"""argparse's own words for a mistake on the command line ("unrecognized arguments: --bogus")
in the user's language. argparse takes them from gettext, which clinicrep does not use; while
``argparse_in_user_language()`` is open they come from clinicrep's Qt translations instead."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication


def _translated() -> dict[str, str]:
    """The messages a user can meet with clinicrep's parser, as argparse spells them (its
    placeholders, "%s" and "%(value)r", stay in the translation)."""

    return {
        "argument %(argument_name)s: %(message)s": QCoreApplication.translate(
            "CommandLine", "argument %(argument_name)s: %(message)s"
        ),
        "unrecognized arguments: %s": QCoreApplication.translate(
            "CommandLine", "unrecognized arguments: %s"
        ),
        "the following arguments are required: %s": QCoreApplication.translate(
            "CommandLine", "the following arguments are required: %s"
        ),
        "expected one argument": QCoreApplication.translate("CommandLine", "expected one argument"),
        "expected at most one argument": QCoreApplication.translate(
            "CommandLine", "expected at most one argument"
        ),
        "expected at least one argument": QCoreApplication.translate(
            "CommandLine", "expected at least one argument"
        ),
        "ambiguous option: %(option)s could match %(matches)s": QCoreApplication.translate(
            "CommandLine", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "invalid %(type)s value: %(value)r": QCoreApplication.translate(
            "CommandLine", "invalid %(type)s value: %(value)r"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": QCoreApplication.translate(
            "CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "ignored explicit argument %r": QCoreApplication.translate(
            "CommandLine", "ignored explicit argument %r"
        ),
    }


@contextmanager
def argparse_in_user_language() -> Iterator[None]:
    """argparse's messages from the installed translators (a message of another Python
    version's argparse that is not in the list stays in English)."""
    messages = _translated()
    saved = getattr(argparse, "_")  # noqa: B009  # not in argparse's type stubs
    setattr(argparse, "_", lambda text: messages.get(text) or saved(text))  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved)  # noqa: B010
