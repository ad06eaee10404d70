r"""``tollwatch extract``: casualty figures from files, or from JSON lines on standard input.

``tollwatch extract FILE...`` reads plain-text bulletins (or JSON documents with a
``text`` field, like the annotated set) and prints the figures readably, or as JSON
with ``--json``. ``tollwatch extract --jsonl`` is the stable machine contract: one
``{"id", "text", "lang"?, "published"?}`` per input line, one
``{"id", "lang", "casualties": [...]}`` (or ``{"id", "error"}``) per output line, in
order, a blank line included (it is an error line); bytes that are not UTF-8 and lone
surrogate escapes (``"\ud800"``) are replaced by U+FFFD and said in the line's
``warnings``; the exit status is 1 if any line failed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, BinaryIO, Optional, TextIO

from cli.main import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract casualty figures from bulletin text",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", metavar="FILE", help="text files, or JSON files with a 'text' field")
    p.add_argument("--lang", choices=["en", "ar"], help="force the language (default: by script, per paragraph)")
    p.add_argument("--published", help="publication date (ISO) to resolve relative times against")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--jsonl", action="store_true", help="read JSON lines on stdin, write JSON lines on stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        if args.files:
            raise UserError("--jsonl reads standard input; give no FILE")
        return extract_jsonl(getattr(sys.stdin, "buffer", sys.stdin), sys.stdout)
    if not args.files:
        raise UserError("give one or more FILEs, or --jsonl to read JSON lines from standard input")
    from nlp import extract

    results = []
    for name in args.files:
        text, lang, published = _read_document(Path(name))
        try:
            figures = extract(text, lang=args.lang or lang, published=args.published or published)
        except ValueError as exc:
            raise UserError(f"{name}: {exc}") from exc
        results.append({"file": name, "casualties": [f.to_dict() for f in figures]})
        if not args.json:
            print(format_figures(name, figures))
    if args.json:
        json.dump(results if len(results) > 1 else results[0], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0


def _read_document(path: Path) -> tuple[str, Optional[str], Optional[str]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path} is not UTF-8 text (byte {exc.start}); convert it first, e.g. iconv -f cp1256 -t utf-8") from exc
    if path.suffix.lower() == ".json":
        try:
            doc = json.loads(content)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}") from exc
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise UserError(f"{path}: a JSON document needs a 'text' string field")
        return doc["text"], doc.get("lang"), doc.get("published")
    return content, None, None


def format_figures(name: str, figures: list) -> str:
    """A readable block: one line per figure, sub-figures indented under their total."""
    lines = [f"{name}: {len(figures)} figure(s)"]
    depth: dict[int, int] = {}
    for i, f in enumerate(figures):
        d = depth[i] = depth.get(f.part_of, -1) + 1 if f.part_of is not None else 0
        amount = {"exact": "", "at_least": "at least ", "about": "about ", "more_than": "more than ",
                  "up_to": "up to "}.get(f.qualifier, "")
        number = f"{f.count}-{f.count_max}" if f.count_max else str(f.count)
        flags = [x for x, on in (("vague", f.vague), ("superseded", f.superseded), ("revised", f.revision),
                                 ("cumulative", f.scope == "cumulative")) if on]
        details = [
            ("manner", f.manner), ("victims", f.victims), ("by", f.perpetrator), ("in", f.place),
            ("when", f.time.phrase if f.time else None),
        ]
        lines.append(
            f"  {'  ' * d}[{i}] {f.kind} {amount}{number}"
            + (f" ({', '.join(flags)})" if flags else "")
            + "".join(f"; {k} {v}" for k, v in details if v)
        )
        lines.append(f"  {'  ' * d}    \u00ab{f.evidence}\u00bb @{f.start}-{f.end}")
    return "\n".join(lines)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _decode_line(raw: bytes | str) -> tuple[str, list[str]]:
    """A line as text, with a warning when bytes that are not UTF-8 had to be replaced."""
    if isinstance(raw, str):
        return raw, []
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        return raw.decode("utf-8", errors="replace"), [
            f"bytes that are not UTF-8 (first at byte {exc.start}) were replaced with U+FFFD"]


def _clean_surrogates(value: Any, field: str, warnings: list[str]) -> Any:
    """Lone surrogates (``"\ud800"`` in JSON) cannot be written as UTF-8: replace them, one
    character for one so that offsets stay true, and say so."""
    if isinstance(value, str) and _SURROGATE.search(value):
        warnings.append(f"lone surrogate escape(s) in '{field}' replaced with U+FFFD")
        return _SURROGATE.sub("\ufffd", value)
    return value


def _write(stdout: TextIO, out: dict[str, Any]) -> None:
    try:
        line = json.dumps(out, ensure_ascii=False)
        line.encode("utf-8")
    except UnicodeEncodeError:  # never lose a line over an unencodable character
        line = json.dumps(out, ensure_ascii=True)
    stdout.write(line + "\n")
    stdout.flush()


def extract_jsonl(stdin: BinaryIO | TextIO, stdout: TextIO) -> int:
    """The JSON-lines contract; returns the exit status (1 if any line failed).

    Every input line gets exactly one output line, in order: ``{"id", "lang",
    "casualties"}`` or ``{"id", "error"}`` (a blank line is an error line), plus
    ``warnings`` when the line's bytes or escapes had to be repaired. A bad line never
    stops the run. ``lang`` in the output is the language whose rules read the text (the
    one given, else the script's). ``stdin`` yields bytes (standard input's buffer) or str."""
    from nlp import extract
    from nlp.scripts import script_language

    failed = 0
    for lineno, raw in enumerate(stdin, 1):
        line, warnings = _decode_line(raw)
        out: dict[str, Any]
        doc_id: Any = None
        try:
            if not line.strip():
                raise ValueError("blank line (expected a JSON object)")
            doc = json.loads(line)
            if not isinstance(doc, dict):
                raise ValueError("the line is not a JSON object")
            doc_id = _clean_surrogates(doc.get("id"), "id", warnings)
            text = _clean_surrogates(doc.get("text"), "text", warnings)
            if not isinstance(text, str) or not text.strip():
                raise ValueError("no 'text' string in the object")
            lang = doc.get("lang")
            if lang is not None and not isinstance(lang, str):
                raise ValueError(f"'lang' must be a language code string like \"en\" or \"ar\", not {lang!r}")
            published = doc.get("published")
            if published is not None and not isinstance(published, str):
                raise ValueError(f"'published' must be an ISO date string, not {published!r}")
            figures = extract(text, lang=lang, published=published)
            code = (lang or "").lower()[:2]
            if code not in ("en", "ar"):
                code = script_language(text) or "en"
            out = {"id": doc_id, "lang": code, "casualties": [f.to_dict() for f in figures]}
        except json.JSONDecodeError as exc:
            failed += 1
            out = {"id": doc_id, "error": f"line {lineno}: invalid JSON: {exc.msg} at column {exc.colno}"}
        except (ValueError, TypeError) as exc:
            failed += 1
            out = {"id": doc_id, "error": f"line {lineno}: {exc}"}
        except Exception as exc:  # an extractor bug must not lose the other lines
            failed += 1
            out = {"id": doc_id, "error": f"line {lineno}: extraction failed ({type(exc).__name__}: {exc})"}
        if warnings:
            out["warnings"] = warnings
        _write(stdout, out)
    if failed:
        print(f"tollwatch extract: {failed} line(s) failed; see their 'error' fields", file=sys.stderr)
    return 1 if failed else 0
