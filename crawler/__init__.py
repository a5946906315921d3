"""The generic news crawler: Scrapy project (settings, items, spiders, pipelines, middlewares)
plus `crawler.run.crawl()` to run it from Python; see crawler/README.md."""
