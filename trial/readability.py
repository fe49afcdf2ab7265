"""Readability of lay texts: each language's own measure, one function per measure, and one
table of targets per language (TARGETS).

LIX (Björnsson's läsbarhetsindex) = words / sentences + 100 × long words / words

- a word is a run of letters or digits (a hyphen or an apostrophe splits words);
- a long word has more than 6 characters;
- a sentence ends with . ! ? or : followed by a space or the end of the text, and every
  paragraph, list item or heading ends one too (list items often have no full stop).

LIX counts no syllables, so it is kept for every language, counted here so that editors can
check it by hand. The measures that count syllables come from textstat (syllables
from the CMU dictionary for English, else pyphen's hyphenation dictionaries):

- Flesch Reading Ease (English; Flesch 1948) = 206.835 − 1.015 × words/sentence − 84.6 ×
  syllables/word; 60–70 is "plain English" (US grades 8–9): target 60 or more.
- Flesch–Kincaid grade (English; Kincaid et al. 1975): the US school grade needed; patient
  information guidance (NIH, AMA) asks for grade 6–8: target 8 or less.
- Kandel & Moles (French; Kandel & Moles 1958, Flesch adapted to French) = 207 − 1.015 ×
  words/sentence − 73.6 × syllables/word, read on Flesch's scale: target 60 or more.
- Gulpease (Italian; Lucisano & Piemontese 1988, counted here like LIX) = 89 + (300 ×
  sentences − 10 × letters) / words; under 60 is hard for readers with lower-secondary
  schooling: target 60 or more.
- LIX: under 30 very easy, 30–40 easy, 40–50 medium, above 50 difficult: target 40 or less.
"""

import html
import re
from dataclasses import dataclass

from textstat.backend import metrics as textstat_metrics

LIX_TARGET = 40
LONG_WORD = 6

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|dd|dt|td|th)\s*>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def html_to_text(markup):
    """Plain text of rich-text HTML, one block (paragraph, list item, heading) per line."""
    text = _BLOCK_END.sub("\n", markup or "")
    return html.unescape(_TAG.sub(" ", text))


def counts(text):
    """(words, long words, sentences, letters) of plain text; each non-empty line ends a
    sentence; letters and digits count, punctuation does not."""
    words = long_words = sentences = letters = 0
    for line in text.splitlines():
        line = line.strip()
        line_words = _WORD.findall(line)
        if not line_words:
            continue
        words += len(line_words)
        letters += sum(len(word) for word in line_words)
        long_words += sum(1 for word in line_words if len(word) > LONG_WORD)
        sentences += len(_SENTENCE_END.findall(line))
        if not _SENTENCE_END.search(line[-1:] + " "):
            sentences += 1  # the line's last sentence has no full stop
    return words, long_words, sentences, letters


def _sentences(text):
    """The text's lines with words, each ending a sentence (textstat splits on . ! ? only)."""
    lines = [line.strip() for line in text.splitlines() if _WORD.search(line)]
    return " ".join(line if line[-1] in ".!?" else line + "." for line in lines)


def _scored(measure):
    """None when there is no word to measure, else the score rounded to one decimal."""
    def score(text):
        text = _sentences(text)
        return round(measure(text), 1) if text else None
    score.__name__ = measure.__name__
    score.__doc__ = measure.__doc__
    return score


def lix(text):
    """LIX of plain text, rounded to one decimal; None when there is no word to measure."""
    words, long_words, sentences, _letters = counts(text)
    if not words:
        return None
    return round(words / sentences + 100 * long_words / words, 1)


@_scored
def flesch_reading_ease(text):
    """Flesch Reading Ease of English text: higher is easier."""
    return textstat_metrics.flesch_reading_ease(text, "en_US")


@_scored
def flesch_kincaid_grade(text):
    """Flesch–Kincaid grade of English text: the US school grade needed."""
    return textstat_metrics.flesch_kincaid_grade(text, "en_US")


@_scored
def kandel_moles(text):
    """Kandel & Moles index of French text: higher is easier."""
    return textstat_metrics.flesch_reading_ease(text, "fr")


def gulpease(text):
    """Gulpease index of Italian text (about 0–100, higher is easier), rounded to one
    decimal; None when there is no word. Counted here: it needs no syllables, and textstat
    counts punctuation as letters."""
    words, _long_words, sentences, letters = counts(text)
    if not words:
        return None
    return round(89 + (300 * sentences - 10 * letters) / words, 1)


@dataclass(frozen=True)
class Target:
    name: str  # as readers and writers of the language know it; not translated
    measure: object
    limit: float
    higher_is_easier: bool

    def is_met(self, score):
        if score is None:
            return True
        return score >= self.limit if self.higher_is_easier else score <= self.limit


_LIX = Target("LIX", lix, LIX_TARGET, higher_is_easier=False)

# The measures of each language, the language's own first, with their targets (see above).
TARGETS = {
    "en": (Target("Flesch Reading Ease", flesch_reading_ease, 60, higher_is_easier=True),
           Target("Flesch–Kincaid grade", flesch_kincaid_grade, 8, higher_is_easier=False),
           _LIX),
    "fr": (Target("Kandel & Moles", kandel_moles, 60, higher_is_easier=True), _LIX),
    "it": (Target("Gulpease", gulpease, 60, higher_is_easier=True), _LIX),
    "sv": (_LIX,),
}


def lix_of_html(markup):
    return lix(html_to_text(markup))


def scores_of_html(markup, language):
    """[(target, score)] of each measure of the language; a score is None when nothing is
    written."""
    text = html_to_text(markup)
    return [(target, target.measure(text)) for target in TARGETS[language]]


def is_over_target(score, target=LIX_TARGET):
    return score is not None and score > target
