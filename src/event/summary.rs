//! Participants and a short summary of an event, from the noun phrases around its trigger:
//! the subject before a verb group and the object after it ("Khamenei ordered a direct attack
//! on Israel"), "by X" for a passive, "of X" and "X's" for a noun ("the assassination of
//! Haniyeh"), "in X" for the place, and "during X" for the occasion. A participle with no
//! subject of its own takes the subject of the clause it hangs on ("Speaking in Manila, Austin
//! said"; "Reuters reported, citing five sources").
//!
//! ```
//! use eventline::{Document, event, time::{tag, TimeConfig}};
//! let doc = Document::new("Haniyeh was killed in Tehran by an explosive device.");
//! let times = tag(&doc, &TimeConfig::default());
//! let ev = event::extract(&doc, &times);
//! let killed = ev.find(doc.text(), "killed").unwrap();
//! assert_eq!(killed.summary, "Haniyeh was killed in Tehran");
//! let p = &killed.participants;
//! assert_eq!(p.theme.unwrap().of(doc.text()), "Haniyeh");
//! assert_eq!(p.agent.unwrap().of(doc.text()), "an explosive device");
//! assert_eq!(p.place.unwrap().of(doc.text()), "Tehran");
//! ```

use super::attributes::verb_group;
use super::detect::View;
use super::{Event, EventPos, Participants};
use crate::document::Span;
use crate::segment::pos;
use std::ops::Range;

/// Prepositions that attach a noun phrase to the event in a summary.
pub const ATTACHING: &[&str] = &[
    "on", "of", "against", "to", "for", "with", "at", "into", "from", "over",
];

/// Prepositions that introduce the occasion of an event, kept in its summary.
pub const DURING: &[&str] = &["during", "amid"];

/// Prepositions that introduce a place.
pub const PLACE: &[&str] = &["in", "at"];

/// The longest summary, in tokens.
pub const MAX_TOKENS: usize = 18;

fn tag(v: &View, i: usize) -> &'static str {
    pos::name(v.tags[i])
}

/// Whether token `i` can be inside a noun phrase.
fn np_token(v: &View, i: usize) -> bool {
    let tok = &v.segments.tokens()[i];
    // A hyphen after a word ("Israel-Lebanon", "a 145- kilometer road"), not a dash between
    // clauses ("came -- the army said --").
    if tok.is_punct('-') {
        let after_word = i > 0 && {
            let p = &v.segments.tokens()[i - 1];
            p.is_word() || p.num().is_some()
        };
        return !tok.space_before && after_word;
    }
    // "group’s", "“political” leader": possessives and quoted modifiers stay inside.
    if tok.is_punct('\u{2019}') || tok.is_punct('\'') {
        return v
            .segments
            .tokens()
            .get(i + 1)
            .is_some_and(|n| !n.space_before);
    }
    if tok.is_punct('\u{201c}') || tok.is_punct('\u{201d}') || tok.is_punct('"') {
        let next_word = v.segments.tokens().get(i + 1).is_some_and(|n| n.is_word());
        let prev_word = i > 0 && v.segments.tokens()[i - 1].is_word();
        return next_word && prev_word;
    }
    if !tok.is_word() && tok.num().is_none() {
        return false;
    }
    let t = tag(v, i);
    if t == "POS" {
        return true;
    }
    // Joined modifiers inside one noun phrase: "the criminal and terrorist Zionist regime",
    // "oil and gas prices"; not two noun phrases ("prices and wages rose").
    if t == "CC" && matches!(v.word(i), "and" | "or") {
        let modifier =
            |k: usize| k < v.tags.len() && matches!(tag(v, k), "JJ" | "JJR" | "JJS" | "NN" | "NNS");
        let continues = |k: usize| k < v.tags.len() && np_head(v, k) || modifier(k);
        // The first modifier opens the phrase or follows a determiner or adjective, not a
        // noun ("the temperature down and address issues" joins two phrases).
        let opens = |k: usize| k == 0 || !tag(v, k - 1).starts_with("NN");
        return i > 0 && modifier(i - 1) && opens(i - 1) && modifier(i + 1) && continues(i + 2);
    }
    if v.word(i).starts_with(['\'', '\u{2019}']) {
        return false;
    }
    // A count's qualifier: "at least 40 people", "more than 200 homes", "nearly 3,000 troops".
    let next = |k: usize| v.segments.tokens().get(i + k).map(|_| v.word(i + k));
    let count_after = |k: usize| {
        v.segments
            .tokens()
            .get(i + k)
            .is_some_and(|t| t.num().is_some() || tag(v, i + k) == "CD")
    };
    let qualifier = match v.word(i) {
        "at" => matches!(next(1), Some("least" | "most")) && count_after(2),
        "than" => i > 0 && matches!(v.word(i - 1), "more" | "fewer" | "less") && count_after(1),
        "more" | "fewer" | "less" => next(1) == Some("than") && count_after(2),
        "about" | "nearly" | "almost" | "around" | "roughly" | "approximately" | "some"
        | "over" | "up" => count_after(1),
        _ => false,
    };
    if qualifier {
        return true;
    }
    t.starts_with("NN")
        || t.starts_with("JJ")
        || t == "DT"
        || t == "PRP$"
        || t == "POS"
        || t == "CD"
        || t == "PDT"
}

fn np_head(v: &View, i: usize) -> bool {
    // A quotation mark the tagger took for a noun ("…,\" said Wan") heads nothing.
    let tok = &v.segments.tokens()[i];
    if !tok.is_word() && tok.num().is_none() {
        return false;
    }
    let t = tag(v, i);
    t.starts_with("NN") || t == "PRP" || t == "CD"
}

/// A quotation mark, straight or curly.
fn quotation_mark(t: &crate::segment::Token) -> bool {
    t.is_punct('"') || t.is_punct('\u{201c}') || t.is_punct('\u{201d}')
}

/// The noun phrase that ends at token `end` (inclusive), within `sent`.
fn np_ending_at(v: &View, end: usize, sent: &Range<usize>) -> Option<Range<usize>> {
    // Over a quotation mark: one that closes the phrase stays in it ("his bullet-proof
    // \"Popemobile\" awaited him"), one that opens what follows does not ("client activity
    // \"remains strong\"").
    let toks = v.segments.tokens();
    // A name with its abbreviation in brackets: "Reporters Without Borders (RSF) said".
    if end > sent.start && toks.get(end).is_some_and(|t| t.is_punct(')')) {
        let open = (end.saturating_sub(6).max(sent.start)..end)
            .rev()
            .find(|&k| toks[k].is_punct('('))?;
        let inner = open.checked_sub(1).and_then(|k| np_ending_at(v, k, sent))?;
        return Some(inner.start..end + 1);
    }
    if end > sent.start && toks.get(end).is_some_and(quotation_mark) {
        let closes = !toks[end].space_before;
        let inner = np_ending_at(v, end - 1, sent).filter(|np| !quotation_mark(&toks[np.start]))?;
        return Some(if closes { inner.start..end + 1 } else { inner });
    }
    if end < sent.start || !np_head(v, end) || v.in_time(end) {
        return None;
    }
    if tag(v, end) == "PRP" {
        return Some(end..end + 1);
    }
    let mut s = end;
    while s > sent.start && np_token(v, s - 1) && end - s < 6 {
        s -= 1;
    }
    // Not from the middle of a possessive ("’s Supreme Leader").
    while s < end && (tag(v, s) == "POS" || v.word(s) == "s") {
        s += 1;
    }
    Some(s..end + 1)
}

/// The noun phrase that starts at token `start`, within `sent`.
fn np_starting_at(v: &View, start: usize, sent: &Range<usize>) -> Option<Range<usize>> {
    if start >= sent.end || v.in_time(start) {
        return None;
    }
    if tag(v, start) == "PRP" {
        return Some(start..start + 1);
    }
    let toks = v.segments.tokens();
    let mut e = start;
    let mut last_head = None;
    while e < sent.end && np_token(v, e) && e - start < 10 && !v.in_time(e) {
        // A quotation is one piece: "chants of “Death to Israel”".
        // (A straight mark opens a quotation when the word after it is glued to it.)
        let straight = toks[e].is_punct('"') && toks.get(e + 1).is_some_and(|n| !n.space_before);
        // Only before the phrase has a head ("Washington’s “unwavering commitment”"): after
        // one, a quotation starts what follows ("resignation at this moment \"is not about
        // the elections\"").
        let after_possessive = e > start && (tag(v, e - 1) == "POS" || v.word(e - 1) == "s");
        if (toks[e].is_punct('\u{201c}') || straight) && (last_head.is_none() || after_possessive) {
            let closing = if straight { '"' } else { '\u{201d}' };
            let close = (e + 1..sent.end.min(e + 9)).find(|&k| toks[k].is_punct(closing));
            if let Some(close) = close {
                last_head = Some(close);
                e = close + 1;
                // A quotation that ends its clause ("an \"extremely positive atmosphere,\"
                // Ruggiero said") ends the phrase too.
                if !toks[close - 1].is_word() {
                    break;
                }
                continue;
            }
        }
        if np_head(v, e) {
            last_head = Some(e);
        }
        e += 1;
    }
    last_head.map(|h| start..h + 1)
}

/// Participles that work as prepositions ("Following the attack, Israel…"): they hang on no
/// subject.
const PREPOSITIONAL_PARTICIPLES: &[&str] = &[
    "following",
    "including",
    "according",
    "regarding",
    "concerning",
    "considering",
    "given",
    "excluding",
    "beginning",
    "starting",
    "barring",
    "pending",
    "notwithstanding",
    "compared",
    "based",
    "assuming",
    "provided",
    "depending",
];

/// The subject of the clause that the participle at `i` hangs on: the noun phrase after the
/// comma that closes a participle opening its sentence, right before that clause's verb
/// ("Speaking during a visit, [Lloyd Austin] said"), or, after a comma, the subject of the verb
/// right before it ("[he] added, saying") or of the sentence's first verb ("[Austin] spoke with
/// Gallant, stressing").
fn adjunct_subject(v: &View, i: usize, sent: &Range<usize>) -> Option<Range<usize>> {
    if !matches!(tag(v, i), "VBG" | "VBN") || PREPOSITIONAL_PARTICIPLES.contains(&v.word(i)) {
        return None;
    }
    let finite = |k: usize| matches!(tag(v, k), "VBD" | "VBZ" | "VBP" | "MD");
    if i == sent.start {
        let comma = (i + 1..sent.end.min(i + 25)).find(|&k| v.word(k) == ",")?;
        let np = np_starting_at(v, comma + 1, sent)?;
        return (np.end < sent.end && finite(np.end)).then_some(np);
    }
    // After a comma, a past participle describes the noun before it ("the sentence, or fatwa,
    // pronounced by…"), not the subject.
    if i < sent.start + 2 || v.word(i - 1) != "," || tag(v, i) != "VBG" {
        return None;
    }
    if finite(i - 2) {
        // Nothing before the verb: no subject ("Said, adding…").
        let before = (i - 2).checked_sub(1).filter(|&k| k >= sent.start)?;
        return np_ending_at(v, before, sent).filter(|np| tag(v, np.end - 1) != "PRP$");
    }
    // "[Austin] spoke with Gallant about the tensions, stressing…": the subject of the
    // sentence's only verb before it, when it opens the sentence. With a second verb ("the
    // army said the rockets were fired at dawn, killing two") the participle may hang on either.
    // A participle right after the opening noun phrase is a simple past the tagger misread
    // ("The ministry issued a warning").
    let opening = |k: usize| np_ending_at(v, k - 1, sent).filter(|np| np.start == sent.start);
    let verb = (sent.start + 1..i - 1)
        .find(|&k| finite(k) || (tag(v, k) == "VBN" && opening(k).is_some()))?;
    // A second clause between them (its verb may be misread as a participle: "came a week
    // after two buildings tumbled down, killing two people").
    let clause = |k: usize| finite(k) || CLAUSE_OPENERS.contains(&v.word(k));
    if (verb + 1..i - 1).any(clause) {
        return None;
    }
    opening(verb)
}

/// Words that open a clause inside a sentence.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "although", "though", "if", "unless",
    "until", "as", "that", "which", "who", "whom", "whose", "where",
];

/// A prepositional phrase at `i` with one of `preps`: (preposition index, its noun phrase).
fn pp_at(v: &View, i: usize, sent: &Range<usize>, preps: &[&str]) -> Option<Range<usize>> {
    if i >= sent.end || !preps.contains(&v.word(i)) {
        return None;
    }
    // "at least 40 people" is a noun phrase, not a place.
    if np_token(v, i) {
        return None;
    }
    np_starting_at(v, i + 1, sent)
}

/// The noun phrase before an infinitive, `np`, extended back over the phrases it carries ("on
/// both sides of the border") to a noun phrase that a verb takes as its object, if there is
/// one ("enables citizens on both sides of the border to return").
fn causee(v: &View, np: Range<usize>, sent: &Range<usize>) -> Range<usize> {
    let mut start = np.start;
    for _ in 0..3 {
        let Some(prep) = start.checked_sub(1).filter(|&k| k > sent.start) else {
            break;
        };
        if !CARRYING.contains(&v.word(prep)) {
            break;
        }
        let Some(before) = np_ending_at(v, prep - 1, sent) else {
            break;
        };
        start = before.start;
        if start > sent.start && tag(v, start - 1).starts_with("VB") {
            return start..np.end;
        }
    }
    np
}

/// Prepositions of phrases that stay with the noun before them. Not "for", which opens the
/// infinitive's own subject ("paved the way for a punishment to be imposed").
const CARRYING: &[&str] = &["of", "on", "in", "from", "at", "across", "near"];

fn span(v: &View, r: &Range<usize>) -> Span {
    let toks = v.segments.tokens();
    Span::new(toks[r.start].span.start, toks[r.end - 1].span.end)
}

/// Nouns of the channel a report goes through ("in a statement", "in an interview"), which
/// are not its speaker.
const MEDIA: &[&str] = &[
    "statement",
    "interview",
    "speech",
    "letter",
    "report",
    "message",
    "post",
    "address",
    "broadcast",
    "communique",
    "tweet",
];

/// The participants and summary of `e`, and the summary's span.
pub fn describe(v: &View, e: &Event) -> (Participants, String, Span) {
    let seg = v.segments;
    let sent = seg.sentences()[e.sentence].tokens.clone();
    let i = e.token;
    let mut p = Participants::default();
    let (first, mut last);
    // "the July 30 targeted killing": a gerund after a determiner is a noun phrase's head.
    let gerund_noun = tag(v, i) == "VBG"
        && (i.saturating_sub(4).max(sent.start)..i).rev().any(|j| {
            matches!(
                v.word(j),
                "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their"
            ) && (j + 1..i)
                .all(|k| np_token(v, k) || v.in_time(k) || matches!(tag(v, k), "VBN" | "VBD"))
        });
    let pos_of_event = if gerund_noun { EventPos::Noun } else { e.pos };
    match pos_of_event {
        EventPos::Verb | EventPos::Adjective | EventPos::Other => {
            let g = verb_group(v, i, e.pos);
            let passive = tag(v, i) == "VBN"
                && (g.start..i).any(|j| {
                    matches!(
                        v.word(j),
                        "was" | "were" | "is" | "are" | "be" | "been" | "being"
                    )
                });
            // The subject: the noun phrase before the verb group, or before a relative pronoun
            // ("the missile strike that killed"), with an "of", "for", "in", "from" or "at"
            // phrase it carries ("Funeral processions for Haniyeh began", "Schools in the
            // region will stay closed").
            let before = g.start.checked_sub(1).map(|k| {
                if matches!(v.word(k), "that" | "which" | "who") {
                    k.wrapping_sub(1)
                } else {
                    k
                }
            });
            let subject = before
                .filter(|&k| k != usize::MAX)
                .and_then(|k| np_ending_at(v, k, &sent))
                // An infinitive's subject is the object of the verb before it, with the phrases
                // it carries: "enables citizens on both sides of the border to return".
                .map(|s| if g.infinitive { causee(v, s, &sent) } else { s })
                .map(|s| {
                    let carried = s
                        .start
                        .checked_sub(2)
                        .filter(|_| {
                            matches!(v.word(s.start - 1), "of" | "for" | "in" | "from" | "at")
                        })
                        .and_then(|k| np_ending_at(v, k, &sent))
                        // only a subject that opens its clause
                        .filter(|c| {
                            c.start == sent.start
                                || matches!(v.word(c.start - 1), "," | "and" | "but")
                        });
                    // "Hamas in a statement said": the statement is how, not who.
                    let medium = s.start >= 1
                        && s.end > s.start
                        && v.word(s.start - 1) == "in"
                        && MEDIA.contains(&v.word(s.end - 1));
                    match carried {
                        Some(c) if medium => c,
                        Some(c) => c.start..s.end,
                        None => s,
                    }
                });
            // A participle with no subject of its own takes the subject of the clause it hangs
            // on: as its agent if it is a present participle ("Speaking in Manila, Austin
            // said"), as its theme if it is a past one ("Asked about it, the minister said").
            let adjunct = (subject.is_none() && g.start == i)
                .then(|| adjunct_subject(v, i, &sent))
                .flatten();
            let mut k = i + 1;
            if k < sent.end && tag(v, k) == "RP" {
                k += 1;
            }
            let object = if passive || e.pos != EventPos::Verb {
                None
            } else {
                // Not the subject of the clause the verb reports or holds: "said the army
                // attacked", "believes the plan will fail".
                // ("Saw us do that": an object pronoun is no subject.)
                np_starting_at(v, k, &sent).filter(|o| {
                    o.end >= sent.end
                        || !v.segments.tokens()[o.end].is_word()
                        || !matches!(tag(v, o.end), "VBD" | "VBZ" | "VBP" | "MD")
                        || matches!(v.word(o.start), "me" | "us" | "him" | "her" | "them")
                })
            };
            first = subject.as_ref().map_or(g.start, |s| s.start);
            last = object.as_ref().map_or(k, |o| o.end);
            if passive {
                p.theme = subject.as_ref().map(|s| span(v, s));
            } else {
                p.agent = subject.as_ref().map(|s| span(v, s));
                p.theme = object.as_ref().map(|o| span(v, o));
            }
            match (adjunct, tag(v, i)) {
                (Some(a), "VBG") => p.agent = Some(span(v, &a)),
                (Some(a), _) => p.theme = p.theme.or(Some(span(v, &a))),
                (None, _) => {}
            }
            // One attached phrase: "on Israel", "in Tehran".
            if let Some(pp) = pp_at(v, last, &sent, PLACE) {
                if pp.clone().any(|j| tag(v, j).starts_with("NNP")) {
                    p.place = Some(span(v, &pp));
                }
                last = pp.end;
            } else if let Some(pp) = pp_at(v, last, &sent, ATTACHING) {
                if e.pos != EventPos::Verb || object.is_some() || passive {
                    last = pp.end;
                } else {
                    // "met with Haniyeh"
                    p.theme.get_or_insert(span(v, &pp));
                    last = pp.end;
                }
            } else if let Some(pp) = pp_at(v, last, &sent, DURING) {
                // "Speaking during an official visit": the occasion, not a participant.
                last = pp.end;
            }
            if passive {
                let mut b = last;
                while b < sent.end && b < last + 6 && v.word(b) != "by" {
                    b += 1;
                }
                if let Some(agent) = pp_at(v, b, &sent, &["by"]) {
                    p.agent = Some(span(v, &agent));
                }
            }
        }
        EventPos::Noun => {
            // The noun phrase around the noun, with "X's" as agent and "of X" as theme; a
            // time or participle inside it stays ("the July 30 targeted killing").
            let mut start = np_ending_at(v, i, &sent).map_or(i, |np| np.start);
            // A participle only between a time or modifier and the noun ("the July 30
            // targeted killing"), not a verb before its object ("Israel launched the attack").
            let participle_inside = |k: usize| {
                matches!(tag(v, k), "VBN" | "VBD")
                    && k > sent.start
                    && (v.in_time(k - 1) || matches!(tag(v, k - 1), "DT" | "JJ" | "PRP$"))
            };
            while start > sent.start
                && (np_token(v, start - 1) || v.in_time(start - 1) || participle_inside(start - 1))
                && i - start < 8
            {
                start -= 1;
            }
            while start < i && (tag(v, start) == "POS" || v.word(start) == "s") {
                start += 1;
            }
            // A time before the determiner belongs to the clause: "condemned on Thursday the
            // three attacks" gives "the three attacks".
            let mut k = start;
            while k < i && v.in_time(k) {
                k += 1;
            }
            if k > start && tag(v, k) == "DT" {
                start = k;
            }
            let np = start..i + 1;
            first = np.start;
            last = i + 1;
            if let Some(pos_at) = (np.start..i).find(|&j| tag(v, j) == "POS") {
                if pos_at > np.start {
                    p.agent = Some(span(v, &(np.start..pos_at)));
                }
            }
            if let Some(pp) = pp_at(v, last, &sent, &["of"]) {
                p.theme = Some(span(v, &pp));
                last = pp.end;
            } else if let Some(pp) = pp_at(v, last, &sent, ATTACHING) {
                p.theme = Some(span(v, &pp));
                last = pp.end;
            }
            if let Some(pp) = pp_at(v, last, &sent, PLACE) {
                if pp.clone().any(|j| tag(v, j).starts_with("NNP")) {
                    p.place = Some(span(v, &pp));
                    last = pp.end;
                }
            }
            if let Some(by) = pp_at(v, last, &sent, &["by"]) {
                p.agent = Some(span(v, &by));
                last = by.end;
                // "the killing by Israel of Fuad Shukr"
                if p.theme.is_none() {
                    if let Some(pp) = pp_at(v, last, &sent, &["of"]) {
                        p.theme = Some(span(v, &pp));
                        last = pp.end;
                    }
                }
            }
        }
    }
    let mut last = last.min(first + MAX_TOKENS).max(i + 1);
    // Quotation marks come in pairs: one left open takes the mark right after the summary
    // ("\"abuse of power\"") or right before it ("\"electrified\" the campaign"), or else is
    // left out if it opens or closes the summary.
    let mut first = first;
    let toks = seg.tokens();
    let quote = |k: usize| toks.get(k).is_some_and(quotation_mark);
    // Nor does it start with a dash or the hyphen of a compound cut in two ("-face talks").
    while first < i && toks[first].is_punct('-') {
        first += 1;
    }
    if (first..last).filter(|&k| quote(k)).count() % 2 == 1 {
        if last < sent.end && quote(last) {
            last += 1;
        } else if first > sent.start && quote(first - 1) {
            first -= 1;
        } else if first < i && quote(first) {
            first += 1;
        } else if last > i + 1 && quote(last - 1) {
            last -= 1;
        }
    }
    let s = span(v, &(first..last));
    let mut summary = String::with_capacity(s.len());
    for (k, w) in s.of(v.text).split_whitespace().enumerate() {
        if k > 0 {
            summary.push(' ');
        }
        summary.push_str(w);
    }
    (p, summary, s)
}

#[cfg(test)]
mod tests {
    use crate::time::{tag, TimeConfig};
    use crate::Document;

    /// The event whose trigger is `trigger` in `text`.
    fn event_of(text: &str, trigger: &str) -> Option<crate::event::Event> {
        let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
        let times = tag(&doc, &TimeConfig::default());
        let events = crate::event::extract(&doc, &times);
        events
            .events
            .into_iter()
            .find(|e| e.span.of(text) == trigger)
    }

    /// The summary of the event whose trigger is `trigger` in `text`.
    fn summary_of(text: &str, trigger: &str) -> String {
        event_of(text, trigger)
            .map(|e| e.summary)
            .unwrap_or_default()
    }

    /// The participants of the event whose trigger is `trigger` in `text`, as text.
    fn participants_of(text: &str, trigger: &str) -> (Option<String>, Option<String>) {
        let e = event_of(text, trigger);
        let of = |s: Option<crate::document::Span>| s.map(|s| s.of(text).to_string());
        e.map_or((None, None), |e| {
            (of(e.participants.agent), of(e.participants.theme))
        })
    }

    #[test]
    fn a_count_keeps_its_qualifier_and_a_clause_subject_is_no_object() {
        assert_eq!(
            summary_of("At least 40 people are still missing.", "missing"),
            "At least 40 people are still missing"
        );
        assert_eq!(
            summary_of("More than 200 homes were destroyed.", "destroyed"),
            "More than 200 homes were destroyed"
        );
        // "at least 40 people" is what was said, not where it was said.
        let text = "He said at least 40 people were missing.";
        assert_eq!(summary_of(text, "said"), "He said");
        // The subject of the clause a verb reports or holds is not its object.
        assert_eq!(
            participants_of("Officials believe the plan will fail.", "believe").1,
            None
        );
        assert_eq!(
            participants_of(
                "Iberia netted 372 million euros (436 million dollars).",
                "netted"
            )
            .1,
            Some("372 million euros".to_string())
        );
    }

    #[test]
    fn a_participle_takes_the_subject_of_its_clause() {
        let text = "Speaking during a visit to Manila on July 31, Defense Secretary Lloyd Austin \
            said the United States would defend Israel.";
        let agent = participants_of(text, "Speaking").0;
        assert_eq!(agent.as_deref(), Some("Defense Secretary Lloyd Austin"));
        let text = "Hezbollah said in a statement on Sunday, adding that its fighters had fired \
            dozens of rockets.";
        assert_eq!(
            participants_of(text, "adding").0.as_deref(),
            Some("Hezbollah")
        );
        // The tagger reads "issued" as a participle; it is still the sentence's verb.
        let text = "The ministry issued a travel warning for the region on Friday, citing \
            security concerns.";
        assert_eq!(
            participants_of(text, "citing").0.as_deref(),
            Some("The ministry")
        );
        let text = "Israeli jets struck a building in Beirut, killing a senior commander.";
        assert_eq!(
            participants_of(text, "killing").0.as_deref(),
            Some("Israeli jets")
        );
        // A past participle's subject is what it was done to.
        let text = "Wounded in the blast, the commander was taken to a hospital.";
        assert_eq!(
            participants_of(text, "Wounded").1.as_deref(),
            Some("the commander")
        );
        // After a comma, a past participle describes the noun before it.
        let text = "Richardson said the death sentence, or fatwa, pronounced by an Iranian \
            foundation on the writer still stands.";
        assert_eq!(participants_of(text, "pronounced").1, None);
        let text = "The accident came a week after two old buildings tumbled down in Dakar, \
            killing two other people.";
        assert_eq!(participants_of(text, "killing").0, None);
        // The occasion stays in the summary, and is no participant.
        let text = "Speaking during a visit to Manila on July 31, Defense Secretary Lloyd Austin \
            said the United States would defend Israel.";
        let e = event_of(text, "Speaking").unwrap();
        assert_eq!(e.summary, "Speaking during a visit");
        assert_eq!(e.participants.theme, None);
        // A verb that opens the text has no subject to lend.
        let text = "Said, adding that it would respond.";
        assert_eq!(participants_of(text, "adding").0, None);
        assert_eq!(
            participants_of("Announced, citing sources.", "citing").0,
            None
        );
        // With two verbs before the comma, the participle may hang on either: no agent.
        let text = "The army said the rockets were fired at dawn, killing two farmers.";
        let (agent, theme) = participants_of(text, "killing");
        assert_eq!(agent, None);
        assert_eq!(theme.as_deref(), Some("two farmers"));
    }

    #[test]
    fn a_time_before_the_determiner_stays_out_of_a_noun_summary() {
        let text = "Iraq condemned on Thursday the three suicide bombing attacks on hotels in \
            Amman.";
        assert!(summary_of(text, "attacks").starts_with("the three suicide bombing attacks"));
        // Inside the noun phrase it stays.
        let text = "Hezbollah mourned after the July 30 targeted killing of its commander.";
        assert!(summary_of(text, "killing").starts_with("the July 30 targeted killing"));
    }

    #[test]
    fn a_quotation_stays_whole() {
        let text = "The crowd chanted \u{201c}Death to the regime\u{201d} for hours.";
        assert_eq!(
            summary_of(text, "chanted"),
            "The crowd chanted \u{201c}Death to the regime\u{201d}"
        );
        // The doc example's summary still reads subject, verb and object.
        let text = "Iranian Supreme Leader Ali Khamenei ordered a direct attack on Israel.";
        assert!(summary_of(text, "ordered").ends_with("ordered a direct attack on Israel"));
    }

    #[test]
    fn quotation_marks_and_dashes_at_its_edges_come_in_pairs_or_not_at_all() {
        // The closing mark of a quotation is no subject of the report after it.
        let text = "\"We will win the match,\" said Victor Wan, a coach.";
        assert_eq!(summary_of(text, "said"), "said Victor Wan");
        assert_eq!(participants_of(text, "said").0, None);
        // A quoted phrase keeps both its marks.
        let text = "He called it \"abuse of power\" in a speech.";
        assert_eq!(summary_of(text, "abuse"), "\"abuse of power\"");
        let text = "Their song \"Venus\" would go to number one.";
        assert!(summary_of(text, "go").starts_with("Their song \"Venus\" would go"));
        // A name keeps the abbreviation in brackets after it.
        let text =
            "The group Reporters Without Borders (RSF) said in a statement that it was alarmed.";
        assert!(
            summary_of(text, "said").contains("Reporters Without Borders (RSF) said"),
            "{}",
            summary_of(text, "said")
        );
        // A dash between clauses is no part of a noun phrase.
        let text = "The statement came -- the army said -- after the talks.";
        assert_eq!(summary_of(text, "said"), "the army said");
        // A hyphen inside one is.
        let text = "Talks on the Israel-Lebanon border resumed on Monday.";
        assert!(summary_of(text, "resumed").contains("Israel-Lebanon border"));
    }

    #[test]
    fn joined_modifiers_stay_in_their_noun_phrase() {
        let text = "The criminal and terrorist regime martyred our beloved guest.";
        assert!(summary_of(text, "martyred").starts_with("The criminal and terrorist regime"));
        // Two noun phrases joined stay apart.
        let text = "Prices and wages rose sharply in March.";
        assert!(summary_of(text, "rose").starts_with("wages rose"));
        let text = "They hope to bring the temperature down and address issues soon.";
        assert_eq!(summary_of(text, "bring"), "to bring the temperature down");
    }

    #[test]
    fn an_infinitive_takes_the_object_before_it_as_subject() {
        let text = "They discussed a plan that enables families on both sides of the border \
                    to safely return to their homes.";
        assert_eq!(
            summary_of(text, "return"),
            "families on both sides of the border to safely return to their homes"
        );
        let text = "It paved the way for a harsh punishment to be imposed on it.";
        assert_eq!(
            summary_of(text, "imposed"),
            "a harsh punishment to be imposed on it"
        );
        // Without a verb to take it as object, the phrase before the infinitive stays alone.
        let text = "Talks on both sides of the border to return refugees stalled.";
        assert!(summary_of(text, "return").starts_with("the border to return"));
    }

    /// A subject carries the place or origin phrase it opens its clause with.
    #[test]
    fn a_subject_carries_its_place() {
        assert_eq!(
            participants_of(
                "Militants in police uniforms stormed a ministry building.",
                "stormed"
            )
            .0
            .as_deref(),
            Some("Militants in police uniforms")
        );
        assert_eq!(
            participants_of(
                "Democratic leaders in the Senate have vowed to block the bill.",
                "vowed"
            )
            .0
            .as_deref(),
            Some("Democratic leaders in the Senate")
        );
    }

    /// "In a statement" is how a report was made, not who made it.
    #[test]
    fn a_statement_is_not_its_speaker() {
        assert_eq!(
            participants_of(
                "Hamas in a statement said the body will be taken to Doha.",
                "said"
            )
            .0
            .as_deref(),
            Some("Hamas")
        );
    }
}
