//! Temporal expressions: recognition and normalization against the dateline.
//!
//! [`tag`] finds every temporal expression in a [`Document`] and gives each a [`Timex`]: its
//! span, TIMEX3 type and value, modifier, what it was anchored to, and (for calendar values)
//! its interval as chrono values.
//!
//! ```
//! use eventline::{Document, time::{tag, TimeConfig}};
//!
//! let doc = Document::new(
//!     "The New York Times reported on July 31. The strike killed him early that morning.",
//! ).with_dateline("2024-08-01".parse()?);
//! let times = tag(&doc, &TimeConfig::default());
//! let values: Vec<String> = times.timexes.iter().map(|t| t.value.timex3()).collect();
//! assert_eq!(values, ["2024-07-31", "2024-07-31TMO"]);
//! assert_eq!(times.timexes[1].modifier.map(|m| m.as_str()), Some("START"));
//! # Ok::<(), eventline::Error>(())
//! ```

pub mod calendars;
mod dateline;
mod daylight;
mod grammar;
pub mod holidays;
mod resolve;
mod tense;
mod value;

pub use dateline::detect_dateline;
pub use daylight::us_daylight_time;
pub use grammar::Family;
pub(crate) use value::{serialize_optional_instant, shift_months};
pub use value::{
    CalendarValue, DurationUnit, DurationValue, Granularity, Interval, Mod, Reference, TimeValue,
    TimexType,
};

use serde::{Deserialize, Serialize};

use crate::document::{DatelineSource, Document, Span};
use crate::segment::Segments;
use crate::Dateline;
use grammar::{Base, Candidate, Expr, Input, SetExpr};
use resolve::{Context, Used};

/// Which way dates without a year or week lean when nothing else decides.
///
/// ```
/// use eventline::{Document, time::{tag, Lean, TimeConfig}};
/// let doc = Document::new("The vote is on Tuesday.").with_dateline("2024-08-01".parse()?);
/// let news = tag(&doc, &TimeConfig::default());
/// let ahead = tag(&doc, &TimeConfig { lean: Lean::Future, ..TimeConfig::default() });
/// // "is" gives no tense cue: news takes the nearer Tuesday, looking forward the next one.
/// assert_eq!(news.timexes[0].value.timex3(), "2024-07-30");
/// assert_eq!(ahead.timexes[0].value.timex3(), "2024-08-06");
/// # Ok::<(), eventline::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lean {
    /// News: the nearest occurrence, weighed by tense, with the past preferred ("April" in an
    /// August article is the April before).
    #[default]
    Past,
    /// Assistants and schedules: the next occurrence ("Thursday" is the coming one).
    Future,
}

/// How to tag.
///
/// ```
/// use eventline::time::{Lean, TimeConfig};
/// let config = TimeConfig { lean: Lean::Future, ..TimeConfig::default() };
/// assert!(config.detect_dateline);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeConfig {
    /// The year and weekday policy.
    pub lean: Lean,
    /// Look for a dateline in the article head when the document has none.
    pub detect_dateline: bool,
}

impl Default for TimeConfig {
    fn default() -> Self {
        TimeConfig {
            lean: Lean::Past,
            detect_dateline: true,
        }
    }
}

/// What a value was resolved against.
///
/// ```
/// use eventline::{Document, time::{tag, Anchor, TimeConfig}};
/// let doc = Document::new("He left yesterday.").with_dateline("2024-08-01".parse()?);
/// let t = &tag(&doc, &TimeConfig::default()).timexes[0];
/// assert_eq!(t.anchor, Anchor::Dateline);
/// # Ok::<(), eventline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Anchor {
    /// Nothing: the expression is absolute ("July 30, 2024") or a length of time.
    None,
    /// The document's dateline.
    Dateline,
    /// Another expression in the text: mostly an earlier one (the time the discourse was at),
    /// or the day named after a bare clock time in its sentence ("at 00:01 (0801 GMT)
    /// Tuesday").
    Time {
        /// That expression's span.
        span: Span,
    },
    /// An event named in the text: "hours after the attack".
    Event {
        /// The signal word ("after", "before").
        signal: Span,
        /// Whether the time is after the event (`true`) or before it.
        after: bool,
        /// The phrase naming the event ("the attack").
        phrase: Span,
    },
    /// An event the time lies within: "the second day of the offensive". Unless the text sets
    /// a date beside it, the value stays unknown (`XXXX-XX-XX`).
    Within {
        /// The phrase naming the event ("the offensive").
        phrase: Span,
    },
}

/// A normalized temporal expression.
///
/// ```
/// use eventline::{Document, time::{tag, Anchor, TimeConfig, TimexType}};
///
/// let doc = Document::new("Talks collapsed two weeks ago.").with_dateline("2024-08-01".parse()?);
/// let t = &tag(&doc, &TimeConfig::default()).timexes[0];
/// assert_eq!(t.text(doc.text()), "two weeks ago");
/// assert_eq!(t.kind, TimexType::Date);
/// assert_eq!(t.value.timex3(), "2024-W29");
/// assert_eq!(t.anchor, Anchor::Dateline);
/// assert_eq!(t.offset.map(|o| o.amount), Some(-2));
/// # Ok::<(), eventline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// Its bytes in the document.
    pub span: Span,
    /// TIMEX3 `type`.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The normalized value.
    pub value: TimeValue,
    /// TIMEX3 `mod`.
    #[serde(rename = "mod")]
    pub modifier: Option<Mod>,
    /// What the value was resolved against.
    pub anchor: Anchor,
    /// TIMEX3 `quant` of a set ("EVERY", "EACH").
    pub quant: Option<String>,
    /// TIMEX3 `freq` of a set ("2X").
    pub freq: Option<String>,
    /// The family of rules that recognized it.
    pub family: Family,
    /// For a holiday of several days (Hanukkah, Ramadan), the days it covers. For a length of
    /// time counted back or forward from the dateline ("the past three years",
    /// "the next 3 days"): the period it covers, in whole units — `[2021-01-01, 2024-01-01)`
    /// for "the past three years" in 2024, as TIMEX3 `endPoint="t0"` means.
    pub bounds: Option<Interval>,
    /// What a counted expression counts from its anchor: `-3` weeks for "three weeks ago",
    /// `+2` weeks for "in two weeks" (whose TIMEX3 is the length `P2W`).
    pub offset: Option<Offset>,
    /// The holiday it names, by its canonical name ("Eid al-Fitr").
    pub holiday: Option<String>,
}

/// A signed count of calendar units.
///
/// ```
/// use eventline::{Document, lexicon::Unit, time::{tag, Offset, TimeConfig}};
/// let doc = Document::new("The vote is in two weeks.").with_dateline("2024-08-01".parse()?);
/// let t = &tag(&doc, &TimeConfig::default()).timexes[0];
/// assert_eq!(t.offset, Some(Offset { amount: 2, unit: Unit::Week }));
/// # Ok::<(), eventline::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offset {
    /// How many units; negative into the past.
    pub amount: i64,
    /// Which unit.
    pub unit: crate::lexicon::Unit,
}

impl Timex {
    /// The text it covers.
    ///
    /// ```
    /// use eventline::{Document, time::{tag, TimeConfig}};
    /// let doc = Document::new("It ended in mid-April.").with_dateline("2024-08-01".parse()?);
    /// let times = tag(&doc, &TimeConfig::default());
    /// assert_eq!(times.timexes[0].text(doc.text()), "mid-April");
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }

    /// The calendar interval it denotes, when fully known.
    ///
    /// ```
    /// use eventline::{Document, time::{tag, TimeConfig}};
    /// let doc = Document::new("It ended in April.").with_dateline("2024-08-01".parse()?);
    /// let i = tag(&doc, &TimeConfig::default()).timexes[0].interval().unwrap();
    /// assert_eq!(i.start.to_string(), "2024-04-01 00:00:00");
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn interval(&self) -> Option<Interval> {
        if self.kind == TimexType::Set {
            return None;
        }
        self.value.interval()
    }
}

/// The result of [`tag`]: the dateline used, where it came from, the segments and the timexes.
///
/// ```
/// use eventline::{Document, DatelineSource, time::{tag, TimeConfig}};
/// let doc = Document::new("No dateline. Talks resumed yesterday.");
/// let times = tag(&doc, &TimeConfig::default());
/// assert_eq!(times.dateline_source, DatelineSource::None);
/// assert_eq!(times.segments.sentences().len(), 2);
/// assert_eq!(times.timexes[0].value.timex3(), "XXXX-XX-XX");
/// ```
#[derive(Debug, Clone)]
pub struct TimeAnnotation {
    /// The dateline the values were resolved against.
    pub dateline: Option<Dateline>,
    /// Where it came from.
    pub dateline_source: DatelineSource,
    /// Tokens and sentences.
    pub segments: Segments,
    /// The expressions, in text order.
    pub timexes: Vec<Timex>,
}

/// Find and normalize the temporal expressions of a document.
///
/// Linear in the text's length; never fails (an impossible date such as "February 30" is
/// simply not a time).
///
/// ```
/// use eventline::{Document, DatelineSource, time::{tag, TimeConfig}};
///
/// let doc = Document::new("WASHINGTON, Aug. 1, 2024 (JNS) — Talks resumed yesterday.");
/// let times = tag(&doc, &TimeConfig::default());
/// assert_eq!(times.dateline.unwrap().to_string(), "2024-08-01");
/// assert!(matches!(times.dateline_source, DatelineSource::Detected(_)));
/// assert_eq!(times.timexes.last().unwrap().value.timex3(), "2024-07-31");
/// ```
pub fn tag(doc: &Document, config: &TimeConfig) -> TimeAnnotation {
    let text = doc.text();
    let segments = Segments::new(text);
    let inp = Input::new(text, segments.tokens());
    let candidates = grammar::recognize(&inp);
    let (dateline, dateline_source) = match doc.dateline() {
        Some(d) => (Some(d), DatelineSource::Given),
        None if config.detect_dateline => match dateline::detect_in(&inp, &candidates) {
            Some((d, span)) => (Some(d), DatelineSource::Detected(span)),
            None => (None, DatelineSource::None),
        },
        None => (None, DatelineSource::None),
    };
    let timexes = resolve_all(
        &inp,
        &segments,
        candidates,
        dateline,
        config,
        &dateline_source,
    );
    TimeAnnotation {
        dateline,
        dateline_source,
        segments,
        timexes,
    }
}

/// Whether resolving `e` chooses among occurrences (a date without a year, a weekday...).
fn needs_tense(e: &Expr) -> bool {
    match e {
        Expr::Date(d) => matches!(
            d.base,
            Base::Explicit { year: None, .. }
                | Base::Period { year: None, .. }
                | Base::Weekday { .. }
                | Base::Holiday { year: None, .. }
                | Base::Weekend { .. }
                // "This week", which a Sunday story tells of either side of the weekend.
                | Base::Relative {
                    unit: crate::lexicon::Unit::Week,
                    offset: 0,
                    from: grammar::From::Dateline,
                }
        ),
        // "set for July 13-15": the range's year is chosen by its first day.
        Expr::Range(a, _) => matches!(a.base, Base::Explicit { year: None, .. }),
        _ => false,
    }
}

/// A day named again without its year ("Feb. 1 ... effective Feb. 1") is the day named
/// before: an article rarely means two different years by one month and day. The first
/// mention decides, with its own year or the year its tense chose.
fn same_day_same_year(base: &Base, v: &mut CalendarValue, seen: &mut Vec<(u8, u8, i32)>) {
    let Base::Explicit {
        year,
        month: Some(m),
        day: Some(d),
    } = *base
    else {
        return;
    };
    match seen.iter().find(|(sm, sd, _)| (*sm, *sd) == (m, d)) {
        Some(&(_, _, y)) if year.is_none() => {
            if chrono::NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d)).is_some() {
                v.year = Some(y);
            }
        }
        Some(_) => {}
        None => {
            if let Some(y) = v.year {
                if seen.len() < 64 {
                    seen.push((m, d, y));
                }
            }
        }
    }
}

/// Whether the expression at token `first` dates a report: "said Tuesday", "said on
/// Tuesday", "told reporters Tuesday", "said here Tuesday".
fn dates_a_report(inp: &Input, first: usize) -> bool {
    let mut k = first;
    for skip in ["on", "here", "reporters"] {
        if k > 0 && inp.word(k - 1, skip) {
            k -= 1;
        }
    }
    k > 0 && tense::REPORTS.iter().any(|w| inp.word(k - 1, w))
}

fn resolve_all(
    inp: &Input,
    segments: &Segments,
    candidates: Vec<Candidate>,
    dateline: Option<Dateline>,
    config: &TimeConfig,
    source: &DatelineSource,
) -> Vec<Timex> {
    let mut ctx = Context {
        dateline: dateline.map(|d| d.date()),
        discourse: None,
        happening: None,
        discourse_sentence: 0,
        discourse_year: None,
        focus: None,
        recent: Vec::new(),
        focus_sentence: 0,
        reporting: None,
        period_sentence: 0,
        sentence: 0,
        now: dateline
            .filter(|d| d.time().is_some())
            .map(|d| d.datetime()),
        lean: config.lean,
    };
    let mut discourse_span: Option<Span> = None;
    // The spans of `ctx.recent`, in step with it.
    let mut recent_spans: Vec<Span> = Vec::with_capacity(8);
    // Month and day of the dates mentioned so far, with the year each was given or resolved to.
    let mut days_seen: Vec<(u8, u8, i32)> = Vec::new();
    let mut cues = tense::CueCache::new(inp.toks.len());
    let mut out = Vec::with_capacity(candidates.len());
    let toks = inp.toks;
    for c in candidates {
        let span = Span::new(toks[c.first].span.start, toks[c.last - 1].span.end);
        // The detected dateline itself is the document's creation time, not a mention.
        if let DatelineSource::Detected(s) = source {
            if s.overlaps(span) {
                continue;
            }
        }
        ctx.sentence = segments.sentence_of_token(c.first).unwrap_or(0);
        // Only expressions whose year or week must be chosen look at the tense around them.
        let tense = match segments.sentence_of_token(c.first) {
            Some(s) if needs_tense(&c.expr) => tense::near(
                &mut cues,
                inp.text,
                toks,
                segments.sentences()[s].tokens.clone(),
                c.first,
                c.last,
            ),
            _ => tense::Tense::Unknown,
        };
        let mut anchor = Anchor::None;
        let mut bounds = None;
        let mut holiday = None;
        let (kind, value, quant, freq) = match &c.expr {
            Expr::Date(d) => {
                let Some((mut v, used)) = resolve::date(d, &ctx, tense) else {
                    continue;
                };
                same_day_same_year(&d.base, &mut v, &mut days_seen);
                // "three days after Easter", "the week of October 7"
                let v = match c.shift {
                    Some((n, unit)) => match resolve::shift_day(v, n, unit) {
                        Some(s) => s,
                        None => continue,
                    },
                    None => v,
                };
                let v = match (c.week_of, v.date()) {
                    (true, Some(day)) => CalendarValue::week_of(day),
                    _ => v,
                };
                if let Base::Holiday { index, .. } | Base::HolidayIn { index, .. } = d.base {
                    holiday = holidays::HOLIDAYS.get(index).map(|h| h.name.to_string());
                    bounds = v
                        .year
                        .and_then(|y| holidays::span_in(index, y))
                        .and_then(|(a, b)| {
                            Some(Interval {
                                start: a.and_hms_opt(0, 0, 0)?,
                                end: b.and_hms_opt(0, 0, 0)?,
                            })
                        });
                }
                // Without a dateline, the time last named at a year or finer is what a year-less
                // date was read against ("in June 1950 … in September").
                let last_named_span = ctx
                    .recent
                    .iter()
                    .zip(&recent_spans)
                    .rev()
                    .find(|(v, _)| v.grain <= Granularity::Year)
                    .map(|(_, span)| *span);
                anchor = match used {
                    Used::Nothing => Anchor::None,
                    Used::Dateline => Anchor::Dateline,
                    Used::Discourse => (if ctx.dateline.is_none() {
                        last_named_span.or(discourse_span)
                    } else {
                        discourse_span
                    })
                    .map(|span| Anchor::Time { span })
                    .unwrap_or(Anchor::None),
                };
                if v.year.is_some() {
                    // A period reached by shifting the one in focus ("a year earlier") is a
                    // comparison, not a new focus.
                    // Periods compared with the focus ("a year earlier", "the year-ago
                    // quarter", "the 1988 period") are not a new focus.
                    let shifted_focus = matches!(
                        d.base,
                        Base::YearsFromFocus { .. }
                            | Base::FocusPeriod { years: -1, .. }
                            | Base::FocusPeriod { year: Some(_), .. }
                            | Base::FocusMonth { .. }
                    );
                    if ctx.recent.len() == 8 {
                        ctx.recent.remove(0);
                        recent_spans.remove(0);
                    }
                    ctx.recent.push(v);
                    recent_spans.push(span);
                    if matches!(v.grain, Granularity::Quarter | Granularity::Half) {
                        ctx.period_sentence = ctx.sentence;
                    }
                    if !shifted_focus {
                        if ctx.reporting.is_none()
                            && matches!(v.grain, Granularity::Quarter | Granularity::Half)
                        {
                            ctx.reporting = Some(v);
                        }
                        ctx.focus = Some(v);
                        ctx.focus_sentence = ctx.sentence;
                    }
                    if v.grain <= Granularity::Day {
                        ctx.discourse = Some(v);
                        ctx.discourse_sentence = ctx.sentence;
                        discourse_span = Some(span);
                        if !dates_a_report(inp, c.first) {
                            ctx.happening = Some(v);
                        }
                    }
                    ctx.discourse_year = v.year;
                }
                let kind = if v.grain < Granularity::Day {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                (kind, TimeValue::Calendar(v), None, None)
            }
            Expr::Range(a, b) => {
                let Some((start, used)) = resolve::date(a, &ctx, tense) else {
                    continue;
                };
                // The end takes the start's year when it names none.
                let end = if let (
                    Base::Explicit {
                        year: None,
                        month,
                        day,
                    },
                    Some(y),
                ) = (b.base, start.year)
                {
                    let same = resolve::date(
                        &grammar::DateExpr::new(Base::Explicit {
                            year: Some(y),
                            month,
                            day,
                        }),
                        &ctx,
                        tense,
                    );
                    same.filter(|(e, _)| {
                        e.interval()
                            .zip(start.interval())
                            .is_some_and(|(e, s)| e.start >= s.start)
                    })
                    .or_else(|| {
                        resolve::date(
                            &grammar::DateExpr::new(Base::Explicit {
                                year: Some(y + 1),
                                month,
                                day,
                            }),
                            &ctx,
                            tense,
                        )
                    })
                } else {
                    resolve::date(b, &ctx, tense)
                };
                let (Some(si), Some(ei)) = (start.interval(), end.and_then(|(e, _)| e.interval()))
                else {
                    continue;
                };
                if ei.end <= si.start {
                    continue;
                }
                bounds = Some(Interval {
                    start: si.start,
                    end: ei.end,
                });
                anchor = if used == Used::Dateline {
                    Anchor::Dateline
                } else {
                    Anchor::None
                };
                // Its length in the unit its ends are named in: "1975-1990" is P16Y.
                let length = match (start.grain, start.year, end.and_then(|(e, _)| e.year)) {
                    (Granularity::Year, Some(a), Some(b)) => {
                        DurationValue::of(f64::from(b - a + 1), DurationUnit::Year)
                    }
                    _ => {
                        DurationValue::of((ei.end - si.start).num_days() as f64, DurationUnit::Day)
                    }
                };
                (TimexType::Duration, TimeValue::Duration(length), None, None)
            }
            Expr::Duration(d) => {
                if c.offset.is_some() && ctx.dateline.is_some() {
                    anchor = Anchor::Dateline;
                }
                if let (Some(frame), Some(dl)) = (c.frame, ctx.dateline) {
                    bounds = resolve::framed_bounds(d, frame, dl);
                    if bounds.is_some() {
                        anchor = Anchor::Dateline;
                    }
                }
                (
                    TimexType::Duration,
                    TimeValue::Duration(d.clone()),
                    None,
                    None,
                )
            }
            Expr::Reference(r) => {
                anchor = if dateline.is_some() {
                    Anchor::Dateline
                } else {
                    Anchor::None
                };
                (TimexType::Date, TimeValue::Reference(*r), None, None)
            }
            Expr::Set { set, quant, freq } => {
                let value = match set {
                    SetExpr::Every(d) => TimeValue::Duration(d.clone()),
                    SetExpr::Pattern(d) => {
                        let mut v = CalendarValue::unknown(Granularity::Day);
                        match d.base {
                            Base::Weekday { weekday, .. } => v.weekday = Some(weekday),
                            Base::Period {
                                period: grammar::Period::Month(m),
                                ..
                            } => {
                                v = CalendarValue::unknown(Granularity::Month);
                                v.month = Some(m);
                            }
                            Base::Period {
                                period: grammar::Period::Season(season),
                                ..
                            } => {
                                v = CalendarValue::unknown(Granularity::Season);
                                v.season = Some(season);
                            }
                            _ => {}
                        }
                        if let Some(p) = d.day_part {
                            v = v.with_day_part(p);
                        }
                        TimeValue::Calendar(v)
                    }
                };
                (
                    TimexType::Set,
                    value,
                    quant.map(str::to_string),
                    freq.clone(),
                )
            }
        };
        if let Some(e) = c.event {
            let tok_span = |a: usize, b: usize| Span::new(toks[a].span.start, toks[b - 1].span.end);
            anchor = if e.within {
                Anchor::Within {
                    phrase: tok_span(e.phrase.0, e.phrase.1),
                }
            } else {
                Anchor::Event {
                    signal: tok_span(e.signal, e.signal + 1),
                    after: e.after,
                    phrase: tok_span(e.phrase.0, e.phrase.1),
                }
            };
        }
        out.push(Timex {
            span,
            kind,
            value,
            modifier: c.modifier,
            anchor,
            quant,
            freq,
            family: c.family,
            bounds,
            offset: c.offset.map(|(amount, unit)| Offset { amount, unit }),
            holiday,
        });
    }
    order_weekday_spans(inp, &mut out, ctx.dateline);
    year_from_span_end(inp, &mut out);
    spans_in_order(inp, &mut out);
    clock_day_after(inp, segments, &mut out);
    overnight_spans(inp, &mut out);
    year_in_apposition(inp, &mut out);
    weekday_pair_of_sets(inp, &mut out);
    if let Some(d) = ctx.dateline {
        last_week_on_sunday(inp, &mut out, d);
    }
    out
}

/// "Born in 1990, the year Beijing hosted the Asian Games", "by 2012, the last year covered by
/// the rules": "the year" set beside a year by a comma is that year, not a year's length.
fn year_in_apposition(inp: &Input, out: &mut [Timex]) {
    for i in 1..out.len() {
        let TimeValue::Calendar(year) = &out[i - 1].value else {
            continue;
        };
        let (Granularity::Year, Some(y)) = (year.grain, year.year) else {
            continue;
        };
        if out[i].kind != TimexType::Duration {
            continue;
        }
        let (a, b) = (tokens_of(inp, &out[i - 1]), tokens_of(inp, &out[i]));
        // ", the year", ", the last year": nothing but the comma between, and the length's
        // own words only "the", perhaps "last" or "first", and "year".
        let words: Vec<&str> = b.clone().map(|k| inp.text(k)).collect();
        let apposed = b.start == a.end + 1
            && inp.punct(a.end, ',')
            && matches!(
                words.as_slice(),
                [the, "year"] | [the, "last" | "first", "year"] if the.eq_ignore_ascii_case("the")
            );
        if !apposed {
            continue;
        }
        let span = out[i - 1].span;
        let t = &mut out[i];
        t.kind = TimexType::Date;
        t.value = TimeValue::Calendar(CalendarValue::year(y));
        t.anchor = Anchor::Time { span };
        t.bounds = None;
    }
}

/// "A curfew from 10 p.m. to 6 a.m. Monday", "from 10 p.m. Sunday until 6 a.m.": a span of
/// clock times whose end comes earlier in the day than its start runs overnight. Where only
/// one end names its day, the other is on the day before (an end named) or after (a start
/// named), not on the same day, which would put the span's end before its start.
fn overnight_spans(inp: &Input, out: &mut [Timex]) {
    let names_a_day = |r: std::ops::Range<usize>| r.into_iter().any(|k| day_word(inp, k));
    for i in 1..out.len() {
        // The values first: finding the tokens costs more.
        let (TimeValue::Calendar(start), TimeValue::Calendar(end)) =
            (&out[i - 1].value, &out[i].value)
        else {
            continue;
        };
        let (Some(h1), Some(h2)) = (start.hour, end.hour) else {
            continue;
        };
        if h1 <= h2 || start.date().is_none() || start.date() != end.date() {
            continue;
        }
        let (a, b) = (tokens_of(inp, &out[i - 1]), tokens_of(inp, &out[i]));
        let between = a.start > 0 && inp.word(a.start - 1, "between");
        let joined = joined_by(inp, &a, &b, SPAN_WORDS).is_some()
            || (between && joined_by(inp, &a, &b, &["and"]).is_some());
        if !joined {
            continue;
        }
        let (moved, by) = match (names_a_day(a), names_a_day(b)) {
            (false, true) => (i - 1, -1),
            (true, false) => (i, 1),
            _ => continue,
        };
        let TimeValue::Calendar(v) = &out[moved].value else {
            continue;
        };
        if let Some(v) = resolve::shift_day(*v, by, crate::lexicon::Unit::Day) {
            out[moved].value = TimeValue::Calendar(v);
        }
    }
}

/// "Flights leave on Monday and Tuesday nights": a weekday paired with a weekday's nights (or
/// mornings…) is such a set too, `XXXX-WXX-1TNI`, not the coming Monday.
fn weekday_pair_of_sets(inp: &Input, out: &mut [Timex]) {
    use crate::lexicon::Lex;
    for i in 1..out.len() {
        let TimeValue::Calendar(set) = out[i].value else {
            continue;
        };
        if out[i].kind != TimexType::Set || set.weekday.is_none() || set.day_part.is_none() {
            continue;
        }
        let (a, b) = (tokens_of(inp, &out[i - 1]), tokens_of(inp, &out[i]));
        let (Lex::Weekday(w), true) = (inp.lex(a.start), a.len() == 1) else {
            continue;
        };
        if joined_by(inp, &a, &b, PAIR_WORDS).is_none() {
            continue;
        }
        let span = out[i - 1].span;
        out[i - 1] = Timex {
            span,
            value: TimeValue::Calendar(CalendarValue {
                weekday: Some(w),
                ..set
            }),
            ..out[i].clone()
        };
    }
}

/// "Met Clinton last week", "this past week" in a Sunday story: the week just ended, Monday
/// to Saturday, which is the dateline's own ISO week (ISO weeks end on Sunday). Not "a week
/// ago", a day counted back into the week before.
fn last_week_on_sunday(inp: &Input, out: &mut [Timex], dateline: chrono::NaiveDate) {
    use chrono::Datelike;
    if dateline.weekday() != chrono::Weekday::Sun {
        return;
    }
    for t in out.iter_mut() {
        let TimeValue::Calendar(v) = &t.value else {
            continue;
        };
        if v.grain != Granularity::Week {
            continue;
        }
        let r = tokens_of(inp, t);
        if r.end < 2 {
            continue;
        }
        let last_week = inp.word(r.end - 1, "week")
            && (inp.word(r.end - 2, "last") || inp.word(r.end - 2, "past"))
            && (r.end - 2 == r.start
                || (r.end - 3 == r.start
                    && ["late", "early", "earlier", "mid", "this"]
                        .iter()
                        .any(|w| inp.word(r.start, w))));
        if last_week {
            let week = CalendarValue::week_of(dateline);
            t.value = TimeValue::Calendar(week);
        }
    }
}

/// "Sentenced to die at 00:01 (0801 GMT) Tuesday", "greeted at around 12:30 pm (2030 GMT)
/// Friday", "the accident occurred at around 6:40 p.m. at the colliery in Linfen on Sunday": a
/// bare clock time takes the day named after it in its sentence, over the day the discourse
/// was at, when only other clock times (the same moment in another zone) and a few words
/// stand between them.
fn clock_day_after(inp: &Input, segments: &Segments, out: &mut [Timex]) {
    for i in 0..out.len() {
        let TimeValue::Calendar(clock) = out[i].value else {
            continue;
        };
        if clock.hour.is_none() {
            continue;
        }
        let a = tokens_of(inp, &out[i]);
        if a.clone().any(|k| day_word(inp, k)) {
            continue;
        }
        let sentence = segments.sentence_of_token(a.start);
        let mut end = a.end;
        for j in i + 1..out.len().min(i + 4) {
            let b = tokens_of(inp, &out[j]);
            if b.start > end + CLOCK_DAY_GAP || segments.sentence_of_token(b.start) != sentence {
                break;
            }
            let TimeValue::Calendar(day) = out[j].value else {
                break;
            };
            if !b.clone().any(|k| day_word(inp, k)) {
                if day.hour.is_some() {
                    // Another bare clock time: the same moment elsewhere, or a span's end.
                    end = b.end;
                    continue;
                }
                break;
            }
            // Not across a clause or a list: "said at 5 p.m. that talks would resume on
            // Monday". Nor a day in brackets, which dates the clock time beside it there:
            // "at 8:30 a.m. (2330 GMT Thursday)" is Friday morning.
            let open = (a.end..b.start).filter(|&k| inp.punct(k, '(')).count();
            let closed = (a.end..b.start).filter(|&k| inp.punct(k, ')')).count();
            if open > closed
                || (end..b.start)
                    .any(|k| inp.punct(k, ',') || CLAUSE_WORDS.iter().any(|w| inp.word(k, w)))
            {
                break;
            }
            if let (Some(y), Some(m), Some(d)) = (day.year, day.month, day.day) {
                let v = CalendarValue {
                    year: Some(y),
                    month: Some(m),
                    day: Some(d),
                    week: None,
                    weekday: None,
                    ..clock
                };
                if v.interval().is_some() {
                    out[i].value = TimeValue::Calendar(v);
                    out[i].anchor = Anchor::Time { span: out[j].span };
                }
            }
            break;
        }
    }
}

/// Whether the word at `k` names a day: a weekday, a month (of a date), "yesterday", "today",
/// "tomorrow" or "tonight".
fn day_word(inp: &Input, k: usize) -> bool {
    use crate::lexicon::{Kw, Lex};
    matches!(
        inp.lex(k),
        Lex::Weekday(_)
            | Lex::Month(_)
            | Lex::Key(Kw::Yesterday | Kw::Today | Kw::Tomorrow | Kw::Tonight)
    )
}

/// How many tokens may stand between a bare clock time (or the clock time in brackets after
/// it) and the day named after it.
const CLOCK_DAY_GAP: usize = 10;

/// Words that open another clause or join another item, past which a day does not date a clock
/// time before them.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "when", "while", "where", "and", "but", "or", "after", "before",
    "since", "as", "said", "says", "told", "would", "will", "could", "should", "may", "might",
];

/// "From November 20 to November 21, 1991": a day or month that opens a span whose end
/// carries the year is in that year (or the one before, for a span across New Year), not the
/// year the dateline suggests.
fn year_from_span_end(inp: &Input, out: &mut [Timex]) {
    let has_year = |r: std::ops::Range<usize>| r.into_iter().any(|k| inp.year(k).is_some());
    for i in 1..out.len() {
        let (a, b) = (tokens_of(inp, &out[i - 1]), tokens_of(inp, &out[i]));
        if joined_by(inp, &a, &b, SPAN_WORDS).is_none() || has_year(a.clone()) || !has_year(b) {
            continue;
        }
        let (TimeValue::Calendar(first), TimeValue::Calendar(end)) =
            (&out[i - 1].value, &out[i].value)
        else {
            continue;
        };
        let (Some(_), Some(y)) = (first.year, end.year) else {
            continue;
        };
        let mut v = *first;
        v.year = Some(y);
        // Across New Year ("December 28 to January 3, 1992"), the year before.
        if v.month > end.month {
            v.year = Some(y - 1);
        }
        if v.interval().is_some() {
            out[i - 1].value = TimeValue::Calendar(v);
        }
    }
}

/// "From January to October", "between January and October", "the January-September
/// period": a span whose ends carry no year lies in order. Each end was read on its own, and
/// in a November story the start can come out in the coming year, after its end; it then
/// takes the end's year (or the one before, for a span across New Year).
fn spans_in_order(inp: &Input, out: &mut [Timex]) {
    let has_year = |r: std::ops::Range<usize>| r.into_iter().any(|k| inp.year(k).is_some());
    for i in 1..out.len() {
        let (a, b) = (tokens_of(inp, &out[i - 1]), tokens_of(inp, &out[i]));
        let between = a.start > 0 && inp.word(a.start - 1, "between");
        let joined = joined_by(inp, &a, &b, SPAN_WORDS).is_some()
            || (between && joined_by(inp, &a, &b, &["and"]).is_some());
        // Both ends name a month: weekdays keep to their own pass, and a fiscal "first
        // quarter to September" is no calendar span.
        let month = |r: &std::ops::Range<usize>| {
            r.clone()
                .any(|k| matches!(inp.lex(k), crate::lexicon::Lex::Month(_)))
        };
        if !joined || has_year(a.clone()) || has_year(b.clone()) || !month(&a) || !month(&b) {
            continue;
        }
        let (TimeValue::Calendar(first), TimeValue::Calendar(end)) =
            (&out[i - 1].value, &out[i].value)
        else {
            continue;
        };
        let (Some(y), Some(start), Some(last)) = (
            end.year,
            first.interval().map(|i| i.start),
            end.interval().map(|i| i.start),
        ) else {
            continue;
        };
        if start <= last {
            continue;
        }
        let mut v = *first;
        v.year = Some(if v.month > end.month { y - 1 } else { y });
        if v.interval().is_some() {
            out[i - 1].value = TimeValue::Calendar(v);
        }
    }
}

/// The tokens of an expression kept.
fn tokens_of(inp: &Input, t: &Timex) -> std::ops::Range<usize> {
    let a = inp.toks.partition_point(|x| x.span.start < t.span.start);
    let b = inp.toks.partition_point(|x| x.span.start < t.span.end);
    a..b
}

/// Words that make two expressions one span: "from May 1 to October 31".
const SPAN_WORDS: &[&str] = &["to", "through", "thru", "until", "till", "-", "\u{2013}"];

/// Words that join two weekdays as a pair, not a span: "on Friday and Saturday".
const PAIR_WORDS: &[&str] = &["and", "or"];

/// The word between two expressions, when it is one of `words` and nothing else stands
/// between them.
fn joined_by<'t>(
    inp: &Input<'t>,
    a: &std::ops::Range<usize>,
    b: &std::ops::Range<usize>,
    words: &[&str],
) -> Option<&'t str> {
    let w = inp.text(a.end);
    (b.start == a.end + 1 && words.contains(&w)).then_some(w)
}

/// "Scheduled Friday and Saturday" (dateline Saturday), "Tuesday through Thursday": two
/// weekdays joined as one span lie in order within a week. Each was read on its own, and one
/// can come out a week off. A first day after the dateline with an earlier second moves a week
/// back; a first day before it keeps its place and the second moves a week on. On the
/// dateline's own day the order says nothing of which to move ("being held Thursday through
/// Saturday" against "sales rose from Monday through Friday"), so both stay.
fn order_weekday_spans(inp: &Input, out: &mut [Timex], dateline: Option<chrono::NaiveDate>) {
    let Some(dateline) = dateline else { return };
    // A weekday alone: one token that reads as one.
    let weekday = |r: &std::ops::Range<usize>| {
        r.len() == 1 && matches!(inp.lex(r.start), crate::lexicon::Lex::Weekday(_))
    };
    for i in 1..out.len() {
        let (a, b) = (tokens_of(inp, &out[i - 1]), tokens_of(inp, &out[i]));
        if !weekday(&a) || !weekday(&b) {
            continue;
        }
        let joined = joined_by(inp, &a, &b, SPAN_WORDS)
            .or_else(|| joined_by(inp, &a, &b, PAIR_WORDS))
            .is_some();
        let (TimeValue::Calendar(first), TimeValue::Calendar(second)) =
            (&out[i - 1].value, &out[i].value)
        else {
            continue;
        };
        let (Some(d1), Some(d2)) = (first.date(), second.date()) else {
            continue;
        };
        if !joined || d2 >= d1 || d1 == dateline {
            continue;
        }
        let week = chrono::Duration::days(7);
        if d1 < dateline {
            if let Some(d) = d2.checked_add_signed(week) {
                out[i].value = TimeValue::Calendar(CalendarValue::day(d));
            }
        } else if let Some(d) = d1.checked_sub_signed(week) {
            out[i - 1].value = TimeValue::Calendar(CalendarValue::day(d));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, dateline: Option<&str>) -> Vec<(String, String)> {
        let mut doc = Document::new(text);
        if let Some(d) = dateline {
            doc = doc.with_dateline(d.parse().unwrap());
        }
        let config = TimeConfig {
            detect_dateline: false,
            ..TimeConfig::default()
        };
        tag(&doc, &config)
            .timexes
            .iter()
            .map(|t| (t.span.of(text).to_string(), t.value.timex3()))
            .collect()
    }

    #[test]
    fn past_leaning_year_inference_with_future_verbs() {
        let v = values(
            "You saw us do that in April. You can expect to see us do that again. The meeting on July 30 was tense. His body will be taken to Doha for burial on Aug. 2.",
            Some("2024-08-01"),
        );
        let get = |s: &str| v.iter().find(|(t, _)| t == s).map(|(_, v)| v.clone());
        assert_eq!(get("April").as_deref(), Some("2024-04"));
        assert_eq!(get("July 30").as_deref(), Some("2024-07-30"));
        assert_eq!(get("Aug. 2").as_deref(), Some("2024-08-02"));
    }

    #[test]
    fn effective_dates_lie_ahead_and_a_day_named_twice_keeps_its_year() {
        let v = values(
            "The board created a new office of the chairman, effective Feb. 1. Schwarz will \
             succeed Davison on March 3. The board made the change on March 3.",
            Some("1989-10-26"),
        );
        let all: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(all, ["1990-02-01", "1990-03-03", "1990-03-03"]);
        // Without the cue, a past verb still picks the past year.
        let v = values("The board made the change on March 3.", Some("1989-10-26"));
        assert_eq!(v[0].1, "1989-03-03");
        // A plan told in the past perfect has come due: the Friday before a Monday dateline.
        let v = values(
            "The offer had been due to expire Friday.",
            Some("1989-10-30"),
        );
        assert_eq!(v[0].1, "1989-10-27");
        let v = values("The offer is due to expire Friday.", Some("1989-10-30"));
        assert_eq!(v[0].1, "1989-11-03");
    }

    #[test]
    fn a_plainly_past_verb_with_its_object_before_a_month_puts_the_month_in_the_past() {
        let v = values(
            "Turnout was strong. Voters included Sunni Arabs who had snubbed an election in \
             January.",
            Some("2005-12-15"),
        );
        assert_eq!(v[0].1, "2005-01");
        // Not across another clause: what was said to come is still to come.
        let v = values(
            "Turnout was strong. Officials said the vote that was set for January would go ahead.",
            Some("2005-12-15"),
        );
        assert_eq!(v[0].1, "2006-01");
    }

    #[test]
    fn a_time_in_a_clause_counted_since_is_over_whatever_the_main_clause_says() {
        let v = values(
            "The party meets next week. Raul's role as top leader since he took over from his \
             ailing older brother Fidel Castro on July 31 will likely be made clearer at the \
             meeting.",
            Some("2006-12-21"),
        );
        assert_eq!(v.last().map(|(_, v)| v.as_str()), Some("2006-07-31"));
    }

    #[test]
    fn a_range_of_days_takes_its_year_from_the_tense_like_a_day() {
        let starts = |text: &str| -> Vec<String> {
            let doc = Document::new(text).with_dateline("2013-04-15".parse().unwrap());
            tag(&doc, &TimeConfig::default())
                .timexes
                .iter()
                .filter_map(|t| t.bounds.map(|i| i.start.date().to_string()))
                .collect()
        };
        assert_eq!(
            starts("Talks went on. The summit is set for July 13-15."),
            ["2013-07-13"]
        );
        assert_eq!(
            starts("Talks went on. The summit was held July 13-15."),
            ["2012-07-13"]
        );
    }

    #[test]
    fn weekdays_follow_the_verb_group_around_them() {
        // Dateline: Monday 2000-04-03.
        let cases = [
            (
                "People have been killed in the blasts next to the embassy on Friday.",
                "2000-03-31",
            ),
            (
                "The father could come to the U.S. as early as Tuesday.",
                "2000-04-04",
            ),
            (
                "Officials postponed until Tuesday any action on the case.",
                "2000-04-04",
            ),
            ("The court ruled on Tuesday.", "2000-03-28"),
            (
                "Protesters were planning to march on Tuesday.",
                "2000-04-04",
            ),
            // What has been scheduled is still to come.
            (
                "The prosecutor has scheduled a news conference Thursday to announce it.",
                "2000-04-06",
            ),
            // A deadline lies ahead, unless the clause is in the past perfect.
            (
                "The sale is part of a program to pay down the loan by Friday.",
                "2000-04-07",
            ),
            ("Thirty members had filed reports by Friday.", "2000-03-31"),
            // News tells what is scheduled in the simple present, but an infinitive is not one.
            (
                "The two leaders meet separately Friday with the envoy.",
                "2000-04-07",
            ),
            ("Suppliers struggled to meet demand Friday.", "2000-03-31"),
            // "As planned" tells by the plan, not when.
            ("The offensive began as planned Saturday.", "2000-04-01"),
            // "Through" names a deadline too, but not as the end of a span a time opens.
            (
                "A group of lenders has extended $90 million in revolving loans to the company \
                 through Friday.",
                "2000-04-07",
            ),
            // "plans for the trip" is a noun, and "set aside" a past phrasal verb.
            (
                "On Friday, when she set aside vacation plans for the hastily planned trip, \
                 the department lifted a warning.",
                "2000-03-31",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(values(text, Some("2000-04-03"))[0].1, want, "{text}");
        }
        let v = values(
            "Sales rose sharply from Monday through Friday.",
            Some("2000-04-03"),
        );
        assert_eq!(v[1], ("Friday".into(), "2000-03-31".into()));
    }

    /// An Islamic holiday can fall twice in one Gregorian year: in late December 2006, the
    /// coming Eid al-Adha is that December's, not January's or the next year's.
    #[test]
    fn an_islamic_holiday_twice_in_a_year() {
        let v = values(
            "Pilgrims will sacrifice an animal for Eid al-Adha.",
            Some("2006-12-28"),
        );
        assert_eq!(v, [("Eid al-Adha".into(), "2006-12-30".into())]);
    }

    /// A span's year, written once at its end, is its start's too.
    #[test]
    fn a_span_takes_its_year_from_its_end() {
        let v = values(
            "They tortured prisoners from November 20 to November 21, 1991. The expo runs from \
             May 1 to October 31, 2010. Talks ran from December 28 to January 3, 1992.",
            Some("2005-12-12"),
        );
        let values: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            [
                "1991-11-20",
                "1991-11-21",
                "2010-05-01",
                "2010-10-31",
                "1991-12-28",
                "1992-01-03"
            ]
        );
    }

    /// A winter is named by the year of its January: in December, "this winter" has begun and
    /// "last winter" is the one before; in summer, "last winter" is the one just ended.
    #[test]
    fn winters_are_named_by_their_january() {
        let text = "Last winter was cold. So far this winter is mild.";
        let v = values(text, Some("2006-12-28"));
        assert_eq!(
            v,
            [
                ("Last winter".into(), "2006-WI".into()),
                ("this winter".into(), "2007-WI".into())
            ]
        );
        let v = values("Last winter was cold.", Some("2006-07-15"));
        assert_eq!(v, [("Last winter".into(), "2006-WI".into())]);
    }

    /// A span whose ends carry no year lies in order: in a November story, "from January to
    /// October" is this year's January, not the coming one.
    #[test]
    fn a_span_without_years_lies_in_order() {
        let v = values(
            "Trade from January to October hit 1.1 billion dollars. Accidents between January \
             and September killed 9,000. Output rose in the January-August period.",
            Some("2006-11-22"),
        );
        let values: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            ["2006-01", "2006-10", "2006-01", "2006-09", "2006-01", "2006-08"]
        );
    }

    /// "The year" set beside a year by a comma is that year; elsewhere it is a year's length.
    #[test]
    fn the_year_beside_a_year_is_that_year() {
        let v = values(
            "The plant closed in 1990, the year Germany reunified. The treaty runs until 2012, \
             the last year it covers. Prices rose 3 percent during the year.",
            Some("2024-08-01"),
        );
        let values: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["1990", "1990", "2012", "2012", "P1Y"]);
    }

    /// A span of clock times that runs past midnight: the end named with its day puts the start
    /// on the day before; the start named with its day puts the end on the day after.
    #[test]
    fn a_span_of_clock_times_runs_overnight() {
        let v = values(
            "Police imposed a curfew from 10 p.m. to 6 a.m. Monday. Shops stayed shut between              11 p.m. and 5 a.m. Tuesday. The last curfew ran from 9 p.m. Wednesday until 4 a.m.              Markets opened from 8 a.m. to 6 p.m. Thursday.",
            Some("2024-08-01"),
        );
        let values: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            [
                "2024-07-28T22:00",
                "2024-07-29T06:00",
                "2024-07-29T23:00",
                "2024-07-30T05:00",
                "2024-07-31T21:00",
                "2024-08-01T04:00",
                "2024-08-01T08:00",
                "2024-08-01T18:00",
            ]
        );
    }

    /// Two weekdays joined as one span lie in order: "scheduled" makes Friday the coming one,
    /// but beside Saturday, the dateline's day, it is the day before.
    #[test]
    fn joined_weekdays_lie_in_order() {
        let v = values(
            "The envoys twice failed to show up for meetings here -- scheduled Friday and \
             Saturday -- to hear the reply.",
            Some("1997-04-19"),
        );
        assert_eq!(
            v,
            [
                ("Friday".into(), "1997-04-18".into()),
                ("Saturday".into(), "1997-04-19".into())
            ]
        );
    }

    #[test]
    fn no_dateline_stays_underspecified() {
        let v = values("He left yesterday and returns next week.", None);
        assert_eq!(
            v,
            [
                ("yesterday".into(), "XXXX-XX-XX".into()),
                ("next week".into(), "XXXX-WXX".into())
            ]
        );
    }

    #[test]
    fn narrative_text_resolves_against_the_last_date() {
        let v = values("The army crossed the river on March 3, 1812. On April 9 it reached the city. Two days later it fell.", None);
        assert_eq!(v[1].1, "1812-04-09");
        assert_eq!(v[2].1, "1812-04-11");
    }

    /// Each time of a narrative says which earlier time it was read against.
    #[test]
    fn narrative_times_are_anchored_to_the_time_last_named() {
        let text = "The war began in June 1950. In September, UN forces landed. Two years \
                    later, an armistice was signed on July 27.";
        let doc = Document::new(text);
        let times = tag(&doc, &TimeConfig::default());
        let anchors: Vec<(&str, Option<&str>)> = times
            .timexes
            .iter()
            .map(|t| {
                let to = match t.anchor {
                    Anchor::Time { span } => Some(span.of(text)),
                    _ => None,
                };
                (t.span.of(text), to)
            })
            .collect();
        assert_eq!(
            anchors,
            [
                ("June 1950", None),
                ("September", Some("June 1950")),
                ("Two years later", Some("September")),
                ("July 27", Some("Two years later")),
            ]
        );
    }

    /// A narrative moves forward in the past tense: a year-less date is the occurrence nearest
    /// the time last named, either side, and "the following year" counts from its year.
    #[test]
    fn narrative_text_moves_forward() {
        let v = values(
            "The battle was fought on 14 October 1066. William was crowned on Christmas Day. \
             The following year he returned to Normandy. Two years later, he faced a revolt. \
             In the spring, he marched to York.",
            None,
        );
        let values: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            ["1066-10-14", "1066-12-25", "1067", "1069", "1069-SP"]
        );
    }

    /// Before Christ, years count down: two years after 44 BC is 42 BC.
    #[test]
    fn narrative_before_christ() {
        let v = values(
            "Caesar was killed on March 15, 44 BC. Two years later, his heirs won at Philippi. \
             In the spring, Octavian returned to Rome.",
            None,
        );
        let values: Vec<&str> = v.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["BC0044-03-15", "BC0042", "BC0042-SP"]);
    }
}
