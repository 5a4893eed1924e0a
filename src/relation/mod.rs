//! Relations: events anchored to times ([`anchor`], and [`quote`] for what a quotation says
//! happened), events ordered against each other by
//! signals, reporting and tense ([`temporal`]), and causes ([`causal`]). Every relation carries
//! its evidence (the rule, and the signal's text and span when there is one) and a confidence.
//!
//! ```
//! use eventline::{Document, event, relation::{self, RelationKind}, time::{tag, TimeConfig}};
//!
//! let doc = Document::new(
//!     "Iran vowed revenge in response to the assassination of Haniyeh on July 31.",
//! ).with_dateline("2024-08-01".parse()?);
//! let times = tag(&doc, &TimeConfig::default());
//! let events = event::extract(&doc, &times);
//! let rel = relation::relate(&doc, &times, &events);
//! let text = doc.text();
//! let cause = rel.relations.iter().find(|r| r.kind == RelationKind::Causes).unwrap();
//! assert_eq!(events.events[cause.source].text(text), "assassination");
//! assert_eq!(events.events[cause.target].text(text), "vowed");
//! assert_eq!(cause.evidence.signal_text.as_deref(), Some("in response to"));
//! let k = events.events.iter().position(|e| e.text(text) == "assassination").unwrap();
//! assert_eq!(rel.times[k].as_ref().unwrap().value, "2024-07-31");
//! # Ok::<(), eventline::Error>(())
//! ```

pub mod anchor;
pub mod causal;
mod phrases;
pub mod quote;
pub mod temporal;

use crate::document::{Document, Span};
use crate::event::EventAnnotation;
use crate::time::{Interval, TimeAnnotation, TimeValue};
use serde::{Deserialize, Serialize};

/// How two events (or an event and a time) are related. `source KIND target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RelationKind {
    /// The source ends before the target starts.
    Before,
    /// The source starts after the target ends.
    After,
    /// The source's time contains the target's.
    Includes,
    /// The source happens within the target's time.
    IsIncluded,
    /// They happen at the same time (or are the same event).
    Simultaneous,
    /// The source brings the target about.
    Causes,
    /// The source makes the target possible.
    Enables,
}

impl RelationKind {
    /// The TimeML name.
    ///
    /// ```
    /// assert_eq!(eventline::relation::RelationKind::IsIncluded.as_str(), "IS_INCLUDED");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Before => "BEFORE",
            RelationKind::After => "AFTER",
            RelationKind::Includes => "INCLUDES",
            RelationKind::IsIncluded => "IS_INCLUDED",
            RelationKind::Simultaneous => "SIMULTANEOUS",
            RelationKind::Causes => "CAUSES",
            RelationKind::Enables => "ENABLES",
        }
    }

    /// The same relation read from the target ("A before B" is "B after A").
    pub fn inverse(self) -> RelationKind {
        match self {
            RelationKind::Before => RelationKind::After,
            RelationKind::After => RelationKind::Before,
            RelationKind::Includes => RelationKind::IsIncluded,
            RelationKind::IsIncluded => RelationKind::Includes,
            other => other,
        }
    }

    /// Whether it is causal.
    pub fn is_causal(self) -> bool {
        matches!(self, RelationKind::Causes | RelationKind::Enables)
    }
}

/// Why a relation was drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The rule that drew it ("signal", "reporting", "causal-cue", "coreference", "dates"…).
    pub rule: String,
    /// The signal's span, when a word in the text carries the relation.
    pub signal: Option<Span>,
    /// The signal's text.
    pub signal_text: Option<String>,
}

impl Evidence {
    /// Evidence from a rule alone.
    pub fn rule(rule: &str) -> Self {
        Evidence {
            rule: rule.to_string(),
            signal: None,
            signal_text: None,
        }
    }

    /// Evidence from a rule and the signal at `span` of `text`.
    pub fn signal(rule: &str, span: Span, text: &str) -> Self {
        Evidence {
            rule: rule.to_string(),
            signal: Some(span),
            signal_text: Some(
                span.of(text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        }
    }
}

/// A relation between two events (indices into [`EventAnnotation::events`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// The first event.
    pub source: usize,
    /// The second event.
    pub target: usize,
    /// How they relate.
    pub kind: RelationKind,
    /// Why.
    pub evidence: Evidence,
    /// How sure, in (0, 1].
    pub confidence: f32,
}

/// Where an event's time came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeSource {
    /// A time expression in its clause ("met … on Aug. 1").
    Timex,
    /// A time expression relative to another event ("hours after the attack").
    EventRelative,
    /// A time expression elsewhere in its sentence, or the sentence before.
    Discourse,
    /// The dateline (reports, and expectations after it).
    Dateline,
}

/// An event's place in time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventTime {
    /// The TIMEX3 value ("2024-07-31", "2024-07-31TMO", "FUTURE_REF").
    pub value: String,
    /// Its calendar interval, when known.
    pub interval: Option<Interval>,
    /// How the event relates to that time (IS_INCLUDED: within it; AFTER: after it…).
    pub relation: RelationKind,
    /// The index of the time expression in [`TimeAnnotation::timexes`], if one gave it.
    pub timex: Option<usize>,
    /// Where it came from.
    pub source: TimeSource,
    /// Why: the signal ("on", "in") or the rule.
    pub evidence: Evidence,
    /// How sure, in (0, 1].
    pub confidence: f32,
}

/// The relations of one document.
#[derive(Debug, Clone, Default)]
pub struct Relations {
    /// Each event's time (parallel to the events), if any.
    pub times: Vec<Option<EventTime>>,
    /// Each event against the dateline, from its tense and factuality (parallel to the
    /// events): BEFORE for what happened, AFTER for what is expected, INCLUDES for what holds
    /// now; `None` when neither says.
    pub dateline: Vec<Option<RelationKind>>,
    /// Event–event relations, temporal and causal.
    pub relations: Vec<Relation>,
    /// Time expressions the events date, with their values: "the day after the assassination"
    /// is the day after the assassination's date, which the time layer left unknown. Each is
    /// an index into [`TimeAnnotation::timexes`] and the value found.
    ///
    /// ```
    /// use eventline::{Document, event, relation::relate, time};
    /// let doc = Document::new(
    ///     "Haniyeh was assassinated on July 31. Mourners marched the day after the assassination.",
    /// )
    /// .with_dateline("2024-08-02".parse()?);
    /// let times = time::tag(&doc, &Default::default());
    /// assert_eq!(times.timexes[1].value.timex3(), "XXXX-XX-XX");
    /// let rel = relate(&doc, &times, &event::extract(&doc, &times));
    /// assert_eq!(rel.resolved[0].0, 1);
    /// assert_eq!(rel.resolved[0].1.timex3(), "2024-08-01");
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub resolved: Vec<(usize, TimeValue)>,
}

/// An event against the dateline, from its tense, aspect and factuality alone.
///
/// ```
/// use eventline::{Document, event, relation::{against_dateline, RelationKind}, time};
/// let doc = Document::new("Iran attacked, will respond, and is preparing a strike.");
/// let ev = event::extract(&doc, &time::tag(&doc, &Default::default()));
/// let kind = |w| against_dateline(ev.find(doc.text(), w).unwrap());
/// assert_eq!(kind("attacked"), Some(RelationKind::Before));
/// assert_eq!(kind("respond"), Some(RelationKind::After));
/// assert_eq!(kind("preparing"), Some(RelationKind::IsIncluded));
/// ```
pub fn against_dateline(e: &crate::event::Event) -> Option<RelationKind> {
    use crate::event::{Aspect, Factuality, Tense};
    match (e.factuality, e.tense, e.aspect) {
        (Factuality::Future, ..) | (_, Tense::Future, _) => Some(RelationKind::After),
        (Factuality::Hypothetical, ..) => None,
        (_, Tense::Past, _) | (_, Tense::Present, Aspect::Perfective) => Some(RelationKind::Before),
        (_, Tense::Present, Aspect::Progressive) => Some(RelationKind::IsIncluded),
        _ => None,
    }
}

/// Relate the events of a document to its times and to each other.
///
/// Linear in the number of events for realistic text (each rule looks within a sentence or a
/// bounded window).
pub fn relate(doc: &Document, times: &TimeAnnotation, events: &EventAnnotation) -> Relations {
    let text = doc.text();
    let (anchored, consumed) = anchor::anchor_clauses(text, times, events);
    let mut out = Relations {
        times: anchored,
        dateline: if times.dateline.is_some() {
            events.events.iter().map(against_dateline).collect()
        } else {
            vec![None; events.events.len()]
        },
        relations: Vec::new(),
        resolved: Vec::new(),
    };
    anchor::event_relative(text, times, events, &mut out);
    temporal::relate(text, times, events, &mut out.relations);
    causal::relate(text, times, events, &mut out.relations);
    anchor::inherit_times(text, times, events, &mut out, &consumed);
    quote::date_quoted(text, times, events, &mut out);
    out
}

/// The time and relation the event `word` of `text` (dateline 2024-08-02) is given.
#[cfg(test)]
pub(crate) fn time_of(text: &str, word: &str) -> Option<(String, RelationKind)> {
    let doc = Document::new(text).with_dateline("2024-08-02".parse().unwrap());
    let times = crate::time::tag(&doc, &crate::time::TimeConfig::default());
    let events = crate::event::extract(&doc, &times);
    let rel = relate(&doc, &times, &events);
    let k = events
        .events
        .iter()
        .position(|e| e.text(text) == word)
        .unwrap_or_else(|| panic!("no event {word:?}"));
    rel.times[k].as_ref().map(|t| (t.value.clone(), t.relation))
}
