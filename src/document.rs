//! The document model: the untouched text, its id, and its [`Dateline`].
//!
//! Every annotation the crate produces is a [`Span`] of byte offsets into [`Document::text`];
//! the text itself is never modified.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A half-open byte range `[start, end)` into a document's text.
///
/// ```
/// use eventline::Span;
///
/// let text = "Haniyeh was killed on July 31.";
/// let span = Span::new(22, 29);
/// assert_eq!(span.of(text), "July 31");
/// assert_eq!(span.len(), 7);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The text the span covers, or `""` when it does not fit `text` (never panics).
    ///
    /// ```
    /// use eventline::Span;
    /// assert_eq!(Span::new(0, 99).of("short"), "");
    /// ```
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Its length in bytes.
    ///
    /// ```
    /// assert_eq!(eventline::Span::new(3, 8).len(), 5);
    /// ```
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers nothing.
    ///
    /// ```
    /// assert!(eventline::Span::new(3, 3).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use eventline::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 9)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 9)));
    /// ```
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The document creation time against which deictic expressions ("yesterday", "last week")
/// are resolved: a calendar date, optionally a time of day, optionally a UTC offset.
///
/// Parsed from ISO 8601 (`2024-08-01`, `20240801`, `2024-08-01T10:32`, `2024-08-01T10:32:00-04:00`,
/// `2024-08-01 10:32Z`) and printed back the same way.
///
/// ```
/// use eventline::Dateline;
///
/// let d: Dateline = "2024-08-01T10:32-04:00".parse()?;
/// assert_eq!(d.date().to_string(), "2024-08-01");
/// assert_eq!(d.offset().map(|o| o.local_minus_utc()), Some(-4 * 3600));
/// assert_eq!(d.to_string(), "2024-08-01T10:32:00-04:00");
/// assert!("2024-13-01".parse::<Dateline>().is_err());
/// # Ok::<(), eventline::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dateline {
    date: NaiveDate,
    time: Option<NaiveTime>,
    offset: Option<FixedOffset>,
}

impl Dateline {
    /// A dateline that is a calendar date.
    ///
    /// ```
    /// let d = eventline::Dateline::from_date(chrono::NaiveDate::from_ymd_opt(2024, 8, 1).unwrap());
    /// assert_eq!(d.to_string(), "2024-08-01");
    /// ```
    pub fn from_date(date: NaiveDate) -> Self {
        Dateline {
            date,
            time: None,
            offset: None,
        }
    }

    /// A dateline with a time of day.
    ///
    /// ```
    /// let dt = chrono::NaiveDate::from_ymd_opt(2024, 8, 1).unwrap().and_hms_opt(10, 32, 0).unwrap();
    /// assert_eq!(eventline::Dateline::from_datetime(dt).to_string(), "2024-08-01T10:32:00");
    /// ```
    pub fn from_datetime(datetime: NaiveDateTime) -> Self {
        Dateline {
            date: datetime.date(),
            time: Some(datetime.time()),
            offset: None,
        }
    }

    /// The same dateline with a UTC offset.
    ///
    /// ```
    /// use chrono::FixedOffset;
    /// let d: eventline::Dateline = "2024-08-01T10:32".parse()?;
    /// let d = d.with_offset(FixedOffset::east_opt(3 * 3600).unwrap());
    /// assert_eq!(d.to_string(), "2024-08-01T10:32:00+03:00");
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn with_offset(mut self, offset: FixedOffset) -> Self {
        self.offset = Some(offset);
        self
    }

    /// The calendar date.
    ///
    /// ```
    /// let d: eventline::Dateline = "20240801".parse()?;
    /// assert_eq!(d.date().to_string(), "2024-08-01");
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The time of day, when the dateline has one.
    ///
    /// ```
    /// let d: eventline::Dateline = "2024-08-01".parse()?;
    /// assert_eq!(d.time(), None);
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }

    /// The UTC offset, when the dateline has one.
    ///
    /// ```
    /// let d: eventline::Dateline = "2024-08-01T09:00Z".parse()?;
    /// assert_eq!(d.offset().map(|o| o.local_minus_utc()), Some(0));
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }

    /// The date and time (midnight when the dateline has no time).
    ///
    /// ```
    /// let d: eventline::Dateline = "2024-08-01".parse()?;
    /// assert_eq!(d.datetime().to_string(), "2024-08-01 00:00:00");
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn datetime(&self) -> NaiveDateTime {
        self.date.and_time(self.time.unwrap_or(NaiveTime::MIN))
    }
}

impl fmt::Display for Dateline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        if let Some(t) = self.time {
            write!(f, "T{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())?;
            if let Some(o) = self.offset {
                let secs = o.local_minus_utc();
                let sign = if secs < 0 { '-' } else { '+' };
                let secs = secs.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", secs / 3600, (secs % 3600) / 60)?;
            }
        }
        Ok(())
    }
}

impl FromStr for Dateline {
    type Err = Error;

    fn from_str(input: &str) -> Result<Self> {
        parse_iso(input.trim()).map_err(|reason| Error::Dateline {
            input: input.to_string(),
            reason,
        })
    }
}

fn parse_iso(s: &str) -> std::result::Result<Dateline, String> {
    let (date_part, rest) = match s.find(['T', 't', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let date = if date_part.len() == 8 && date_part.bytes().all(|b| b.is_ascii_digit()) {
        NaiveDate::parse_from_str(date_part, "%Y%m%d")
    } else {
        NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
    }
    .map_err(|e| format!("expected a date such as 2024-08-01 ({e})"))?;
    if !(1..=9999).contains(&date.year()) {
        return Err("year out of range 1..=9999".into());
    }
    let Some(rest) = rest else {
        return Ok(Dateline::from_date(date));
    };
    // Split a trailing offset: Z, +hh:mm, -hh:mm, +hhmm, +hh.
    let (time_part, offset) = split_offset(rest)?;
    let time = ["%H:%M:%S%.f", "%H:%M:%S", "%H:%M", "%H%M%S", "%H%M"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(time_part, f).ok())
        .ok_or_else(|| {
            format!("expected a time such as 10:32 after the date, found {time_part:?}")
        })?;
    Ok(Dateline {
        date,
        time: Some(time),
        offset,
    })
}

fn split_offset(s: &str) -> std::result::Result<(&str, Option<FixedOffset>), String> {
    if let Some(t) = s.strip_suffix(['Z', 'z']) {
        return Ok((t, FixedOffset::east_opt(0)));
    }
    let Some(i) = s.rfind(['+', '-']) else {
        return Ok((s, None));
    };
    let (t, o) = (&s[..i], &s[i..]);
    let sign = if o.starts_with('-') { -1 } else { 1 };
    let digits: String = o[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !(digits.len() == 2 || digits.len() == 4) {
        return Err(format!("unreadable UTC offset {o:?}"));
    }
    let h: i32 = digits[..2]
        .parse()
        .map_err(|_| format!("bad offset {o:?}"))?;
    let m: i32 = if digits.len() == 4 {
        digits[2..]
            .parse()
            .map_err(|_| format!("bad offset {o:?}"))?
    } else {
        0
    };
    let off = FixedOffset::east_opt(sign * (h * 3600 + m * 60))
        .ok_or_else(|| format!("UTC offset out of range {o:?}"))?;
    Ok((t, Some(off)))
}

impl Serialize for Dateline {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Dateline {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl From<NaiveDate> for Dateline {
    fn from(date: NaiveDate) -> Self {
        Dateline::from_date(date)
    }
}

impl From<NaiveDateTime> for Dateline {
    fn from(dt: NaiveDateTime) -> Self {
        Dateline::from_datetime(dt)
    }
}

/// Where a document's dateline came from.
///
/// ```
/// use eventline::{DatelineSource, Span};
/// let s = DatelineSource::Detected(Span::new(12, 24));
/// assert_eq!(serde_json::to_string(&s)?, r#"{"detected":{"start":12,"end":24}}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatelineSource {
    /// Given by the caller (or by the `<DCT>` of a TimeML document).
    Given,
    /// Found in the article head, at this span.
    Detected(Span),
    /// There is none: deictic expressions stay underspecified (`XXXX-...`).
    None,
}

/// An article: its text, never modified, an optional id, and an optional dateline.
///
/// When no dateline is given, the time tagger looks for one in the article head
/// ("WASHINGTON, Aug. 1, 2024 (JNS) —").
///
/// ```
/// use eventline::Document;
///
/// let doc = Document::new("Haniyeh was killed early on July 31.")
///     .with_id("jns-1")
///     .with_dateline("2024-08-01".parse()?);
/// assert_eq!(doc.id(), Some("jns-1"));
/// assert_eq!(doc.dateline().unwrap().to_string(), "2024-08-01");
/// # Ok::<(), eventline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    id: Option<String>,
    text: String,
    dateline: Option<Dateline>,
}

impl Document {
    /// A document with this text and neither id nor dateline.
    ///
    /// ```
    /// let doc = eventline::Document::new("No dateline here.");
    /// assert!(doc.dateline().is_none());
    /// ```
    pub fn new(text: impl Into<String>) -> Self {
        Document {
            id: None,
            text: text.into(),
            dateline: None,
        }
    }

    /// The same document with an id.
    ///
    /// ```
    /// assert_eq!(eventline::Document::new("x").with_id("a1").id(), Some("a1"));
    /// ```
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// The same document with a dateline.
    ///
    /// ```
    /// let doc = eventline::Document::new("x").with_dateline("2024-08-01".parse()?);
    /// assert!(doc.dateline().is_some());
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn with_dateline(mut self, dateline: Dateline) -> Self {
        self.dateline = Some(dateline);
        self
    }

    /// The text, exactly as given.
    ///
    /// ```
    /// assert_eq!(eventline::Document::new("a b").text(), "a b");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The id, if any.
    ///
    /// ```
    /// assert_eq!(eventline::Document::new("x").id(), None);
    /// ```
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The dateline given by the caller, if any.
    ///
    /// ```
    /// assert_eq!(eventline::Document::new("x").dateline(), None);
    /// ```
    pub fn dateline(&self) -> Option<Dateline> {
        self.dateline
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        for (input, want) in [
            ("2024-08-01", "2024-08-01"),
            ("20240801", "2024-08-01"),
            ("2024-08-01T10:32", "2024-08-01T10:32:00"),
            ("2024-08-01 10:32:05", "2024-08-01T10:32:05"),
            ("2024-08-01T10:32:00-04:00", "2024-08-01T10:32:00-04:00"),
            ("2024-08-01T10:32+0530", "2024-08-01T10:32:00+05:30"),
            ("2024-08-01T10:32Z", "2024-08-01T10:32:00+00:00"),
        ] {
            let d: Dateline = input.parse().unwrap();
            assert_eq!(d.to_string(), want, "{input}");
        }
    }

    #[test]
    fn bad_datelines_are_typed_errors() {
        for bad in [
            "",
            "yesterday",
            "2024-02-30",
            "2024-08-01T25:00",
            "2024-08-01T10:00+99",
            "99999999999",
        ] {
            let err = bad.parse::<Dateline>().unwrap_err();
            assert!(matches!(err, Error::Dateline { .. }), "{bad}: {err}");
        }
    }

    #[test]
    fn serde_round_trip() {
        let d: Dateline = "2024-08-01T10:32:00-04:00".parse().unwrap();
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, "\"2024-08-01T10:32:00-04:00\"");
        assert_eq!(serde_json::from_str::<Dateline>(&json).unwrap(), d);
    }
}
