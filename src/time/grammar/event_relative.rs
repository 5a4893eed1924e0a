//! Event-relative expressions: "hours after the attack", "a day before the funeral", "two
//! weeks after the election". The time expression is the length ("hours", `PTXH`); its anchor
//! is the signal ("after") and the phrase that names the event ("the attack"), resolved to a
//! date once events are known.

use super::{Base, Candidate, EventAnchorToks, Expr, Family, From, Input, Period};
use crate::lexicon::{DayPart, Kw, Lex, Unit};

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

/// The noun phrase that names an event, from `start`: it must start like one (a determiner,
/// a possessive or a capitalized name). Its tokens, end exclusive.
fn noun_phrase(inp: &Input, start: usize) -> Option<(usize, usize)> {
    // A name in quotes: "the eighth day of ``Desert Shield''", "of “Operation Sunrise”".
    let mut start = start;
    while ['"', '`', '\u{201C}'].iter().any(|&q| inp.punct(start, q)) {
        start += 1;
    }
    // A gerund names the event as well: "a week after losing the final".
    let gerund = inp.toks.get(start).is_some_and(|t| t.is_word())
        && !inp.capitalized(start)
        && inp.text(start).len() > 4
        && inp.text(start).ends_with("ing")
        && ![
            "during",
            "including",
            "according",
            "following",
            "regarding",
            "concerning",
        ]
        .iter()
        .any(|w| inp.word(start, w));
    let det = matches!(
        inp.lex(start),
        Lex::Key(Kw::The | Kw::A | Kw::This | Kw::That)
    ) || ["his", "her", "its", "their", "our", "my"]
        .iter()
        .any(|w| inp.word(start, w))
        || inp.capitalized(start)
        || gerund;
    if !det {
        return pronoun_clause(inp, start);
    }
    let end = phrase_end(inp, start);
    if end <= start + usize::from(matches!(inp.lex(start), Lex::Key(Kw::The | Kw::A))) {
        return None;
    }
    Some((start, end))
}

/// Subject pronouns, which open a clause naming the anchor event: "a week after he resigned".
const SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "you", "it"];

/// Auxiliaries and adverbs between a subject and its verb: "after he *was* sworn in", "before
/// they *had even* left".
const BEFORE_VERB: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "did", "will",
    "would", "could", "should", "not", "never", "just", "even", "first", "finally", "last",
];

/// "a week after he resigned", "hours before they were freed": a subject pronoun and its verb
/// name the anchor event (the verb, once events are known). The clause's tokens up to its
/// verb, end exclusive.
fn pronoun_clause(inp: &Input, start: usize) -> Option<(usize, usize)> {
    if !SUBJECTS.iter().any(|w| inp.word(start, w)) {
        return None;
    }
    let mut j = start + 1;
    while j < start + 5 && BEFORE_VERB.iter().any(|w| inp.word(j, w)) {
        j += 1;
    }
    let t = inp.toks.get(j)?;
    let verb = t.is_word()
        && !inp.capitalized(j)
        && t.lex == Lex::None
        && !STOP_WORDS.iter().any(|w| inp.word(j, w));
    verb.then_some((start, j + 1))
}

/// Give a length followed by "after"/"before" and a noun phrase an event anchor.
pub(super) fn attach(inp: &Input, c: &mut Candidate) {
    if !matches!(c.expr, Expr::Duration(_)) {
        return;
    }
    let s = c.last;
    // "Jailed for eight years after exposing corruption": a length that something lasted, not
    // an offset from the event.
    if c.first > 0 && inp.kw(c.first - 1, Kw::For) {
        return;
    }
    // "within hours of the killing": no longer than that after it.
    let within_of = (inp.kw(c.first, Kw::Within)
        || (c.first > 0 && inp.kw(c.first - 1, Kw::Within)))
        && inp.kw(s, Kw::Of);
    let after = match inp.lex(s) {
        Lex::Key(Kw::After) => true,
        Lex::Key(Kw::Before) => false,
        _ if within_of => true,
        _ => return,
    };
    let Some(phrase) = noun_phrase(inp, s + 1) else {
        return;
    };
    c.family = Family::EventRelative;
    c.event = Some(EventAnchorToks {
        signal: s,
        after,
        phrase,
        within: false,
    });
}

/// "the day after the attack", "the night before the vote", "the week after the election": a
/// day, a part of one, a week, a month or a year next to an event the text names. The time
/// layer cannot date the event, so the value stays unknown (`XXXX-XX-XX`, at the unit's grain)
/// with the offset (+1 day) and the phrase in its anchor; once events are known, the event the
/// time belongs to is dated from the one the phrase names.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    if let Some(c) = nth_of(inp, i) {
        return Some(c);
    }
    // Not inside a period: "the end of the year after a long mandate" ends this year.
    if !inp.kw(i, Kw::The) || (i > 0 && inp.kw(i - 1, Kw::Of)) {
        return None;
    }
    let (unit, part) = match inp.lex(i + 1) {
        Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year)) => (u, None),
        Lex::DayPart(p) if !inp.text(i + 1).ends_with('s') => (Unit::Day, Some(p)),
        _ => return None,
    };
    let s = i + 2;
    let after = match inp.lex(s) {
        Lex::Key(Kw::After) => true,
        Lex::Key(Kw::Before) => false,
        _ => return None,
    };
    // "the day after Easter" is a day moved from a date, which the dates read.
    if super::parse_at(inp, s + 1).is_some() {
        return None;
    }
    let phrase = noun_phrase(inp, s + 1)?;
    let offset = if after { 1 } else { -1 };
    let mut c = Candidate::date(
        i,
        s,
        Base::Relative {
            unit,
            offset,
            from: From::Event,
        },
        Family::EventRelative,
    );
    if let Some(p) = part {
        c = super::relative::with_part(c, p);
    }
    c.offset = Some((offset, unit));
    c.event = Some(EventAnchorToks {
        signal: s,
        after,
        phrase,
        within: false,
    });
    Some(c)
}

/// "the second day of the offensive", "the final day of the summit", "the first week of the
/// strike": a day or week counted within an event. Its date is unknown to the time layer,
/// unless it is set beside a date ("On Tuesday, the third day of the protests") or said of the
/// day the story is at ("It is the eighth day of the blockade").
fn nth_of(inp: &Input, i: usize) -> Option<Candidate> {
    // Cheap first: "the" and a day, night or week within the next four tokens.
    let counted = |k: usize| {
        matches!(
            inp.lex(k),
            Lex::Unit(Unit::Day | Unit::Week) | Lex::DayPart(DayPart::Night)
        )
    };
    if !inp.kw(i, Kw::The) || !(i + 2..i + 5).any(counted) {
        return None;
    }
    let j = match inp.ordinal(i + 1) {
        Some((n, j)) if (1..=100).contains(&n) => j,
        _ if ["opening", "final", "last", "closing"]
            .iter()
            .any(|w| inp.word(i + 1, w)) =>
        {
            i + 2
        }
        _ => return None,
    };
    let (unit, part) = match inp.lex(j) {
        Lex::Unit(u @ (Unit::Day | Unit::Week)) => (u, None),
        Lex::DayPart(p) if inp.word(j, "night") => (Unit::Day, Some(p)),
        _ => return None,
    };
    if !inp.kw(j + 1, Kw::Of) {
        return None;
    }
    // "the first day of October", "the last week of the month" are calendar days.
    if super::parse_at(inp, j + 2).is_some() {
        return None;
    }
    let phrase = noun_phrase(inp, j + 2)?;
    // "It is (was, 's) the second day of …": the day the story is at.
    let copula = i > 0
        && (inp.word(i - 1, "is")
            || inp.word(i - 1, "was")
            || (i > 1
                && inp.word(i - 1, "s")
                && (inp.punct(i - 2, '\'') || inp.punct(i - 2, '\u{2019}'))));
    let from = if copula { From::Story } else { From::Event };
    let mut c = Candidate::date(
        i,
        j + 1,
        Base::Relative {
            unit,
            offset: 0,
            from,
        },
        Family::EventRelative,
    );
    if let Some(p) = part {
        c = super::relative::with_part(c, p);
    }
    c.event = Some(EventAnchorToks {
        signal: j + 1,
        after: false,
        phrase,
        within: true,
    });
    Some(c)
}

/// "Oct. 12, the day before the crash", "Today is the eighth day of the blockade": a day
/// counted from or within an event, set beside a date, is that date.
pub(super) fn apposition(inp: &Input, cands: &mut [Candidate]) {
    for k in 1..cands.len() {
        let (before, rest) = cands.split_at_mut(k);
        let (prev, c) = (&before[k - 1], &mut rest[0]);
        let waits = c.family == Family::EventRelative
            && matches!(
                &c.expr,
                Expr::Date(d) if d.day_part.is_none() && matches!(
                    d.base,
                    Base::Relative { unit: Unit::Day, from: From::Event | From::Story, .. }
                )
            );
        // "In 1981, the year before the massacre", "In October, the month after the coup": a
        // year or month beside a date of that grain.
        let same_grain = |unit: Unit| {
            matches!(
                (&c.expr, &prev.expr),
                (Expr::Date(d), Expr::Date(p))
                    if d.day_part.is_none()
                        && p.day_part.is_none()
                        && p.clock.is_none()
                        && matches!(d.base, Base::Relative { unit: u, from: From::Event, .. } if u == unit)
                        && matches!(
                            (unit, p.base),
                            (Unit::Year, Base::Explicit { year: Some(_), month: None, day: None })
                                | (Unit::Month, Base::Explicit { month: Some(_), day: None, .. })
                                | (Unit::Month, Base::Period { period: Period::Month(_), .. })
                        )
            )
        };
        let waits_at_grain = c.family == Family::EventRelative
            && (same_grain(Unit::Year) || same_grain(Unit::Month));
        // "Oct. 12, the day before …", "Today is the eighth day of …"
        let joined = inp.punct(prev.last, ',')
            || ["is", "was", "marks", "marked"]
                .iter()
                .any(|w| inp.word(prev.last, w));
        let beside = (waits && super::day_level(prev)) || waits_at_grain;
        if beside && joined && c.first == prev.last + 1 {
            c.expr = prev.expr.clone();
            c.shift = prev.shift;
        }
    }
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
            // A clause whose subject is a pronoun names the event by its verb.
            (
                "A week after he resigned, he returned.",
                "A week",
                "he resigned",
                true,
            ),
            (
                "Two days before they were freed, talks began.",
                "Two days",
                "they were freed",
                false,
            ),
            // "Within" a length "of" an event is after it.
            (
                "Crowds gathered within hours of the killing.",
                "within hours",
                "the killing",
                true,
            ),
            // A day, part of a day or week next to an event.
            (
                "Mourners marched the day after the assassination.",
                "the day",
                "the assassination",
                true,
            ),
            (
                "Residents fled the night before the strike.",
                "the night",
                "the strike",
                false,
            ),
            (
                "Markets fell in the week after the election.",
                "the week",
                "the election",
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

    #[test]
    fn a_length_something_lasted_is_no_offset_from_an_event() {
        let text =
            "A journalist jailed for nearly eight years after exposing corruption was freed.";
        let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
        let times = tag(&doc, &TimeConfig::default());
        let t = times.timexes.first().expect("a timex");
        assert_eq!(t.span.of(text), "nearly eight years");
        assert!(!matches!(t.anchor, Anchor::Event { .. }), "{:?}", t.anchor);
    }

    #[test]
    fn a_day_next_to_an_event_waits_for_its_date() {
        for (text, value, offset) in [
            (
                "Mourners marched the day after the assassination.",
                "XXXX-XX-XX",
                1,
            ),
            (
                "Residents fled the night before the strike.",
                "XXXX-XX-XXTNI",
                -1,
            ),
            (
                "Markets fell in the week after the election.",
                "XXXX-WXX",
                1,
            ),
        ] {
            let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
            let t = &tag(&doc, &TimeConfig::default()).timexes[0];
            assert_eq!(t.value.timex3(), value, "{text}");
            assert_eq!(t.offset.map(|o| o.amount), Some(offset), "{text}");
        }
        // A day counted within an event: beside a date, said of the story's day, or unknown.
        for (text, span, value) in [
            (
                "On Tuesday, the third day of the protests, police fired.",
                "the third day",
                "2024-07-30",
            ),
            (
                "It is the eighth day of the blockade.",
                "the eighth day",
                "2024-08-01",
            ),
            (
                "It's the second day of an offensive.",
                "the second day",
                "2024-08-01",
            ),
            (
                "He testified on the first day of the hearing.",
                "the first day",
                "XXXX-XX-XX",
            ),
            (
                "He quit in the first week of the strike.",
                "the first week",
                "XXXX-WXX",
            ),
            (
                "Talks ended on the last day of October.",
                "the last day of October",
                "2024-10-31",
            ),
        ] {
            let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
            let times = tag(&doc, &TimeConfig::default());
            let t = times.timexes.last().unwrap();
            assert_eq!(t.span.of(text), span, "{text}");
            assert_eq!(t.value.timex3(), value, "{text}");
            if span != "the last day of October" {
                assert!(matches!(t.anchor, Anchor::Within { .. }), "{text}");
            }
        }
        // Inside a period it is not counted from the event.
        let text = "He will step down at the end of the year after a long mandate.";
        let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
        let t = &tag(&doc, &TimeConfig::default()).timexes[0];
        assert_eq!(t.value.timex3(), "2024");
        // Beside a date, it is that date.
        let text = "Stocks rose on Oct. 12, the day before the crash.";
        let doc = Document::new(text).with_dateline("1989-11-01".parse().unwrap());
        let t = &tag(&doc, &TimeConfig::default()).timexes[1];
        assert_eq!(t.span.of(text), "the day");
        assert_eq!(t.value.timex3(), "1989-10-12");
        // So is a year or a month beside a year or a month; a year beside a day is not.
        for (text, dateline, value) in [
            (
                "She was held in 1981, the year before the massacre.",
                "2005-12-06",
                "1981",
            ),
            (
                "In October, the month after the coup, sales fell.",
                "2006-12-03",
                "2006-10",
            ),
            (
                "Sales fell in October 2006, the month after the coup.",
                "2007-12-03",
                "2006-10",
            ),
            (
                "They met on Oct. 12, the year before the war.",
                "2005-12-06",
                "XXXX",
            ),
        ] {
            let doc = Document::new(text).with_dateline(dateline.parse().unwrap());
            let times = tag(&doc, &TimeConfig::default());
            let t = times.timexes.last().unwrap();
            assert!(t.span.of(text).starts_with("the "), "{text}");
            assert_eq!(t.value.timex3(), value, "{text}");
        }
        // A day moved from a date is that date's neighbour.
        let text = "Stores reopened the day after Easter.";
        let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
        let t = &tag(&doc, &TimeConfig::default()).timexes[0];
        assert_eq!(t.value.timex3(), "2024-04-01");
    }
}
