//! The recognizer: rules over tokens that find temporal expressions and say what they mean,
//! before any resolution against a dateline.
//!
//! Each family of rules lives in its own module beside the examples that test it. A rule is a
//! function from a start token to a [`Candidate`]; at each token that can begin an expression
//! the driver runs the rules and keeps the longest match, then joins neighbours that belong
//! together ("Friday" + "morning", "10 p.m." + "Wednesday").

mod absolute;
mod clock;
mod duration;
mod event_relative;
mod fuzzy;
mod holiday;
mod nth;
mod reference;
mod relative;
mod set;

use crate::lexicon::{DayPart, Kw, Lex, Season, Unit};
use crate::segment::{Num, NumSuffix, Token, TokenKind};
use crate::time::value::{DurationUnit, DurationValue, Mod, Reference};
use serde::{Deserialize, Serialize};

/// The family of rules that recognized an expression.
///
/// ```
/// assert_eq!(serde_json::to_string(&eventline::time::Family::Anaphoric)?, "\"anaphoric\"");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Calendar dates, months, years, decades, quarters, seasons, weekdays.
    Absolute,
    /// Clock times and parts of the day.
    Clock,
    /// Relative to the dateline: "yesterday", "last week", "two days ago".
    Deictic,
    /// Relative to the time the discourse is at: "that morning", "the next day".
    Anaphoric,
    /// Lengths of time: "three days", "48 hours".
    Duration,
    /// Repetitions: "every Tuesday", "weekly".
    Set,
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`: "recently", "now", "in the coming days".
    Reference,
    /// Named days: "Christmas", "Thanksgiving".
    Holiday,
    /// Offsets from an event: "hours after the attack".
    EventRelative,
}

/// Which way a shifted name points: "last May", "this summer", "next Tuesday".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    /// No word says: choose by tense and distance.
    Infer,
    Last,
    /// "this past spring": the latest one that has ended (where "last spring" is, in news,
    /// last year's).
    LatestPast,
    This,
    Next,
    /// "Friday after next", "March after next".
    AfterNext,
}

/// A named part of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    /// A day of a month: "Nov. 13 last year".
    Day(u8, u8),
    Month(u8),
    Quarter(u8),
    Half(u8),
    Season(Season),
}

/// What an ordinal position counts: "the first *Tuesday*", "the last *day*", "the first *week*".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NthItem {
    Weekday(u8),
    Day,
    /// A Monday-to-Sunday week lying wholly inside the period.
    Week,
    /// A weekend whose Saturday lies inside the period.
    Weekend,
}

/// The period an ordinal position is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inner {
    Month {
        month: u8,
        year: Option<i32>,
    },
    Year(i32),
    /// This (0), next (1) or last (-1) month from the dateline.
    RelMonth(i64),
    /// This, next or last week from the dateline.
    RelWeek(i64),
    RelYear(i64),
}

/// What a relative expression is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum From {
    /// The dateline: "yesterday", "last week".
    Dateline,
    /// The time the discourse is at: "two days later", "that morning".
    Discourse,
    /// Like [`From::Discourse`], but a year counts from the last time named at a year's grain
    /// or finer: "the following year" after "in 1990" is 1991 ("a year earlier" in a report
    /// counts from the day in focus or the dateline instead).
    Named,
    /// The day the story is at: the discourse's day when it lies in the week up to the
    /// dateline or on the day after it, else the dateline ("later in the day" after a mention
    /// of 1975 is not in 1975).
    Story,
    /// An event the text names ("the day after the attack"), which the time layer cannot date:
    /// the value stays unknown at the unit's grain.
    Event,
}

/// The calendar part of a date expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Base {
    /// Explicit fields; a missing year is inferred.
    Explicit {
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// A named period, in an explicit year or one to infer.
    Period {
        period: Period,
        year: Option<i32>,
        shift: Shift,
    },
    Weekday {
        weekday: u8,
        shift: Shift,
    },
    Holiday {
        index: usize,
        year: Option<i32>,
        shift: Shift,
    },
    /// A named period in the year of a date counted from the dateline ("March in a year"), or
    /// from the year the text is at ("March of that year", "the spring of the following
    /// year").
    PeriodIn {
        period: Period,
        offset: (i64, Unit),
        from: From,
    },
    /// The next (`forward`) or the last occurrence of a named period after or before the time
    /// the text is at: "the following March", "the previous winter".
    PeriodAfter {
        period: Period,
        forward: bool,
    },
    /// A holiday in the year of a date counted from the dateline ("Thanksgiving of next year",
    /// "Thanksgiving 3 months ago").
    HolidayIn {
        index: usize,
        offset: (i64, Unit),
    },
    /// `offset` units from the anchor, at the unit's grain ("last week": Week, -1).
    Relative {
        unit: Unit,
        offset: i64,
        from: From,
    },
    /// A count of years back from the period in focus, when that period is a quarter, half or
    /// month ("profit rose from a year ago" next to "the third quarter"); otherwise like
    /// `Relative`.
    YearsFromFocus {
        years: i64,
        from: From,
    },
    /// The reporting period in focus ("the quarter", "the latest period", "that quarter"),
    /// shifted by whole years ("the year-ago quarter": -1); without one, the last quarter that
    /// ended before the dateline. An explicit year overrides the shift ("the 1988 quarter").
    FocusPeriod {
        years: i64,
        year: Option<i32>,
        quarter: Option<u8>,
        /// Named as the period just spoken of ("the same period", "the corresponding
        /// period"), not as the latest one.
        same: bool,
    },
    /// The month of the year the text is at, in another year: a year back ("the same month
    /// last year": of the latest such month up to the dateline, so that a second mention is
    /// not a year further back) or in a named year ("the same month of 2001").
    FocusMonth {
        years: i64,
        year: Option<i32>,
    },
    /// The nth weekday, day or week of a period ("the first Tuesday of October"); negative
    /// counts from the end ("the last day of October").
    Nth {
        nth: i8,
        item: NthItem,
        within: Inner,
    },
    /// The `count`th occurrence of a weekday after (positive) or before the dateline ("3
    /// Fridays from now", "2 Thursdays ago").
    WeekdayCount {
        weekday: u8,
        count: i64,
        from: From,
    },
    /// A weekend placed like a weekday ("the weekend", "this weekend").
    Weekend {
        shift: Shift,
    },
    /// A decade: a full first year (1990) or two digits to place ('80s, the eighties).
    Decade {
        year: Option<i32>,
        two_digits: Option<u8>,
    },
    Century(i32),
    /// No calendar part: only a clock time or part of the day, on the day in focus.
    TimeOnly,
}

/// A clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    pub hour: u8,
    pub minute: Option<u8>,
    pub second: Option<u8>,
    pub zone: Option<Zone>,
}

/// The zone written after a clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Zone {
    /// A fixed offset from UTC, in minutes ("EDT": −240).
    Fixed(i16),
    /// A North American zone named without its season ("ET", "PT"): its standard offset,
    /// an hour more while daylight time is in force on the day.
    Seasonal(i16),
}

/// A date or time expression before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DateExpr {
    pub base: Base,
    pub day_part: Option<DayPart>,
    pub clock: Option<Clock>,
    /// A weekday the text also names ("Fri, Jul 18"): it picks the year.
    pub weekday: Option<u8>,
    /// Which occurrence of a year-less date the text names ("last Oct. 23", "next March 3");
    /// [`Shift::Infer`] when it names none.
    pub shift: Shift,
}

impl DateExpr {
    pub fn new(base: Base) -> Self {
        DateExpr {
            base,
            day_part: None,
            clock: None,
            weekday: None,
            shift: Shift::Infer,
        }
    }
}

/// What a set repeats.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SetExpr {
    /// Every period of a length: "weekly" (`P1W`).
    Every(DurationValue),
    /// Each occurrence of a pattern: "every Tuesday" (`XXXX-WXX-2`).
    Pattern(DateExpr),
}

/// What a recognized expression means.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    Date(DateExpr),
    /// From one day to another, both included: "July 13-15", "from 13 to 15 July".
    Range(DateExpr, DateExpr),
    Duration(DurationValue),
    Reference(Reference),
    Set {
        set: SetExpr,
        quant: Option<&'static str>,
        freq: Option<String>,
    },
}

/// An event-relative expression's anchor, as token ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EventAnchorToks {
    pub signal: usize,
    pub after: bool,
    pub phrase: (usize, usize),
    /// The time lies within the event ("the second day of the offensive"), not after or
    /// before it.
    pub within: bool,
}

/// One recognized expression: tokens `[first, last)`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate {
    pub first: usize,
    pub last: usize,
    pub expr: Expr,
    pub modifier: Option<Mod>,
    pub family: Family,
    pub event: Option<EventAnchorToks>,
    /// What a counted expression counts from its anchor: (-3, Week) for "three weeks ago".
    pub offset: Option<(i64, Unit)>,
    /// A length to add to the resolved day: (+3, Day) for "three days after Easter".
    pub shift: Option<(i64, Unit)>,
    /// The week holding the resolved day is meant ("the week of October 7").
    pub week_of: bool,
    /// For a length of time framed by "the past"/"the next": -1 or +1.
    pub frame: Option<i8>,
}

impl Candidate {
    pub fn new(first: usize, last: usize, expr: Expr, family: Family) -> Self {
        Candidate {
            first,
            last,
            expr,
            modifier: None,
            family,
            event: None,
            offset: None,
            shift: None,
            week_of: false,
            frame: None,
        }
    }

    pub fn date(first: usize, last: usize, base: Base, family: Family) -> Self {
        Self::new(first, last, Expr::Date(DateExpr::new(base)), family)
    }
}

/// A quantity read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Quantity {
    Exact(f64),
    /// "several", "a few", "many": an unspecified amount.
    Vague,
}

/// The tokens of one text, with helpers for the rules.
pub(crate) struct Input<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
}

/// Whether an era marker is before Christ ("BC", "B.C.", "BCE") or not ("AD", "A.D.", "CE").
pub(crate) fn era(w: &str) -> Option<bool> {
    match w {
        "BC" | "B.C." | "B.C" | "BCE" | "B.C.E." | "B.C.E" => Some(true),
        "AD" | "A.D." | "A.D" | "CE" | "C.E." | "C.E" => Some(false),
        _ => None,
    }
}

/// Words of an amount before "a day", "a year": "$500 million a year", "5 percent a year".
const AMOUNT_WORDS: &[&str] = &[
    "million", "billion", "trillion", "thousand", "percent", "cents", "dollars",
];

impl<'a> Input<'a> {
    pub fn new(text: &'a str, toks: &'a [Token]) -> Self {
        Input { text, toks }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map(|t| t.lex).unwrap_or(Lex::None)
    }

    pub fn kw(&self, i: usize, k: Kw) -> bool {
        self.lex(i) == Lex::Key(k)
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| t.span.of(self.text)).unwrap_or("")
    }

    pub fn word(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word()) && self.text(i).eq_ignore_ascii_case(w)
    }

    pub fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// A hyphen or dash glued to both neighbours: "mid-April", "four-day".
    pub fn hyphen(&self, i: usize) -> bool {
        (self.punct(i, '-') || self.punct(i, '\u{2010}') || self.punct(i, '\u{2011}'))
            && self.glued(i)
            && self.glued(i + 1)
    }

    /// No space before token `i`.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    pub fn num(&self, i: usize) -> Option<Num> {
        self.toks.get(i).and_then(Token::num)
    }

    /// Whether token `i` says its days are working days ("trading", "business", "working"),
    /// which no calendar arithmetic can count.
    pub fn working_day(&self, i: usize) -> bool {
        ["trading", "business", "working"]
            .iter()
            .any(|w| self.word(i, w))
    }

    pub fn capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capitalized)
    }

    /// Whether token `i` is capitalized where no sentence or line opens: after a word or a
    /// comma, not after a full stop, a quotation mark or a colon. Such a capital marks a name
    /// ("the People's Daily", "the Torino Winter Olympics").
    pub fn capitalized_inside(&self, i: usize) -> bool {
        i > 0
            && self.capitalized(i)
            && !self.toks[i].newline_before
            && ![".", "\"", "\u{201c}", ":", "!", "?"]
                .iter()
                .any(|p| self.text(i - 1) == *p)
    }

    /// A bare integer (no decimals, groups or suffix) in a range.
    pub fn int(&self, i: usize, lo: u64, hi: u64) -> Option<u64> {
        let n = self.num(i)?;
        (n.suffix == NumSuffix::None
            && !n.plain_quantity
            && !n.apostrophe
            && (lo..=hi).contains(&n.value))
        .then_some(n.value)
    }

    /// A day of the month: "1", "01", "1st", "first", "twenty-first".
    pub fn day_of_month(&self, i: usize) -> Option<(u8, usize)> {
        if let Some(n) = self.num(i) {
            if !n.plain_quantity
                && !n.apostrophe
                && n.digits <= 2
                && matches!(n.suffix, NumSuffix::None | NumSuffix::Ordinal)
                && (1..=31).contains(&n.value)
            {
                return Some((n.value as u8, i + 1));
            }
            return None;
        }
        let (v, next) = self.ordinal(i)?;
        (1..=31).contains(&v).then_some((v as u8, next))
    }

    /// An ordinal: "3rd", "third", "twenty-first".
    pub fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.num(i) {
            return (n.suffix == NumSuffix::Ordinal && n.value < 10_000)
                .then_some((n.value as u32, i + 1));
        }
        match self.lex(i) {
            Lex::Ordinal(v) => Some((v, i + 1)),
            Lex::Number(tens) if (20..=90).contains(&tens) && tens % 10 == 0 => {
                let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                match self.lex(j) {
                    Lex::Ordinal(u) if u < 10 => Some((tens + u, j + 1)),
                    _ => None,
                }
            }
            _ if self.word(i, "second") => Some((2, i + 1)),
            _ => None,
        }
    }

    /// A year in digits with its era after it: "44 BC", "500 B.C.E.", "79 AD", "1066 CE".
    /// Returns the astronomical year (1 BC is year 0, 44 BC is -43) and the next token. A
    /// capitalized word after a recent year's era makes it a name ("in 2010 BC Hydro raised
    /// rates"), but not after an ancient one ("in 44 BC Caesar died").
    pub fn era_year(&self, i: usize) -> Option<(i32, usize)> {
        let n = self.num(i)?;
        if n.suffix != NumSuffix::None || n.apostrophe || !(1..=99_999).contains(&n.value) {
            return None;
        }
        let t = self.toks.get(i + 1)?;
        if !t.is_word() || !t.capitalized {
            return None;
        }
        let before_christ = era(self.text(i + 1))?;
        let y = n.value as i32;
        let named = (1900..=2100).contains(&y)
            && self
                .toks
                .get(i + 2)
                .is_some_and(|t| t.is_word() && t.capitalized);
        if named {
            return None;
        }
        Some((if before_christ { 1 - y } else { y }, i + 2))
    }

    /// A year in digits or in words ("two thousand ten", "nineteen ninety-six"): (year, next).
    pub fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year(i) {
            return Some((y, i + 1));
        }
        let words = |j: usize| -> Option<(u32, usize)> {
            // 1–99 in words: "ten", "ninety-six", "ninety six"
            let Lex::Number(a) = self.lex(j) else {
                return None;
            };
            if !(1..=99).contains(&a) {
                return None;
            }
            if (20..=90).contains(&a) && a % 10 == 0 {
                let k = if self.hyphen(j + 1) { j + 2 } else { j + 1 };
                if let Lex::Number(b) = self.lex(k) {
                    if (1..=9).contains(&b) {
                        return Some((a + b, k + 1));
                    }
                }
            }
            Some((a, j + 1))
        };
        match (self.lex(i), self.lex(i + 1)) {
            // "two thousand (and) ten"
            (Lex::Number(2), Lex::Number(1000)) => {
                let j = if self.kw(i + 2, Kw::And) {
                    i + 3
                } else {
                    i + 2
                };
                match words(j) {
                    Some((n, k)) => Some((2000 + n as i32, k)),
                    None => Some((2000, i + 2)),
                }
            }
            // "nineteen ninety-six", "nineteen hundred"
            (Lex::Number(c), _) if (10..=20).contains(&c) => {
                if self.word(i + 1, "hundred") {
                    return Some((c as i32 * 100, i + 2));
                }
                let (n, k) = words(i + 1).filter(|(n, _)| *n >= 10)?;
                Some((c as i32 * 100 + n as i32, k))
            }
            _ => None,
        }
    }

    /// "quarter century" or "quarter-century" with "quarter" at `j` (25 years): the index of
    /// "century".
    pub fn quarter_century(&self, j: usize) -> Option<usize> {
        let k = if self.hyphen(j + 1) { j + 2 } else { j + 1 };
        (self.unit(j) == Some((Unit::Quarter, false))
            && self.unit(k) == Some((Unit::Century, false)))
        .then_some(k)
    }

    pub fn year(&self, i: usize) -> Option<i32> {
        let n = self.num(i)?;
        (n.digits == 4
            && n.suffix == NumSuffix::None
            && !n.plain_quantity
            && !n.apostrophe
            && (1000..=2999).contains(&n.value))
        .then_some(n.value as i32)
    }

    /// A number: digits ("48", "2.5"), words ("two", "twenty-four", "a hundred"), fractions
    /// ("2 1/2", "two and a half"), or a vague amount ("several", "a few", "a couple of").
    /// Returns the quantity, the next token, and whether it was the article "a"/"an".
    pub fn quantity(&self, i: usize) -> Option<(Quantity, usize, bool)> {
        let (mut q, mut j, article) = self.quantity_core(i)?;
        // "2 1/2", "two and a half", "one and a half"
        if let Quantity::Exact(v) = q {
            if self.int(j, 1, 9).is_some()
                && self.punct(j + 1, '/')
                && self.int(j + 2, 2, 9).is_some()
                && self.glued(j + 1)
            {
                let a = self.int(j, 1, 9).unwrap_or(0) as f64;
                let b = self.int(j + 2, 2, 9).unwrap_or(1) as f64;
                q = Quantity::Exact(v + a / b);
                j += 3;
            } else if self.kw(j, Kw::And) && self.kw(j + 1, Kw::A) && self.kw(j + 2, Kw::Half) {
                q = Quantity::Exact(v + 0.5);
                j += 3;
            }
        }
        Some((q, j, article))
    }

    fn quantity_core(&self, i: usize) -> Option<(Quantity, usize, bool)> {
        if let Some(n) = self.num(i) {
            if n.apostrophe || !matches!(n.suffix, NumSuffix::None) {
                return None;
            }
            if !n.plain_quantity {
                return Some((Quantity::Exact(n.value as f64), i + 1, false));
            }
            // "2.5", "1,500": read the digits, skipping group commas.
            let text = self.text(i);
            let v: f64 = if text.contains(',') {
                text.chars()
                    .filter(|c| *c != ',')
                    .collect::<String>()
                    .parse()
                    .ok()?
            } else {
                text.parse().ok()?
            };
            return Some((Quantity::Exact(v), i + 1, false));
        }
        match self.lex(i) {
            Lex::Key(Kw::A) => {
                // "a few", "a couple of", "a dozen", "a hundred", or the article itself.
                match self.lex(i + 1) {
                    Lex::Key(Kw::Few) => Some((Quantity::Vague, i + 2, false)),
                    Lex::Key(Kw::Couple) => {
                        let j = if self.kw(i + 2, Kw::Of) { i + 3 } else { i + 2 };
                        Some((Quantity::Exact(2.0), j, false))
                    }
                    Lex::Number(v) if v >= 12 => {
                        Some((Quantity::Exact(f64::from(v)), i + 2, false))
                    }
                    Lex::Key(Kw::Half) => Some((Quantity::Exact(0.5), i + 2, false)),
                    _ => Some((Quantity::Exact(1.0), i + 1, true)),
                }
            }
            Lex::Key(Kw::Few | Kw::Several | Kw::Many) => Some((Quantity::Vague, i + 1, false)),
            Lex::Key(Kw::Couple) => {
                let j = if self.kw(i + 1, Kw::Of) { i + 2 } else { i + 1 };
                Some((Quantity::Exact(2.0), j, false))
            }
            Lex::Key(Kw::Half) => {
                // "half a year", "half an hour"
                if self.kw(i + 1, Kw::A) {
                    Some((Quantity::Exact(0.5), i + 2, false))
                } else {
                    None
                }
            }
            Lex::Number(v) => {
                let mut value = v;
                let mut j = i + 1;
                // twenty-four, twenty four
                if (20..=90).contains(&v) && v % 10 == 0 {
                    let k = if self.hyphen(j) { j + 1 } else { j };
                    if let Lex::Number(u) = self.lex(k) {
                        if (1..=9).contains(&u) {
                            value += u;
                            j = k + 1;
                        }
                    }
                }
                // "two hundred", "three thousand"
                while let Lex::Number(m @ (100 | 1000)) = self.lex(j) {
                    value = value.saturating_mul(m);
                    j += 1;
                }
                if self.word(i, "dozens") {
                    return Some((
                        Quantity::Vague,
                        if self.kw(j, Kw::Of) { j + 1 } else { j },
                        false,
                    ));
                }
                Some((Quantity::Exact(f64::from(value)), j, false))
            }
            _ => None,
        }
    }

    /// Whether the words before token `i` make "a year" there a rate: an amount ("$1.76",
    /// "5%", "$500 million") or a plural noun ("four flights a week", "interviews a day").
    /// Whether "a" + unit at `i` ("a day") is a rate: after a rate word ([`Input::rate_before`]),
    /// but not a time given to someone to do something ("gave US troops a month to pull out",
    /// "gave the rebels a week to disarm"); after an amount it stays a rate ("earns 100 dollars
    /// a day to feed his family").
    pub fn rate_at(&self, i: usize) -> bool {
        if !self.rate_before(i) {
            return false;
        }
        let counted =
            self.toks[i - 1].num().is_some() || AMOUNT_WORDS.iter().any(|w| self.word(i - 1, w));
        let given_to_do = self.word(i + 2, "to")
            && self
                .toks
                .get(i + 3)
                .is_some_and(|t| t.is_word() && !t.capitalized && t.lex == Lex::None);
        counted || !given_to_do
    }

    pub fn rate_before(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1).and_then(|p| self.toks.get(p)) else {
            return false;
        };
        // "300 million yuan (38 million U.S. dollars) a year": the amount in brackets.
        if p.is_punct(')') && i >= 2 && !self.punct(i - 2, ')') {
            return self.rate_before(i - 1);
        }
        let w = self.text(i - 1);
        let amount = p.num().is_some()
            || self.punct(i - 1, '%')
            || AMOUNT_WORDS.iter().any(|x| w.eq_ignore_ascii_case(x));
        let plural_noun = p.is_word()
            && p.lex == Lex::None
            && !p.capitalized
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss");
        // "20 liters of clean water a day", "1.5 million barrels of oil a day": an amount of
        // something, a few words back across "of".
        let amount_of = || {
            (i.saturating_sub(6)..i - 1)
                .rev()
                .take_while(|&k| self.toks[k].is_word() || self.toks[k].num().is_some())
                .any(|k| self.toks[k].num().is_some() && self.word(k + 2, "of"))
        };
        amount || plural_noun || amount_of()
    }

    /// A calendar unit word at `i`: (unit, plural).
    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit(u) => Some((u, false)),
            Lex::Units(u) => Some((u, true)),
            _ if self.word(i, "second") => Some((Unit::Second, false)),
            _ => None,
        }
    }
}

/// The duration unit for a calendar unit.
pub(crate) fn duration_unit(u: Unit) -> DurationUnit {
    match u {
        Unit::Second => DurationUnit::Second,
        Unit::Minute => DurationUnit::Minute,
        Unit::Hour => DurationUnit::Hour,
        Unit::Day => DurationUnit::Day,
        Unit::Week | Unit::Weekend => DurationUnit::Week,
        Unit::Fortnight => DurationUnit::Week,
        Unit::Month => DurationUnit::Month,
        Unit::Quarter => DurationUnit::Quarter,
        Unit::Year => DurationUnit::Year,
        Unit::Decade => DurationUnit::Decade,
        Unit::Century => DurationUnit::Century,
        Unit::Millennium => DurationUnit::Millennium,
    }
}

/// `quantity` `unit`s as a duration value ("a fortnight" is two weeks).
pub(crate) fn duration_of(q: Quantity, u: Unit) -> DurationValue {
    let du = duration_unit(u);
    match q {
        Quantity::Exact(v) => {
            let v = if u == Unit::Fortnight { v * 2.0 } else { v };
            DurationValue::of(v, du)
        }
        Quantity::Vague => match u {
            Unit::Decade => DurationValue::unspecified(DurationUnit::Year),
            _ => DurationValue::unspecified(du),
        },
    }
}

/// Whether token `i` can start an expression: the driver skips every other token. Function
/// words never start one; determiners and direction words only before a word the grammar knows
/// (or a number), so that the common "the", "a" and "this" cost one look at the next token.
fn can_start(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        TokenKind::Number(_) => true,
        TokenKind::Punct(c) => c == '\'' || c == '\u{2019}',
        TokenKind::Word => match t.lex {
            Lex::None => false,
            Lex::Key(
                Kw::Of
                | Kw::On
                | Kw::In
                | Kw::To
                | Kw::And
                | Kw::Or
                | Kw::For
                | Kw::By
                | Kw::From
                | Kw::Since
                | Kw::Until
                | Kw::Through
                | Kw::During
                | Kw::After
                | Kw::Before
                | Kw::Time
                | Kw::Period
                | Kw::Oclock
                | Kw::Am
                | Kw::Pm
                | Kw::Least
                | Kw::Most
                | Kw::Ago
                | Kw::Hence
                | Kw::Than,
            ) => false,
            Lex::Key(
                Kw::The
                | Kw::A
                | Kw::This
                | Kw::That
                | Kw::These
                | Kw::Last
                | Kw::Next
                | Kw::Past
                | Kw::At
                | Kw::Up
                | Kw::More
                | Kw::Less
                | Kw::No
                | Kw::Just,
            ) => toks.get(i + 1).is_some_and(|n| {
                n.lex != Lex::None || n.num().is_some() || n.kind == TokenKind::Punct('-')
            }),
            _ => true,
        },
    }
}

type Rule = fn(&Input, usize) -> Option<Candidate>;

/// The rule families, tried at each start token; the longest match wins (earlier on ties).
const RULES: &[Rule] = &[
    // First, so that "the morning" before "after the attack" is read with its event.
    event_relative::parse,
    fuzzy::parse,
    nth::parse,
    absolute::parse,
    clock::parse,
    relative::parse,
    holiday::parse,
    duration::parse,
    set::parse,
    reference::parse,
];

/// The best candidate starting at token `i`.
pub(crate) fn parse_at(inp: &Input, i: usize) -> Option<Candidate> {
    let mut best: Option<Candidate> = None;
    for rule in RULES {
        if let Some(c) = rule(inp, i) {
            if c.last > i && best.as_ref().is_none_or(|b| c.last > b.last) {
                best = Some(c);
            }
        }
    }
    best
}

/// Recognize every expression in the tokens, left to right, longest match first, then join
/// neighbours and attach event anchors.
pub(crate) fn recognize(inp: &Input) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < inp.len() {
        if !can_start(inp.toks, i) {
            i += 1;
            continue;
        }
        match parse_at(inp, i) {
            Some(c) => {
                i = c.last;
                out.push(c);
            }
            None => i += 1,
        }
    }
    let mut out = shift_by_length(inp, join(inp, out));
    out.retain(|c| !lone_day_part(inp, c) && !quoted_title(inp, c) && !named_year(inp, c));
    for c in &mut out {
        event_relative::attach(inp, c);
    }
    event_relative::apposition(inp, &mut out);
    overnight_range(inp, &mut out);
    out
}

/// Clock ranges: "from 10 p.m. to 6 a.m." ends the next day; in "between 2 and 4 p.m. on
/// Sunday" the opening hour is on the closing time's day.
fn overnight_range(inp: &Input, cands: &mut [Candidate]) {
    let clock_of = |c: &Candidate| match &c.expr {
        Expr::Date(d) => d.clock.map(|k| (k.hour, d.base == Base::TimeOnly)),
        _ => None,
    };
    for k in 1..cands.len() {
        let (before, rest) = cands.split_at_mut(k);
        let (a, b) = (&mut before[k - 1], &mut rest[0]);
        let (Some((ha, true)), Some((hb, b_alone))) = (clock_of(a), clock_of(b)) else {
            continue;
        };
        let joined = b.first == a.last + 1
            && (["to", "until", "till", "and"]
                .iter()
                .any(|w| inp.word(a.last, w))
                || inp.punct(a.last, '-'));
        let opened =
            a.first > 0 && (inp.kw(a.first - 1, Kw::From) || inp.word(a.first - 1, "between"));
        if !(joined && opened) {
            continue;
        }
        if !b_alone {
            // The closing time names the day: the opening hour is on it.
            if let (Expr::Date(da), Expr::Date(db)) = (&mut a.expr, &b.expr) {
                da.base = db.base;
                da.weekday = db.weekday;
                da.shift = db.shift;
                a.family = b.family;
            }
        } else if hb < ha && b.shift.is_none() {
            b.shift = Some((1, Unit::Day));
        }
    }
}

/// The direction "after" (+1) or "before" (-1) at token `k` moves a day.
fn shift_sign(inp: &Input, k: usize) -> Option<i64> {
    if inp.kw(k, Kw::After) {
        Some(1)
    } else if inp.kw(k, Kw::Before) {
        Some(-1)
    } else {
        None
    }
}

/// "three days after Easter", "two weeks before July 30", "a week from Tuesday": a whole length
/// of days, weeks, months or years, then "after"/"before" (or "from" a weekday), then a day: the
/// day moved by the length.
fn shift_by_length(inp: &Input, cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
    for mut c in cands {
        if let Some(prev) = out.last() {
            let signal = prev.last;
            // "a week from Tuesday", "three years from today": "from" before a weekday or
            // a deictic day counts forward.
            let day_from = matches!(&c.expr, Expr::Date(d) if matches!(d.base, Base::Weekday { .. }))
                || (c.last == c.first + 1
                    && (inp.kw(c.first, Kw::Today)
                        || inp.word(c.first, "tomorrow")
                        || inp.word(c.first, "yesterday")));
            let sign =
                shift_sign(inp, signal).or((day_from && inp.kw(signal, Kw::From)).then_some(1));
            let length = match &prev.expr {
                Expr::Duration(d) if prev.modifier.is_none() => match d.parts.as_slice() {
                    [(Some(n), u)] => {
                        let unit = match u {
                            DurationUnit::Day => Some(Unit::Day),
                            DurationUnit::Week => Some(Unit::Week),
                            DurationUnit::Month => Some(Unit::Month),
                            DurationUnit::Year => Some(Unit::Year),
                            _ => None,
                        };
                        unit.zip(i64::try_from(*n).ok())
                    }
                    _ => None,
                },
                _ => None,
            };
            // "eight trading days after Oct. 12" does not count calendar days.
            let working_days = (prev.first..prev.last).any(|k| inp.working_day(k));
            if let (Some(sign), Some((unit, n)), false) = (sign, length, working_days) {
                if c.first == signal + 1 && day_level(&c) && c.shift.is_none() {
                    c.first = prev.first;
                    c.shift = Some((sign * n, unit));
                    out.pop();
                    // The weekday of "a week from Tuesday" is the coming one.
                    if let (true, Expr::Date(d)) = (inp.kw(signal, Kw::From), &mut c.expr) {
                        if let Base::Weekday { shift, .. } = &mut d.base {
                            *shift = Shift::Next;
                        }
                    }
                }
            }
        }
        // "the day before last Tuesday", "the day after Christmas": one day moved.
        if c.first >= 3 && day_level(&c) && c.shift.is_none() {
            let signal = c.first - 1;
            let sign = shift_sign(inp, signal);
            let free = out.last().is_none_or(|p| p.last <= signal - 2);
            if let (Some(sign), true) = (sign, free) {
                if inp.word(signal - 1, "day")
                    && matches!(inp.lex(signal - 2), Lex::Key(Kw::The | Kw::A))
                {
                    c.first = signal - 2;
                    c.shift = Some((sign, Unit::Day));
                }
            }
        }
        out.push(c);
    }
    out
}

/// Whether a candidate is a bare clock time or part of the day (no calendar part), or "the
/// morning" that "of Aug. 1" can complete.
fn time_only(c: &Candidate) -> bool {
    matches!(&c.expr, Expr::Date(d) if d.base == Base::TimeOnly
        || (d.base == Base::Relative { unit: Unit::Day, offset: 0, from: From::Story } && d.day_part.is_some() && d.clock.is_none() && c.modifier.is_none()))
}

/// A part of the day standing alone ("morning" in "a morning meeting") is no time expression;
/// it only counts joined to a day.
fn lone_day_part(inp: &Input, c: &Candidate) -> bool {
    // Alone on its line (a heading, a form field) it stands.
    let alone =
        inp.toks[c.first].newline_before && inp.toks.get(c.last).is_none_or(|t| t.newline_before);
    // So does a moment of the day after a preposition of time: "at dawn", "by nightfall",
    // "until sunset" (not "a morning meeting").
    let moment = || {
        ["dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall"]
            .iter()
            .any(|w| inp.word(c.first, w))
            && c.first > 0
            && [
                "at", "by", "until", "till", "before", "after", "since", "from", "around",
            ]
            .iter()
            .any(|w| inp.word(c.first - 1, w))
    };
    !alone
        && c.last == c.first + 1
        && matches!(&c.expr, Expr::Date(d) if d.base == Base::TimeOnly && d.clock.is_none())
        && !moment()
}

/// A title in quotation marks, every word capitalized: ABC's "This Week," "This Week With
/// David Brinkley". Quoted speech starts with one capital only ("“This week we vote”), and a
/// lone capitalized word ("Today") could be either, so it stays.
fn quoted_title(inp: &Input, c: &Candidate) -> bool {
    let opens = |k: usize| inp.toks[k].is_punct('"') || inp.toks[k].is_punct('\u{201c}');
    let closes = |k: usize| {
        inp.toks
            .get(k)
            .is_some_and(|t| t.is_punct('"') || t.is_punct('\u{201d}'))
    };
    let mut words = inp.toks[c.first..c.last].iter().filter(|t| t.is_word());
    // The title ends at a closing quote (after a comma or stop inside it), or runs on in
    // capitals ("This Week With David Brinkley").
    let after = inp.toks.get(c.last);
    let ends_title = || {
        closes(c.last)
            || (after.is_some_and(|t| t.is_punct(',') || t.is_punct('.')) && closes(c.last + 1))
            || after.is_some_and(|t| t.is_word() && t.capitalized)
    };
    c.first > 0
        && opens(c.first - 1)
        && words.clone().count() >= 2
        && words.all(|t| t.capitalized)
        && ends_title()
}

/// A bare year after a capitalized word the lexicon does not know, inside a sentence: part of a
/// name ("a joint venture called Orion 1980", "Windows 2000"), not a time. "In 1988" and
/// "Since 1985" open their sentences, and "May 1980" or "Christmas 1980" are known words.
fn named_year(inp: &Input, c: &Candidate) -> bool {
    let bare_year = c.last == c.first + 1
        && matches!(&c.expr, Expr::Date(d) if matches!(d.base, Base::Explicit { year: Some(_), month: None, day: None }));
    let Some(name) = c.first.checked_sub(1).map(|k| &inp.toks[k]) else {
        return false;
    };
    let inside = c.first >= 2 && !name.newline_before && inp.toks[c.first - 2].is_word();
    bare_year && name.is_word() && name.capitalized && name.lex == Lex::None && inside
}

/// A weekday alone, with or without a shift ("Sunday", "this coming Sunday"), and no time.
fn is_weekday(c: &Candidate) -> bool {
    matches!(&c.expr, Expr::Date(d) if matches!(d.base, Base::Weekday { .. })
        && d.clock.is_none() && d.day_part.is_none())
        && c.offset.is_none()
        && c.shift.is_none()
}

/// A date with its month and day written ("March 8", "March eighth, 1998").
fn is_dated_day(c: &Candidate) -> bool {
    matches!(&c.expr, Expr::Date(d) if matches!(d.base, Base::Explicit { month: Some(_), day: Some(_), .. }))
        && c.offset.is_none()
        && c.shift.is_none()
}

/// Whether a candidate can take a time of day: a day-level date.
pub(super) fn day_level(c: &Candidate) -> bool {
    let Expr::Date(d) = &c.expr else {
        return false;
    };
    d.clock.is_none() && d.day_part.is_none() && names_a_day(&d.base)
}

/// Whether a date's base is one day.
fn names_a_day(base: &Base) -> bool {
    match *base {
        Base::Explicit { day, .. } => day.is_some(),
        Base::Weekday { .. }
        | Base::Holiday { .. }
        | Base::HolidayIn { .. }
        | Base::WeekdayCount { .. } => true,
        Base::Relative { unit, .. } => unit == Unit::Day,
        Base::Nth { item, .. } => !matches!(item, NthItem::Week | NthItem::Weekend),
        _ => false,
    }
}

/// A clock time told with a part of the day: one before noon (read without a meridiem) moves
/// to the afternoon, evening or night the part names ("7 o'clock Sunday evening" is 19:00).
fn in_part_of_day(mut clock: Clock, part: Option<DayPart>) -> Clock {
    let later = match part {
        Some(DayPart::Afternoon | DayPart::Evening) => true,
        Some(DayPart::Night) => clock.hour >= 5,
        _ => false,
    };
    if later && clock.hour < 12 {
        clock.hour += 12;
    }
    clock
}

/// A day with a part of it and no clock time ("tomorrow evening", "the evening of July 4"): a
/// clock time joins it as it joins a day.
fn day_with_part(c: &Candidate) -> bool {
    match &c.expr {
        // Not a part of the day standing for the day in focus ("the evening"), which joins
        // what follows it ("the evening of July 4").
        Expr::Date(d) => {
            d.day_part.is_some() && d.clock.is_none() && !time_only(c) && names_a_day(&d.base)
        }
        _ => false,
    }
}

/// Join "10 p.m." + "Wednesday", "Friday" + "morning", "the morning of" + "Aug. 1".
fn join(inp: &Input, cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
    // Candidates still to place, the next one last.
    let mut pending = cands;
    pending.reverse();
    while let Some(c) = pending.pop() {
        if let Some(prev) = out.last_mut() {
            let gap = c.first - prev.last;
            // "the early hours of Thursday morning": the morning named again is the same one.
            if gap == 0 && time_only(&c) {
                if let (Expr::Date(p), Expr::Date(d)) = (&prev.expr, &c.expr) {
                    if p.day_part.is_some() && p.day_part == d.day_part && p.base != Base::TimeOnly
                    {
                        prev.last = c.last;
                        continue;
                    }
                }
            }
            // "7 o'clock Sunday evening", "3:30 Sunday afternoon": the part of the day after a
            // clock time and its day is that day's, and puts a clock time before noon after it.
            if gap == 0 && time_only(&c) {
                if let (Expr::Date(p), Expr::Date(d)) = (&mut prev.expr, &c.expr) {
                    if p.clock.is_some() && p.base != Base::TimeOnly && d.clock.is_none() {
                        if let Some(part) = d.day_part {
                            p.clock = p.clock.map(|clock| in_part_of_day(clock, Some(part)));
                            prev.last = c.last;
                            continue;
                        }
                    }
                }
            }
            let connector_ok = gap == 0
                || (gap == 1
                    && (inp.punct(prev.last, ',')
                        || inp.kw(prev.last, Kw::On)
                        || inp.kw(prev.last, Kw::Of)
                        || inp.kw(prev.last, Kw::At)
                        || inp.kw(prev.last, Kw::In)))
                || (gap == 2 && inp.kw(prev.last, Kw::In) && inp.kw(prev.last + 1, Kw::The));
            // "this coming Sunday, March 8": a weekday and the date it names are one expression,
            // valued by the date.
            if gap == 1
                && inp.punct(prev.last, ',')
                && prev.event.is_none()
                && is_weekday(prev)
                && is_dated_day(&c)
            {
                let first = prev.first;
                *prev = Candidate { first, ..c };
                continue;
            }
            if connector_ok && prev.event.is_none() {
                let clocked = |t: &Candidate| matches!(&t.expr, Expr::Date(d) if d.clock.is_some());
                let (time, day, time_first) = if time_only(prev)
                    && (day_level(&c) || (clocked(prev) && day_with_part(&c)))
                {
                    (prev.clone(), c.clone(), true)
                } else if (day_level(prev) || (clocked(&c) && day_with_part(prev))) && time_only(&c)
                {
                    (c.clone(), prev.clone(), false)
                } else {
                    out.push(c);
                    continue;
                };
                // "in the morning" only after the day; "of" only from time to day.
                let conn_of = gap == 1 && inp.kw(prev.last, Kw::Of);
                if (conn_of && !time_first) || (gap == 2 && time_first) {
                    out.push(c);
                    continue;
                }
                let (Expr::Date(t), Expr::Date(mut d)) = (time.expr.clone(), day.expr.clone())
                else {
                    out.push(c);
                    continue;
                };
                // "At 7 o'clock on Sunday evening": the clock time in the day's evening.
                let named_part = d.day_part;
                d.clock = t.clock.map(|c| in_part_of_day(c, named_part));
                d.day_part = t.day_part;
                // "Early Sunday at about 2 a.m.": a clock time is a point of the day, so the
                // day's part ("early", "late") no longer applies; the clock's own modifier does.
                let modifier = if t.clock.is_some() {
                    time.modifier.or(day
                        .modifier
                        .filter(|m| !matches!(m, Mod::Start | Mod::Mid | Mod::End)))
                } else {
                    prev.modifier.or(c.modifier)
                };
                let first = prev.first;
                *prev = Candidate {
                    first,
                    last: c.last,
                    expr: Expr::Date(d),
                    modifier,
                    family: day.family,
                    event: None,
                    offset: None,
                    shift: None,
                    week_of: false,
                    frame: None,
                };
                // The day made may be one that a time before it joins ("8:30 on" + "the
                // evening of July 4", once "the evening of" and "July 4" are one): place it
                // again after what precedes it.
                if let Some(joined) = out.pop() {
                    pending.push(joined);
                }
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
pub(crate) mod examples {
    //! The harness that runs each family's examples: a sentence with the expected expression
    //! in brackets, its TIMEX3 value, and its mod (or ""), tagged against the dateline
    //! 2024-08-01 (a Thursday).

    use crate::time::{tag, TimeConfig};
    use crate::{Dateline, Document};

    pub fn check(family: &str, examples: &[(&str, &str, &str)]) {
        check_at(family, "2024-08-01", examples);
    }

    /// Like [`check`], against another dateline.
    pub fn check_at(family: &str, dateline: &str, examples: &[(&str, &str, &str)]) {
        let mut failures = Vec::new();
        let dateline: Dateline = dateline.parse().unwrap();
        for (marked, value, modifier) in examples {
            let start = marked.find('[').expect("example has [");
            let end = marked.find(']').expect("example has ]") - 1;
            let text = marked.replace(['[', ']'], "");
            let doc = Document::new(text.clone()).with_dateline(dateline);
            let times = tag(&doc, &TimeConfig::default());
            let found = times
                .timexes
                .iter()
                .find(|t| t.span.start == start && t.span.end == end);
            match found {
                Some(t)
                    if t.value.timex3() == *value
                        && t.modifier.map(|m| m.as_str()).unwrap_or("") == *modifier => {}
                _ => failures.push(format!(
                    "  {marked}\n    want [{}] {value} {modifier}\n    got  {}",
                    &text[start..end],
                    times
                        .timexes
                        .iter()
                        .map(|t| format!(
                            "[{}] {} {}",
                            t.span.of(&text),
                            t.value.timex3(),
                            t.modifier.map(|m| m.as_str()).unwrap_or("")
                        ))
                        .collect::<Vec<_>>()
                        .join("; ")
                )),
            }
        }
        assert!(
            failures.is_empty(),
            "{family} ({dateline}): {} of {} examples fail:\n{}",
            failures.len(),
            examples.len(),
            failures.join("\n")
        );
    }

    /// Check that no expression is found in any of `texts` (the family's counter-examples).
    pub fn check_none(family: &str, texts: &[&str]) {
        let dateline: Dateline = "2024-08-01".parse().unwrap();
        let failures: Vec<String> = texts
            .iter()
            .filter_map(|text| {
                let doc = Document::new(*text).with_dateline(dateline);
                let found: Vec<&str> = tag(&doc, &TimeConfig::default())
                    .timexes
                    .iter()
                    .map(|t| t.span.of(text))
                    .collect();
                (!found.is_empty()).then(|| format!("  {text}\n    found {found:?}"))
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{family}: {} of {} counter-examples give a time:\n{}",
            failures.len(),
            texts.len(),
            failures.join("\n")
        );
    }
}
