//! Lengths of time: "three days" (`P3D`), "48 hours" (`PT48H`), "a decade" (`P10Y`), "several
//! weeks" (`PXW`), "four-day", "the past three years", "the first nine months", "recent weeks".

use super::{duration_of, Candidate, Expr, Family, Input, Quantity};
use crate::lexicon::{Kw, Lex, Unit};
use crate::time::{DurationUnit, DurationValue};

fn duration(first: usize, last: usize, q: Quantity, u: Unit) -> Candidate {
    Candidate::new(
        first,
        last,
        Expr::Duration(duration_of(q, u)),
        Family::Duration,
    )
}

/// "three days", "a day", "two and a half years", "48 hours", "four-day", "10-year".
fn counted(inp: &Input, i: usize) -> Option<Candidate> {
    let (q, j, article) = inp.quantity(i)?;
    let j = if inp.hyphen(j) { j + 1 } else { j };
    // "eight trading days", "three business days": days all the same.
    let j = if inp.working_day(j) && inp.unit(j + 1).is_some_and(|(u, _)| u == Unit::Day) {
        j + 1
    } else {
        j
    };
    // "two more weeks", "an additional year", "20 extra minutes"; "three straight days", "five
    // consecutive quarters": the same length.
    let in_a_row = ["straight", "consecutive", "successive"]
        .iter()
        .any(|w| inp.word(j, w));
    let j = if (inp.kw(j, Kw::More) || inp.kw(j, Kw::Additional) || in_a_row)
        && inp.unit(j + 1).is_some()
    {
        j + 1
    } else {
        j
    };
    let (u, plural) = inp.unit(j)?;
    if u == Unit::Weekend {
        return None;
    }
    // "a decades-long silence", "a months-long standoff": an unspecified amount (the bare
    // plural rule), not one unit.
    if article && plural {
        return None;
    }
    // "a 10-year-old", "52 years old": an age, not a length of time.
    if (inp.hyphen(j + 1) && inp.word(j + 2, "old")) || inp.word(j + 1, "old") {
        return None;
    }
    // "three-quarters of the vote": a fraction; "a second time": an ordinal.
    if u == Unit::Quarter && inp.hyphen(j - 1) && inp.kw(j + 1, Kw::Of) {
        return None;
    }
    // "two-and-three-quarter percent", "a three-quarter majority", "one-quarter of": three
    // fourths and one fourth, not lengths of three months.
    if u == Unit::Quarter
        && inp.hyphen(j - 1)
        && !plural
        && matches!(q, Quantity::Exact(n) if n == 1.0 || n == 3.0)
    {
        return None;
    }
    // (Only the word "second": "a sec" is no ordinal.)
    if u == Unit::Second && article && inp.word(j, "second") {
        return None;
    }
    // "three of the six second-line drugs", "a second-half goal": an ordinal in a compound.
    if u == Unit::Second && !plural && inp.hyphen(j + 1) {
        return None;
    }
    if u == Unit::Quarter && article && !plural {
        // "a quarter of an hour", "a quarter of a century": a fourth of the unit after it.
        if inp.kw(j + 1, Kw::Of) && inp.kw(j + 2, Kw::A) {
            if let Some((u2, false)) = inp.unit(j + 3) {
                if u2 != Unit::Quarter {
                    return Some(duration(i, j + 4, Quantity::Exact(0.25), u2));
                }
            }
        }
        // "a quarter century", "a quarter-century": 25 years.
        if let Some(k) = inp.quarter_century(j) {
            return Some(duration(i, k + 1, Quantity::Exact(25.0), Unit::Year));
        }
        // "a quarter of the vote", "a quarter-point cut": a fraction, not three months.
        if inp.kw(j + 1, Kw::Of)
            || inp.hyphen(j + 1)
            || inp.word(j + 1, "point")
            || inp.word(j + 1, "percentage")
        {
            return None;
        }
    }
    // "a year-on-year rise", "a day-to-day affair": a comparison or a manner, not a length.
    if inp.hyphen(j + 1)
        && (inp.word(j + 2, "on") || inp.word(j + 2, "to") || inp.word(j + 2, "over"))
        && inp.hyphen(j + 3)
    {
        return None;
    }
    // "a year-earlier quarter": an adjective naming a period, not a length.
    if inp.hyphen(j + 1) && (inp.kw(j + 2, Kw::Earlier) || inp.kw(j + 2, Kw::Ago)) {
        return None;
    }
    let mut c = duration(i, j + 1, q, u);
    // "a day-long strike", "a two-week-long visit": the same length, "-long" and all.
    if inp.hyphen(j + 1) && inp.word(j + 2, "long") {
        return Some(duration(i, j + 3, q, u));
    }
    // "a minute and a half"
    if inp.kw(j + 1, Kw::And) && inp.kw(j + 2, Kw::A) && inp.kw(j + 3, Kw::Half) {
        if let Quantity::Exact(v) = q {
            c = duration(i, j + 4, Quantity::Exact(v + 0.5), u);
        }
    }
    if let (Quantity::Exact(n), Expr::Duration(first)) = (q, &c.expr) {
        if n.fract() == 0.0 && c.last == j + 1 {
            if let Some((parts, end)) = compound(inp, c.last, first) {
                c = Candidate::new(i, end, Expr::Duration(parts), Family::Duration);
            }
        }
    }
    if article && !plural && i > 0 && inp.word(i - 1, "once") {
        return None;
    }
    // "$1.76 a year", "700 seats a week": a rate (the set rules' "a year"), not a length.
    if article && !plural && inp.rate_at(i) {
        return None;
    }
    Some(c)
}

/// "5 hours and 30 minutes" (`PT5H30M`), "two years, three months" (`P2Y3M`), "a year and a
/// day": a length told in several units, each smaller than the one before. The whole length
/// and the end of its tokens, from the token after `first`'s unit at `k`. Not before "ago",
/// "later" or "earlier", which count one unit from a date (the relative rules).
fn compound(inp: &Input, k: usize, first: &DurationValue) -> Option<(DurationValue, usize)> {
    // Most lengths stand alone: look for the joining word before copying anything. Hours and
    // minutes may follow each other bare, as a time taken is told: "five hours 38 minutes".
    let bare = |v: &DurationValue, k: usize| {
        matches!(
            v.parts.last(),
            Some((_, DurationUnit::Hour | DurationUnit::Minute))
        ) && inp.num(k).is_some()
    };
    if !(inp.punct(k, ',') || inp.kw(k, Kw::And) || bare(first, k)) {
        return None;
    }
    let mut value = first.clone();
    let mut k = k;
    let mut end = None;
    loop {
        let mut j = k;
        if inp.punct(j, ',') {
            j += 1;
        }
        if inp.kw(j, Kw::And) {
            j += 1;
        }
        if j == k && !bare(&value, k) {
            break;
        }
        let Some((Quantity::Exact(n), u_at, _)) = inp.quantity(j) else {
            break;
        };
        let Some((u, _)) = inp.unit(u_at) else {
            break;
        };
        let unit = super::duration_unit(u);
        let smallest = value.parts.last().map(|p| p.1)?;
        if n.fract() != 0.0
            || unit <= smallest
            || matches!(u, Unit::Weekend | Unit::Fortnight)
            || matches!(smallest, DurationUnit::Quarter)
            || inp.hyphen(u_at + 1)
            || inp.word(u_at + 1, "old")
            // "for 20 years, five days a week": a rate, not a part of the length.
            || (["a", "an", "per", "each", "every"]
                .iter()
                .any(|w| inp.word(u_at + 1, w))
                && inp.unit(u_at + 2).is_some())
        {
            break;
        }
        value.parts.extend(duration_of(Quantity::Exact(n), u).parts);
        k = u_at + 1;
        end = Some(k);
    }
    let end = end?;
    // "only one year, 68 days or even two months": lengths to choose from.
    let or_at = if inp.punct(end, ',') { end + 1 } else { end };
    if inp.kw(or_at, Kw::Or)
        || inp.word(or_at, "nor")
        || inp.kw(end, Kw::Ago)
        || inp.kw(end, Kw::Later)
        || inp.kw(end, Kw::Earlier)
        || inp.kw(end, Kw::Hence)
        || (inp.kw(end, Kw::From) && inp.kw(end + 1, Kw::Now))
    {
        return None;
    }
    // ISO 8601 writes weeks alone: "two weeks and three days" is `P17D`.
    if value.parts.len() > 1 {
        let mut days: Vec<(Option<u64>, DurationUnit)> = Vec::with_capacity(value.parts.len());
        for (n, u) in value.parts {
            let (n, u) = if u == DurationUnit::Week {
                (n.map(|n| n.saturating_mul(7)), DurationUnit::Day)
            } else {
                (n, u)
            };
            match days.last_mut() {
                Some((Some(m), v)) if *v == u => *m = m.saturating_add(n.unwrap_or(0)),
                _ => days.push((n, u)),
            }
        }
        value.parts = days;
    }
    Some((value, end))
}

/// "the past three years", "the last two weeks", "the next few days", "the first nine months",
/// "the six months", "the past year", "the coming weeks" is a reference.
fn framed(inp: &Input, i: usize) -> Option<Candidate> {
    let the = inp.kw(i, Kw::The);
    let mut j = if the { i + 1 } else { i };
    let frame = match inp.lex(j) {
        Lex::Key(Kw::Past | Kw::Last | Kw::Previous | Kw::Preceding) => Some(-1),
        Lex::Key(Kw::Next | Kw::Coming | Kw::Upcoming) => Some(1),
        // Without "the", "following" is a preposition: "following a week of violence" is
        // after that week, whose length alone is the time.
        Lex::Key(Kw::Following) if the => Some(1),
        _ => None,
    };
    let first = matches!(inp.lex(j), Lex::Ordinal(1)) || inp.word(j, "final");
    if frame.is_some() || first {
        j += 1;
    } else if !the {
        return None;
    }
    if let Some((q, k, _)) = inp.quantity(j) {
        if let Some((u, plural)) = inp.unit(k) {
            // Without "the", only "last/past/next N units" ("last 2 days").
            if !the && frame.is_none() {
                return None;
            }
            // "The six second-line drugs": an ordinal in a compound.
            if u == Unit::Second && !plural && inp.hyphen(k + 1) {
                return None;
            }
            let mut c = duration(i, k + 1, q, u);
            c.frame = frame;
            return Some(c);
        }
    }
    // "The first hours of the ground war", "the final days of the campaign", "the early years
    // of the war", "the last days": a stretch at the start or end of something, of unknown
    // length. ("The early hours" is a part of the day, read by the clock rules.)
    let (k, stretch) = if first || frame == Some(-1) {
        (j, true)
    } else if the
        && matches!(inp.unit(j + 1), Some((_, true)))
        && ["early", "closing", "opening"]
            .iter()
            .any(|w| inp.word(j, w))
    {
        (j + 1, true)
    } else {
        (j, false)
    };
    if let (true, Some((u, true))) = (stretch && the, inp.unit(k)) {
        if u != Unit::Weekend && !(k > j && u == Unit::Hour) {
            return Some(duration(i, k + 1, Quantity::Vague, u));
        }
    }
    // "the past half-century", "the next half hour": half a unit.
    if inp.kw(j, Kw::Half) && (frame.is_some() || first) {
        let k = if inp.hyphen(j + 1) { j + 2 } else { j + 1 };
        if let Some((u, false)) = inp.unit(k) {
            let mut c = duration(i, k + 1, Quantity::Exact(0.5), u);
            c.frame = frame;
            return Some(c);
        }
    }
    // "the past year", "the last decade": one unit
    if the && frame == Some(-1) {
        if let Some((u, false)) = inp.unit(j) {
            if matches!(
                u,
                Unit::Year | Unit::Decade | Unit::Century | Unit::Month | Unit::Week
            ) {
                let mut c = duration(i, j + 1, Quantity::Exact(1.0), u);
                c.frame = frame;
                return Some(c);
            }
        }
    }
    None
}

/// "years", "for weeks", "decades-long", "recent weeks": an unspecified amount; "month-long":
/// one.
fn bare_plural(inp: &Input, i: usize) -> Option<Candidate> {
    // "Over the years", "over the decades": a long stretch of unknown length.
    if i > 0 && inp.kw(i - 1, Kw::Over) && inp.kw(i, Kw::The) {
        if let Some((u @ (Unit::Year | Unit::Decade | Unit::Century), true)) = inp.unit(i + 1) {
            if !inp.kw(i + 2, Kw::Of) && inp.num(i + 2).is_none() {
                return Some(duration(i, i + 2, Quantity::Vague, u));
            }
        }
    }
    let recent = inp.kw(i, Kw::Recent);
    let j = if recent { i + 1 } else { i };
    // "the month-long campaign", "their third day-long meeting": one unit.
    if let Some((u, false)) = inp.unit(j) {
        if !recent && u != Unit::Weekend && inp.hyphen(j + 1) && inp.word(j + 2, "long") {
            return Some(duration(i, j + 3, Quantity::Exact(1.0), u));
        }
        return None;
    }
    let (u, true) = inp.unit(j)? else {
        return None;
    };
    if u == Unit::Weekend {
        return None;
    }
    // "decades-long"
    if inp.hyphen(j + 1) && inp.word(j + 2, "long") {
        return Some(duration(i, j + 3, Quantity::Vague, u));
    }
    if recent {
        if u == Unit::Year {
            return None; // "recent years": a reference to the past
        }
        return Some(duration(i, j + 1, Quantity::Vague, u));
    }
    let before = i.checked_sub(1).map(|p| inp.lex(p));
    let measured = matches!(
        before,
        Some(Lex::Key(
            Kw::For | Kw::Over | Kw::Within | Kw::In | Kw::During
        ))
    ) || inp.kw(j + 1, Kw::After)
        || inp.kw(j + 1, Kw::Before)
        || inp.kw(j + 1, Kw::Later)
        || inp.kw(j + 1, Kw::Earlier);
    // "in days" — only the durations that read as lengths after "for"/"over"/"within".
    if !measured
        || (before == Some(Lex::Key(Kw::In))
            && !matches!(
                u,
                Unit::Year | Unit::Decade | Unit::Month | Unit::Week | Unit::Century
            ))
    {
        return None;
    }
    Some(duration(i, j + 1, Quantity::Vague, u))
}

/// "in two weeks", "in 3 days": a length of time (as TimeML annotates it) that also counts
/// forward from the dateline.
fn in_counted(inp: &Input, i: usize) -> Option<Candidate> {
    if i == 0 || !inp.kw(i - 1, Kw::In) {
        return None;
    }
    let (Quantity::Exact(n), k, article) = inp.quantity(i)? else {
        return None;
    };
    let (u, _) = inp.unit(k)?;
    if n.fract() != 0.0 || n > 10_000.0 || matches!(u, Unit::Weekend) {
        return None;
    }
    // "in a second round of voting": an ordinal ("in a sec" is none).
    if u == Unit::Second && article && inp.word(k, "second") {
        return None;
    }
    // "in two years of talks" or "the first time in two years" are lengths, not dates: only
    // when nothing continues the phrase. "In one hour and a half" is the counted rule's.
    if inp.kw(k + 1, Kw::Of)
        || (i >= 2 && inp.word(i - 2, "time"))
        || (inp.kw(k + 1, Kw::And) && inp.kw(k + 2, Kw::A) && inp.kw(k + 3, Kw::Half))
    {
        return None;
    }
    let mut c = duration(i, k + 1, Quantity::Exact(n), u);
    // "won in 2 hours, 5 minutes": a length in several units (`counted`) counts from nothing.
    if let Expr::Duration(d) = &c.expr {
        if compound(inp, k + 1, d).is_some() {
            return None;
        }
    }
    let (unit, n) = if u == Unit::Fortnight {
        (Unit::Week, n * 2.0)
    } else {
        (u, n)
    };
    c.offset = Some((n as i64, unit));
    Some(c)
}

/// "the year": a year-long length ("for the year", "the year's results"), or after "in" or
/// "of" the year the dateline is in ("earlier in the year").
fn the_year(inp: &Input, i: usize) -> Option<Candidate> {
    if !inp.kw(i, Kw::The) {
        return None;
    }
    // "the full year" is the year reported on.
    if inp.word(i + 1, "full") && inp.word(i + 2, "year") {
        let base = super::Base::Relative {
            unit: Unit::Year,
            offset: 0,
            from: super::From::Dateline,
        };
        return Some(Candidate::date(i, i + 3, base, Family::Deictic));
    }
    let fiscal = inp.kw(i + 1, Kw::Fiscal);
    let year = i + 1 + usize::from(fiscal);
    if !inp.word(year, "year") {
        return None;
    }
    // "sales were expected to sink for the year", "losses over the year", "lower earnings for
    // the fiscal year": the year the story is in, as after "in". Not a year counted to an end
    // ("for the year ended March 31", "during the year to March 1997"): a year-long length.
    let over_the_year = i > 0
        && YEAR_SPAN_PREPOSITIONS.iter().any(|p| inp.word(i - 1, p))
        && !YEAR_END_WORDS.iter().any(|w| inp.word(year + 1, w));
    if fiscal {
        if over_the_year {
            let base = super::Base::Relative {
                unit: Unit::Year,
                offset: 0,
                from: super::From::Dateline,
            };
            return Some(Candidate::date(i, i + 3, base, Family::Deictic));
        }
        return Some(duration(i, i + 3, Quantity::Exact(1.0), Unit::Year));
    }
    // "the year ended", "the year before", "the year 2000" belong to other rules or are not times.
    if inp.toks.get(i + 2).is_some_and(|t| t.num().is_some()) || inp.hyphen(i + 2) {
        return None;
    }
    // "European Player of the Year", "Time's Person of the Year": a title, not a year.
    if i >= 2 && inp.kw(i - 1, Kw::Of) && inp.capitalized(i + 1) && inp.capitalized(i - 2) {
        return None;
    }
    let counted_to_an_end = YEAR_END_WORDS.iter().any(|w| inp.word(year + 1, w));
    if over_the_year
        || i > 0 && (inp.kw(i - 1, Kw::In) || inp.kw(i - 1, Kw::Of)) && !counted_to_an_end
    {
        return Some(Candidate::date(
            i,
            i + 2,
            super::Base::Relative {
                unit: Unit::Year,
                offset: 0,
                from: super::From::Dateline,
            },
            Family::Deictic,
        ));
    }
    Some(duration(i, i + 2, Quantity::Exact(1.0), Unit::Year))
}

/// Prepositions before "the year" that make it the year the story is in ("for the year").
/// Not "during the year", which in a company's report is its fiscal year ("net losses for the
/// year to March … During the year, the company suffered"), nor "throughout the year", often
/// any year ("open throughout the year").
const YEAR_SPAN_PREPOSITIONS: &[&str] = &["for", "over"];

/// Words after "the year" that count it to an end: "the year ended March 31", "the year to
/// March".
const YEAR_END_WORDS: &[&str] = &["ended", "ending", "ends", "to", "through", "until", "till"];

/// "For a while", "after a while": a length whose unit is unknown too (`PXX`). Not "a while
/// ago" or "a while later", which point at a time rather than measure one.
fn a_while(inp: &Input, i: usize) -> Option<Candidate> {
    let j = i + 1;
    if !inp.kw(i, Kw::A)
        || !inp.kw(j, Kw::While)
        || i == 0
        || !["for", "after", "in", "within"]
            .iter()
            .any(|w| inp.word(i - 1, w))
        || inp.kw(j + 1, Kw::Ago)
        || inp.kw(j + 1, Kw::Later)
        || inp.kw(j + 1, Kw::Earlier)
    {
        return None;
    }
    Some(Candidate::new(
        i,
        j + 1,
        Expr::Duration(DurationValue { parts: Vec::new() }),
        Family::Duration,
    ))
}

/// The duration family's entry point.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    // "will one day lead" is some time to come (the reference rules), not a day's length.
    if super::reference::some_day(inp, i) {
        return None;
    }
    let a = framed(inp, i);
    let b = in_counted(inp, i).or_else(|| counted(inp, i));
    let c = bare_plural(inp, i)
        .or_else(|| the_year(inp, i))
        .or_else(|| a_while(inp, i));
    [a, b, c]
        .into_iter()
        .flatten()
        .max_by_key(|c| (c.last, std::cmp::Reverse(c.first)))
}

#[cfg(test)]
mod tests {
    const EXAMPLES: &[(&str, &str, &str)] = &[
        ("The siege lasted [three days].", "P3D", ""),
        // "A second" is left to the ordinal ("a second round"); "a sec" is no ordinal.
        ("He paused for [a sec].", "PT1S", ""),
        ("It took [a quarter of an hour].", "PT15M", ""),
        (
            "About 10,000 arrived in [the past half-century].",
            "P50Y",
            "",
        ),
        (
            "In [one hour and a half], the troupe tells the story.",
            "PT1H30M",
            "",
        ),
        ("He ruled for [a quarter of a century].", "P25Y", ""),
        (
            "He served for [more than a quarter century].",
            "P25Y",
            "MORE_THAN",
        ),
        (
            "The firm was founded [a quarter-century] before.",
            "P25Y",
            "",
        ),
        (
            "They spent [five hours 38 minutes] in outer space.",
            "PT5H38M",
            "",
        ),
        ("He won in [2 hours 5 minutes 12 seconds].", "PT2H5M12S", ""),
        (
            "Fatah was left reeling following [a week] of violence.",
            "P1W",
            "",
        ),
        ("Prices rose for [three straight days].", "P3D", ""),
        ("Workers staged [a day-long] strike.", "P1D", ""),
        ("They ended their third [day-long] meeting.", "P1D", ""),
        ("The [month-long] campaign ended.", "P1M", ""),
        ("Israel broke a [decades-long] silence.", "PXY", ""),
        ("Abbas sought to end a [months-long] standoff.", "PXM", ""),
        ("He made a [two-week-long] visit.", "P2W", ""),
        ("Revenue for [the year] ended March 31 fell.", "P1Y", ""),
        ("Budgets for [the year] to March 1998 were cut.", "P1Y", ""),
        ("Sales are expected to sink for [the year].", "2024", ""),
        ("Profits fell in [the year] to March.", "P1Y", ""),
        ("Earnings will be lower for [the fiscal year].", "2024", ""),
        ("In [the fiscal year] ended Jan. 31, sales rose.", "P1Y", ""),
        (
            "It posted losses for the year to March. During [the year], it sold assets.",
            "P1Y",
            "",
        ),
        (
            "About 20,000 people died in disasters over [the year].",
            "2024",
            "",
        ),
        ("Profits fell for [five consecutive quarters].", "P5Q", ""),
        ("They have [48 hours] to leave.", "PT48H", ""),
        ("It took [a decade].", "P10Y", ""),
        ("Talks could take [several weeks].", "PXW", ""),
        (
            "They will have to live without power for [a while].",
            "PXX",
            "",
        ),
        (
            "Troops advanced in [the first hours] of the ground war.",
            "PTXH",
            "",
        ),
        ("[The early years] of the war were hard.", "PXY", ""),
        ("Over [the years], many more patients died.", "PXY", ""),
        ("In [the last days] of the campaign, he rested.", "PXD", ""),
        ("A [four-day] truce began.", "P4D", ""),
        ("Growth averaged 3% over [the past three years].", "P3Y", ""),
        ("Rain is forecast for [the next 3 days].", "P3D", ""),
        ("It rained over [the last two days].", "P2D", ""),
        ("Sales rose in [the first nine months].", "P9M", ""),
        ("Prices have risen in [recent weeks].", "PXW", ""),
        ("The talks went on for [years].", "PXY", ""),
        ("He was held for [two and a half years].", "P2Y6M", ""),
        ("The ride lasted [a minute and a half].", "PT1M30S", ""),
        ("The flight took [5 hours and 30 minutes].", "PT5H30M", ""),
        (
            "He was jailed for [two years, three months] in all.",
            "P2Y3M",
            "",
        ),
        (
            "The hearing lasted [1 hour, 20 minutes and 15 seconds].",
            "PT1H20M15S",
            "",
        ),
        ("The siege lasted [two weeks and three days].", "P17D", ""),
        ("He was sentenced to [a year and a day].", "P1Y1D", ""),
        ("He won the race in [2 hours, 5 minutes].", "PT2H5M", ""),
        // Not one length: the second is no smaller, or the pair counts back from the dateline.
        ("Jail terms of [three months] and [two years].", "P3M", ""),
        ("It closed [two years] and [three months ago].", "P2Y", ""),
        (
            "He has watched for [20 years], five days a week.",
            "P20Y",
            "",
        ),
        ("Rule for [one year], 68 days or two months.", "P1Y", ""),
        ("A [10-year] bond.", "P10Y", ""),
        ("The talks will last [two more weeks].", "P2W", ""),
        ("He asked for [an additional year].", "P1Y", ""),
        ("Shares fell for [eight trading days].", "P8D", ""),
        ("The strike lasted [one day].", "P1D", ""),
        ("Profit for [the full year] will rise.", "2024", ""),
        // Not calendar days: no date is counted from them.
        (
            "[Eight trading days] after Oct. 12, the index fell.",
            "P8D",
            "",
        ),
    ];

    #[test]
    fn examples() {
        super::super::examples::check("duration", EXAMPLES);
    }

    #[test]
    fn comparisons_and_manners_are_not_lengths() {
        super::super::examples::check_none(
            "duration",
            &[
                "Sales posted a year-on-year rise of 40 percent.",
                "Prices fell on a month-on-month basis.",
                "It was a day-to-day affair.",
                "Rates rose by a quarter-percentage point.",
                "It is little more than a quarter of the earnings.",
                "Growth should stand at two-and-three-quarter percent.",
                "They won a three-quarter majority.",
                "He will not take part in a second round of voting.",
                "It resists three of the six second-line drugs.",
            ],
        );
    }

    #[test]
    fn titles_are_not_years() {
        super::super::examples::check_none(
            "duration",
            &[
                "He was voted European Player of the Year.",
                "She was named Female Athlete of the Year by the magazine.",
            ],
        );
    }
}
