//! Normalized time values: typed, comparable, and rendered as TIMEX3 strings.

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::lexicon::{DayPart, Season};

/// TIMEX3 `type`.
///
/// ```
/// assert_eq!(eventline::time::TimexType::Duration.as_str(), "DURATION");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[allow(missing_docs)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TIMEX3 attribute value.
    ///
    /// ```
    /// assert_eq!(eventline::time::TimexType::Set.as_str(), "SET");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// TIMEX3 `mod`: how the expression qualifies its value.
///
/// ```
/// use eventline::time::Mod;
/// assert_eq!(Mod::Start.as_str(), "START");
/// assert_eq!(Mod::from_timex3("APPROX"), Some(Mod::Approx));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum Mod {
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

const MODS: &[(Mod, &str)] = &[
    (Mod::Before, "BEFORE"),
    (Mod::After, "AFTER"),
    (Mod::OnOrBefore, "ON_OR_BEFORE"),
    (Mod::OnOrAfter, "ON_OR_AFTER"),
    (Mod::LessThan, "LESS_THAN"),
    (Mod::MoreThan, "MORE_THAN"),
    (Mod::EqualOrLess, "EQUAL_OR_LESS"),
    (Mod::EqualOrMore, "EQUAL_OR_MORE"),
    (Mod::Start, "START"),
    (Mod::Mid, "MID"),
    (Mod::End, "END"),
    (Mod::Approx, "APPROX"),
];

impl Mod {
    /// The TIMEX3 attribute value.
    ///
    /// ```
    /// assert_eq!(eventline::time::Mod::EqualOrMore.as_str(), "EQUAL_OR_MORE");
    /// ```
    pub fn as_str(self) -> &'static str {
        MODS.iter()
            .find(|(m, _)| *m == self)
            .map(|(_, s)| *s)
            .unwrap_or("")
    }

    /// Parse a TIMEX3 attribute value.
    ///
    /// ```
    /// assert_eq!(eventline::time::Mod::from_timex3("nonsense"), None);
    /// ```
    pub fn from_timex3(s: &str) -> Option<Mod> {
        MODS.iter().find(|(_, n)| *n == s).map(|(m, _)| *m)
    }
}

/// How precise a calendar value is.
///
/// ```
/// use eventline::time::Granularity;
/// assert!(Granularity::Day < Granularity::Month);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Granularity {
    Second,
    Minute,
    Hour,
    PartOfDay,
    #[default]
    Day,
    Weekend,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}

/// A calendar value: a point or period on the calendar, known to its granularity and possibly
/// underspecified (`XXXX-07-30` when the year is unknown).
///
/// ```
/// use eventline::time::{CalendarValue, Granularity};
/// use chrono::NaiveDate;
///
/// let d = CalendarValue::day(NaiveDate::from_ymd_opt(2024, 7, 31).unwrap());
/// assert_eq!(d.timex3(), "2024-07-31");
/// assert_eq!(d.with_day_part(eventline::lexicon::DayPart::Morning).timex3(), "2024-07-31TMO");
/// assert_eq!(CalendarValue::quarter(2024, 3).timex3(), "2024-Q3");
/// assert_eq!(CalendarValue::decade(1990).timex3(), "199");
/// let week = CalendarValue::week_of(NaiveDate::from_ymd_opt(2024, 8, 1).unwrap());
/// assert_eq!(week.timex3(), "2024-W31");
/// assert_eq!(week.grain, Granularity::Week);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct CalendarValue {
    /// How precise it is.
    pub grain: Granularity,
    /// The year (for decades, centuries and millennia: their first year). `None`: unknown.
    pub year: Option<i32>,
    /// 1–12.
    pub month: Option<u8>,
    /// 1–31.
    pub day: Option<u8>,
    /// ISO week number (for week and weekend values; the year is then the ISO week year).
    pub week: Option<u8>,
    /// 1 (Monday) – 7 (Sunday), for weekday patterns such as `XXXX-WXX-2`.
    pub weekday: Option<u8>,
    /// The quarter (1–4) or half (1–2) number, by grain.
    pub part: Option<u8>,
    /// The season, for season values.
    pub season: Option<Season>,
    /// The part of the day (`TMO`…).
    pub day_part: Option<DayPart>,
    /// 0–24.
    pub hour: Option<u8>,
    /// 0–59.
    pub minute: Option<u8>,
    /// 0–59.
    pub second: Option<u8>,
    /// The UTC offset in minutes, when the text gave a zone.
    pub utc_offset: Option<i16>,
}

/// A half-open interval of local date-times `[start, end)`.
///
/// ```
/// use eventline::time::CalendarValue;
/// let q = CalendarValue::quarter(2024, 3).interval().unwrap();
/// assert_eq!(q.start.to_string(), "2024-07-01 00:00:00");
/// assert_eq!(q.end.to_string(), "2024-10-01 00:00:00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Interval {
    /// First instant.
    #[serde(serialize_with = "serialize_instant")]
    pub start: NaiveDateTime,
    /// First instant after it.
    #[serde(serialize_with = "serialize_instant")]
    pub end: NaiveDateTime,
}

/// Serialize `t` as chrono does ("2024-07-31T00:00:00"), written by hand for the instants of
/// years 0 to 9999 on a whole second (chrono's own path goes through the formatting machinery,
/// about twenty times slower, which a timeline of many dated events feels), and by chrono
/// otherwise.
pub(crate) fn serialize_instant<S: serde::Serializer>(
    t: &NaiveDateTime,
    s: S,
) -> Result<S::Ok, S::Error> {
    use chrono::Timelike;
    let year = t.year();
    if !(0..=9999).contains(&year) || t.nanosecond() != 0 {
        return t.serialize(s);
    }
    let mut out = *b"0000-00-00T00:00:00";
    let mut put = |at: usize, n: u32, width: usize| {
        let mut n = n;
        for k in (at..at + width).rev() {
            out[k] = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    put(0, year as u32, 4);
    put(5, t.month(), 2);
    put(8, t.day(), 2);
    put(11, t.hour(), 2);
    put(14, t.minute(), 2);
    put(17, t.second(), 2);
    // Every byte written is an ASCII digit or one of the template's.
    match std::str::from_utf8(&out) {
        Ok(text) => s.serialize_str(text),
        Err(_) => t.serialize(s),
    }
}

/// [`serialize_instant`] of an optional instant.
pub(crate) fn serialize_optional_instant<S: serde::Serializer>(
    t: &Option<NaiveDateTime>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => serialize_instant(t, s),
        None => s.serialize_none(),
    }
}

impl Interval {
    /// Whether it holds `t`.
    ///
    /// ```
    /// use eventline::time::CalendarValue;
    /// let i = CalendarValue::year(2024).interval().unwrap();
    /// assert!(i.contains(chrono::NaiveDate::from_ymd_opt(2024, 8, 1).unwrap().and_hms_opt(0, 0, 0).unwrap()));
    /// ```
    pub fn contains(&self, t: NaiveDateTime) -> bool {
        self.start <= t && t < self.end
    }
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn add_months(y: i32, m: u32, n: i32) -> Option<(i32, u32)> {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(n);
    let y = i32::try_from(idx.div_euclid(12)).ok()?;
    Some((y, (idx.rem_euclid(12) + 1) as u32))
}

/// `d` moved by `k` months (negative: back), clamped to the month's last day.
pub(crate) fn shift_months(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    let months = chrono::Months::new(u32::try_from(k.unsigned_abs()).ok()?);
    if k >= 0 {
        d.checked_add_months(months)
    } else {
        d.checked_sub_months(months)
    }
}

fn month_span(y: i32, m: u32, months: i32) -> Option<Interval> {
    let (ey, em) = add_months(y, m, months)?;
    Some(Interval {
        start: midnight(ymd(y, m, 1)?),
        end: midnight(ymd(ey, em, 1)?),
    })
}

impl CalendarValue {
    fn with_grain(grain: Granularity) -> Self {
        CalendarValue {
            grain,
            ..Default::default()
        }
    }

    /// A calendar day.
    ///
    /// ```
    /// let d = eventline::time::CalendarValue::day(chrono::NaiveDate::from_ymd_opt(2024, 8, 2).unwrap());
    /// assert_eq!(d.timex3(), "2024-08-02");
    /// ```
    pub fn day(date: NaiveDate) -> Self {
        CalendarValue {
            year: Some(date.year()),
            month: Some(date.month() as u8),
            day: Some(date.day() as u8),
            ..Self::with_grain(Granularity::Day)
        }
    }

    /// A month.
    ///
    /// ```
    /// assert_eq!(eventline::time::CalendarValue::month(2024, 4).timex3(), "2024-04");
    /// ```
    pub fn month(year: i32, month: u8) -> Self {
        CalendarValue {
            year: Some(year),
            month: Some(month),
            ..Self::with_grain(Granularity::Month)
        }
    }

    /// A year.
    ///
    /// ```
    /// assert_eq!(eventline::time::CalendarValue::year(2023).timex3(), "2023");
    /// ```
    pub fn year(year: i32) -> Self {
        CalendarValue {
            year: Some(year),
            ..Self::with_grain(Granularity::Year)
        }
    }

    /// A quarter (1–4) of a year.
    ///
    /// ```
    /// assert_eq!(eventline::time::CalendarValue::quarter(1989, 4).timex3(), "1989-Q4");
    /// ```
    pub fn quarter(year: i32, quarter: u8) -> Self {
        CalendarValue {
            year: Some(year),
            part: Some(quarter),
            ..Self::with_grain(Granularity::Quarter)
        }
    }

    /// A half (1–2) of a year.
    ///
    /// ```
    /// assert_eq!(eventline::time::CalendarValue::half(2024, 1).timex3(), "2024-H1");
    /// ```
    pub fn half(year: i32, half: u8) -> Self {
        CalendarValue {
            year: Some(year),
            part: Some(half),
            ..Self::with_grain(Granularity::Half)
        }
    }

    /// A season of a year.
    ///
    /// ```
    /// use eventline::lexicon::Season;
    /// assert_eq!(eventline::time::CalendarValue::season(2024, Season::Summer).timex3(), "2024-SU");
    /// ```
    pub fn season(year: i32, season: Season) -> Self {
        CalendarValue {
            year: Some(year),
            season: Some(season),
            ..Self::with_grain(Granularity::Season)
        }
    }

    /// The decade that starts with `first_year` (1990 → `199`).
    ///
    /// ```
    /// assert_eq!(eventline::time::CalendarValue::decade(1980).timex3(), "198");
    /// ```
    pub fn decade(first_year: i32) -> Self {
        CalendarValue {
            year: Some(first_year - first_year.rem_euclid(10)),
            ..Self::with_grain(Granularity::Decade)
        }
    }

    /// The century that starts with `first_year` (1900 → `19`: TIMEX3 names the 20th century
    /// by its first two digits). A century before Christ is given by its astronomical first
    /// year (the fifth century BC, 499–400 BC, starts at -498) and named `BC04`.
    ///
    /// ```
    /// use eventline::time::CalendarValue;
    /// assert_eq!(CalendarValue::century(1900).timex3(), "19");
    /// let fifth_bc = CalendarValue::century(-498);
    /// assert_eq!(fifth_bc.timex3(), "BC04");
    /// assert_eq!(fifth_bc.interval().unwrap().start.to_string(), "-0498-01-01 00:00:00");
    /// ```
    pub fn century(first_year: i32) -> Self {
        CalendarValue {
            year: Some(if first_year <= 0 {
                first_year
            } else {
                first_year - first_year.rem_euclid(100)
            }),
            ..Self::with_grain(Granularity::Century)
        }
    }

    /// The ISO week holding `date`.
    ///
    /// ```
    /// let d = chrono::NaiveDate::from_ymd_opt(2024, 7, 24).unwrap();
    /// assert_eq!(eventline::time::CalendarValue::week_of(d).timex3(), "2024-W30");
    /// ```
    pub fn week_of(date: NaiveDate) -> Self {
        let w = date.iso_week();
        CalendarValue {
            year: Some(w.year()),
            week: Some(w.week() as u8),
            ..Self::with_grain(Granularity::Week)
        }
    }

    /// The weekend of the ISO week holding `date`.
    ///
    /// ```
    /// let d = chrono::NaiveDate::from_ymd_opt(2024, 8, 1).unwrap();
    /// assert_eq!(eventline::time::CalendarValue::weekend_of(d).timex3(), "2024-W31-WE");
    /// ```
    pub fn weekend_of(date: NaiveDate) -> Self {
        CalendarValue {
            grain: Granularity::Weekend,
            ..Self::week_of(date)
        }
    }

    /// A value of this grain whose fields are all unknown (`XXXX`, `XXXX-WXX`…).
    ///
    /// ```
    /// use eventline::time::{CalendarValue, Granularity};
    /// assert_eq!(CalendarValue::unknown(Granularity::Week).timex3(), "XXXX-WXX");
    /// ```
    pub fn unknown(grain: Granularity) -> Self {
        Self::with_grain(grain)
    }

    /// The same day with a part of the day (`2024-07-31TMO`).
    ///
    /// ```
    /// use eventline::{lexicon::DayPart, time::CalendarValue};
    /// let d = CalendarValue::day(chrono::NaiveDate::from_ymd_opt(2024, 7, 31).unwrap());
    /// assert_eq!(d.with_day_part(DayPart::Night).timex3(), "2024-07-31TNI");
    /// ```
    pub fn with_day_part(mut self, part: DayPart) -> Self {
        self.day_part = Some(part);
        self.grain = Granularity::PartOfDay;
        self
    }

    /// The same day at a clock time.
    ///
    /// ```
    /// let d = eventline::time::CalendarValue::day(chrono::NaiveDate::from_ymd_opt(2024, 8, 1).unwrap());
    /// assert_eq!(d.with_clock(10, Some(30), None).timex3(), "2024-08-01T10:30");
    /// ```
    pub fn with_clock(mut self, hour: u8, minute: Option<u8>, second: Option<u8>) -> Self {
        self.hour = Some(hour);
        self.minute = Some(minute.unwrap_or(0));
        self.second = second;
        self.day_part = None;
        self.grain = if second.is_some() {
            Granularity::Second
        } else {
            Granularity::Minute
        };
        self
    }

    /// The date, when year, month and day are known.
    ///
    /// ```
    /// use eventline::time::CalendarValue;
    /// assert!(CalendarValue::month(2024, 7).date().is_none());
    /// ```
    pub fn date(&self) -> Option<NaiveDate> {
        ymd(self.year?, u32::from(self.month?), u32::from(self.day?))
    }

    fn date_string(&self) -> String {
        match (self.year, self.month, self.day) {
            (y, Some(m), Some(d)) => format!("{}-{:02}-{:02}", year4(y), m, d),
            (y, Some(m), None) => format!("{}-{:02}-XX", year4(y), m),
            (Some(y), None, None) if self.week.is_some() => {
                format!(
                    "{y:04}-W{:02}-{}",
                    self.week.unwrap_or(0),
                    self.weekday.unwrap_or(0)
                )
            }
            (_, None, _) if self.weekday.is_some() => {
                format!("XXXX-WXX-{}", self.weekday.unwrap_or(0))
            }
            (y, _, _) => format!("{}-XX-XX", year4(y)),
        }
    }

    /// The TIMEX3 `value` string. (A UTC offset given in the text is kept in
    /// [`CalendarValue::utc_offset`] but, as in the TempEval-3 data, not written into the value.)
    ///
    /// ```
    /// use eventline::time::{CalendarValue, Granularity};
    /// let mut v = CalendarValue::unknown(Granularity::Day);
    /// v.month = Some(7);
    /// v.day = Some(30);
    /// assert_eq!(v.timex3(), "XXXX-07-30");
    /// ```
    pub fn timex3(&self) -> String {
        let y = self.year;
        match self.grain {
            Granularity::Millennium => y
                .map(|y| (y / 1000).to_string())
                .unwrap_or_else(|| "X".into()),
            Granularity::Century => match y {
                // Before Christ, by the hundreds of its years: 499–400 BC is "BC04".
                Some(y) if y <= 0 => format!("BC{:02}", (1 - y) / 100),
                Some(y) => format!("{:02}", y / 100),
                None => "XX".into(),
            },
            Granularity::Decade => y
                .map(|y| format!("{:03}", y / 10))
                .unwrap_or_else(|| "XXX".into()),
            Granularity::Year => year4(y),
            Granularity::Half => format!("{}-H{}", year4(y), digit(self.part)),
            Granularity::Quarter => format!("{}-Q{}", year4(y), digit(self.part)),
            Granularity::Season => format!(
                "{}-{}",
                year4(y),
                self.season.map(Season::code).unwrap_or("XX")
            ),
            Granularity::Month => match self.month {
                Some(m) => format!("{}-{m:02}", year4(y)),
                None => format!("{}-XX", year4(y)),
            },
            Granularity::Week | Granularity::Weekend => {
                let base = match (y, self.week) {
                    (Some(y), Some(w)) => format!("{y:04}-W{w:02}"),
                    (y, _) => format!("{}-WXX", year4(y)),
                };
                if self.grain == Granularity::Weekend {
                    base + "-WE"
                } else {
                    base
                }
            }
            Granularity::Day => self.date_string(),
            Granularity::PartOfDay => format!(
                "{}T{}",
                self.date_string(),
                self.day_part.map(DayPart::code).unwrap_or("XX")
            ),
            Granularity::Hour => format!("{}T{:02}", self.date_string(), self.hour.unwrap_or(0)),
            Granularity::Minute => format!(
                "{}T{:02}:{:02}",
                self.date_string(),
                self.hour.unwrap_or(0),
                self.minute.unwrap_or(0)
            ),
            Granularity::Second => format!(
                "{}T{:02}:{:02}:{:02}",
                self.date_string(),
                self.hour.unwrap_or(0),
                self.minute.unwrap_or(0),
                self.second.unwrap_or(0)
            ),
        }
    }

    /// The interval it covers, when it is fully known. Seasons are meteorological (summer is
    /// June–August; winter runs from December of the year before).
    ///
    /// ```
    /// use eventline::time::CalendarValue;
    /// let d = CalendarValue::day(chrono::NaiveDate::from_ymd_opt(2024, 7, 31).unwrap())
    ///     .with_day_part(eventline::lexicon::DayPart::Morning);
    /// let i = d.interval().unwrap();
    /// assert_eq!((i.start.to_string(), i.end.to_string()),
    ///            ("2024-07-31 04:00:00".into(), "2024-07-31 12:00:00".into()));
    /// ```
    pub fn interval(&self) -> Option<Interval> {
        let y = self.year?;
        match self.grain {
            Granularity::Millennium => year_span(y - y.rem_euclid(1000), 1000),
            // A century before Christ is kept by its first year.
            Granularity::Century if y <= 0 => year_span(y, 100),
            Granularity::Century => year_span(y - y.rem_euclid(100), 100),
            Granularity::Decade => year_span(y - y.rem_euclid(10), 10),
            Granularity::Year => year_span(y, 1),
            Granularity::Half => month_span(y, u32::from(self.part?.clamp(1, 2)) * 6 - 5, 6),
            Granularity::Quarter => month_span(y, u32::from(self.part?.clamp(1, 4)) * 3 - 2, 3),
            Granularity::Season => {
                let (m, len) = self.season?.months();
                let start_year = if m == 12 { y - 1 } else { y };
                month_span(start_year, m, len as i32)
            }
            Granularity::Month => month_span(y, u32::from(self.month?), 1),
            Granularity::Week | Granularity::Weekend => {
                let monday = NaiveDate::from_isoywd_opt(y, u32::from(self.week?), Weekday::Mon)?;
                let (from, days) = if self.grain == Granularity::Weekend {
                    (5, 2)
                } else {
                    (0, 7)
                };
                let start = monday + Duration::days(from);
                Some(Interval {
                    start: midnight(start),
                    end: midnight(start + Duration::days(days)),
                })
            }
            Granularity::Day => {
                let d = self.date()?;
                Some(Interval {
                    start: midnight(d),
                    end: midnight(d + Duration::days(1)),
                })
            }
            Granularity::PartOfDay => {
                let d = midnight(self.date()?);
                let (s, e) = self.day_part?.hours();
                Some(Interval {
                    start: d + Duration::hours(i64::from(s)),
                    end: d + Duration::hours(i64::from(e)),
                })
            }
            Granularity::Hour | Granularity::Minute | Granularity::Second => {
                let d = midnight(self.date()?);
                let start = d
                    + Duration::hours(i64::from(self.hour?))
                    + Duration::minutes(i64::from(self.minute.unwrap_or(0)))
                    + Duration::seconds(i64::from(self.second.unwrap_or(0)));
                let len = match self.grain {
                    Granularity::Hour => Duration::hours(1),
                    Granularity::Minute => Duration::minutes(1),
                    _ => Duration::seconds(1),
                };
                Some(Interval {
                    start,
                    end: start + len,
                })
            }
        }
    }
}

fn year_span(y: i32, years: i32) -> Option<Interval> {
    Some(Interval {
        start: midnight(ymd(y, 1, 1)?),
        end: midnight(ymd(y.checked_add(years)?, 1, 1)?),
    })
}

fn year4(y: Option<i32>) -> String {
    match y {
        Some(y) if (1..=9999).contains(&y) => format!("{y:04}"),
        // Astronomical year 0 is 1 BC.
        Some(y) if (-9998..=0).contains(&y) => format!("BC{:04}", 1 - y),
        Some(y) => y.to_string(),
        None => "XXXX".into(),
    }
}

fn digit(d: Option<u8>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "X".into())
}

/// A unit of a duration, as TIMEX3 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum DurationUnit {
    Millennium,
    Century,
    Decade,
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
}

impl DurationUnit {
    fn letter(self) -> &'static str {
        match self {
            DurationUnit::Millennium => "L",
            DurationUnit::Century => "C",
            DurationUnit::Decade => "DE",
            DurationUnit::Year => "Y",
            DurationUnit::Quarter => "Q",
            DurationUnit::Month => "M",
            DurationUnit::Week => "W",
            DurationUnit::Day => "D",
            DurationUnit::Hour => "H",
            DurationUnit::Minute => "M",
            DurationUnit::Second => "S",
        }
    }

    fn is_clock(self) -> bool {
        matches!(
            self,
            DurationUnit::Hour | DurationUnit::Minute | DurationUnit::Second
        )
    }

    /// The next smaller unit and how many of it make one of this, for fractions.
    fn smaller(self) -> Option<(DurationUnit, f64)> {
        Some(match self {
            DurationUnit::Millennium => (DurationUnit::Year, 1000.0),
            DurationUnit::Century => (DurationUnit::Year, 100.0),
            DurationUnit::Decade => (DurationUnit::Year, 10.0),
            DurationUnit::Year => (DurationUnit::Month, 12.0),
            DurationUnit::Quarter => (DurationUnit::Month, 3.0),
            DurationUnit::Month => (DurationUnit::Day, 30.0),
            DurationUnit::Week => (DurationUnit::Day, 7.0),
            DurationUnit::Day => (DurationUnit::Hour, 24.0),
            DurationUnit::Hour => (DurationUnit::Minute, 60.0),
            DurationUnit::Minute => (DurationUnit::Second, 60.0),
            DurationUnit::Second => return None,
        })
    }

    /// Its approximate length in seconds, for comparisons.
    pub fn seconds(self) -> f64 {
        const DAY: f64 = 86_400.0;
        match self {
            DurationUnit::Millennium => 365_250.0 * DAY,
            DurationUnit::Century => 36_525.0 * DAY,
            DurationUnit::Decade => 3_652.5 * DAY,
            DurationUnit::Year => 365.25 * DAY,
            DurationUnit::Quarter => 91.3125 * DAY,
            DurationUnit::Month => 30.4375 * DAY,
            DurationUnit::Week => 7.0 * DAY,
            DurationUnit::Day => DAY,
            DurationUnit::Hour => 3_600.0,
            DurationUnit::Minute => 60.0,
            DurationUnit::Second => 1.0,
        }
    }
}

/// A length of time: `P3D`, `PT5H30M`, `P10Y`, or unspecified amounts such as `PXW`.
///
/// ```
/// use eventline::time::{DurationValue, DurationUnit};
/// assert_eq!(DurationValue::of(3.0, DurationUnit::Day).timex3(), "P3D");
/// assert_eq!(DurationValue::of(5.5, DurationUnit::Hour).timex3(), "PT5H30M");
/// assert_eq!(DurationValue::of(2.5, DurationUnit::Year).timex3(), "P2Y6M");
/// assert_eq!(DurationValue::of(1.0, DurationUnit::Decade).timex3(), "P10Y");
/// assert_eq!(DurationValue::unspecified(DurationUnit::Week).timex3(), "PXW");
/// assert_eq!(DurationValue { parts: vec![] }.timex3(), "PXX");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DurationValue {
    /// Amounts by unit, largest unit first. `None` is an unspecified amount ("several weeks");
    /// no parts at all, a length whose unit is unknown too ("for a while": `PXX`).
    pub parts: Vec<(Option<u64>, DurationUnit)>,
}

impl DurationValue {
    /// `amount` of `unit`; fractions are carried into smaller units ("2 1/2 years" → `P2Y6M`).
    /// Decades and centuries are written in years, as the TempEval-3 data does.
    ///
    /// ```
    /// use eventline::time::{DurationValue, DurationUnit};
    /// assert_eq!(DurationValue::of(0.5, DurationUnit::Hour).timex3(), "PT30M");
    /// ```
    pub fn of(amount: f64, unit: DurationUnit) -> Self {
        let (amount, unit) = match unit {
            DurationUnit::Decade => (amount * 10.0, DurationUnit::Year),
            DurationUnit::Century => (amount * 100.0, DurationUnit::Year),
            DurationUnit::Millennium => (amount * 1000.0, DurationUnit::Year),
            u => (amount, u),
        };
        let mut parts = Vec::new();
        let mut rest = amount.max(0.0);
        let mut unit = Some(unit);
        while let Some(u) = unit {
            let whole = rest.trunc();
            if whole >= 1.0 || parts.is_empty() && rest < 1e-9 {
                parts.push((Some(whole.min(u64::MAX as f64) as u64), u));
            }
            rest -= whole;
            if rest < 1e-6 {
                break;
            }
            unit = u.smaller().map(|(s, n)| {
                rest *= n;
                s
            });
        }
        if parts.is_empty() {
            parts.push((Some(0), DurationUnit::Second));
        }
        DurationValue { parts }
    }

    /// An unspecified amount of `unit`: `PXY` for "years", "several years".
    ///
    /// ```
    /// use eventline::time::{DurationValue, DurationUnit};
    /// assert_eq!(DurationValue::unspecified(DurationUnit::Hour).timex3(), "PTXH");
    /// ```
    pub fn unspecified(unit: DurationUnit) -> Self {
        DurationValue {
            parts: vec![(None, unit)],
        }
    }

    /// The TIMEX3 `value` string.
    ///
    /// ```
    /// use eventline::time::{DurationValue, DurationUnit};
    /// assert_eq!(DurationValue::of(48.0, DurationUnit::Hour).timex3(), "PT48H");
    /// ```
    pub fn timex3(&self) -> String {
        if self.parts.is_empty() {
            return String::from("PXX");
        }
        let mut s = String::from("P");
        let mut in_time = false;
        for (amount, unit) in &self.parts {
            if unit.is_clock() && !in_time {
                s.push('T');
                in_time = true;
            }
            match amount {
                Some(n) => s.push_str(&n.to_string()),
                None => s.push('X'),
            }
            s.push_str(unit.letter());
        }
        s
    }

    /// Its approximate length in seconds (`None` when an amount is unspecified).
    ///
    /// ```
    /// use eventline::time::{DurationValue, DurationUnit};
    /// assert_eq!(DurationValue::of(2.0, DurationUnit::Hour).seconds(), Some(7200.0));
    /// ```
    pub fn seconds(&self) -> Option<f64> {
        if self.parts.is_empty() {
            return None;
        }
        self.parts
            .iter()
            .map(|(a, u)| a.map(|a| a as f64 * u.seconds()))
            .sum()
    }
}

/// An unanchored reference to the past, present or future.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum Reference {
    PastRef,
    PresentRef,
    FutureRef,
}

impl Reference {
    /// The TIMEX3 `value` string.
    ///
    /// ```
    /// assert_eq!(eventline::time::Reference::FutureRef.timex3(), "FUTURE_REF");
    /// ```
    pub fn timex3(self) -> &'static str {
        match self {
            Reference::PastRef => "PAST_REF",
            Reference::PresentRef => "PRESENT_REF",
            Reference::FutureRef => "FUTURE_REF",
        }
    }
}

/// A normalized TIMEX3 value.
///
/// ```
/// use eventline::time::{TimeValue, Reference, CalendarValue};
/// assert_eq!(TimeValue::Reference(Reference::PastRef).to_string(), "PAST_REF");
/// assert_eq!(TimeValue::Calendar(CalendarValue::year(2023)).to_string(), "2023");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeValue {
    /// A date or time (and the pattern of a set such as "every Tuesday").
    Calendar(CalendarValue),
    /// A length of time (and the period of a set such as "weekly").
    Duration(DurationValue),
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    Reference(Reference),
}

impl TimeValue {
    /// The TIMEX3 `value` string.
    ///
    /// ```
    /// use eventline::time::{TimeValue, DurationValue, DurationUnit};
    /// assert_eq!(TimeValue::Duration(DurationValue::of(3.0, DurationUnit::Day)).timex3(), "P3D");
    /// ```
    pub fn timex3(&self) -> String {
        match self {
            TimeValue::Calendar(c) => c.timex3(),
            TimeValue::Duration(d) => d.timex3(),
            TimeValue::Reference(r) => r.timex3().to_string(),
        }
    }

    /// The calendar interval, for fully known calendar values.
    ///
    /// ```
    /// use eventline::time::{TimeValue, CalendarValue};
    /// assert!(TimeValue::Calendar(CalendarValue::month(2024, 4)).interval().is_some());
    /// ```
    pub fn interval(&self) -> Option<Interval> {
        match self {
            TimeValue::Calendar(c) => c.interval(),
            _ => None,
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.timex3())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_serialize_as_chrono_writes_them() {
        let at = |y, mo, d, h, mi, s, nano| {
            NaiveDate::from_ymd_opt(y, mo, d)
                .and_then(|d| d.and_hms_nano_opt(h, mi, s, nano))
                .unwrap()
        };
        let cases = [
            at(2024, 7, 31, 0, 0, 0, 0),
            at(1999, 12, 31, 23, 59, 59, 0),
            at(7, 1, 2, 3, 4, 5, 0),
            at(2024, 8, 1, 10, 30, 0, 250_000_000),
            at(2016, 12, 31, 23, 59, 59, 1_000_000_000),
            at(-44, 3, 15, 12, 0, 0, 0),
            at(12024, 1, 1, 0, 0, 0, 0),
        ];
        for t in cases {
            let mut ours = serde_json::Serializer::new(Vec::new());
            serialize_instant(&t, &mut ours).unwrap();
            assert_eq!(
                String::from_utf8(ours.into_inner()).unwrap(),
                serde_json::to_string(&t).unwrap(),
                "{t:?}"
            );
        }
        let i = Interval {
            start: cases[0],
            end: cases[1],
        };
        let json = serde_json::to_string(&i).unwrap();
        assert_eq!(
            json,
            r#"{"start":"2024-07-31T00:00:00","end":"1999-12-31T23:59:59"}"#
        );
        assert_eq!(serde_json::from_str::<Interval>(&json).unwrap(), i);
    }

    #[test]
    fn renderings() {
        let d = NaiveDate::from_ymd_opt(2024, 7, 31).unwrap();
        assert_eq!(CalendarValue::century(1900).timex3(), "19");
        assert_eq!(CalendarValue::weekend_of(d).timex3(), "2024-W31-WE");
        let mut set = CalendarValue::unknown(Granularity::Day);
        set.weekday = Some(2);
        assert_eq!(set.timex3(), "XXXX-WXX-2");
        assert_eq!(
            DurationValue::of(1.5, DurationUnit::Minute).timex3(),
            "PT1M30S"
        );
        assert_eq!(
            DurationValue::of(2.0, DurationUnit::Quarter).timex3(),
            "P2Q"
        );
    }

    #[test]
    fn intervals() {
        let w = CalendarValue::season(2024, Season::Winter)
            .interval()
            .unwrap();
        assert_eq!(
            w.start.date(),
            NaiveDate::from_ymd_opt(2023, 12, 1).unwrap()
        );
        let dec = CalendarValue::decade(1990).interval().unwrap();
        assert_eq!(dec.end.date().year(), 2000);
        let we = CalendarValue::weekend_of(NaiveDate::from_ymd_opt(2024, 8, 1).unwrap())
            .interval()
            .unwrap();
        assert_eq!(
            we.start.date(),
            NaiveDate::from_ymd_opt(2024, 8, 3).unwrap()
        );
    }
}
