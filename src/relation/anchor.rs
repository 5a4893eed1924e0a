//! Events anchored to times: a time expression belongs to the event of its clause ("met … on
//! Aug. 1", "the assassination on July 31", "Wednesday's funeral"), with the signal before it
//! saying how ("on", "in", "since", "until"); event-relative times ("hours after the attack")
//! are resolved through the event they name; events left without a time take one from the
//! events they are simultaneous with, from their sentence, or, for reports, from the same
//! speaker's report dated just before ("Austin said on July 31 …" … "he added") or else the
//! dateline.

use super::{EventTime, Evidence, RelationKind, Relations, TimeSource};
use crate::event::{EventAnnotation, EventClass, EventPos, Factuality, Tense};
use chrono::Datelike;

use crate::time::{Anchor, CalendarValue, Reference, TimeAnnotation, TimeValue, Timex, TimexType};
use crate::DatelineSource;

/// Signals before a time expression: how an event relates to the time.
pub const SIGNALS: &[(&str, RelationKind)] = &[
    ("on", RelationKind::IsIncluded),
    ("in", RelationKind::IsIncluded),
    ("at", RelationKind::IsIncluded),
    ("during", RelationKind::IsIncluded),
    ("throughout", RelationKind::IsIncluded),
    ("within", RelationKind::IsIncluded),
    ("since", RelationKind::After),
    ("after", RelationKind::After),
    ("from", RelationKind::After),
    ("until", RelationKind::Before),
    ("till", RelationKind::Before),
    ("by", RelationKind::Before),
    ("before", RelationKind::Before),
];

/// The rule of a time inside a noun phrase ("the July 30 killing"): it dates that noun only.
pub const NOUN_PHRASE_RULE: &str = "time-in-noun-phrase";

/// The evidence rule of an event ordered against the event an event-relative time names.
const EVENT_RELATIVE_RULE: &str = "event-relative-time";

/// How far (in tokens) an event may be from the time expression of its clause.
pub const WINDOW: usize = 20;

fn token_range(times: &TimeAnnotation, t: &Timex) -> (usize, usize) {
    let toks = times.segments.tokens();
    let first = toks.partition_point(|x| x.span.end <= t.span.start);
    let last = toks.partition_point(|x| x.span.start < t.span.end);
    (first, last.max(first + 1))
}

/// Whether a time expression places events: a date or time (not a length or a set, not the
/// dateline in the article head).
fn places_events(times: &TimeAnnotation, t: &Timex) -> bool {
    if let DatelineSource::Detected(s) = times.dateline_source {
        if s.start <= t.span.start && t.span.end <= s.end {
            return false;
        }
    }
    // A range of days named by its ends ("held July 13-15") is a length in TIMEX3, but it
    // places what happens within it.
    let range = t.kind == TimexType::Duration
        && t.family == crate::time::Family::Absolute
        && t.bounds.is_some();
    (range
        || (matches!(t.kind, TimexType::Date | TimexType::Time)
            && !matches!(t.value, TimeValue::Duration(_))))
        && !matches!(t.anchor, Anchor::Event { .. } | Anchor::Within { .. })
}

fn time_of(
    k: usize,
    t: &Timex,
    relation: RelationKind,
    evidence: Evidence,
    confidence: f32,
) -> EventTime {
    EventTime {
        value: t.value.timex3(),
        interval: t.interval().or(t.bounds),
        relation,
        timex: Some(k),
        source: TimeSource::Timex,
        evidence,
        confidence,
    }
}

fn offer(slot: &mut Option<EventTime>, t: EventTime) {
    if slot.as_ref().is_none_or(|s| t.confidence > s.confidence) {
        *slot = Some(t);
    }
}

/// Each event's time from the time expressions of its clause.
pub fn anchor(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
) -> Vec<Option<EventTime>> {
    anchor_clauses(text, times, events).0
}

/// [`anchor`], and which time expressions the verb of their clause could not take and that
/// date nothing else of the sentence ("unveiled mascots for the 2008 Games"; see
/// [`inherit_times`]).
pub(crate) fn anchor_clauses(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
) -> (Vec<Option<EventTime>>, Vec<bool>) {
    let mut out: Vec<Option<EventTime>> = vec![None; events.events.len()];
    let mut consumed = vec![false; times.timexes.len()];
    let seg = &times.segments;
    let toks = seg.tokens();
    for (k, t) in times.timexes.iter().enumerate() {
        if !places_events(times, t) {
            continue;
        }
        let (first, last) = token_range(times, t);
        let Some(sent) = seg.sentence_of_token(first) else {
            continue;
        };
        let signal = first
            .checked_sub(1)
            .filter(|&p| seg.sentence_of_token(p) == Some(sent))
            .and_then(|p| {
                let w = toks[p].span.of(text).to_ascii_lowercase();
                SIGNALS
                    .iter()
                    .find(|(s, _)| *s == w)
                    .map(|(_, kind)| (p, *kind))
            });
        // "From" before a range named by its ends ("held from Nov. 4 to 5") opens the range:
        // what is held then is within it, not after its start.
        let range = t.kind == TimexType::Duration
            && t.family == crate::time::Family::Absolute
            && t.bounds.is_some();
        let signal = signal.map(|(p, kind)| {
            let from = toks[p].span.of(text).eq_ignore_ascii_case("from");
            (
                p,
                if range && from {
                    RelationKind::IsIncluded
                } else {
                    kind
                },
            )
        });
        let (relation, evidence, boost) = match signal {
            Some((p, kind)) => (
                kind,
                Evidence::signal("time-signal", toks[p].span, text),
                0.1,
            ),
            None => (
                RelationKind::IsIncluded,
                Evidence::rule("time-in-clause"),
                0.0,
            ),
        };
        let left_edge = signal.map_or(first, |(p, _)| p);
        // A noun right before ("the assassination on July 31") or right after ("Wednesday's
        // funeral", "the July 31 assassination") takes the time first.
        let noun_left = events
            .in_sentence(sent)
            .filter(|(_, e)| {
                e.pos == EventPos::Noun && e.token < left_edge && left_edge - e.token <= 2
            })
            .max_by_key(|(_, e)| e.token);
        // A time inside a noun phrase ("the July 30 targeted killing", "Wednesday's funeral")
        // modifies the events after it, not the clause.
        let prenominal = first > 0
            && matches!(
                toks[first - 1].span.of(text).to_ascii_lowercase().as_str(),
                "the" | "a" | "an" | "this" | "last" | "its" | "his" | "her" | "their"
            )
            || toks
                .get(last)
                .is_some_and(|t| matches!(t.span.of(text), "'s" | "\u{2019}s" | "'" | "\u{2019}"));
        // Not across another event, out of a noun phrase: "on Monday ordered the release"
        // dates the order (but "the July 30 targeted killing" is one phrase).
        let noun_right: Vec<(usize, &crate::event::Event)> = events
            .in_sentence(sent)
            .filter(|(_, e)| e.token >= last && e.token - last <= 2)
            .filter(|(_, e)| e.pos == EventPos::Noun || prenominal)
            .filter(|(_, e)| {
                prenominal
                    || !events
                        .in_sentence(sent)
                        .any(|(_, x)| x.token >= last && x.token < e.token)
            })
            // Nor across a word that orders what follows against the time: "ran from 2016
            // until his arrest" does not date the arrest from 2016 (but "on Thursday in a
            // statement" dates the statement).
            .filter(|(_, e)| {
                !(last..e.token).any(|j| {
                    let w = toks[j].span.of(text).to_ascii_lowercase();
                    SIGNALS
                        .iter()
                        .any(|(s, kind)| *s == w && *kind != RelationKind::IsIncluded)
                        || matches!(w.as_str(), "and" | "to")
                })
            })
            .collect();
        for (i, _) in noun_left.into_iter().chain(noun_right.iter().copied()) {
            let evidence = if prenominal {
                Evidence::rule(NOUN_PHRASE_RULE)
            } else {
                evidence.clone()
            };
            offer(&mut out[i], time_of(k, t, relation, evidence, 0.8 + boost));
        }
        // The verb of the clause: the nearest verb event before, else after (a fronted time:
        // "On Tuesday, Israel struck").
        // A simple present ("shows", in a caption) does not take a past date.
        let past_time = match (t.interval(), times.dateline) {
            (Some(iv), Some(d)) => iv.end.date() <= d.date(),
            _ => false,
        };
        // Nor is what was done "now" or "in the future" ("scored the winner against Marseille,
        // who now have two wins").
        let now_or_later = matches!(
            t.value,
            TimeValue::Reference(Reference::PresentRef | Reference::FutureRef)
        );
        // "Since" before the time ("have died since the invasion in March 2003", "since they
        // began their offensive in mid October, they have seized"): what has been done since
        // lies after it.
        let sent_start = seg.sentences()[sent].tokens.start;
        // Not a "since" of another time between ("missing since Friday morning, have been
        // found on Saturday morning").
        let since = |e: &crate::event::Event| {
            (e.token
                .min(first)
                .saturating_sub(SINCE_REACH)
                .max(sent_start)..first)
                .any(|j| {
                    toks[j].span.of(text).eq_ignore_ascii_case("since")
                        && !times.timexes.iter().any(|x| {
                            let (f, _) = token_range(times, x);
                            f > j && f < first && places_events(times, x)
                        })
                })
        };
        // A time still to come, which what happened is not within.
        let future_time = match (t.interval(), times.dateline) {
            (Some(iv), Some(d)) => iv.start.date() > d.date(),
            _ => false,
        };
        let can_take = |e: &crate::event::Event| {
            e.pos != EventPos::Noun
                && !(past_time
                    && e.tense == Tense::Present
                    && e.aspect == crate::event::Aspect::None)
                && !(now_or_later && e.tense == Tense::Past)
        };
        let verb_left = events
            .in_sentence(sent)
            .filter(|(_, e)| can_take(e))
            .filter(|(_, e)| e.token < left_edge && left_edge - e.token <= WINDOW)
            .max_by_key(|(_, e)| e.token);
        if prenominal && !noun_right.is_empty() {
            continue;
        }
        let verb = verb_left.or_else(|| {
            events
                .in_sentence(sent)
                .filter(|(_, e)| can_take(e))
                .find(|(_, e)| e.token >= last && e.token - last <= WINDOW)
                .filter(|(_, e)| {
                    e.class != EventClass::Reporting || report_after(times, events, k).is_none()
                })
        });
        // A verb in the present perfect is not within a past time beside it, unless right
        // before it ("have confirmed on Wednesday"): the time is another clause's ("has denied
        // that its soldiers committed any crimes last month"), so no verb of this clause
        // takes it.
        // Nor is what will be done within a time gone by ("will also lessen fears of a
        // catastrophe like 1998", "will face a crucial test" after "elected as president in
        // 2004"), whatever its place.
        // (A time of the dateline's own day, "the polls will close at 3 p.m.", is no time gone
        // by.)
        let before_the_day = match (t.interval(), times.dateline) {
            (Some(iv), Some(d)) => iv.end <= midnight_of(d.date()),
            _ => false,
        };
        let refused = verb.is_some_and(|(_, e)| {
            relation == RelationKind::IsIncluded
                && ((past_time && present_perfect(e) && e.token + 1 != left_edge && !since(e))
                    || (before_the_day && e.tense == Tense::Future))
        });
        // What happened is not within a time still to come ("had staged three rounds of
        // blockade demanding … elections in January", "unveiled mascots for the 2008 Olympic
        // Games"): the time is another happening's, and dates nothing else of the sentence.
        // Nor is what has been done ("have confirmed their participation in a tournament in
        // Dubai from January 5-14"), unless a clause of time makes it a future ("once the
        // draw has taken place on December 9").
        let done = |e: &crate::event::Event| {
            present_perfect(e)
                && !(e
                    .token
                    .saturating_sub(8)
                    .max(seg.sentences()[sent].tokens.start)..e.token)
                    .rev()
                    .take_while(|&j| !toks[j].is_punct(','))
                    .any(|j| {
                        let w = toks[j].span.of(text);
                        [
                            "once", "when", "after", "until", "before", "if", "unless", "as",
                        ]
                        .iter()
                        .any(|s| w.eq_ignore_ascii_case(s))
                    })
        };
        let to_come = verb.is_some_and(|(_, e)| {
            future_time
                && relation == RelationKind::IsIncluded
                && (e.tense == Tense::Past || done(e))
                && e.factuality == Factuality::Actual
        });
        if refused || to_come {
            // It dates a noun a few words before it with no other event between, which the
            // verb would have passed it to: "the death toll from a colliery blast in north
            // China last week has risen", "a snap election, scheduled for March 28".
            let refuser = verb.map(|(i, _)| i);
            let noun = events
                .in_sentence(sent)
                .filter(|(_, e)| {
                    e.pos == EventPos::Noun
                        && e.token < left_edge
                        && left_edge - e.token <= NOUN_REACH
                })
                .max_by_key(|(_, e)| e.token)
                .filter(|(_, n)| {
                    !events.in_sentence(sent).any(|(j, x)| {
                        x.token > n.token && x.token < left_edge && Some(j) != refuser
                    })
                });
            if let Some((i, n)) = noun {
                // Ordered against it by a word between ("hoped for a settlement after Canada's
                // January 23 election").
                let relation = ordered_between(text, toks, n.token, left_edge).unwrap_or(relation);
                offer(
                    &mut out[i],
                    time_of(k, t, relation, Evidence::rule(NOUN_PHRASE_RULE), 0.6),
                );
            }
            if to_come {
                consumed[k] = true;
            }
            continue;
        }
        if let Some((i, e)) = verb {
            let distance = if e.token < first {
                first - e.token
            } else {
                e.token - last
            };
            let confidence = 0.75 + boost - 0.01 * distance as f32;
            let relation = if past_time
                && present_perfect(e)
                && since(e)
                && relation != RelationKind::Before
            {
                RelationKind::After
            } else if let Some(kind) = ordered_between(text, toks, e.token, left_edge) {
                // "Troops withdrew before the elections on Sunday": the time is the
                // elections', and the withdrawal is before it.
                kind
            } else {
                relation
            };
            offer(
                &mut out[i],
                time_of(k, t, relation, evidence.clone(), confidence),
            );
        }
    }
    (out, consumed)
}

/// The token of the report that time expression `k` is told before, set off from it ("… last
/// October, the manager said", "… in 2006, the IEA said", "… in the July-September period, the
/// department said in a report, adding"): the time dates what was said, not the saying, nor
/// anything of the report's clause after it. `None` for a time in the phrase that opens the
/// sentence, which the report does take ("On Friday, the minister said", "In a television
/// interview late Monday, the general declared", "After the morning session, Song told
/// reporters").
fn report_after(times: &TimeAnnotation, events: &EventAnnotation, k: usize) -> Option<usize> {
    let seg = &times.segments;
    let toks = seg.tokens();
    let (first, last) = token_range(times, &times.timexes[k]);
    let sent = seg.sentence_of_token(first)?;
    let range = seg.sentences()[sent].tokens.clone();
    let is_break = |j: usize| {
        toks[j].is_punct(',')
            || toks[j].is_punct('"')
            || toks[j].is_punct('\u{201d}')
            || toks[j].is_punct('\u{201c}')
    };
    // The first event after the time is the report, with a break between.
    let (_, report) = events.in_sentence(sent).find(|(_, e)| e.token >= last)?;
    if report.class != EventClass::Reporting
        || report.token - last > WINDOW
        || !(last..report.token).any(is_break)
    {
        return None;
    }
    // The opening phrase: no break before the time, a comma within a few words after it, and
    // no finite verb before that comma.
    let comma = (last..report.token.min(last + 4)).find(|&j| toks[j].is_punct(','));
    let finite = |j: usize| {
        events
            .tags
            .get(j)
            .is_some_and(|&t| matches!(crate::segment::pos::name(t), "VBD" | "VBZ" | "VBP" | "MD"))
    };
    let opens =
        comma.is_some_and(|c| !(range.start..first).any(is_break) && !(range.start..c).any(finite));
    (!opens).then_some(report.token)
}

/// Words that order a verb against the happening named after them, with the time that
/// happening is at: "withdrew before the elections on Sunday", "arrested two men after the
/// attack on Monday", "ahead of a speech by Abbas on Saturday". Not all of [`SIGNALS`], which
/// a time's own preposition gives: "by" and "from" before a noun order nothing ("arrested by
/// police on Monday").
const ORDERING_WORDS: &[(&str, RelationKind)] = &[
    ("before", RelationKind::Before),
    ("ahead", RelationKind::Before),
    ("prior", RelationKind::Before),
    ("until", RelationKind::Before),
    ("after", RelationKind::After),
    ("following", RelationKind::After),
    ("since", RelationKind::After),
];

/// How far an ordering word may be from the verb it orders, and from the time after it.
const ORDERING_REACH: usize = 4;

/// The order an ordering word between a verb at token `verb` and a time whose phrase starts
/// at token `edge` gives the verb against that time ([`ORDERING_WORDS`]): close on both sides,
/// the verb's own complement and the happening's own time.
fn ordered_between(
    text: &str,
    toks: &[crate::segment::Token],
    verb: usize,
    edge: usize,
) -> Option<RelationKind> {
    if verb + 1 >= edge {
        return None;
    }
    let word = |j: usize| toks.get(j).map_or("", |t| t.span.of(text));
    (verb + 1..edge).rev().find_map(|j| {
        let w = word(j);
        ORDERING_WORDS
            .iter()
            .find(|(o, _)| o.eq_ignore_ascii_case(w))
            .filter(|_| j - verb <= ORDERING_REACH && edge - j <= ORDERING_REACH + 1)
            // "Ahead of" and "prior to", not "looking ahead", "the prior space walk"; and not
            // across a comma, after which the time opens another clause ("ahead of the poll,
            // on Tuesday also reached agreement").
            .filter(|(o, _)| match *o {
                "ahead" => word(j + 1).eq_ignore_ascii_case("of"),
                "prior" => word(j + 1).eq_ignore_ascii_case("to"),
                _ => true,
            })
            .filter(|_| !(j..edge).any(|k| toks[k].is_punct(',')))
            .map(|(_, kind)| *kind)
    })
}

/// How far before a time the present perfect of its clause does not take a noun may be to take
/// it instead ("a colliery blast in north China last week has risen").
const NOUN_REACH: usize = 8;

/// How far before a time and its event a "since" still governs the time ("since the Jewish
/// state's offensive against Hezbollah guerrillas in the region in April 1996").
const SINCE_REACH: usize = 12;

/// Whether an event is told in the present perfect ("has seized", "have been fighting"): done
/// by the time of the telling, so not within a past time named beside it ("has denied that
/// its soldiers committed any crimes last month"), but after one it is counted since.
fn present_perfect(e: &crate::event::Event) -> bool {
    e.tense == Tense::Present
        && matches!(
            e.aspect,
            crate::event::Aspect::Perfective | crate::event::Aspect::PerfectiveProgressive
        )
}

/// Resolve "hours after the attack": find the event the phrase names, order the events of the
/// clause after (or before) it, and give them its date when it has one.
pub fn event_relative(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
    out: &mut Relations,
) {
    let seg = &times.segments;
    for (k, t) in times.timexes.iter().enumerate() {
        let Anchor::Event {
            signal,
            after,
            phrase,
        } = t.anchor
        else {
            continue;
        };
        let phrase_sentence = seg
            .sentence_of_token(seg.tokens().partition_point(|x| x.span.end <= phrase.start))
            .unwrap_or(0);
        let Some(anchor_ix) = events
            .in_sentence(phrase_sentence)
            .find(|(_, e)| phrase.start <= e.span.start && e.span.end <= phrase.end)
            .map(|(i, _)| i)
        else {
            continue;
        };
        let (first, last) = token_range(times, t);
        let Some(sent) = seg.sentence_of_token(first) else {
            continue;
        };
        // The event the time belongs to: the nearest verb event after the phrase (a fronted
        // "Hours after the attack, Iran held …"), else before it.
        // A fronted phrase runs to its comma: "Barely 10 days after Chirac called the ballot
        // scheduled for May 25, polls showed …" belongs to "showed", not to "scheduled".
        let phrase_end = seg.tokens().partition_point(|x| x.span.start < phrase.end);
        let main_clause = (phrase_end..seg.sentences()[sent].tokens.end)
            .find(|&k| seg.tokens()[k].is_punct(','))
            .and_then(|k| seg.tokens().get(k))
            .map_or(phrase.end, |comma| comma.span.end);
        let after_phrase = events
            .in_sentence(sent)
            .filter(|(_, e)| {
                e.pos != EventPos::Noun && e.token >= last && e.span.start >= main_clause
            })
            .min_by_key(|(_, e)| e.token);
        let before_time = events
            .in_sentence(sent)
            .filter(|(_, e)| e.pos != EventPos::Noun && e.token < first)
            .max_by_key(|(_, e)| e.token);
        let governed = if first == seg.sentences()[sent].tokens.start {
            after_phrase.or(before_time)
        } else {
            before_time.or(after_phrase)
        };
        let Some((g, _)) = governed else { continue };
        if g == anchor_ix {
            continue;
        }
        let kind = if after {
            RelationKind::After
        } else {
            RelationKind::Before
        };
        let evidence = Evidence::signal(EVENT_RELATIVE_RULE, signal, text);
        out.relations.push(super::Relation {
            source: g,
            target: anchor_ix,
            kind,
            evidence: evidence.clone(),
            confidence: 0.85,
        });
        // Its date: the anchor's, to the day (hours or a day after an event on July 31 is
        // still, most likely, July 31 or the day after; the timeline keeps the order).
        // An anchor without a time of its own ("the attack", named before by another word)
        // is the happening the text last dated, in this sentence or the two before.
        // "The day after the attack" is the next day; a length ("hours after") keeps the day.
        let days = match t.offset {
            Some(crate::time::Offset {
                amount,
                unit: crate::lexicon::Unit::Day,
            }) if t.kind != TimexType::Duration => amount,
            _ => 0,
        };
        // A day counted from the happening must be that happening's: named again by a word
        // of the same stem ("assassinated" … "the day after the assassination").
        let anchor_lemma = events.events[anchor_ix].lemma.as_str();
        // So must a happening told by a clause's verb ("a week after he resigned"): a noun
        // ("the attack") mostly names again what was told before, a verb mostly tells it anew.
        let told_by_verb = events.events[anchor_ix].pos == EventPos::Verb;
        // A gerund names a new act ("a week after losing the final"), not a happening named
        // before by another word: it is dated, if at all, by counting back from the clause.
        let gerund = events.events[anchor_ix].tense == Tense::Prespart
            && phrase.start == events.events[anchor_ix].span.start;
        // So is a clause's verb, counted back an exact length ("arrived on April 20, 67 days
        // after he sought asylum"); failing that, it can still name again, by its stem, what
        // was dated ("killed on July 31 … hours after he was killed").
        if (gerund || told_by_verb) && out.times[anchor_ix].is_none() {
            if let Some(at) = counted_back(t, out.times[g].as_ref(), after) {
                out.times[anchor_ix] = Some(at);
                continue;
            }
            if gerund {
                continue;
            }
        }
        let anchor_time = out.times[anchor_ix].clone().or_else(|| {
            let named_before = (sent.saturating_sub(2)..=sent)
                .flat_map(|s| events.in_sentence(s))
                .filter(|(_, e)| e.token < first)
                .filter(|(_, e)| e.factuality == Factuality::Actual)
                .filter(|(_, e)| (days == 0 && !told_by_verb) || same_stem(&e.lemma, anchor_lemma))
                .filter_map(|(i, _)| out.times[i].clone())
                .filter(|t| t.source == TimeSource::Timex && t.interval.is_some())
                .last()?;
            // Being that happening, the anchor takes its date.
            out.times[anchor_ix] = Some(EventTime {
                source: TimeSource::Discourse,
                relation: RelationKind::IsIncluded,
                timex: None,
                evidence: Evidence::rule("named-again"),
                confidence: (named_before.confidence * 0.6).min(0.5),
                ..named_before.clone()
            });
            Some(named_before)
        });
        // Only from a known day: a month ("bombings this month") gives no day to count from.
        let moved = anchor_time
            .as_ref()
            .and_then(|at| at.interval)
            .filter(|i| days != 0 && i.end - i.start <= chrono::Duration::days(1))
            .and_then(|i| {
                i.start
                    .date()
                    .checked_add_signed(chrono::Duration::try_days(days)?)
            });
        // The expression itself, when the time layer could not date it: that day (with its
        // part: "the night before the strike").
        if let (Some(day), None) = (moved, t.interval()) {
            if let TimeValue::Calendar(v) = &t.value {
                let value = match v.day_part {
                    Some(p) => CalendarValue::day(day).with_day_part(p),
                    None => CalendarValue::day(day),
                };
                out.resolved.push((k, TimeValue::Calendar(value)));
            }
        }
        if let Some(at) = anchor_time {
            // On the day named, or after (before) the anchor's day.
            let (value, relation) = match moved {
                Some(day) => (day.format("%Y-%m-%d").to_string(), RelationKind::IsIncluded),
                None => (at.value.get(..10).unwrap_or(&at.value).to_string(), kind),
            };
            let interval = at.interval.map(|i| {
                let day = moved.unwrap_or(i.start.date());
                crate::time::Interval {
                    start: day.and_hms_opt(0, 0, 0).unwrap_or(i.start),
                    end: day
                        .succ_opt()
                        .and_then(|d| d.and_hms_opt(0, 0, 0))
                        .unwrap_or(i.end),
                }
            });
            let time = EventTime {
                value,
                interval,
                relation,
                timex: None,
                source: TimeSource::EventRelative,
                evidence,
                confidence: at.confidence.min(0.7),
            };
            offer(&mut out.times[g], time);
        }
    }
}

/// The day of an event that a dated event came an exact number of days or weeks after
/// (`after`) or before: "clinched a place on Sunday, a week after losing the final" puts the
/// losing on the Sunday before.
fn counted_back(length: &Timex, dated: Option<&EventTime>, after: bool) -> Option<EventTime> {
    use crate::time::DurationUnit;
    // "Nearly four weeks", "more than three weeks": no exact day to count back to.
    if length.modifier.is_some() {
        return None;
    }
    let dated = dated?;
    let iv = dated.interval?;
    if dated.relation != RelationKind::IsIncluded || iv.end - iv.start > chrono::Duration::days(1) {
        return None;
    }
    let TimeValue::Duration(d) = &length.value else {
        return None;
    };
    let days = match d.parts.as_slice() {
        [(Some(n), DurationUnit::Day)] => i64::try_from(*n).ok()?,
        [(Some(n), DurationUnit::Week)] => i64::try_from(*n).ok()?.checked_mul(7)?,
        _ => return None,
    };
    let shift = chrono::Duration::try_days(if after { -days } else { days })?;
    let day = iv.start.date().checked_add_signed(shift)?;
    let start = day.and_hms_opt(0, 0, 0)?;
    Some(EventTime {
        value: day.format("%Y-%m-%d").to_string(),
        interval: Some(crate::time::Interval {
            start,
            end: start + chrono::Duration::days(1),
        }),
        relation: RelationKind::IsIncluded,
        timex: None,
        source: TimeSource::EventRelative,
        evidence: Evidence::rule(EVENT_RELATIVE_RULE),
        confidence: (dated.confidence * 0.8).min(0.6),
    })
}

/// Whether two lemmas share a stem: "assassinate" and "assassination", "kill" and "killing".
fn same_stem(a: &str, b: &str) -> bool {
    let common = a
        .bytes()
        .zip(b.bytes())
        .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
        .count();
    common >= 5 || common == a.len().min(b.len())
}

/// Words that set a clause's event before or after the one it hangs on ("called on them
/// after the authorities issued a warrant"): across them, events do not share a time.
const ORDERING_SIGNALS: &[&str] = &["after", "before", "since", "until", "following"];

/// Whether an ordering signal stands between tokens `a` and `b`.
fn ordered_apart(text: &str, times: &TimeAnnotation, a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    let between = times.segments.tokens().get(lo + 1..hi).unwrap_or(&[]);
    between.iter().any(|t| {
        t.is_word() && {
            let w = t.span.of(text);
            ORDERING_SIGNALS.iter().any(|s| s.eq_ignore_ascii_case(w))
        }
    })
}

/// Give untimed events a time: from an event they are simultaneous with or included in, from
/// the dateline (what is reported is reported as of the dateline; what is expected comes after
/// it), or from a time expression elsewhere in their sentence.
pub fn inherit(text: &str, times: &TimeAnnotation, events: &EventAnnotation, out: &mut Relations) {
    inherit_times(text, times, events, out, &vec![false; times.timexes.len()]);
}

/// [`inherit`], leaving alone the time expressions `consumed` marks ([`anchor_clauses`]).
pub(crate) fn inherit_times(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
    out: &mut Relations,
    consumed: &[bool],
) {
    let n = events.events.len();
    // Through identity and inclusion (twice, for chains).
    for _ in 0..2 {
        for r in &out.relations {
            if !matches!(
                r.kind,
                RelationKind::Simultaneous | RelationKind::IsIncluded
            ) {
                continue;
            }
            for (from, to) in [(r.target, r.source), (r.source, r.target)] {
                if r.kind == RelationKind::IsIncluded && from == r.source {
                    continue;
                }
                // What happened and what is only expected do not share a date.
                if events.events[from].factuality != events.events[to].factuality {
                    continue;
                }
                if out.times[to].is_none() {
                    if let Some(t) = out.times[from].clone() {
                        out.times[to] = Some(EventTime {
                            source: TimeSource::Discourse,
                            evidence: r.evidence.clone(),
                            confidence: (t.confidence * r.confidence).min(0.7),
                            relation: RelationKind::IsIncluded,
                            ..t
                        });
                    }
                }
            }
        }
    }
    // A dated event of the same sentence nearby, for the events around it that have no time
    // of their own (the object of "held", the noun of "the strike that killed … early that
    // morning"); not for reports, nor for a present or future event next to a past date.
    let snapshot = out.times.clone();
    let mut claimed = vec![false; times.timexes.len()];
    let mut timexes_by_sentence: Vec<Vec<usize>> =
        vec![Vec::new(); times.segments.sentences().len()];
    for (k, t) in times.timexes.iter().enumerate() {
        if let Some(s) = times.segments.sentence_of_token(token_range(times, t).0) {
            timexes_by_sentence[s].push(k);
        }
    }
    for k in snapshot.iter().flatten().filter_map(|t| t.timex) {
        claimed[k] = true;
    }
    for (c, &used) in claimed.iter_mut().zip(consumed) {
        *c = *c || used;
    }
    // The event an event-relative time counts from ("the funeral" of "the night before the
    // funeral") is at another time than the clause around it.
    // Nor is the event a time lies within ("the protests" of "Tuesday, the third day of the
    // protests"), which began before it.
    let mut counted_from: Vec<usize> = out
        .relations
        .iter()
        .filter(|r| r.evidence.rule == EVENT_RELATIVE_RULE)
        .map(|r| r.target)
        .collect();
    for t in &times.timexes {
        if let Anchor::Within { phrase } = t.anchor {
            counted_from.extend(
                events
                    .events
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| phrase.start <= e.span.start && e.span.end <= phrase.end)
                    .map(|(i, _)| i),
            );
        }
    }
    // A time wholly before the dateline, which the present perfect is not within.
    let past = |iv: Option<crate::time::Interval>| match (iv, times.dateline) {
        (Some(iv), Some(d)) => iv.end.date() <= d.date(),
        _ => false,
    };
    // A time wholly after the dateline, which nothing that has happened is within.
    let to_come = |iv: Option<crate::time::Interval>| match (iv, times.dateline) {
        (Some(iv), Some(d)) => iv.start.date() > d.date(),
        _ => false,
    };
    let toks = times.segments.tokens();
    let e_sentence_start = |k: usize| {
        times
            .segments
            .sentence_of_token(k)
            .map_or(0, |s| times.segments.sentences()[s].tokens.start)
    };
    // Whether the clause of the verb at `b` hangs on the verb before it at `a` through "that",
    // "which" or "who" ("blamed the attack, which took place Wednesday", "condemned the
    // approval of the agreement that was reached on Tuesday", "said that …"): the time of
    // what it tells is not the time of the telling. (A noun does take the time of the clause
    // on it: "the quake, which occurred at 8:30 a.m.")
    // The clause runs from its pronoun to the verb with no comma between: "have arrived in
    // Mogadishu, which has been abandoned by Islamist forces, officials said Friday" does
    // date the arrival by the report after the clause.
    // Whether "that", "which" or "who" opens the clause of the verb at `k` (looking back to a
    // comma, at most eight words); not "now that" or "so that", which join a clause of the
    // same telling.
    let clause_opens_before = |k: usize| {
        let start = e_sentence_start(k);
        (k.saturating_sub(8).max(start)..k)
            .rev()
            .take_while(|&j| !toks[j].is_punct(','))
            .any(|j| {
                let w = toks[j].span.of(text);
                let joined = j > start && {
                    let p = toks[j - 1].span.of(text);
                    p.eq_ignore_ascii_case("now") || p.eq_ignore_ascii_case("so")
                };
                !joined && opens_a_clause(w)
            })
    };
    let clause_between = |a: usize, b: usize| {
        a < b
            && toks
                .get(a + 1..b)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|t| !t.is_punct(','))
                .any(|t| opens_a_clause(t.span.of(text)))
    };
    for i in 0..n {
        if out.times[i].is_some() {
            continue;
        }
        let e = &events.events[i];
        let perfect = present_perfect(e);
        if e.class == EventClass::Reporting {
            // handled with the dateline below
        } else if !matches!(e.tense, Tense::Present | Tense::Future | Tense::Prespart)
            || e.aspect == crate::event::Aspect::Perfective
            || e.pos == EventPos::Noun
            || (e.tense == Tense::Prespart && adjunct_participle(times, e.token))
        {
            if counted_from.contains(&i) {
                continue;
            }
            // What a happening named just before did, told in a relative clause: "the
            // 1975-1990 civil war, which killed 150,000 people", "the 2004 tsunami that killed
            // 230,000". Its time is the happening's, even one that dates only its noun.
            if let Some(t) = relative_clause_of(text, times, events, &snapshot, i) {
                out.times[i] = Some(EventTime {
                    source: TimeSource::Discourse,
                    relation: RelationKind::IsIncluded,
                    evidence: Evidence::rule(RELATIVE_CLAUSE_RULE),
                    confidence: (t.confidence * 0.8).min(0.5),
                    ..t.clone()
                });
                continue;
            }
            let near = events
                .in_sentence(e.sentence)
                .filter(|(_, x)| {
                    x.factuality == e.factuality
                        && x.token.abs_diff(e.token) <= WINDOW
                        // An adjunct participle takes the time of the clause before it.
                        && (e.tense != Tense::Prespart || x.token < e.token)
                })
                .filter_map(|(j, x)| {
                    let t = snapshot[j].as_ref().filter(|t| {
                        matches!(t.source, TimeSource::Timex | TimeSource::EventRelative)
                            // Only a time the neighbour lies within, or one counted from
                            // an event, which the clause shares: "by Friday" bounds the
                            // retaking, not the return after it.
                            && (t.relation == RelationKind::IsIncluded
                                || t.source == TimeSource::EventRelative)
                            && t.evidence.rule != NOUN_PHRASE_RULE
                            // What is done is not "now" ("scored the winner against
                            // Marseille, who now have two wins").
                            && !(e.tense == Tense::Past
                                && (matches!(t.value.as_str(), "PRESENT_REF" | "FUTURE_REF")
                                    || (e.factuality == Factuality::Actual
                                        && to_come(t.interval))))
                            && !(perfect && past(t.interval))
                            && !(e.pos != EventPos::Noun
                                && x.pos != EventPos::Noun
                                && clause_between(e.token, x.token))
                            // Nor does a clause told inside what is reported take the
                            // report's time ("charges that British troops raped hundreds of
                            // women …, officials said Thursday"; "the Asian tsunami, in which
                            // more than 500 Swedes died, Radio Sweden reported on Wednesday").
                            && !(x.class == EventClass::Reporting
                                && x.token > e.token
                                && e.pos != EventPos::Noun
                                && clause_opens_before(e.token))
                    })?;
                    // Last, as the dearest test.
                    (!ordered_apart(text, times, x.token, e.token))
                        .then_some((x.token.abs_diff(e.token), t))
                })
                .min_by_key(|(distance, _)| *distance);
            // "On the third anniversary of the invasion": the invasion is three years before
            // the clause's date (and an anniversary without its count dates it not at all).
            let anniversary = anniversary_of(text, times, e.token);
            if let Some((_, t)) = near {
                let t = match anniversary {
                    None => Some(t.clone()),
                    Some(years) => years.and_then(|n| years_before(t, n)),
                };
                if let Some(t) = t {
                    out.times[i] = Some(EventTime {
                        source: TimeSource::Discourse,
                        // "Hours after the attack, Iran held a meeting with the participation
                        // of …": after the attack too.
                        relation: t.relation,
                        evidence: Evidence::rule("same-clause"),
                        confidence: (t.confidence * 0.6).min(0.5),
                        ..t
                    });
                }
                continue;
            }
            if anniversary.is_some() {
                continue;
            }
            // A date of the sentence that went to no event ("meeting with … in Tehran on
            // July 30, 2024", too far from any verb).
            if e.factuality == Factuality::Actual {
                let unclaimed = timexes_by_sentence
                    .get(e.sentence)
                    .into_iter()
                    .flatten()
                    .map(|&k| (k, &times.timexes[k]))
                    .find(|(k, t)| {
                        places_events(times, t)
                            && !claimed[*k]
                            && !(perfect && past(t.interval().or(t.bounds)))
                            // What a report tells dates the events told, not those after it.
                            && report_after(times, events, *k).is_none_or(|r| e.token < r)
                            // Only the event whose phrase the time ends, with no other event
                            // between: not "the early deaths of three cubs" for "the biggest
                            // baby boom … since … the 1960s".
                            && {
                                let (first, _) = token_range(times, t);
                                e.token < first
                                    && !events
                                        .in_sentence(e.sentence)
                                        .any(|(_, x)| x.token > e.token && x.token < first)
                            }
                    });
                if let Some((k, t)) = unclaimed {
                    out.times[i] = Some(EventTime {
                        source: TimeSource::Discourse,
                        ..time_of(
                            k,
                            t,
                            RelationKind::IsIncluded,
                            Evidence::rule("same-sentence"),
                            0.4,
                        )
                    });
                    continue;
                }
            }
        }
        let Some(dateline) = times.dateline else {
            continue;
        };
        let dateline_time = |relation, rule: &str, confidence| {
            let day = dateline.date();
            EventTime {
                value: match relation {
                    RelationKind::After => "FUTURE_REF".to_string(),
                    _ => day.to_string(),
                },
                interval: match relation {
                    RelationKind::After => None,
                    _ => day
                        .and_hms_opt(0, 0, 0)
                        .zip(day.succ_opt().and_then(|d| d.and_hms_opt(0, 0, 0)))
                        .map(|(start, end)| crate::time::Interval { start, end }),
                },
                relation,
                timex: None,
                source: TimeSource::Dateline,
                evidence: Evidence::rule(rule),
                confidence,
            }
        };
        if e.class == EventClass::Reporting && matches!(e.tense, Tense::Past | Tense::Present) {
            // The same speaker went on: "Khamenei said on July 31 that … ‘…,’ he said".
            if let Some(t) = speech_goes_on(text, times, events, &out.times, i) {
                out.times[i] = Some(t);
                continue;
            }
            out.times[i] = Some(dateline_time(
                RelationKind::IsIncluded,
                "report-at-dateline",
                0.5,
            ));
        } else if e.factuality == Factuality::Future {
            // "Marcos on Monday ordered the release of emergency funds": after the order.
            if let Some(t) = after_its_governor(events, &out.times, i, dateline.date()) {
                out.times[i] = Some(t);
                continue;
            }
            out.times[i] = Some(dateline_time(
                RelationKind::After,
                "expected-after-dateline",
                0.4,
            ));
        }
    }
}

/// Whether `w` opens a clause told of something before it: "that", "which", "who".
fn opens_a_clause(w: &str) -> bool {
    ["that", "which", "who"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(w))
}

/// The first instant of `day`.
fn midnight_of(day: chrono::NaiveDate) -> chrono::NaiveDateTime {
    day.and_time(chrono::NaiveTime::MIN)
}

/// The rule of an event told in a relative clause on a dated happening.
pub const RELATIVE_CLAUSE_RULE: &str = "relative-clause";

/// The time of the happening whose relative clause event `i` heads, if `i` is a verb plainly
/// in the past right after "which", "that" or "who" (an adverb between), with that noun event,
/// dated by a time of its own, right before ("the 1975-1990 civil war, which killed").
fn relative_clause_of<'a>(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
    dated: &'a [Option<EventTime>],
    i: usize,
) -> Option<&'a EventTime> {
    let e = &events.events[i];
    if e.pos != EventPos::Verb
        || e.tense != Tense::Past
        || e.aspect != crate::event::Aspect::None
        || e.factuality != Factuality::Actual
    {
        return None;
    }
    let toks = times.segments.tokens();
    let text_of = |k: usize| toks[k].span.of(text);
    let mut k = e.token.checked_sub(1)?;
    while k > 0 && e.token - k <= 2 && crate::segment::pos::name(events.tags[k]).starts_with("RB") {
        k -= 1;
    }
    if !opens_a_clause(text_of(k)) {
        return None;
    }
    let mut head = k.checked_sub(1)?;
    if toks[head].is_punct(',') {
        head = head.checked_sub(1)?;
    }
    let (j, _) = events
        .in_sentence(e.sentence)
        .find(|(_, x)| x.token == head && x.pos == EventPos::Noun)?;
    dated[j].as_ref().filter(|t| {
        t.source == TimeSource::Timex && t.relation == RelationKind::IsIncluded && t.timex.is_some()
    })
}

/// The rule of an expected event placed after the event that sets it going.
pub const AFTER_GOVERNOR_RULE: &str = "after-its-governor";

/// An expected event set going by an order, a plan or a vow ("ordered the release of funds",
/// "vowed to retaliate") comes after it: when the governor happened on a day before the
/// dateline, the expected event is after that day rather than after the dateline.
fn after_its_governor(
    events: &EventAnnotation,
    times: &[Option<EventTime>],
    i: usize,
    dateline: chrono::NaiveDate,
) -> Option<EventTime> {
    /// How far before the expected event its governor may be.
    const REACH: usize = 8;
    let e = &events.events[i];
    let (g, _) = events
        .in_sentence(e.sentence)
        .filter(|(_, x)| x.token < e.token && e.token - x.token <= REACH)
        .filter(|(_, x)| {
            x.factuality == Factuality::Actual
                && crate::event::attributes::FUTURE_GOVERNORS.contains(&x.lemma.as_str())
        })
        .last()?;
    let t = times[g].as_ref()?;
    let before_dateline = t.interval.is_some_and(|d| d.end.date() <= dateline);
    (t.relation == RelationKind::IsIncluded && t.source != TimeSource::Dateline && before_dateline)
        .then(|| EventTime {
            relation: RelationKind::After,
            timex: None,
            source: TimeSource::Discourse,
            evidence: Evidence::rule(AFTER_GOVERNOR_RULE),
            confidence: (t.confidence * 0.8).min(0.4),
            ..t.clone()
        })
}

/// For an event named after "anniversary of" ("the third anniversary of the invasion",
/// "the 10th anniversary of his death"): `Some(Some(3))`, or `Some(None)` when the count is
/// not given ("the anniversary of the coup").
fn anniversary_of(text: &str, times: &TimeAnnotation, k: usize) -> Option<Option<i32>> {
    use crate::lexicon::Lex;
    let toks = times.segments.tokens();
    let word = |j: usize| toks.get(j).map_or("", |t| t.span.of(text));
    // Back over the event's determiner or possessor: "of the invasion", "of his death".
    let mut j = k.checked_sub(1)?;
    if ["the", "a", "his", "her", "its", "their"]
        .iter()
        .any(|d| word(j).eq_ignore_ascii_case(d))
    {
        j = j.checked_sub(1)?;
    }
    if !word(j).eq_ignore_ascii_case("of")
        || !word(j.checked_sub(1)?).eq_ignore_ascii_case("anniversary")
    {
        return None;
    }
    let count = j.checked_sub(2).and_then(|o| {
        let t = toks.get(o)?;
        match (t.lex, t.num()) {
            (Lex::Ordinal(n), _) => i32::try_from(n).ok(),
            (_, Some(n)) if n.suffix == crate::segment::NumSuffix::Ordinal => {
                i32::try_from(n.value).ok()
            }
            _ => None,
        }
    });
    Some(count.filter(|n| (1..=1000).contains(n)))
}

/// The same time `years` earlier: its interval moved back and the year of its value
/// rewritten ("2025-02" → "2022-02"); `None` when the value does not start with a year.
fn years_before(t: &EventTime, years: i32) -> Option<EventTime> {
    let year: i32 = t.value.get(..4)?.parse().ok()?;
    let back = |d: chrono::NaiveDateTime| d.with_year(d.year() - years);
    let interval = match t.interval {
        Some(i) => Some(crate::time::Interval {
            start: back(i.start)?,
            end: back(i.end)?,
        }),
        None => None,
    };
    Some(EventTime {
        value: format!("{:04}{}", year - years, t.value.get(4..)?),
        interval,
        timex: None,
        ..t.clone()
    })
}

/// Whether the present participle at token `k` follows a comma: an adjunct of the clause
/// before it, at its time ("slammed into the coast early Monday, killing 40 people").
fn adjunct_participle(times: &TimeAnnotation, k: usize) -> bool {
    k > 0
        && times
            .segments
            .tokens()
            .get(k - 1)
            .is_some_and(|t| t.is_punct(','))
}

/// The rule of a report dated by the same speaker's report before it.
pub const SPEECH_GOES_ON_RULE: &str = "same-speaker";

/// A report with no time of its own, by the speaker of a report dated a few sentences before
/// on a given day ("Austin said on July 31 …" … "Austin said", "he added"), is part of the
/// same speech and takes its day. A pronoun speaker is the speaker of the nearest report
/// before it; a named one, the nearest report by the same name (its last word: "Lloyd Austin"
/// … "Austin").
fn speech_goes_on(
    text: &str,
    tx: &TimeAnnotation,
    events: &EventAnnotation,
    times: &[Option<EventTime>],
    i: usize,
) -> Option<EventTime> {
    /// How many sentences back a speech may go on from.
    const SENTENCES: usize = 3;
    let e = &events.events[i];
    let speaker = |k: usize| {
        events.events[k]
            .participants
            .agent
            .map(|a| a.of(text))
            .and_then(|a| a.split_whitespace().last())
    };
    let who = speaker(i)?;
    let pronoun = matches!(who, "he" | "she" | "He" | "She");
    if !pronoun && !who.starts_with(char::is_uppercase) {
        return None;
    }
    // A pronoun reaches back one sentence only: further, someone else may have come in.
    let reach = if pronoun { 1 } else { SENTENCES };
    let before = events.events[..i]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, x)| x.sentence + reach >= e.sentence)
        .filter(|(_, x)| x.class == EventClass::Reporting);
    let (k, _) = if pronoun {
        before.into_iter().next()?
    } else {
        before.into_iter().find(|(k, _)| speaker(*k) == Some(who))?
    };
    // Only a day the text gives the report itself: right by its verb ("said on July 31",
    // "said here Tuesday") or opening its sentence ("On Thursday, Yukos described …"), not
    // a time of what was said ("said the quake hit at 4:09 a.m.").
    let t = times[k].as_ref()?;
    let by_the_verb = t.timex.and_then(|x| tx.timexes.get(x)).is_some_and(|x| {
        let (first, last) = token_range(tx, x);
        let verb = events.events[k].token;
        let opens = tx
            .segments
            .sentences()
            .get(events.events[k].sentence)
            .is_some_and(|s| first <= s.tokens.start + 1);
        opens || first.abs_diff(verb) <= 3 || last.abs_diff(verb) <= 3
    });
    let own =
        (t.source == TimeSource::Timex && by_the_verb) || t.evidence.rule == SPEECH_GOES_ON_RULE;
    let a_day = t
        .interval
        .is_some_and(|d| d.end - d.start <= chrono::Duration::days(1));
    (own && a_day && t.relation == RelationKind::IsIncluded).then(|| EventTime {
        timex: None,
        source: TimeSource::Discourse,
        evidence: Evidence::rule(SPEECH_GOES_ON_RULE),
        confidence: (t.confidence * 0.8).min(0.45),
        ..t.clone()
    })
}

#[cfg(test)]
mod tests {
    use crate::relation::{relate, RelationKind};
    use crate::time::{tag, TimeConfig};
    use crate::{event, Document};

    /// Each event's time value and how it relates to it, by its word (dateline 2024-08-02).
    fn timed(text: &str) -> Vec<(String, Option<(String, RelationKind)>)> {
        let doc = Document::new(text).with_dateline("2024-08-02".parse().unwrap());
        let times = tag(&doc, &TimeConfig::default());
        let events = event::extract(&doc, &times);
        let rel = relate(&doc, &times, &events);
        events
            .events
            .iter()
            .zip(&rel.times)
            .map(|(e, t)| {
                (
                    e.text(text).to_string(),
                    t.as_ref().map(|t| (t.value.clone(), t.relation)),
                )
            })
            .collect()
    }

    /// The time value event `word` of `timed` was given.
    fn value_of(timed: &[(String, Option<(String, RelationKind)>)], word: &str) -> Option<String> {
        of_word(timed, word).map(|(v, _)| v)
    }

    /// The time value each event of `text` was given, by its word.
    fn dates(text: &str) -> Vec<(String, Option<String>)> {
        timed(text)
            .into_iter()
            .map(|(w, t)| (w, t.map(|(v, _)| v)))
            .collect()
    }

    /// What the event `word` was given.
    fn of_word<T: Clone + std::fmt::Debug>(list: &[(String, T)], word: &str) -> T {
        list.iter()
            .find(|(w, _)| w == word)
            .unwrap_or_else(|| panic!("no event {word:?} in {list:?}"))
            .1
            .clone()
    }

    #[test]
    fn the_present_perfect_is_not_within_a_past_time_but_after_one_it_counts_since() {
        // The time is another clause's: what has been denied is denied now.
        let t = timed(
            "The army has denied that its soldiers burned two bodies in Kandahar last month.",
        );
        assert_ne!(value_of(&t, "denied").as_deref(), Some("2024-07"));
        // Since the offensive of April 2023, the killings lie after it.
        let t = timed(
            "At least 26 soldiers have been killed in the south since the offensive against \
             the guerrillas in April 2023, officials said.",
        );
        assert_eq!(
            of_word(&t, "killed"),
            Some(("2023-04".to_string(), RelationKind::After))
        );
        // The noun before the time takes it instead.
        let t =
            timed("The death toll from a colliery blast in the north last week has risen to 40.");
        assert_eq!(
            of_word(&t, "blast"),
            Some(("2024-W30".to_string(), RelationKind::IsIncluded))
        );
        assert_ne!(value_of(&t, "risen").as_deref(), Some("2024-W30"));
        // Right after the verb, the time is its own; and a bound ("by") suits the perfect.
        let t = timed("Health officials have confirmed on Wednesday the first two cases.");
        assert_eq!(
            of_word(&t, "confirmed"),
            Some(("2024-07-31".to_string(), RelationKind::IsIncluded))
        );
        let t = timed("Some 2,000 patients have been treated by the end of June.");
        assert_eq!(
            of_word(&t, "treated").map(|(_, r)| r),
            Some(RelationKind::Before)
        );
    }

    #[test]
    fn a_report_set_off_after_a_time_is_not_dated_by_it_unless_the_time_opens_the_sentence() {
        let t = timed(
            "Retail sales were 3.2 percent higher than in November 2023, the statistics office \
             said.",
        );
        assert_eq!(value_of(&t, "said").as_deref(), Some("2024-08-02"));
        let t = timed("On Tuesday, the foreign minister said the talks would resume.");
        assert_eq!(value_of(&t, "said").as_deref(), Some("2024-07-30"));
        let t = timed(
            "In a television interview late Monday, the general declared that the army could \
             hold the city.",
        );
        assert_eq!(value_of(&t, "declared").as_deref(), Some("2024-07-29"));
    }

    #[test]
    fn a_verb_ordered_against_a_dated_happening_is_before_or_after_its_time() {
        let t = timed("Troops withdrew before the elections on Sunday.");
        assert_eq!(
            of_word(&t, "withdrew"),
            Some(("2024-07-28".to_string(), RelationKind::Before))
        );
        assert_eq!(
            of_word(&t, "elections"),
            Some(("2024-07-28".to_string(), RelationKind::IsIncluded))
        );
        let t = timed("Police arrested two men after the attack on Monday.");
        assert_eq!(
            of_word(&t, "arrested"),
            Some(("2024-07-29".to_string(), RelationKind::After))
        );
        // Across a comma the time opens another clause.
        let t = timed(
            "The left, working hard to gather momentum ahead of the poll, on Monday also \
             reached agreement with the Communists.",
        );
        assert_ne!(
            of_word(&t, "gather").map(|(_, r)| r),
            Some(RelationKind::Before)
        );
    }

    #[test]
    fn a_noun_beside_a_time_its_verb_refuses_takes_it() {
        let t = timed(
            "President Katsav has issued a decree to call a snap election, scheduled for March \
             28, which is expected to reshape the political landscape.",
        );
        assert_eq!(
            of_word(&t, "election"),
            Some(("2025-03-28".to_string(), RelationKind::IsIncluded))
        );
        assert_ne!(value_of(&t, "scheduled").as_deref(), Some("2025-03-28"));
        // Ordered against it by a word between.
        let t = timed(
            "Washington still hoped for a negotiated settlement after Canada's August 23 election.",
        );
        assert_eq!(
            of_word(&t, "settlement"),
            Some(("2024-08-23".to_string(), RelationKind::After))
        );
    }

    #[test]
    fn what_happened_is_not_within_a_time_still_to_come() {
        let t = timed("The directors declared a quarterly dividend of five cents, payable Dec. 7.");
        assert_ne!(value_of(&t, "declared").as_deref(), Some("2024-12-07"));
        let t = timed("Los Angeles unveiled the mascots for the 2028 Olympic Games.");
        assert_ne!(value_of(&t, "unveiled").as_deref(), Some("2028"));
        // What is to happen still is.
        let t = timed("The directors will meet on Dec. 7.");
        assert_eq!(
            of_word(&t, "meet"),
            Some(("2024-12-07".to_string(), RelationKind::IsIncluded))
        );
    }

    #[test]
    fn a_date_no_event_took_dates_only_the_event_whose_phrase_it_ends() {
        let t = timed(
            "The army sent in reinforcements and imposed a curfew on the part of Hebron still \
             under its control following the transfer of most of the city to Palestinian rule \
             in January, officials said.",
        );
        assert_ne!(value_of(&t, "sent").as_deref(), Some("2024-01"));
        let t = timed(
            "Khamenei held a meeting with Palestinian Hamas terror leader Ismail Haniyeh in \
             Tehran on July 30, 2024.",
        );
        assert_eq!(value_of(&t, "meeting").as_deref(), Some("2024-07-30"));
    }

    #[test]
    fn the_day_after_a_happening_is_the_next_day() {
        let d = dates(
            "Haniyeh was assassinated in Tehran on July 31. Thousands of mourners marched \
             through the city the day after the assassination.",
        );
        assert_eq!(of_word(&d, "marched").as_deref(), Some("2024-08-01"));
        // Named again, the happening keeps its own date.
        assert_eq!(of_word(&d, "assassination").as_deref(), Some("2024-07-31"));
        let d =
            dates("Israel struck Beirut on July 30. The night before the strike, residents fled.");
        assert_eq!(of_word(&d, "fled").as_deref(), Some("2024-07-29"));
        // From a month there is no day to count.
        let d = dates(
            "Haniyeh was assassinated in July. The day after the assassination, mourners marched.",
        );
        assert_ne!(of_word(&d, "marched").as_deref(), Some("2024-07-02"));
    }

    #[test]
    fn the_events_date_the_day_they_are_counted_from() {
        let text = "Israel struck Beirut on July 30. The night before the strike, residents fled.";
        let doc = Document::new(text).with_dateline("2024-08-02".parse().unwrap());
        let times = tag(&doc, &TimeConfig::default());
        let rel = relate(&doc, &times, &event::extract(&doc, &times));
        let resolved: Vec<(&str, String)> = rel
            .resolved
            .iter()
            .map(|(k, v)| (times.timexes[*k].span.of(text), v.timex3()))
            .collect();
        assert_eq!(resolved, [("The night", "2024-07-29TNI".to_string())]);
        // Nothing dates the night before a funeral no one dated.
        let text =
            "Haniyeh was killed on July 31. Iran vowed revenge the night before the funeral.";
        let doc = Document::new(text).with_dateline("2024-08-02".parse().unwrap());
        let times = tag(&doc, &TimeConfig::default());
        assert!(relate(&doc, &times, &event::extract(&doc, &times))
            .resolved
            .is_empty());
    }

    #[test]
    fn a_clause_set_before_or_after_does_not_share_the_date() {
        let d = dates(
            "The scholars on Friday called on politicians to quit after the authorities issued \
             a warrant.",
        );
        assert_eq!(of_word(&d, "called").as_deref(), Some("2024-08-02"));
        assert_eq!(of_word(&d, "issued"), None);
        // A past event does not happen "now".
        let d = dates("Afolabi scored the winner against Marseille, who now have two wins.");
        assert_eq!(of_word(&d, "scored"), None);
        // Without the signal, the clause shares it.
        let d = dates("The scholars on Friday called on politicians to quit the government.");
        assert_eq!(of_word(&d, "quit").as_deref(), Some("2024-08-02"));
    }

    #[test]
    fn a_day_is_not_counted_from_another_happening() {
        // The funeral is not the assassination: nothing dates the night before it.
        let d = dates(
            "Haniyeh was assassinated in Tehran on July 31. Iran promised revenge the night \
             before the funeral.",
        );
        assert_eq!(of_word(&d, "promised"), None);
        assert_eq!(of_word(&d, "funeral"), None);
        // Nor does the clause's date go to the happening it counts from.
        let d = dates("On July 30, residents fled the night before the strike.");
        assert_eq!(of_word(&d, "fled").as_deref(), Some("2024-07-30"));
        assert_eq!(of_word(&d, "strike"), None);
        // The protests began before their third day.
        let d = dates("Police fired tear gas on Tuesday, the third day of the protests.");
        assert_eq!(of_word(&d, "fired").as_deref(), Some("2024-07-30"));
        assert_eq!(of_word(&d, "protests"), None);
        // An unknown day dates nothing.
        let d = dates("He testified on the first day of the hearing.");
        assert_eq!(of_word(&d, "testified"), None);
    }

    #[test]
    fn a_clause_anchor_is_told_by_its_verb() {
        // The clause "after he was buried" opens the sentence: the length belongs to the verb
        // after it, not to the anchor's own verb.
        let d = dates(
            "Haniyeh was buried in Doha on July 30. Two days after he was buried, Hamas named \
             a successor.",
        );
        assert_eq!(of_word(&d, "named").as_deref(), Some("2024-07-30"));
        // It runs to its comma: the participle inside it is not the clause it is set before.
        let d = dates(
            "Ten days after President Jacques Chirac called the two-round ballot scheduled for \
             July 25, polls showed the left ahead.",
        );
        assert_ne!(of_word(&d, "called").as_deref(), Some("2024-07-15"));
        // A verb tells its happening anew: it does not take the date last told.
        let d = dates(
            "Haniyeh was buried in Doha on July 30. Months later, he returned to Cairo a week \
             after he resigned.",
        );
        assert_eq!(of_word(&d, "resigned"), None);
        // Counted an exact length back from its clause, it is dated.
        let d = dates("Hwang arrived in Seoul on July 20, 67 days after he sought asylum.");
        assert_eq!(of_word(&d, "sought").as_deref(), Some("2024-05-14"));
        let d = dates("It shut on July 20, nearly four weeks after it leaked radioactive water.");
        assert_eq!(of_word(&d, "leaked"), None);
        // Or it names again, by the same stem, what was dated.
        let d =
            dates("Haniyeh was killed on July 31. Hours after he was killed, Iran vowed revenge.");
        assert_eq!(
            dates_of(&d, "killed"),
            vec![Some("2024-07-31".to_string()); 2]
        );
        assert_eq!(of_word(&d, "vowed").as_deref(), Some("2024-07-31"));
    }

    /// The dates of every event `word`, in order.
    fn dates_of(dates: &[(String, Option<String>)], word: &str) -> Vec<Option<String>> {
        dates
            .iter()
            .filter(|(w, _)| w == word)
            .map(|(_, d)| d.clone())
            .collect()
    }

    #[test]
    fn a_speaker_goes_on_from_a_dated_report() {
        // Named again, or as "he" in the next sentence: the same speech, the same day.
        let d = dates(
            "Austin said on July 31 that the military would defend Israel. Talks go on. \
             “We will help,” Austin said. “You saw us do that,” he added.",
        );
        assert_eq!(of_word(&d, "added").as_deref(), Some("2024-07-31"));
        assert_eq!(
            dates_of(&d, "said"),
            [Some("2024-07-31".into()), Some("2024-07-31".into())]
        );
        // Another speaker's report is at the dateline.
        let d = dates("Austin said on July 31 that talks go on. Gallant said nothing changed.");
        assert_eq!(
            dates_of(&d, "said"),
            [Some("2024-07-31".into()), Some("2024-08-02".into())]
        );
        // A time of what was said is not the time of the saying.
        let d = dates(
            "Jurgenson said the quake hit at 4:09 a.m. on Thursday. She said damage was light.",
        );
        assert_eq!(dates_of(&d, "said")[1].as_deref(), Some("2024-08-02"));
    }

    #[test]
    fn an_adjunct_participle_shares_the_time_of_its_clause() {
        let d = dates("The typhoon slammed into the coast on Monday, killing at least 40 people.");
        assert_eq!(of_word(&d, "killing").as_deref(), Some("2024-07-29"));
        let d = dates("The president on Monday announced a reshuffle, dismissing three ministers.");
        assert_eq!(of_word(&d, "dismissing").as_deref(), Some("2024-07-29"));
    }

    #[test]
    fn only_a_time_an_event_lies_within_is_shared() {
        // "By Friday" bounds the retaking; it does not say the return was on Friday.
        let d = dates(
            "By Friday the army had retaken the town, and residents returned to their homes.",
        );
        assert_eq!(of_word(&d, "returned"), None);
        // A time counted from an event is shared, as it is: after the strike.
        let t = crate::relation::time_of(
            "Israel hit the port on July 30. Hours after the strike, Iran held an emergency \
             meeting with the participation of its top commander.",
            "participation",
        );
        assert_eq!(
            t,
            Some(("2024-07-30".into(), crate::relation::RelationKind::After))
        );
    }

    #[test]
    fn an_anniversary_counts_back_to_its_event() {
        let d = dates(
            "The previous round of sanctions was adopted in February, on the third \
             anniversary of the invasion.",
        );
        assert_eq!(of_word(&d, "adopted").as_deref(), Some("2024-02"));
        assert_eq!(of_word(&d, "invasion").as_deref(), Some("2021-02"));
        // Without its count, an anniversary says only that the event came years before.
        let d = dates("Crowds marched on Monday to mark the anniversary of the revolution.");
        assert_eq!(of_word(&d, "revolution"), None);
    }

    #[test]
    fn a_time_does_not_reach_a_noun_across_an_ordering_word() {
        use crate::relation::{time_of, RelationKind};
        let text = "A judge on Wednesday sentenced a fund manager for a fraud that ran from 2016 \
                    until his arrest in the summer of 2022.";
        assert_eq!(
            time_of(text, "arrest"),
            Some(("2022-SU".into(), RelationKind::IsIncluded))
        );
        // "Returned on Wednesday after visits to Russia": the visits came before.
        let text = "Mubarak returned to Cairo on Wednesday after visits to Russia and China.";
        assert_eq!(time_of(text, "visits"), None);
        // A preposition that places the noun in the time does not block it.
        let text = "Hamas won a clear victory on Friday in local elections.";
        assert_eq!(
            time_of(text, "elections"),
            Some(("2024-08-02".into(), RelationKind::IsIncluded))
        );
    }

    #[test]
    fn a_gerund_anchor_is_counted_back_from_its_clause() {
        use crate::relation::{time_of, RelationKind};
        let text = "City clinched a place on Wednesday, a week after losing the cup final.";
        assert_eq!(
            time_of(text, "losing"),
            Some(("2024-07-24".into(), RelationKind::IsIncluded))
        );
        // Without an exact length there is no day to count back to.
        let text = "City clinched a place on Wednesday, weeks after losing the cup final.";
        assert_eq!(time_of(text, "losing"), None);
    }

    #[test]
    fn the_time_of_a_clause_told_is_not_the_telling_s() {
        let dated = timed("He blamed the attack, which took place Wednesday, on terrorists.");
        assert_eq!(value_of(&dated, "took").as_deref(), Some("2024-07-31"));
        assert_ne!(value_of(&dated, "blamed").as_deref(), Some("2024-07-31"));
        // A noun does take the time of the clause on it.
        let dated = timed("The epicentre of the quake, which occurred at 8:30 a.m., was north.");
        assert_eq!(
            value_of(&dated, "quake").as_deref(),
            Some("2024-08-02T08:30")
        );
        // Nor does what happened take a time still to come from a neighbour.
        let dated = timed("The meeting was meant to prepare talks scheduled for August 20.");
        assert_ne!(value_of(&dated, "meant").as_deref(), Some("2024-08-20"));
    }

    #[test]
    fn a_clause_told_inside_a_report_does_not_take_the_report_s_time() {
        let dated = timed(
            "Chelsea face a probe after their former striker claimed that players received \
             cash bonuses, the BBC reported on Tuesday.",
        );
        assert_ne!(value_of(&dated, "received").as_deref(), Some("2024-07-30"));
    }

    #[test]
    fn what_will_be_done_is_not_within_a_time_gone_by() {
        let dated = timed(
            "He will also stand trial for his role in the failed privatization of the bank in \
             1998.",
        );
        assert_ne!(value_of(&dated, "stand").as_deref(), Some("1998"));
        assert_eq!(value_of(&dated, "privatization").as_deref(), Some("1998"));
        // A time of the dateline's own day is still ahead.
        let dated = timed("The polls will close at 3 p.m.");
        assert_eq!(
            value_of(&dated, "close").as_deref(),
            Some("2024-08-02T15:00")
        );
    }

    #[test]
    fn what_has_been_done_is_not_within_a_time_to_come() {
        let text = "Bayern Munich have confirmed their participation in a tournament in Dubai on \
                    August 20.";
        assert_eq!(
            value_of(&timed(text), "confirmed").as_deref(),
            Some("2024-08-02")
        );
    }

    #[test]
    fn what_is_held_from_the_first_to_the_last_day_of_a_range_is_within_it() {
        let text = "He attended the summit held from July 4 to 5 in Beijing.";
        let t = of_word(&timed(text), "held");
        assert_eq!(t, Some(("P2D".to_string(), RelationKind::IsIncluded)));
        // From a single date, it is after it.
        let text = "He served as mayor from 2008.";
        let t = of_word(&timed(text), "served");
        assert_eq!(t.map(|(_, r)| r), Some(RelationKind::After));
    }

    #[test]
    fn a_relative_clause_on_a_dated_happening_takes_its_time() {
        let text = "The group was blamed for the 2002 Bali bombings which killed 202 people.";
        assert_eq!(value_of(&timed(text), "killed").as_deref(), Some("2002"));
        let text = "Lebanon is still reeling from the 1975-1990 civil war, which killed 150,000 \
                    people.";
        assert_eq!(value_of(&timed(text), "killed").as_deref(), Some("P16Y"));
        // Not what has gone on since: the present perfect is not within it.
        let text = "The group was blamed for the 2002 Bali bombings, which have haunted the \
                    island.";
        assert_ne!(value_of(&timed(text), "haunted").as_deref(), Some("2002"));
    }

    #[test]
    fn what_an_order_sets_going_comes_after_the_order() {
        let t = crate::relation::time_of(
            "The president on Monday ordered the release of emergency funds.",
            "release",
        );
        assert_eq!(
            t,
            Some(("2024-07-29".into(), crate::relation::RelationKind::After))
        );
    }
}
