"""The index a crawl is started with reaches the crawl process whole: every backend option,
not only the Elasticsearch index name (real Elasticsearch, real crawl of the sample site)."""

from __future__ import annotations

import uuid

import pytest

from monitor.crawls import run_crawl
from monitor.state import open_state
from sample_site.catalog import ARTICLES
from sample_site.server import serve
from search.spool import Spool
from search.target import resolve_index
from tests.crawler.test_crawl_errors import FAST
from tests.es_server import elastic_backend, raw_client, server_url

pytestmark = pytest.mark.slow


def test_a_monitored_crawl_hands_the_spool_folder_to_the_crawl_process(
    request, tmp_path, monkeypatch
) -> None:
    """Elasticsearch reads but refuses writes: the crawl process parks the articles in the
    spool folder the index was given with, not in the default one."""
    name = f"spec-{uuid.uuid4().hex[:8]}"
    spool, default_spool = tmp_path / "given-spool", tmp_path / "default-spool"
    backend = elastic_backend(request, name, spool_dir=spool)
    backend.upsert([])
    indices = backend.indices()
    backend.close()
    es = raw_client()
    es.indices.put_settings(index=indices, settings={"index.blocks.write": True})
    monkeypatch.setenv("DUMAWATCH_SPOOL", str(default_spool))
    spec = resolve_index(server_url(), es_index=name, spool_dir=str(spool), cooldown=0, retries=0)
    try:
        with serve() as site, open_state(tmp_path / "state.db") as state:
            run = run_crawl(state, spec, [site.base_url + "/"], settings=FAST)
    finally:
        es.indices.put_settings(index=indices, settings={"index.blocks.write": False})
    assert run["status"] == "finished" and run["articles"] == len(ARTICLES)
    assert run["message"].startswith(
        f"статей отложено, пока Elasticsearch был недоступен: {len(ARTICLES)};"
    )
    given = Spool(spool)
    try:
        assert len(given) == len(ARTICLES)
    finally:
        given.close()
    assert not (default_spool / "spool.db").exists()
