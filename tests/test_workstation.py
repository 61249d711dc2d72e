"""Each PC says who is using it: a name chosen once, kept in this PC's config folder."""

from __future__ import annotations

import os

import pytest

from clinicrep import paths, workstation


def test_a_new_pc_uses_the_login_name_until_a_name_is_chosen() -> None:
    first = workstation.current()
    assert first.name
    assert not first.chosen
    assert first.role is workstation.Role.OWNER


def test_the_chosen_name_and_role_are_kept_owner_only() -> None:
    workstation.choose("  Anna\n(desk)  ", workstation.Role.STAFF)
    again = workstation.current()
    assert again == workstation.Workstation("Anna (desk)", workstation.Role.STAFF, True)
    mode = os.stat(paths.config_dir() / workstation.FILE_NAME).st_mode & 0o777
    assert mode == 0o600


def test_an_empty_name_is_refused_and_a_damaged_file_falls_back_to_the_defaults() -> None:
    with pytest.raises(ValueError):
        workstation.choose(" \t ")
    (paths.config_dir() / workstation.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert not workstation.current().chosen
    assert len(workstation.clean_name("x" * 500)) == workstation.MAX_NAME
