//! The timeline as one JSON object: the stable schema of `eventline timeline --format json`.

use super::TimexRecord;
use crate::event::{Aspect, EventClass, EventPos, Factuality, Polarity, Tense};
use crate::graph::DropReason;
use crate::relation::{EventTime, Relation, RelationKind, TimeSource};
use crate::timeline::{DateCertainty, Timeline};
use crate::Dateline;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// Who and what an event involves, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantsRecord {
    /// Who does it.
    pub agent: Option<String>,
    /// What it is done to.
    pub theme: Option<String>,
    /// Where.
    pub place: Option<String>,
}

/// An event's time, flattened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventTimeRecord {
    /// TIMEX3 value ("2024-07-31", "FUTURE_REF").
    pub value: String,
    /// Start of its calendar interval, when known.
    #[serde(serialize_with = "crate::time::serialize_optional_instant")]
    pub start: Option<NaiveDateTime>,
    /// End (exclusive) of its calendar interval, when known.
    #[serde(serialize_with = "crate::time::serialize_optional_instant")]
    pub end: Option<NaiveDateTime>,
    /// The id of the time expression it came from (`t3`), if one.
    pub timex: Option<String>,
    /// How the event relates to that time (IS_INCLUDED, AFTER, BEFORE).
    pub relation: RelationKind,
    /// Where the time came from.
    pub source: TimeSource,
    /// How the date was found.
    pub certainty: DateCertainty,
    /// How sure, in (0, 1].
    pub confidence: f32,
}

/// One event, flattened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// `e1`, `e2`, … in text order.
    pub id: String,
    /// The trigger word.
    pub text: String,
    /// First byte of the trigger.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Its sentence: an index into the record's `sentences`.
    pub sentence: usize,
    /// The trigger's lemma.
    pub lemma: String,
    /// Its part of speech.
    pub pos: EventPos,
    /// TimeML class.
    pub class: EventClass,
    /// TimeML tense.
    pub tense: Tense,
    /// TimeML aspect.
    pub aspect: Aspect,
    /// TimeML polarity.
    pub polarity: Polarity,
    /// The modal governing it.
    pub modality: Option<String>,
    /// actual, future, hypothetical, negated.
    pub factuality: Factuality,
    /// Who did what to whom.
    pub summary: String,
    /// Who and what it involves.
    pub participants: ParticipantsRecord,
    /// Its time, if known.
    pub time: Option<EventTimeRecord>,
    /// How it stands against the dateline by its tense and factuality (BEFORE, AFTER,
    /// IS_INCLUDED), or null.
    pub dateline_relation: Option<RelationKind>,
    /// The event this one is a later mention of, if any.
    pub same_as: Option<String>,
    /// Ids of the events that caused or enabled it (on the first mention of an event; later
    /// mentions have `same_as`).
    pub causes: Vec<String>,
    /// Ids of the events it caused or enabled.
    pub effects: Vec<String>,
}

/// A sentence that holds an event: its span and text, written once however many events it
/// holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text.
    pub text: String,
}

/// The evidence of a relation, flattened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// The rule that drew it.
    pub rule: String,
    /// The signal's text, if any.
    pub text: Option<String>,
    /// The signal's first byte.
    pub start: Option<usize>,
    /// One past the signal's last byte.
    pub end: Option<usize>,
}

/// One relation, flattened: `source KIND target`, event ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationRecord {
    /// The first event's id.
    pub source: String,
    /// The second event's id.
    pub target: String,
    /// BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS, CAUSES, ENABLES.
    pub kind: RelationKind,
    /// Why.
    pub evidence: EvidenceRecord,
    /// How sure, in (0, 1].
    pub confidence: f32,
    /// For a dropped relation: why it was dropped.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dropped: Option<DropReason>,
}

/// A document's timeline, as JSON.
///
/// ```
/// use eventline::{Document, export::TimelineRecord, timeline::Timeline};
/// let doc = Document::new("The strike killed him on July 31. Iran vowed revenge in response.")
///     .with_id("a1")
///     .with_dateline("2024-08-01".parse()?);
/// let record = TimelineRecord::new(&Timeline::build(&doc));
/// let json = serde_json::to_value(&record).unwrap();
/// assert_eq!(json["dateline"], "2024-08-01");
/// assert_eq!(json["events"][1]["text"], "killed");
/// assert_eq!(json["events"][1]["time"]["value"], "2024-07-31");
/// assert_eq!(json["events"][1]["time"]["timex"], "t1");
/// assert!(json["order"].as_array().unwrap().len() >= 2);
/// # Ok::<(), eventline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineRecord {
    /// The document id, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<String>,
    /// The dateline used (ISO 8601), if any.
    pub dateline: Option<Dateline>,
    /// The time expressions, in text order.
    pub timexes: Vec<TimexRecord>,
    /// The sentences that hold events, in text order (an event's `sentence` indexes this).
    pub sentences: Vec<SentenceRecord>,
    /// The events, in text order.
    pub events: Vec<EventRecord>,
    /// The relations kept in the graph (pointing forward in time).
    pub relations: Vec<RelationRecord>,
    /// The relations dropped as contradictions, with why.
    pub dropped: Vec<RelationRecord>,
    /// Event ids in chronological order.
    pub order: Vec<String>,
}

fn eid(i: usize) -> String {
    super::numbered_id('e', i + 1)
}

fn relation_record(text: &str, r: &Relation, dropped: Option<DropReason>) -> RelationRecord {
    RelationRecord {
        source: eid(r.source),
        target: eid(r.target),
        kind: r.kind,
        evidence: EvidenceRecord {
            rule: r.evidence.rule.clone(),
            text: r
                .evidence
                .signal
                .map(|s| s.of(text).split_whitespace().collect::<Vec<_>>().join(" ")),
            start: r.evidence.signal.map(|s| s.start),
            end: r.evidence.signal.map(|s| s.end),
        },
        confidence: r.confidence,
        dropped,
    }
}

fn time_record(t: &EventTime, certainty: DateCertainty) -> EventTimeRecord {
    EventTimeRecord {
        value: t.value.clone(),
        start: t.interval.map(|i| i.start),
        end: t.interval.map(|i| i.end),
        timex: t.timex.map(|k| super::numbered_id('t', k + 1)),
        relation: t.relation,
        source: t.source,
        certainty,
        confidence: t.confidence,
    }
}

impl TimelineRecord {
    /// The names of the record's top-level fields, in the order they are written.
    pub const FIELDS: &'static [&'static str] = &[
        "id",
        "dateline",
        "timexes",
        "sentences",
        "events",
        "relations",
        "dropped",
        "order",
    ];

    /// The record as one line of JSON, followed by the `extra` fields it does not have itself
    /// (a field of the record keeps the record's value): how `eventline corpus` passes the
    /// fields of its input through. Built as text, without an intermediate JSON tree.
    ///
    /// ```
    /// use eventline::{export::TimelineRecord, timeline::Timeline, Document};
    ///
    /// let doc = Document::new("Talks began on Monday.").with_dateline("2024-08-01".parse()?);
    /// let record = TimelineRecord::new(&Timeline::build(&doc));
    /// let mut extra = serde_json::Map::new();
    /// extra.insert("lang".into(), "en".into());
    /// extra.insert("order".into(), "ignored: the record has its own".into());
    /// let line = record.to_json_line(&extra)?;
    /// let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    /// assert_eq!(v["lang"], "en");
    /// assert!(v["order"].is_array());
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn to_json_line(
        &self,
        extra: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<String, crate::Error> {
        let json = |source| crate::Error::Json {
            context: "timeline record".into(),
            source,
        };
        let mut line = serde_json::to_string(self).map_err(json)?;
        let own = |k: &str| {
            if k == "id" {
                self.id.is_some()
            } else {
                Self::FIELDS.contains(&k)
            }
        };
        let mut added = extra.iter().filter(|(k, _)| !own(k)).peekable();
        if added.peek().is_some() && line.ends_with('}') {
            line.pop();
            for (k, v) in added {
                line.push(',');
                line.push_str(&serde_json::to_string(k).map_err(json)?);
                line.push(':');
                line.push_str(&serde_json::to_string(v).map_err(json)?);
            }
            line.push('}');
        }
        Ok(line)
    }

    /// The record of a timeline.
    pub fn new(t: &Timeline) -> Self {
        let doc = t.document();
        let text = doc.text();
        let n = t.events().len();
        let mut time: Vec<Option<EventTimeRecord>> = vec![None; n];
        let mut same_as: Vec<Option<String>> = vec![None; n];
        let mut causes: Vec<Vec<String>> = vec![Vec::new(); n];
        let mut effects: Vec<Vec<String>> = vec![Vec::new(); n];
        for entry in t.iter() {
            let rec = entry.time.as_ref().map(|x| time_record(x, entry.certainty));
            // Causes and effects are listed on the first mention; later ones point to it.
            causes[entry.event] = entry.causes.iter().map(|&c| eid(c)).collect();
            effects[entry.event] = entry.effects.iter().map(|&c| eid(c)).collect();
            for &m in std::iter::once(&entry.event).chain(&entry.mentions) {
                time[m] = rec.clone();
                if m != entry.event {
                    same_as[m] = Some(eid(entry.event));
                }
            }
        }
        let span_text = |s: Option<crate::Span>| s.map(|s| s.of(text).to_string());
        // Events are in text order, so each sentence's events are consecutive.
        let mut sentences: Vec<SentenceRecord> = Vec::new();
        let mut sentence_of = Vec::with_capacity(n);
        for e in t.events() {
            let span = e.sentence_span;
            if sentences.last().is_none_or(|s| s.start != span.start) {
                sentences.push(SentenceRecord {
                    start: span.start,
                    end: span.end,
                    text: span.of(text).to_string(),
                });
            }
            sentence_of.push(sentences.len() - 1);
        }
        TimelineRecord {
            id: doc.id().map(str::to_string),
            dateline: t.dateline(),
            timexes: t
                .timexes()
                .iter()
                .enumerate()
                .map(|(i, x)| TimexRecord::new(text, i, x))
                .collect(),
            sentences,
            events: t
                .events()
                .iter()
                .enumerate()
                .map(|(i, e)| EventRecord {
                    id: eid(i),
                    text: e.text(text).to_string(),
                    start: e.span.start,
                    end: e.span.end,
                    sentence: sentence_of[i],
                    lemma: e.lemma.clone(),
                    pos: e.pos,
                    class: e.class,
                    tense: e.tense,
                    aspect: e.aspect,
                    polarity: e.polarity,
                    modality: e.modality.clone(),
                    factuality: e.factuality,
                    summary: e.summary.clone(),
                    participants: ParticipantsRecord {
                        agent: span_text(e.participants.agent),
                        theme: span_text(e.participants.theme),
                        place: span_text(e.participants.place),
                    },
                    time: time[i].take(),
                    dateline_relation: t.data().dateline_relations.get(i).copied().flatten(),
                    same_as: same_as[i].take(),
                    causes: std::mem::take(&mut causes[i]),
                    effects: std::mem::take(&mut effects[i]),
                })
                .collect(),
            relations: t
                .relations()
                .iter()
                .map(|r| relation_record(text, r, None))
                .collect(),
            dropped: t
                .dropped()
                .iter()
                .map(|d| relation_record(text, &d.relation, Some(d.reason)))
                .collect(),
            order: t.order().iter().map(|&i| eid(i)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    #[test]
    fn each_sentence_is_written_once_and_events_index_it() {
        let text = "Police said the blast killed four. Rescuers searched the rubble overnight.";
        let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
        let record = TimelineRecord::new(&Timeline::build(&doc));
        assert_eq!(record.sentences.len(), 2, "{:?}", record.sentences);
        for s in &record.sentences {
            assert_eq!(&text[s.start..s.end], s.text);
        }
        let sentence_of = |w: &str| {
            let e = record.events.iter().find(|e| e.text == w).unwrap();
            record.sentences[e.sentence].text.as_str()
        };
        assert_eq!(sentence_of("said"), "Police said the blast killed four.");
        assert_eq!(sentence_of("killed"), sentence_of("said"));
        assert!(sentence_of("searched").starts_with("Rescuers"));
    }

    #[test]
    fn fields_are_the_serialized_top_level_keys_in_order() {
        let doc = Document::new("Talks began on Monday.")
            .with_id("d1")
            .with_dateline("2024-08-01".parse().unwrap());
        let record = TimelineRecord::new(&Timeline::build(&doc));
        let value = serde_json::to_value(&record).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, TimelineRecord::FIELDS);
        // An input field the record has (the id) keeps the record's value; others follow it.
        let mut extra = serde_json::Map::new();
        extra.insert("id".into(), "other".into());
        extra.insert("source".into(), serde_json::json!({"feed": "wire"}));
        let line: serde_json::Value =
            serde_json::from_str(&record.to_json_line(&extra).unwrap()).unwrap();
        assert_eq!(line["id"], "d1");
        assert_eq!(line["source"]["feed"], "wire");
        assert_eq!(
            line.as_object().unwrap().len(),
            TimelineRecord::FIELDS.len() + 1
        );
    }
}
