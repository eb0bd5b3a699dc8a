"""Polite HTTP for the fetchers: an on-disk cache with expiry, timeouts, retries with backoff, size limits."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .. import __version__

USER_AGENT = f"losstrack/{__version__} (research dataset of reported war losses; python-requests)"
#: Largest response body accepted (bytes); an Oryx page is ~10 MB, a full series JSON ~2 MB.
MAX_BYTES = 64 * 1024 * 1024
TIMEOUT = (10, 60)  # connect, read (seconds)


class FetchError(RuntimeError):
    """A request that failed for good (after retries), or a response that is too big or malformed; names the URL."""


def cache_dir() -> Path:
    """Where responses are cached: ``$LOSSTRACK_CACHE``, else ``$XDG_CACHE_HOME/losstrack``, else ``~/.cache/losstrack``."""
    env = os.environ.get("LOSSTRACK_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "losstrack"


def session(cache: Path | None | bool = None, expire_hours: float = 6, retries: int = 4,
            backoff: float = 1.0) -> requests.Session:
    """A requests session with the losstrack User-Agent, retries and (unless ``cache=False``) an on-disk cache.

    Retries cover connection errors and HTTP 429/500/502/503/504, waiting ``backoff`` × 2^n seconds
    (honouring ``Retry-After``). Cached responses expire after ``expire_hours``; a stale copy is used
    if the server then fails.
    """
    if cache is False:
        s = requests.Session()
    else:
        import requests_cache

        folder = Path(cache) if cache not in (None, True) else cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        s = requests_cache.CachedSession(
            str(folder / "http"), backend="sqlite", expire_after=dt.timedelta(hours=expire_hours),
            allowable_codes=(200,), stale_if_error=True,
        )
    retry = Retry(total=retries, connect=retries, read=retries, status=retries, backoff_factor=backoff,
                  status_forcelist=(429, 500, 502, 503, 504), allowed_methods=("GET", "HEAD"),
                  respect_retry_after_header=True, raise_on_status=False)
    adapter = HTTPAdapter(max_retries=retry)
    s.mount("https://", adapter)
    s.mount("http://", adapter)
    s.headers.update({"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})
    return s


def get(s: requests.Session, url: str, *, max_bytes: int = MAX_BYTES, timeout=TIMEOUT, params=None) -> requests.Response:
    """GET ``url``; returns the response with ``.content`` read, or raises :class:`FetchError` naming the URL."""
    try:
        r = s.get(url, timeout=timeout, stream=True, params=params)
    except requests.RequestException as exc:
        raise FetchError(f"{url}: request failed ({type(exc).__name__}: {exc})") from exc
    try:
        if r.status_code != 200:
            raise FetchError(f"{url}: HTTP {r.status_code} {r.reason or ''}".rstrip())
        declared = r.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"{url}: response of {int(declared):,} bytes exceeds the limit of {max_bytes:,}")
        body = bytearray()
        for chunk in r.iter_content(1 << 16):
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(f"{url}: response exceeds the limit of {max_bytes:,} bytes")
        r._content = bytes(body)
        r._content_consumed = True
        return r
    except requests.RequestException as exc:
        _forget(s, r)
        raise FetchError(f"{url}: reading the response failed ({exc})") from exc
    except FetchError:
        _forget(s, r)  # never serve a rejected response from the cache
        raise
    finally:
        r.close()


def _forget(s: requests.Session, r: requests.Response) -> None:
    cache = getattr(s, "cache", None)
    if cache is not None:
        try:
            cache.delete(urls=[r.url])
        except Exception:  # the cache is an optimisation; failing to prune it must not mask the error
            pass
