//! The Duckling phrase corpus runner.
//!
//! Each line of the corpus is a phrase with the value Duckling expects at its reference time.
//! The phrase is tagged with [`Lean::Future`] (Duckling's convention: a bare weekday or month is
//! the next one) and the longest expression found is compared with the expectation: an instant
//! by its start and grain, an interval by its bounds. A `negative` phrase passes when nothing is
//! found.
//!
//! Where Duckling's conventions differ from TIMEX3, the comparison translates eventline's value
//! into Duckling's terms rather than changing eventline ([`duckling_view`]): seasons are
//! astronomical there (summer is June 21 – September 24) and meteorological here; Duckling's
//! morning runs from midnight, its weekend from Friday 18:00, its "end of the month" is days
//! 21 to the end, "mid March" is March 11–20, and "early 2017" is its first quarter — eventline
//! keeps these as a TIMEX3 `mod` on the period itself. Duckling dates the Hebrew holidays from
//! the evening before, and reads "7 days ago" as an instant at the hour of the reference time
//! (eventline: the day, with the count kept in [`crate::time::Offset`]). Its year -2014 is 2014
//! BC, which eventline's intervals number astronomically (-2013; 1 BC is year 0).
//!
//! ```no_run
//! let report = eventline::eval::duckling::run("duckling_en_time.jsonl".as_ref())?;
//! let (passed, total) = report.tiers["core"];
//! println!("core: {passed}/{total}");
//! # Ok::<(), eventline::Error>(())
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

use super::read_utf8;
use crate::error::{Error, Result};
use crate::lexicon::Unit;
use crate::lexicon::{DayPart, Season};
use crate::time::holidays::HOLIDAYS;
use crate::time::{
    tag, Anchor, DurationUnit, Granularity, Lean, Mod, Offset, TimeConfig, TimeValue, Timex,
    TimexType,
};
use crate::{Dateline, Document};

#[derive(Debug, Deserialize)]
struct Line {
    text: String,
    expected: Expected,
    reference: String,
    tier: String,
}

/// What Duckling expects for a phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Expected {
    /// One instant at a grain.
    Instant {
        /// The instant.
        value: NaiveDateTime,
        /// Duckling's grain name.
        grain: String,
    },
    /// An interval (end exclusive).
    Interval {
        /// First instant.
        start: NaiveDateTime,
        /// First instant after.
        end: NaiveDateTime,
        /// Duckling's grain name.
        grain: String,
    },
    /// An interval open on one side.
    OpenInterval {
        /// Start, if bounded below.
        #[serde(default)]
        start: Option<NaiveDateTime>,
        /// End, if bounded above.
        #[serde(default)]
        end: Option<NaiveDateTime>,
    },
    /// Nothing should be found.
    None,
}

/// What eventline's value means in Duckling's terms: an interval and a grain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DucklingView {
    /// First instant.
    pub start: NaiveDateTime,
    /// First instant after.
    pub end: NaiveDateTime,
    /// Duckling's grain name.
    pub grain: &'static str,
}

fn grain_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Second => "second",
        Granularity::Minute => "minute",
        Granularity::Hour | Granularity::PartOfDay => "hour",
        Granularity::Day => "day",
        Granularity::Weekend => "hour",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Season => "day",
        Granularity::Quarter => "quarter",
        Granularity::Half
        | Granularity::Year
        | Granularity::Decade
        | Granularity::Century
        | Granularity::Millennium => "year",
    }
}

fn at(d: NaiveDate, h: i64) -> NaiveDateTime {
    d.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::hours(h)
}

/// A month and day.
type MonthDay = (u32, u32);

/// Duckling's season bounds (astronomical, fixed dates): first day and first day after.
const DUCKLING_SEASONS: &[(Season, MonthDay, MonthDay)] = &[
    (Season::Spring, (3, 20), (6, 21)),
    (Season::Summer, (6, 21), (9, 24)),
    (Season::Fall, (9, 23), (12, 21)),
    (Season::Winter, (12, 21), (3, 19)),
];

/// Translate a timex into Duckling's representation; `now` is the reference time.
pub fn duckling_view(t: &Timex, now: NaiveDateTime) -> Option<DucklingView> {
    if t.kind == TimexType::Set {
        return None;
    }
    // A counted expression ("7 days ago", "in a week") is an instant one grain finer than its
    // unit to Duckling, counted from the reference time itself.
    if let (Some(off), Anchor::Dateline) = (t.offset, &t.anchor) {
        if let Some(view) = counted_view(off, now) {
            return Some(view);
        }
    }
    let v = match &t.value {
        TimeValue::Reference(crate::time::Reference::PresentRef) => {
            return Some(DucklingView {
                start: now,
                end: now + Duration::seconds(1),
                grain: "second",
            })
        }
        TimeValue::Calendar(v) => *v,
        TimeValue::Duration(d) => {
            let b = t.bounds?;
            let grain = match d.parts.first()?.1 {
                DurationUnit::Day => "day",
                DurationUnit::Week => "week",
                DurationUnit::Month => "month",
                DurationUnit::Quarter => "quarter",
                _ => "year",
            };
            return Some(DucklingView {
                start: b.start,
                end: b.end,
                grain,
            });
        }
        _ => return None,
    };
    let i = t
        .bounds
        .filter(|_| t.holiday.is_some())
        .or_else(|| v.interval())?;
    let mut view = DucklingView {
        start: i.start,
        end: i.end,
        grain: grain_name(v.grain),
    };
    // Duckling writes 2014 BC as the year -2014; eventline's intervals number the years
    // astronomically (1 BC is year 0, 2014 BC is -2013).
    if v.grain == Granularity::Year && v.year.is_some_and(|y| y <= 0) {
        view.start = view.start.with_year(view.start.year() - 1)?;
        view.end = view.end.with_year(view.end.year() - 1)?;
    }
    // Hebrew holidays begin at sunset: Duckling dates them from the evening before.
    let eve = t
        .holiday
        .as_deref()
        .and_then(|n| HOLIDAYS.iter().find(|h| h.name == n))
        .is_some_and(|h| h.eve);
    if eve {
        view.start -= Duration::days(1);
        if t.bounds.is_none() {
            view.end -= Duration::days(1);
        }
    }
    match v.grain {
        Granularity::Season => {
            let s = v.season?;
            let y = v.year?;
            let (_, (sm, sd), (em, ed)) = *DUCKLING_SEASONS.iter().find(|(x, _, _)| *x == s)?;
            let sy = if s == Season::Winter { y - 1 } else { y };
            view.start = at(NaiveDate::from_ymd_opt(sy, sm, sd)?, 0);
            view.end = at(NaiveDate::from_ymd_opt(y, em, ed)?, 0);
        }
        Granularity::PartOfDay => {
            let d = v.date()?;
            let (s, e) = match v.day_part? {
                DayPart::Morning => (0, 12),
                DayPart::Afternoon => (12, 19),
                DayPart::Evening | DayPart::Night => (18, 24),
                DayPart::Daytime => (8, 18),
            };
            view.start = at(d, s);
            view.end = at(d, e);
        }
        Granularity::Weekend => {
            view.start = i.start - Duration::hours(6);
            view.end = i.end;
        }
        // A clock time is an instant to Duckling; a whole hour is "hour" grain.
        Granularity::Hour | Granularity::Minute | Granularity::Second
            if v.minute == Some(0) && v.second.is_none() =>
        {
            view.grain = "hour";
            view.end = view.start + Duration::hours(1);
        }
        _ => {}
    }
    if let Some(m) = t.modifier {
        apply_mod(&mut view, m, v.grain);
    }
    Some(view)
}

fn counted_view(off: Offset, now: NaiveDateTime) -> Option<DucklingView> {
    let n = off.amount;
    let months = |k: i64| Some(crate::time::shift_months(now.date(), k)?.and_time(now.time()));
    let floor_hour = |t: NaiveDateTime| t.date().and_hms_opt(t.hour(), 0, 0);
    let floor_day = |t: NaiveDateTime| t.date().and_hms_opt(0, 0, 0);
    let (start, grain, len) = match off.unit {
        Unit::Second => (
            now + Duration::try_seconds(n)?,
            "second",
            Duration::seconds(1),
        ),
        Unit::Minute => (
            now + Duration::try_minutes(n)?,
            "second",
            Duration::seconds(1),
        ),
        Unit::Hour => (
            now + Duration::try_hours(n)?,
            "second",
            Duration::seconds(1),
        ),
        Unit::Day => (
            floor_hour(now + Duration::try_days(n)?)?,
            "hour",
            Duration::hours(1),
        ),
        Unit::Week | Unit::Fortnight | Unit::Weekend => (
            floor_day(now + Duration::try_weeks(n)?)?,
            "day",
            Duration::days(1),
        ),
        Unit::Month => (floor_day(months(n)?)?, "day", Duration::days(1)),
        Unit::Quarter => (
            floor_day(months(n.checked_mul(3)?)?)?,
            "day",
            Duration::days(1),
        ),
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => {
            let t = months(n.checked_mul(12)?)?;
            (
                t.date().with_day(1)?.and_hms_opt(0, 0, 0)?,
                "month",
                Duration::days(28),
            )
        }
    };
    Some(DucklingView {
        start,
        end: start + len,
        grain,
    })
}

/// Duckling's reading of "early/mid/late" and "the beginning/end of" a period.
fn apply_mod(view: &mut DucklingView, m: Mod, grain: Granularity) {
    let (s, e) = (view.start, view.end);
    match grain {
        Granularity::Month => {
            let d = s.date();
            let day = |n: u32| at(d.with_day(n).unwrap_or(d), 0);
            match m {
                Mod::Start => (view.start, view.end) = (s, day(11)),
                Mod::Mid => (view.start, view.end) = (day(11), day(21)),
                Mod::End => (view.start, view.end) = (day(21), e),
                _ => return,
            }
            view.grain = "day";
        }
        Granularity::Week => {
            match m {
                Mod::Start => view.end = s + Duration::days(3),
                Mod::End => view.start = s + Duration::days(4),
                _ => return,
            }
            view.grain = "day";
        }
        Granularity::Year => {
            let y = s.date().year();
            let month = |m: u32| at(NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(s.date()), 0);
            match m {
                Mod::Start => view.end = month(4),
                Mod::End => view.start = month(9),
                _ => return,
            }
            view.grain = "month";
        }
        Granularity::PartOfDay => match m {
            Mod::End => view.start = view.end - Duration::hours(3),
            Mod::Start => view.end = view.start + Duration::hours(3),
            _ => {}
        },
        _ => {}
    }
}

/// One phrase's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The phrase.
    pub text: String,
    /// Its tier.
    pub tier: String,
    /// Whether it passed.
    pub passed: bool,
    /// What was expected.
    pub expected: Expected,
    /// What eventline found: the longest expression's text, TIMEX3 value and Duckling view.
    pub found: Option<(String, String, Option<DucklingView>)>,
}

/// Pass counts by tier, and every outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DucklingReport {
    /// (passed, total) by tier.
    pub tiers: BTreeMap<String, (usize, usize)>,
    /// Every phrase.
    pub outcomes: Vec<Outcome>,
}

impl std::fmt::Display for DucklingReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (tier, (p, n)) in &self.tiers {
            writeln!(
                f,
                "{tier:10} {p:4} / {n:4}  {:5.1}%",
                100.0 * *p as f64 / (*n).max(1) as f64
            )?;
        }
        Ok(())
    }
}

fn passes(expected: &Expected, view: Option<&DucklingView>) -> bool {
    match (expected, view) {
        (Expected::None, _) => false,
        (_, None) => false,
        (Expected::Instant { value, grain }, Some(v)) => v.start == *value && v.grain == grain,
        (Expected::Interval { start, end, .. }, Some(v)) => v.start == *start && v.end == *end,
        (Expected::OpenInterval { start, end }, Some(v)) => {
            start.is_none_or(|s| v.start == s) && end.is_none_or(|e| v.end == e)
        }
    }
}

/// Run the corpus at `path` (JSON lines).
pub fn run(path: &Path) -> Result<DucklingReport> {
    let text = read_utf8(path)?;
    let mut report = DucklingReport::default();
    let config = TimeConfig {
        lean: Lean::Future,
        detect_dateline: false,
    };
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let line: Line = serde_json::from_str(line).map_err(|e| Error::Json {
            context: format!("{}:{}", path.display(), n + 1),
            source: e,
        })?;
        let reference: Dateline = line.reference.parse()?;
        let now = reference.datetime();
        let doc = Document::new(line.text.clone()).with_dateline(reference);
        let times = tag(&doc, &config);
        let best = times
            .timexes
            .iter()
            .max_by_key(|t| (t.span.len(), std::cmp::Reverse(t.span.start)));
        let view = best.and_then(|t| duckling_view(t, now));
        let passed = match line.expected {
            Expected::None => times.timexes.is_empty(),
            ref e => passes(e, view.as_ref()),
        };
        let entry = report.tiers.entry(line.tier.clone()).or_insert((0, 0));
        entry.0 += usize::from(passed);
        entry.1 += 1;
        report.outcomes.push(Outcome {
            text: line.text,
            tier: line.tier,
            passed,
            expected: line.expected,
            found: best.map(|t| (t.span.of(doc.text()).to_string(), t.value.timex3(), view)),
        });
    }
    Ok(report)
}
