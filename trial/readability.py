"""Readability of lay texts: LIX (Björnsson's läsbarhetsindex), usable in all four languages.

LIX = words / sentences + 100 × long words / words

- a word is a run of letters or digits (a hyphen or an apostrophe splits words);
- a long word has more than 6 characters;
- a sentence ends with . ! ? or : followed by a space or the end of the text, and every
  paragraph, list item or heading ends one too (list items often have no full stop).

Rough scale: below 30 very easy, 30–40 easy (the target for lay summaries), 40–50 medium,
50–60 difficult, above 60 very difficult. Unlike Flesch formulas, LIX counts no syllables,
so the same formula and the same target hold for English, French, Italian and Swedish.
"""

import html
import re

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
    """(words, long words, sentences) of plain text; each non-empty line ends a sentence."""
    words = long_words = sentences = 0
    for line in text.splitlines():
        line = line.strip()
        line_words = _WORD.findall(line)
        if not line_words:
            continue
        words += len(line_words)
        long_words += sum(1 for word in line_words if len(word) > LONG_WORD)
        sentences += len(_SENTENCE_END.findall(line))
        if not _SENTENCE_END.search(line[-1:] + " "):
            sentences += 1  # the line's last sentence has no full stop
    return words, long_words, sentences


def lix(text):
    """LIX of plain text, rounded to one decimal; None when there is no word to measure."""
    words, long_words, sentences = counts(text)
    if not words:
        return None
    return round(words / sentences + 100 * long_words / words, 1)


def lix_of_html(markup):
    return lix(html_to_text(markup))


def is_over_target(score, target=LIX_TARGET):
    return score is not None and score > target
