"""The ``sambandh`` command: a thin layer over the library.

Every command calls one library function. Errors become one line on stderr and an exit
code (0 all went in, 1 some input quarantined or failed, 2 usage errors); no traceback
reaches the user.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from . import __version__
from .config import Config
from .errors import SambandhError, UsageError

app = typer.Typer(
    name="sambandh",
    help="Sambandh: Hindi and English news into a knowledge graph of international relations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB file (default: ./sambandh.duckdb, or $SAMBANDH_DB).")
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs that state none."),
]


def _fail(message: str, code: int) -> None:
    typer.echo(f"sambandh: {message}", err=True)
    raise typer.Exit(code)


def guarded(fn: F) -> F:
    """Turn library errors into one line on stderr and the error's exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except SambandhError as exc:
            _fail(f"error: {exc}", exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted; what was written so far is kept, run again to resume", 130)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as exc:  # noqa: BLE001 - the last guard before the user
            if type(exc).__name__ == "OutOfMemoryException":  # DuckDB's cache (db_memory_limit) is full
                limit = os.environ.get("SAMBANDH_DB_MEMORY_LIMIT") or Config().db_memory_limit
                ingest = os.environ.get("SAMBANDH_INGEST_MEMORY_LIMIT") or Config().ingest_memory_limit
                _fail(f"error: the database ran out of memory within its cache of {limit} ({ingest} for an ingest "
                      "or dedup): raise it with SAMBANDH_DB_MEMORY_LIMIT (SAMBANDH_INGEST_MEMORY_LIMIT) "
                      "(what was written so far is kept)", 4)  # fmt: skip
            if "java.lang.OutOfMemoryError" in str(exc):  # a Spark job's JVM (driver or executor) ran out of heap
                _fail("error: the Spark job ran out of Java memory: give it more with --spark-conf "
                      "spark.driver.memory=4g (spark.executor.memory on a cluster), or smaller shuffle "
                      "tasks with --spark-conf spark.sql.shuffle.partitions=64 "
                      "(inputs already done are kept; run again to resume)", 4)  # fmt: skip
            _fail(f"internal error: {type(exc).__name__}: {exc} (please report it)", 3)

    return wrapper  # type: ignore[return-value]


def _config(**overrides: Any) -> Config:
    return Config.build(**overrides)


@app.command()
@guarded
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to ingest ('-' reads standard input).")],
    db: DbOption = None,
    published: PublishedOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    workers: Annotated[
        int | None,
        typer.Option(help="Processes for the article stages of a large run (0: one per core; 1: this one only)."),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            metavar="embedded|spark",
            help="Where the article stages run: here, or on Apache Spark into --lake.",
        ),
    ] = "embedded",
    lake: Annotated[
        Path | None, typer.Option("--lake", metavar="DIR", help="With --engine spark: the Parquet lake to write.")
    ] = None,
    spark_conf: Annotated[
        list[str] | None,
        typer.Option(
            "--spark-conf", metavar="KEY=VALUE", help="A Spark setting (repeatable), e.g. spark.master=local[4]."
        ),
    ] = None,
) -> None:
    """Ingest news files, folders, feeds and pages into the database; prints a summary.

    Exit code 0 when every input went in, 1 when some were quarantined, 2 on usage errors.
    With --engine spark the same stages run on Apache Spark and write a Parquet lake
    (docs/lake.md); sambandh pull copies a slice of it into a database.

    Examples:
        sambandh ingest examples/corpus --db news.duckdb

        sambandh ingest https://example.org/world/rss --published 2025-06-26

        sambandh ingest archive/ --engine spark --lake lake/ --spark-conf spark.master=local[4]
    """
    from .ingest import ingest as run_ingest

    config = _config(db=db, published=published, workers=workers)
    if engine not in ("embedded", "spark"):
        raise UsageError("--engine must be embedded or spark")
    if engine == "spark" or lake is not None:
        _ingest_spark(paths, config, lake, spark_conf or [], json_out)
        return
    progress, on_item, on_stage = _progress(paths)
    try:
        report = run_ingest(paths, config, on_item=on_item, on_stage=on_stage)
    finally:
        if progress is not None:
            progress.stop()
    for source, code, reason in report.problems:
        typer.echo(f"sambandh: quarantined {source}: {reason} [{code}]", err=True)
    for source, message in report.warnings:
        typer.echo(f"sambandh: warning {source}: {message}", err=True)
    if json_out:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        _print_summary(report, config.db)
    raise typer.Exit(0 if report.ok else 1)


def _ingest_spark(paths: list[str], config: Config, lake: Path | None, conf: list[str], json_out: bool) -> None:
    from .spark import ingest_lake

    if lake is None:
        raise UsageError("--engine spark writes a Parquet lake: give --lake DIR")
    settings = {}
    for item in conf:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--spark-conf takes KEY=VALUE, not {item!r}")
        settings[key.strip()] = value.strip()
    report = ingest_lake(paths, config, lake, settings)
    if json_out:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        q = sum(report.quarantined.values())
        typer.echo(f"lake {lake}: {report.files} files read ({report.skipped_files} done before), "
                   f"{report.articles} articles, {q} quarantined, {report.seconds:.1f} s")  # fmt: skip
        if report.near_copies:
            # the global stages, over the whole lake
            nc, hp, st = report.near_copies, report.happenings, report.stories
            typer.echo(f"whole lake: {nc.get('articles', 0)} articles, {nc.get('duplicates', 0)} near copies, "
                       f"{hp.get('events', 0)} events in {hp.get('happenings', 0)} happenings, "
                       f"{st.get('stories', 0)} stories")  # fmt: skip
    raise typer.Exit(1 if report.quarantined else 0)


def _progress(paths: list[str]) -> tuple[Any, Any, Any]:
    """A progress bar on a terminal (none when piped): the phase, articles done, their rate, and
    the time left when the number of inputs is known beforehand (one file, one article).
    """
    if not sys.stderr.isatty():
        return None, None, None
    from rich import progress as bars
    from rich.console import Console

    from .read import count_inputs

    total = count_inputs(paths)
    progress = bars.Progress(
        bars.SpinnerColumn(),
        bars.TextColumn("{task.description:<16}"),
        bars.BarColumn(),
        bars.MofNCompleteColumn() if total else bars.TextColumn("{task.completed} inputs"),
        bars.TextColumn("{task.fields[rate]}"),
        bars.TimeElapsedColumn(),
        bars.TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task("articles", total=total, rate="")
    progress.start()
    started = time.monotonic()

    def on_item(_item: Any) -> None:
        progress.advance(task)
        done = progress.tasks[0].completed
        progress.update(task, rate=f"{done / max(time.monotonic() - started, 1e-6):.1f}/s")

    names = {"articles": "articles", "dedup": "near copies", "stories": "stories", "happenings": "happenings",
             "entities": "entity summaries", "index": "search index"}

    def on_stage(name: str) -> None:
        progress.update(task, description=names.get(name, name))

    return progress, on_item, on_stage


def _print_summary(report: Any, db: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    table = Table(title=f"ingest into {db}", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("inputs read", str(report.read))
    table.add_row("articles stored (new)", str(report.new))
    table.add_row("same text as a stored article", str(report.same_text))
    table.add_row("already ingested (skipped)", str(report.already_ingested))
    q = sum(report.quarantined.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(report.quarantined.items()))
    table.add_row("quarantined", f"{q}" + (f" ({detail})" if detail else ""))
    table.add_row("seconds", f"{report.seconds:.2f}")
    console.print(table)


@app.command()
@guarded
def annotate(
    file: Annotated[str | None, typer.Argument(help="A file to annotate, or '-' for standard input.")] = None,
    published: PublishedOption = None,
    input_: Annotated[
        Path | None,
        typer.Option("--input", help="JSONL with id, text and optionally title, published, language, source."),
    ] = None,
) -> None:
    """Annotate without storing; prints one JSON object per document.

    Examples:
        sambandh annotate article.txt --published 2025-06-26

        sambandh annotate --input records.jsonl > annotated.jsonl
    """
    from .annotate import annotate_records, rejected_json
    from .read import read_file, read_jsonl, read_paths

    config = _config(published=published)
    if input_ is not None and file is not None:
        raise UsageError("give a FILE or --input, not both")
    if input_ is not None:
        if not input_.exists():
            raise UsageError(f"no such file: {input_}")
        records = read_jsonl(input_)
    elif file is None or file == "-":
        records = read_paths(["-"], config)
    else:
        if not Path(file).exists():
            raise UsageError(f"no such file or folder: {file}")
        records = read_paths([file], config) if Path(file).is_dir() else read_file(Path(file), config)
    failed = 0
    out = sys.stdout
    for result in annotate_records(records, config):
        if isinstance(result, tuple):
            item, meta = result
            failed += 1
            typer.echo(f"sambandh: cannot annotate {item.source}: {item.reason} [{item.code}]", err=True)
            result = rejected_json(item, meta)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    raise typer.Exit(1 if failed else 0)


@app.command()
@guarded
def export(
    kind: Annotated[
        str, typer.Argument(help="What to export: documents, entities, events, timeline, facts, stories or graph.")
    ],
    names: Annotated[
        list[str] | None, typer.Argument(help="For timeline: the two actors (India Russia).", show_default=False)
    ] = None,
    db: DbOption = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl, csv or parquet; for graph: json, graphml or csv (two files).")
    ] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    flat: Annotated[
        bool, typer.Option("--flat", help="Events and timelines as flat rows: actor1, actor2, date, sources...")
    ] = False,
    lang: Annotated[str, typer.Option("--lang", help="Language of dates in words in flat rows: en or hi.")] = "en",
) -> None:
    """Export stored data to stdout or a file.

    Examples:
        sambandh export events --format csv --flat -o events.csv

        sambandh export timeline India Russia --format csv --flat

        sambandh export graph --format graphml -o graph.graphml
    """
    from .export import relation_graph, rows, write, write_graph_csv
    from .store import Store

    if kind == "graph" and fmt == "jsonl":
        fmt = "json"
    config = _config(db=db)
    with Store(config.db, read_only=True) as store:
        if kind == "graph" and fmt == "csv":
            if output is None:
                raise UsageError("a graph in CSV is two files (nodes and edges): give --output FILE")
            nodes, edges = write_graph_csv(relation_graph(store, config.kb_dir), output)
            typer.echo(f"wrote {nodes} and {edges}", err=True)
            return
        data = rows(kind, store, config.kb_dir, pair=names or None, flat=flat, lang=lang)
        if output is not None:
            with output.open("wb") as fh:
                n = write(data, fmt, fh)
            typer.echo(f"wrote {n} {kind} to {output}", err=True)
        else:
            write(data, fmt, sys.stdout.buffer)
            sys.stdout.flush()


@app.command()
@guarded
def timeline(
    a: Annotated[str, typer.Argument(help="An actor, in any script (India, भारत, Rajnath Singh).")],
    b: Annotated[str, typer.Argument(help="The other actor.")],
    db: DbOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the events as JSON Lines.")] = False,
    evidence: Annotated[str, typer.Option("--evidence", help="Sentences per source: first or all.")] = "first",
    lang: Annotated[str, typer.Option("--lang", help="Language of dates and names: en or hi.")] = "en",
) -> None:
    """The events between two actors, each with its date in words and every source that reports it.

    Actors stand for their countries too (India covers its ministers). Each source shows its
    outlet, its date and the whole sentence.

    Examples:
        sambandh timeline India Russia

        sambandh timeline भारत चीन --lang hi --evidence all
    """
    from .kb import load as load_kb
    from .relations import english_name, pair_timeline
    from .store import Store

    if evidence not in ("first", "all"):
        raise UsageError("--evidence must be first or all")
    if lang not in ("en", "hi"):
        raise UsageError("--lang must be en or hi")
    config = _config(db=db)
    kb = load_kb(config.kb_dir or None)
    with Store(config.db, read_only=True) as store:
        ea, eb, events = pair_timeline(store, kb, a, b)
    if json_out:
        for r in events:
            typer.echo(json.dumps(r, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    from .present import shown as name

    def side(eid: str) -> str:
        ent = kb.entities.get(eid)
        return (english_name(eid, ent.name, kb) if lang == "en" else ent.name) if ent else eid

    table = Table(title=f"{side(ea)} – {side(eb)}: {len(events)} events", title_justify="left", show_lines=True)
    for col in ("when", "event", "who", "where", "sources"):
        table.add_column(col)
    for r in events:
        table.add_row((r.get("when") or {}).get(lang) or "",
                      f"{r['type']} {r['mode']}" + (" (not)" if r["negated"] else "")
                      + (f" ({r['modality']})" if r.get("modality") not in (None, "occurred") else ""),
                      ", ".join(name(x, lang) for x in r["actors"]), name(r["place"], lang) if r["place"] else "",
                      _sources(r, evidence == "all"))  # fmt: skip
    Console(highlight=False).print(table)


def _sources(r: dict[str, Any], every: bool) -> str:
    """Each source of an event on its own lines: outlet, publication date, then its sentences, whole."""
    out = []
    known = {s["doc_id"]: s for s in r.get("sources") or []}
    for doc_id in r["doc_ids"]:
        src = known.get(doc_id, {})
        said = [e["text"] for e in r["evidence"] if e["doc_id"] == doc_id]
        head = f"{src.get('outlet') or doc_id[:12]}" + (f" · {src['published']}" if src.get("published") else "")
        out.append("\n".join([head, *(said if every else said[:1])]))
    return "\n\n".join(out)


@app.command()
@guarded
def search(
    query: Annotated[str, typer.Argument(help="Words in Hindi, romanised Hindi or English (belousov, रूस, S-400).")],
    db: DbOption = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity (id or name).")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option(help="Only sources containing this text.")] = None,
    language: Annotated[str | None, typer.Option(help="Only this language (hi, en).")] = None,
    story: Annotated[str | None, typer.Option(help="Only this story id.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Hits to show.")] = 10,
    offset: Annotated[int, typer.Option(min=0, help="Hits to skip (paging).")] = 0,
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Full-text search with Hindi-aware matching, filters and highlighted snippets.

    Examples:
        sambandh search belousov

        sambandh search "defence minister" --since 2025-01-01 --language hi --json
    """
    from .config import parse_date
    from .search import Filters
    from .search import search as run_search
    from .store import Store

    config = _config(db=db)
    filters = Filters(entity, parse_date(since) if since else None, parse_date(until) if until else None, source,
                      language, story)  # fmt: skip
    with Store(config.db, read_only=True) as store:
        result = run_search(store, config, query, filters, limit, offset)
    if json_out:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    console.print(f"{result.total} articles for {query!r} ({1000 * result.seconds:.0f} ms)")
    for h in result.hits:
        console.print(Text(f"\n{h.title or '(no title)'}", style="bold"))
        console.print(f"{h.doc_id}  {h.published or 'undated'}  {h.source}  story {h.story_id or '-'}"
                      + (f"  copy of {h.duplicate_of}" if h.duplicate_of else ""))  # fmt: skip
        snip = h.snippet
        text = Text(snip["text"])
        for a, b in snip["highlights"]:
            text.stylize("bold reverse", a - snip["start"], b - snip["start"])
        console.print(text)


@app.command()
@guarded
def serve(
    db: DbOption = None,
    host: Annotated[str | None, typer.Option(help="Address to listen on (default: 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default: 8000).")] = None,
    watch: Annotated[
        list[str] | None,
        typer.Option(
            "--watch", metavar="SOURCE", help="A feed, page or folder to keep the database fresh from (repeatable)."
        ),
    ] = None,
    every: Annotated[float, typer.Option("--every", min=1, help="Seconds between watch rounds.")] = 300.0,
    lake: Annotated[
        Path | None,
        typer.Option("--lake", metavar="DIR", help="Answer from a Parquet lake (ingest --engine spark), read-only."),
    ] = None,
) -> None:
    """Serve the web UI and the JSON API (OpenAPI at /docs) over the database, read-only.

    POST /api/ingest accepts articles only when SAMBANDH_API_TOKEN is set, with that token.
    With --watch the server also keeps the database up to date from feeds, pages and folders,
    as sambandh watch does, and its pages show new articles after each round. With --lake it
    answers from a Spark lake's Parquet files as they are (docs/lake.md): no ingest, no search.

    Examples:
        sambandh serve --db news.duckdb --port 8080

        SAMBANDH_API_TOKEN=a-long-secret-token sambandh serve

        sambandh serve --watch https://example.org/world/rss --watch incoming/ --every 600

        sambandh serve --lake lake/
    """
    from .web import serve as run_server

    _check_serve_lake(lake, db, watch)
    run_server(_config(db=db, host=host, port=port), watch or None, every, lake)


def _check_serve_lake(lake: Path | None, db: Path | None, watch: list[str] | None) -> None:
    """Refuse what ``serve --lake`` cannot do: serve a database too, or write into the lake."""
    if lake is None:
        return
    if db is not None:
        raise UsageError("serve answers from --lake or from --db, not both "
                         "(sambandh pull copies a lake into a database)")  # fmt: skip
    if watch:
        raise UsageError("serve --lake answers read-only from the lake: --watch cannot write into it "
                         "(ingest into the lake with sambandh ingest --engine spark)")  # fmt: skip


@app.command()
@guarded
def watch(
    sources: Annotated[list[str], typer.Argument(help="Feed or page addresses (https://…/rss), files or folders.")],
    db: DbOption = None,
    every: Annotated[float, typer.Option("--every", min=1, help="Seconds between rounds.")] = 300.0,
    rounds: Annotated[
        int | None, typer.Option("--rounds", min=1, help="Stop after this many rounds (default: never).")
    ] = None,
) -> None:
    """Keep the database up to date: ingest feeds, pages and folders again every interval.

    Feeds are fetched politely (robots.txt, one request per host per second, timeouts,
    conditional requests); each entry's page is fetched once, also across restarts. A source
    that fails is reported and tried again next round. Ctrl+C stops it.

    Examples:
        sambandh watch https://example.org/world/rss news/incoming --every 600
    """
    from .watch import watch as run_watch

    config = _config(db=db)

    def report(n: int, r: Any) -> None:
        for source, code, reason in r.problems:
            retry = "will retry " if code == "fetch" else ""
            typer.echo(f"sambandh: round {n}: {retry}{source}: {reason} [{code}]", err=True)
        stamp = time.strftime("%H:%M:%S")
        typer.echo(f"{stamp} round {n}: {r.new} new articles, {r.already_ingested} already stored, "
                   f"{sum(r.quarantined.values())} problems, {r.fetched} requests ({r.seconds:.1f} s)")  # fmt: skip

    try:
        run_watch(sources, config, every=every, rounds=rounds, on_round=report)
    except KeyboardInterrupt:
        typer.echo("sambandh: watch stopped; everything fetched so far is stored", err=True)


@app.command()
@guarded
def pull(
    lake: Annotated[
        Path, typer.Option("--lake", metavar="DIR", help="The Parquet lake written by ingest --engine spark.")
    ],
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Articles published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Articles published on or before (YYYY-MM-DD).")] = None,
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source",
            metavar="TEXT",
            help="Articles whose source path or address, web address or outlet name contains TEXT, "
            "ignoring case (repeatable: any of them).",
        ),
    ] = None,
    entity: Annotated[
        list[str] | None,
        typer.Option(
            "--entity", metavar="ID", help="Articles that mention this entity id, e.g. country:in (repeatable: any)."
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Copy a slice of a Spark lake into a database, then run near copies, stories, happenings, entity summaries and the search index on it.

    Filters of different kinds must all hold. Where the lake has its near copies and stories
    for the whole lake, the slice keeps them (docs/lake.md). serve, timeline, search and export
    then work on the slice as on an ingested database.

    Examples:
        sambandh pull --lake lake/ --db june.duckdb --since 2025-06-01 --until 2025-06-30

        sambandh pull --lake lake/ --db india-china.duckdb --entity country:in --entity country:cn

        sambandh pull --lake lake/ --db jagran.duckdb --source jagran.com --since 2025-06-01
    """  # noqa: E501  (one line: the command list in --help keeps a summary's line breaks)
    from .config import parse_date
    from .spark import pull as run_pull
    from .spark import slice_of

    config = _config(db=db)
    lo = parse_date(since).isoformat() if since else None
    hi = parse_date(until).isoformat() if until else None
    out = run_pull(lake, config, where=slice_of(lo, hi, source or (), entity or ()))
    if json_out:
        typer.echo(json.dumps(out, ensure_ascii=False, default=str))
    else:
        carried = out["lake_results"]
        if carried["carried"]:
            kept = f"near copies and stories of {carried['documents']} articles as the lake has them"
        else:
            kept = f"near copies and stories computed on the slice: {carried['why']}"
        typer.echo(
            f"pulled {out['articles']} articles into {config.db}: {out['new']} new, "
            f"{out['same_text']} the same text as a stored one, {out['quarantined']} quarantined; {kept}"
        )


@app.command()
@guarded
def dedup(
    db: DbOption = None,
    rebuild: Annotated[
        bool, typer.Option(help="Forget all signatures and links and hash every article again.")
    ] = False,
) -> None:
    """Run the global stages (near-duplicates, stories, happenings, entity summaries, search index) over what is not yet done.

    Examples:
        sambandh dedup --db news.duckdb

        sambandh dedup --rebuild
    """  # noqa: E501  (one line, as pull's summary)
    from .config import memory_bytes
    from .ingest import finish
    from .store import Store

    config = _config(db=db)
    with Store(config.db, memory_limit=config.ingest_memory_limit) as store:
        store.fit_cache(memory_bytes(config.ingest_memory_limit))
        if rebuild:
            store.reset_dedup()
        typer.echo(json.dumps(finish(store, config), ensure_ascii=False))


eval_app = typer.Typer(help="Measure the system against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("ner")
@guarded
def eval_ner(
    file: Annotated[Path, typer.Argument(help="Gold file: token<TAB>BIO-tag per line, blank line between sentences.")],
    label_map: Annotated[
        str | None,
        typer.Option("--map", help="Gold label → ours, e.g. 'NEP=PERSON,NEO=ORG,NEL=LOC' (the default); 'X=' drops X."),
    ] = None,
    model_only: Annotated[
        bool, typer.Option("--model-only", help="Score the NER model's own names, without the stage's rules.")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Entity-level precision, recall and F1 of the entity stage, by type, micro and strict.

    Examples:
        sambandh eval ner ../shared/data/il-ner-hindi/dev.txt
        sambandh eval ner ../shared/data/il-ner-hindi/dev.txt --model-only
    """
    from .evaluate import evaluate_ner, parse_mapping

    result = evaluate_ner(file, _config(), parse_mapping(label_map), model_only)
    if json_out:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    rows = [
        *result["by_type"].items(),
        ("micro PERSON/ORG/LOC", result["micro"]),
        ("strict (all gold labels)", result["strict"]),
    ]
    what = "NER model alone" if model_only else "NER"
    _score_table(f"{what} on {file} ({result['sentences']} sentences, {result['tokens']} tokens)", rows)


@eval_app.command("timex")
@guarded
def eval_timex(
    folder: Annotated[Path, typer.Argument(help="A folder of ILTIMEX-style files (inline <ILTIMEX TYPE=...> tags).")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Detection of time expressions against inline tags: strict (same span), relaxed (overlap), typed.

    Examples:
        sambandh eval timex ../shared/data/iltimex2012 --json
    """
    from .evaluate import evaluate_timex

    result = evaluate_timex(folder)
    if json_out:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    _score_table(f"time expressions in {folder} ({result['documents']} documents, {result['gold']} gold)",
                 [(k, result[k]) for k in ("strict", "relaxed", "typed")])  # fmt: skip


@eval_app.command("events")
@guarded
def eval_events(
    gold: Annotated[
        Path, typer.Argument(help="Gold events: JSON (eval/seed_events.json) or JSONL of offsets (eval/events/).")
    ],
    docs: Annotated[
        Path, typer.Option("--docs", help="Folder of the documents the JSON gold names, or the pages JSONL file.")
    ],
    split: Annotated[str, typer.Option("--split", help="With JSONL gold: dev, blind or all.")] = "all",
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show: Annotated[
        int, typer.Option("--show", help="With JSONL gold: list this many missed and spurious events.")
    ] = 0,
) -> None:
    """Precision and recall of events (and stated facts) against structured gold, with place, date and
    negation accuracy, and how many undated articles land in the right year. With a JSONL gold of
    offsets into real pages (docs/events.md): core recall, recall, precision, per type and per field,
    for the dev and blind halves.

    Examples:
        sambandh eval events eval/events/news_pages.jsonl --docs ../shared/data/news-pages/pages.jsonl --split dev
    """
    from .evaluate import evaluate_events, evaluate_page_events

    if gold.suffix == ".jsonl":
        _check_split(split)
        res = evaluate_page_events(gold, docs, _config(), split)
        if json_out:
            typer.echo(json.dumps(res, ensure_ascii=False))
            return
        _page_event_report(res, show)
        return

    result = evaluate_events(gold, docs, _config())
    if json_out:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    ev = result["events"]
    rows = [("events", {**ev, "support": ev["tp"] + ev["fn"]})]
    if result.get("facts"):
        rows.append(("facts", {**result["facts"], "support": result["facts"]["tp"] + result["facts"]["fn"]}))
    _score_table(f"events in {docs} against {gold}", rows)
    for k, v in result["attributes"].items():
        typer.echo(f"{k}: {v['correct']}/{v['of']} correct")
    if result.get("facts"):
        typer.echo(f"fact place: {result['facts']['place']['correct']}/{result['facts']['place']['of']} correct")
    if result.get("years"):
        y = result["years"]
        typer.echo(
            f"undated articles placed in the right year: {y['correct']}/{y['of']} (a wrong year: {y['claimed_wrong']})"
        )
    for m in result["missed"]:
        if "fact" in m:
            f = m["fact"]
            typer.echo(f"missed: {m['doc']} fact {f['predicate']} {f['subject']} {f['object']} {f.get('date') or ''}")
        else:
            typer.echo(f"missed: {m['doc']} {m['type']} {m.get('mode', '')} {' '.join(m['actors'])}")


@eval_app.command("clean")
@guarded
def eval_clean(
    gold: Annotated[Path, typer.Argument(help="Cleaning gold: JSONL of offsets (eval/clean/news_pages.jsonl).")],
    docs: Annotated[Path, typer.Option("--docs", help="The pages JSONL file the gold names.")],
    split: Annotated[str, typer.Option("--split", help="dev, blind or all.")] = "all",
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show: Annotated[
        bool, typer.Option("--show", help="List every chrome kept, content lost, wrong dateline and date.")
    ] = False,
) -> None:
    """Cleaning on real pages (docs/cleaning.md): chrome removed, content kept, datelines, stated
    publication dates, titles and languages right, for the dev and blind halves.

    Examples:
        sambandh eval clean eval/clean/news_pages.jsonl --docs ../shared/data/news-pages/pages.jsonl --show
    """
    from .evaluate import evaluate_page_cleaning

    _check_split(split)
    res = evaluate_page_cleaning(gold, docs, _config(), split, show)
    if json_out:
        typer.echo(json.dumps(res, ensure_ascii=False))
        return
    keys = ("chrome", "content", "dateline", "published", "published_wrong", "title", "language")
    typer.echo(f"cleaning on pages of {res['pages']} against {res['gold']} (rates in %, correct/of)")
    heads = ("chrome gone", "content kept", "dateline right", "published found", "published wrong", "title right",
             "language right")  # fmt: skip
    typer.echo(f"{'half':6} {'pages':>5}  " + "  ".join(f"{k:>16}" for k in heads))
    for name, h in res["halves"].items():
        cells = "  ".join(f"{h[k]['rate']:5.1f} {h[k]['correct']:4d}/{h[k]['of']:<4d}" for k in keys)
        typer.echo(f"{name:6} {h['pages']['correct']:5d}  {cells}")
    for line in res["notes"]:
        typer.echo(line)


@eval_app.command("entities")
@guarded
def eval_entities(
    gold: Annotated[Path, typer.Argument(help="Entity gold: JSONL of offsets (eval/entities/news_pages.jsonl).")],
    docs: Annotated[Path, typer.Option("--docs", help="The pages JSONL file the gold names.")],
    split: Annotated[str, typer.Option("--split", help="dev, blind or all.")] = "all",
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show: Annotated[bool, typer.Option("--show", help="List every missed mention, split person and merge.")] = False,
) -> None:
    """Entities and links on real pages (docs/entities-gold.md): mention recall and precision, recall
    per kind, people split into several entities, entities merging two, for the dev and blind halves.

    Examples:
        sambandh eval entities eval/entities/news_pages.jsonl --docs ../shared/data/news-pages/pages.jsonl
    """
    from .evaluate import evaluate_page_entities

    _check_split(split)
    res = evaluate_page_entities(gold, docs, _config(), split, show)
    if json_out:
        typer.echo(json.dumps(res, ensure_ascii=False))
        return
    typer.echo(f"entities on pages of {res['pages']} against {res['gold']}")
    typer.echo(f"{'half':6} {'pages':>5} {'mentions':>8} {'recall':>7} {'any label':>9} {'precision':>9} "
               f"{'people':>6} {'split':>5} {'entities':>8} {'merges':>6} "
               f"{'of people':>9} {'outside text':>12}")  # fmt: skip
    for name, h in res["halves"].items():
        typer.echo(f"{name:6} {h['pages']:5d} {h['gold']:8d} {h['recall']:7.1f} {h['recall_any_label']:9.1f} "
                   f"{h['precision']:9.1f} {h['people']:6d} {h['people_split']:5d} {h['system_entities']:8d} "
                   f"{h['merges']:6d} {h['person_merges']:9d} {h['outside_text']:12d}")  # fmt: skip
        by_kind = ", ".join(f"{k} {v['found']}/{v['gold']} ({v['recall']:.1f})" for k, v in h["by_kind"].items())
        typer.echo("   " + by_kind)
    for line in res["notes"]:
        typer.echo(line)


@eval_app.command("stories")
@guarded
def eval_stories(
    gold: Annotated[
        Path, typer.Argument(help="Story gold: JSONL, one page a line with its story (eval/stories/news_pages.jsonl).")
    ],
    docs: Annotated[Path, typer.Option("--docs", help="The pages JSONL file the gold names.")],
    split: Annotated[str, typer.Option("--split", help="dev, blind or all.")] = "all",
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show: Annotated[
        bool, typer.Option("--show", help="List every pair joined or kept apart against the gold.")
    ] = False,
) -> None:
    """Stories on real pages (docs/stories-gold.md): the pages are ingested together and every
    pair of pages of a half is scored, together or apart, against the gold's stories.

    Examples:
        sambandh eval stories eval/stories/news_pages.jsonl --docs ../shared/data/news-pages/pages.jsonl --split dev
    """
    from .evaluate import evaluate_page_stories

    _check_split(split)
    res = evaluate_page_stories(gold, docs, _config(), split, show)
    if json_out:
        typer.echo(json.dumps(res, ensure_ascii=False))
        return
    st = res["stories"]
    typer.echo(f"stories on {res['articles']} pages of {res['pages']} against {res['gold']} "
               f"({st.get('embedded', 0)} reports embedded "
               f"for {st.get('pairs_embedded', 0)} undecided pairs)")  # fmt: skip
    typer.echo(f"{'half':6} {'pages':>5} {'gold stories':>12} {'system stories':>14} {'gold pairs':>10} "
               f"{'system pairs':>12} {'right':>5} {'P':>6} {'R':>6} {'F1':>6}")  # fmt: skip
    for name, h in res["halves"].items():
        typer.echo(f"{name:6} {h['pages']:5d} {h['gold_stories']:12d} {h['system_stories']:14d} {h['gold_pairs']:10d} "
                   f"{h['system_pairs']:12d} {h['right_pairs']:5d} "
                   f"{h['precision']:6.1f} {h['recall']:6.1f} {h['f']:6.1f}")  # fmt: skip
        for line in h["errors"]:
            typer.echo("   " + line)


def _check_split(split: str) -> None:
    if split not in ("dev", "blind", "all"):
        raise UsageError(f"--split must be dev, blind or all, not {split!r}")


def _page_event_report(res: dict[str, Any], show: int) -> None:
    halves = [(k, v) for k, v in res["halves"].items()] + ([("all", res["all"])] if res.get("all") else [])
    typer.echo(f"events on {res['articles']} pages of {res['pages']} against {res['gold']}")
    columns = ("actors", "roles", "place", "date", "modality", "negated")
    typer.echo(f"{'half':6} {'articles':>8} {'gold':>5} {'core':>5} {'pred':>5} "
               f"{'core R':>7} {'R':>6} {'P':>6} {'F1':>6}  "
               + "  ".join(f"{k:>8}" for k in columns))  # fmt: skip
    for name, h in halves:
        fields = "  ".join(f"{h['fields'][k]['accuracy']:8.1f}" for k in columns)
        typer.echo(f"{name:6} {h['articles']:8d} {h['gold']:5d} {h['core']:5d} {h['predicted']:5d} "
                   f"{h['core_recall']:7.1f} {h['recall']:6.1f} {h['precision']:6.1f} {h['f']:6.1f}  "
                   f"{fields}")  # fmt: skip
    last = halves[-1][1]
    typer.echo("by type (gold / matched / predicted / right):")
    for t, c in last["by_type"].items():
        typer.echo(f"  {t:10} {c.get('gold', 0):4d} {c.get('matched', 0):4d} "
                   f"{c.get('predicted', 0):4d} {c.get('predicted_right', 0):4d}")  # fmt: skip
    if res.get("faults"):
        typer.echo(f"faults (sentences or predicates skipped, articles kept): {res['faults']}")
    for name, h in halves:
        if h["quarantined"]:
            typer.echo(f"{name}: quarantined {', '.join(h['quarantined'])}")
    if show:
        for m in last["missed"][:show]:
            typer.echo(f"missed: {m['doc']} {m['type']}/{m['mode']}{' core' if m['core'] else ''} at {m['trigger']}")
        for m in last["spurious"][:show]:
            typer.echo(f"spurious: {m['doc']} {m['type']}/{m['mode']} at {m['trigger']} {' '.join(m['actors'])}")


def _score_table(title: str, rows: list[tuple[str, dict[str, Any]]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for col in ("", "P", "R", "F1", "gold"):
        table.add_column(col, justify="left" if not col else "right")
    for label, sc in rows:
        table.add_row(label, f"{sc['p']:.2f}", f"{sc['r']:.2f}", f"{sc['f']:.2f}", str(sc["support"]))
    Console(highlight=False).print(table)


kb_app = typer.Typer(help="Work with the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("extend")
@guarded
def kb_extend(
    dump: Annotated[
        Path, typer.Argument(help="A Wikidata JSON dump (.json, .json.gz or .json.bz2), one entity per line.")
    ],
    out: Annotated[Path, typer.Option("--out", help="A copy of the knowledge-base folder to add people to.")],
    positions: Annotated[
        Path | None, typer.Option("--positions", help="QID<TAB>role<TAB>of table (default: the shipped one).")
    ] = None,
) -> None:
    """Add the office holders found in a Wikidata dump to a knowledge-base folder.

    Examples:
        sambandh kb extend latest-all.json.bz2 my-kb
    """
    from .wikidata import extend

    n = extend(dump, out, positions)
    typer.echo(f"added {n} people to {out / 'people.tsv'}; use it with SAMBANDH_KB_DIR={out}")


@app.command()
def version() -> None:
    """Print the version.

    Examples:
        sambandh version
    """
    typer.echo(__version__)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sambandh {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_version,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Sambandh: Hindi and English news into a knowledge graph of international relations."""


_METAVARS = {
    "published": "DATE", "since": "DATE", "until": "DATE", "db": "FILE", "output": "FILE", "input": "FILE",
    "docs": "PATH", "format": "FORMAT", "lang": "LANG", "evidence": "first|all", "split": "dev|blind|all",
}  # fmt: skip


def _tidy(cmd: Any) -> None:
    """Help that reads cleanly: a flag shows no type, a value a short name (FILE, DATE, N), an argument its name."""
    from typer.core import TyperArgument, TyperOption

    for p in cmd.params:
        if isinstance(p, TyperOption):
            if p.is_flag:
                p.metavar = ""
            elif p.metavar is None:
                number = str(p.display_type(None)).startswith(("<int", "<float"))  # type: ignore[arg-type]
                p.metavar = _METAVARS.get(p.name or "", "N" if number else "TEXT")
        elif isinstance(p, TyperArgument):
            p.metavar = (p.name or "").upper()
            p.display_type_rich = lambda ctx: None  # type: ignore[method-assign]  # its name says what it is
    made = cmd.get_help_option

    def help_option(ctx: Any) -> Any:
        opt = made(ctx)
        if opt is not None:
            opt.metavar = ""
        return opt

    cmd.get_help_option = help_option
    for sub in getattr(cmd, "commands", {}).values():
        _tidy(sub)


def command() -> Any:
    """The click command behind ``sambandh`` (tidied help), for the entry point and the docs test."""
    cmd = typer.main.get_command(app)
    with contextlib.suppress(AttributeError, TypeError):  # help cosmetics never stop a command
        _tidy(cmd)
    return cmd


def main() -> None:
    """Console-script entry point."""
    command()(prog_name="sambandh")


if __name__ == "__main__":
    main()
