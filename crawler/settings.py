"""Scrapy settings for the dumawatch crawler: polite by default, tolerant of broken pages."""

BOT_NAME = "dumawatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "dumawatch/0.1 (+https://github.com/dumawatch/dumawatch; municipal news research)"

# Politeness
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
# 0.55 s, not 0.5: requests leave a few tens of milliseconds early or late, so at exactly 0.5 s
# three could land inside one second at the site (benchmarks/many_sites_bench.py saw 3 in
# 0.98 s); the margin keeps every site at ≤ 2 requests in any second.
DOWNLOAD_DELAY = 0.55
# The delay is a floor: Scrapy's default ±50% jitter let two requests to one site come 0.25 s
# apart (3 in one second; benchmarks/many_sites_bench.py).
DOWNLOAD_DELAY_JITTER = 0
# The delay runs from when a request's download starts, not from when it left the site's
# queue a (possibly slow) turn of the event loop earlier: see crawler/downloader.py.
DOWNLOADER = "crawler.downloader.PoliteDownloader"
# Requests waiting out a site's delay count towards CONCURRENT_REQUESTS, so at 8 no more than
# 8 sites advanced at once: 20 sites in one crawl got 0.41 requests/s each and 5.8 articles/s
# in all. 64 lets dozens of sites keep their own pace together; what one site gets is still
# bounded by the delay and CONCURRENT_REQUESTS_PER_DOMAIN, unchanged.
CONCURRENT_REQUESTS = 64
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Outputs of one callback processed at once. A page yields at most one article, so Scrapy's
# 100 only costs: it starts that many asyncio tasks for every response and every failed or
# refused request (10,995 requests refused by robots.txt took 38 CPU s at 100, 20 s at 16).
CONCURRENT_ITEMS = 16
DOWNLOAD_TIMEOUT = 30
TWISTED_DNS_RESOLVER = "crawler.resolver.GuardedResolver"  # Scrapy's, + BLOCK_PRIVATE_NETWORKS

# Faults: retry server errors and timeouts, follow redirects, cap page size
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 10
METAREFRESH_ENABLED = True
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # also bounds what a body or a sitemap.xml.gz unpacks to
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
HTTPCACHE_ENABLED = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False  # no control ports on a crawler box
REMOTE_CONTROL_ENABLED = False
DEPTH_LIMIT = 0  # page budget (MAX_PAGES) and URL patterns bound a crawl, not depth

# Scheduling: request priorities in the spider put articles before further listing pages
DEPTH_PRIORITY = 0

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.PrivateNetworkGuardMiddleware": 760,  # after HttpProxyMiddleware
    "crawler.middlewares.RobotsTxtReuseMiddleware": 120,  # after RobotsTxtMiddleware (100)
    "crawler.middlewares.PageBudgetMiddleware": 150,
    "crawler.middlewares.ConditionalRequestMiddleware": 560,
    "crawler.encoding.CharsetMiddleware": 585,  # after decompression (590), before meta refresh
    "crawler.middlewares.SkipNonHtmlMiddleware": 950,
}
ADDONS = {
    "crawler.addons.SharedFrontier": 0,  # REDIS_URL set: the frontier moves to Redis
}
EXTENSIONS = {
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.site_delays.SiteAutoThrottle": 0,  # a source's `delay` is its site's floor
    "crawler.crawl_context.CrawlContext": 0,  # the index and crawl state, opened once a crawl
    "crawler.middlewares.ProgressReporter": 500,
}
ITEM_PIPELINES = {
    "crawler.pipelines.CleanPipeline": 100,
    "crawler.pipelines.DedupePipeline": 200,
    "crawler.pipelines.ExtractPipeline": 300,
    "crawler.pipelines.IndexPipeline": 400,
}

# dumawatch's own settings
INDEX_ENABLED = True
INDEX_SPEC = None  # a search.target.IndexSpec (crawler.run.crawl); wins over the next three
INDEX_TARGET = None  # None: $DUMAWATCH_INDEX or sqlite:///dumawatch.db
INDEX_OPTIONS = {}  # passed to search.open_index (e.g. Elasticsearch user, password, ca)
ES_INDEX = None  # Elasticsearch index/alias name (default $DUMAWATCH_ES_INDEX or "dumawatch")
INDEX_BATCH_SIZE = 20
EXTRACTION_ENABLED = True
EXTRACTION_MODULE = "extraction"  # any module with extract(text, published_at) and a version
EXTRACTION_WORKERS = None  # worker processes for extraction; None: one per core, 0: in-process
# Added to the extraction workers' niceness (0: the crawl's own). The event loop times every
# site's requests and should get the CPU the moment it wakes; extraction can wait in its queue
# (batches then grow, which costs less per text). 20 sites x 100 articles on a loaded machine:
# 27.4-28.1 -> 29.2-29.5 articles/s, each site 1.57-1.62 -> 1.68-1.70 requests/s
# (benchmarks/many_sites_bench.py); 10 did no better and starves extraction more under load.
EXTRACTION_NICE = 5
EXTRACTION_BATCH_SIZE = None  # most articles sent to a worker at once (batches form under load);
# None: crawler.extract_pool.BATCH_SIZE, which `dumawatch extract` uses too
MAX_PAGES = None  # stop issuing requests after this many (--max-pages)
MAX_PAGES_PER_SITE = 20_000  # requests to one site (host) per crawl; 0: no limit
MAX_LINKS_PER_PAGE = 10_000  # <a href> read on one page; the rest ignored (and never an article)
LINKS_TIME_BUDGET = 5.0  # CPU seconds one page may spend sorting its links; 0: no limit
LISTING_PATIENCE = 5  # listing pages in a row without a new article before pagination stops
BLOCK_PRIVATE_NETWORKS = False  # True: no request to loopback/private addresses (API crawls)
MIN_BODY_CHARS = 200
SOURCES_FILE = None  # None: $DUMAWATCH_SOURCES or ./sources.yaml when present
INCREMENTAL = True  # conditional requests + early stop on known listings (needs the index)
CRAWL_STATE_FILE = None  # None: beside a SQLite index (duma.db -> duma.crawl-state.db)
SITEMAPS_ENABLED = True  # sitemaps named in robots.txt
FEEDS_ENABLED = True  # RSS/Atom feeds linked from pages or at the usual paths
REDIS_URL = None  # e.g. redis://127.0.0.1:6379/0: processes of one crawl share its frontier
REDIS_CRAWL_KEY = None  # names the shared crawl in Redis; None: derived from the start URLs
PROGRESS_ENABLED = True
PROGRESS_INTERVAL = 2.0  # seconds between progress lines
PROGRESS_STATS = False  # print a stats summary at the end (crawl() does; `scrapy crawl` logs them)

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
