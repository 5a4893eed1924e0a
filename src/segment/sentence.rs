//! Sentence boundaries over tokens.

use super::{Sentence, Token, TokenKind};
use crate::document::Span;

/// Abbreviations that do not end a sentence when followed by a period (lower case).
const NON_FINAL_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "supt", "vs", "no", "nos", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mt", "ft", "fig", "vol", "approx",
    "est", "dept", "univ", "gov't", "e.g", "i.e", "etc", "inc", "corp", "co", "ltd", "bros", "ave",
    "blvd", "rd", "calif", "mass", "conn", "wash", "penn", "ariz", "colo", "fla", "ill", "ind",
    "kan", "mich", "minn", "nev", "okla", "ore", "tenn", "tex", "va", "wis",
];

/// Words after which an abbreviation with internal dots ("U.S.", "a.m.") does end a sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "There",
    "These",
    "Those",
    "Its",
    "His",
    "Her",
    "Their",
    "However",
    "Meanwhile",
    "Officials",
    "According",
    "When",
    "After",
    "Before",
    "Earlier",
    "Later",
];

fn is_terminal(t: &Token) -> bool {
    matches!(t.kind, TokenKind::Punct('.' | '!' | '?' | '…'))
}

fn is_closing(t: &Token) -> bool {
    matches!(
        t.kind,
        TokenKind::Punct('"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '»')
    )
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    (match t.kind {
        TokenKind::Word => t.capitalized,
        TokenKind::Number(_) => true,
        TokenKind::Punct(c) => matches!(
            c,
            '"' | '\u{201C}' | '\'' | '\u{2018}' | '(' | '[' | '«' | '-' | '—'
        ),
    }) || t.span.of(text).starts_with(|c: char| c.is_uppercase())
}

/// Whether the period token at `i` closes an abbreviation rather than a sentence.
fn abbreviation_before(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if tokens[i].space_before || prev.kind != TokenKind::Word {
        return false;
    }
    let w = prev.span.of(text);
    // An initial: "J. Smith".
    if w.chars().count() == 1 && prev.capitalized {
        return true;
    }
    NON_FINAL_ABBREVIATIONS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(w))
}

/// The most tokens a sentence holds. Longer runs without a sentence end (a list, a table, text
/// with no punctuation) are cut into pieces: every rule that relates the events of a sentence
/// to each other then stays linear in the text. News sentences stay far below it (the longest
/// in the TempEval-3 and silver corpora has 109 tokens).
///
/// ```
/// use eventline::segment::{Segments, MAX_SENTENCE_TOKENS};
/// let text = "troops left the city, ".repeat(100); // 500 tokens, no sentence end
/// let seg = Segments::new(&text);
/// assert!(seg.sentences().len() >= 4);
/// assert!(seg.sentences().iter().all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
/// ```
pub const MAX_SENTENCE_TOKENS: usize = 150;

/// A piece of an over-long run ends after the last comma, semicolon or colon past this many
/// tokens, if there is one before the limit.
const MIN_PIECE_TOKENS: usize = 100;

/// Push the sentence `from..to`, cut into pieces of at most [`MAX_SENTENCE_TOKENS`].
fn push_sentence(sentences: &mut Vec<Sentence>, tokens: &[Token], mut from: usize, to: usize) {
    while from < to {
        let end = if to - from <= MAX_SENTENCE_TOKENS {
            to
        } else {
            let limit = from + MAX_SENTENCE_TOKENS;
            (from + MIN_PIECE_TOKENS..limit)
                .rev()
                .find(|&k| matches!(tokens[k].kind, TokenKind::Punct(',' | ';' | ':')))
                .map_or(limit, |k| k + 1)
        };
        sentences.push(Sentence {
            span: Span::new(tokens[from].span.start, tokens[end - 1].span.end),
            tokens: from..end,
        });
        from = end;
    }
}

pub(crate) fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let push = |sentences: &mut Vec<Sentence>, from: usize, to: usize| {
        push_sentence(sentences, tokens, from, to);
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // A line break: a blank line always ends a sentence; a single one ends a headline or
        // byline (a short line without final punctuation) when the next line starts anew.
        if i > start && t.newline_before {
            let line_start = tokens[start..i]
                .iter()
                .rposition(|x| x.newline_before)
                .map(|p| start + p)
                .unwrap_or(start);
            let gap = &text[tokens[i - 1].span.end..t.span.start];
            let blank = gap.matches('\n').count() >= 2;
            let prev = &tokens[i - 1];
            let line_len = prev.span.end - tokens[line_start].span.start;
            let open_ended = matches!(prev.kind, TokenKind::Punct(',' | ';' | ':' | '-' | '('))
                || (prev.kind == TokenKind::Word && !prev.capitalized && line_len > 80);
            if blank
                || (!open_ended
                    && starts_sentence(text, t)
                    && (line_len < 80 || is_terminal(prev) || is_closing(prev)))
            {
                push(&mut sentences, start, i);
                start = i;
            }
        }
        let dotted_word = t.kind == TokenKind::Word && t.span.of(text).ends_with('.');
        if is_terminal(t) || dotted_word {
            let mut j = i + 1;
            while j < tokens.len()
                && (is_terminal(&tokens[j]) || is_closing(&tokens[j]))
                && !tokens[j].space_before
            {
                j += 1;
            }
            let next = tokens.get(j);
            let ends = match next {
                None => true,
                Some(n) => {
                    let spaced = n.space_before;
                    if n.newline_before
                        && !(t.is_punct('.') && abbreviation_before(text, tokens, i))
                    {
                        true
                    } else if dotted_word && j == i + 1 {
                        spaced && SENTENCE_STARTERS.contains(&n.span.of(text))
                    } else if t.is_punct('.') && abbreviation_before(text, tokens, i) {
                        // "Aug. 1" or "Dr. Smith": not an end, unless a new paragraph follows.
                        n.newline_before && starts_sentence(text, n)
                    } else {
                        spaced && starts_sentence(text, n)
                    }
                }
            };
            if ends {
                push(&mut sentences, start, j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut sentences, start, tokens.len());
    sentences
}

#[cfg(test)]
mod tests {
    use crate::segment::Segments;

    fn sents(text: &str) -> Vec<&str> {
        let seg = Segments::new(text);
        (0..seg.sentences().len())
            .map(|i| seg.sentence_text(text, i))
            .collect()
    }

    #[test]
    fn an_endless_sentence_is_cut_after_a_comma() {
        use super::MAX_SENTENCE_TOKENS;
        // 12 tokens a clause, no sentence end.
        let text = "Officials said on Monday, adding that troops left the city, ".repeat(50);
        let seg = Segments::new(&text);
        let s = seg.sentences();
        assert_eq!(s.iter().map(|x| x.tokens.len()).sum::<usize>(), 600);
        assert!(s.iter().all(|x| x.tokens.len() <= MAX_SENTENCE_TOKENS));
        // Each piece but the last ends after a comma, past the hundredth token.
        for x in &s[..s.len() - 1] {
            assert!(x.tokens.len() > 100, "{}", x.tokens.len());
            assert!(x.span.of(&text).ends_with(','));
        }
        // With no punctuation at all, pieces are cut at the limit.
        let text = "word ".repeat(400);
        let lens: Vec<usize> = Segments::new(&text)
            .sentences()
            .iter()
            .map(|x| x.tokens.len())
            .collect();
        assert_eq!(lens, [150, 150, 100]);
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sents("Mr. J. Smith met Dr. Lee on Aug. 1 in the U.S. He said it rose 2.7 percent. \"It is over.\" Then he left."),
            [
                "Mr. J. Smith met Dr. Lee on Aug. 1 in the U.S.",
                "He said it rose 2.7 percent.",
                "\"It is over.\"",
                "Then he left."
            ]
        );
    }

    #[test]
    fn headlines_and_bylines() {
        assert_eq!(
            sents("Tel Aviv and Haifa could be targeted\nAccording to the report, commanders are\nconsidering an attack.\nby Joshua Marks\n(JNS) — Iran ordered it."),
            [
                "Tel Aviv and Haifa could be targeted",
                "According to the report, commanders are\nconsidering an attack.",
                "by Joshua Marks",
                "(JNS) — Iran ordered it."
            ]
        );
    }

    #[test]
    fn time_abbreviations_end_sentences_only_before_a_new_one() {
        assert_eq!(
            sents("It began at 10 a.m. The crowd left at 5 p.m. local time."),
            [
                "It began at 10 a.m.",
                "The crowd left at 5 p.m. local time."
            ]
        );
    }
}
