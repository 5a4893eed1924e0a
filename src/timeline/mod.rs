//! The timeline: a document's events in chronological order, each with its date and how sure
//! that date is, its causes and effects, and the mentions that name the same event.
//!
//! The order is a topological order of the [`EventGraph`] (so it respects every kept relation)
//! that, among the events free to come next, takes the earliest by date. An event without a
//! date of its own takes one from its relations when they pin it to a day ("ordered" after the
//! assassination and before the report of July 31), and otherwise sorts with the dated event
//! before it in the text.
//!
//! ```
//! use eventline::{Document, timeline::Timeline};
//!
//! let doc = Document::new(
//!     "Iran held a meeting on Aug. 1. The strike killed him on July 31. \
//!      In April, Iran launched drones at Israel. His burial will take place on Aug. 2.",
//! ).with_dateline("2024-08-01".parse()?);
//! let timeline = Timeline::build(&doc);
//! let text = doc.text();
//! let order: Vec<&str> = timeline.iter().map(|e| timeline.event(e.event).text(text)).collect();
//! let pos = |w| order.iter().position(|x| *x == w).unwrap();
//! assert!(pos("launched") < pos("killed"));
//! assert!(pos("killed") < pos("held"));
//! assert!(pos("held") < pos("burial"));
//! assert_eq!(timeline.expected().count(), 2); // "take place" and "burial"
//! let json = serde_json::to_string(&timeline).unwrap();
//! let back: Timeline = serde_json::from_str(&json).unwrap();
//! assert_eq!(back.order(), timeline.order());
//! # Ok::<(), eventline::Error>(())
//! ```

pub mod pair;

use crate::document::{Dateline, Document};
use crate::event::{self, Event, EventAnnotation, Factuality};
use crate::graph::{Dropped, EventGraph};
use crate::relation::{self, EventTime, Evidence, Relation, RelationKind, Relations, TimeSource};
use crate::time::{self, Interval, TimeAnnotation, TimeConfig, Timex};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// How an event's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateCertainty {
    /// A time expression of its own clause says it.
    Explicit,
    /// A time expression relative to another event, or one of its sentence, says it.
    Inferred,
    /// Its relations to dated events pin it to that day.
    FromRelations,
    /// It is a report, dated by the dateline; or an expectation, after it.
    Dateline,
    /// No date.
    Unknown,
}

/// One event's place in the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The event (an index into [`Timeline::events`]): the first mention of it.
    pub event: usize,
    /// Later mentions of the same event ("the assassination" … "the assassination").
    pub mentions: Vec<usize>,
    /// Its date, if known.
    pub time: Option<EventTime>,
    /// How that date was found.
    pub certainty: DateCertainty,
    /// The events that caused or enabled it.
    pub causes: Vec<usize>,
    /// The events it caused or enabled.
    pub effects: Vec<usize>,
}

/// A document's events in chronological order, with their relations and the graph they form.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "TimelineData", into = "TimelineData")]
pub struct Timeline {
    data: TimelineData,
    graph: EventGraph,
    /// For each event, the position of its entry.
    entry_index: Vec<usize>,
}

fn entry_index(data: &TimelineData) -> Vec<usize> {
    let mut index = vec![usize::MAX; data.events.len()];
    for (k, e) in data.entries.iter().enumerate() {
        for &m in std::iter::once(&e.event).chain(&e.mentions) {
            if let Some(slot) = index.get_mut(m) {
                *slot = k;
            }
        }
    }
    index
}

/// The serialized form of a [`Timeline`]: everything but the graph, which is rebuilt from the
/// kept relations when read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TimelineData {
    /// The document.
    pub document: Document,
    /// Each event against the dateline (BEFORE, AFTER, IS_INCLUDED), from tense and
    /// factuality, parallel to `events`.
    #[serde(default)]
    pub dateline_relations: Vec<Option<RelationKind>>,
    /// The dateline used.
    pub dateline: Option<Dateline>,
    /// Its time expressions, with the values the events gave those the time layer could not
    /// date ("the day after the assassination": [`Relations::resolved`]).
    pub timexes: Vec<Timex>,
    /// Its events, in text order.
    pub events: Vec<Event>,
    /// The relations kept in the graph (forward: BEFORE, INCLUDES, SIMULTANEOUS, CAUSES,
    /// ENABLES).
    pub relations: Vec<Relation>,
    /// The relations dropped as contradictions, with why.
    pub dropped: Vec<Dropped>,
    /// The timeline entries, in chronological order (one per event; repeated mentions are
    /// folded into their first mention).
    pub entries: Vec<Entry>,
    /// Every event index in chronological order (mentions of one event together).
    pub order: Vec<usize>,
}

impl From<TimelineData> for Timeline {
    fn from(data: TimelineData) -> Self {
        let graph = EventGraph::build(data.events.len(), &data.relations, &[]);
        let entry_index = entry_index(&data);
        Timeline {
            data,
            graph,
            entry_index,
        }
    }
}

impl From<Timeline> for TimelineData {
    fn from(t: Timeline) -> Self {
        t.data
    }
}

fn day_interval(d: NaiveDate) -> Option<Interval> {
    Some(Interval {
        start: d.and_hms_opt(0, 0, 0)?,
        end: d.succ_opt()?.and_hms_opt(0, 0, 0)?,
    })
}

impl Timeline {
    /// Tag times, find events, relate them and order them, with the default settings.
    pub fn build(doc: &Document) -> Timeline {
        let times = time::tag(doc, &TimeConfig::default());
        let events = event::extract(doc, &times);
        let relations = relation::relate(doc, &times, &events);
        Timeline::assemble(doc, times.dateline, times.timexes, events.events, relations)
    }

    /// Order events already found and related.
    pub fn from_parts(
        doc: &Document,
        times: &TimeAnnotation,
        events: &EventAnnotation,
        relations: Relations,
    ) -> Timeline {
        Timeline::assemble(
            doc,
            times.dateline,
            times.timexes.clone(),
            events.events.clone(),
            relations,
        )
    }

    /// [`Timeline::from_parts`], keeping the annotations it is given instead of copying them.
    fn assemble(
        doc: &Document,
        dateline: Option<Dateline>,
        mut timexes: Vec<Timex>,
        events: Vec<Event>,
        relations: Relations,
    ) -> Timeline {
        // What the events dated of the expressions ("the day after the assassination").
        for (k, value) in relations.resolved {
            if let Some(t) = timexes.get_mut(k) {
                t.value = value;
            }
        }
        let n = events.len();
        let dateline_relations = relations.dateline;
        let mut event_times = relations.times;
        let dates: Vec<Option<(Interval, f32)>> = event_times
            .iter()
            .map(|t| {
                t.as_ref()
                    .and_then(|t| t.interval.map(|i| (i, t.confidence)))
            })
            .collect();
        let graph = EventGraph::build(n, &relations.relations, &dates);
        let kept = graph.kept().to_vec();

        // Mentions of one event: clusters over coreference.
        let mut rep: Vec<usize> = (0..n).collect();
        fn find(rep: &mut [usize], mut x: usize) -> usize {
            while rep[x] != x {
                rep[x] = rep[rep[x]];
                x = rep[x];
            }
            x
        }
        // Mentions dated apart by times of their own are two events of one name, whatever
        // the words say ("Friday's attack" and "the September 11 attacks", "the summit" at
        // the end of May and "the Turin summit in March last year"): their clusters stay apart.
        let mut own_dates: Vec<Vec<Interval>> = event_times
            .iter()
            .map(|t| match t {
                Some(t)
                    if t.source == TimeSource::Timex && t.relation == RelationKind::IsIncluded =>
                {
                    t.interval.into_iter().collect()
                }
                _ => Vec::new(),
            })
            .collect();
        let apart = |x: &[Interval], y: &[Interval]| {
            x.iter()
                .any(|a| y.iter().any(|b| a.start >= b.end || b.start >= a.end))
        };
        for r in &kept {
            if r.evidence.rule == "coreference" {
                let (a, b) = (find(&mut rep, r.source), find(&mut rep, r.target));
                if a != b && !apart(&own_dates[a], &own_dates[b]) {
                    let (root, child) = (a.min(b), a.max(b));
                    rep[child] = root;
                    let moved = std::mem::take(&mut own_dates[child]);
                    own_dates[root].extend(moved);
                }
            }
        }
        let cluster: Vec<usize> = (0..n).map(|i| find(&mut rep, i)).collect();
        // Folding mentions together can close a cycle the events alone did not ("the strike"
        // before the response, the response causing "the strike" again): such relations are
        // dropped, strongest kept first, so that the order respects every kept relation.
        let (kept, folded_out) = {
            use petgraph::acyclic::Acyclic;
            use petgraph::data::Build;
            use petgraph::graph::DiGraph;
            let mut dag: Acyclic<DiGraph<(), ()>> = Acyclic::new();
            let nodes: Vec<_> = (0..n).map(|_| dag.add_node(())).collect();
            let mut keep = Vec::with_capacity(kept.len());
            let mut out = Vec::new();
            for r in kept {
                let (a, b) = (cluster[r.source], cluster[r.target]);
                let ok = if a == b {
                    r.kind == RelationKind::Simultaneous
                } else {
                    dag.try_add_edge(nodes[a], nodes[b], ()).is_ok()
                };
                if ok {
                    keep.push(r);
                } else {
                    out.push(Dropped {
                        relation: r,
                        reason: crate::graph::DropReason::ContradictsSimultaneity,
                    });
                }
            }
            (keep, out)
        };
        let mut dropped = graph.dropped().to_vec();
        let graph = if folded_out.is_empty() {
            graph
        } else {
            dropped.extend(folded_out);
            EventGraph::build(n, &kept, &[])
        };

        // Dates from relations: an undated event between dated ones on the same day.
        let mut certainty: Vec<DateCertainty> = event_times
            .iter()
            .map(|t| match t {
                None => DateCertainty::Unknown,
                Some(t) => match t.source {
                    TimeSource::Timex if t.confidence >= 0.6 => DateCertainty::Explicit,
                    TimeSource::Dateline => DateCertainty::Dateline,
                    _ => DateCertainty::Inferred,
                },
            })
            .collect();
        let mut lowers: Vec<Option<NaiveDateTime>> = vec![None; n];
        let mut uppers: Vec<Option<NaiveDateTime>> = vec![None; n];
        for r in &kept {
            if r.kind == RelationKind::Simultaneous || r.kind == RelationKind::Includes {
                continue;
            }
            if let Some(iv) = event_times[r.source].as_ref().and_then(|t| t.interval) {
                let l = &mut lowers[r.target];
                *l = Some(l.map_or(iv.start, |x| x.max(iv.start)));
            }
            if let Some(iv) = event_times[r.target].as_ref().and_then(|t| t.interval) {
                let u = &mut uppers[r.source];
                *u = Some(u.map_or(iv.end, |x| x.min(iv.end)));
            }
        }
        for i in 0..n {
            if event_times[i].is_some() {
                continue;
            }
            let (lower, upper) = (lowers[i], uppers[i]);
            if let (Some(l), Some(u)) = (lower, upper) {
                let day = l.date();
                if u > l
                    && u <= day
                        .succ_opt()
                        .and_then(|d| d.and_hms_opt(0, 0, 0))
                        .unwrap_or(u)
                {
                    event_times[i] = Some(EventTime {
                        value: day.to_string(),
                        interval: day_interval(day),
                        relation: RelationKind::IsIncluded,
                        timex: None,
                        source: TimeSource::Discourse,
                        evidence: Evidence::rule("between-dated-events"),
                        confidence: 0.4,
                    });
                    certainty[i] = DateCertainty::FromRelations;
                }
            }
        }
        // A cluster takes the surest date of its mentions.
        let mut best: Vec<Option<usize>> = vec![None; n];
        for i in 0..n {
            let c = cluster[i];
            let better = match (best[c], &event_times[i]) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some(b), Some(t)) => {
                    (certainty[i], -t.confidence)
                        < (
                            certainty[b],
                            -event_times[b].as_ref().map_or(0.0, |x| x.confidence),
                        )
                }
            };
            if better {
                best[c] = Some(i);
            }
        }

        // Sort keys: the date's start; expectations after the dateline; undated events with
        // the dated event before them in the text.
        let after_dateline = dateline
            .and_then(|d| d.date().succ_opt())
            .and_then(|d| d.and_hms_opt(0, 0, 0));
        let key_of = |i: usize| -> Option<NaiveDateTime> {
            let b = best[cluster[i]]?;
            let t = event_times[b].as_ref()?;
            match (t.interval, t.relation) {
                (Some(iv), RelationKind::After) => Some(iv.end),
                (Some(iv), RelationKind::Before) => Some(iv.start),
                // Within a month or less: the middle, so that "early that morning" comes before
                // the rest of that day and "in April" before April 20. Longer: the start.
                (Some(iv), _) if iv.end - iv.start <= chrono::Duration::days(31) => {
                    Some(iv.start + (iv.end - iv.start) / 2)
                }
                (Some(iv), _) => Some(iv.start),
                // Only "after the dateline": after everything dated.
                (None, _) if t.value == "FUTURE_REF" => after_dateline.map(|_| NaiveDateTime::MAX),
                (None, _) => None,
            }
        };
        let mut keys: Vec<Option<NaiveDateTime>> = (0..n).map(key_of).collect();
        // "Recently" and "now" are not after the dateline, wherever the text tells them: the
        // key they take from the event before them is capped at the dateline's day (its start
        // for the past, its middle for the present).
        let dateline_start = dateline.and_then(|d| d.date().and_hms_opt(0, 0, 0));
        let cap_of = |i: usize| -> Option<NaiveDateTime> {
            let t = event_times[best[cluster[i]]?].as_ref()?;
            match t.value.as_str() {
                "PAST_REF" => dateline_start,
                "PRESENT_REF" => dateline_start.map(|d| d + chrono::Duration::hours(12)),
                _ => None,
            }
        };
        let mut last = None;
        for (i, k) in keys.iter_mut().enumerate() {
            match k {
                Some(v) => last = Some(*v),
                None => {
                    *k = match (last, cap_of(i)) {
                        (Some(l), Some(c)) => Some(l.min(c)),
                        (l, c) => l.or(c),
                    }
                }
            }
        }
        let first_known = keys.iter().flatten().next().copied();
        for k in keys.iter_mut() {
            if k.is_none() {
                *k = first_known;
            }
        }

        // Kahn's algorithm over clusters, earliest key first; text order breaks ties. A cycle
        // that only folding mentions together could create is broken at its earliest event.
        let mut indeg = vec![0usize; n];
        let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
        for r in &kept {
            let (a, b) = (cluster[r.source], cluster[r.target]);
            if a != b {
                succ[a].push(b);
                indeg[b] += 1;
            }
        }
        let mut ckeys: Vec<Option<NaiveDateTime>> = vec![None; n];
        for i in 0..n {
            let c = cluster[i];
            if let Some(k) = keys[i] {
                ckeys[c] = Some(ckeys[c].map_or(k, |x| x.min(k)));
            }
        }
        // The members of each cluster in text order, all in one list: cluster `c`'s are
        // `members[first[c]..first[c + 1]]` (one allocation, not one per cluster).
        let mut first = vec![0usize; n + 1];
        for &c in &cluster {
            first[c + 1] += 1;
        }
        for c in 0..n {
            first[c + 1] += first[c];
        }
        let mut members = vec![0usize; n];
        let mut filled = first.clone();
        for (i, &c) in cluster.iter().enumerate() {
            members[filled[c]] = i;
            filled[c] += 1;
        }
        let mut heap = BinaryHeap::new();
        let mut done = vec![false; n];
        for c in 0..n {
            if cluster[c] == c && indeg[c] == 0 {
                heap.push(Reverse((ckeys[c], c)));
            }
        }
        let mut order_clusters = Vec::new();
        let total = (0..n).filter(|&c| cluster[c] == c).count();
        let mut by_key: Vec<usize> = (0..n).filter(|&c| cluster[c] == c).collect();
        by_key.sort_by_key(|&c| (ckeys[c], c));
        let mut next_fallback = 0;
        while order_clusters.len() < total {
            let c = match heap.pop() {
                Some(Reverse((_, c))) => c,
                None => {
                    // Break a cycle: the earliest remaining cluster.
                    while next_fallback < by_key.len() && done[by_key[next_fallback]] {
                        next_fallback += 1;
                    }
                    match by_key.get(next_fallback) {
                        Some(&c) => c,
                        None => break,
                    }
                }
            };
            if done[c] {
                continue;
            }
            done[c] = true;
            order_clusters.push(c);
            for &s in &succ[c] {
                indeg[s] = indeg[s].saturating_sub(1);
                if indeg[s] == 0 && !done[s] {
                    heap.push(Reverse((ckeys[s], s)));
                }
            }
        }

        let mut entries = Vec::with_capacity(order_clusters.len());
        let mut order = Vec::with_capacity(n);
        for &c in &order_clusters {
            let members = &members[first[c]..first[c + 1]];
            order.extend(members);
            let mut causes: Vec<usize> = Vec::new();
            let mut effects: Vec<usize> = Vec::new();
            for &m in members {
                causes.extend(graph.causes_of(m).into_iter().map(|x| cluster[x]));
                effects.extend(graph.effects_of(m).into_iter().map(|x| cluster[x]));
            }
            for v in [&mut causes, &mut effects] {
                v.sort_unstable();
                v.dedup();
                v.retain(|&x| x != c);
            }
            let b = best[c];
            entries.push(Entry {
                event: c,
                mentions: members.iter().copied().filter(|&m| m != c).collect(),
                // Each cluster is visited once, and its best member is its own.
                time: b.and_then(|b| event_times[b].take()),
                certainty: b.map_or(DateCertainty::Unknown, |b| certainty[b]),
                causes,
                effects,
            });
        }
        let data = TimelineData {
            document: doc.clone(),
            dateline_relations,
            dateline,
            timexes,
            events,
            relations: kept,
            dropped,
            entries,
            order,
        };
        let entry_index = entry_index(&data);
        Timeline {
            data,
            graph,
            entry_index,
        }
    }

    /// Everything, as stored and serialized.
    pub fn data(&self) -> &TimelineData {
        &self.data
    }

    /// The document.
    pub fn document(&self) -> &Document {
        &self.data.document
    }

    /// The dateline used.
    pub fn dateline(&self) -> Option<Dateline> {
        self.data.dateline
    }

    /// The events, in text order.
    pub fn events(&self) -> &[Event] {
        &self.data.events
    }

    /// Event `i`.
    pub fn event(&self, i: usize) -> &Event {
        &self.data.events[i]
    }

    /// The time expressions, with the values the events gave those the time layer could not
    /// date.
    ///
    /// ```
    /// use eventline::{timeline::Timeline, Document};
    /// let doc = Document::new(
    ///     "Haniyeh was assassinated on July 31. Mourners marched the day after the assassination.",
    /// )
    /// .with_dateline("2024-08-02".parse()?);
    /// let t = Timeline::build(&doc);
    /// let day = &t.timexes()[1];
    /// assert_eq!(day.text(doc.text()), "the day");
    /// assert_eq!(day.value.timex3(), "2024-08-01");
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn timexes(&self) -> &[Timex] {
        &self.data.timexes
    }

    /// The entries, in chronological order.
    pub fn iter(&self) -> std::slice::Iter<'_, Entry> {
        self.data.entries.iter()
    }

    /// The entry of event `i` (of the event it is a mention of).
    pub fn entry_of(&self, i: usize) -> Option<&Entry> {
        self.entry_index
            .get(i)
            .and_then(|&k| self.data.entries.get(k))
    }

    /// Every event index in chronological order.
    pub fn order(&self) -> &[usize] {
        &self.data.order
    }

    /// The kept relations.
    pub fn relations(&self) -> &[Relation] {
        &self.data.relations
    }

    /// The relations dropped as contradictions.
    pub fn dropped(&self) -> &[Dropped] {
        &self.data.dropped
    }

    /// The graph of events and kept relations.
    pub fn graph(&self) -> &EventGraph {
        &self.graph
    }

    /// The entries that happened (actual, not negated).
    pub fn happened(&self) -> impl Iterator<Item = &Entry> {
        self.iter()
            .filter(|e| self.data.events[e.event].factuality == Factuality::Actual)
    }

    /// The entries only expected or planned.
    pub fn expected(&self) -> impl Iterator<Item = &Entry> {
        self.iter()
            .filter(|e| self.data.events[e.event].factuality == Factuality::Future)
    }

    /// The entries dated within `[from, to]` (days, inclusive): their date interval overlaps it.
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &Entry> {
        let start = from.and_hms_opt(0, 0, 0);
        let end = to.succ_opt().and_then(|d| d.and_hms_opt(0, 0, 0));
        self.iter().filter(
            move |e| match (e.time.as_ref().and_then(|t| t.interval), start, end) {
                (Some(iv), Some(s), Some(x)) => iv.start < x && s < iv.end,
                _ => false,
            },
        )
    }

    /// The causes of event `i`'s entry, as entries.
    pub fn causes_of(&self, i: usize) -> Vec<&Entry> {
        self.entry_of(i)
            .map(|e| e.causes.iter().filter_map(|&c| self.entry_of(c)).collect())
            .unwrap_or_default()
    }

    /// The effects of event `i`'s entry, as entries.
    pub fn effects_of(&self, i: usize) -> Vec<&Entry> {
        self.entry_of(i)
            .map(|e| e.effects.iter().filter_map(|&c| self.entry_of(c)).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Timeline;
    use crate::Document;

    /// The position of the entry of the event whose text is `word`.
    fn position(t: &Timeline, word: &str) -> usize {
        let text = t.document().text();
        t.iter()
            .position(|e| t.event(e.event).text(text) == word)
            .unwrap_or_else(|| panic!("no entry {word:?}"))
    }

    #[test]
    fn recent_events_stay_before_the_dateline() {
        // "Recently", told after a date to come, is still in the past.
        let doc = Document::new(
            "The body will be buried in Doha on Friday. The leader had recently visited \
             Tehran.",
        )
        .with_dateline("2024-08-01".parse().unwrap());
        let t = Timeline::build(&doc);
        assert!(position(&t, "visited") < position(&t, "buried"));
    }

    #[test]
    fn mentions_dated_apart_are_two_events() {
        let doc = Document::new(
            "A spokesman said one of the fighters carried out Friday's attack. \"The attack \
             was carried out by one of our fighters,\" he said. The United States launched a \
             war after the hardliners refused to hand over bin Laden for the September 11 \
             attacks on New York.",
        )
        .with_dateline("2005-12-16".parse().unwrap());
        let t = Timeline::build(&doc);
        let text = t.document().text();
        let mut dates: Vec<String> = t
            .iter()
            .filter(|e| t.event(e.event).lemma == "attack")
            .map(|e| e.time.as_ref().map_or(String::new(), |x| x.value.clone()))
            .collect();
        dates.sort();
        assert_eq!(dates, ["2005-09-11", "2005-12-16"], "{}", text);
    }
}
