"""Bearer-token guard for writes (start a crawl, edit watchlists or sources).

The token is read from ``$DUMAWATCH_API_TOKEN`` at request time; with no token configured every
write is refused, so a server started without one is read-only rather than open.
"""

from __future__ import annotations

import os
import secrets

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

TOKEN_ENV = "DUMAWATCH_API_TOKEN"

bearer = HTTPBearer(auto_error=False, description="Token from $DUMAWATCH_API_TOKEN")


def require_token(
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),  # noqa: B008
) -> None:
    expected = os.environ.get(TOKEN_ENV, "")
    if not expected:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"writes are disabled: the server has no {TOKEN_ENV} set",
        )
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "missing bearer token (Authorization: Bearer <token>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not secrets.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "wrong bearer token",
            headers={"WWW-Authenticate": "Bearer"},
        )
