//! A tense hint for year and weekday inference: the nearest verb cue to an expression in its
//! sentence. Cheap (a look at the words around it), and only a hint.

use crate::lexicon::{Kw, Lex};
use crate::segment::Token;

/// The tense the words around an expression suggest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "should",
    "ll",
    "going",
    "expected",
    "expects",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "upcoming",
    "next",
    "tomorrow",
    "would",
    "set",
    "due",
    "forecast",
    "aims",
];
const PAST_WORDS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "ago",
    "yesterday",
    "last",
    "earlier",
    "came",
    "began",
    "went",
    "took",
    "made",
    "met",
    "held",
    "gave",
    "left",
    "fell",
    "rose",
    "saw",
    "won",
    "lost",
    "spoke",
    "sold",
    "bought",
    "paid",
    "struck",
    "hit",
    "killed",
    "shot",
    "led",
    "wrote",
];
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "feed",
    "seed",
    "red",
    "bed",
    "shed",
    "bled",
    "embed",
    "indeed",
    "proceed",
    "exceed",
    "succeed",
    "breed",
    "weed",
    "greed",
    "expected",
    "scheduled",
    "planned",
    "united",
    "based",
    "related",
    "limited",
    "detailed",
    "concerned",
    "interested",
];

fn cue(text: &str, t: &Token) -> Option<Tense> {
    if !t.is_word() {
        return None;
    }
    if matches!(t.lex, Lex::Key(Kw::Next | Kw::Tomorrow)) {
        return Some(Tense::Future);
    }
    let w = t.span.of(text);
    if w.len() > 12 {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    if FUTURE_WORDS.contains(&lower.as_str()) {
        return Some(Tense::Future);
    }
    if PAST_WORDS.contains(&lower.as_str()) {
        return Some(Tense::Past);
    }
    if lower.len() > 4
        && lower.ends_with("ed")
        && !NOT_PAST.contains(&lower.as_str())
        && t.lex == Lex::None
        && !t.capitalized
    {
        return Some(Tense::Past);
    }
    None
}

/// The tense cue nearest to tokens `[first, last)` within `sentence` (a token range).
pub(crate) fn near(
    text: &str,
    toks: &[Token],
    sentence: std::ops::Range<usize>,
    first: usize,
    last: usize,
) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    for k in sentence {
        if (first..last).contains(&k) {
            continue;
        }
        let Some(t) = toks.get(k) else { break };
        if let Some(c) = cue(text, t) {
            let d = if k < first { first - k } else { k + 1 - last };
            // Future cues win ties: "will be taken ... on Aug. 2" beats "said".
            if best.is_none_or(|(bd, bt)| {
                d < bd || (d == bd && c == Tense::Future && bt == Tense::Past)
            }) {
                best = Some((d, c));
            }
        }
    }
    best.map(|(_, t)| t).unwrap_or(Tense::Unknown)
}
