"""The documents registry: which source documents exist, and which of them a build must (re)parse.

Each document is keyed by its origin (path relative to the seeds folder, or ``documents/...`` for what
``losstrack fetch`` saved in the store). A document is parsed again when its bytes or its sidecar
changed, when the version of the parser that read it changed, when a newly installed parser would now
claim it, or when the vocabularies (category tree, synonyms, crosswalks, actors) changed. Everything
else is carried over from the previous snapshot.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from . import __version__
from .documents import DocumentError, SIDECAR_SUFFIXES, iter_paths, read_document
from .parsers import all_parsers, detect
from .schema import SCHEMA_VERSION
from .vocab import TAXONOMY_VERSION

#: Folder (inside the dataset folder) where ``losstrack fetch`` saves documents; the build reads it too.
DOCUMENTS = "documents"


@dataclass(frozen=True)
class Source:
    """One document file as found on disk (not yet read)."""

    origin: str
    path: Path
    root: Path
    sha256: str
    meta_sha256: str | None

    def state(self) -> dict:
        return {"sha256": self.sha256, "meta_sha256": self.meta_sha256}


@dataclass
class Plan:
    """What a build has to do: documents to parse, to carry over unchanged, and origins removed."""

    parse: list[Source] = field(default_factory=list)
    carry: list[Source] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)

    @property
    def nothing_to_do(self) -> bool:
        return not self.parse and not self.removed


def _sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _sidecar(path: Path) -> Path | None:
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            return side
    return None


def scan(seeds: Path, documents: Path | None = None, exclude: Path | None = None) -> list[Source]:
    """Every document under ``seeds`` (origin: relative path) and ``documents`` (origin ``documents/...``).

    Files under ``exclude`` (the dataset folder, when it sits inside ``seeds``) are skipped, except
    ``documents``.
    """
    out = []
    skip = Path(exclude).resolve() if exclude else None
    for root, prefix in ((Path(seeds), ""), (Path(documents) if documents else None, f"{DOCUMENTS}/")):
        if root is None or not root.is_dir():
            continue
        for p in iter_paths(root):
            if prefix == "" and skip is not None and skip in p.resolve().parents:
                continue
            side = _sidecar(p)
            out.append(Source(prefix + p.relative_to(root).as_posix(), p, root, _sha(p), _sha(side) if side else None))
    return out


def vocab_fingerprint() -> str:
    """A hash of everything besides the parser that decides what claims a document gives."""
    h = hashlib.sha256(f"{__version__}|{SCHEMA_VERSION}|{TAXONOMY_VERSION}".encode())
    data = resources.files("losstrack") / "data"
    for p in sorted(Path(str(data)).rglob("*")):
        if p.is_file() and p.suffix in (".csv", ".json", ".yaml"):
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def parsers_fingerprint() -> str:
    """A hash of the installed parsers and their priorities (detection may pick another parser if it changes)."""
    specs = sorted(f"{s.tag}@{s.priority}" for s in all_parsers().values())
    return hashlib.sha256("|".join(specs).encode()).hexdigest()[:16]


def _parser_changed(tag: str | None, src: Source, redetect: bool) -> str | None:
    """Why a document whose bytes did not change must be parsed again (None: carry it over)."""
    parsers = all_parsers()
    if tag is not None:
        name = tag.split("/")[0]
        if name not in parsers:
            return f"parser {tag} is no longer installed"
        if parsers[name].tag != tag:
            return f"parser changed {tag} → {parsers[name].tag}"
    if not redetect:
        return None
    try:
        spec = detect(read_document(src.path, src.root))
    except DocumentError:
        return None  # still unreadable: the recorded failure stands
    now = spec.tag if spec else None
    return None if now == tag else f"now detected by {now} (was {tag})"


def plan(sources: list[Source], manifest: dict | None, full: bool = False) -> Plan:
    """Compare what is on disk with the previous build's manifest and decide what to parse."""
    out = Plan()
    state = (manifest or {}).get("state", {})
    everything = None
    if full:
        everything = "full rebuild requested"
    elif manifest is None:
        everything = "no previous build"
    elif manifest.get("vocab") != vocab_fingerprint():
        everything = "vocabularies or schema changed"
    redetect = manifest is not None and manifest.get("parsers") != parsers_fingerprint()
    for src in sources:
        prev = state.get(src.origin)
        if everything:
            why = everything
        elif prev is None:
            why = "new"
        elif prev.get("sha256") != src.sha256:
            why = "content changed"
        elif prev.get("meta_sha256") != src.meta_sha256:
            why = "metadata changed"
        else:
            why = _parser_changed(prev.get("parser"), src, redetect)
        if why:
            out.parse.append(src)
            out.reasons[src.origin] = why
        else:
            out.carry.append(src)
    seen = {s.origin for s in sources}
    out.removed = sorted(o for o in state if o not in seen)
    return out
