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

fn word<'t>(text: &'t str, t: &Token) -> Option<&'t str> {
    let w = t.span.of(text);
    (t.is_word() && w.len() <= 14).then_some(w)
}

fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The cue at token `k` and its strength (2: auxiliary, 1: other).
fn cue(text: &str, toks: &[Token], k: usize) -> Option<(Tense, u32)> {
    let t = &toks[k];
    if matches!(t.lex, Lex::Key(Kw::Next | Kw::Tomorrow)) {
        return Some((Tense::Future, 1));
    }
    let w = word(text, t)?;
    let next = toks.get(k + 1).and_then(|n| word(text, n));
    let prev = k.checked_sub(1).and_then(|p| word(text, &toks[p]));
    if one_of(w, FUTURE_AUX) {
        return Some((Tense::Future, 2));
    }
    if one_of(w, PAST_AUX) {
        return Some((Tense::Past, 2));
    }
    if one_of(w, FUTURE_BEFORE_TO) && next.is_some_and(|n| one_of(n, &["to", "for"])) {
        return Some((Tense::Future, 2));
    }
    if prev.is_some_and(|p| one_of(p, DETERMINERS)) {
        return None; // "the plan", "the announced merger": not a verb
    }
    if one_of(w, PAST_WORDS) {
        return Some((Tense::Past, 1));
    }
    if w.len() > 4
        && w.ends_with("ed")
        && !t.capitalized
        && t.lex == Lex::None
        && !one_of(w, NOT_PAST)
    {
        return Some((Tense::Past, 1));
    }
    None
}

/// How many tokens either side of an expression are searched for a cue.
const WINDOW: usize = 40;

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
    // Only the clause around the expression matters; a bounded window keeps tagging linear
    // however long a sentence runs.
    let lo = sentence.start.max(first.saturating_sub(WINDOW));
    let hi = sentence.end.min(last + WINDOW);
    for k in lo..hi {
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
