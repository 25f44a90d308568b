"""Small helpers about links that the command line needs before anything heavy is loaded."""

from __future__ import annotations

import os
import re

ALLOW_LOCAL_ENV = "PLAINLEAF_ALLOW_LOCAL_FETCH"  # test-only: lets tests fetch from 127.0.0.1


def is_link(text: str) -> bool:
    """Looks like a link with a scheme (http://, https://, file://, ftp://, ...)."""
    return bool(re.match(r"(?i)^[a-z][a-z0-9+.-]*://", text.strip()))


def local_allowed(flag: bool = False) -> bool:
    return flag or os.environ.get(ALLOW_LOCAL_ENV) == "1"
