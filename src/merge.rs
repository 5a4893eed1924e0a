//! One timeline from many articles: the same real-world event reported by several documents
//! becomes one node, their relations meet in one consistent DAG, and what the sources disagree
//! on is reported.
//!
//! It reads the timelines as JSON records ([`TimelineRecord`], what `eventline timeline
//! --format json` and `eventline corpus` write), so corpora can be merged long after they were
//! run. Two mentions are the same event when they have the same lemma, the same day (both
//! dated, to the day or finer), and, when both name participants, at least one participant
//! word in common. Undated events stay their document's own.
//!
//! ```
//! use eventline::{Document, export::TimelineRecord, merge::merge, timeline::Timeline};
//! let record = |id: &str, text: &str| {
//!     let doc = Document::new(text).with_id(id).with_dateline("2024-08-01".parse().unwrap());
//!     TimelineRecord::new(&Timeline::build(&doc))
//! };
//! let a = record("a", "Israel killed Haniyeh in Tehran on July 31. Iran vowed revenge.");
//! let b = record("b", "Haniyeh was killed in Tehran on July 31, officials said.");
//! let merged = merge(&[a, b]);
//! let killed = merged.events.iter().find(|e| e.lemma == "kill").unwrap();
//! assert_eq!(killed.mentions.len(), 2);
//! assert_eq!(killed.date.as_deref(), Some("2024-07-31"));
//! ```

use crate::event::Factuality;
use crate::export::{EventRecord, TimelineRecord};
use crate::graph::{DropReason, EventGraph};
use crate::relation::{Evidence, Relation, RelationKind};
use crate::time::Interval;
use chrono::NaiveDateTime;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// One mention of a merged event: which document and which event of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The document id (or its position in the input, as `#3`, when it has none).
    pub document: String,
    /// The event id in that document (`e12`).
    pub event: String,
    /// The trigger.
    pub text: String,
    /// The summary in that document.
    pub summary: String,
    /// The trigger's first byte in its document.
    pub start: usize,
}

/// An event of the merged timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedEvent {
    /// `m1`, `m2`, … in chronological order.
    pub id: String,
    /// The lemma of its trigger.
    pub lemma: String,
    /// Its factuality (the most real its mentions give: one source saying it happened wins).
    pub factuality: Factuality,
    /// Its date (TIMEX3 value), if known.
    pub date: Option<String>,
    /// The summary of its first mention.
    pub summary: String,
    /// Participant words of all its mentions (lower case).
    pub participants: Vec<String>,
    /// Its mentions, in input order.
    pub mentions: Vec<Mention>,
}

/// A relation between merged events, with the documents that support it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedRelation {
    /// Source event id (`m3`).
    pub source: String,
    /// Target event id.
    pub target: String,
    /// How they relate (pointing forward in time).
    pub kind: RelationKind,
    /// The documents that say so.
    pub documents: Vec<String>,
    /// The highest confidence among them.
    pub confidence: f32,
}

/// Something the sources disagree on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// What: `order` (a relation contradicted by others or by dates) or `date` (the same
    /// event, by lemma and participants, dated differently by two sources).
    pub kind: String,
    /// The relation dropped, for an order conflict.
    pub relation: Option<MergedRelation>,
    /// Why it was dropped.
    pub reason: Option<DropReason>,
    /// The mentions that disagree, for a date conflict.
    pub mentions: Vec<Mention>,
    /// The dates they give, for a date conflict.
    pub dates: Vec<String>,
}

/// The merged timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Merged {
    /// The documents merged, in input order.
    pub documents: Vec<String>,
    /// The events, in chronological order.
    pub events: Vec<MergedEvent>,
    /// The relations kept.
    pub relations: Vec<MergedRelation>,
    /// What the sources disagree on.
    pub conflicts: Vec<Conflict>,
}

/// Words too common to identify a participant.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "his", "her", "its", "their", "in", "on", "at", "to", "and", "for",
    "by", "with", "he", "she", "it", "they", "we", "i", "you", "him", "them", "this", "that",
];

fn words(e: &EventRecord) -> Vec<String> {
    let p = &e.participants;
    let mut out: Vec<String> = [&p.agent, &p.theme, &p.place]
        .into_iter()
        .flatten()
        .flat_map(|s| s.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_lowercase)
        .filter(|w| w.len() > 1 && !STOP.contains(&w.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The day an event is dated to, when it is dated to a day or finer.
fn day_of(e: &EventRecord) -> Option<String> {
    let t = e.time.as_ref()?;
    let v = &t.value;
    let is_day =
        v.len() >= 10 && v.as_bytes().get(4) == Some(&b'-') && v.as_bytes().get(7) == Some(&b'-');
    (is_day && t.relation == RelationKind::IsIncluded).then(|| v[..10].to_string())
}

fn rank(f: Factuality) -> u8 {
    match f {
        Factuality::Actual => 3,
        Factuality::Future => 2,
        Factuality::Hypothetical => 1,
        Factuality::Negated => 0,
    }
}

/// Merge the timelines of several documents.
pub fn merge(records: &[TimelineRecord]) -> Merged {
    let doc_name = |k: usize, r: &TimelineRecord| r.id.clone().unwrap_or_else(|| format!("#{k}"));
    let documents: Vec<String> = records
        .iter()
        .enumerate()
        .map(|(k, r)| doc_name(k, r))
        .collect();
    // Nodes: (lemma, day) buckets, split by participants.
    struct Node {
        lemma: String,
        day: Option<String>,
        factuality: Factuality,
        participants: Vec<String>,
        interval: Option<Interval>,
        mentions: Vec<Mention>,
        summary: String,
        noun: bool,
    }
    let mut nodes: Vec<Node> = Vec::new();
    let mut by_key: FxHashMap<(String, String), Vec<usize>> = FxHashMap::default();
    let mut node_of: FxHashMap<(usize, String), usize> = FxHashMap::default();
    for (k, r) in records.iter().enumerate() {
        let ids: FxHashMap<&str, &EventRecord> =
            r.events.iter().map(|e| (e.id.as_str(), e)).collect();
        for e in &r.events {
            // A later mention within one document joins its first mention's node.
            if let Some(first) = e.same_as.as_deref().and_then(|s| ids.get(s)) {
                if let Some(&n) = node_of.get(&(k, first.id.clone())) {
                    node_of.insert((k, e.id.clone()), n);
                    continue;
                }
            }
            // Reports and dates read off the dateline are each article's own: not merged.
            let mergeable = e.class != crate::event::EventClass::Reporting
                && e.time
                    .as_ref()
                    .is_some_and(|t| t.source != crate::relation::TimeSource::Dateline);
            let day = day_of(e).filter(|_| mergeable);
            let ws = words(e);
            let noun = e.pos == crate::event::EventPos::Noun;
            let mention = Mention {
                document: documents[k].clone(),
                event: e.id.clone(),
                text: e.text.clone(),
                summary: e.summary.clone(),
                start: e.start,
            };
            let found = day.as_ref().and_then(|d| {
                by_key.get(&(e.lemma.clone(), d.clone())).and_then(|cands| {
                    cands.iter().copied().find(|&n| {
                        let other = &nodes[n].participants;
                        let fresh = nodes[n].mentions.iter().all(|m| m.document != documents[k]);
                        // Both name participants and share one; or a noun ("the funeral")
                        // that names none.
                        let same = if ws.is_empty() || other.is_empty() {
                            noun && nodes[n].noun
                        } else {
                            ws.iter().any(|w| other.contains(w))
                        };
                        fresh && same
                    })
                })
            });
            let n = match found {
                Some(n) => {
                    let node = &mut nodes[n];
                    node.mentions.push(mention);
                    for w in ws {
                        if !node.participants.contains(&w) {
                            node.participants.push(w);
                        }
                    }
                    if rank(e.factuality) > rank(node.factuality) {
                        node.factuality = e.factuality;
                    }
                    n
                }
                None => {
                    let n = nodes.len();
                    let interval = e.time.as_ref().and_then(|t| match (t.start, t.end) {
                        (Some(start), Some(end)) => Some(Interval { start, end }),
                        _ => None,
                    });
                    nodes.push(Node {
                        lemma: e.lemma.clone(),
                        day: day.clone(),
                        factuality: e.factuality,
                        participants: ws,
                        interval,
                        mentions: vec![mention],
                        summary: e.summary.clone(),
                        noun,
                    });
                    if let Some(d) = day {
                        by_key.entry((e.lemma.clone(), d)).or_default().push(n);
                    }
                    n
                }
            };
            node_of.insert((k, e.id.clone()), n);
        }
    }
    // Date conflicts: the same lemma and a shared participant, dated to different days by
    // different documents.
    let mut conflicts = Vec::new();
    let mut by_lemma: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (n, node) in nodes.iter().enumerate() {
        if node.day.is_some()
            && !node.participants.is_empty()
            && node.factuality == Factuality::Actual
        {
            by_lemma.entry(node.lemma.as_str()).or_default().push(n);
        }
    }
    for group in by_lemma.values() {
        for (x, &a) in group.iter().enumerate() {
            for &b in &group[x + 1..] {
                let (na, nb) = (&nodes[a], &nodes[b]);
                let shared = na
                    .participants
                    .iter()
                    .filter(|w| nb.participants.contains(w))
                    .count();
                let different_docs = na
                    .mentions
                    .iter()
                    .all(|m| nb.mentions.iter().all(|o| o.document != m.document));
                if na.day != nb.day && shared >= 2 && different_docs {
                    conflicts.push(Conflict {
                        kind: "date".into(),
                        relation: None,
                        reason: None,
                        mentions: vec![na.mentions[0].clone(), nb.mentions[0].clone()],
                        dates: vec![
                            na.day.clone().unwrap_or_default(),
                            nb.day.clone().unwrap_or_default(),
                        ],
                    });
                }
            }
        }
    }
    // Relations of every document, on the nodes, with the documents that support each.
    let mut support: FxHashMap<(usize, usize, RelationKind), (Vec<String>, f32)> =
        FxHashMap::default();
    let mut proposed = Vec::new();
    for (k, r) in records.iter().enumerate() {
        for rel in &r.relations {
            let (Some(&a), Some(&b)) = (
                node_of.get(&(k, rel.source.clone())),
                node_of.get(&(k, rel.target.clone())),
            ) else {
                continue;
            };
            if a == b {
                continue;
            }
            let entry = support
                .entry((a, b, rel.kind))
                .or_insert_with(|| (Vec::new(), 0.0));
            if !entry.0.contains(&documents[k]) {
                entry.0.push(documents[k].clone());
            }
            entry.1 = entry.1.max(rel.confidence);
        }
    }
    let mut keys: Vec<_> = support.keys().copied().collect();
    keys.sort_by_key(|&(a, b, kind)| (a, b, kind as u8));
    for (a, b, kind) in keys {
        let (docs, conf) = &support[&(a, b, kind)];
        // More sources, more confidence.
        let confidence = (conf + 0.05 * (docs.len() as f32 - 1.0)).min(1.0);
        proposed.push(Relation {
            source: a,
            target: b,
            kind,
            evidence: Evidence::rule(&docs.join(",")),
            confidence,
        });
    }
    let dates: Vec<Option<(Interval, f32)>> =
        nodes.iter().map(|n| n.interval.map(|i| (i, 0.8))).collect();
    let graph = EventGraph::build(nodes.len(), &proposed, &dates);
    // Chronological order: the graph's order, earliest date first.
    let key = |n: usize| -> Option<NaiveDateTime> {
        nodes[n].interval.map(|i| i.start + (i.end - i.start) / 2)
    };
    let mut indeg = vec![0usize; nodes.len()];
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for r in graph.kept() {
        succ[r.source].push(r.target);
        indeg[r.target] += 1;
    }
    let mut heap: BinaryHeap<Reverse<(Option<NaiveDateTime>, usize)>> = (0..nodes.len())
        .filter(|&n| indeg[n] == 0)
        .map(|n| Reverse((key(n), n)))
        .collect();
    let mut order = Vec::with_capacity(nodes.len());
    while let Some(Reverse((_, n))) = heap.pop() {
        order.push(n);
        for &s in &succ[n] {
            indeg[s] -= 1;
            if indeg[s] == 0 {
                heap.push(Reverse((key(s), s)));
            }
        }
    }
    let mut position = vec![0usize; nodes.len()];
    for (p, &n) in order.iter().enumerate() {
        position[n] = p;
    }
    let mid = |n: usize| format!("m{}", position[n] + 1);
    let relation_of = |r: &Relation| MergedRelation {
        source: mid(r.source),
        target: mid(r.target),
        kind: r.kind,
        documents: r.evidence.rule.split(',').map(str::to_string).collect(),
        confidence: r.confidence,
    };
    for d in graph.dropped() {
        conflicts.push(Conflict {
            kind: "order".into(),
            relation: Some(relation_of(&d.relation)),
            reason: Some(d.reason),
            mentions: Vec::new(),
            dates: Vec::new(),
        });
    }
    let relations = graph.kept().iter().map(relation_of).collect();
    let events = order
        .iter()
        .map(|&n| {
            let node = &nodes[n];
            MergedEvent {
                id: mid(n),
                lemma: node.lemma.clone(),
                factuality: node.factuality,
                date: node
                    .day
                    .clone()
                    .or_else(|| node.interval.map(|i| i.start.date().to_string())),
                summary: node.summary.clone(),
                participants: node.participants.clone(),
                mentions: node.mentions.clone(),
            }
        })
        .collect();
    Merged {
        documents,
        events,
        relations,
        conflicts,
    }
}

/// The events an entity takes part in, in order, in the SemEval-2015 Task 4 style: one line
/// each, `ordinal TAB date TAB mentions` (mentions as `document-event`, space-separated);
/// undated events come first with ordinal 0 and the date `XXXX-XX-XX`, as in that task. An event involves the entity when a participant or the
/// summary of one of its mentions names it (case-insensitive).
pub fn entity_timeline(merged: &Merged, entity: &str) -> String {
    let needle = entity.to_lowercase();
    let mut out = String::new();
    let mut dated = String::new();
    let mut ordinal = 0;
    for e in &merged.events {
        let involved = e
            .participants
            .iter()
            .any(|p| needle.split_whitespace().any(|w| w == p))
            || e.mentions
                .iter()
                .any(|m| m.summary.to_lowercase().contains(&needle));
        if !involved || e.factuality != Factuality::Actual {
            continue;
        }
        let mentions: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}-{}", m.document, m.event))
            .collect();
        match e.date.as_deref() {
            Some(date) => {
                ordinal += 1;
                dated.push_str(&format!("{ordinal}\t{date}\t{}\n", mentions.join(" ")));
            }
            None => out.push_str(&format!("0\tXXXX-XX-XX\t{}\n", mentions.join(" "))),
        }
    }
    out.push_str(&dated);
    out
}
