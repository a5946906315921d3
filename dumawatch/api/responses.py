"""Error responses as the OpenAPI schema documents them: always ``{"detail": ...}``."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class Error(BaseModel):
    detail: str


DESCRIPTIONS = {
    400: "unsafe or unusable target (e.g. a private-network URL)",
    401: "missing or wrong bearer token",
    403: "writes disabled: no $DUMAWATCH_API_TOKEN on the server",
    404: "not found",
    409: "conflicts with what is stored",
    503: "index backend or sources file unavailable",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": Error, "description": DESCRIPTIONS[code]} for code in codes}
