"""Browser-hardening headers on every response of the API and the web UI.

The pages load scripts, styles and images from this server only and run no inline script, so a
text that slipped through escaping still could not run; no other site may frame them
(clickjacking), browsers take every file for the type it is served as, and no page address
(filters, person names) leaks to linked sites through the Referer header.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dumawatch.api.docs import swagger_static

POLICY = (
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)
CDN = "https://cdn.jsdelivr.net"  # where FastAPI's Swagger page loads Swagger UI from
DOCS_PATH = "/docs"


def policy(*, docs: bool = False, local_swagger: bool = True) -> str:
    """The Content-Security-Policy value; ``docs`` for the Swagger UI page, which FastAPI's
    ``get_swagger_ui_html`` starts with an inline ``<script>`` (and whose files come from a CDN
    when the ``swagger-ui-py`` package is missing). That page shows only this API's own schema.
    """
    if not docs:
        return "; ".join(POLICY)
    cdn = "" if local_swagger else f" {CDN}"
    relaxed = {
        "script-src": f"script-src 'self' 'unsafe-inline'{cdn}",
        "style-src": f"style-src 'self'{cdn}",
    }
    return "; ".join(relaxed.get(rule.split()[0], rule) for rule in POLICY)


class SecurityHeaders:
    """Pure ASGI middleware (streamed exports pass through unbuffered) adding the headers to
    every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        local = swagger_static() is not None
        common = [
            (b"x-frame-options", b"DENY"),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
        ]
        self.headers = [(b"content-security-policy", policy().encode()), *common]
        self.docs_headers = [
            (b"content-security-policy", policy(docs=True, local_swagger=local).encode()),
            *common,
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.docs_headers if scope.get("path") == DOCS_PATH else self.headers

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in extra if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
