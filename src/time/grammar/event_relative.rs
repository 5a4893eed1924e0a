//! Event-relative expressions: "hours after the attack", "a day before the funeral", "two
//! weeks after the election". The time expression is the length ("hours", `PTXH`); its anchor
//! is the signal ("after") and the phrase that names the event ("the attack"), resolved to a
//! date once events are known.

use super::{Candidate, EventAnchorToks, Expr, Family, Input};
use crate::lexicon::{Kw, Lex};

/// Words that end a noun phrase naming the anchor event.
const STOP_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "when", "where", "while", "and", "but", "as", "to", "on", "in",
    "at", "by", "with", "for", "from", "was", "were", "is", "are", "had", "has", "have", "said",
    "says", "will", "would", "could", "should", "after", "before", "since", "until", "during",
    "because", "if", "than", "into", "onto", "amid", "against", "he", "she", "they", "it", "we",
    "i", "you",
];

fn phrase_end(inp: &Input, start: usize) -> usize {
    let mut j = start;
    while j < inp.len() && j - start < 8 {
        let t = &inp.toks[j];
        let possessive = (inp.punct(j, '\'') || inp.punct(j, '\u{2019}')) && inp.word(j + 1, "s");
        if possessive {
            j += 2;
            continue;
        }
        if inp.hyphen(j) {
            j += 1;
            continue;
        }
        if !t.is_word() && t.num().is_none() {
            break;
        }
        let w = inp.text(j);
        if j > start && STOP_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            break;
        }
        // A time word ends the phrase: "a day after the attack on Tuesday".
        if j > start
            && matches!(
                t.lex,
                Lex::Weekday(_) | Lex::Month(_) | Lex::Key(Kw::Yesterday | Kw::Today)
            )
        {
            break;
        }
        j += 1;
    }
    j
}

/// Give a length followed by "after"/"before" and a noun phrase an event anchor.
pub(super) fn attach(inp: &Input, c: &mut Candidate) {
    if !matches!(c.expr, Expr::Duration(_)) {
        return;
    }
    let s = c.last;
    let after = match inp.lex(s) {
        Lex::Key(Kw::After) => true,
        Lex::Key(Kw::Before) => false,
        _ => return,
    };
    let start = s + 1;
    // The phrase must start like a noun phrase: a determiner, a possessive or a capitalized name.
    let det = matches!(
        inp.lex(start),
        Lex::Key(Kw::The | Kw::A | Kw::This | Kw::That)
    ) || ["his", "her", "its", "their", "our", "my"]
        .iter()
        .any(|w| inp.word(start, w))
        || inp.capitalized(start);
    if !det {
        return;
    }
    let end = phrase_end(inp, start);
    if end <= start + usize::from(matches!(inp.lex(start), Lex::Key(Kw::The | Kw::A))) {
        return;
    }
    c.family = Family::EventRelative;
    c.event = Some(EventAnchorToks {
        signal: s,
        after,
        phrase: (start, end),
    });
}

#[cfg(test)]
mod tests {
    use crate::time::{tag, Anchor, TimeConfig};
    use crate::Document;

    #[test]
    fn anchors() {
        for (text, span, phrase, after) in [
            (
                "Hours after the attack, the council met.",
                "Hours",
                "the attack",
                true,
            ),
            (
                "A day before the funeral, crowds gathered.",
                "A day",
                "the funeral",
                false,
            ),
            (
                "Two weeks after the election, he resigned.",
                "Two weeks",
                "the election",
                true,
            ),
            (
                "Hours after Haniyeh's killing, Iran vowed revenge.",
                "Hours",
                "Haniyeh's killing",
                true,
            ),
        ] {
            let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
            let times = tag(&doc, &TimeConfig::default());
            let t = times
                .timexes
                .first()
                .unwrap_or_else(|| panic!("{text}: no timex"));
            assert_eq!(t.span.of(text), span, "{text}");
            match &t.anchor {
                Anchor::Event {
                    phrase: p,
                    after: a,
                    ..
                } => {
                    assert_eq!(p.of(text), phrase, "{text}");
                    assert_eq!(*a, after, "{text}");
                }
                other => panic!("{text}: anchor {other:?}"),
            }
        }
    }
}
