"""Read the launch content's data files: TOML (standard library's tomllib), one file per
page or record set, under `<app>/content/`, with its four languages side by side.

Pure: reads, checks and returns plain data; no database. Each app's `demo_content` module
turns that data into pages and snippets.

What a data file may hold:
- A translated value is a table of languages: `title = { en = "…", fr = "…", … }` or a
  `[title]` section. All four languages are required, except in the fields a file names in
  its top-level `same_as_english` list (proper names that read the same in every language).
- `{group.name}` in any string is a fact of `home/content/facts.toml`, so that a fact used
  in several places is written once. Dates print as the language writes them:
  `{results.published}` (9 May 2025, 9 mai 2025…), `{recruitment.closed:month}`
  (September 2019), `{recruitment.started:year}` (2017); numbers of five digits or more
  are grouped as the language groups them (5,980,435; 5 980 435; 5.980.435). A value that
  is nothing but one placeholder takes the fact as it is (a number, a date, or a table of
  languages).
- `{page:key}` is left for the load step: it becomes the id of the page known by that key.
- An array of tables with a `type` key is a StreamField. A block holds its text in each
  language (`en = "…"`), or per-language fields beside shared ones (`label.en = "…"`,
  `page = "faq"`). It is returned as {language: [(type, value), …]}, the shape
  `home.page_builder` takes.
"""

import datetime
import re
import tomllib
from pathlib import Path

from .dates import reader_date
from .translated_page import DEFAULT_LANGUAGE, LANGUAGE_CODES

ROOT = Path(__file__).resolve().parent.parent
FACTS_FILE = ROOT / "home" / "content" / "facts.toml"

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*)(?::(day|month|year))?\}")
# Anything else in braces is a mistake, except a page link left for the load step.
LEFTOVER = re.compile(r"\{(?!page:[a-z0-9-]+\})[^{}\s]*\}")
# Thousands separators of the four languages, as the launch copy writes them.
GROUPING = {"en": ",", "fr": "\u00a0", "it": ".", "sv": "\u00a0"}
MAX_DEPTH = 8


class ContentError(ValueError):
    """A data file that cannot be loaded as it is: the message says which and why."""


def content_dir(app):
    """The folder of an app's data files (it exists before the app's Python package may)."""
    return ROOT / app / "content"


def read(app, name):
    """The data of `<app>/content/<name>.toml`, placeholders filled in, streams converted."""
    return read_file(content_dir(app) / f"{name}.toml")


def read_listed(app, folder, keys):
    """[(key, data)] of `<app>/content/<folder>/<key>.toml` in the order of `keys`; every
    file of the folder must be listed, so none is silently left out."""
    files = {path.stem for path in (content_dir(app) / folder).glob("*.toml")}
    unlisted = sorted(files - set(keys))
    if unlisted:
        raise ContentError(f"{app}/content/{folder}/: {', '.join(unlisted)} not listed")
    return [(key, read(app, f"{folder}/{key}")) for key in keys]


def read_file(path):
    data = _parse(path)
    same_as_english = set(data.pop("same_as_english", []))
    try:
        resolved = Facts(_parse(FACTS_FILE)).resolve(data)
        _check(resolved, same_as_english)
    except ContentError as error:
        raise ContentError(f"{_relative(path)}: {error}") from None
    return _streams(resolved)


def _parse(path):
    try:
        with open(path, "rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"{_relative(path)}: {error}") from None


def _relative(path):
    path = Path(path)
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def _is_translated(value):
    """A table whose keys are all languages: a translated value."""
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGE_CODES)


class Facts:
    """facts.toml, to fill in the placeholders of a data file."""

    def __init__(self, data):
        self.data = data

    def resolve(self, value, language=None, depth=0):
        """`value` with every placeholder filled in. Under a language key, text is
        written in that language; elsewhere a string that needs a language becomes a
        table of languages (unless it reads the same in all of them)."""
        if depth > MAX_DEPTH:
            raise ContentError("facts refer to each other in a circle")
        if isinstance(value, str):
            return self._string(value, language, depth)
        if isinstance(value, list):
            return [self.resolve(item, language, depth) for item in value]
        if isinstance(value, dict):
            return {key: self.resolve(item, key if key in LANGUAGE_CODES else language, depth)
                    for key, item in value.items()}
        return value

    def lookup(self, name):
        value = self.data
        for part in name.split("."):
            if not isinstance(value, dict) or part not in value:
                raise ContentError(f"unknown fact {{{name}}}")
            value = value[part]
        return value

    def _string(self, text, language, depth):
        if "{" not in text:
            return text
        whole = PLACEHOLDER.fullmatch(text)
        if whole and language is None and not whole.group(2):
            return self.resolve(self.lookup(whole.group(1)), None, depth + 1)
        if language is not None:
            return self._interpolate(text, language, depth)
        versions = {code: self._interpolate(text, code, depth) for code in LANGUAGE_CODES}
        if len(set(versions.values())) == 1:
            return versions[DEFAULT_LANGUAGE]
        return versions

    def _interpolate(self, text, language, depth):
        def fill(match):
            value = self.resolve(self.lookup(match.group(1)), language, depth + 1)
            return _as_text(value, language, match.group(2), match.group(0))

        text = PLACEHOLDER.sub(fill, text)
        leftover = LEFTOVER.search(text)
        if leftover:
            raise ContentError(f"{leftover.group(0)} is neither a fact nor a page link")
        return text


def _as_text(value, language, precision, placeholder):
    if isinstance(value, dict) and language in value:
        value = value[language]
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.date):
        return reader_date(value, precision or "day", language)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", GROUPING[language]) if abs(value) >= 10000 else str(value)
    raise ContentError(f"{placeholder} cannot be written in a text")


def _check(value, same_as_english, field=""):
    """Every translated value has English, and all four languages unless its field is one
    the file says reads the same as English."""
    if _is_translated(value):
        missing = [code for code in LANGUAGE_CODES if code not in value]
        if DEFAULT_LANGUAGE in missing or (missing and field not in same_as_english):
            raise ContentError(f"{field or 'a value'} has no {', '.join(missing)}")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check(item, same_as_english, key if key not in LANGUAGE_CODES else field)
    elif isinstance(value, list):
        for item in value:
            _check(item, same_as_english, field)


def _is_stream(value):
    return (isinstance(value, list) and bool(value)
            and all(isinstance(block, dict) and "type" in block for block in value))


def _streams(value):
    if _is_stream(value):
        return {code: [(block["type"], _block_value(block, code)) for block in value
                       if _in_language(block, code)]
                for code in LANGUAGE_CODES}
    if isinstance(value, dict):
        return {key: _streams(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_streams(item) for item in value]
    return value


def _in_language(block, language):
    return language in block or not any(code in block for code in LANGUAGE_CODES)


def _block_value(block, language):
    if language in block:
        return block[language]
    return {key: (item.get(language, item.get(DEFAULT_LANGUAGE)) if _is_translated(item) else item)
            for key, item in block.items() if key != "type"}
