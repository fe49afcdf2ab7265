"""What a translation file holds once read, whatever its format, and why one is refused."""

from dataclasses import dataclass, field


class FileRefused(ValueError):
    """The whole file is refused; the message says why, in the editor's language."""


@dataclass
class Unit:
    id: str  # the segment id
    fingerprint: str  # of the English it was translated from, as exported
    target: str
    done: bool = True  # False: the translator marked it unfinished (PO "fuzzy")


@dataclass
class TranslationFile:
    language: str
    units: list = field(default_factory=list)
