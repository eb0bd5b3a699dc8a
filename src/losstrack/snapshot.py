"""Consistent dataset switches: every build writes a complete snapshot folder, then swaps one pointer.

Layout of a dataset folder ``data/``::

    data/snapshots/<build id>/claims.parquet, documents.parquet, ..., datapackage.json, manifest.json
    data/current               -> snapshots/<build id>     (a symlink, swapped atomically with rename)
    data/claims.parquet        -> current/claims.parquet   (so plain pd.read_parquet("data/claims.parquet") works)

A build that is killed before the swap leaves only a ``snapshots/.tmp-*`` folder that the next build
removes; readers keep seeing the previous snapshot, whole. Where symlinks are not available the
pointer is a small ``current`` text file and the top-level files are copies.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

from .store import _fsync_dir, atomic_write_bytes

SNAPSHOTS = "snapshots"
CURRENT = "current"
MANIFEST = "manifest.json"
#: Snapshots kept besides the current one (readers that resolved an older pointer keep working).
KEEP = 2
#: Files of a snapshot that are published at the top level of the dataset folder.
PUBLISHED = (".parquet", "datapackage.json")


def new_build_id() -> str:
    """A sortable, unique id for a build: UTC time to the microsecond plus the pid."""
    t = time.time()
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(t)) + f"{int(t % 1 * 1e6):06d}Z-{os.getpid()}"


def current_dir(out: str | os.PathLike) -> Path | None:
    """The folder of the current snapshot of ``out``, or None when ``out`` has no snapshot yet."""
    out = Path(out)
    ptr = out / CURRENT
    if ptr.is_symlink() or ptr.is_dir():
        target = ptr.resolve()
    elif ptr.is_file():
        target = out / SNAPSHOTS / ptr.read_text(encoding="utf-8").strip()
    else:
        return None
    return target if (target / MANIFEST).exists() else None


def read_manifest(out: str | os.PathLike) -> dict | None:
    """The manifest of the current snapshot (build id, provenance, tables, incremental state)."""
    cur = current_dir(out)
    return json.loads((cur / MANIFEST).read_text(encoding="utf-8")) if cur else None


def start(out: str | os.PathLike, build_id: str) -> Path:
    """Create the temporary folder a build writes its snapshot into (removing leftovers of killed builds).

    Call only while holding the store lock.
    """
    snaps = Path(out) / SNAPSHOTS
    snaps.mkdir(parents=True, exist_ok=True)
    for stale in snaps.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = snaps / f".tmp-{build_id}"
    tmp.mkdir()
    return tmp


def reuse(src: Path, dst: Path) -> None:
    """Put an unchanged file of the previous snapshot into the new one (hard link, else copy)."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _swap_link(link: Path, target: str, fallback_copy: Path | None = None) -> None:
    """Point ``link`` at ``target`` atomically (temp symlink + rename); copy or write a file if no symlinks."""
    if link.is_symlink() and os.readlink(link) == target:
        return
    tmp = link.with_name(f".{link.name}.{os.getpid()}.lnk")
    tmp.unlink(missing_ok=True)
    try:
        os.symlink(target, tmp)
    except OSError:  # no symlinks (e.g. Windows without developer mode)
        if fallback_copy is None:
            atomic_write_bytes(link, Path(target).name.encode())
        else:
            atomic_write_bytes(link, fallback_copy.read_bytes())
        return
    os.replace(tmp, link)


def commit(out: str | os.PathLike, tmp: Path, manifest: dict) -> Path:
    """Seal the snapshot in ``tmp`` and make it current: manifest, fsync, rename, swap the pointer.

    Until the pointer swap (one ``rename``) readers see the previous snapshot; after it, the new one.
    """
    out = Path(out)
    atomic_write_bytes(tmp / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True, default=str).encode())
    _fsync_dir(tmp)
    final = tmp.with_name(manifest["build_id"])
    os.replace(tmp, final)
    _fsync_dir(final.parent)
    _swap_link(out / CURRENT, f"{SNAPSHOTS}/{final.name}")
    _fsync_dir(out)
    publish(out)
    _gc(out, final)
    return final


def publish(out: str | os.PathLike) -> None:
    """(Re)create the top-level links ``out/<table>.parquet -> current/<table>.parquet``; drop stale ones."""
    out = Path(out)
    cur = current_dir(out)
    if cur is None:
        return
    names = {p.name for p in cur.iterdir() if p.name.endswith(PUBLISHED)}
    for name in sorted(names):
        _swap_link(out / name, f"{CURRENT}/{name}", fallback_copy=cur / name)
    for p in out.iterdir():
        if p.name.endswith(PUBLISHED) and p.name not in names and p.is_symlink():
            p.unlink(missing_ok=True)  # a table the current build no longer has


def _gc(out: Path, keep: Path) -> None:
    snaps = sorted((p for p in (out / SNAPSHOTS).iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    old = [p for p in snaps if p != keep][:-KEEP] if KEEP else [p for p in snaps if p != keep]
    for p in old:
        shutil.rmtree(p, ignore_errors=True)
