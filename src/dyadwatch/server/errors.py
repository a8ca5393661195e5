"""One error shape for every failure the API and the pages report.

``{"error": {"status": 404, "code": "not_found", "message": "no event with id ..."}}``: the
status repeated, a stable machine-readable code, and a message that says what to do.
"""

from __future__ import annotations

from typing import Any

#: HTTP status -> the error code clients can rely on.
CODES = {400: "bad_request", 401: "unauthorized", 403: "read_only", 404: "not_found",
         405: "method_not_allowed", 413: "too_large", 422: "invalid_parameter",
         500: "internal_error", 503: "unavailable"}


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    """The JSON body of an error response."""
    return {"error": {"status": status, "code": code or CODES.get(status, "error"),
                      "message": message}}


class ApiError(Exception):
    """An error the API reports with the shared shape."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "error")
