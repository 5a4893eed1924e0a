//! Relative expressions. Deictic ones count from the dateline ("yesterday", "last week",
//! "this month", "two days ago", "tonight"); anaphoric ones count from the time the discourse is
//! at ("that morning", "the next day", "two days later", "the same day", "later that week").

use super::absolute::month_at;
use super::{
    duration_of, Base, Candidate, DateExpr, Expr, Family, From, Input, Period, Quantity, Shift,
};
use crate::lexicon::{DayPart, Kw, Lex, Unit};
use crate::time::value::{Mod, Reference};

fn rel(first: usize, last: usize, unit: Unit, offset: i64, from: From) -> Candidate {
    let family = if from == From::Dateline {
        Family::Deictic
    } else {
        Family::Anaphoric
    };
    Candidate::date(first, last, Base::Relative { unit, offset, from }, family)
}

/// The same date at a part of the day ("the night before the vote").
pub(super) fn with_part(mut c: Candidate, part: DayPart) -> Candidate {
    if let Expr::Date(d) = &mut c.expr {
        d.day_part = Some(part);
    }
    c
}

/// "today", "yesterday", "tomorrow", "tonight", "overnight", "the day before yesterday".
fn day_words(inp: &Input, i: usize) -> Option<Candidate> {
    let c = match inp.lex(i) {
        Lex::Key(Kw::Today) => rel(i, i + 1, Unit::Day, 0, From::Dateline),
        Lex::Key(Kw::Yesterday) => rel(i, i + 1, Unit::Day, -1, From::Dateline),
        Lex::Key(Kw::Tomorrow) => rel(i, i + 1, Unit::Day, 1, From::Dateline),
        Lex::Key(Kw::Tonight) => {
            with_part(rel(i, i + 1, Unit::Day, 0, From::Dateline), DayPart::Night)
        }
        // "overnight Tuesday": Tuesday's night.
        Lex::Key(Kw::Overnight) if matches!(inp.lex(i + 1), Lex::Weekday(_)) => {
            let Lex::Weekday(weekday) = inp.lex(i + 1) else {
                return None;
            };
            let base = Base::Weekday {
                weekday,
                shift: Shift::Infer,
            };
            with_part(
                Candidate::date(i, i + 2, base, Family::Absolute),
                DayPart::Night,
            )
        }
        // Not a kind of loan or of stay: "overnight interest rates", "the overnight call rate",
        // "an overnight stop".
        Lex::Key(Kw::Overnight)
            if [
                "interest", "rate", "rates", "lending", "deposit", "deposits", "stop", "stay",
                "call", "repo",
            ]
            .iter()
            .any(|w| inp.word(i + 1, w)) =>
        {
            return None;
        }
        Lex::Key(Kw::Overnight) => {
            with_part(rel(i, i + 1, Unit::Day, -1, From::Dateline), DayPart::Night)
        }
        Lex::Key(Kw::The)
            if inp.word(i + 1, "day")
                && (inp.kw(i + 2, Kw::Before) || inp.kw(i + 2, Kw::After)) =>
        {
            let after = inp.kw(i + 2, Kw::After);
            if inp.kw(i + 3, Kw::Yesterday) && !after {
                rel(i, i + 4, Unit::Day, -2, From::Dateline)
            } else if inp.kw(i + 3, Kw::Tomorrow) && after {
                rel(i, i + 4, Unit::Day, 2, From::Dateline)
            } else if !inp.toks.get(i + 3).is_some_and(|t| t.is_word()) || inp.kw(i + 3, Kw::And) {
                // "the day before", "the day after" — anaphoric
                rel(
                    i,
                    i + 3,
                    Unit::Day,
                    if after { 1 } else { -1 },
                    From::Discourse,
                )
            } else {
                return None;
            }
        }
        // "the year before last", "the week after next": two from the dateline's.
        Lex::Key(Kw::The)
            if (inp.kw(i + 2, Kw::Before) && inp.kw(i + 3, Kw::Last))
                || (inp.kw(i + 2, Kw::After) && inp.kw(i + 3, Kw::Next)) =>
        {
            let unit = match inp.unit(i + 1) {
                Some((u @ (Unit::Week | Unit::Month | Unit::Year), false)) => u,
                _ => return None,
            };
            let offset = if inp.kw(i + 2, Kw::After) { 2 } else { -2 };
            rel(i, i + 4, unit, offset, From::Dateline)
        }
        // "the week before", "the year after": the one before or after the one last named.
        Lex::Key(Kw::The)
            if (inp.kw(i + 2, Kw::Before) || inp.kw(i + 2, Kw::After))
                && (!inp.toks.get(i + 3).is_some_and(|t| t.is_word())
                    || inp.kw(i + 3, Kw::And))
                && inp.num(i + 3).is_none() =>
        {
            let unit = match inp.unit(i + 1) {
                Some((u @ (Unit::Week | Unit::Month | Unit::Year), false)) => u,
                _ => return None,
            };
            let offset = if inp.kw(i + 2, Kw::After) { 1 } else { -1 };
            rel(i, i + 3, unit, offset, From::Named)
        }
        _ => return None,
    };
    // "yesterday morning", "tomorrow night"
    if let Lex::DayPart(p) = inp.lex(c.last) {
        if !inp.text(c.last).ends_with('s')
            && c.last == i + 1
            && !matches!(inp.lex(i), Lex::Key(Kw::Tonight | Kw::Overnight))
        {
            let mut c = with_part(c, p);
            c.last += 1;
            return Some(c);
        }
    }
    Some(c)
}

/// The direction word before a unit or name: (shift, anchored to the discourse?, tokens used).
fn direction(inp: &Input, i: usize) -> Option<(i64, From, usize)> {
    let the = inp.kw(i, Kw::The);
    let j = if the { i + 1 } else { i };
    let r = match inp.lex(j) {
        Lex::Key(Kw::Last | Kw::Past) if !the => (-1, From::Dateline),
        Lex::Key(Kw::Previous | Kw::Preceding | Kw::Prior) => (-1, From::Named),
        Lex::Key(Kw::This | Kw::Current) if !the || inp.kw(j, Kw::Current) => {
            // "this past week"
            if inp.kw(j + 1, Kw::Past) {
                return Some((-1, From::Dateline, j + 2 - i));
            }
            if inp.kw(j + 1, Kw::Coming) {
                return Some((1, From::Dateline, j + 2 - i));
            }
            (0, From::Dateline)
        }
        Lex::Key(Kw::Next | Kw::Coming | Kw::Upcoming) if !the => (1, From::Dateline),
        Lex::Key(Kw::Next) => (1, From::Named),
        // "The following Tuesday"; without "the", "following" is a preposition: "praised
        // following Tuesday's raid" is after the Tuesday gone by.
        Lex::Key(Kw::Following) if the => (1, From::Named),
        Lex::Key(Kw::That | Kw::Same) => (0, From::Discourse),
        _ => return None,
    };
    // "that same day"
    if inp.kw(j, Kw::That) && inp.kw(j + 1, Kw::Same) {
        return Some((0, From::Discourse, j + 2 - i));
    }
    Some((r.0, r.1, j + 1 - i))
}

/// Whether the expression at `i` ends a comparison of amounts: "compared with a loss of $3
/// million last year", "from last year's $1.55 billion".
fn compares_amounts(inp: &Input, i: usize) -> bool {
    let possessive =
        (inp.punct(i + 2, '\'') || inp.punct(i + 2, '\u{2019}')) && inp.word(i + 3, "s");
    if i > 0 && inp.word(i - 1, "from") && possessive {
        return true;
    }
    // "Last year's results were hurt by charges": a year-ago figure of the report.
    if possessive && RESULT_NOUNS.iter().any(|w| inp.word(i + 4, w)) {
        return true;
    }
    // "The same period of last year": the year that holds the period compared.
    if i > 0 && inp.kw(i - 1, Kw::Of) {
        return false;
    }
    let back = i.saturating_sub(COMPARISON_REACH)..i;
    let amount = back
        .clone()
        .any(|k| inp.num(k).is_some() || inp.punct(k, '$'));
    amount
        && back.into_iter().any(|k| {
            ["compared", "against", "versus", "vs"]
                .iter()
                .any(|w| inp.word(k, w))
        })
}

/// What a report gives for a period: "last year's results".
const RESULT_NOUNS: &[&str] = &[
    "results", "earnings", "profit", "profits", "net", "loss", "sales", "revenue", "revenues",
];

/// How far back a comparison's word may stand from "last year".
const COMPARISON_REACH: usize = 10;

/// "last week", "this month", "next year", "the following day", "that morning", "the same
/// day", "last May", "this summer", "next Tuesday", "last night".
fn shifted(inp: &Input, i: usize) -> Option<Candidate> {
    let (offset, from, used) = direction(inp, i)?;
    // "They spent their last day here", "his next week in office": a position in someone's
    // own span of time, not one counted from the dateline.
    if i > 0
        && ["their", "his", "her", "its", "my", "our", "your"]
            .iter()
            .any(|w| inp.word(i - 1, w))
    {
        return None;
    }
    let j = i + used;
    // A unit: "last week", "the next day", "that year", "the current fiscal year"
    let j = if inp.kw(j, Kw::Fiscal) && inp.word(j + 1, "year") {
        j + 1
    } else {
        j
    };
    if let Some((u, false)) = inp.unit(j) {
        if u == Unit::Second || u == Unit::Minute || u == Unit::Hour {
            return None;
        }
        // "the same month last year", "the same month of last year": the month in focus, a
        // year back.
        if offset == 0 && from == From::Discourse && u == Unit::Month {
            let of = inp.kw(j + 1, Kw::Of) || inp.word(j + 1, "in");
            let k = if of { j + 2 } else { j + 1 };
            let month = |years, year, last| {
                let base = Base::FocusMonth { years, year };
                Candidate::date(i, last, base, Family::Anaphoric)
            };
            if inp.kw(k, Kw::Last) && inp.word(k + 1, "year") {
                return Some(month(-1, None, k + 2));
            }
            if let Some(y) = inp.year(k).filter(|_| of) {
                return Some(month(0, Some(y), k + 1));
            }
        }
        // "Earnings of $24 million, compared with a loss of $3 million last year", "a 13%
        // increase from last year's $1.55 billion": in a comparison of amounts, last year is
        // the period in focus a year back (the quarter being reported), as "a year ago" is.
        if u == Unit::Year
            && offset == -1
            && from == From::Dateline
            && used == 1
            && compares_amounts(inp, i)
        {
            let base = Base::YearsFromFocus { years: 1, from };
            let mut c = Candidate::date(i, j + 1, base, Family::Deictic);
            c.offset = Some((-1, Unit::Year));
            return Some(c);
        }
        // "the past year" / "the last year" are lengths of time, handled as durations.
        let mut c = rel(i, j + 1, u, offset, from);
        // "that day" in "that day's meeting" is still the day.
        if let Lex::DayPart(p) = inp.lex(j + 1) {
            if u == Unit::Day && !inp.text(j + 1).ends_with('s') {
                c = with_part(c, p);
                c.last += 1;
            }
        }
        return Some(c);
    }
    // A part of the day: "this morning", "that morning", "last night", "tomorrow night"
    if let Lex::DayPart(p) = inp.lex(j) {
        if inp.text(j).ends_with('s') {
            return None;
        }
        let (offset, from) = match (offset, p) {
            (-1, DayPart::Night | DayPart::Evening) if from == From::Dateline => {
                (-1, From::Dateline)
            }
            (-1, _) => return None,
            (1, _) => (1, from),
            (o, _) => (o, from),
        };
        return Some(with_part(rel(i, j + 1, Unit::Day, offset, from), p));
    }
    let shift = match offset {
        -1 => Shift::Last,
        0 => Shift::This,
        _ => Shift::Next,
    };
    if from != From::Dateline && offset != 0 {
        // "the previous Friday", "the following Monday": counted from the day in focus.
        if let Lex::Weekday(w) = inp.lex(j) {
            let base = Base::WeekdayCount {
                weekday: w,
                count: offset,
                from,
            };
            return Some(Candidate::date(i, j + 1, base, Family::Anaphoric));
        }
        // "the following March", "the previous winter": the next or last one from the time
        // the text is at.
        let period = match (month_at(inp, j).filter(|_| inp.capitalized(j)), inp.lex(j)) {
            (Some((m, k)), _) if inp.day_of_month(k).is_none() => Some((Period::Month(m), k)),
            (None, Lex::Season(s)) => Some((Period::Season(s), j + 1)),
            _ => None,
        };
        // Not "a previous January transfer window": some January, not a known one.
        let (period, end) = period.filter(|_| inp.kw(i, Kw::The))?;
        let base = Base::PeriodAfter {
            period,
            forward: offset > 0,
        };
        return Some(Candidate::date(i, end, base, Family::Anaphoric));
    }
    // A weekday: "last Tuesday", "next Friday"
    if let Lex::Weekday(w) = inp.lex(j) {
        let mut c = Candidate::date(
            i,
            j + 1,
            Base::Weekday { weekday: w, shift },
            Family::Deictic,
        );
        if let Lex::DayPart(p) = inp.lex(j + 1) {
            c = with_part(c, p);
            c.last += 1;
        }
        return Some(c);
    }
    // A month or season: "last May", "this summer", "this past spring"
    let shift = if shift == Shift::Last && inp.kw(i, Kw::This) {
        Shift::LatestPast
    } else {
        shift
    };
    // "at this march" (a protest) is not a month: month names are capitalized.
    if let Some((m, k)) = month_at(inp, j).filter(|_| inp.capitalized(j)) {
        // "last Oct. 23": the most recent Oct. 23, not October.
        if let Some((d, end)) = inp.day_of_month(k) {
            let mut c = Candidate::date(
                i,
                end,
                Base::Explicit {
                    year: None,
                    month: Some(m),
                    day: Some(d),
                },
                Family::Deictic,
            );
            if let Expr::Date(e) = &mut c.expr {
                e.shift = shift;
            }
            return Some(c);
        }
        return Some(Candidate::date(
            i,
            k,
            Base::Period {
                period: Period::Month(m),
                year: None,
                shift,
            },
            Family::Deictic,
        ));
    }
    if let Lex::Season(s) = inp.lex(j) {
        return Some(Candidate::date(
            i,
            j + 1,
            Base::Period {
                period: Period::Season(s),
                year: None,
                shift,
            },
            Family::Deictic,
        ));
    }
    None
}

/// "this year's third quarter", "last year's first half".
fn possessive_quarter(inp: &Input, i: usize) -> Option<Candidate> {
    let (offset, from, used) = direction(inp, i)?;
    let j = i + used;
    if from != From::Dateline || !inp.word(j, "year") {
        return None;
    }
    if !(inp.punct(j + 1, '\'') || inp.punct(j + 1, '\u{2019}')) || !inp.word(j + 2, "s") {
        return None;
    }
    let (nth, k) = inp.ordinal(j + 3)?;
    let k = if inp.hyphen(k) { k + 1 } else { k };
    let period = if inp.word(k, "quarter") && (1..=4).contains(&nth) {
        Period::Quarter(nth as u8)
    } else if inp.kw(k, Kw::Half) && (1..=2).contains(&nth) {
        Period::Half(nth as u8)
    } else {
        return None;
    };
    let shift = match offset {
        -1 => Shift::Last,
        0 => Shift::This,
        _ => Shift::Next,
    };
    Some(Candidate::date(
        i,
        k + 1,
        Base::Period {
            period,
            year: None,
            shift,
        },
        Family::Deictic,
    ))
}

/// "two days ago", "a year ago", "five years ago", "two days later", "a week earlier",
/// "three days from now", "the day before".
fn counted(inp: &Input, i: usize) -> Option<Candidate> {
    let (q, j, article) = inp.quantity(i)?;
    let (u, _) = inp.unit(j)?;
    // "a quarter-century ago": 25 years.
    let (q, j, u) = match inp.quarter_century(j).filter(|_| article) {
        Some(k) => (Quantity::Exact(25.0), k, Unit::Year),
        None => (q, j, u),
    };
    // "a week or so ago": about that long.
    let about = inp.kw(j + 1, Kw::Or) && inp.word(j + 2, "so");
    let k = if about { j + 3 } else { j + 1 };
    let (sign, from, end) = if inp.kw(k, Kw::Ago) {
        (-1, From::Dateline, k + 1)
    } else if inp.kw(k, Kw::From) && inp.kw(k + 1, Kw::Now) {
        (1, From::Dateline, k + 2)
    } else if inp.kw(k, Kw::Hence) {
        (1, From::Dateline, k + 1)
    } else if inp.kw(k, Kw::Later) {
        // "three years later" after "in 2019" counts from 2019.
        (1, From::Named, k + 1)
    } else if inp.kw(k, Kw::Earlier) {
        (-1, From::Discourse, k + 1)
    } else {
        return None;
    };
    // "two years later than planned", "a week earlier than expected": how much later, not
    // when.
    if !about && end == k + 1 && from != From::Dateline && inp.word(end, "than") {
        return Some(Candidate::new(
            i,
            j + 1,
            Expr::Duration(duration_of(q, u)),
            Family::Duration,
        ));
    }
    match q {
        Quantity::Exact(n) if n.fract() == 0.0 && n <= 100_000.0 => {
            if matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                // "hours later", "two hours ago": the length of time is what the text gives.
                let mut c =
                    Candidate::new(i, end, Expr::Duration(duration_of(q, u)), Family::Duration);
                c.last = j + 1;
                return Some(c);
            }
            let (unit, n) = if u == Unit::Fortnight {
                (Unit::Day, n * 14.0)
            } else {
                (u, n)
            };
            if unit == Unit::Year && sign < 0 {
                let family = if from == From::Dateline {
                    Family::Deictic
                } else {
                    Family::Anaphoric
                };
                let base = Base::YearsFromFocus {
                    years: n as i64,
                    from,
                };
                let mut c = Candidate::date(i, end, base, family);
                c.offset = Some((-(n as i64), unit));
                c.modifier = about.then_some(Mod::Approx);
                return Some(c);
            }
            let mut c = rel(i, end, unit, sign * n as i64, from);
            c.offset = Some((sign * n as i64, unit));
            c.modifier = about.then_some(Mod::Approx);
            Some(c)
        }
        Quantity::Exact(_) => None,
        Quantity::Vague => {
            // "several years ago" → PAST_REF; "days later" has no date.
            if sign < 0 && from == From::Dateline {
                Some(Candidate::new(
                    i,
                    end,
                    Expr::Reference(Reference::PastRef),
                    Family::Reference,
                ))
            } else {
                None
            }
        }
    }
}

/// "upcoming two weeks", "two upcoming weeks": the unit that many ahead (without "the", which
/// makes a length of time: "the upcoming two weeks").
fn upcoming_counted(inp: &Input, i: usize) -> Option<Candidate> {
    if i > 0 && inp.kw(i - 1, Kw::The) {
        return None;
    }
    let (n, u_at) = if inp.kw(i, Kw::Upcoming) {
        let (Quantity::Exact(n), j, _) = inp.quantity(i + 1)? else {
            return None;
        };
        (n, j)
    } else {
        let (Quantity::Exact(n), j, _) = inp.quantity(i)? else {
            return None;
        };
        if !inp.kw(j, Kw::Upcoming) {
            return None;
        }
        (n, j + 1)
    };
    let (unit, _) = inp.unit(u_at)?;
    if n.fract() != 0.0
        || !(1.0..=100.0).contains(&n)
        || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour)
    {
        return None;
    }
    Some(rel(i, u_at + 1, unit, n as i64, From::Dateline))
}

/// "3 Fridays from now", "two Sundays from now", "2 Thursdays ago", "2 Thursdays back".
fn counted_weekdays(inp: &Input, i: usize) -> Option<Candidate> {
    let (Quantity::Exact(n), j, _) = inp.quantity(i)? else {
        return None;
    };
    let Lex::Weekday(w) = inp.lex(j) else {
        return None;
    };
    if n.fract() != 0.0 || !(1.0..=520.0).contains(&n) {
        return None;
    }
    let (sign, end) = if inp.kw(j + 1, Kw::From) && inp.kw(j + 2, Kw::Now) {
        (1, j + 3)
    } else if inp.kw(j + 1, Kw::Hence) {
        (1, j + 2)
    } else if inp.kw(j + 1, Kw::Ago) || inp.word(j + 1, "back") {
        (-1, j + 2)
    } else {
        return None;
    };
    let base = Base::WeekdayCount {
        weekday: w,
        count: sign * n as i64,
        from: From::Dateline,
    };
    Some(Candidate::date(i, end, base, Family::Deictic))
}

/// "year-end", "year end", "year's end": the end of the dateline's year.
fn year_end(inp: &Input, i: usize) -> Option<Candidate> {
    if !inp.word(i, "year") {
        return None;
    }
    let end = if inp.hyphen(i + 1) && inp.kw(i + 2, Kw::End) {
        i + 3
    } else if inp.kw(i + 1, Kw::End) {
        i + 2
    } else if (inp.punct(i + 1, '\'') || inp.punct(i + 1, '\u{2019}'))
        && inp.word(i + 2, "s")
        && inp.kw(i + 3, Kw::End)
    {
        i + 4
    } else {
        return None;
    };
    // "The percentage change is since year-end": since the last December 31, a day gone by.
    if i > 0 && inp.kw(i - 1, Kw::Since) {
        let base = Base::Explicit {
            year: None,
            month: Some(12),
            day: Some(31),
        };
        return Some(Candidate::date(i, end, base, Family::Deictic));
    }
    let mut c = rel(i, end, Unit::Year, 0, From::Dateline);
    c.modifier = Some(Mod::End);
    Some(c)
}

/// "years ago", "months later": a bare plural unit with a direction.
fn bare_counted(inp: &Input, i: usize) -> Option<Candidate> {
    let (_, true) = inp.unit(i)? else {
        return None;
    };
    if inp.kw(i + 1, Kw::Ago) {
        return Some(Candidate::new(
            i,
            i + 2,
            Expr::Reference(Reference::PastRef),
            Family::Reference,
        ));
    }
    None
}

/// "earlier this year" (START), "later this month" (END), "later that week", "earlier that day".
fn earlier_later(inp: &Input, i: usize) -> Option<Candidate> {
    let m = match inp.lex(i) {
        Lex::Key(Kw::Earlier) => Mod::Start,
        Lex::Key(Kw::Later) => Mod::End,
        _ => return None,
    };
    let mut c = shifted(inp, i + 1)?;
    if !matches!(
        &c.expr,
        Expr::Date(DateExpr {
            base: Base::Relative { offset: 0, .. },
            ..
        })
    ) {
        return None;
    }
    c.first = i;
    c.modifier = Some(m);
    Some(c)
}

/// "later in the day" (END), "earlier in the week" (START), "early in the year", "late in the
/// month": a part of the day the discourse is at, or of the week, month or year of the
/// dateline.
fn in_the_unit(inp: &Input, i: usize) -> Option<Candidate> {
    let m = match inp.lex(i) {
        Lex::Key(Kw::Earlier | Kw::Early) => Mod::Start,
        Lex::Key(Kw::Later | Kw::Late) => Mod::End,
        _ => return None,
    };
    if !inp.kw(i + 1, Kw::In) || !inp.kw(i + 2, Kw::The) {
        return None;
    }
    let (u, false) = inp.unit(i + 3)? else {
        return None;
    };
    if !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
        return None;
    }
    // "late in the day's trading" is still the day, but not "late in the year 1990".
    if inp.num(i + 4).is_some() {
        return None;
    }
    // The day is the one the story is at (not a day of history or of a plan mentioned on the
    // way); a longer unit is, in news, the one the article is written in, as with "later this
    // week" ("higher than a year ago" does not move it).
    let from = if u == Unit::Day {
        From::Story
    } else {
        From::Dateline
    };
    let mut c = rel(i, i + 4, u, 0, from);
    c.modifier = Some(m);
    Some(c)
}

/// "the rest of the week", "the remainder of the year" (and a headline's "rest of the week"):
/// what is left of the week, month, year or day the dateline is in (the day: the one the
/// story is at), END.
fn rest_of(inp: &Input, i: usize) -> Option<Candidate> {
    let the = inp.kw(i, Kw::The);
    let j = if the { i + 1 } else { i };
    if !the && i > 0 && inp.kw(i - 1, Kw::The) {
        return None;
    }
    if !(inp.kw(j, Kw::Rest) && inp.kw(j + 1, Kw::Of) && inp.kw(j + 2, Kw::The)) {
        return None;
    }
    let (u, false) = inp.unit(j + 3)? else {
        return None;
    };
    let from = match u {
        Unit::Day => From::Story,
        Unit::Week | Unit::Month | Unit::Year => From::Dateline,
        _ => return None,
    };
    let mut c = rel(i, j + 4, u, 0, from);
    c.modifier = Some(Mod::End);
    Some(c)
}

/// "the morning", "the night" — the part of the day the story is at (the day last named, if
/// it is within a week of the dateline; else the dateline's); and "the rest of the week"
/// ([`rest_of`]).
fn the_day_part(inp: &Input, i: usize) -> Option<Candidate> {
    if inp.kw(i, Kw::Rest) || inp.kw(i + 1, Kw::Rest) {
        return rest_of(inp, i);
    }
    if !inp.kw(i, Kw::The) {
        return None;
    }
    let Lex::DayPart(p) = inp.lex(i + 1) else {
        return None;
    };
    if inp.text(i + 1).ends_with('s') {
        return None;
    }
    Some(with_part(rel(i, i + 2, Unit::Day, 0, From::Story), p))
}

/// Words that name the reporting period in focus: "the quarter", "the latest period".
fn period_word(inp: &Input, i: usize) -> bool {
    inp.word(i, "quarter") || inp.word(i, "period")
}

/// Reporting periods: "the quarter", "that quarter", "the latest quarter", "the latest
/// period", "the year-earlier quarter", "the year-ago period", "the comparable year-ago
/// quarter", "the 1988 quarter", "the 1988 third quarter", "last year's quarter",
/// "the same period last year".
fn focus_period(inp: &Input, i: usize) -> Option<Candidate> {
    let the = inp.kw(i, Kw::The) || inp.kw(i, Kw::That);
    let mut j = if the { i + 1 } else { i };
    let mut years = 0;
    let mut year = None;
    let mut quarter = None;
    // "last year's quarter"
    if !the
        && inp.kw(i, Kw::Last)
        && inp.word(i + 1, "year")
        && (inp.punct(i + 2, '\'') || inp.punct(i + 2, '\u{2019}'))
        && inp.word(i + 3, "s")
        && inp.word(i + 4, "quarter")
    {
        return Some(Candidate::date(
            i,
            i + 5,
            Base::FocusPeriod {
                years: -1,
                year: None,
                quarter: None,
                same: false,
            },
            Family::Anaphoric,
        ));
    }
    if !the {
        // "year-earlier" / "year-ago" as a bare adjective: "year-earlier results"
        if (inp.word(i, "year")
            && inp.hyphen(i + 1)
            && (inp.kw(i + 2, Kw::Earlier) || inp.kw(i + 2, Kw::Ago)))
            && !period_word(inp, i + 3)
        {
            return Some(Candidate::date(
                i,
                i + 3,
                Base::FocusPeriod {
                    years: -1,
                    year: None,
                    quarter: None,
                    same: false,
                },
                Family::Anaphoric,
            ));
        }
        return None;
    }
    // "In the latest fiscal year", "the most recent year": the last whole year, the one before
    // the dateline's.
    let recent = if inp.word(j, "latest") {
        Some(j + 1)
    } else if inp.word(j, "most") && inp.word(j + 1, "recent") {
        Some(j + 2)
    } else {
        None
    };
    if let Some(k) = recent.filter(|_| inp.kw(i, Kw::The)) {
        let k = if inp.kw(k, Kw::Fiscal) { k + 1 } else { k };
        if inp.word(k, "year") {
            return Some(rel(i, k + 1, Unit::Year, -1, From::Dateline));
        }
    }
    let mut same = false;
    loop {
        if inp.word(j, "comparable") || inp.word(j, "same") || inp.word(j, "corresponding") {
            same = true;
            j += 1;
        } else if inp.word(j, "latest") || inp.kw(j, Kw::Fiscal) || inp.kw(j, Kw::Current) {
            j += 1;
        } else if inp.word(j, "year")
            && inp.hyphen(j + 1)
            && (inp.kw(j + 2, Kw::Earlier) || inp.kw(j + 2, Kw::Ago))
        {
            years = -1;
            j += 3;
        } else if let Some(y) = inp.year(j) {
            year = Some(y);
            j += 1;
        } else if let Some((q, k)) = inp
            .ordinal(j)
            .filter(|(q, k)| (1..=4).contains(q) && period_word(inp, *k))
        {
            quarter = Some(q as u8);
            j = k;
        } else {
            break;
        }
    }
    // "the quarter-finals", "the quarter finals": a round of a tournament.
    if !period_word(inp, j)
        || inp.hyphen(j + 1)
        || inp.word(j + 1, "final")
        || inp.word(j + 1, "finals")
    {
        return None;
    }
    // "the first quarter" with nothing else is the absolute rule's; "the period" alone is too vague.
    if quarter.is_some() && year.is_none() && years == 0 {
        return None;
    }
    if inp.word(j, "period") && j == i + 1 {
        return None;
    }
    let mut end = j + 1;
    // "the same period of last year", "the corresponding period in 2005": the period compared
    // with, in that year.
    if same && (inp.kw(end, Kw::Of) || inp.word(end, "in")) {
        if inp.kw(end + 1, Kw::Last) && inp.word(end + 2, "year") {
            years = -1;
            end += 3;
        } else if let Some(y) = inp.year(end + 1).filter(|_| year.is_none()) {
            year = Some(y);
            end += 2;
        }
    }
    // "the same period last year", "the quarter a year ago"
    if inp.kw(end, Kw::Last) && inp.word(end + 1, "year") {
        years = -1;
        end += 2;
    } else if inp.kw(end, Kw::A)
        && inp.word(end + 1, "year")
        && (inp.kw(end + 2, Kw::Ago) || inp.kw(end + 2, Kw::Earlier))
    {
        years = -1;
        end += 3;
    }
    Some(Candidate::date(
        i,
        end,
        Base::FocusPeriod {
            years,
            year,
            quarter,
            same,
        },
        Family::Anaphoric,
    ))
}

/// "the weekend", "this weekend", "next weekend", "last weekend".
fn weekend(inp: &Input, i: usize) -> Option<Candidate> {
    let shift = match inp.lex(i) {
        Lex::Key(Kw::The) => Shift::Infer,
        Lex::Key(Kw::This) => Shift::This,
        Lex::Key(Kw::Next) => Shift::Next,
        Lex::Key(Kw::Last | Kw::Past) => Shift::Last,
        _ => return None,
    };
    // "the weekend", "this week-end", "this week end"
    let end = if inp.word(i + 1, "weekend") || inp.word(i + 1, "wkend") {
        i + 2
    } else if inp.word(i + 1, "week") && inp.hyphen(i + 2) && inp.word(i + 3, "end") {
        i + 4
    } else if inp.word(i + 1, "week") && inp.word(i + 2, "end") && !inp.kw(i + 3, Kw::Of) {
        i + 3
    } else {
        return None;
    };
    Some(Candidate::date(
        i,
        end,
        Base::Weekend { shift },
        Family::Deictic,
    ))
}

/// The relative family's entry point.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    let rules: [fn(&Input, usize) -> Option<Candidate>; 13] = [
        day_words,
        shifted,
        possessive_quarter,
        counted,
        bare_counted,
        counted_weekdays,
        upcoming_counted,
        year_end,
        earlier_later,
        in_the_unit,
        the_day_part,
        focus_period,
        weekend,
    ];
    let mut best: Option<Candidate> = None;
    for r in rules {
        if let Some(c) = r(inp, i) {
            if best.as_ref().is_none_or(|b| c.last > b.last) {
                best = Some(c);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    const EXAMPLES: &[(&str, &str, &str)] = &[
        ("The strike killed him [yesterday].", "2024-07-31", ""),
        // The next or last of a month or season, from the time last named.
        (
            "He was elected in 2016 and resigned [the following March].",
            "2017-03",
            "",
        ),
        (
            "Talks began in January 2020 and ended [the following March].",
            "2020-03",
            "",
        ),
        (
            "It failed in 2022 and again [the following spring].",
            "2023-SP",
            "",
        ),
        // The week before the week last named; "the next week" is still the coming one.
        (
            "Mortgage rates rose to 6.9 percent last week from 6.8 percent [the previous week].",
            "2024-W29",
            "",
        ),
        (
            "Refineries ran at 91 percent of capacity last week, up from [the prior week].",
            "2024-W29",
            "",
        ),
        (
            "Envoys meet next week, and ministers gather for [the next week]'s summit.",
            "2024-W32",
            "",
        ),
        (
            "He was praised following [Tuesday]'s raid on the embassy.",
            "2024-07-30",
            "",
        ),
        ("The wall fell [a quarter-century ago].", "1999", ""),
        (
            "Sales rose in July, up 3 percent from [the same month of last year].",
            "2023-07",
            "",
        ),
        // A second comparison is with the same month, not a year further back.
        (
            "Sales rose in July, up 3 percent from the same month of last year. Imports fell 2 \
             percent from [the same month last year].",
            "2023-07",
            "",
        ),
        // The latest such month up to the dateline, a year back: December's figures told in
        // January.
        (
            "Prices fell in December from [the same month last year].",
            "2022-12",
            "",
        ),
        (
            "Prices fell 1.6 percent in October, the record set in [the same month of 2001].",
            "2001-10",
            "",
        ),
        // A part of the day is the day the story is at: a day named days before it, but not
        // a date of history the story compares with.
        ("Police came on Tuesday. He fled in [the morning].", "2024-07-30TMO", ""),
        (
            "The crash matched that of October 19, 1987. Shares closed [the morning] session higher.",
            "2024-08-01TMO",
            "",
        ),
        (
            "The plant opened in 2010. [The previous winter] had been harsh.",
            "2009-WI",
            "",
        ),
        // A count before "later than" is how much later, not when.
        (
            "It will open in 2027, [two years] later than planned.",
            "P2Y",
            "",
        ),
        (
            "The report came out [three weeks] earlier than expected.",
            "P3W",
            "",
        ),
        ("The funeral is [tomorrow].", "2024-08-02", ""),
        ("Talks broke down [last week].", "2024-W30", ""),
        // "last spring" is last year's in news; "this past spring" the latest one.
        ("Sales fell [last spring].", "2023-SP", ""),
        ("Sales fell [this past spring].", "2024-SP", ""),
        ("Prices rose [this month].", "2024-08", ""),
        ("Elections are due [next year].", "2025", ""),
        ("Iran attacked [two days ago].", "2024-07-30", ""),
        ("Talks broke down [a week or so ago].", "2024-W30", "APPROX"),
        (
            "He arrived on June 3. [A month or so later], he left.",
            "2024-07",
            "APPROX",
        ),
        ("The plant closed [five years ago].", "2019", ""),
        ("Protests spread [last night].", "2024-07-31TNI", ""),
        (
            "Rockets were fired [overnight Tuesday].",
            "2024-07-30TNI",
            "",
        ),
        ("Officials spoke [this morning].", "2024-08-01TMO", ""),
        (
            "The report came on July 31. The strike had killed him [early that morning].",
            "2024-07-31TMO",
            "START",
        ),
        (
            "He arrived on July 28. [The next day], he met the leader.",
            "2024-07-29",
            "",
        ),
        (
            "He arrived on July 28. [Two days later], he left.",
            "2024-07-30",
            "",
        ),
        (
            "Prices fell on Monday, July 29. [The week before], they rose.",
            "2024-W30",
            "",
        ),
        ("He won in 1990 and lost [the year after].", "1991", ""),
        ("Sales fell [the year before last].", "2022", ""),
        ("The vote is [the week after next].", "2024-W33", ""),
        (
            "He was arrested in 2019 and released [three years later].",
            "2022",
            "",
        ),
        // "The following year" counts from the year last named, even without a day.
        (
            "He won the title in 1990. [The following year], he lost it.",
            "1991",
            "",
        ),
        (
            "He arrived on July 28 and left [the same day].",
            "2024-07-28",
            "",
        ),
        (
            "He arrived on Monday, July 29, and left [later that week].",
            "2024-W31",
            "END",
        ),
        ("Sales were higher [earlier this year].", "2024", "START"),
        (
            "Biden spoke on Tuesday. Trump replied [later in the day].",
            "2024-07-30",
            "END",
        ),
        (
            "The report came on July 31. Troops had crossed [earlier in the day].",
            "2024-07-31",
            "START",
        ),
        (
            "The tank crashed through the gates on April 30, 1975. [Earlier in the day], crowds \
             gathered.",
            "2024-08-01",
            "START",
        ),
        (
            "Elections are set for Jan. 25, 2025. He spoke [later in the day].",
            "2024-08-01",
            "END",
        ),
        ("Talks will resume [later in the week].", "2024-W31", "END"),
        (
            "Schools stay closed for [the rest of the week].",
            "2024-W31",
            "END",
        ),
        ("Storms forecast for [rest of the week]", "2024-W31", "END"),
        (
            "Prices should rise for [the remainder of the year].",
            "2024",
            "END",
        ),
        ("Rates were cut [early in the year].", "2024", "START"),
        (
            "Prices were higher than a year ago. Rain fell [earlier in the year].",
            "2024",
            "START",
        ),
        ("The vote is [next Tuesday].", "2024-08-06", ""),
        ("Troops withdrew [last May].", "2024-05", ""),
        // A day moved by a length: "three days after July 4", "the day before last Tuesday".
        ("They met [three days after July 4].", "2024-07-07", ""),
        ("They met [two weeks before Christmas].", "2023-12-11", ""),
        ("The vote is [a week from Tuesday].", "2024-08-13", ""),
        // From a day, a day: "from now" keeps the unit's grain.
        ("The lease ends [three years from today].", "2027-08-01", ""),
        ("The vote is [a week from tomorrow].", "2024-08-09", ""),
        ("The lease ends [three years from now].", "2027", ""),
        (
            "It happened [the day before last Tuesday].",
            "2024-07-29",
            "",
        ),
        ("Stores reopened [the day after Easter].", "2024-04-01", ""),
        // Lower case, "march" is a protest.
        (
            "He was arrested at this march in each of [the last three years].",
            "P3Y",
            "",
        ),
        ("Troops withdrew [last July].", "2023-07", ""),
        // A day after the month names that day, its most recent or next occurrence.
        ("He was shot [last Oct. 23] at his home.", "2023-10-23", ""),
        ("The law passed [last July 4].", "2024-07-04", ""),
        ("The rules take effect [next March 3].", "2025-03-03", ""),
        ("The vote is set for [this Nov. 5].", "2024-11-05", ""),
        (
            "The shop closed on Monday, July 29. [The previous Friday], sales had slumped.",
            "2024-07-26",
            "",
        ),
        ("Debt will be repaid by [year-end].", "2024", "END"),
        ("The index has risen 12% since [year-end].", "2023-12-31", ""),
        ("The offensive began [last spring].", "2023-SP", ""),
        (
            "Talks began on March 3. [The following month], they failed.",
            "2024-04",
            "",
        ),
        ("Fighting may resume [this summer].", "2024-SU", ""),
        ("Profit rose in [this year's third quarter].", "2024-Q3", ""),
        (
            "The ceasefire was agreed [three weeks ago].",
            "2024-W28",
            "",
        ),
        ("Shelling continued [overnight].", "2024-07-31TNI", ""),
        ("Troops left [yesterday morning].", "2024-07-31TMO", ""),
        (
            "Profit rose in the second quarter. Sales fell from [a year earlier].",
            "2023-Q2",
            "",
        ),
        (
            "Profit rose in the second quarter, up from [the year-earlier quarter].",
            "2023-Q2",
            "",
        ),
        ("Net income in [the latest quarter] fell.", "2024-Q2", ""),
        (
            "Food made up 27% of its sales in [the latest fiscal year].",
            "2023",
            "",
        ),
        // Last year in a comparison of amounts is the quarter in focus a year back.
        (
            "It earned $24 million in the second quarter, compared with a loss of $3 million \
             [last year].",
            "2023-Q2",
            "",
        ),
        (
            "Sales in the second quarter were $1.76 billion, up 13% from [last year]'s $1.55 \
             billion.",
            "2023-Q2",
            "",
        ),
        (
            "Net income fell in the second quarter. [Last year]'s results were hurt by charges.",
            "2023-Q2",
            "",
        ),
        (
            "Output in the second quarter rose 3% compared with [the same period of last year].",
            "2023-Q2",
            "",
        ),
        (
            "Exports rose 42 percent in the first nine months, over [the same period of 2022].",
            "2022",
            "",
        ),
        // The period just spoken of, when it is no quarter: its year.
        (
            "Vacancies rose in the first 10 months. In [the same period], 93,029 people found jobs.",
            "2024",
            "",
        ),
        (
            "Sales rose 9% in the first quarter, from 202 million in [the same period in 2023].",
            "2023-Q1",
            "",
        ),
        // With no quarter or half in focus, only the year of "the same period" is known.
        (
            "Exports rose 5% in the first nine months from [the same period last year].",
            "2023",
            "",
        ),
        (
            "Profit rose in the first quarter. In [the quarter], sales fell.",
            "2024-Q1",
            "",
        ),
        ("Sales rose 5% in [the 2022 third quarter].", "2022-Q3", ""),
        // A quarter named in passing does not replace the one being reported.
        (
            "Net income rose in the second quarter. After a flat first quarter, costs fell. \
             Charges were lower than in [the year-earlier period].",
            "2023-Q2",
            "",
        ),
        // The day a quarter ended takes the focus; "a year ago" still compares with the
        // quarter while the report speaks of its periods.
        (
            "The company earned $4 million in the fiscal first quarter ended June 30. It had a \
             net loss [a year ago].",
            "2023-Q1",
            "",
        ),
        // A quarter named in passing, sentences back, gives way to the one being reported.
        (
            "Net income rose in the second quarter. After a flat first quarter, costs fell. \
             Prices rose. Demand held up. Sales grew in the 2024 period. Costs were lower than \
             [a year ago].",
            "2023-Q2",
            "",
        ),
        // A year in focus is compared by its year.
        (
            "Profit rose in the second quarter. Exports in the first 10 months of this year \
             fell from [a year earlier].",
            "2023",
            "",
        ),
        ("Rallies were held over [the weekend].", "2024-W30-WE", ""),
        ("Rallies are planned for [this weekend].", "2024-W31-WE", ""),
        // Quoted speech, not a quoted title ("This Week With David Brinkley").
        (
            "\u{201c}[This week] we vote,\u{201d} he said.",
            "2024-W31",
            "",
        ),
    ];

    #[test]
    fn examples() {
        super::super::examples::check("relative", EXAMPLES);
        // On a weekend day, "the weekend" is the one under way whatever the verbs say.
        super::super::examples::check_at(
            "relative",
            "2024-08-04",
            &[
                (
                    "Stocks were expected to recover Monday after [the weekend] selling.",
                    "2024-W31-WE",
                    "",
                ),
                ("Rallies will go on over [the weekend].", "2024-W31-WE", ""),
                ("Rallies are planned for [next weekend].", "2024-W32-WE", ""),
                // "Last week" is the week just ended, the dateline's own ISO week; "a week
                // ago" the Sunday before, in the week before.
                ("He met the president [last week].", "2024-W31", ""),
                ("[This past week] was the worst.", "2024-W31", ""),
                ("Talks stalled [late last week].", "2024-W31", "END"),
                ("He met the premier [a week ago].", "2024-W30", ""),
                ("The vote is [next week].", "2024-W32", ""),
                // "This week" still to come is the one that starts tomorrow; done, the one
                // ending today.
                (
                    "The panel is due to pass its report to the president [this week].",
                    "2024-W32",
                    "",
                ),
                ("Troops [this week] launched an operation.", "2024-W31", ""),
            ],
        );
    }

    #[test]
    fn someones_last_day_is_no_yesterday() {
        super::super::examples::check_none(
            "relative",
            &[
                "The pilgrims spent their last day here walking round the Kaaba.",
                "It was his last week in office.",
            ],
        );
    }

    #[test]
    fn overnight_loans_and_stops_are_no_nights() {
        super::super::examples::check_none(
            "relative",
            &[
                "The central bank has raised its overnight interest rates three times.",
                "The plane made an overnight stop in Dubai.",
                "The bank kept its benchmark overnight call rate target at 0.25 percent.",
            ],
        );
    }

    #[test]
    fn a_round_of_a_tournament_is_no_quarter() {
        use crate::time::{tag, TimeConfig};
        use crate::Document;
        for text in [
            "Australia, upset by Canada in the quarter-finals, finished fifth.",
            "Japan reached the quarter finals of the World Cup.",
        ] {
            let doc = Document::new(text).with_dateline("2005-12-14".parse().unwrap());
            assert!(
                tag(&doc, &TimeConfig::default()).timexes.is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_previous_month_is_not_the_previous_one() {
        use crate::time::{tag, TimeConfig};
        use crate::Document;
        let text = "He joined in 2019. In a previous January transfer window he signed a striker.";
        let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
        let times = tag(&doc, &TimeConfig::default());
        let texts: Vec<&str> = times.timexes.iter().map(|t| t.span.of(text)).collect();
        assert!(!texts.iter().any(|t| t.contains("previous")), "{texts:?}");
    }
}
