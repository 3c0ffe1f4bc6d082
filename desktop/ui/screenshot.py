"""`python -m desktop.ui.screenshot --lang zh_CN --out FILE.png`: a picture of a page on demo data.

For looking at what users see (README, reviews). Runs offscreen; needs no display.
"""
from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.screenshot")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--page", default="trainees", help="home, trainees, employers, users or audit")
    parser.add_argument("--out", type=Path, default=Path("screenshot.png"))
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="skillbase-shot-"))
    os.environ.setdefault("SKILLBASE_HOME", str(folder))

    from desktop.services import accounts, database, demo
    from desktop.services.context import as_system
    from desktop.ui.app import create_qt_application
    from desktop.ui.main_window import MainWindow

    app, settings = create_qt_application(args.lang)
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    ctx = database.open_database(url)
    demo.fill_demo_data(as_system(ctx), scale=300)
    username, password, _role = demo.DEMO_ACCOUNTS[0]
    window = MainWindow(ctx.as_actor(accounts.log_in(ctx, username, password)), settings, database.describe(url))
    window.resize(1280, 800)
    window.show()
    window.show_page(args.page)
    app.processEvents()
    window.grab().save(str(args.out))
    print(args.out)
    database.close_database(ctx)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
