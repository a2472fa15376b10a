"""Data in and out from the command line: `flask --app pwa import-data …`, `export-oruk`,
`export-csv`. The work is in pwa/queries/ (feeds, importing, oruk, export)."""
import json
import sys
from datetime import date
from pathlib import Path
from urllib.request import Request, urlopen

import click
from flask import current_app
from flask_babel import force_locale
from sqlmodel import Session

from pwa import ROOT, labels
from pwa.queries import export, feeds, importing, oruk

DEFAULT_MAP = ROOT / "data" / "import" / "taxonomy-map.csv"
NEEDS_FILE = ROOT / "data" / "demo" / "needs.json"
FORMATS = ("oruk3", "oruk1", "csv", "app")


def fetch_json(url: str, timeout: int = 60):
    """One page of a feed. Only http(s): a feed is never a local file by surprise."""
    if not url.startswith(("http://", "https://")):
        raise click.UsageError(f"Not a web address: {url}")
    request = Request(url, headers={"Accept": "application/json", "User-Agent": "send-local-offer-importer"})
    with urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked above)
        return json.loads(response.read().decode("utf-8"))


def read_feed(fmt: str, location: str) -> importing.Feed:
    """The records of a feed given as a URL (paged) or a file or folder of files."""
    if location.startswith(("http://", "https://")):
        if fmt not in ("oruk3", "oruk1"):
            raise click.UsageError("Only Open Referral feeds can be read from a web address.")
        def on_page(page, total):
            click.echo(f"Read page {page}" + (f" of {total}" if total else ""), err=True)
        if fmt == "oruk3":
            return feeds.from_v3(feeds.fetch_v3(location, fetch_json, on_page=on_page))
        return feeds.from_v1(feeds.fetch_v1(location, fetch_json, on_page=on_page))
    path = Path(location)
    if not path.exists():
        raise click.UsageError(f"No such file or folder: {location}")
    if fmt == "app":
        return feeds.from_app_files(path)
    if fmt == "csv":
        return feeds.from_csv(path.read_text(encoding="utf-8-sig"))
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    services = []
    for file in files:
        document = json.loads(file.read_text(encoding="utf-8"))
        services += (feeds.v3_services if fmt == "oruk3" else feeds.v1_services)(document)
    return (feeds.from_v3 if fmt == "oruk3" else feeds.from_v1)(services)


def provider_labels() -> dict:
    with force_locale("en"):
        return {code: str(text) for code, text in labels.PROVIDER_TYPES.items()}


def init_app(app):
    @app.cli.command("import-data")
    @click.argument("fmt", metavar="FORMAT", type=click.Choice(FORMATS))
    @click.argument("location")
    @click.option("--source", "source_name", help="The feed's name, kept with every record it brings "
                  "(default: the address or file name). Use the same name every time.")
    @click.option("--dry-run", is_flag=True, help="Report what would change and change nothing.")
    @click.option("--overwrite", is_flag=True, help="Replace entries an editor changed since the last import.")
    @click.option("--map", "map_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                  default=DEFAULT_MAP, show_default=True,
                  help="CSV mapping the feed's taxonomy to needs, kinds of support and provider type.")
    @click.option("--provider-type", default="voluntary", show_default=True,
                  type=click.Choice(sorted(oruk.PROVIDER_TYPES)),
                  help="For services whose kind of provider the feed and the map do not give.")
    def import_data(fmt, location, source_name, dry_run, overwrite, map_file, provider_type):
        """Import a directory: FORMAT is oruk3, oruk1, csv or app; LOCATION a web address
        (Open Referral feeds, read page by page) or a file or folder. Safe to run again."""
        from pwa.cli import upgrade

        upgrade(current_app)
        feed = read_feed(fmt, location)
        source = source_name or (location.rstrip("/") if location.startswith(("http://", "https://"))
                                 else Path(location).name)
        with Session(current_app.extensions["engine"]) as session:
            importing.ensure_vocabularies(session, json.loads(NEEDS_FILE.read_text(encoding="utf-8")))
            with click.progressbar(length=len(feed), label=f"Importing {source}", file=sys.stderr) as bar:
                summary = importing.apply(session, feed, source, today=date.today(),
                                          taxonomy_map=importing.TaxonomyMap.read(map_file),
                                          default_provider=provider_type, overwrite=overwrite,
                                          dry_run=dry_run, progress=bar.update)
        for line in summary.rejected:
            click.echo(f"Rejected: {line}")
        for line in summary.conflicts:
            click.echo(f"Kept local change: {line}")
        for term, count in summary.unmapped.most_common():
            click.echo(f"Unmapped term: {term!r} ({count} services); add it to {map_file.name}")
        click.echo(("Dry run, nothing changed: " if dry_run else "") + summary.line() + ".")

    @app.cli.command("export-oruk")
    @click.argument("out", type=click.File("w", encoding="utf-8"), default="-")
    def export_oruk(out):
        """The whole published directory as one Open Referral UK v3 JSON document."""
        with Session(current_app.extensions["engine"]) as session:
            json.dump(oruk.export(session, provider_labels()), out, ensure_ascii=False, indent=1)
            out.write("\n")

    @app.cli.command("export-csv")
    @click.argument("out", type=click.File("w", encoding="utf-8"), default="-")
    def export_csv(out):
        """The whole published directory in the CSV template's columns."""
        with Session(current_app.extensions["engine"]) as session:
            count = export.write_csv(session, out)
        click.echo(f"{count} services exported.", err=True)
