"""Interactive API docs at /docs served from local files, so they work without internet.

The Swagger UI files come from the ``swagger-ui-py`` package when it is installed; without it
/docs falls back to FastAPI's default page (which loads Swagger UI from a CDN).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles


def swagger_static() -> Path | None:
    try:
        import swagger_ui
    except ImportError:
        return None
    folder = Path(swagger_ui.__file__).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").exists() else None


def install(app: FastAPI) -> None:
    local = swagger_static()
    assets = {}
    if local is not None:
        app.mount("/static/swagger", StaticFiles(directory=local), name="swagger")
        assets = {
            "swagger_js_url": "/static/swagger/swagger-ui-bundle.js",
            "swagger_css_url": "/static/swagger/swagger-ui.css",
        }

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="dumawatch API",
            swagger_favicon_url="/static/favicon.svg",
            **assets,
        )
