//! Calendar dates in every common news form: "July 30, 2024", "30 July 2024", "Aug. 1",
//! "7/30/2024", "2024-07-30", "July 2024", years, decades, centuries, quarters, halves, seasons
//! and weekdays.

use super::{Base, Candidate, DateExpr, Expr, Family, From, Input, Period, Shift};
use crate::lexicon::{Kw, Lex, Unit};
use crate::segment::NumSuffix;

/// A month name at `i` (with its abbreviation period): (month, next token).
pub(super) fn month_at(inp: &Input, i: usize) -> Option<(u8, usize)> {
    let Lex::Month(m) = inp.lex(i) else {
        return None;
    };
    // "Aug." takes its period; "April." ends a sentence.
    let abbreviated = inp.text(i).len() <= 4
        && !inp.word(i, "june")
        && !inp.word(i, "july")
        && !inp.word(i, "may");
    let next = if abbreviated && inp.punct(i + 1, '.') && inp.glued(i + 1) {
        i + 2
    } else {
        i + 1
    };
    Some((m, next))
}

/// Whether a month name standing alone is a month and not the verb or modal it spells
/// ("may", "march"): it must be capitalized, and "May"/"March" also need a temporal neighbour.
fn lone_month_ok(inp: &Input, i: usize, m: u8) -> bool {
    if !inp.capitalized(i) {
        return false;
    }
    // A line that is only the month name ("May" as a heading or a form field).
    let alone = inp.toks[i].newline_before && inp.toks.get(i + 1).is_none_or(|t| t.newline_before);
    if alone {
        return true;
    }
    if inp.text(i).len() <= 4 && !matches!(inp.text(i), "June" | "July" | "May") {
        // Bare abbreviations ("Jan", "Mar", "Dec") only with a period and in context.
        return false;
    }
    if m == 5 || m == 3 {
        let before = i.checked_sub(1).map(|p| inp.lex(p));
        return matches!(
            before,
            Some(Lex::Key(
                Kw::In
                    | Kw::Of
                    | Kw::Since
                    | Kw::Until
                    | Kw::By
                    | Kw::Early
                    | Kw::Mid
                    | Kw::Late
                    | Kw::Last
                    | Kw::Next
                    | Kw::This
                    | Kw::From
                    | Kw::Through
                    | Kw::During
                    | Kw::Before
                    | Kw::After
                    | Kw::End
                    | Kw::To
            ))
        ) || (i > 0 && inp.hyphen(i - 1))
            || attributive(inp, i)
            || as_soon_as(inp, i);
    }
    true
}

/// "as soon as May", "as early as March", "as late as May": a time the phrase measures.
fn as_soon_as(inp: &Input, i: usize) -> bool {
    i >= 3
        && inp.word(i - 3, "as")
        && ["soon", "early", "late"].iter().any(|w| inp.word(i - 2, w))
        && inp.word(i - 1, "as")
}

/// "the March accession", "the May elections": after "the", a month names the time of the
/// noun that follows it. Not "the March on Washington" or "the March of Dimes", which name a
/// march.
fn attributive(inp: &Input, i: usize) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "on", "of", "for", "and", "or", "to", "at", "by", "with", "in", "from", "was", "is",
        "were", "are", "had", "has", "that", "which", "who",
    ];
    let next = i + 1;
    i > 0
        && inp.kw(i - 1, Kw::The)
        && inp
            .toks
            .get(next)
            .is_some_and(|t| t.is_word() && !t.capitalized)
        && inp.lex(next) == Lex::None
        && !NOT_NOUNS.iter().any(|w| inp.word(next, w))
}

/// A year after a date: ", 2024" or " 2024"; also two digits after an apostrophe ('98).
fn year_after(inp: &Input, i: usize) -> Option<(i32, usize)> {
    let j = if inp.punct(i, ',') { i + 1 } else { i };
    if let Some(found) = inp.era_year(j) {
        return Some(found);
    }
    if let Some(found) = inp.year_at(j) {
        return Some(found);
    }
    let n = inp.num(j)?;
    if n.apostrophe && n.suffix == NumSuffix::None {
        return Some((two_digit_year(n.value as i32), j + 1));
    }
    None
}

fn two_digit_year(y: i32) -> i32 {
    if y < 50 {
        2000 + y
    } else {
        1900 + y
    }
}

fn explicit(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> Base {
    Base::Explicit { year, month, day }
}

/// Month-first dates: "July 30, 2024", "Aug. 1", "Aug 1st", "July 2024", "July of 2024", "July".
fn month_first(inp: &Input, i: usize) -> Option<Candidate> {
    let (m, j) = month_at(inp, i)?;
    // "February the 15th"
    let j = if inp.kw(j, Kw::The) && inp.ordinal(j + 1).is_some() {
        j + 1
    } else {
        j
    };
    if let Some((d, k)) = inp.day_of_month(j) {
        // Not "May 5 percent" or "March 2.7": the day is not a quantity.
        let (year, end) = match year_after(inp, k) {
            Some((y, e)) => (Some(y), e),
            None => (None, k),
        };
        if year.is_none() && inp.year(j).is_some() {
            return None;
        }
        // "Nov. 13 last year", "March 3 next year": the day in a year counted from the
        // dateline.
        if let (None, Some(((n, Unit::Year), y_end))) = (year, super::holiday::year_of(inp, k)) {
            if !inp.kw(k, Kw::In) && inp.word(y_end - 1, "year") {
                return Some(Candidate::date(
                    i,
                    y_end,
                    Base::PeriodIn {
                        period: Period::Day(m, d),
                        offset: (n, Unit::Year),
                        from: From::Dateline,
                    },
                    Family::Deictic,
                ));
            }
        }
        let mut c = Candidate::date(i, end, explicit(year, Some(m), Some(d)), Family::Absolute);
        // "Jul 18, Fri": a weekday after the date picks the year like one before it.
        if let (true, Lex::Weekday(w) | Lex::WeekdayAbbr(w)) =
            (inp.punct(end, ','), inp.lex(end + 1))
        {
            if let Expr::Date(e) = &mut c.expr {
                e.weekday = Some(w);
                c.last = end + 2;
            }
        }
        return Some(c);
    }
    // "July 2024", "July, 2024", "July of 2024", "met in December in 1999"
    let k = if inp.kw(j, Kw::Of) || (inp.kw(j, Kw::In) && inp.year_at(j + 1).is_some()) {
        j + 1
    } else {
        j
    };
    if let Some((y, end)) = year_after(inp, k) {
        return Some(Candidate::date(
            i,
            end,
            explicit(Some(y), Some(m), None),
            Family::Absolute,
        ));
    }
    // "March in a year": the month in the year of a date counted from the dateline.
    // "June last year", "January this year", "March of next year".
    let counted = |k: usize| inp.kw(k, Kw::In) || !matches!(inp.lex(k), Lex::Number(_));
    if let Some((offset, end)) = super::holiday::year_of(inp, j).filter(|_| counted(j)) {
        return Some(Candidate::date(
            i,
            end,
            Base::PeriodIn {
                period: Period::Month(m),
                offset,
                from: From::Dateline,
            },
            Family::Deictic,
        ));
    }
    // "the April next year's elections": the month of next year, whose possessive names the
    // elections.
    let possessive_year = match inp.lex(j) {
        Lex::Key(Kw::This | Kw::Current) => Some(0),
        Lex::Key(Kw::Next) => Some(1),
        Lex::Key(Kw::Last | Kw::Previous) => Some(-1),
        _ => None,
    }
    .filter(|_| {
        inp.word(j + 1, "year") && (inp.punct(j + 2, '\'') || inp.punct(j + 2, '\u{2019}'))
    });
    if let Some(n) = possessive_year.filter(|_| inp.capitalized(i)) {
        return Some(Candidate::date(
            i,
            j + 2,
            Base::PeriodIn {
                period: Period::Month(m),
                offset: (n, Unit::Year),
                from: From::Dateline,
            },
            Family::Deictic,
        ));
    }
    // "March that year", "May of the same year", "June the following year": in the year the
    // text is at.
    if let Some((n, end)) = super::holiday::discourse_year_of(inp, j).filter(|_| inp.capitalized(i))
    {
        return Some(Candidate::date(
            i,
            end,
            Base::PeriodIn {
                period: Period::Month(m),
                offset: (n, Unit::Year),
                from: From::Named,
            },
            Family::Anaphoric,
        ));
    }
    // The month alone: a named period whose year is inferred.
    let (shift, end) = after_next(inp, j);
    if j > i + 1 || end > j || lone_month_ok(inp, i, m) {
        let base = Base::Period {
            period: Period::Month(m),
            year: None,
            shift,
        };
        return Some(Candidate::date(i, end, base, Family::Absolute));
    }
    None
}

/// A range separator: "-", "–", "to", "through", "thru", "till", "until".
fn range_sep(inp: &Input, j: usize) -> Option<usize> {
    let dash = inp.punct(j, '-') || inp.punct(j, '\u{2013}') || inp.punct(j, '\u{2014}');
    let word = inp.kw(j, Kw::To) || inp.kw(j, Kw::Through) || inp.kw(j, Kw::Until);
    (dash || word).then_some(j + 1)
}

fn skip_the(inp: &Input, j: usize) -> usize {
    if inp.kw(j, Kw::The) {
        j + 1
    } else {
        j
    }
}

/// Day ranges: "July 13-15", "July 13 to 15, 2024", "13 to 15 July",
/// "from the 13th to the 15th of July", "1-8 September".
fn range(inp: &Input, i: usize) -> Option<Candidate> {
    let day = |y: Option<i32>, m: u8, d: u8| DateExpr::new(explicit(y, Some(m), Some(d)));
    let (m1, d1, m2, d2, k) = if let Some((m, j)) = month_at(inp, i) {
        let (d1, k) = inp.day_of_month(j)?;
        let k = range_sep(inp, k)?;
        // "Aug. 26 to Oct. 20" names two full dates: TimeML keeps them as two expressions.
        if month_at(inp, k).is_some() {
            return None;
        }
        let (d2, k) = inp.day_of_month(k)?;
        (m, d1, m, d2, k)
    } else {
        let (d1, k) = inp.day_of_month(skip_the(inp, i))?;
        let k = skip_the(inp, range_sep(inp, k)?);
        let (d2, k) = inp.day_of_month(k)?;
        let k = if inp.kw(k, Kw::Of) { k + 1 } else { k };
        let (m, k) = month_at(inp, k)?;
        (m, d1, m, d2, k)
    };
    if m1 == m2 && d2 <= d1 {
        return None;
    }
    let (year, end) = match year_after(inp, k) {
        Some((y, e)) => (Some(y), e),
        None => (None, k),
    };
    Some(Candidate::new(
        i,
        end,
        Expr::Range(day(year, m1, d1), day(year, m2, d2)),
        Family::Absolute,
    ))
}

/// Year ranges: "the 1975-1990 civil war", "the 1950-53 Korean War", "Otto Hahn (1879-1968)",
/// "the 1997-98 Asian financial crisis". Like a range of days, a length in TIMEX3 (`P16Y`)
/// whose bounds are its first and last years. A season or fiscal year written across two
/// years ("the 2005/06 season", "the 2006-07 campaign") and a year with its month
/// ("2014-10") are [`numeric`]'s.
fn year_range(inp: &Input, i: usize) -> Option<Candidate> {
    let a = inp.year(i)?;
    let dash = inp.punct(i + 1, '-') || inp.punct(i + 1, '\u{2013}');
    if !(dash && inp.glued(i + 1) && inp.glued(i + 2)) {
        return None;
    }
    // The first year must stand as a year alone would ("$1990", "1990%", "ABC 2000" do not).
    year_alone(inp, i).filter(|c| c.first == i && c.last == i + 1)?;
    // Not inside a longer run of numbers: "555-1950-1960", "1975-1990-2000".
    let glued_number =
        |k: usize, p: usize| inp.punct(p, '-') && inp.glued(p) && inp.num(k).is_some();
    if (i > 1 && glued_number(i - 2, i - 1) && inp.glued(i)) || glued_number(i + 4, i + 3) {
        return None;
    }
    let n = inp
        .num(i + 2)
        .filter(|n| n.suffix == NumSuffix::None && !n.plain_quantity && !n.apostrophe)?;
    let b = match n.digits {
        4 => n.value as i32,
        // "1950-53"; "1999-01" would be a month, and 1 to 12 are left to `numeric`.
        2 if n.value > 12 => {
            let b = a - a.rem_euclid(100) + n.value as i32;
            if b <= a {
                b + 100
            } else {
                b
            }
        }
        _ => return None,
    };
    if !(a < b && b - a <= 120) {
        return None;
    }
    if inp.punct(i + 3, '%') {
        return None;
    }
    let year = |y: i32| DateExpr::new(explicit(Some(y), None, None));
    Some(Candidate::new(
        i,
        i + 3,
        Expr::Range(year(a), year(b)),
        Family::Absolute,
    ))
}

/// A day of the month alone: "on the 15th", "the 1st." — the month is inferred.
fn day_alone(inp: &Input, i: usize) -> Option<Candidate> {
    if !inp.kw(i, Kw::The) {
        return None;
    }
    let (d, j) = inp.ordinal(i + 1).filter(|(d, _)| (1..=31).contains(d))?;
    let after_on = i > 0 && inp.kw(i - 1, Kw::On);
    let ends = inp
        .toks
        .get(j)
        .is_none_or(|t| !t.is_word() && t.num().is_none());
    if !(ends && (after_on || inp.num(i + 1).is_some())) {
        return None;
    }
    Some(Candidate::date(
        i,
        j,
        explicit(None, None, Some(d as u8)),
        Family::Absolute,
    ))
}

/// The second day of "April 24 and 25" (or "July 30 or 31"): the month of the first, and
/// the year written after the second ("April 24 and 25, 1999").
fn coordinated_day(inp: &Input, i: usize) -> Option<Candidate> {
    if i < 3 || !(inp.word(i - 1, "and") || inp.word(i - 1, "or")) {
        return None;
    }
    let (d, k) = inp.day_of_month(i)?;
    // The first day, right after its month ("April 24", "Aug. 24").
    inp.day_of_month(i - 2).filter(|(_, e)| *e == i - 1)?;
    let m = [i - 3, i.saturating_sub(4)]
        .into_iter()
        .find_map(|q| month_at(inp, q).filter(|(_, next)| *next == i - 2))
        .map(|(m, _)| m)?;
    let (year, end) = match year_after(inp, k) {
        Some((y, e)) => (Some(y), e),
        None => (None, k),
    };
    // "April 24 and 25 people": a count, not a day.
    let next_is_word = inp.toks.get(end).is_some_and(|t| t.is_word());
    if year.is_none() && next_is_word && !inp.kw(end, Kw::In) && !inp.kw(end, Kw::At) {
        return None;
    }
    Some(Candidate::date(
        i,
        end,
        explicit(year, Some(m), Some(d)),
        Family::Absolute,
    ))
}

/// "the week of October 7": the week holding a date; "the week ending Nov. 10" (or "ended"):
/// the week holding the middle of the seven days up to it.
fn week_of(inp: &Input, i: usize) -> Option<Candidate> {
    if !(inp.kw(i, Kw::The) && inp.word(i + 1, "week")) {
        return None;
    }
    let ending = inp.word(i + 2, "ending") || inp.word(i + 2, "ended");
    if !(ending || inp.kw(i + 2, Kw::Of)) {
        return None;
    }
    let mut c = month_first(inp, i + 3).or_else(|| day_first(inp, i + 3))?;
    if !matches!(&c.expr, Expr::Date(d) if matches!(d.base, Base::Explicit { day: Some(_), .. })) {
        return None;
    }
    c.first = i;
    c.week_of = true;
    if ending {
        c.shift = Some((-3, crate::lexicon::Unit::Day));
    }
    Some(c)
}

/// "The ides of March": the 15th of March, May, July and October, the 13th of other months.
fn ides(inp: &Input, i: usize) -> Option<Candidate> {
    if !(inp.kw(i, Kw::The) && inp.kw(i + 1, Kw::Ides) && inp.kw(i + 2, Kw::Of)) {
        return None;
    }
    let (m, k) = month_at(inp, i + 3)?;
    let day = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
    let (year, end) = match year_after(inp, k) {
        Some((y, e)) => (Some(y), e),
        None => (None, k),
    };
    Some(Candidate::date(
        i,
        end,
        explicit(year, Some(m), Some(day)),
        Family::Absolute,
    ))
}

/// Day-first dates: "30 July 2024", "1st of August", "the 30th of July".
fn day_first(inp: &Input, i: usize) -> Option<Candidate> {
    let start = i;
    let i = if inp.kw(i, Kw::The) { i + 1 } else { i };
    let (d, j) = inp.day_of_month(i)?;
    let j = if inp.kw(j, Kw::Of) { j + 1 } else { j };
    let (m, k) = month_at(inp, j)?;
    // A cricket score: "Eagles 500-5 dec" (declared), its month a lower-case "dec" after a
    // score's wickets.
    if start == i
        && j == i + 1
        && inp.text(j) == "dec"
        && i >= 2
        && inp.hyphen(i - 1)
        && inp.num(i - 2).is_some()
    {
        return None;
    }
    let (year, end) = match year_after(inp, k) {
        Some((y, e)) => (Some(y), e),
        None => (None, k),
    };
    Some(Candidate::date(
        start,
        end,
        explicit(year, Some(m), Some(d)),
        Family::Absolute,
    ))
}

/// Numeric dates: 7/30/2024, 7/30/24, 7/30, 2024-07-30, 2024/07/30, 30.07.2024, 2014/10,
/// 2/2013, 31/Oct/1974.
fn numeric(inp: &Input, i: usize) -> Option<Candidate> {
    let a = inp.num(i)?;
    if a.plain_quantity || a.apostrophe || a.suffix != NumSuffix::None {
        return None;
    }
    let sep = ['/', '-', '.']
        .into_iter()
        .find(|c| inp.punct(i + 1, *c) && inp.glued(i + 1) && inp.glued(i + 2))?;
    // Not part of a longer number run such as a phone number: 650-650-6500.
    if i > 0 && inp.glued(i) && inp.num(i - 1).is_some() {
        return None;
    }
    // 31/Oct/1974, 31-Oct-74
    if let Some((m, _)) = month_at(inp, i + 2).filter(|_| sep == '/' || sep == '-') {
        if inp.punct(i + 3, sep) && (1..=31).contains(&a.value) {
            let y = inp.year(i + 4).or_else(|| {
                let n = inp
                    .num(i + 4)
                    .filter(|n| n.digits == 2 && n.suffix == NumSuffix::None)?;
                Some(two_digit_year(n.value as i32))
            })?;
            return Some(Candidate::date(
                i,
                i + 5,
                explicit(Some(y), Some(m), Some(a.value as u8)),
                Family::Absolute,
            ));
        }
    }
    let b = inp.int(i + 2, 0, 9999)?;
    let third = (inp.punct(i + 3, sep) && inp.glued(i + 3) && inp.glued(i + 4))
        .then(|| inp.num(i + 4))
        .flatten()
        .filter(|n| !n.plain_quantity && n.suffix == NumSuffix::None);
    if let Some(c) = third {
        if inp.punct(i + 5, sep) && inp.glued(i + 5) && inp.num(i + 6).is_some() {
            return None; // four numbers: not a date
        }
        let (y, m, d) = if a.digits == 4 {
            (a.value as i32, b, c.value)
        } else if sep == '.' {
            // dd.mm.yyyy, unless the first cannot be a day and the second can
            let y = if c.digits == 4 {
                c.value as i32
            } else if c.digits == 2 {
                two_digit_year(c.value as i32)
            } else {
                return None;
            };
            if a.value <= 12 && b > 12 {
                (y, a.value, b)
            } else {
                (y, b, a.value)
            }
        } else {
            let y = if c.digits == 4 {
                c.value as i32
            } else if c.digits == 2 {
                two_digit_year(c.value as i32)
            } else {
                return None;
            };
            // US order m/d/y unless the first cannot be a month.
            if a.value > 12 && b <= 12 {
                (y, b, a.value)
            } else {
                (y, a.value, b)
            }
        };
        if !(1..=12).contains(&m)
            || !(1..=31).contains(&d)
            || chrono::NaiveDate::from_ymd_opt(y, m as u32, d as u32).is_none()
        {
            return None;
        }
        return Some(Candidate::date(
            i,
            i + 5,
            explicit(Some(y), Some(m as u8), Some(d as u8)),
            Family::Absolute,
        ));
    }
    // "the 2005/06 season", "the 2006-07 campaign": a season across two years, told by its
    // first (a slash never writes a month after a year in news).
    let b_two_digits = inp.num(i + 2).is_some_and(|n| n.digits == 2);
    let next_year = a.digits == 4 && b_two_digits && b == (a.value + 1) % 100;
    let season_word = [
        "season",
        "campaign",
        "fiscal",
        "financial",
        "school",
        "academic",
        "term",
    ]
    .iter()
    .any(|w| inp.word(i + 3, w));
    if next_year && (sep == '/' || (sep == '-' && season_word)) {
        return Some(Candidate::date(
            i,
            i + 3,
            explicit(Some(a.value as i32), None, None),
            Family::Absolute,
        ));
    }
    // Two parts.
    if a.digits == 4 && (1..=12).contains(&b) && sep != '.' {
        // 2014/10, 2014-10
        if sep == '-'
            && inp
                .int(i + 2, 0, 99)
                .is_some_and(|_| inp.num(i + 2).is_some_and(|n| n.digits == 2))
            && b > 12
        {
            return None;
        }
        return Some(Candidate::date(
            i,
            i + 3,
            explicit(Some(a.value as i32), Some(b as u8), None),
            Family::Absolute,
        ));
    }
    let b_digits = inp.num(i + 2).map(|n| n.digits).unwrap_or(0);
    if sep == '/' && (1..=12).contains(&a.value) && b_digits == 4 {
        // 2/2013
        return Some(Candidate::date(
            i,
            i + 3,
            explicit(Some(b as i32), Some(a.value as u8), None),
            Family::Absolute,
        ));
    }
    if (sep == '/' || sep == '-')
        && (1..=12).contains(&a.value)
        && (1..=31).contains(&b)
        && b_digits <= 2
    {
        // 7/30 — but not a fraction (1/2, 3/4), a ratio or a score inside a number run.
        if sep == '/' && matches!(b, 2 | 3 | 4 | 8) && a.value < b {
            return None;
        }
        // "6-3" inside a sentence is a score; a dashed month-day needs a word that expects a date.
        // ("Winning in the end 2-1", "(3-2)", "and 4-1" are scores still.)
        if sep == '-'
            && !(i == 0
                || inp.toks[i].newline_before
                || matches!(
                    inp.lex(i - 1),
                    Lex::Key(Kw::On | Kw::Since | Kw::Until | Kw::By | Kw::From | Kw::Through)
                ))
        {
            return None;
        }
        if inp.unit(i + 3).is_some() || inp.num(i + 3).is_some() {
            return None;
        }
        // "from 3-4 p.m.", "9-11am": hours, a clock range.
        let meridiem_after = matches!(inp.lex(i + 3), Lex::Key(Kw::Am | Kw::Pm))
            || inp
                .num(i + 2)
                .is_some_and(|n| matches!(n.suffix, NumSuffix::Am | NumSuffix::Pm));
        if sep == '-' && meridiem_after {
            return None;
        }
        return Some(Candidate::date(
            i,
            i + 3,
            explicit(None, Some(a.value as u8), Some(b as u8)),
            Family::Absolute,
        ));
    }
    None
}

/// Words before a bare number that make it a year: "in 1990", "since 2001", "fiscal 2023".
fn year_context(inp: &Input, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return true;
    };
    matches!(
        inp.lex(p),
        Lex::Key(
            Kw::In
                | Kw::Since
                | Kw::By
                | Kw::Of
                | Kw::Until
                | Kw::From
                | Kw::Through
                | Kw::Before
                | Kw::After
                | Kw::During
                | Kw::Fiscal
                | Kw::To
                | Kw::Early
                | Kw::Mid
                | Kw::Late
                | Kw::End
                | Kw::And
                | Kw::Or
        )
    ) || inp.word(p, "year")
        || inp.word(p, "calendar")
        || inp.word(p, "between")
        || inp.word(p, "fy")
        || inp.punct(p, '(')
}

/// A fiscal year written in one word: "FY2024", "FY24".
fn fy_year(inp: &Input, i: usize) -> Option<Candidate> {
    let Lex::FiscalYear(y) = inp.lex(i) else {
        return None;
    };
    let y = i32::from(y);
    Some(Candidate::date(
        i,
        i + 1,
        explicit(Some(y), None, None),
        Family::Absolute,
    ))
}

/// Whether the number at `j` is a kick-off time in brackets after a fixture on the same line:
/// "Valencia v Real Mallorca (2000)", "Watford vs Arsenal (1730)".
fn kick_off(inp: &Input, j: usize) -> bool {
    if !(j > 0 && inp.punct(j - 1, '(') && inp.punct(j + 1, ')')) {
        return false;
    }
    let mut k = j - 1;
    while k > 0 && j - k < 12 && !inp.toks[k].newline_before {
        k -= 1;
        if inp.word(k, "v") || inp.word(k, "vs") {
            return true;
        }
    }
    false
}

/// A year alone: "1990", "fiscal 1990", "the year 2024".
fn year_alone(inp: &Input, i: usize) -> Option<Candidate> {
    if let Some(c) = fy_year(inp, i) {
        return Some(c);
    }
    let (start, j) = if inp.kw(i, Kw::Fiscal) {
        let j = if inp.word(i + 1, "year") {
            i + 2
        } else {
            i + 1
        };
        (i, j)
    } else if inp.kw(i, Kw::The) && inp.word(i + 1, "year") {
        (i, i + 2)
    } else {
        (i, i)
    };
    // "44 BC", "the year 79 AD"
    if let Some((y, end)) = inp.era_year(j) {
        return Some(Candidate::date(
            start,
            end,
            explicit(Some(y), None, None),
            Family::Absolute,
        ));
    }
    // "the year 325": after "the year", a number of up to three digits is a year too, but not
    // a quantity ("for the year 12 percent", "the year 5 times").
    let quantity = |k: usize| {
        inp.punct(k, '%')
            || inp
                .toks
                .get(k)
                .is_some_and(|t| t.is_word() && !t.capitalized)
    };
    if inp.kw(i, Kw::The) && j == i + 2 && !quantity(j + 1) {
        if let Some(y) = inp
            .int(j, 1, 999)
            .filter(|_| inp.num(j).is_some_and(|n| n.digits <= 3))
        {
            return Some(Candidate::date(
                start,
                j + 1,
                explicit(Some(y as i32), None, None),
                Family::Absolute,
            ));
        }
    }
    // A year in words stands only where a year is expected: "in nineteen ninety-six",
    // "the year two thousand".
    if inp.year(j).is_none() {
        let (y, end) = inp.year_at(j)?;
        // "nineteen ninety-six" says it is a year; "two thousand ten" may be a quantity.
        let century_form = matches!(inp.lex(j), Lex::Number(19 | 20))
            && !matches!(inp.lex(j + 1), Lex::Number(1000));
        if !(century_form || start < j || (j > 0 && year_context(inp, j))) {
            return None;
        }
        return Some(Candidate::date(
            start,
            end,
            explicit(Some(y), None, None),
            Family::Absolute,
        ));
    }
    let y = inp.year(j)?;
    // A quantity, not a year: "$1990", "1990 people" (a plural noun follows), "1990%".
    if j > 0 && (inp.punct(j - 1, '$') || inp.punct(j - 1, '#')) {
        return None;
    }
    if inp.punct(j + 1, '%') || (inp.punct(j + 1, ':') && inp.glued(j + 1)) {
        return None;
    }
    // "(1800 GMT)": a clock time in another zone, not a year.
    if matches!(inp.lex(j + 1), Lex::Zone(_)) && inp.capitalized(j + 1) {
        return None;
    }
    // "Getafe v Espanyol (1900)": a fixture's kick-off time in a results list, not a year.
    if kick_off(inp, j) {
        return None;
    }
    let strong = start < j || year_context(inp, j);
    if !strong && !(1900..=2100).contains(&y) {
        return None;
    }
    // "ABC 2000", "Windows 2000": a number in a name, unless a year is expected there.
    if !strong
        && j > 0
        && inp.toks[j - 1].is_word()
        && inp.text(j - 1).len() > 1
        && inp.text(j - 1).bytes().all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    Some(Candidate::date(
        start,
        j + 1,
        explicit(Some(y), None, None),
        Family::Absolute,
    ))
}

/// Whether the plural number at `i` follows a decade on a list: "the 1960s, 70s and 80s".
fn listed_decade(inp: &Input, i: usize) -> bool {
    let plural = |k: usize| {
        inp.num(k)
            .is_some_and(|n| n.suffix == NumSuffix::Plural && n.value % 10 == 0)
    };
    let mut k = i;
    while k >= 2
        && (inp.kw(k - 1, Kw::And) || inp.kw(k - 1, Kw::Or) || inp.punct(k - 1, ','))
        && plural(k - 2)
    {
        k -= 2;
        let decade = inp.num(k).is_some_and(|n| n.digits == 4 || n.apostrophe)
            || (k > 0 && inp.kw(k - 1, Kw::The));
        if decade {
            return true;
        }
    }
    false
}

/// Decades and centuries: "1990s", "the '80s", "the nineties", "the 20th century".
fn decade_century(inp: &Input, i: usize) -> Option<Candidate> {
    let start = i;
    let i = if inp.kw(i, Kw::The) { i + 1 } else { i };
    if let Some(n) = inp.num(i) {
        if n.suffix == NumSuffix::Plural && n.value % 10 == 0 {
            if n.digits == 4 {
                return Some(Candidate::date(
                    start,
                    i + 1,
                    Base::Decade {
                        year: Some(n.value as i32),
                        two_digits: None,
                    },
                    Family::Absolute,
                ));
            }
            // "in his 30s", "women in their 40s": an age, not a decade.
            // ("in her early 40s" too).
            let possessive = |k: usize| {
                ["his", "her", "their", "my", "your", "our", "its"]
                    .iter()
                    .any(|w| inp.word(k, w))
            };
            let fuzzy = |k: usize| ["early", "mid", "late"].iter().any(|w| inp.word(k, w));
            let age = start == i
                && !n.apostrophe
                && ((i > 0 && possessive(i - 1))
                    || (i > 1 && fuzzy(i - 1) && possessive(i - 2))
                    || (i > 2 && inp.hyphen(i - 1) && fuzzy(i - 2) && possessive(i - 3)));
            // Two digits with neither "the" nor an apostrophe nor "early", "mid" or "late"
            // before them are a count of tens ("a goal that would have scored 10s"), unless
            // they go on a list of decades ("in the 1960s, 70s and 80s").
            let bare = start == i
                && !n.apostrophe
                && !(i > 0 && fuzzy(i - 1))
                && !(i > 1 && inp.hyphen(i - 1) && fuzzy(i - 2))
                && !listed_decade(inp, i);
            if n.digits == 2 && !age && !bare {
                return Some(Candidate::date(
                    start,
                    i + 1,
                    Base::Decade {
                        year: None,
                        two_digits: Some(n.value as u8),
                    },
                    Family::Absolute,
                ));
            }
        }
    }
    if let Lex::Decade(d) = inp.lex(i) {
        if start < i {
            return Some(Candidate::date(
                start,
                i + 1,
                Base::Decade {
                    year: None,
                    two_digits: Some(d),
                },
                Family::Absolute,
            ));
        }
    }
    // "the 20th century", "the twentieth century"
    let (nth, j) = inp.ordinal(i)?;
    if inp.word(j, "century") && (1..=30).contains(&nth) {
        // "the fifth century BC": 499 to 400 BC, from astronomical year -498.
        let bc = inp.capitalized(j + 1) && super::era(inp.text(j + 1)) == Some(true);
        let (first, end) = if bc {
            (1 - (nth as i32 * 100 - 1), j + 2)
        } else {
            ((nth as i32 - 1) * 100, j + 1)
        };
        return Some(Candidate::date(
            start,
            end,
            Base::Century(first),
            Family::Absolute,
        ));
    }
    None
}

/// Quarters and halves: "the third quarter", "third-quarter", "Q3 2024", "the fiscal first
/// quarter", "the first half of 2024", "the first two quarters of 1990", "the first half of
/// this year", "the first quarter of the next year".
fn quarter_half(inp: &Input, i: usize) -> Option<Candidate> {
    let start = i;
    // "H1 2024": a half, only with its year ("H1" alone names many things).
    let half = match inp.lex(i) {
        Lex::HalfName(h) if inp.capitalized(i) => Some(h),
        _ => None,
    };
    if let Some(h) = half {
        let (y, end) = year_after(inp, i + 1)?;
        return Some(period(start, end, Period::Half(h), Some(y)));
    }
    // "Q3", "Q3 2024", "3Q"
    if let Lex::QuarterName(q) = inp.lex(i) {
        {
            {
                let (year, end) = match year_after(inp, i + 1) {
                    Some((y, e)) => (Some(y), e),
                    None => (None, i + 1),
                };
                return Some(period(start, end, Period::Quarter(q), year));
            }
        }
    }
    let mut j = i;
    if inp.kw(j, Kw::The) {
        j += 1;
    }
    if inp.kw(j, Kw::Fiscal) {
        j += 1;
    }
    let (nth, k) = inp.ordinal(j)?;
    let k = if inp.hyphen(k) { k + 1 } else { k };
    // "the first two quarters of 1990" → H1, "the last half of 1989" → H2
    let quarter_word = inp.word(k, "quarter") || inp.word(k, "qtr");
    let (p, k) = if quarter_word && (1..=4).contains(&nth) {
        (Period::Quarter(nth as u8), k + 1)
    } else if inp.kw(k, Kw::Half) && (1..=2).contains(&nth) {
        (Period::Half(nth as u8), k + 1)
    } else if nth == 1 && inp.lex(k) == Lex::Number(2) && inp.word(k + 1, "quarters") {
        (Period::Half(1), k + 2)
    } else {
        return None;
    };
    // "the first quarter of the next year", "the second half of that year": of the year the
    // discourse names; "the first quarter of next year", "the second half of last year": of
    // the dateline's.
    if let Some((n, end)) = super::holiday::discourse_year_of(inp, k).filter(|_| inp.kw(k, Kw::Of))
    {
        return Some(Candidate::date(
            start,
            end,
            Base::PeriodIn {
                period: p,
                offset: (n, Unit::Year),
                from: From::Named,
            },
            Family::Anaphoric,
        ));
    }
    if inp.kw(k, Kw::Of) && inp.word(k + 2, "year") {
        let shift = match inp.lex(k + 1) {
            Lex::Key(Kw::Next) => Some(Shift::Next),
            Lex::Key(Kw::Last) => Some(Shift::Last),
            Lex::Key(Kw::This) => Some(Shift::This),
            _ => None,
        };
        if let Some(shift) = shift {
            let base = Base::Period {
                period: p,
                year: None,
                shift,
            };
            return Some(Candidate::date(start, k + 3, base, Family::Deictic));
        }
    }
    // A half stands only with its year ("the first half" alone is relative to anything).
    let k2 = if inp.kw(k, Kw::Of) { k + 1 } else { k };
    let (year, end) = match year_after(inp, k2) {
        Some((y, e)) => (Some(y), e),
        None => (None, k),
    };
    if matches!(p, Period::Half(_)) && year.is_none() {
        return None;
    }
    Some(period(start, end, p, year))
}

/// "the last half of 1989": "last" read as the second half.
fn last_half(inp: &Input, i: usize) -> Option<Candidate> {
    let j = if inp.kw(i, Kw::The) { i + 1 } else { i };
    if !(inp.kw(j, Kw::Last) && inp.kw(j + 1, Kw::Half) && inp.kw(j + 2, Kw::Of)) {
        return None;
    }
    let (y, end) = year_after(inp, j + 3)?;
    Some(period(i, end, Period::Half(2), Some(y)))
}

fn period(first: usize, last: usize, p: Period, year: Option<i32>) -> Candidate {
    Candidate::date(
        first,
        last,
        Base::Period {
            period: p,
            year,
            shift: Shift::Infer,
        },
        Family::Absolute,
    )
}

/// Seasons: "summer", "the summer of 2024", "summer 2024", "the winter of nineteen
/// ninety-four" is left to the number words.
fn season(inp: &Input, i: usize) -> Option<Candidate> {
    let start = i;
    let j = if inp.kw(i, Kw::The) { i + 1 } else { i };
    let Lex::Season(s) = inp.lex(j) else {
        return None;
    };
    let k = if inp.kw(j + 1, Kw::Of) { j + 2 } else { j + 1 };
    if let Some((y, end)) = year_after(inp, k) {
        return Some(period(start, end, Period::Season(s), Some(y)));
    }
    // "the spring of that year", "the summer of the following year"
    if let Some((n, end)) = super::holiday::discourse_year_of(inp, j + 1) {
        return Some(Candidate::date(
            start,
            end,
            Base::PeriodIn {
                period: Period::Season(s),
                offset: (n, Unit::Year),
                from: From::Named,
            },
            Family::Anaphoric,
        ));
    }
    // "spring" and "fall" are also verbs and nouns: alone they need a determiner or a preposition.
    let ambiguous = matches!(inp.text(j).to_ascii_lowercase().as_str(), "spring" | "fall");
    let prev_ok = j > 0
        && matches!(
            inp.lex(j - 1),
            Lex::Key(
                Kw::The
                    | Kw::In
                    | Kw::This
                    | Kw::Last
                    | Kw::Next
                    | Kw::Early
                    | Kw::Late
                    | Kw::Mid
                    | Kw::By
                    | Kw::Until
                    | Kw::Since
                    | Kw::During
            )
        );
    if ambiguous && !prev_ok {
        return None;
    }
    // "The fall in prices", "led the fall in banking stocks": after "the", "fall" is mostly a
    // decline; the season has a preposition of time before it ("in the fall", "by the fall").
    let the_at = (j > 0 && inp.kw(j - 1, Kw::The)).then(|| j - 1);
    if inp.text(j).eq_ignore_ascii_case("fall")
        && the_at.is_some_and(|t| !(t > 0 && FALL_PREPOSITIONS.iter().any(|w| inp.word(t - 1, w))))
    {
        return None;
    }
    // "the fall of Saddam Hussein", "the summer of discontent": a season "of" something
    // that is no year is a noun ("the summer of 2024" was read above).
    if inp.word(j + 1, "of") {
        return None;
    }
    // "the Mid-Autumn Festival", "the Spring Festival", "the Torino Winter Olympics", "the
    // Summer Palace": a capitalized season before a capitalized word inside a sentence is
    // part of a name, not the season.
    if inp.capitalized_inside(j) && inp.capitalized(j + 1) && matches!(inp.lex(j + 1), Lex::None) {
        return None;
    }
    if inp.capitalized(j + 1) && inp.word(j + 1, "festival") {
        return None;
    }
    // "summer camp", "winter storm", "Jammu, the winter capital", "the summer war": a season
    // before a noun is an adjective, not a time; but after a preposition of time the word
    // after may be the next one of the clause ("in the spring led the pope to…").
    let after_preposition =
        |k: usize| k > 0 && FALL_PREPOSITIONS.iter().any(|w| inp.word(k - 1, w));
    if inp
        .toks
        .get(j + 1)
        .is_some_and(|t| t.is_word() && t.lex == Lex::None && !t.capitalized)
        && (start == j || !after_preposition(start))
    {
        return None;
    }
    Some(period(start, j + 1, Period::Season(s), None))
}

/// Prepositions of time before "the fall" (or "the summer" before another word) that make it
/// the season.
const FALL_PREPOSITIONS: &[&str] = &[
    "in",
    "by",
    "until",
    "till",
    "since",
    "during",
    "through",
    "throughout",
    "for",
    "before",
    "after",
    "over",
    "into",
    "from",
    "to",
];

/// Words after a weekday that make it a newspaper's name: "the Sunday Times", "the Sunday
/// Mirror".
const PAPER_AFTER_WEEKDAY: &[&str] = &[
    "Times",
    "Telegraph",
    "Mirror",
    "Mail",
    "Post",
    "Herald",
    "Express",
    "Independent",
    "Tribune",
    "Observer",
    "Star",
    "Standard",
    "People",
    "Sun",
    "Business",
    "Journal",
    "Nation",
];

/// Names before "on" and a weekday that make them a newspaper's: "the Mail on Sunday", "the
/// Independent on Sunday", "Scotland on Sunday".
const PAPER_BEFORE_ON_WEEKDAY: &[&str] = &["Mail", "Independent", "Scotland", "Wales"];

/// Whether the weekday at `i` is part of a newspaper's name.
fn in_a_paper_name(inp: &Input, i: usize) -> bool {
    let after = PAPER_AFTER_WEEKDAY.contains(&inp.text(i + 1));
    let before = i >= 2
        && inp.kw(i - 1, Kw::On)
        && inp.capitalized(i)
        && PAPER_BEFORE_ON_WEEKDAY.contains(&inp.text(i - 2));
    (after && inp.capitalized(i)) || before
}

/// Weekdays, with a date after them or alone: "Tuesday", "Tuesday, Oct. 15", "Mon, February 18".
fn weekday(inp: &Input, i: usize) -> Option<Candidate> {
    let wd = match inp.lex(i) {
        Lex::Weekday(w) => w,
        Lex::WeekdayAbbr(w) if inp.capitalized(i) && inp.punct(i + 1, '.') => w,
        // "Thu 15th": a day of the month follows.
        Lex::WeekdayAbbr(w) if inp.capitalized(i) && weekday_day(inp, i + 1).is_some() => w,
        // "sat", "sun" alone on a line (a schedule, a form field)
        Lex::WeekdayAbbr(w)
            if inp.toks[i].newline_before
                && inp
                    .toks
                    .get(i + 1)
                    .is_none_or(|t| t.newline_before || t.is_punct('.')) =>
        {
            w
        }
        _ => return None,
    };
    // Plural weekdays are sets ("on Tuesdays"): left to the set rules.
    if inp.text(i).ends_with('s') && inp.text(i).len() > 4 {
        return None;
    }
    // "Good Friday" is the holiday rules' (which leave "the Good Friday agreement" alone).
    if in_a_paper_name(inp, i) || (i > 0 && inp.text(i - 1) == "Good") {
        return None;
    }
    let mut j = i + 1;
    if inp.text(i).len() <= 5 && inp.punct(j, '.') && inp.glued(j) {
        j += 1;
    }
    let k = if inp.punct(j, ',') { j + 1 } else { j };
    if let Some(mut c) = month_first(inp, k).or_else(|| day_first(inp, k)) {
        if let Expr::Date(d) = &mut c.expr {
            if matches!(d.base, Base::Explicit { day: Some(_), .. }) {
                d.weekday = Some(wd);
                c.first = i;
                return Some(c);
            }
        }
    }
    // "Thursday the 15th", "Thu 15th": the day of a month in which it falls on that weekday.
    if let Some((d, end)) = weekday_day(inp, k) {
        let mut c = Candidate::date(i, end, explicit(None, None, Some(d)), Family::Absolute);
        if let Expr::Date(date) = &mut c.expr {
            date.weekday = Some(wd);
        }
        return Some(c);
    }
    let (shift, end) = after_next(inp, j);
    Some(Candidate::date(
        i,
        end,
        Base::Weekday { weekday: wd, shift },
        Family::Absolute,
    ))
}

/// The day of the month after a weekday, written as an ordinal ("15th", "the 15th"), not a
/// count ("on Thursday 15 people died") nor a rank ("Friday, the fourth decline in five days").
fn weekday_day(inp: &Input, k: usize) -> Option<(u8, usize)> {
    let the = inp.kw(k, Kw::The);
    let at = if the { k + 1 } else { k };
    let ordinal = inp.num(at).is_some_and(|n| n.suffix == NumSuffix::Ordinal);
    if !(the || ordinal) {
        return None;
    }
    let (d, end) = inp.ordinal(at).filter(|(d, _)| (1..=31).contains(d))?;
    // An ordinal in words is a day only at the end of its phrase ("Friday, the first to go").
    let next_is_word = inp.toks.get(end).is_some_and(|t| t.is_word());
    if !ordinal && next_is_word {
        return None;
    }
    let ranks_a_noun = inp
        .toks
        .get(end)
        .is_some_and(|t| t.is_word() && !t.capitalized)
        && !FOLLOW_A_DAY.iter().any(|w| inp.word(end, w));
    if ranks_a_noun {
        return None;
    }
    Some((d as u8, end))
}

/// Words that may follow a day of the month (where a noun would make it a rank).
const FOLLOW_A_DAY: &[&str] = &[
    "of", "at", "in", "on", "and", "or", "but", "when", "from", "for", "with", "without", "after",
    "before", "by", "until", "while", "is", "was", "will",
];

/// "after next" following a weekday or month: the occurrence after the next one.
fn after_next(inp: &Input, j: usize) -> (Shift, usize) {
    if inp.kw(j, Kw::After) && inp.kw(j + 1, Kw::Next) {
        (Shift::AfterNext, j + 2)
    } else {
        (Shift::Infer, j)
    }
}

/// The absolute family's entry point.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    let rules: [fn(&Input, usize) -> Option<Candidate>; 15] = [
        range,
        day_alone,
        coordinated_day,
        ides,
        week_of,
        month_first,
        day_first,
        numeric,
        year_range,
        year_alone,
        decade_century,
        quarter_half,
        last_half,
        season,
        weekday,
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
    /// Tagged against the dateline 2024-08-01 (Thursday).
    const EXAMPLES: &[(&str, &str, &str)] = &[
        // A month or season in the year the text is at.
        (
            "The bank failed in 2023, in [March of that year].",
            "2023-03",
            "",
        ),
        (
            "It happened in 2019. In [May of the same year], he left.",
            "2019-05",
            "",
        ),
        (
            "They wed in 2001 and divorced in [the spring of the following year].",
            "2002-SP",
            "",
        ),
        ("The vote could come as soon as [May].", "2025-05", ""),
        (
            "Cards are valid for the [April next year]'s elections.",
            "2025-04",
            "",
        ),
        // A scheduling verb in the present looks ahead.
        ("The exhibition opens on [Sunday].", "2024-08-04", ""),
        ("The tournament starts on [Monday].", "2024-08-05", ""),
        // "Next season's" names a thing: the clause is still in the past.
        (
            "City clinched a place in next season's Champions League on [Sunday].",
            "2024-07-28",
            "",
        ),
        ("Prices could fall as early as [March].", "2025-03", ""),
        // A weekday and the date it names are one expression.
        (
            "Voters go to the polls [this coming Sunday, Aug. 4].",
            "2024-08-04",
            "",
        ),
        (
            "Khamenei met Haniyeh in Tehran on [July 30, 2024].",
            "2024-07-30",
            "",
        ),
        ("The treaty was signed on [30 July 2024].", "2024-07-30", ""),
        ("Officials met on [Aug. 1] to discuss it.", "2024-08-01", ""),
        ("The burial is set for [Aug 2nd].", "2024-08-02", ""),
        ("It was filed on [7/30/2024].", "2024-07-30", ""),
        ("It was filed on [2024-07-30].", "2024-07-30", ""),
        ("Prices fell in [July 2024].", "2024-07", ""),
        ("The attack in [April] failed.", "2024-04", ""),
        // "March" and "May" before the noun they date.
        ("The [March] accession enabled it.", "2024-03", ""),
        ("Results of the [May] elections were due.", "2024-05", ""),
        // The second of two days shares the first one's month, and the year after it.
        ("The summit is on April 24 and [25].", "2024-04-25", ""),
        (
            "Talks were held Aug. 1 and [2, 1999] in Geneva.",
            "1999-08-02",
            "",
        ),
        ("Inflation peaked in [the 1990s].", "199", ""),
        ("Inflation peaked in [1990s] Japan.", "199", ""),
        ("Music of [the '80s] returned.", "198", ""),
        ("Music of [the 80s] returned.", "198", ""),
        ("She filmed in the 1960s, 70s and [80s].", "198", ""),
        ("Punk began in [the late 70s].", "197", "END"),
        ("Grunge peaked in [the mid-90s].", "199", "MID"),
        ("It was built in [the 20th century].", "19", ""),
        ("The walls date from [the fifth century BC].", "BC04", ""),
        ("Sales rose in [fiscal 2023].", "2023", ""),
        ("Revenue rose in [Q3].", "2024-Q3", ""),
        ("Revenue rose in [H1 2024].", "2024-H1", ""),
        ("Revenue for [FY2024] rose.", "2024", ""),
        ("Revenue for [FY23] rose.", "2023", ""),
        ("Profit fell in [the third quarter].", "2024-Q3", ""),
        // Of a year the dateline or the discourse names.
        ("Sales rose in [the first half of this year].", "2024-H1", ""),
        ("Profit fell in [the second half of last year].", "2023-H2", ""),
        ("Work should start in [the first quarter of the next year].", "2025-Q1", ""),
        ("Sales rose in 2003 and in [the first half of the following year].", "2004-H1", ""),
        (
            "Net income for [the first half of 2024] rose.",
            "2024-H1",
            "",
        ),
        ("Sales were weak in [the last half of 1989].", "1989-H2", ""),
        ("Troops arrived in [the summer of 2023].", "2023-SU", ""),
        ("They met on [Tuesday].", "2024-07-30", ""),
        // A weekday with a day of the month: the month in which that day is that weekday.
        (
            "The market reopened on [Monday the 15th].",
            "2024-07-15",
            "",
        ),
        ("The vote is set for [Thu 15th].", "2024-08-15", ""),
        ("Polls open on [Sunday the 15th].", "2024-09-15", ""),
        (
            "Prices fell [Friday], the fourth decline in five days.",
            "2024-07-26",
            "",
        ),
        (
            "Oslo acted on [Friday], the first in Europe to do so.",
            "2024-07-26",
            "",
        ),
        (
            "The port reopened on [Monday, the first]. Ships queued.",
            "2024-07-01",
            "",
        ),
        (
            "Talks ended on [Friday 26th] without a deal.",
            "2024-07-26",
            "",
        ),
        ("On [Thursday] 15 people were hurt.", "2024-08-01", ""),
        ("They will meet on [Tuesday].", "2024-08-06", ""),
        // An irregular past tense places the weekday before the dateline.
        ("The fire broke out on [Saturday].", "2024-07-27", ""),
        ("Thousands fled on [Saturday].", "2024-07-27", ""),
        ("A marine died [Saturday] in Anbar province.", "2024-07-27", ""),
        // Between "the" and something that befell, a date has been.
        ("A guard on duty during the [September 3] incident spoke.", "2023-09-03", ""),
        ("The region was changed by the [December] tsunami.", "2023-12", ""),
        (
            "A committee set up under the [April 26] truce has met 14 times.",
            "2024-04-26",
            "",
        ),
        (
            "Monitors will check that both sides keep the [October 26] truce.",
            "2023-10-26",
            "",
        ),
        ("Police warned of [September] attacks.", "2024-09", ""),
        // What a time is counted since is over.
        ("It is the largest fall since the [September] curbs.", "2023-09", ""),
        // A possessive tells what has happened, unless "will" comes before it.
        ("They would get around [Tuesday]'s ruling.", "2024-07-30", ""),
        ("The two winners will meet in [Saturday]'s final.", "2024-08-03", ""),
        (
            "Polling centres will open at 7 am (0400 GMT) until 5 pm (1400 GMT) during \
             [Monday]'s referendum.",
            "2024-08-05",
            "",
        ),
        // A negated auxiliary tells the tense as the auxiliary does, and the verb under it is
        // no plan in the present.
        ("The road didn't reopen until [Monday].", "2024-07-29", ""),
        ("The envoy did not arrive until [Monday].", "2024-07-29", ""),
        ("The road won't reopen until [Monday].", "2024-08-05", ""),
        ("The road does not reopen until [Monday].", "2024-08-05", ""),
        // What "was expected to" happen is mostly still ahead when it is reported.
        (
            "The Bundesbank was expected to hold its rates at a meeting on [Monday].",
            "2024-08-05",
            "",
        ),
        // What is "to be" done is still to come, unless it was to be.
        ("The magazine runs an interview to be published on [Monday].", "2024-08-05", ""),
        ("Refugees were supposed to be airlifted on [Monday], but rebels intervened.", "2024-07-29", ""),
        // A time before a report dates the report, not the reported clause.
        (
            "On [Monday], Colombian President Alvaro Uribe said he would not accept changes.",
            "2024-07-29",
            "",
        ),
        (
            "Uribe said he would sign the deal on [Monday].",
            "2024-08-05",
            "",
        ),
        // Nor does the clause a "that" opens after the time: what was vowed or told.
        (
            "Siniora went on television to vow late on [Tuesday] that his cabinet would not be cowed.",
            "2024-07-30",
            "",
        ),
        (
            "The minister told reporters at the party offices in the capital on [Monday] that he would resign.",
            "2024-07-29",
            "",
        ),
        ("Parliament will vote on [Tuesday] on the law that was passed.", "2024-08-06", ""),
        // A report set off after the time dates the telling, not what is told; right after
        // the time it dates the report.
        (
            "\"Whether the vote takes place on [October 20] or later does not matter,\" the envoy told reporters.",
            "2024-10-20",
            "",
        ),
        ("The ministry [Friday] said the talks had collapsed.", "2024-07-26", ""),
        // Past a subject pronoun the time is in the clause told: the report's tense dates the
        // telling.
        (
            "China has told emigrants they need not race home before the handover on [October 1].",
            "2024-10-01",
            "",
        ),
        ("He told reporters on [October 1] that he would resign.", "2023-10-01", ""),
        // A time right after a report goes with the report; the clause after it is what was
        // told, and its tense no cue.
        (
            "The chemicals maker announced on [Monday] it would spend 40 billion yen.",
            "2024-07-29",
            "",
        ),
        ("The minister said [Monday] would be a day of mourning.", "2024-08-05", ""),
        ("Her decision, due to be announced on [Sunday], was difficult.", "2024-08-04", ""),
        // "Due to" before a noun phrase gives a cause, not a plan.
        (
            "Two seeds pulled out due to injuries on [Monday], leaving him the favourite.",
            "2024-07-29",
            "",
        ),
        (
            "Flights were grounded due to fog on [Tuesday].",
            "2024-07-30",
            "",
        ),
        (
            "Leaders arrived for a summit due to open [Saturday].",
            "2024-08-03",
            "",
        ),
        ("He is due to receive the report on [Wednesday].", "2024-08-07", ""),
        // What ends or expires on a date is still to come.
        (
            "The conference, which ends [Sunday], is meant to spur a trade accord.",
            "2024-08-04",
            "",
        ),
        (
            "The pilgrimage, which ends on [Monday], draws two million people.",
            "2024-08-05",
            "",
        ),
        // A plan told with "was" is mostly still ahead; with "had been", come due.
        (
            "The flag was due to return to Italy on [Saturday], with the last troops.",
            "2024-08-03",
            "",
        ),
        (
            "Officials said the airlift was scheduled to begin [Friday].",
            "2024-08-02",
            "",
        ),
        (
            "Voting had been due to end [Sunday], but was extended in two towns.",
            "2024-07-28",
            "",
        ),
        // A plan that no longer stands may have been put off before it came: the nearer
        // occurrence, whatever the clause around it tells.
        (
            "A summit that had been set for [October 15] was put off.",
            "2024-10-15",
            "",
        ),
        (
            "He postponed a visit that had been scheduled for [Saturday].",
            "2024-08-03",
            "",
        ),
        (
            "The vote had been initially scheduled for [January 25], but was delayed.",
            "2024-01-25",
            "",
        ),
        // What is hoped, aimed at, promised or threatened is still to come; an aim after the
        // time is another clause's.
        (
            "\"We hope to complete them in [March],\" the spokesman said.",
            "2025-03",
            "",
        ),
        (
            "After 15 matches played, Fiorentina are seven points behind Juventus, who \
             entertain Cagliari on [Sunday].",
            "2024-08-04",
            "",
        ),
        (
            "Jordan has a new cabinet on [Sunday], which faces the task of fighting terror.",
            "2024-07-28",
            "",
        ),
        // "Effective" opening the sentence leaves the date to the main clause.
        (
            "Effective [Tuesday], the central bank had imposed controls on capital.",
            "2024-07-30",
            "",
        ),
        (
            "Effective [Tuesday], the central bank will impose controls on capital.",
            "2024-08-06",
            "",
        ),
        // An arrival awaited; a participle joined to one after "be".
        (
            "More protests were expected [Sunday] after veterans called a demonstration.",
            "2024-08-04",
            "",
        ),
        (
            "The score will be officially presented and played by a clavichordist on [Friday].",
            "2024-08-02",
            "",
        ),
        // The day something is called for; a possessive day after a plan.
        (
            "The opposition has called a mass strike for [Monday].",
            "2024-08-05",
            "",
        ),
        (
            "Some 27,000 runners are expected to take part in [Sunday]'s race.",
            "2024-08-04",
            "",
        ),
        (
            "Gazprom threatened to cut supplies to Belarus from [Monday].",
            "2024-08-05",
            "",
        ),
        (
            "The resolution adopted by the UN Security Council on [Monday] should aim to end the war.",
            "2024-07-29",
            "",
        ),
        (
            "The coach told his star-studded squad [Friday] they must trust him.",
            "2024-07-26",
            "",
        ),
        // What is prepared for is still to come.
        ("Troops drove in to prepare for the handover on [October 30].", "2024-10-30", ""),
        // "The fall" is the season after a preposition of time (a decline otherwise, below).
        ("The session was put off until [the fall].", "2024-FA", ""),
        ("The ordinations in [the spring] led the pope to protest.", "2024-SP", ""),
        // A year in brackets is a year; after a fixture, a kick-off time (see below).
        ("The treaty ([1953]) ended the war.", "1953", ""),
        // A deadline that opens the sentence is dated by the main verb; what must be done is
        // still to come.
        ("By [Tuesday], the flames in the shaft had been put out.", "2024-07-30", ""),
        ("By [Monday morning], police must charge or release the man.", "2024-08-05TMO", ""),
        ("The forum first met in [December in 1999] after the crisis.", "1999-12", ""),
        (
            "The dialogue was last scheduled for [March 25], but the war broke out.",
            "2024-03-25",
            "",
        ),
        // A verb after "and" following the time is another predicate's, heard only when no
        // other gives a cue; "whether" opens a clause of its own.
        (
            "The maneuvers began on [Tuesday] and are to be carried out in the Gulf.",
            "2024-07-30",
            "",
        ),
        ("On [Monday] and Tuesday, the leaders will meet.", "2024-08-05", ""),
        // A verb plainly in the past that governs the time puts it in the past, however near
        // the coming one; a participle that may be an adjective does not.
        ("The tariff, which took effect on [Sept. 1], cut imports.", "2023-09-01", ""),
        ("He was arrested in [September] and tried.", "2023-09", ""),
        ("The bank will redeem its preferred shares on [Sept. 1].", "2024-09-01", ""),
        ("He is not sure the case is heard in [September].", "2024-09", ""),
        // So does a past verb in the clause that a time opens, or right after the time.
        ("In [September], scientists said they had found a new species.", "2023-09", ""),
        ("Iran in [September] stopped applying the protocol.", "2023-09", ""),
        ("Crude for delivery in [September] gained 45 cents.", "2024-09", ""),
        // A plan told in the past tense ("was to", "were to") is mostly still ahead.
        ("Diplomats were to meet on [Tuesday] in New York.", "2024-08-06", ""),
        // What a present passive binds someone to do is still to come.
        ("He is sentenced to die by lethal injection on [Tuesday].", "2024-08-06", ""),
        ("He is alleged to have spoken with the envoy in Paris on [Tuesday].", "2024-07-30", ""),
        // What a thing comes "ahead of" is mostly still to come; so is what is "taking place".
        (
            "The visit, announced on Monday, comes ahead of a summit between the two leaders on [Friday].",
            "2024-08-02",
            "",
        ),
        ("Opinion polls published ahead of [Sunday]'s election gave him a lead.", "2024-08-04", ""),
        // A participle after a noun that sets its start on a date tells a plan; an adjective
        // or a phrase opening the sentence does not.
        ("Manila replaced Hanoi in the team event starting on [Monday].", "2024-08-05", ""),
        ("The firm built a plant, with production starting in [January], he said.", "2025-01", ""),
        ("In an opening round of talks [late Monday], he raised the issue.", "2024-07-29", "END"),
        ("Starting on [Saturday], toys of the mascots went on sale.", "2024-07-27", ""),
        (
            "The general, who died on Sunday, has been given a military farewell with his funeral taking place in the courtyard [Tuesday].",
            "2024-08-06",
            "",
        ),
        (
            "He suffered an injury in the team's 4-0 win over Mainz on [Sunday] and whether he can play will be known today.",
            "2024-07-28",
            "",
        ),
        // Put off to a date, a thing is still to come; put off with no date, the word says
        // nothing of the time.
        ("Forty flights were postponed because of fog in the area on [Sunday].", "2024-07-28", ""),
        ("The trial was adjourned on Monday until [Wednesday].", "2024-08-07", ""),
        // A participle after a linking verb is a state: the verb before it has the tense.
        ("Schools will stay closed until [Friday].", "2024-08-02", ""),
        ("The road will be closed on [Saturday].", "2024-08-03", ""),
        ("It happened on [Tuesday, Oct. 15, 1999].", "1999-10-15", ""),
        ("The war began in [1990].", "1990", ""),
        // A season across two years, by its first; a dash alone is still a month.
        ("Lyon won the title in the [2005/06] season.", "2005", ""),
        ("Lyon won the title in the [2006-07] campaign.", "2006", ""),
        ("Prices peaked in [2006-07].", "2006-07", ""),
        ("Easter was set in [the year 325].", "0325", ""),
        // Years of an era: TIMEX3 writes a year before Christ as "BC" and four digits.
        (
            "Caesar was killed on [March 15, 44 BC].",
            "BC0044-03-15",
            "",
        ),
        (
            "The city was founded in [753 B.C.] by legend.",
            "BC0753",
            "",
        ),
        (
            "The temple dates from [about 2500 BCE].",
            "BC2500",
            "APPROX",
        ),
        ("Vesuvius erupted in [79 AD].", "0079", ""),
        ("The abbey was built in [1066 CE].", "1066", ""),
        // A name, not an era.
        ("In [2010] BC Hydro raised its rates.", "2010", ""),
        ("The flight left on [31/Oct/1974].", "1974-10-31", ""),
        ("The vote was on [10.31.1974].", "1974-10-31", ""),
        ("He resigned in [December].", "2023-12", ""),
        ("The summit runs [July 13-15].", "P3D", ""),
        ("Rent is due on [the 15th].", "2024-07-15", ""),
        ("Prices rose in [June last year].", "2023-06", ""),
        ("The tower exploded on [Nov. 13 last year].", "2023-11-13", ""),
        ("It will open on [March 3 next year].", "2025-03-03", ""),
        ("Exports grew in [January this year].", "2024-01", ""),
        ("The plant opens in [March of next year].", "2025-03", ""),
        ("The ship sails on [Fri, Jul 18].", "2025-07-18", ""),
        ("Talks were held from [13 to 15 July].", "P3D", ""),
        // A verb plainly in the past puts a month a few weeks ahead in the year gone by.
        ("He resigned in [September].", "2023-09", ""),
        ("The party won [September] elections.", "2023-09", ""),
        // A date before an occasion held on a day names that day, whatever the clause's past.
        (
            "The students called for a boycott of the [October 3] general elections.",
            "2024-10-03",
            "",
        ),
        // A day whose outcome is named is over, whatever is still to come around it.
        (
            "Arsenal will look to bounce back from [Saturday]'s 4-2 home defeat.",
            "2024-07-27",
            "",
        ),
        // A range of whole years: its length, in years.
        ("The country is still reeling from its [1975-1990] civil war.", "P16Y", ""),
        ("The armistice ended the [1950-53] Korean War.", "P4Y", ""),
        ("Thailand was the epicentre of the [1997-98] Asian financial crisis.", "P2Y", ""),
        ("Ba Jin ([1904-2005]) wrote novels.", "P102Y", ""),
        ("The rebate in [1999-2001] was cut.", "P3Y", ""),
        // A season across two years, and a year with its month, are not.
        ("City won the [2005/06] season.", "2005", ""),
        ("City won the [2006-07] campaign.", "2006", ""),
        ("Output rose in [2014-10].", "2014-10", ""),
        ("It opened on [1st of August].", "2024-08-01", ""),
        // Sunday, July 28, 2024 ends ISO week 30; the week ended on Monday, July 29, is mostly
        // in week 30 too.
        ("Claims fell in [the week ending July 28].", "2024-W30", ""),
        ("Claims fell in [the week ended July 29].", "2024-W30", ""),
        ("Claims fell in [the week of July 29].", "2024-W31", ""),
    ];

    /// A present passive tells no past: in April, "when elections are held on July 20" is this
    /// July.
    #[test]
    fn a_present_passive_tells_no_past() {
        super::super::examples::check_at(
            "absolute",
            "2024-04-02",
            &[
                (
                    "The assembly grows when elections are held on [July 20].",
                    "2024-07-20",
                    "",
                ),
                (
                    "The board is named before nominations are made in [June].",
                    "2024-06",
                    "",
                ),
                // Whatever the clause around it says.
                (
                    "He has promised to call a vote within 30 days after the report is \
                     delivered on [June 1].",
                    "2024-06-01",
                    "",
                ),
            ],
        );
    }

    #[test]
    fn examples() {
        super::super::examples::check("absolute", EXAMPLES);
    }

    #[test]
    fn a_fall_that_is_a_decline_is_no_season() {
        super::super::examples::check_none(
            "absolute",
            &[
                "The fall in prices was higher than analysts had forecast.",
                "Maybank led the fall in banking stocks.",
            ],
        );
    }

    #[test]
    fn seasons_in_names_are_no_seasons() {
        super::super::examples::check_none(
            "absolute",
            &[
                "She trained for the Torino Winter Olympics.",
                "Operation Winter Race gave shelter to thousands.",
                "Officials in Jammu, the winter capital of the state, met.",
            ],
        );
    }

    #[test]
    fn papers_named_for_a_weekday_are_no_dates() {
        super::super::examples::check_none(
            "absolute",
            &[
                "The Sunday Times reported the deal.",
                "He told the Mail on Sunday that he would go.",
                "Britain's Sunday Telegraph said he had resigned.",
            ],
        );
    }

    #[test]
    fn a_range_of_years_is_bounded_by_its_first_and_last_year() {
        let text = "Troops killed during the Korean War of 1950-53 were repatriated.";
        let doc = crate::Document::new(text).with_dateline("1997-04-24".parse().unwrap());
        let times = crate::time::tag(&doc, &crate::time::TimeConfig::default());
        let [t] = times.timexes.as_slice() else {
            panic!("one time expected, found {:?}", times.timexes);
        };
        assert_eq!(t.span.of(text), "1950-53");
        let iv = t.bounds.expect("bounds");
        assert_eq!(iv.start.to_string(), "1950-01-01 00:00:00");
        assert_eq!(iv.end.to_string(), "1954-01-01 00:00:00");
    }

    #[test]
    fn number_runs_are_no_ranges_of_years() {
        for text in [
            "Dial 555-1950-1960 now.",
            "Scores ran 1975-1990-2000 in the list.",
        ] {
            let doc = crate::Document::new(text).with_dateline("2024-08-01".parse().unwrap());
            let times = crate::time::tag(&doc, &crate::time::TimeConfig::default());
            assert!(
                times.timexes.iter().all(|t| !t.span.of(text).contains('-')),
                "{text}: {:?}",
                times.timexes
            );
        }
    }

    #[test]
    fn kick_off_times_are_not_years() {
        super::super::examples::check_none(
            "absolute",
            &["Valencia v Real Mallorca (2000)\nGetafe v Espanyol (1900)\nWatford vs Arsenal (1730)"],
        );
    }

    #[test]
    fn not_dates() {
        for text in [
            "You may go now.",
            "They march on the capital.",
            "Call 650-650-6500 today.",
            "It cost $1990.",
            "Add 1/2 cup.",
            "The score was 2-1.",
            "France won in the end 2-1.",
            "The court ruled 7-2 and 5-4 in two cases.",
            "Leaves fall in the wind.",
            "Ship ACME 3000 crates.",
            "She lives in flat 4a.",
            "Martin Luther King spoke to the crowd.",
            "He scored 41 years old records.",
            "He was arrested at this march twice.",
            "The March on Washington drew crowds.",
            "He gave to the March of Dimes.",
            "Kopp was in his 30s then.",
            "A woman in her early 40s was hurt.",
            "A man in his mid-50s was hurt.",
            "It was a goal that would have scored 10s for artistic merit.",
            "Eagles 500-5 dec in 147 overs (Dippenaar 132).",
            "He won the dash with a clocking of 10.57s.",
            "They are mostly in their 40's and 50's and lack skills.",
            "Sales rose 4 and 5 percent.",
            "Sales rose for the year 12 percent.",
            "Polls closed (1800 GMT) in the north.",
            "The poster showed Gary Cooper from the film High Noon.",
            "They set up a joint venture called Orion 1980, making space parts.",
            "Baker, speaking on ABC News' \"This Week,\" said so.",
            "Baker said on ABC-TV's \"This Week With David Brinkley\" that talks failed.",
        ] {
            let doc = crate::Document::new(text).with_dateline("2024-08-01".parse().unwrap());
            let times = crate::time::tag(&doc, &crate::time::TimeConfig::default());
            let bad: Vec<_> = times
                .timexes
                .iter()
                .filter(|t| {
                    !t.span.of(text).eq_ignore_ascii_case("now")
                        && !t.span.of(text).eq_ignore_ascii_case("today")
                })
                .map(|t| t.span.of(text).to_string())
                .collect();
            assert!(bad.is_empty(), "{text}: {bad:?}");
        }
    }
}
