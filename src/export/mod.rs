//! Export records: the stable JSON shape of an annotated document.
//!
//! ```
//! use eventline::{Document, export::TimesRecord, time::{tag, TimeConfig}};
//!
//! let doc = Document::new("Talks resumed yesterday.").with_id("a1").with_dateline("2024-08-01".parse()?);
//! let times = tag(&doc, &TimeConfig::default());
//! let record = TimesRecord::new(&doc, &times);
//! let json = serde_json::to_value(&record).unwrap();
//! assert_eq!(json["dateline"], "2024-08-01");
//! assert_eq!(json["timexes"][0]["value"], "2024-07-31");
//! assert_eq!(json["timexes"][0]["start"], 14);
//! # Ok::<(), eventline::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::document::{DatelineSource, Document};
use crate::time::{Anchor, Family, Interval, TimeAnnotation};
use crate::Dateline;

/// One temporal expression, flattened for JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimexRecord {
    /// `t1`, `t2`, … in text order (`t0` is the dateline).
    pub id: String,
    /// The text it covers.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// What it was resolved against.
    pub anchor: Anchor,
    /// The calendar interval (or the bounds of an anchored length of time), when known.
    pub interval: Option<Interval>,
    /// TIMEX3 quant and freq of a set.
    pub quant: Option<String>,
    /// TIMEX3 freq of a set.
    pub freq: Option<String>,
    /// The family of rules that found it.
    pub family: Family,
}

/// A document's temporal expressions, as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimesRecord {
    /// The document id, if any.
    pub id: Option<String>,
    /// The dateline used (ISO 8601), if any.
    pub dateline: Option<Dateline>,
    /// Where it came from.
    pub dateline_source: DatelineSource,
    /// The expressions, in text order.
    pub timexes: Vec<TimexRecord>,
}

impl TimesRecord {
    /// The record of a tagged document.
    pub fn new(doc: &Document, times: &TimeAnnotation) -> Self {
        let text = doc.text();
        TimesRecord {
            id: doc.id().map(str::to_string),
            dateline: times.dateline,
            dateline_source: times.dateline_source,
            timexes: times
                .timexes
                .iter()
                .enumerate()
                .map(|(i, t)| TimexRecord::new(text, i, t))
                .collect(),
        }
    }
}

impl TimexRecord {
    /// The record of the `i`-th (0-based) expression of `text`; its id is `t{i+1}`.
    pub fn new(text: &str, i: usize, t: &crate::time::Timex) -> Self {
        TimexRecord {
            id: numbered_id('t', i + 1),
            text: t.span.of(text).to_string(),
            start: t.span.start,
            end: t.span.end,
            kind: t.kind.as_str().to_string(),
            value: t.value.timex3(),
            modifier: t.modifier.map(|m| m.as_str().to_string()),
            anchor: t.anchor.clone(),
            interval: t.interval().or(t.bounds),
            quant: t.quant.clone(),
            freq: t.freq.clone(),
            family: t.family,
        }
    }
}

/// `prefix` and then `n` in decimal ("e12"): the ids of events and times, written without
/// the formatting machinery, which a record of thousands of ids would otherwise spend most of
/// its time in.
fn numbered_id(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - at);
    id.push(prefix);
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

mod dot;
mod record;
mod text;

pub use dot::to_dot;
pub use record::{EventRecord, EventTimeRecord, RelationRecord, SentenceRecord, TimelineRecord};
pub use text::{to_text, TextOptions};
