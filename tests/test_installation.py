"""An installed clinicrep knows where it was installed from and notices a newer version put
in underneath it: side by side (the .deb, install.sh --user), in place (an unpacked folder,
Windows), and inside a macOS .app."""

from __future__ import annotations

from pathlib import Path

from clinicrep.installation import (
    UpgradeWatch,
    find_installation,
    installed_version,
    restart_options,
)


def _bundle(folder: Path, version: str, *, contents: str = "_internal") -> Path:
    (folder / contents).mkdir(parents=True)
    (folder / contents / "VERSION").write_text(version + "\n")
    program = folder / "clinicrep"
    program.write_text("")
    program.chmod(0o755)
    return program


def test_side_by_side_install_watches_the_current_link_not_its_own_folder(tmp_path: Path) -> None:
    run = tmp_path / "opt" / "clinicrep" / "run"
    old = _bundle(run / "0.1.0", "0.1.0")
    (run / "current").symlink_to("0.1.0")
    installation = find_installation(old, run / "0.1.0" / "_internal")
    watch = UpgradeWatch(installation, running="0.1.0")
    assert watch.newer_installed() is None

    # the .deb's postinst puts 0.1.1 beside it and switches the link
    _bundle(run / "0.1.1", "0.1.1")
    (run / "current.new").symlink_to("0.1.1")
    (run / "current.new").replace(run / "current")

    assert watch.newer_installed() == "0.1.1"
    # the restart starts the new version through the link, with this one's data folder
    assert watch.restart_command(["--data-dir", "/srv/clinic", "--smoke"]) == [
        str(run / "current" / "clinicrep"),
        "--data-dir",
        "/srv/clinic",
    ]
    # the running version's own files are where they were
    assert (run / "0.1.0" / "_internal" / "VERSION").read_text() == "0.1.0\n"


def test_started_through_a_link_on_the_path_it_still_finds_its_installation(
    tmp_path: Path,
) -> None:
    run = tmp_path / "opt" / "clinicrep" / "run"
    _bundle(run / "0.1.0", "0.1.0")
    (run / "current").symlink_to("0.1.0")
    command = tmp_path / "usr" / "bin" / "clinicrep"
    command.parent.mkdir(parents=True)
    command.symlink_to(run / "current" / "clinicrep")
    installation = find_installation(command, run / "current" / "_internal")
    assert installation.version_file == run / "current" / "_internal" / "VERSION"
    assert installation.launcher == run / "current" / "clinicrep"


def test_unpacked_folder_upgraded_in_place_is_noticed_by_its_own_version_file(
    tmp_path: Path,
) -> None:
    program = _bundle(tmp_path / "clinicrep-0.1.0", "0.1.0")
    installation = find_installation(program, tmp_path / "clinicrep-0.1.0" / "_internal")
    assert installation.launcher == program
    watch = UpgradeWatch(installation, running="0.1.0")
    assert watch.newer_installed() is None
    (tmp_path / "clinicrep-0.1.0" / "_internal" / "VERSION").write_text("0.2.0\n")
    assert watch.newer_installed() == "0.2.0"


def test_macos_app_keeps_its_version_beside_the_program_folder(tmp_path: Path) -> None:
    contents = tmp_path / "clinicrep.app" / "Contents"
    (contents / "Frameworks").mkdir(parents=True)
    (contents / "Frameworks" / "VERSION").write_text("0.1.0\n")
    (contents / "MacOS").mkdir()
    program = contents / "MacOS" / "clinicrep"
    program.write_text("")
    installation = find_installation(program, contents / "Frameworks")
    assert installation.version_file == contents / "Frameworks" / "VERSION"
    assert installation.launcher == program
    assert installed_version(installation) == "0.1.0"


def test_windows_folder_with_an_exe_is_watched_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "AppData" / "Local" / "Programs" / "clinicrep"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "VERSION").write_text("0.1.0\r\n")
    program = folder / "clinicrep.exe"
    program.write_text("")
    installation = find_installation(program, folder / "_internal")
    assert installation.launcher == program
    assert installed_version(installation) == "0.1.0"


def test_a_version_file_being_replaced_or_removed_is_not_taken_for_an_upgrade(
    tmp_path: Path,
) -> None:
    program = _bundle(tmp_path / "b", "0.1.0")
    watch = UpgradeWatch(find_installation(program, tmp_path / "b" / "_internal"), "0.1.0")
    (tmp_path / "b" / "_internal" / "VERSION").write_text("")
    assert watch.newer_installed() is None
    (tmp_path / "b" / "_internal" / "VERSION").unlink()
    assert watch.newer_installed() is None


def test_restart_keeps_the_data_folder_and_the_demo_but_not_a_self_test() -> None:
    assert restart_options(["--demo", "--smoke"]) == ["--demo"]
    assert restart_options(["--data-dir=/d", "--tray"]) == ["--data-dir=/d"]
    assert restart_options(["--data-dir"]) == []
    assert restart_options([]) == []
