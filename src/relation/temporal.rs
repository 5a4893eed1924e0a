//! Event–event temporal relations: signals between two events ("left after the meeting",
//! "before the vote", "while", "then"), reporting structure (what is reported happened before
//! the report; what is expected, after it), the past perfect ("had left" before "arrived"), a
//! present participle with its clause's verb ("Speaking in Manila, Austin said"), and repeated
//! mentions of one event ("the assassination" … "the assassination").

use super::phrases::FirstWords;
use super::{Evidence, Relation, RelationKind};
use crate::document::Span;
use crate::event::{Aspect, Event, EventAnnotation, EventClass, EventPos, Factuality, Tense};
use crate::time::TimeAnnotation;
use std::borrow::Cow;

/// Signals between two events, one or two words: `left KIND right`.
pub const SIGNALS: &[(&str, RelationKind)] = &[
    ("after", RelationKind::After),
    ("following", RelationKind::After),
    ("since", RelationKind::After),
    ("before", RelationKind::Before),
    ("prior to", RelationKind::Before),
    ("ahead of", RelationKind::Before),
    ("until", RelationKind::Before),
    ("then", RelationKind::Before),
    ("later", RelationKind::Before),
    ("while", RelationKind::Simultaneous),
    ("during", RelationKind::IsIncluded),
    ("amid", RelationKind::IsIncluded),
    ("when", RelationKind::Simultaneous),
];

/// How far (in tokens) the events on either side of a signal may be.
pub const WINDOW: usize = 10;

/// How many sentences back a definite mention looks for the event it names.
pub const COREFERENCE_SENTENCES: usize = 20;

/// Determiners that mark a later mention of an event already named ("the assassination").
pub const DEFINITE: &[&str] = &["the", "this", "that", "its", "his", "her", "their"];

/// The text of token `i`.
fn raw<'t>(text: &'t str, times: &TimeAnnotation, i: usize) -> &'t str {
    times.segments.tokens()[i].span.of(text)
}

/// Whether token `i` is one of the lower-case `words`, in any ASCII case.
fn word_in(text: &str, times: &TimeAnnotation, i: usize, words: &[&str]) -> bool {
    let w = raw(text, times, i);
    words.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Token `i` in ASCII lower case, copied only when it has an upper-case letter.
fn lower<'t>(text: &'t str, times: &TimeAnnotation, i: usize) -> Cow<'t, str> {
    let w = raw(text, times, i);
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Add the temporal relations of the document to `out`.
pub fn relate(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
    out: &mut Vec<Relation>,
) {
    signals(text, times, events, out);
    reporting(events, out);
    perfect(events, out);
    participle(events, out);
    coreference(text, times, events, out);
}

/// A signal token (or two) at `i`: its kind and token length.
fn signal_at(text: &str, times: &TimeAnnotation, i: usize) -> Option<(RelationKind, usize)> {
    let toks = times.segments.tokens();
    let is = |k: usize, w: &str| {
        toks.get(k)
            .is_some_and(|t| t.span.of(text).eq_ignore_ascii_case(w))
    };
    static FIRST: std::sync::OnceLock<FirstWords> = std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| FirstWords::new(SIGNALS.iter().map(|s| s.0)));
    let word = toks.get(i)?.span.of(text);
    let mut one = None;
    for (s, kind) in first.rows(word).iter().map(|&k| &SIGNALS[k]) {
        match s.split_once(' ') {
            Some((a, b)) if is(i, a) && is(i + 1, b) => return Some((*kind, 2)),
            None if one.is_none() && is(i, s) => one = Some((*kind, 1)),
            _ => {}
        }
    }
    one
}

fn inside_time(times: &TimeAnnotation, span: Span) -> bool {
    let k = times.timexes.partition_point(|t| t.span.end <= span.start);
    times
        .timexes
        .get(k)
        .is_some_and(|t| t.span.start <= span.start)
}

fn signals(text: &str, times: &TimeAnnotation, events: &EventAnnotation, out: &mut Vec<Relation>) {
    let seg = &times.segments;
    let toks = seg.tokens();
    let ev = &events.events;
    // Events by sentence, in token order (events are in text order already).
    let mut e = 0;
    for (s, sent) in seg.sentences().iter().enumerate() {
        let start = e;
        while e < ev.len() && ev[e].sentence == s {
            e += 1;
        }
        let in_sent = &ev[start..e];
        if in_sent.len() < 2 {
            continue;
        }
        let mut i = sent.tokens.start;
        while i < sent.tokens.end {
            let Some((kind, len)) = signal_at(text, times, i) else {
                i += 1;
                continue;
            };
            let span = Span::new(toks[i].span.start, toks[i + len - 1].span.end);
            if inside_time(times, span)
                || (i + len < toks.len() && inside_time(times, toks[i + len].span))
            {
                // "hours after the attack" (resolved with the times) or "after July 30".
                i += len;
                continue;
            }
            let left = in_sent
                .iter()
                .enumerate()
                .filter(|(_, x)| x.token < i && i - x.token <= WINDOW)
                .max_by_key(|(_, x)| (x.pos != EventPos::Noun, x.token));
            let right = in_sent
                .iter()
                .enumerate()
                .filter(|(_, x)| x.token >= i + len && x.token - (i + len) <= WINDOW)
                .min_by_key(|(_, x)| x.token);
            // A signal that opens a clause ("said that after the funeral, the body will be
            // taken"; "After the vote, parliament adjourned") relates the clause's event to the
            // main event after it, not to what stands before.
            let opens_clause = i == sent.tokens.start
                || word_in(text, times, i - 1, &["that", ",", ";", "but", "and"]);
            let left = if opens_clause { None } else { left };
            if let (Some((l, _)), Some((r, _))) = (left, right) {
                // A sentence-initial signal governs the clause after its own ("After the vote,
                // parliament adjourned"): the left event is then the right one's main verb.
                out.push(Relation {
                    source: start + l,
                    target: start + r,
                    kind,
                    evidence: Evidence::signal("signal", span, text),
                    confidence: if kind == RelationKind::Simultaneous {
                        0.5
                    } else {
                        0.75
                    },
                });
            } else if let (None, Some((r, _))) = (left, right) {
                // "After the vote, parliament adjourned": the event after the clause.
                let main = in_sent
                    .iter()
                    .enumerate()
                    .skip(r + 1)
                    .find(|(_, x)| x.pos == EventPos::Verb);
                if let Some((m, _)) = main {
                    out.push(Relation {
                        source: start + m,
                        target: start + r,
                        kind,
                        evidence: Evidence::signal("fronted-signal", span, text),
                        confidence: 0.6,
                    });
                }
            }
            i += len;
        }
    }
}

/// What a report says happened, happened before the report; what it says is expected comes
/// after it.
fn reporting(events: &EventAnnotation, out: &mut Vec<Relation>) {
    let ev = &events.events;
    for (r, rep) in ev.iter().enumerate() {
        if rep.class != EventClass::Reporting || rep.pos != EventPos::Verb {
            continue;
        }
        for (i, e) in events.in_sentence(rep.sentence) {
            if i == r || e.class == EventClass::Reporting {
                continue;
            }
            let (kind, confidence) = match e.factuality {
                Factuality::Actual
                    if matches!(e.tense, Tense::Past) || e.aspect == Aspect::Perfective =>
                {
                    (RelationKind::Before, 0.55)
                }
                Factuality::Future => (RelationKind::After, 0.5),
                _ => continue,
            };
            out.push(Relation {
                source: i,
                target: r,
                kind,
                evidence: Evidence::rule("reported"),
                confidence,
            });
        }
    }
}

/// A present participle with the subject of its clause happens with that clause's verb:
/// "Speaking in Manila on July 31, Austin said…", "Reuters reported, citing five sources".
/// (The summary gave the participle that subject as its agent.)
fn participle(events: &EventAnnotation, out: &mut Vec<Relation>) {
    let ev = &events.events;
    for (p, part) in ev.iter().enumerate() {
        let Some(agent) = part.participants.agent else {
            continue;
        };
        if part.pos != EventPos::Verb || part.tense != Tense::Prespart {
            continue;
        }
        let verb = events.in_sentence(part.sentence).find(|(j, e)| {
            *j != p
                && e.pos == EventPos::Verb
                && e.tense != Tense::Prespart
                && e.factuality == part.factuality
                && e.participants.agent == Some(agent)
        });
        if let Some((v, _)) = verb {
            out.push(Relation {
                source: p,
                target: v,
                kind: RelationKind::Simultaneous,
                evidence: Evidence::rule("participle"),
                confidence: 0.6,
            });
        }
    }
}

/// "had left" before a simple past in the same sentence.
fn perfect(events: &EventAnnotation, out: &mut Vec<Relation>) {
    let ev = &events.events;
    for (i, a) in ev.iter().enumerate() {
        if !(a.tense == Tense::Past && a.aspect == Aspect::Perfective) {
            continue;
        }
        for (j, b) in events.in_sentence(a.sentence) {
            if b.tense == Tense::Past
                && b.aspect == Aspect::None
                && b.class != EventClass::Reporting
                && b.factuality == Factuality::Actual
            {
                out.push(Relation {
                    source: i,
                    target: j,
                    kind: RelationKind::Before,
                    evidence: Evidence::rule("past-perfect"),
                    confidence: 0.5,
                });
            }
        }
    }
}

/// A definite later mention of a noun event ("the assassination") is the event named before
/// with the same lemma and the same factuality.
fn coreference(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
    out: &mut Vec<Relation>,
) {
    let ev = &events.events;
    // The noun before each noun event ("funeral" in "funeral processions"), lower case.
    let modifiers: Vec<Cow<str>> = ev
        .iter()
        .map(|e| {
            let p = e.token.wrapping_sub(1);
            match events.tags.get(p) {
                Some(&t)
                    if crate::segment::pos::name(t).starts_with("NN")
                        || crate::segment::pos::name(t) == "JJ" =>
                {
                    lower(text, times, p)
                }
                _ => Cow::Borrowed(""),
            }
        })
        .collect();
    let mut last_of: rustc_hash::FxHashMap<(&str, Factuality), usize> = Default::default();
    for (i, e) in ev.iter().enumerate() {
        if e.pos != EventPos::Noun {
            continue;
        }
        let key = (e.lemma.as_str(), e.factuality);
        if let Some(&j) = last_of.get(&key) {
            if e.sentence - ev[j].sentence <= COREFERENCE_SENTENCES
                && definite(text, times, e)
                && !has_own_modifier(text, times, e)
            {
                out.push(Relation {
                    source: i,
                    target: j,
                    kind: RelationKind::Simultaneous,
                    evidence: Evidence::rule("coreference"),
                    confidence: 0.7,
                });
            }
        }
        last_of.insert(key, i);
        // "funeral processions" is also "the funeral" later on.
        if e.token > 0 && times.segments.sentence_of_token(e.token - 1) == Some(e.sentence) {
            let m = &modifiers[i];
            if !m.is_empty() {
                last_of.insert((m.as_ref(), e.factuality), i);
            }
        }
    }
}

fn definite(text: &str, times: &TimeAnnotation, e: &Event) -> bool {
    let seg = &times.segments;
    let start = seg.sentences()[e.sentence].tokens.start;
    (start..e.token).rev().take(4).any(|j| {
        let w = raw(text, times, j);
        word_in(text, times, j, DEFINITE)
            || w.ends_with("’s")
            || w.ends_with("’S")
            || w.eq_ignore_ascii_case("s")
    })
}

/// "another attack", "a new strike", "the previous round of sanctions": not the event named
/// before.
fn has_own_modifier(text: &str, times: &TimeAnnotation, e: &Event) -> bool {
    let seg = &times.segments;
    let start = seg.sentences()[e.sentence].tokens.start;
    (start..e.token).rev().take(3).any(|j| {
        word_in(
            text,
            times,
            j,
            &[
                "another", "new", "second", "next", "separate", "a", "an", "any", "further",
                "previous", "earlier", "prior", "fresh",
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::relation::{relate, RelationKind};
    use crate::time::{tag, TimeConfig};
    use crate::{event, Document};

    /// The relation a rule drew between the events `a` and `b` of `text`, and the value of
    /// `b`'s time.
    fn between(text: &str, a: &str, b: &str) -> (Option<RelationKind>, Option<String>) {
        let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
        let times = tag(&doc, &TimeConfig::default());
        let events = event::extract(&doc, &times);
        let rel = relate(&doc, &times, &events);
        let at = |w: &str| events.events.iter().position(|e| e.text(text) == w);
        let (Some(a), Some(b)) = (at(a), at(b)) else {
            return (None, None);
        };
        let kind = rel
            .relations
            .iter()
            .find(|r| (r.source, r.target) == (a, b))
            .map(|r| r.kind);
        (kind, rel.times[b].as_ref().map(|t| t.value.clone()))
    }

    #[test]
    fn a_participle_happens_with_its_clause() {
        // The report takes the date of the visit it was made on, not the dateline.
        let text = "Speaking during a visit to Manila on July 31, Defense Secretary Lloyd Austin \
            said the United States would defend Israel.";
        let (kind, time) = between(text, "Speaking", "said");
        assert_eq!(kind, Some(RelationKind::Simultaneous));
        assert_eq!(time.as_deref(), Some("2024-07-31"));
        let text = "Hezbollah said in a statement on Sunday, adding that its fighters had fired \
            dozens of rockets.";
        assert_eq!(
            between(text, "adding", "said").0,
            Some(RelationKind::Simultaneous)
        );
        // A past participle is done before: "Wounded in the blast, the commander was taken".
        let text = "Wounded in the blast, the commander was taken to a hospital.";
        assert_eq!(between(text, "Wounded", "taken").0, None);
    }

    #[test]
    fn a_previous_round_is_not_the_one_named_before() {
        let corefer = |text: &str| {
            let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
            let times = tag(&doc, &TimeConfig::default());
            let events = event::extract(&doc, &times);
            relate(&doc, &times, &events)
                .relations
                .iter()
                .any(|r| r.evidence.rule == "coreference")
        };
        assert!(corefer(
            "Iran launched an attack on Israel. The attack was repelled."
        ));
        assert!(!corefer(
            "Iran launched an attack on Israel. The previous attack was repelled."
        ));
    }
}
