"""Optional ``sources.yaml``: named sites with start URLs, domains and CSS selector overrides.

Shape (a list, or a mapping with a ``sources`` list)::

    sources:
      - name: Городская Дума Калуги
        start_urls: [https://www.duma-kaluga.ru/news/]
        allowed_domains: [duma-kaluga.ru]
        selectors: {title: "h1", date: ".news-date", body: ".news-detail"}
        schedule: "0 6 * * *"
        delay: 2  # seconds at least between two requests to the site (default DOWNLOAD_DELAY)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from crawler.urls import host_of, same_site

DEFAULT_FILE = "sources.yaml"
SELECTOR_KEYS = ("title", "date", "body")
MAX_DELAY = 3600  # a delay beyond an hour is a typo, not politeness


class SourceError(ValueError):
    """A sources file or source name the user has to fix."""


class SourcesFileMissing(SourceError, FileNotFoundError):
    """The sources file named explicitly does not exist (callers may treat it as empty)."""


@dataclass
class Source:
    name: str
    start_urls: list[str] = field(default_factory=list)
    allowed_domains: list[str] = field(default_factory=list)
    selectors: dict[str, str] = field(default_factory=dict)
    schedule: str | None = None
    alert_first_crawl: bool = False  # alert on the first crawl too, not only later ones
    delay: float | None = None  # the site's own DOWNLOAD_DELAY (crawler.site_delays)

    def domains(self) -> list[str]:
        return self.allowed_domains or sorted({host_of(u) for u in self.start_urls})


def config_path(config: str | os.PathLike | None = None) -> Path | None:
    """The sources file to read: ``config``, ``$DUMAWATCH_SOURCES`` or ./sources.yaml if any."""
    if config:
        return Path(config)
    env = os.environ.get("DUMAWATCH_SOURCES")
    if env:
        return Path(env)
    default = Path(DEFAULT_FILE)
    return default if default.exists() else None


def load_sources(config: str | os.PathLike | None = None) -> list[Source]:
    path = config_path(config)
    if path is None:
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourcesFileMissing(f"sources file {path} does not exist") from exc
    except OSError as exc:
        raise SourceError(f"cannot read sources file {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise SourceError(f"sources file {path} is not valid YAML: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("sources", [])
    if not isinstance(data, list):
        raise SourceError(f"sources file {path} must hold a list of sources")
    return [_source(entry, path, i) for i, entry in enumerate(data)]


def _source(entry: object, path: Path, i: int) -> Source:
    if not isinstance(entry, dict) or not entry.get("name"):
        raise SourceError(f"{path}: source #{i + 1} needs at least a name")
    urls = entry.get("start_urls") or []
    if isinstance(urls, str):
        urls = [urls]
    domains = entry.get("allowed_domains") or []
    if isinstance(domains, str):
        domains = [domains]
    selectors = entry.get("selectors") or {}
    if not isinstance(selectors, dict) or set(selectors) - set(SELECTOR_KEYS):
        raise SourceError(f"{path}: selectors of {entry['name']!r} may only be {SELECTOR_KEYS}")
    return Source(
        name=str(entry["name"]),
        delay=_delay(entry.get("delay"), path, str(entry["name"])),
        start_urls=[str(u) for u in urls],
        allowed_domains=[host_of(f"http://{d}/") for d in domains],
        selectors={k: str(v) for k, v in selectors.items() if v},
        schedule=entry.get("schedule"),
        alert_first_crawl=bool(entry.get("alert_first_crawl", False)),
    )


def _delay(value: object, path: Path, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_DELAY:
        raise SourceError(
            f"{path}: delay of {name!r} must be a number of seconds from 0 to {MAX_DELAY},"
            f" not {value!r}"
        )
    return float(value)


def find_source(name: str, config: str | os.PathLike | None = None) -> Source:
    if config_path(config) is None:
        raise SourceError(
            f"source {name!r} asked for but there is no {DEFAULT_FILE} (use --config)"
        )
    sources = load_sources(config)
    for source in sources:
        if source.name == name:
            return source
    known = ", ".join(s.name for s in sources) or "none"
    raise SourceError(f"no source named {name!r} in {config_path(config)} (known: {known})")


def source_for_url(url: str, sources: list[Source]) -> Source | None:
    """The configured source whose domains cover ``url`` (for its name and selectors)."""
    for source in sources:
        if same_site(url, source.domains()):
            return source
    return None
