"""A rotating log file in the user log folder, shared by the GUI and the command line."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from db.engine import log_dir

LOG_FILE_NAME = "skillbase.log"


def configure_logging(level: int = logging.INFO) -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
