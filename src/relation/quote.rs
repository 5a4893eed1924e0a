//! Events in quotations, dated by the report that quotes them.
//!
//! The tense of direct speech counts from the moment it was spoken: in "“The regime martyred
//! our guest,” he said on July 31", the martyring happened before July 31, whatever the
//! dateline. An event a quotation says happened is placed before the time of the report that
//! quotes it (the reporting verb outside the quotation, in the sentence where it opens or
//! closes), and one it says is expected after it, unless the quotation itself dates it: a time
//! outside the quotation dates the report, not what is quoted. The time given is the report's
//! (a day, most often): what was said to have happened came before the saying, which may be
//! earlier that same day.
//!
//! ```
//! use eventline::{event, relation, time, Document};
//! use eventline::relation::RelationKind;
//!
//! let doc = Document::new(
//!     "Khamenei spoke on July 31. “The regime murdered our guest in our house,” he said \
//!      on July 31.",
//! )
//! .with_dateline("2024-08-02".parse()?);
//! let times = time::tag(&doc, &Default::default());
//! let events = event::extract(&doc, &times);
//! let rel = relation::relate(&doc, &times, &events);
//! let murdered = events.events.iter().position(|e| e.lemma == "murder").unwrap();
//! let t = rel.times[murdered].as_ref().unwrap();
//! assert_eq!((t.value.as_str(), t.relation), ("2024-07-31", RelationKind::Before));
//! # Ok::<(), eventline::Error>(())
//! ```

use super::{EventTime, Evidence, RelationKind, Relations, TimeSource};
use crate::document::Span;
use crate::event::{Aspect, EventAnnotation, EventClass, Factuality, Tense};
use crate::segment::quote::quotations;
use crate::time::TimeAnnotation;

/// The evidence rule of an event dated before the report that quotes it.
pub const RULE: &str = "before-its-report";

/// Quotations shorter than this many words are names or scare quotes ("“political” leader"),
/// not speech.
const MIN_WORDS: usize = 4;

/// Date the events of quotations against the reports that quote them.
pub fn date_quoted(
    text: &str,
    times: &TimeAnnotation,
    events: &EventAnnotation,
    out: &mut Relations,
) {
    let quotes: Vec<Span> = quotations(text)
        .into_iter()
        .filter(|q| q.of(text).split_whitespace().count() >= MIN_WORDS)
        .collect();
    if quotes.is_empty() {
        return;
    }
    // Quotations are in text order and do not overlap: found by binary search.
    let inside = |s: Span| {
        let k = quotes.partition_point(|q| q.end <= s.start);
        quotes
            .get(k)
            .filter(|q| q.start <= s.start && s.end <= q.end)
            .map(|_| k)
    };
    let seg = &times.segments;
    let sentence_at = |byte: usize| {
        let toks = seg.tokens();
        let k = toks.partition_point(|t| t.span.end <= byte);
        seg.sentence_of_token(k.min(toks.len().saturating_sub(1)))
    };
    for (qi, q) in quotes.iter().enumerate() {
        let closes = sentence_at(q.end.saturating_sub(1));
        let opens = sentence_at(q.start).filter(|s| Some(*s) != closes);
        // The report: a reporting event outside every quotation, in the sentence where the
        // quotation closes or opens, nearest to it.
        let report = [closes, opens]
            .into_iter()
            .flatten()
            .flat_map(|s| events.in_sentence(s))
            .filter(|(_, e)| e.class == EventClass::Reporting && inside(e.span).is_none())
            .min_by_key(|(_, e)| {
                if e.span.start >= q.end {
                    e.span.start - q.end
                } else {
                    q.start.saturating_sub(e.span.end)
                }
            })
            .map(|(k, _)| k);
        let Some(said) = report.and_then(|k| out.times[k].clone()) else {
            continue;
        };
        if said.interval.is_none() || said.relation != RelationKind::IsIncluded {
            continue;
        }
        // The events inside it (events are in text order).
        let from = events.events.partition_point(|e| e.span.start < q.start);
        let to = events.events.partition_point(|e| e.span.start < q.end);
        for k in from..to {
            let e = &events.events[k];
            if inside(e.span) != Some(qi) {
                continue;
            }
            // A time outside the quotation dates the report, not what is quoted: "“The
            // regime murdered our guest,” he said on July 31". Nor does the dateline, when
            // the report has its own time.
            let from_outside = out.times[k].as_ref().is_some_and(|t| {
                (t.source == TimeSource::Dateline && said.source != TimeSource::Dateline)
                    || t.timex
                        .and_then(|x| times.timexes.get(x))
                        .is_some_and(|x| inside(x.span) != Some(qi))
            });
            if out.times[k].is_some() && !from_outside {
                continue;
            }
            // What it says happened came before the report; what it says is expected, after.
            // (Nouns carry no tense to say which.)
            let happened = e.factuality == Factuality::Actual
                && (matches!(e.tense, Tense::Past | Tense::Pastpart)
                    || (e.tense == Tense::Present && e.aspect == Aspect::Perfective));
            let relation = if happened {
                Some(RelationKind::Before)
            } else if e.factuality == Factuality::Future {
                Some(RelationKind::After)
            } else {
                None
            };
            out.times[k] = relation.map(|relation| EventTime {
                relation,
                timex: None,
                source: TimeSource::Discourse,
                evidence: Evidence::rule(RULE),
                confidence: (said.confidence * 0.8).min(0.4),
                ..said.clone()
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::relation::{time_of, RelationKind};

    #[test]
    fn what_a_quotation_says_happened_came_before_its_report() {
        let t = time_of(
            "“The gunmen stormed the building and took hostages,” the police chief said \
             on Tuesday.",
            "stormed",
        );
        assert_eq!(t, Some(("2024-07-30".into(), RelationKind::Before)));
    }

    #[test]
    fn what_a_quotation_expects_comes_after_its_report() {
        let t = time_of(
            "“We will respond at a time of our choosing,” the minister said on Tuesday.",
            "respond",
        );
        assert_eq!(t, Some(("2024-07-30".into(), RelationKind::After)));
    }

    #[test]
    fn a_date_inside_the_quotation_still_dates_its_event() {
        let t = time_of(
            "“Our forces struck the depot on Monday night,” the army said on Tuesday.",
            "struck",
        );
        assert_eq!(t.map(|(v, _)| v), Some("2024-07-29TNI".into()));
    }
}
