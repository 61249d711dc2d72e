"""Reading the platforms' timestamps (RFC 3339 and Graph's ``+0000`` form) as UTC datetimes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from clinicrep.errors import BadResponse

_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?"
    r"(Z|z|[+-]\d{2}:?\d{2})$"
)


def parse_timestamp(text: object, *, platform: str = "") -> datetime:
    """UTC datetime from ``...T10:00:00Z``, ``...00.123456789Z``, ``...+0000``, ``...+02:00``.

    0 to 9 fractional digits; digits past microseconds are cut. Anything else is a
    ``BadResponse`` (the platform sent what its documentation does not allow).
    """
    match = _RFC3339.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise BadResponse(f"{platform}: unreadable timestamp", platform=platform)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    if zone in ("Z", "z"):
        tz = UTC
    else:
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        moment = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tzinfo=tz
        )
    except ValueError as e:
        raise BadResponse(f"{platform}: impossible timestamp", platform=platform) from e
    return moment.astimezone(UTC)
