//! Resolution: from what an expression says to a calendar value, against the dateline or the
//! time the discourse is at.
//!
//! The anchoring policy, in one place:
//! - deictic expressions ("yesterday", "last week") count from the dateline;
//! - anaphoric ones ("the next day", "that morning") from the last day-level date the text
//!   mentioned (the discourse time), or the dateline when there is none;
//! - a date without a year ("July 30", "April", "Tuesday", "the third quarter") takes the
//!   occurrence nearest the dateline, weighing distance by the tense around it: in the past
//!   tense a date ahead of the dateline costs six times its distance, in the future tense a date
//!   behind it does, and with no tense cue a date ahead costs twice (news reports mostly what
//!   has happened). With [`Lean::Future`] the next occurrence wins, as assistants expect;
//! - with no dateline, deictic values stay underspecified (`XXXX-…`) and dates without a year
//!   take the year of the last date mentioned (narrative texts).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

use super::daylight::us_daylight_time;
use super::grammar::{Base, Clock, DateExpr, From, Inner, NthItem, Period, Shift, Zone};
use super::tense::Tense;
use super::value::{
    shift_months, CalendarValue, DurationUnit, DurationValue, Granularity, Interval,
};
use super::Lean;
use crate::lexicon::Unit;
use crate::time::holidays;

/// How many sentences a reporting period stays in focus.
pub(crate) const FOCUS_SPAN: usize = 3;

/// How many days before the dateline the story's day may lie ("later in the day" after "on
/// Tuesday" in a Saturday article is still Tuesday); it may also be the day after.
const STORY_DAYS: i64 = 7;

/// What resolution needs to know.
pub(crate) struct Context {
    pub dateline: Option<NaiveDate>,
    /// The last day-level (or finer) date the text mentioned.
    pub discourse: Option<CalendarValue>,
    /// The last such date that does not date a report ("officials said Tuesday"): the day of
    /// the happening the story is telling, which a bare clock time ("at 2 a.m.") belongs to.
    pub happening: Option<CalendarValue>,
    /// The sentence the last day-level date was mentioned in.
    pub discourse_sentence: usize,
    /// The year of the last date the text mentioned (for narrative texts with no dateline).
    pub discourse_year: Option<i32>,
    /// The last few calendar values the text mentioned (year known), oldest first.
    pub recent: Vec<CalendarValue>,
    /// The dateline's date and time, when it has a time.
    pub now: Option<NaiveDateTime>,
    /// The last calendar value the text mentioned, at any grain (the period in focus).
    pub focus: Option<CalendarValue>,
    /// The sentence the focus was mentioned in, and the sentence being resolved.
    pub focus_sentence: usize,
    pub sentence: usize,
    /// The first quarter or half the text mentioned with its year: in an earnings report, the
    /// period being reported.
    pub reporting: Option<CalendarValue>,
    /// The sentence a quarter or half was last mentioned in, compared periods included ("the
    /// 1989 period", "the year-earlier quarter"): the report is still about its periods.
    pub period_sentence: usize,
    pub lean: Lean,
}

/// What a resolved date was anchored to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Used {
    Nothing,
    Dateline,
    Discourse,
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_hms_opt(0, 0, 0).unwrap_or_default()
}

/// The cost of a candidate interval as the meaning of an expression, seen from `r`.
fn cost(i: &Interval, r: NaiveDate, tense: Tense, lean: Lean) -> f64 {
    let r = midnight(r);
    let (wp, wf) = match (lean, tense) {
        (Lean::Future, _) => (1000.0, 1.0),
        (_, Tense::Past) => (1.0, 6.0),
        (_, Tense::Over) => (1.0, 1000.0),
        (_, Tense::Future) => (6.0, 1.0),
        (_, Tense::Unknown | Tense::Either) => (1.0, 2.0),
        (_, Tense::Narrative) => (1.0, 1.0),
    };
    if i.contains(r) {
        0.0
    } else if i.end <= r {
        (r - i.end).num_hours() as f64 / 24.0 * wp + 1.0
    } else {
        (i.start - r).num_hours() as f64 / 24.0 * wf + 1.0
    }
}

/// Choose among the values a year-less expression could mean.
fn choose(
    cands: impl Iterator<Item = CalendarValue>,
    r: NaiveDate,
    tense: Tense,
    lean: Lean,
    shift: Shift,
) -> Option<CalendarValue> {
    let rdt = midnight(r);
    let with_i: Vec<(CalendarValue, Interval)> =
        cands.filter_map(|c| c.interval().map(|i| (c, i))).collect();
    match shift {
        Shift::Infer => with_i
            .into_iter()
            .min_by(|a, b| cost(&a.1, r, tense, lean).total_cmp(&cost(&b.1, r, tense, lean)))
            .map(|(c, _)| c),
        Shift::Last | Shift::LatestPast => with_i
            .into_iter()
            .filter(|(_, i)| i.end <= rdt)
            .max_by_key(|(_, i)| i.start)
            .map(|(c, _)| c),
        Shift::Next => with_i
            .into_iter()
            .filter(|(_, i)| i.start > rdt)
            .min_by_key(|(_, i)| i.start)
            .map(|(c, _)| c),
        Shift::This if lean == Lean::Future => with_i
            .into_iter()
            .filter(|(_, i)| i.end > rdt)
            .min_by_key(|(_, i)| i.start)
            .map(|(c, _)| c),
        Shift::AfterNext => {
            let mut later: Vec<_> = with_i.into_iter().filter(|(_, i)| i.start > rdt).collect();
            later.sort_by_key(|(_, i)| i.start);
            later.get(1).map(|(c, _)| *c)
        }
        Shift::This => with_i
            .iter()
            .find(|(_, i)| i.contains(rdt))
            .or_else(|| with_i.iter().find(|(c, _)| c.year == Some(r.year())))
            .map(|(c, _)| *c),
    }
}

fn period_value(p: Period, year: i32) -> CalendarValue {
    match p {
        // A day the year lacks (February 29) is read as its month.
        Period::Day(m, d) => NaiveDate::from_ymd_opt(year, u32::from(m), u32::from(d))
            .map(CalendarValue::day)
            .unwrap_or_else(|| CalendarValue::month(year, m)),
        Period::Month(m) => CalendarValue::month(year, m),
        Period::Quarter(q) => CalendarValue::quarter(year, q),
        Period::Half(h) => CalendarValue::half(year, h),
        Period::Season(s) => CalendarValue::season(year, s),
    }
}

fn unknown_period(p: Period) -> CalendarValue {
    let mut v = period_value(p, 0);
    v.year = None;
    v
}

/// Shift a date by `n` units and express it at the unit's grain.
fn relative(d: NaiveDate, unit: Unit, n: i64) -> Option<CalendarValue> {
    let months = |k: i64| shift_months(d, k);
    let days = |k: i64| d.checked_add_signed(Duration::try_days(k)?);
    Some(match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => CalendarValue::day(days(n)?),
        Unit::Week => CalendarValue::week_of(days(n.checked_mul(7)?)?),
        Unit::Fortnight => CalendarValue::week_of(days(n.checked_mul(14)?)?),
        Unit::Weekend => CalendarValue::weekend_of(days(n.checked_mul(7)?)?),
        Unit::Month => {
            let m = months(n)?;
            CalendarValue::month(m.year(), m.month() as u8)
        }
        Unit::Quarter => {
            let m = months(n.checked_mul(3)?)?;
            CalendarValue::quarter(m.year(), ((m.month() - 1) / 3 + 1) as u8)
        }
        Unit::Year => CalendarValue::year(d.year().checked_add(i32::try_from(n).ok()?)?),
        Unit::Decade => CalendarValue::decade(
            d.year()
                .checked_add(i32::try_from(n.checked_mul(10)?).ok()?)?,
        ),
        Unit::Century => CalendarValue::century(
            d.year()
                .checked_add(i32::try_from(n.checked_mul(100)?).ok()?)?,
        ),
        Unit::Millennium => {
            let y = d
                .year()
                .checked_add(i32::try_from(n.checked_mul(1000)?).ok()?)?;
            CalendarValue {
                year: Some(y - y.rem_euclid(1000)),
                ..CalendarValue::unknown(Granularity::Millennium)
            }
        }
    })
}

fn unknown_relative(unit: Unit) -> CalendarValue {
    CalendarValue::unknown(match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Granularity::Day,
        Unit::Week | Unit::Fortnight => Granularity::Week,
        Unit::Weekend => Granularity::Weekend,
        Unit::Month => Granularity::Month,
        Unit::Quarter => Granularity::Quarter,
        Unit::Year => Granularity::Year,
        Unit::Decade => Granularity::Decade,
        Unit::Century => Granularity::Century,
        Unit::Millennium => Granularity::Millennium,
    })
}

fn weekday_value(
    r: NaiveDate,
    wd: u8,
    shift: Shift,
    tense: Tense,
    lean: Lean,
) -> Option<CalendarValue> {
    let target = i64::from(wd) - 1;
    let cur = i64::from(r.weekday().num_days_from_monday());
    let day = |k: i64| r.checked_add_signed(Duration::days(k));
    let d = match shift {
        Shift::This if lean == Lean::Future => day((target - cur).rem_euclid(7))?,
        Shift::This => day(target - cur)?,
        Shift::Last | Shift::LatestPast => day(-((cur - target - 1).rem_euclid(7) + 1))?,
        // Duckling's convention under Lean::Future: "next Wednesday" said on a Tuesday is the
        // one of next week; in news it is the coming one.
        Shift::Next if lean == Lean::Future => {
            let ahead = (target - cur - 1).rem_euclid(7) + 1;
            day(if cur + ahead < 7 { ahead + 7 } else { ahead })?
        }
        Shift::Next => day((target - cur - 1).rem_euclid(7) + 1)?,
        Shift::AfterNext => day((target - cur - 1).rem_euclid(7) + 8)?,
        Shift::Infer => {
            let back = (cur - target).rem_euclid(7); // 0..6 days back (0 = today)
            let ahead = (target - cur - 1).rem_euclid(7) + 1; // 1..7 days ahead
            let past = match (lean, tense) {
                // The dateline's own weekday is the day of the report.
                (Lean::Past, _) if back == 0 => true,
                (Lean::Future, _) => false,
                (_, Tense::Future) => false,
                (_, Tense::Past | Tense::Over) => true,
                // No cue: the nearer one, ties and near ties to the past.
                (_, Tense::Unknown | Tense::Either) => back <= ahead * 2,
                (_, Tense::Narrative) => back < ahead,
            };
            if past {
                day(-back)?
            } else {
                day(ahead)?
            }
        }
    };
    Some(CalendarValue::day(d))
}

/// The period a length of time counted from the dateline covers: "the past 3 years" ends where
/// the dateline's year begins, "the next 3 days" starts where its day ends.
pub(crate) fn framed_bounds(d: &DurationValue, frame: i8, dateline: NaiveDate) -> Option<Interval> {
    let [(Some(n), unit)] = d.parts.as_slice() else {
        return None;
    };
    let n = i64::try_from(*n).ok()?;
    let unit = match unit {
        DurationUnit::Day => Unit::Day,
        DurationUnit::Week => Unit::Week,
        DurationUnit::Month => Unit::Month,
        DurationUnit::Quarter => Unit::Quarter,
        DurationUnit::Year => Unit::Year,
        _ => return None,
    };
    let current = relative(dateline, unit, 0)?.interval()?;
    let start_of =
        |k: i64| -> Option<NaiveDateTime> { Some(relative(dateline, unit, k)?.interval()?.start) };
    if frame < 0 {
        Some(Interval {
            start: start_of(-n)?,
            end: current.start,
        })
    } else {
        Some(Interval {
            start: current.end,
            end: start_of(n + 1)?,
        })
    }
}

/// The `nth` item of a period (negative: from its end).
fn nth_in(period: CalendarValue, nth: i8, item: NthItem) -> Option<CalendarValue> {
    let i = period.interval()?;
    let (first, end) = (i.start.date(), i.end.date());
    let pick = |days: Vec<NaiveDate>| -> Option<NaiveDate> {
        let n = i64::from(nth);
        let idx = if n > 0 { n - 1 } else { days.len() as i64 + n };
        usize::try_from(idx).ok().and_then(|k| days.get(k).copied())
    };
    let all = || first.iter_days().take_while(move |d| *d < end);
    Some(match item {
        NthItem::Day => CalendarValue::day(pick(all().collect())?),
        NthItem::Weekday(w) => CalendarValue::day(pick(
            all()
                .filter(|d| d.weekday().number_from_monday() == u32::from(w))
                .collect(),
        )?),
        NthItem::Weekend => CalendarValue::weekend_of(pick(
            all()
                .filter(|d| d.weekday() == chrono::Weekday::Sat)
                .collect(),
        )?),
        NthItem::Week => CalendarValue::week_of(pick(
            all()
                .filter(|d| d.weekday() == chrono::Weekday::Mon && *d + Duration::days(7) <= end)
                .collect(),
        )?),
    })
}

/// A day moved by `n` days, weeks, months or years (keeping its part of the day or clock time).
pub(crate) fn shift_day(v: CalendarValue, n: i64, unit: Unit) -> Option<CalendarValue> {
    let d = v.date()?;
    let moved = match unit {
        Unit::Day => d.checked_add_signed(Duration::try_days(n)?)?,
        Unit::Week => d.checked_add_signed(Duration::try_weeks(n)?)?,
        Unit::Month | Unit::Year => {
            let months = if unit == Unit::Year {
                n.checked_mul(12)?
            } else {
                n
            };
            shift_months(d, months)?
        }
        _ => return None,
    };
    let day = CalendarValue::day(moved);
    Some(CalendarValue {
        year: day.year,
        month: day.month,
        day: day.day,
        ..v
    })
}

/// The same value `years` years later (earlier when negative).
fn shift_years(v: CalendarValue, years: i64) -> Option<CalendarValue> {
    let y = v.year?.checked_add(i32::try_from(years).ok()?)?;
    let mut out = CalendarValue { year: Some(y), ..v };
    if let Some(d) = v.date() {
        let shifted = NaiveDate::from_ymd_opt(y, d.month(), d.day())
            .or_else(|| NaiveDate::from_ymd_opt(y, d.month(), 28))?;
        out.day = Some(shifted.day() as u8);
    }
    Some(out)
}

/// The first day of the value last mentioned at `grain` or finer (the time the discourse is at,
/// at that grain).
fn last_start_at(ctx: &Context, grain: Granularity) -> Option<NaiveDate> {
    ctx.recent
        .iter()
        .rev()
        .find(|v| v.grain <= grain)
        .and_then(|v| v.interval())
        .map(|i| i.start.date())
}

/// The interval of the time last named at a year's grain or finer.
fn last_named(ctx: &Context) -> Option<crate::time::Interval> {
    ctx.recent
        .iter()
        .rev()
        .find(|v| v.grain <= Granularity::Year)
        .and_then(|v| v.interval())
}

/// Resolve a date expression. Returns the value (or `None` when the text names an impossible
/// date) and what it was anchored to.
pub(crate) fn date(e: &DateExpr, ctx: &Context, tense: Tense) -> Option<(CalendarValue, Used)> {
    // The reference for year inference: the dateline, or in narrative texts the time last
    // named, a year or finer (its middle: "in 1069 … in the spring" is the spring of 1069).
    let reference = ctx.dateline.or_else(|| {
        last_named(ctx)
            .map(|i| (i.start + (i.end - i.start) / 2).date())
            .or_else(|| ctx.discourse.and_then(|d| d.date()))
            .or_else(|| {
                ctx.discourse_year
                    .and_then(|y| NaiveDate::from_ymd_opt(y, 7, 1))
            })
    });
    let used_ref = if ctx.dateline.is_some() {
        Used::Dateline
    } else {
        Used::Discourse
    };
    // A narrative tells everything in the past, moving forward from the date last named: its
    // tense says nothing of which side of that date a year-less date lies.
    let tense = if ctx.dateline.is_some() {
        tense
    } else {
        Tense::Narrative
    };
    let (v, used) = match e.base {
        Base::Explicit {
            year: Some(y),
            month,
            day,
        } => {
            let v = match (month, day) {
                (Some(m), Some(d)) => {
                    CalendarValue::day(NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d))?)
                }
                (Some(m), None) => CalendarValue::month(y, m),
                _ => CalendarValue::year(y),
            };
            (v, Used::Nothing)
        }
        Base::Explicit {
            year: None,
            month,
            day,
        } => {
            let d = day?;
            match (reference, month) {
                // "on the 15th": the month is inferred like a year. With a weekday beside it
                // ("Monday the 15th"), among the months in which the day falls on it.
                (Some(r), None) => {
                    let first = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
                    let span = if e.weekday.is_some() { 6 } else { 1 };
                    let cands = (-span..=span)
                        .filter_map(|k| relative(first, Unit::Month, k)?.interval())
                        .filter_map(|i| i.start.date().with_day(u32::from(d)))
                        .filter(|date| {
                            e.weekday
                                .is_none_or(|w| date.weekday().number_from_monday() == u32::from(w))
                        })
                        .map(CalendarValue::day);
                    (choose(cands, r, tense, ctx.lean, Shift::Infer)?, used_ref)
                }
                (None, None) => return None,
                (Some(r), Some(m)) => {
                    // A weekday named beside the date ("Fri, Jul 18") picks among the years
                    // in which the date falls on it.
                    let span = if e.weekday.is_some() { 6 } else { 1 };
                    let cands = (r.year() - span..=r.year() + span)
                        .filter_map(|y| NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d)))
                        .filter(|date| {
                            e.weekday
                                .is_none_or(|w| date.weekday().number_from_monday() == u32::from(w))
                        })
                        .map(CalendarValue::day);
                    (choose(cands, r, tense, ctx.lean, e.shift)?, used_ref)
                }
                (None, Some(m)) => {
                    // February 30 is no date in any year.
                    NaiveDate::from_ymd_opt(2000, u32::from(m), u32::from(d))?;
                    let mut v = CalendarValue::unknown(Granularity::Day);
                    v.month = Some(m);
                    v.day = Some(d);
                    (v, Used::Nothing)
                }
            }
        }
        Base::Period {
            period,
            year: Some(y),
            ..
        } => (period_value(period, y), Used::Nothing),
        Base::Period {
            period,
            year: None,
            shift,
        } => match reference {
            // In news, "last April" said in October is this year's April, but "last February"
            // said on March 1 is a year before (the month just ended would be "last month").
            Some(r)
                if ctx.lean == Lean::Past
                    && shift == Shift::Last
                    && matches!(period, Period::Month(_)) =>
            {
                let this_month = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
                let cutoff = midnight(this_month.checked_sub_months(chrono::Months::new(1))?);
                let mut cands = (r.year() - 2..=r.year()).map(|y| period_value(period, y));
                let v = cands.rfind(|c| c.interval().is_some_and(|i| i.end <= cutoff))?;
                (v, used_ref)
            }
            // "last spring" is last year's, "this summer" this year's (TimeBank's reading);
            // looking forward, the nearest one.
            Some(r)
                if ctx.lean == Lean::Past && !matches!(shift, Shift::Infer | Shift::LatestPast) =>
            {
                let years = match shift {
                    Shift::Last => -1,
                    Shift::Next => 1,
                    Shift::AfterNext => 2,
                    _ => 0,
                };
                // A winter is named by the year of its January. In December "this winter" is
                // the one that has begun, the next year's, and so is "the coming winter"
                // (which does not skip it); from March to November "last winter" is the one
                // just ended, this year's.
                let winter = period == Period::Season(crate::lexicon::Season::Winter);
                let base = match (winter, r.month(), shift) {
                    (true, 12, Shift::Next) => r.year(),
                    (true, 12, _) | (true, 3..=11, Shift::Last) => r.year() + 1,
                    _ => r.year(),
                };
                (period_value(period, base + years), used_ref)
            }
            Some(r) => {
                let cands = (r.year() - 1..=r.year() + 2).map(|y| period_value(period, y));
                (choose(cands, r, tense, ctx.lean, shift)?, used_ref)
            }
            None => (unknown_period(period), Used::Nothing),
        },
        Base::Weekday { weekday, shift } => match ctx
            .dateline
            .or_else(|| ctx.discourse.and_then(|d| d.date()))
        {
            Some(r) => (weekday_value(r, weekday, shift, tense, ctx.lean)?, used_ref),
            None => {
                let mut v = CalendarValue::unknown(Granularity::Day);
                v.weekday = Some(weekday);
                (v, Used::Nothing)
            }
        },
        Base::Holiday {
            index,
            year: Some(y),
            ..
        } => (
            CalendarValue::day(holidays::date_in(index, y)?),
            Used::Nothing,
        ),
        Base::Holiday {
            index,
            year: None,
            shift,
        } => match reference {
            Some(r) => {
                let cands = (r.year() - 1..=r.year() + 1)
                    .flat_map(|y| holidays::dates_in(index, y))
                    .map(CalendarValue::day);
                (choose(cands, r, tense, ctx.lean, shift)?, used_ref)
            }
            None => (CalendarValue::unknown(Granularity::Day), Used::Nothing),
        },
        Base::PeriodIn {
            period,
            offset: (n, unit),
            from,
        } if from != From::Dateline => {
            // The year first, as "that year" or "the following year" alone would be.
            let year = DateExpr::new(Base::Relative {
                unit,
                offset: n,
                from,
            });
            let (y, used) = date(&year, ctx, tense)?;
            (period_value(period, y.year?), used)
        }
        Base::PeriodAfter { period, forward } => {
            // From the time last named, a year or finer, else the dateline.
            let (anchor, used) = match last_named(ctx) {
                Some(i) => (i, Used::Discourse),
                None => (
                    CalendarValue::day(ctx.dateline?).interval()?,
                    Used::Dateline,
                ),
            };
            let y = anchor.start.year();
            let mut cands = (y - 2..=y + 2)
                .map(|y| period_value(period, y))
                .filter_map(|v| Some((v.interval()?, v)));
            let v = if forward {
                cands.find(|(i, _)| i.start >= anchor.end)
            } else {
                cands.rfind(|(i, _)| i.end <= anchor.start)
            };
            (v?.1, used)
        }
        Base::PeriodIn {
            period,
            offset: (n, unit),
            ..
        } => {
            let shifted = relative(ctx.dateline?, unit, n)?;
            (period_value(period, shifted.year?), Used::Dateline)
        }
        Base::HolidayIn {
            index,
            offset: (n, unit),
        } => {
            let shifted = relative(ctx.dateline?, unit, n)?;
            (
                CalendarValue::day(holidays::date_in(index, shifted.year?)?),
                Used::Dateline,
            )
        }
        Base::Relative { unit, offset, from } => {
            // The time the discourse is at, at the unit's grain: "the following month" counts
            // from the last month (or finer) mentioned, "the next day" from the last day.
            let discourse = match unit {
                // "last week … the previous week": the week before the last week (or day)
                // mentioned. ("The next week" stays the coming one: "arriving for the next
                // week's conference" after "next week" is that same week.)
                Unit::Week if offset < 0 && matches!(from, From::Discourse | From::Named) => {
                    last_start_at(ctx, Granularity::Week)
                }
                Unit::Month | Unit::Quarter => last_start_at(ctx, Granularity::Month),
                // "that year" and "the following year" count from the year last mentioned;
                // "a year earlier" from the day in focus, as financial reports mean it.
                Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium
                    if offset == 0 || from == From::Named =>
                {
                    last_start_at(ctx, Granularity::Year)
                }
                _ => ctx
                    .discourse
                    .filter(|d| d.year.is_some())
                    .and_then(|d| d.date()),
            };
            let (anchor, used) = match (from, discourse, ctx.dateline) {
                (From::Event, _, _) => (None, Used::Nothing),
                (From::Discourse | From::Named, Some(d), _) => (Some(d), Used::Discourse),
                (From::Story, Some(d), Some(dl))
                    if (-1..=STORY_DAYS).contains(&dl.signed_duration_since(d).num_days()) =>
                {
                    (Some(d), Used::Discourse)
                }
                (From::Story, Some(d), None) => (Some(d), Used::Discourse),
                (_, _, Some(d)) => (Some(d), Used::Dateline),
                (From::Dateline, Some(d), None) => (Some(d), Used::Discourse),
                _ => (None, Used::Nothing),
            };
            // On a Sunday the ISO week is all but over: "this week" told as still to come is
            // the one that starts tomorrow ("due to pass its recommendations to Bush this
            // week"), and told as done is the one just ending.
            let offset = match anchor {
                Some(a)
                    if unit == Unit::Week
                        && offset == 0
                        && used == Used::Dateline
                        && tense == Tense::Future
                        && a.weekday() == chrono::Weekday::Sun =>
                {
                    1
                }
                _ => offset,
            };
            match anchor {
                Some(a) => (relative(a, unit, offset)?, used),
                None => (unknown_relative(unit), Used::Nothing),
            }
        }
        Base::YearsFromFocus { years, from } => {
            // Only "a year ago/earlier" compares with the period being reported.
            let focus = ctx
                .focus
                .filter(|_| years == 1 && ctx.sentence <= ctx.focus_sentence + FOCUS_SPAN)
                .filter(|f| {
                    matches!(
                        f.grain,
                        Granularity::Quarter | Granularity::Half | Granularity::Month
                    ) && f.year.is_some()
                });
            // Else the period being reported, while the text still speaks of periods and no
            // year or month has taken the focus since: "had a loss, or 14 cents a share, a year
            // ago" after "the quarter ended Sept. 30", whose day took the focus.
            let focus = focus.or_else(|| {
                ctx.reporting.filter(|_| {
                    years == 1
                        && ctx.sentence <= ctx.period_sentence + FOCUS_SPAN
                        && ctx.focus.is_some_and(|f| {
                            matches!(f.grain, Granularity::Quarter | Granularity::Half)
                                || f.grain <= Granularity::Day
                        })
                })
            });
            match focus {
                Some(f) => (shift_years(f, -years)?, Used::Discourse),
                None => {
                    let plain = DateExpr {
                        base: Base::Relative {
                            unit: Unit::Year,
                            offset: -years,
                            from,
                        },
                        ..*e
                    };
                    return date(&plain, ctx, tense);
                }
            }
        }
        Base::FocusPeriod {
            years,
            year,
            quarter,
            same,
        } => {
            let focus = ctx.reporting.or(ctx.focus).filter(|f| {
                matches!(f.grain, Granularity::Quarter | Granularity::Half) && f.year.is_some()
            });
            let base = match (focus, quarter) {
                (_, Some(q)) => {
                    let y = year
                        .or_else(|| focus.and_then(|f| f.year))
                        .or_else(|| reference.map(|r| r.year()))?;
                    CalendarValue::quarter(y, q)
                }
                (Some(f), None) => f,
                // "The same period last year" with no quarter or half in focus ("in the first
                // nine months … the same period last year"): only its year is known.
                (None, None) if years != 0 && year.is_none() => {
                    let r = reference?;
                    return Some((CalendarValue::year(r.year() + years as i32), Used::Dateline));
                }
                // "The same period of 2005", "the 1988 period": that year, in no finer part.
                (None, None) if year.is_some() => {
                    return Some((CalendarValue::year(year?), Used::Nothing));
                }
                // "In the first 10 months … In the same period": the period just spoken of
                // is no quarter; its year is what is known of it.
                (None, None) if same => {
                    let r = reference?;
                    return Some((CalendarValue::year(r.year()), Used::Dateline));
                }
                (None, None) => {
                    let r = reference?;
                    let q = (r.month0() / 3) as i64;
                    relative(
                        NaiveDate::from_ymd_opt(r.year(), (q * 3 + 1) as u32, 1)?,
                        Unit::Quarter,
                        -1,
                    )?
                }
            };
            let v = match year {
                Some(y) => CalendarValue {
                    year: Some(y),
                    ..base
                },
                None => shift_years(base, years)?,
            };
            (v, Used::Discourse)
        }
        Base::FocusMonth { years, year } => {
            // The month of the year last named at a month's grain or finer.
            let focus = last_start_at(ctx, Granularity::Month)?;
            let m = focus.month();
            let y = match (year, ctx.dateline) {
                (Some(y), _) => y,
                // The latest such month up to the dateline, `years` back.
                (None, Some(dl)) => {
                    let latest = if m <= dl.month() {
                        dl.year()
                    } else {
                        dl.year() - 1
                    };
                    latest.checked_add(i32::try_from(years).ok()?)?
                }
                (None, None) => focus.year().checked_add(i32::try_from(years).ok()?)?,
            };
            (
                CalendarValue::month(y, u8::try_from(m).ok()?),
                Used::Discourse,
            )
        }
        Base::Weekend { shift } => match ctx.dateline {
            Some(r) => {
                // On a Saturday or a Sunday, "the weekend" is the one under way, whatever the
                // verbs say ("stocks were expected to stabilise Monday given the weekend
                // selling" in a Sunday story).
                let weekend_day = r.weekday().num_days_from_monday().checked_sub(5);
                let sat = match (shift, weekend_day) {
                    (Shift::Infer, Some(k)) => {
                        r.checked_sub_signed(Duration::days(i64::from(k)))?
                    }
                    _ => weekday_value(r, 6, shift, tense, ctx.lean)?.date()?,
                };
                (CalendarValue::weekend_of(sat), Used::Dateline)
            }
            None => (CalendarValue::unknown(Granularity::Weekend), Used::Nothing),
        },
        Base::Nth { nth, item, within } => {
            let (period, used) = match within {
                Inner::Month {
                    month,
                    year: Some(y),
                } => (CalendarValue::month(y, month), Used::Nothing),
                Inner::Year(y) => (CalendarValue::year(y), Used::Nothing),
                Inner::Month { month, year: None } => {
                    let r = reference?;
                    // The month whose nth item best fits the tense and lean.
                    let cands = (r.year() - 1..=r.year() + 1)
                        .filter_map(|y| nth_in(CalendarValue::month(y, month), nth, item));
                    let v = choose(cands, r, tense, ctx.lean, Shift::Infer)?;
                    return finish(v, e, used_ref);
                }
                Inner::RelMonth(k) => (relative(ctx.dateline?, Unit::Month, k)?, Used::Dateline),
                Inner::RelWeek(k) => (relative(ctx.dateline?, Unit::Week, k)?, Used::Dateline),
                Inner::RelYear(k) => (relative(ctx.dateline?, Unit::Year, k)?, Used::Dateline),
            };
            (nth_in(period, nth, item)?, used)
        }
        Base::WeekdayCount {
            weekday,
            count,
            from,
        } => {
            let discourse = ctx
                .discourse
                .and_then(|d| d.date())
                .filter(|_| matches!(from, From::Discourse | From::Named));
            let r = discourse.or(ctx.dateline)?;
            let step = if count > 0 { 1 } else { -1 };
            let mut d = r;
            let mut seen = 0;
            while seen < count.abs() {
                d = d.checked_add_signed(Duration::days(step))?;
                if d.weekday().number_from_monday() == u32::from(weekday) {
                    seen += 1;
                }
            }
            (CalendarValue::day(d), Used::Dateline)
        }
        Base::Decade { year: Some(y), .. } => (CalendarValue::decade(y), Used::Nothing),
        Base::Decade {
            year: None,
            two_digits,
        } => {
            let d = i32::from(two_digits?);
            let now = reference.map(|r| r.year()).unwrap_or(1999);
            let y = if 2000 + d <= now { 2000 + d } else { 1900 + d };
            (CalendarValue::decade(y), used_ref)
        }
        Base::Century(y) => (CalendarValue::century(y), Used::Nothing),
        Base::TimeOnly => {
            // The day of the happening told, when it is not after the dateline; else the last
            // day mentioned. In a dated story, only a day named in this sentence or the one
            // before: further back, the story has mostly moved on to its own day ("Best died
            // on November 25 … The funeral cortege left shortly after 10:00 am" is the
            // dateline's morning).
            let near = ctx.dateline.is_none() || ctx.sentence <= ctx.discourse_sentence + 1;
            let told = ctx
                .happening
                .filter(|_| near)
                .filter(|d| d.year.is_some())
                .and_then(|d| d.date())
                .filter(|d| ctx.dateline.is_none_or(|dl| *d <= dl));
            let day = told.or_else(|| {
                ctx.discourse
                    .filter(|_| near)
                    .filter(|d| d.year.is_some())
                    .and_then(|d| d.date())
            });
            match (day, ctx.dateline) {
                (Some(d), _) => (CalendarValue::day(d), Used::Discourse),
                (None, Some(d)) => {
                    // Looking forward, a time of day already past is tomorrow's.
                    let passed = match (ctx.now, e.clock) {
                        (Some(now), Some(c)) => {
                            u32::from(c.hour) * 60 + u32::from(c.minute.unwrap_or(0))
                                < now.hour() * 60 + now.minute()
                        }
                        _ => false,
                    };
                    let d = if ctx.lean == Lean::Future && passed {
                        d.succ_opt()?
                    } else {
                        d
                    };
                    (CalendarValue::day(d), Used::Dateline)
                }
                (None, None) => (CalendarValue::unknown(Granularity::Day), Used::Nothing),
            }
        }
    };
    finish(v, e, used)
}

/// Attach the clock time or part of the day of `e` to a resolved day.
fn finish(mut v: CalendarValue, e: &DateExpr, used: Used) -> Option<(CalendarValue, Used)> {
    if let Some(Clock {
        hour,
        minute,
        second,
        zone,
    }) = e.clock
    {
        if v.grain <= Granularity::Day || matches!(e.base, Base::TimeOnly) {
            v = v.with_clock(hour, minute, second);
            v.utc_offset = match zone {
                Some(Zone::Fixed(z)) => Some(z),
                // "ET" is EDT on a day of daylight time; without a day it stays unknown.
                Some(Zone::Seasonal(z)) => {
                    v.date()
                        .map(|d| if us_daylight_time(d) { z + 60 } else { z })
                }
                None => None,
            };
        }
    } else if let Some(p) = e.day_part {
        if v.grain <= Granularity::Day {
            v = v.with_day_part(p);
        }
    }
    Some((v, used))
}
