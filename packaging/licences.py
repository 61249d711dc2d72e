"""Writes the .deb's copyright file: every component in the bundle with its licence.

Run by packaging/build_linux.sh with the Python that built the bundle:
    python packaging/licences.py BUNDLE INSTALLED_AT DOC_DIR
BUNDLE is the PyInstaller folder (dist/clinicrep), INSTALLED_AT the path it has in the package
(opt/clinicrep/package/0.1.0), DOC_DIR the package's usr/share/doc/clinicrep. Writes
DOC_DIR/copyright (machine-readable, DEP-5) and DOC_DIR/licences/<component>/ with each
component's own licence files, taken from:
- the Python distributions whose modules are in the bundle (their installed metadata:
  License-Expression, License, classifiers, License-File),
- Python itself (libpython and the standard library),
- the system libraries the bundle copied from the build host (their Debian package's copyright),
- the libraries a wheel carries in its ``<name>.libs/`` folder (psycopg-binary's libpq with
  OpenSSL, Kerberos, OpenLDAP, Cyrus SASL ...): each named in WHEEL_LIBRARIES below,
- clinicrep's resources that carry a licence of their own (the CJK font).
Fails when a bundled component has no licence to name: nothing ships unaccounted for.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

# licences whose full text Debian keeps in /usr/share/common-licenses
COMMON_LICENCES = {
    "Apache-2.0": "Apache-2.0",
    "GPL-2.0-only": "GPL-2",
    "GPL-3.0-only": "GPL-3",
    "LGPL-2.1-only": "LGPL-2.1",
    "LGPL-2.1-or-later": "LGPL-2.1",
    "LGPL-2.0-or-later": "LGPL-2",
    "LGPL-3.0-only": "LGPL-3",
    "MPL-2.0": "MPL-2.0",
    "CC0-1.0": "CC0-1.0",
}
CLASSIFIER_LICENCES = {
    "MIT License": "MIT",
    "BSD License": "BSD-3-Clause",
    "Apache Software License": "Apache-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "Python Software Foundation License": "PSF-2.0",
}
FREE_TEXT_LICENCES = {
    "apache license, version 2.0": "Apache-2.0",
    "apache 2.0": "Apache-2.0",
    "mit": "MIT",
    "bsd": "BSD-3-Clause",
}
# the host libraries PyInstaller copies (Debian's copyright files name several licences, one
# per part of the source; this is the one of the library itself)
DEBIAN_LIBRARY_LICENCES = {
    "libbz2-1.0": "bzip2-1.0.6",
    "libffi8": "MIT",
    "libgcc-s1": "GPL-3.0-or-later WITH GCC-exception-3.1",
    "liblzma5": "public-domain",
    "libsqlite3-0": "public-domain",
    "libssl3": "Apache-2.0",
    "libstdc++6": "GPL-3.0-or-later WITH GCC-exception-3.1",
    "libuuid1": "BSD-3-Clause",
    "libzstd1": "BSD-3-Clause OR GPL-2.0-only",
    "zlib1g": "Zlib",
}
# wheels that carry no licence file to read the holder from
KNOWN_COPYRIGHT = {
    "pyside6-essentials": ["2016-2025 The Qt Company Ltd. and other contributors"],
    "shiboken6": ["2016-2025 The Qt Company Ltd. and other contributors"],
}


@dataclass(frozen=True)
class WheelLibrary:
    """A library a wheel bundles (auditwheel renamed libfoo.so.N to libfoo-<hash>.so.N)."""

    component: str  # the project it is built from: one paragraph per project
    licence: str  # SPDX expression (Debian's name where SPDX has none)
    debian: str  # the build host's Debian package of the same project: its copyright file
    # carries the licence text the wheel does not (same project, same licence)
    note: str = ""
    version: bytes = b""  # a pattern whose group 1 is the version, read from the library
    rpm: str = ""  # the name auditwheel's SBOM gives its package (the version from there)
    libpq: bool = False  # the version is what psycopg reports (libpq has no version string)
    extra_licence_files: tuple[str, ...] = ()  # in packaging/licences/


# psycopg-binary's psycopg_binary.libs/: libpq and what it links to, built by psycopg's
# tools/build/build_libpq.sh (libpq, OpenSSL, OpenLDAP, Kerberos) on manylinux2014 (CentOS 7:
# Cyrus SASL, keyutils, e2fsprogs' com_err and glibc's libcrypt from its RPMs). Keyed by
# the library's name and major version: libcom_err.so.2 is e2fsprogs', .so.3 Kerberos' own.
KRB5 = WheelLibrary(
    "MIT Kerberos",
    "MIT",
    "libkrb5-3",
    "GSSAPI/Kerberos sign-in for libpq (gssencmode). Kerberos' NOTICE: MIT's permission "
    "notice and those of the parts it includes; Debian's copy of krb5's copyright holds them.",
    version=rb"krb5-(\d+\.\d+(?:\.\d+)?)-final",
)
OPENSSL = WheelLibrary(
    "OpenSSL",
    "Apache-2.0",
    "libssl3",
    "TLS for libpq (sslmode require / verify-full). OpenSSL 3 is under the Apache License 2.0.",
    version=rb"OpenSSL (\d+\.\d+\.\d+)",
)
OPENLDAP = WheelLibrary(
    "OpenLDAP",
    "OLDAP-2.8",
    "libldap-2.5-0",
    "libpq's LDAP look-up of connection parameters (ldap:// service files).",
)
WHEEL_LIBRARIES: dict[str, dict[str, WheelLibrary]] = {
    "psycopg_binary.libs": {
        "libpq.so.5": WheelLibrary(
            "libpq",
            "PostgreSQL",
            "libpq5",
            "PostgreSQL's client library, the one psycopg talks to the server through.",
            libpq=True,
        ),
        "libssl.so.3": OPENSSL,
        "libcrypto.so.3": OPENSSL,
        "libgssapi_krb5.so.2": KRB5,
        "libkrb5.so.3": KRB5,
        "libk5crypto.so.3": KRB5,
        "libkrb5support.so.0": KRB5,
        "libcom_err.so.3": KRB5,
        "libldap.so.2": OPENLDAP,
        "liblber.so.2": OPENLDAP,
        "libsasl2.so.3": WheelLibrary(
            "Cyrus SASL",
            "BSD-4-clause",
            "libsasl2-2",
            "SASL for OpenLDAP. Carnegie Mellon's licence (Debian names it BSD-4-clause).",
            rpm="cyrus-sasl-lib",
        ),
        "libkeyutils.so.1": WheelLibrary(
            "keyutils",
            "LGPL-2.0-or-later",
            "libkeyutils1",
            "The kernel key store, for Kerberos' credential caches; the library (keyutils.*) "
            "is under the GNU LGPL 2 or later.",
            version=rb"keyutils-(\d+\.\d+(?:\.\d+)?)",
            rpm="keyutils-libs",
        ),
        "libcom_err.so.2": WheelLibrary(
            "com_err (e2fsprogs)",
            "MIT",
            "libcom-err2",
            "Error tables for Cyrus SASL. e2fsprogs' lib/et is under M.I.T. S.I.P.B.'s "
            "permission notice (e2fsprogs' NOTICE: an MIT-style licence): com_err.txt.",
            rpm="libcom_err",
            extra_licence_files=("com_err.txt",),
        ),
        "libcrypt.so.1": WheelLibrary(
            "libcrypt (GNU C Library)",
            "LGPL-2.1-or-later",
            "libc6",
            "Password hashing for Cyrus SASL, from CentOS 7's GNU C Library.",
        ),
    },
}

LICENCE_TEXTS = Path(__file__).resolve().parent / "licences"  # notices no package carries
LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)


@dataclass
class Component:
    name: str
    version: str
    licence: str  # SPDX expression
    files: list[str]  # DEP-5 Files: patterns, relative to the package root
    copyright: list[str] = field(default_factory=list)
    licence_files: list[Path] = field(default_factory=list)
    comment: str = ""


def bundled_top_level_names(bundle: Path) -> set[str]:
    """Top-level Python packages and modules in the bundle (its archive and its folder)."""
    from PyInstaller.archive.readers import CArchiveReader

    names: set[str] = set()
    archive = CArchiveReader(str(bundle / "clinicrep"))
    for entry in archive.toc:
        if entry.endswith(".pyz"):
            names |= {n.split(".")[0] for n in archive.open_embedded_archive(entry).toc}
    internal = bundle / "_internal"
    for path in internal.iterdir():
        names.add(path.name.split(".")[0])
    return names


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        known = FREE_TEXT_LICENCES.get(text.lower())
        if known:
            return known
        if re.fullmatch(r"[A-Za-z0-9.\-+ ()]+", text) and ("-" in text or " OR " in text):
            return text  # already SPDX-like: "LGPL-3.0-only OR GPL-2.0-only"
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            name = classifier.rsplit(" :: ", 1)[1]
            if name in CLASSIFIER_LICENCES:
                return CLASSIFIER_LICENCES[name]
    raise SystemExit(f"licences.py: {dist.metadata['Name']} {dist.version} names no licence")


def licence_files_of(dist: metadata.Distribution) -> list[Path]:
    found = []
    for file in dist.files or []:
        if (
            LICENCE_FILE.search(str(file))
            and ".dist-info/" in str(file)
            or (LICENCE_FILE.search(str(file)) and str(file).count("/") <= 1)
        ):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append(path)
    return found


def copyright_lines(paths: list[Path], fallback: str) -> list[str]:
    lines: list[str] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            line = line.strip().strip("#*").strip()
            if re.match(r"(?i)^(copyright\s*(\(c\)|©)?|\(c\)|©)\s*\d{4}", line) and len(line) < 160:
                if line not in lines:
                    lines.append(line)
    return lines[:8] or [fallback]


def python_components(bundle: Path, root: str) -> list[Component]:
    names = bundled_top_level_names(bundle)
    by_name = metadata.packages_distributions()
    dists: dict[str, metadata.Distribution] = {}
    for name in names:
        for dist_name in by_name.get(name, []):
            if dist_name.lower() not in {"clinicrep", "pyinstaller"}:
                dists.setdefault(dist_name.lower(), metadata.distribution(dist_name))
    components = []
    for dist in sorted(dists.values(), key=lambda d: d.metadata["Name"].lower()):
        name = dist.metadata["Name"]
        key = re.sub(r"[-_.]+", "-", name.lower())  # PySide6_Essentials -> pyside6-essentials
        top = sorted({n for n, ds in by_name.items() if name in ds and n in names})
        patterns = []
        internal = bundle / "_internal"
        for module in top:
            if (internal / module).is_dir():
                patterns.append(f"{root}/_internal/{module}/*")
            patterns += [
                f"{root}/_internal/{p.name}"
                for p in sorted(internal.glob(f"{module}.*"))
                if p.is_file()
            ]
        if key == "numpy" and (internal / "numpy.libs").is_dir():
            patterns.append(f"{root}/_internal/numpy.libs/*")  # OpenBLAS, gfortran (in LICENSE.txt)
        if key in {"pyside6-essentials", "shiboken6"}:
            lib = "libpyside6" if "pyside" in key else "libshiboken6"
            patterns.append(f"{root}/_internal/{lib}*")
        licence = licence_of(dist)
        comment = (
            f"Python distribution {name} {dist.version}, licence from its metadata: {licence}."
        )
        if " OR " in licence and "LGPL-3.0-only" in licence:
            comment += " Used under LGPL-3.0-only; its Qt libraries are replaceable in place."
            licence = "LGPL-3.0-only"
        files = licence_files_of(dist)
        if not patterns:  # pure Python, all of it in the program file's archive
            patterns = [f"{root}/clinicrep"]
            comment += " Its modules are inside the program file's archive."
        components.append(
            Component(
                name=name,
                version=dist.version,
                licence=licence,
                files=patterns,
                copyright=KNOWN_COPYRIGHT.get(key) or copyright_lines(files, f"the {name} authors"),
                licence_files=files,
                comment=comment,
            )
        )
        if key == "pyside6-essentials":
            components.append(_icu(bundle, root))
    return components


def _icu(bundle: Path, root: str) -> Component:
    """ICU, shipped inside the PySide6 wheel (Qt's text handling): Unicode's licence."""
    icu = sorted((bundle / "_internal" / "PySide6" / "Qt" / "lib").glob("libicu*"))
    version = re.sub(r".*\.so\.", "", icu[0].name) if icu else ""
    debian = sorted(Path("/usr/share/doc").glob("libicu[0-9]*/copyright"))
    return Component(
        name="ICU",
        version=version,
        licence="Unicode-DFS-2016",
        files=[f"{root}/_internal/PySide6/Qt/lib/libicu*"],
        copyright=["2016-2023 Unicode, Inc. and others"],
        licence_files=debian[:1],
        comment="International Components for Unicode, part of the Qt for Python wheel. The "
        "licence text is Debian's copy from its own ICU package (the same licence). Qt's own "
        "documentation (Licenses Used in Qt) lists the third-party code inside the Qt libraries.",
    )


def python_itself(bundle: Path, root: str) -> Component:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    licence = stdlib / "LICENSE.txt"
    # the standard library's modules, as files of their own when the bundle has no archive
    modules = []
    for path in sorted((bundle / "_internal").iterdir()):
        name = path.name.split(".")[0]
        if name in sys.stdlib_module_names:
            modules.append(f"{root}/_internal/{path.name}" + ("/*" if path.is_dir() else ""))
    return Component(
        name="Python",
        version=sys.version.split()[0],
        licence="PSF-2.0",
        files=[
            f"{root}/_internal/libpython*",
            f"{root}/_internal/python3*/*",
            f"{root}/_internal/base_library.zip",
            f"{root}/clinicrep",
            *modules,
        ],
        copyright=["2001-2024 Python Software Foundation"],
        licence_files=[licence] if licence.is_file() else [],
        comment="The Python interpreter and standard library. The program file is PyInstaller's "
        "bootloader (GPL-2.0-or-later with an exception that allows it in any program).",
    )


def system_libraries(bundle: Path, root: str) -> list[Component]:
    """Libraries PyInstaller copied from the build host: named by their Debian package."""
    internal = bundle / "_internal"
    packages: dict[str, list[str]] = {}
    for lib in sorted(internal.glob("lib*.so*")):
        if lib.is_symlink() or lib.name.startswith(("libpython", "libpyside6", "libshiboken6")):
            continue
        owner = _debian_package_of(lib.name)
        if owner is None:
            raise SystemExit(f"licences.py: no Debian package owns {lib.name}: name its licence")
        packages.setdefault(owner, []).append(f"{root}/_internal/{lib.name}")
    components = []
    for package, files in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
        ).stdout.strip()
        components.append(
            Component(
                name=package,
                version=version,
                licence=DEBIAN_LIBRARY_LICENCES.get(package) or _debian_licence(copyright_file),
                files=files,
                copyright=copyright_lines([copyright_file], f"the {package} authors"),
                licence_files=[copyright_file] if copyright_file.is_file() else [],
                comment=f"From Debian's package {package} {version} on the build host.",
            )
        )
    return components


def wheel_libraries(bundle: Path, root: str) -> list[Component]:
    """The libraries wheels carry in ``<name>.libs/`` (and their links in _internal/), one
    paragraph per project they come from (WHEEL_LIBRARIES); numpy's are in its own paragraph
    (its LICENSE.txt covers OpenBLAS and gfortran). An unknown library stops the build."""
    internal = bundle / "_internal"
    by_name = metadata.packages_distributions()
    components = []
    for folder in sorted(internal.glob("*.libs")):
        if folder.name == "numpy.libs":
            continue
        table = WHEEL_LIBRARIES.get(folder.name)
        if table is None:
            raise SystemExit(f"licences.py: name the libraries of {folder.name} in WHEEL_LIBRARIES")
        dist_name = (by_name.get(folder.name.removesuffix(".libs")) or [""])[0]
        dist = metadata.distribution(dist_name) if dist_name else None
        wheel = f"{dist.metadata['Name']} {dist.version}" if dist else folder.name
        rpm_versions = _sbom_versions(dist) if dist else {}
        grouped: dict[WheelLibrary, list[Path]] = {}
        for lib in sorted(folder.iterdir()):
            library = table.get(_library_key(lib.name))
            if library is None:
                raise SystemExit(
                    f"licences.py: {folder.name}/{lib.name} is not in WHEEL_LIBRARIES: "
                    "name the project it comes from and its licence"
                )
            grouped.setdefault(library, []).append(lib)
        for library, libs in grouped.items():
            files = []
            for lib in libs:
                files.append(f"{root}/_internal/{folder.name}/{lib.name}")
                if (internal / lib.name).is_symlink():  # PyInstaller's link beside libpython
                    files.append(f"{root}/_internal/{lib.name}")
            copyright_file = Path("/usr/share/doc") / library.debian / "copyright"
            if not copyright_file.is_file():
                raise SystemExit(
                    f"licences.py: install {library.debian} on the build machine: its "
                    f"copyright file has the licence text of {library.component}"
                )
            own = [LICENCE_TEXTS / name for name in library.extra_licence_files]
            version = _wheel_library_version(library, libs, rpm_versions)
            comment = (
                f"{library.component}{' ' + version if version else ''}, inside the Python "
                f"wheel {wheel} ({', '.join(lib.name for lib in libs)}). {library.note} "
                + (
                    f"Beside it, the copyright file of Debian's {library.debian} package."
                    if own
                    else f"The licence text is the build machine's copy from Debian's "
                    f"{library.debian} package (the same project under the same licence)."
                )
            )
            components.append(
                Component(
                    name=library.component,
                    version=version,
                    licence=library.licence,
                    files=files,
                    copyright=copyright_lines(
                        own + [copyright_file], f"the {library.component} authors"
                    ),
                    licence_files=own + [copyright_file],
                    comment=comment,
                )
            )
    return components


def _library_key(filename: str) -> str:
    """libcom_err-2abe824b.so.2.1 -> libcom_err.so.2 (auditwheel's hash dropped)."""
    found = re.match(r"(lib[A-Za-z0-9_+]+)(?:-[0-9a-f]{8,})?\.so\.(\d+)", filename)
    return f"{found[1]}.so.{found[2]}" if found else filename


def _sbom_versions(dist: metadata.Distribution) -> dict[str, str]:
    """Package name -> version from auditwheel's SBOM in the wheel's metadata, if any."""
    import json

    versions: dict[str, str] = {}
    for file in dist.files or []:
        if str(file).endswith(".cdx.json"):
            try:
                bom = json.loads(Path(str(dist.locate_file(file))).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            for part in bom.get("components", []):
                if str(part.get("purl", "")).startswith("pkg:rpm/"):
                    versions[part.get("name", "")] = part.get("version", "")
    return versions


def _wheel_library_version(
    library: WheelLibrary, libs: list[Path], rpm_versions: dict[str, str]
) -> str:
    if library.rpm and library.rpm in rpm_versions:
        return rpm_versions[library.rpm]
    if library.libpq:
        try:
            import psycopg

            if psycopg.pq.__impl__ == "binary":
                return psycopg.pq.version_pretty(psycopg.pq.version())
        except ImportError:
            return ""
    if library.version:
        for lib in libs:
            found = re.search(library.version, lib.read_bytes())
            if found:
                return found[1].decode("ascii", "replace")
    return ""


def _debian_package_of(soname: str) -> str | None:
    for folder in (
        "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
        "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib", "/lib",
    ):  # fmt: skip
        path = Path(folder) / soname
        if not path.exists():
            continue
        real = path.resolve()
        # merged /usr: dpkg may know the file under /lib or under /usr/lib
        for candidate in {
            path,
            real,
            Path(str(real).removeprefix("/usr")),
            Path("/usr" + str(real)),
        }:
            done = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
            if done.returncode == 0:
                return done.stdout.split(":")[0].strip()
    return None


def _debian_licence(copyright_file: Path) -> str:
    """The licence of a machine-readable Debian copyright file's first Files paragraph."""
    try:
        text = copyright_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    found = re.findall(r"(?m)^License:\s*(\S.*)$", text) if text.startswith("Format:") else []
    if not found:
        raise SystemExit(f"licences.py: name the licence of {copyright_file.parent.name} in "
                         "DEBIAN_LIBRARY_LICENCES")  # fmt: skip
    return found[0].strip()


def resources(root: str, source_root: Path) -> list[Component]:
    fonts = source_root / "resources" / "fonts"
    return [
        Component(
            name="WenQuanYi Micro Hei",
            version="",
            licence="Apache-2.0",
            files=[f"{root}/_internal/resources/fonts/*"],
            copyright=["2007-2010 WenQuanYi Board of Trustees and contributors"],
            licence_files=[fonts / "LICENSE-Apache-2.0.txt"],
            comment="The CJK font clinicrep ships so that Chinese reviews show everywhere.",
        )
    ]


def write(components: list[Component], doc_dir: Path, root: str) -> None:
    licences_dir = doc_dir / "licences"
    shutil.rmtree(licences_dir, ignore_errors=True)
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: clinicrep",
        "Comment: Written by packaging/licences.py from the metadata of every component in",
        " the bundle. Each component's own licence files are in",
        " /usr/share/doc/clinicrep/licences/<component>/.",
        "",
        "Files: *",
        "Copyright: clinicrep authors",
        "License: proprietary",
        " clinicrep itself; all rights reserved by its authors.",
        "",
    ]
    used: set[str] = set()
    for c in components:
        target = licences_dir / re.sub(r"[^A-Za-z0-9._+-]", "_", c.name)
        copied = []
        for path in c.licence_files:
            target.mkdir(parents=True, exist_ok=True)
            name = (
                path.name
                if not (target / path.name).exists()
                else f"{path.parent.name}-{path.name}"
            )
            shutil.copyfile(path, target / name)
            copied.append(f"/usr/share/doc/clinicrep/licences/{target.name}/{name}")
        out.append("Files: " + "\n ".join(c.files))
        out.append("Copyright: " + "\n ".join(c.copyright))
        out.append(f"License: {c.licence}")
        comment = c.comment + (" Licence files: " + ", ".join(copied) + "." if copied else "")
        out.append("Comment: " + _wrap(comment))
        out.append("")
        used |= licences_in(c.licence)
    for licence in sorted(used):
        out.append(f"License: {licence}")
        if licence in COMMON_LICENCES:
            out.append(
                " On Debian systems the full text is in"
                f" /usr/share/common-licenses/{COMMON_LICENCES[licence]}."
            )
        else:
            out.append(" The full text, as each component words it, is in its folder under")
            out.append(
                " /usr/share/doc/clinicrep/licences/ (see the Comment of its Files paragraph)."
            )
        out.append("")
    (doc_dir / "copyright").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def licences_in(expression: str) -> set[str]:
    """The licences an SPDX expression names (not its operators, not WITH's exceptions)."""
    words = re.findall(r"[A-Za-z0-9.+-]+", expression)
    return {
        w for i, w in enumerate(words)
        if w not in {"OR", "AND", "WITH"} and (i == 0 or words[i - 1] != "WITH")
    }  # fmt: skip


def _wrap(text: str, width: int = 78) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n ".join(lines)


def main() -> None:
    bundle, root, doc_dir = Path(sys.argv[1]), sys.argv[2].strip("/"), Path(sys.argv[3])
    source_root = Path(__file__).resolve().parent.parent
    components = [python_itself(bundle, root)]
    components += python_components(bundle, root)
    components += system_libraries(bundle, root)
    components += wheel_libraries(bundle, root)
    components += resources(root, source_root)
    doc_dir.mkdir(parents=True, exist_ok=True)
    write(components, doc_dir, root)
    print(f"licences.py: {len(components)} components in {doc_dir / 'copyright'}")


if __name__ == "__main__":
    main()
