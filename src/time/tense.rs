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

/// Auxiliaries: strong cues.
const FUTURE_AUX: &[&str] = &["will", "shall", "ll", "would", "wo"];
const PAST_AUX: &[&str] = &["was", "were", "had", "did"];
/// Future only before "to"/"for": "is expected to", "scheduled for", "plans to".
const FUTURE_BEFORE_TO: &[&str] = &[
    "going",
    "expected",
    "expects",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "set",
    "due",
    "aims",
    "intends",
    "hopes",
    "wants",
    "slated",
];
/// Irregular past forms common in news.
const PAST_WORDS: &[&str] = &[
    "said",
    "told",
    "ago",
    "yesterday",
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
    "shot",
    "led",
    "wrote",
    "knew",
    "became",
    "brought",
    "thought",
    "sent",
    "found",
];
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "feed",
    "seed",
    "bed",
    "shed",
    "embed",
    "indeed",
    "proceed",
    "exceed",
    "succeed",
    "breed",
    "weed",
    "greed",
    "united",
    "based",
    "related",
    "limited",
    "detailed",
    "concerned",
    "interested",
    "unspecified",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "advanced",
    "red",
    "hundred",
    "married",
    "armed",
    "alleged",
    "so-called",
    "owned",
    "listed",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our",
];

fn lower(text: &str, t: &Token) -> Option<String> {
    let w = t.span.of(text);
    (t.is_word() && w.len() <= 14).then(|| w.to_ascii_lowercase())
}

/// The cue at token `k` and its strength (2: auxiliary, 1: other).
fn cue(text: &str, toks: &[Token], k: usize) -> Option<(Tense, u32)> {
    let t = &toks[k];
    if matches!(t.lex, Lex::Key(Kw::Next | Kw::Tomorrow)) {
        return Some((Tense::Future, 1));
    }
    let w = lower(text, t)?;
    let next = toks.get(k + 1).and_then(|n| lower(text, n));
    let prev = k.checked_sub(1).and_then(|p| lower(text, &toks[p]));
    if FUTURE_AUX.contains(&w.as_str()) {
        return Some((Tense::Future, 2));
    }
    if PAST_AUX.contains(&w.as_str()) {
        return Some((Tense::Past, 2));
    }
    if FUTURE_BEFORE_TO.contains(&w.as_str()) && matches!(next.as_deref(), Some("to" | "for")) {
        return Some((Tense::Future, 2));
    }
    if prev.as_deref().is_some_and(|p| DETERMINERS.contains(&p)) {
        return None; // "the plan", "the announced merger": not a verb
    }
    if PAST_WORDS.contains(&w.as_str()) {
        return Some((Tense::Past, 1));
    }
    if w.len() > 4
        && w.ends_with("ed")
        && !NOT_PAST.contains(&w.as_str())
        && t.lex == Lex::None
        && !t.capitalized
    {
        return Some((Tense::Past, 1));
    }
    None
}

/// The tense cue nearest to tokens `[first, last)` within `sentence` (a token range).
/// A possessive ("Wednesday's ruling") speaks of something that has happened.
pub(crate) fn near(
    text: &str,
    toks: &[Token],
    sentence: std::ops::Range<usize>,
    first: usize,
    last: usize,
) -> Tense {
    let apostrophe = toks
        .get(last)
        .is_some_and(|t| t.is_punct('\'') || t.is_punct('\u{2019}'));
    if apostrophe && toks.get(last + 1).is_some_and(|t| t.span.of(text) == "s") {
        return Tense::Past;
    }
    let mut best: Option<(u32, Tense)> = None;
    for k in sentence {
        if (first..last).contains(&k) || k >= toks.len() {
            continue;
        }
        if let Some((c, strength)) = cue(text, toks, k) {
            // Distance in sixths of a token: auxiliaries count as closer, and a cue after the
            // expression as farther (the verb that governs a time mostly comes before it).
            let d = if k < first {
                (first - k) as u32 * 6
            } else {
                (k + 1 - last) as u32 * 9
            };
            let score = if strength == 2 { d * 2 / 3 } else { d };
            if best.is_none_or(|(bs, bt)| {
                score < bs || (score == bs && c == Tense::Future && bt == Tense::Past)
            }) {
                best = Some((score, c));
            }
        }
    }
    best.map(|(_, t)| t).unwrap_or(Tense::Unknown)
}
