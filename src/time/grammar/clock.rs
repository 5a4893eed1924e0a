//! Times of day: "10:30 a.m. EDT", "noon", "midnight", "8 p.m. local time", "4 in the
//! morning", and parts of the day ("morning", "tonight") that join a day ("Friday morning").

use super::{Base, Candidate, Clock, DateExpr, Expr, Family, From, Input, Shift, Zone};
use crate::lexicon::{DayPart, Kw, Lex, Unit};
use crate::segment::NumSuffix;
use crate::time::value::Mod;
use crate::time::{DurationUnit, DurationValue};

/// A zone after a time: "EDT", "GMT", "ET", "local time", "Eastern time", "Eastern Daylight
/// Time", "New York time", "Beijing time"; "(1400 GMT)" is left alone.
fn zone_after(inp: &Input, i: usize) -> (Option<Zone>, usize) {
    if let Some(z) = crate::lexicon::seasonal_zone(inp.text(i)) {
        return (Some(Zone::Seasonal(z)), i + 1);
    }
    // "New York time" is Eastern time.
    let (name, k) = if inp.word(i, "New") && inp.word(i + 1, "York") {
        ("Washington", i + 2)
    } else {
        (inp.text(i), i + 1)
    };
    if let Some((z, seasonal)) = crate::lexicon::spelled_zone(name) {
        if inp.kw(k, Kw::Time) {
            let zone = if seasonal {
                Zone::Seasonal(z)
            } else {
                Zone::Fixed(z)
            };
            return (Some(zone), k + 1);
        }
        // "Eastern Standard Time", "Pacific Daylight Time"
        if seasonal && inp.kw(k + 1, Kw::Time) {
            if inp.word(k, "Standard") {
                return (Some(Zone::Fixed(z)), k + 2);
            }
            if inp.word(k, "Daylight") {
                return (Some(Zone::Fixed(z + 60)), k + 2);
            }
        }
    }
    match inp.lex(i) {
        Lex::Zone(z) if inp.capitalized(i) => (Some(Zone::Fixed(z)), i + 1),
        _ if inp.word(i, "local") && inp.kw(i + 1, Kw::Time) => (None, i + 2),
        _ => (None, i),
    }
}

/// A four-digit 24-hour time before a zone: "at 1430 GMT", "0712 local time". In parentheses
/// it is the conversion of a time just given ("6 a.m. (0300 GMT)"), which TimeML leaves alone.
fn military_time(inp: &Input, i: usize) -> Option<Candidate> {
    let n = inp.num(i)?;
    if n.digits != 4 || n.plain_quantity || n.suffix != NumSuffix::None {
        return None;
    }
    let (hour, minute) = (n.value / 100, n.value % 100);
    if hour > 23 || minute > 59 || (i > 0 && inp.punct(i - 1, '(')) {
        return None;
    }
    // "In 2000 GMT was founded": after a preposition of years, a year.
    let year_like = (1000..=2100).contains(&n.value)
        && i > 0
        && ["in", "since", "of", "during", "until"]
            .iter()
            .any(|w| inp.word(i - 1, w));
    if year_like {
        return None;
    }
    // "At 0530 hours": "hours" after four digits with a leading zero marks a 24-hour time, as a
    // zone does ("1500 hours of community service" stays a length).
    let hours = inp.word(i + 1, "hours") || inp.word(i + 1, "hrs");
    let (zone, end) = if hours && inp.text(i).starts_with('0') {
        (None, i + 2)
    } else {
        zone_after(inp, i + 1)
    };
    if end == i + 1 {
        return None;
    }
    Some(clock_candidate(
        i,
        end,
        Clock {
            hour: hour as u8,
            minute: Some(minute as u8),
            second: None,
            zone,
        },
    ))
}

/// "a.m." / "pm" after a number: Some(true) for p.m.
fn meridiem(inp: &Input, i: usize) -> Option<(bool, usize)> {
    match inp.lex(i) {
        // "six AM radio stations": the band, not the morning.
        Lex::Key(Kw::Am)
            if inp.text(i) == "AM"
                && ["radio", "station", "stations", "band"]
                    .iter()
                    .any(|w| inp.word(i + 1, w)) =>
        {
            None
        }
        Lex::Key(Kw::Am) => Some((false, i + 1)),
        Lex::Key(Kw::Pm) => Some((true, i + 1)),
        _ => {
            // "a m", "p m" spelt apart
            let a = inp.text(i);
            if (a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("p")) && inp.word(i + 1, "m")
            {
                return Some((a.eq_ignore_ascii_case("p"), i + 2));
            }
            None
        }
    }
}

fn to_24(hour: u8, pm: bool) -> u8 {
    match (hour, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

/// An hour on the hour over tokens `[first, after)`, with the zone named after it, if any.
fn on_the_hour(inp: &Input, first: usize, after: usize, hour: u8) -> Candidate {
    let (zone, end) = zone_after(inp, after);
    clock_candidate(
        first,
        end,
        Clock {
            hour,
            minute: Some(0),
            second: None,
            zone,
        },
    )
}

fn clock_candidate(first: usize, last: usize, clock: Clock) -> Candidate {
    Candidate::new(
        first,
        last,
        Expr::Date(DateExpr {
            base: Base::TimeOnly,
            day_part: None,
            clock: Some(clock),
            weekday: None,
            shift: Shift::Infer,
        }),
        Family::Clock,
    )
}

/// "10:30", "10:30:15", "10:30 a.m.", "8 p.m.", "8pm", "4 o'clock", "noon", "midnight".
fn clock(inp: &Input, i: usize) -> Option<Candidate> {
    // Named hours: "noon", "midday", "mid day", "midnight" (the end of the day: T24:00).
    let named = match inp.lex(i) {
        Lex::Key(Kw::Noon | Kw::Midday) => Some((12, i + 1)),
        Lex::Key(Kw::Mid) if inp.word(i + 1, "day") => Some((12, i + 2)),
        Lex::Key(Kw::Midnight) => Some((24, i + 1)),
        _ => None,
    };
    // "High Noon" (the film), "high noon for the reformers": a showdown, not a clock time.
    if named.is_some() && i > 0 && inp.word(i - 1, "high") {
        return None;
    }
    // "Midnight Oil", "the yacht AFR Midnight Rambler": capitalized inside a sentence before
    // another capitalized word, a name.
    if named.is_some() && inp.capitalized_inside(i) && inp.capitalized(i + 1) {
        return None;
    }
    if let Some((hour, after)) = named {
        return Some(on_the_hour(inp, i, after, hour));
    }
    // "six p.m.", "one o'clock", "eleven o'clock at night": an hour spelt out, told as one by
    // its meridiem or "o'clock" (a bare "six" is a count).
    if let Some(hour) = hour_word(inp, i) {
        if let Some((pm, end)) = meridiem(inp, i + 1) {
            return Some(on_the_hour(inp, i, end, to_24(hour, pm)));
        }
        if !inp.kw(i + 1, Kw::Oclock) {
            return None;
        }
        return hour_of_day_part(inp, i, hour, None, i + 2)
            .or_else(|| Some(on_the_hour(inp, i, i + 2, hour)));
    }
    let n = inp.num(i)?;
    if n.plain_quantity && !n.apostrophe && n.digits <= 2 {
        return dotted_time(inp, i, n);
    }
    if n.plain_quantity || n.apostrophe || n.digits > 2 {
        return None;
    }
    // "a time of 1: 16:31": the minutes and seconds of a race time whose hour a stray space
    // cut off, no time of day.
    if i >= 2 && inp.punct(i - 1, ':') && inp.num(i - 2).is_some() {
        return None;
    }
    let hour = n.value;
    let (mut minute, mut second, mut j) = (None, None, i + 1);
    if matches!(n.suffix, NumSuffix::None) && inp.punct(j, ':') && inp.glued(j) && inp.glued(j + 1)
    {
        let m = inp
            .num(j + 1)
            .filter(|m| m.digits == 2 && m.value < 60 && !m.plain_quantity)?;
        minute = Some(m.value as u8);
        j += 2;
        if m.suffix == NumSuffix::None && inp.punct(j, ':') && inp.glued(j) {
            if let Some(s) = inp.num(j + 1).filter(|s| s.digits == 2 && s.value < 60) {
                second = Some(s.value as u8);
                j += 2;
            }
        }
        // "10:30am" — the suffix sits on the minutes token.
        if let Some(m) = inp.num(j - 1).filter(|_| second.is_none()) {
            if matches!(m.suffix, NumSuffix::Am | NumSuffix::Pm) && hour <= 12 {
                let (zone, end) = zone_after(inp, j);
                return Some(clock_candidate(
                    i,
                    end,
                    Clock {
                        hour: to_24(hour as u8, m.suffix == NumSuffix::Pm),
                        minute,
                        second,
                        zone,
                    },
                ));
            }
        }
    }
    // suffix on the hour: 8pm, 4a
    if minute.is_none() && matches!(n.suffix, NumSuffix::Am | NumSuffix::Pm) {
        if !(1..=12).contains(&hour) {
            return None;
        }
        return Some(on_the_hour(
            inp,
            i,
            j,
            to_24(hour as u8, n.suffix == NumSuffix::Pm),
        ));
    }
    if n.suffix != NumSuffix::None {
        return None;
    }
    if let Some((pm, k)) = meridiem(inp, j) {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let (zone, end) = zone_after(inp, k);
        return Some(clock_candidate(
            i,
            end,
            Clock {
                hour: to_24(hour as u8, pm),
                minute: minute.or(Some(0)),
                second,
                zone,
            },
        ));
    }
    // "11 o'clock", and "11 o'clock at night", "7 o'clock in the evening" as the hours below
    if inp.kw(j, Kw::Oclock) && (1..=12).contains(&hour) {
        if let Some(c) = hour_of_day_part(inp, i, hour as u8, None, j + 1) {
            return Some(c);
        }
        return Some(on_the_hour(inp, i, j + 1, hour as u8));
    }
    // "4 in the morning", "9 at night", "3:15 in the afternoon"
    if second.is_none() && (1..=12).contains(&hour) {
        if let Some(c) = hour_of_day_part(inp, i, hour as u8, minute, j) {
            return Some(c);
        }
    }
    // "10:30 EDT", "14:00 GMT" (a 24-hour time with minutes)
    if let Some(m) = minute {
        if hour > 24 || (hour == 24 && m > 0) {
            return None;
        }
        let (zone, end) = zone_after(inp, j);
        // "Replaced 2:46 before the end of the half", "with 3:20 left", "1:05 into the second
        // period": a game clock, not the time of day.
        let game_clock = ["before", "left", "remaining", "into"]
            .iter()
            .any(|w| inp.word(j, w))
            || (inp.word(j, "to") && (inp.word(j + 1, "play") || inp.word(j + 1, "go")));
        if zone.is_none() && game_clock {
            return None;
        }
        // "A world record of 7:53. 63", "the bronze at 2:27. 14": minutes, seconds and
        // hundredths split by a stray space are a race time, not a time of day. (News style
        // opens no sentence with a figure, so "at 10:30. 45 people died" hardly occurs.)
        let hundredths =
            inp.punct(j, '.') && inp.glued(j) && inp.num(j + 1).is_some_and(|n| n.digits == 2);
        if zone.is_none() && second.is_none() && hundredths {
            return None;
        }
        // "Won in 2:09:30", "ran 1:23:51": hours, minutes and seconds under four hours with no
        // zone, and not a point told with "at" or "by", are a race time: a length.
        if let (Some(s), None) = (second, zone) {
            let at = i > 0 && (inp.word(i - 1, "at") || inp.word(i - 1, "by"));
            if hour < 4 && !at {
                return Some(race_time(i, j, hour as u8, m, s));
            }
        }
        return Some(clock_candidate(
            i,
            end,
            Clock {
                hour: hour as u8,
                minute: Some(m),
                second,
                zone,
            },
        ));
    }
    // "At 9 Monday morning", "shortly after 7 on Sunday evening": a bare hour told as a time and
    // followed by its day is a clock time, which the day (and its part) then joins.
    let day_after = matches!(inp.lex(i + 1), Lex::Weekday(_))
        || (inp.kw(i + 1, Kw::On) && matches!(inp.lex(i + 2), Lex::Weekday(_)));
    let told = i > 0
        && ["at", "after", "before", "until", "till"]
            .iter()
            .any(|w| inp.word(i - 1, w));
    // "Saturday morning at 9", "on Tuesday night at 11.": the same told after its day and
    // its part, where nothing follows the hour that could make it a count ("at 9 minutes",
    // "at 9 percent"): only the sentence's end, a comma, or a word that can go with a time.
    // (Not after a bare weekday: "shares closed Friday at 12" is a price.)
    let day_before = || {
        i >= 3
            && matches!(inp.lex(i - 2), Lex::DayPart(_))
            && matches!(inp.lex(i - 3), Lex::Weekday(_))
            && inp.word(i - 1, "at")
    };
    let ends_told = || {
        j >= inp.toks.len()
            || inp.toks[j].is_punct('.')
            || inp.toks[j].is_punct(',')
            || (inp.lex(j) != Lex::None
                && inp.unit(j).is_none()
                && !matches!(inp.lex(j), Lex::Number(_)))
    };
    // (Not after "about": "the Dow fell about 3 Monday" counts points.)
    if (1..=12).contains(&hour) && ((day_after && told) || (day_before() && ends_told())) {
        return Some(clock_candidate(
            i,
            i + 1,
            Clock {
                hour: hour as u8,
                minute: Some(0),
                second: None,
                zone: None,
            },
        ));
    }
    None
}

/// "11.30am", "6.30 p.m.": an hour and its minutes split by a dot (as British and Asian papers
/// write them), told with a meridiem; without one, "6.30" is a decimal.
fn dotted_time(inp: &Input, i: usize, n: crate::segment::Num) -> Option<Candidate> {
    let text = inp.text(i);
    let (h, rest) = text.split_once('.')?;
    let minutes = rest
        .get(..2)
        .filter(|m| m.bytes().all(|b| b.is_ascii_digit()))?;
    let glued = &rest[2..];
    let hour: u8 = h.parse().ok().filter(|h| (1..=12).contains(h))?;
    let minute: u8 = minutes.parse().ok().filter(|&m| m < 60)?;
    let (pm, end) = match n.suffix {
        NumSuffix::Am if glued.eq_ignore_ascii_case("am") => (false, i + 1),
        NumSuffix::Pm if glued.eq_ignore_ascii_case("pm") => (true, i + 1),
        NumSuffix::None if glued.is_empty() => meridiem(inp, i + 1)?,
        _ => return None,
    };
    let (zone, end) = zone_after(inp, end);
    Some(clock_candidate(
        i,
        end,
        Clock {
            hour: to_24(hour, pm),
            minute: Some(minute),
            second: None,
            zone,
        },
    ))
}

/// A race time of `h` hours, `m` minutes and `s` seconds over tokens `[first, last)`
/// (`PT2H9M30S`); a unit with none of it is left out.
fn race_time(first: usize, last: usize, h: u8, m: u8, s: u8) -> Candidate {
    let parts = [
        (h, DurationUnit::Hour),
        (m, DurationUnit::Minute),
        (s, DurationUnit::Second),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, u)| (Some(u64::from(n)), u))
    .collect();
    Candidate::new(
        first,
        last,
        Expr::Duration(DurationValue { parts }),
        Family::Duration,
    )
}

/// An hour (1–12) from token `i`, with its minute if it has one, then "in the" or "at" and a
/// part of the day at `j`: "4 in the morning", "9 at night", "3:15 in the afternoon".
fn hour_of_day_part(
    inp: &Input,
    i: usize,
    hour: u8,
    minute: Option<u8>,
    j: usize,
) -> Option<Candidate> {
    if !(inp.kw(j, Kw::In) && inp.kw(j + 1, Kw::The) || inp.kw(j, Kw::At)) {
        return None;
    }
    let k = if inp.kw(j, Kw::In) { j + 2 } else { j + 1 };
    let Lex::DayPart(p) = inp.lex(k) else {
        return None;
    };
    let pm =
        matches!(p, DayPart::Afternoon | DayPart::Evening) || (p == DayPart::Night && hour >= 6);
    Some(clock_candidate(
        i,
        k + 1,
        Clock {
            hour: to_24(hour, pm),
            minute: minute.or(Some(0)),
            second: None,
            zone: None,
        },
    ))
}

/// A part of the day: "morning", "tonight", "overnight"; alone it only stands when it can join a
/// day, or with a determiner ("this morning", "that morning", "the morning") which the relative
/// rules handle.
fn day_part(inp: &Input, i: usize) -> Option<Candidate> {
    let Lex::DayPart(p) = inp.lex(i) else {
        return None;
    };
    if inp.text(i).ends_with('s') {
        return None; // "mornings": a set
    }
    Some(Candidate::new(
        i,
        i + 1,
        Expr::Date(DateExpr {
            base: Base::TimeOnly,
            day_part: Some(p),
            clock: None,
            weekday: None,
            shift: Shift::Infer,
        }),
        Family::Clock,
    ))
}

/// "the early hours", "the small hours", "the wee hours", "the predawn hours", "the early
/// morning hours": the start of the morning, of the day that follows ("the early hours of
/// Thursday") or the day in focus.
fn early_hours(inp: &Input, i: usize) -> Option<Candidate> {
    if !inp.kw(i, Kw::The) {
        return None;
    }
    let j = if inp.word(i + 1, "pre") && inp.hyphen(i + 2) && inp.word(i + 3, "dawn") {
        i + 4
    } else if inp.kw(i + 1, Kw::Early) || (inp.kw(i + 1, Kw::Small) && !inp.word(i + 1, "pre")) {
        i + 2
    } else {
        return None;
    };
    // "the early morning hours"
    let j = if matches!(inp.lex(j), Lex::DayPart(DayPart::Morning)) && inp.word(j + 1, "hours") {
        j + 1
    } else {
        j
    };
    if !inp.word(j, "hours") {
        return None;
    }
    let mut c = Candidate::new(
        i,
        j + 1,
        Expr::Date(DateExpr {
            base: Base::TimeOnly,
            day_part: Some(DayPart::Morning),
            clock: None,
            weekday: None,
            shift: Shift::Infer,
        }),
        Family::Clock,
    );
    c.modifier = Some(Mod::Start);
    Some(c)
}

/// "between 2 and 4 p.m.", "from 9 to 11 a.m.", "from 3:30 to 6 p.m.", "3:30-6:00pm": an hour
/// opening a range takes the meridiem of the clock time that closes it, when it comes before it.
fn range_start(inp: &Input, i: usize) -> Option<Candidate> {
    // The opening hour, in digits or spelt out ("from nine to five p.m.").
    let spelt = hour_word(inp, i).map(u64::from);
    let h = spelt.or_else(|| {
        inp.int(i, 1, 12).filter(|_| {
            inp.num(i)
                .is_some_and(|n| n.digits <= 2 && n.suffix == NumSuffix::None)
        })
    })?;
    // Its minutes, if any: "3:30".
    let (minute, j) = match inp.num(i + 2) {
        Some(m)
            if inp.punct(i + 1, ':')
                && inp.glued(i + 1)
                && inp.glued(i + 2)
                && m.digits == 2
                && m.value < 60
                && m.suffix == NumSuffix::None =>
        {
            (m.value as u8, i + 3)
        }
        _ => (0, i + 1),
    };
    let dash = inp.punct(j, '-') || inp.punct(j, '\u{2013}');
    // Opened by "from" or "between"; or, an opening with minutes, joined to the closing time
    // by a dash, "to" or "until" ("3:30-6:00pm", "3:30 to 6 p.m.").
    let opened = i > 0 && (inp.kw(i - 1, Kw::From) || inp.word(i - 1, "between"));
    let runs_to = dash || inp.kw(j, Kw::To) || inp.word(j, "until");
    // "3-4 p.m.", "9-11am": two bare hours glued by a dash before a meridiem.
    let glued_hours = dash && inp.glued(j) && inp.glued(j + 1);
    if !(opened || (j == i + 3 && runs_to) || glued_hours) {
        return None;
    }
    let joined = inp.kw(j, Kw::And) || inp.kw(j, Kw::To) || inp.word(j, "until") || dash;
    if !joined {
        return None;
    }
    let end = clock(inp, j + 1)?;
    let Expr::Date(DateExpr {
        clock: Some(Clock { hour: h2, zone, .. }),
        ..
    }) = end.expr
    else {
        return None;
    };
    // Only a closing time with a meridiem tells it ("between 2 and 4 p.m."). The opening hour
    // is on the closing time's side of noon if it comes first there, else in the morning before
    // an afternoon close ("from 10 to 2 p.m.", "from nine to five p.m.").
    let pm = (12..24).contains(&h2);
    let h24 = match to_24(h as u8, pm) {
        later if later >= h2 && pm && h < 12 => h as u8,
        h24 => h24,
    };
    // The closing meridiem: a word ("p.m.") or a suffix on the closing hour or its minutes.
    let suffixed = (j + 1..end.last).any(|k| {
        matches!(
            inp.num(k).map(|n| n.suffix),
            Some(NumSuffix::Am | NumSuffix::Pm)
        )
    });
    if !(inp.lex(end.last - 1) == Lex::Key(Kw::Pm)
        || inp.lex(end.last - 1) == Lex::Key(Kw::Am)
        || suffixed)
        || h24 >= h2
    {
        return None;
    }
    Some(clock_candidate(
        i,
        j,
        Clock {
            hour: h24,
            minute: Some(minute),
            second: None,
            zone,
        },
    ))
}

/// "Half past nine", "a quarter to midnight", "ten past six in the evening", "20 minutes to
/// 5 p.m.": minutes counted past an hour or to it.
fn past_or_to(inp: &Input, i: usize) -> Option<Candidate> {
    // The minutes, where they end, and whether they are a bare number ("ten").
    let (minutes, j, bare) = match inp.lex(i) {
        Lex::Key(Kw::Half) => (30, i + 1, false),
        Lex::Key(Kw::A) if inp.lex(i + 1) == Lex::Unit(Unit::Quarter) => (15, i + 2, false),
        Lex::Unit(Unit::Quarter) => (15, i + 1, false),
        lex => {
            let n = match lex {
                Lex::Number(v) => u64::from(v),
                _ => inp
                    .int(i, 1, 59)
                    .filter(|_| inp.num(i).is_some_and(|n| n.digits <= 2))?,
            };
            if !(1..=59).contains(&n) {
                return None;
            }
            let named = inp.unit(i + 1).is_some_and(|(u, _)| u == Unit::Minute);
            (n as u8, if named { i + 2 } else { i + 1 }, !named)
        }
    };
    let to = if inp.kw(j, Kw::Past) {
        false
    } else if inp.kw(j, Kw::To) {
        true
    } else {
        return None;
    };
    // The hour: 1 to 12 (with its meridiem glued on, "3pm"), noon or midnight.
    let glued_meridiem = inp
        .num(j + 1)
        .filter(|n| n.digits <= 2 && (1..=12).contains(&n.value))
        .and_then(|n| match n.suffix {
            NumSuffix::Am => Some(to_24(n.value as u8, false)),
            NumSuffix::Pm => Some(to_24(n.value as u8, true)),
            _ => None,
        });
    let (hour, mut k) = match (inp.lex(j + 1), glued_meridiem) {
        (Lex::Key(Kw::Noon | Kw::Midday), _) => (12, j + 2),
        (Lex::Key(Kw::Midnight), _) => (24, j + 2),
        (_, Some(h)) => (h, j + 2),
        _ => bare_hour(inp, j + 1)?,
    };
    if hour <= 12 && inp.kw(k, Kw::Oclock) {
        k += 1;
    }
    // Its side of noon: a meridiem, "in the evening", "at night", or the hour as it stands.
    let (hour24, end) = if glued_meridiem.is_some() {
        (hour, k)
    } else if hour > 12 || inp.lex(j + 1) == Lex::Key(Kw::Noon) {
        (hour % 24, k)
    } else if let Some((pm, e)) = meridiem(inp, k) {
        (to_24(hour, pm), e)
    } else if let Some(c) = hour_of_day_part(inp, i, hour, None, k) {
        match c.expr {
            Expr::Date(DateExpr {
                clock: Some(Clock { hour: h, .. }),
                ..
            }) => (h, c.last),
            _ => return None,
        }
    } else {
        (hour, k)
    };
    // A bare number is minutes only where a time is told: "at ten to one", "ten past six
    // o'clock", not the odds "ten to one", the score "by five to three" or "at ten to 12
    // percent" (after the hour, only the sentence's end, a comma or a word that can go with a
    // time).
    let told = end > k
        || inp.kw(k - 1, Kw::Oclock)
        || (i > 0
            && inp.word(i - 1, "at")
            && (k >= inp.toks.len()
                || inp.toks[k].is_punct('.')
                || inp.toks[k].is_punct(',')
                || inp.lex(k) != Lex::None));
    // "From nine to five p.m.", "between ten to one": after "from" or "between", "to" closes a
    // range, not minutes counted to an hour.
    let ranged = || i > 0 && (inp.kw(i - 1, Kw::From) || inp.word(i - 1, "between"));
    if bare && (!told || ranged()) {
        return None;
    }
    let (hour24, minute) = if to {
        ((hour24 + 23) % 24, 60 - minutes)
    } else {
        (hour24, minutes)
    };
    let (zone, end) = zone_after(inp, end);
    Some(clock_candidate(
        i,
        end,
        Clock {
            hour: hour24,
            minute: Some(minute),
            second: None,
            zone,
        },
    ))
}

/// The clock family's entry point.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    // "from 9 to 11 a.m.", "between 2 and 4 p.m.", "3:30-6:00pm"
    let range = || {
        let opened = || i > 0 && (inp.kw(i - 1, Kw::From) || inp.word(i - 1, "between"));
        (inp.num(i).is_some()
            || (matches!(inp.lex(i), Lex::Number(1..=12))
                && opened()
                && hour_word(inp, i).is_some()))
        .then(|| range_start(inp, i))
        .flatten()
    };
    range()
        .or_else(|| military_time(inp, i))
        .or_else(|| past_or_to(inp, i))
        .or_else(|| clock(inp, i))
        .or_else(|| hour_then_day(inp, i))
        .or_else(|| day_then_hour(inp, i))
        .or_else(|| early_hours(inp, i))
        .or_else(|| day_part(inp, i))
}

/// The hours as words: "single" and "dozen" are numbers too, but no hour.
const HOUR_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// An hour spelt out: "six", "Eleven".
fn hour_word(inp: &Input, i: usize) -> Option<u8> {
    if !matches!(inp.lex(i), Lex::Number(1..=12)) {
        return None;
    }
    let text = inp.text(i);
    HOUR_WORDS
        .iter()
        .position(|w| w.eq_ignore_ascii_case(text))
        .map(|k| k as u8 + 1)
}

/// A bare hour, 1–12: "8", "eight".
fn bare_hour(inp: &Input, i: usize) -> Option<(u8, usize)> {
    if let Some(h) = inp.int(i, 1, 12) {
        return inp
            .num(i)
            .filter(|n| n.digits <= 2)
            .map(|_| (h as u8, i + 1));
    }
    match inp.lex(i) {
        Lex::Number(h) if (1..=12).contains(&h) => Some((h as u8, i + 1)),
        _ => None,
    }
}

/// A day word that can carry a bare hour: "tonight", "this evening", "tomorrow morning".
fn day_phrase(inp: &Input, j: usize) -> Option<(i64, Option<DayPart>, usize)> {
    match inp.lex(j) {
        Lex::Key(Kw::Tonight) => Some((0, Some(DayPart::Night), j + 1)),
        Lex::Key(Kw::Today) => Some((0, None, j + 1)),
        Lex::Key(Kw::Tomorrow) => match inp.lex(j + 1) {
            Lex::DayPart(p) => Some((1, Some(p), j + 2)),
            _ => Some((1, None, j + 1)),
        },
        Lex::Key(Kw::This) => match inp.lex(j + 1) {
            Lex::DayPart(p) => Some((0, Some(p), j + 2)),
            _ => None,
        },
        _ => None,
    }
}

fn hour_on_day(
    first: usize,
    last: usize,
    hour: u8,
    offset: i64,
    part: Option<DayPart>,
) -> Candidate {
    let pm = matches!(part, Some(DayPart::Afternoon | DayPart::Evening))
        || (part == Some(DayPart::Night) && hour >= 5);
    let hour = if pm && hour < 12 { hour + 12 } else { hour };
    Candidate::new(
        first,
        last,
        Expr::Date(DateExpr {
            base: Base::Relative {
                unit: Unit::Day,
                offset,
                from: From::Dateline,
            },
            day_part: None,
            clock: Some(Clock {
                hour,
                minute: Some(0),
                second: None,
                zone: None,
            }),
            weekday: None,
            shift: Shift::Infer,
        }),
        Family::Clock,
    )
}

/// "eight tonight", "8 this evening", "10 tomorrow morning".
fn hour_then_day(inp: &Input, i: usize) -> Option<Candidate> {
    let (h, j) = bare_hour(inp, i)?;
    let (offset, part, end) = day_phrase(inp, j)?;
    Some(hour_on_day(i, end, h, offset, part))
}

/// "this morning @ 10", "tonight at 8".
fn day_then_hour(inp: &Input, i: usize) -> Option<Candidate> {
    let (offset, part, j) = day_phrase(inp, i)?;
    if !(inp.punct(j, '@') || inp.kw(j, Kw::At)) {
        return None;
    }
    let (h, end) = bare_hour(inp, j + 1)?;
    if inp.kw(end, Kw::Am) || inp.kw(end, Kw::Pm) || inp.punct(end, ':') {
        return None; // a full clock time: the clock rule's, joined to the day
    }
    Some(hour_on_day(i, end, h, offset, part))
}

#[cfg(test)]
mod tests {
    const EXAMPLES: &[(&str, &str, &str)] = &[
        // "a.m" without its last dot.
        (
            "The highway didn't reopen until [9:33 a.m on Monday].",
            "2024-07-29T09:33",
            "",
        ),
        (
            "The bars close at [11 o'clock at night].",
            "2024-08-01T23:00",
            "",
        ),
        (
            "The speech began at [10:30 a.m. EDT].",
            "2024-08-01T10:30",
            "",
        ),
        ("Crowds gathered at [noon].", "2024-08-01T12:00", ""),
        // A bare clock time is on the day of the happening told, not the day of its report.
        (
            "Two buses collided on Tuesday, police said Wednesday. The crash came at [5:30 p.m.].",
            "2024-07-30T17:30",
            "",
        ),
        // Not a day named sentences back: the story has moved on to its own day.
        (
            "He died on July 25. Thousands mourned. His family held a private service. The \
             cortege left shortly after [10:00 am] from the church.",
            "2024-08-01T10:00",
            "",
        ),
        // A day named after it in its sentence, past the same moment in another zone.
        (
            "Williams is to die by lethal injection at [00:01] (0801 GMT) Tuesday.",
            "2024-08-06T00:01",
            "",
        ),
        (
            "The accident occurred at [around 6:40 p.m.] at a colliery in Linfen on Sunday.",
            "2024-07-28T18:40",
            "APPROX",
        ),
        // Not a day in the brackets of another zone's time, nor one in another clause.
        (
            "The quake struck at [8:30 a.m.] (2330 GMT Wednesday) in Ibaraki.",
            "2024-08-01T08:30",
            "",
        ),
        (
            "He said at [5 p.m.] that talks would resume on Monday.",
            "2024-08-01T17:00",
            "",
        ),
        ("Talks began at [1430 GMT].", "2024-08-01T14:30", ""),
        ("Firing stopped at [0530 hours].", "2024-08-01T05:30", ""),
        // A dot between hour and minutes, with a meridiem.
        ("At [11.30am] the bomb exploded.", "2024-08-01T11:30", ""),
        (
            "The blast came at [6.30 p.m. local time].",
            "2024-08-01T18:30",
            "",
        ),
        (
            "Police arrived at [9 Monday morning].",
            "2024-07-29T09:00",
            "",
        ),
        (
            "The rally began shortly after [7 on Sunday evening].",
            "2024-07-28T19:00",
            "",
        ),
        // An hour spelt out, told as one by its meridiem or "o'clock".
        (
            "He arrived at [six p.m.] on the last bus.",
            "2024-08-01T18:00",
            "",
        ),
        (
            "Gunmen raided two houses at [one o'clock Wednesday morning].",
            "2024-07-31T01:00",
            "",
        ),
        (
            "The bars close at [eleven o'clock at night].",
            "2024-08-01T23:00",
            "",
        ),
        // A range's opening hour, spelt out or in digits, before an afternoon close: a morning
        // hour ("nine to five" is not 4:51 there).
        (
            "Polls are open from [nine] to five p.m.",
            "2024-08-01T09:00",
            "",
        ),
        (
            "Polls are open from nine to [five p.m.]",
            "2024-08-01T17:00",
            "",
        ),
        (
            "Talks ran from [10] to 2 p.m. without a break.",
            "2024-08-01T10:00",
            "",
        ),
        // Two hours glued by a dash before a meridiem: hours, not a month and day.
        ("Trading was halted from [3]-4 p.m.", "2024-08-01T15:00", ""),
        (
            "Voting ran [9]-11am at most stations.",
            "2024-08-01T09:00",
            "",
        ),
        // A clock time is a point of its day: "early" or "late" of the day says no more, and
        // the clock's own "about" stays.
        (
            "He was arrested [early Sunday at about 2 a.m.] at his home.",
            "2024-07-28T02:00",
            "APPROX",
        ),
        (
            "Talks ended [late Tuesday at 11 p.m.] without a deal.",
            "2024-07-30T23:00",
            "",
        ),
        // The bare hour after its day and the day's part.
        (
            "Police said the raid began [Tuesday night at 11], an hour before dawn prayers.",
            "2024-07-30T23:00",
            "",
        ),
        (
            "The delegations met [Saturday morning at 9].",
            "2024-07-27T09:00",
            "",
        ),
        (
            "The vote starts at [10:30 Eastern time].",
            "2024-08-01T10:30",
            "",
        ),
        (
            "The market opens at [9:30 a.m. New York time].",
            "2024-08-01T09:30",
            "",
        ),
        (
            "The launch is set for [8 p.m. Beijing time].",
            "2024-08-01T20:00",
            "",
        ),
        (
            "The quake struck at [0712 local time].",
            "2024-08-01T07:12",
            "",
        ),
        (
            "He was freed in [the early hours of Thursday].",
            "2024-08-01TMO",
            "START",
        ),
        (
            "Police raided the house in [the small hours of Sunday].",
            "2024-07-28TMO",
            "START",
        ),
        (
            "The storm hit in [the predawn hours of Sunday].",
            "2024-07-28TMO",
            "START",
        ),
        (
            "Troops moved in during [the pre-dawn hours of Friday].",
            "2024-07-26TMO",
            "START",
        ),
        (
            "The rally lasted into [the early morning hours of Saturday].",
            "2024-07-27TMO",
            "START",
        ),
        (
            "He was held in [the early hours of Thursday morning].",
            "2024-08-01TMO",
            "START",
        ),
        // A bare hour opening a range takes the closing time's meridiem.
        (
            "It happened between [2] and 4 p.m. on Sunday.",
            "2024-07-28T14:00",
            "",
        ),
        ("It happened between [2] and 4 p.m.", "2024-08-01T14:00", ""),
        ("Polls are open from [9] to 11 a.m.", "2024-08-01T09:00", ""),
        // With its minutes too, and joined by a dash with no "from".
        (
            "Polls were open from [3:30] to 6 p.m. Tuesday.",
            "2024-07-30T15:30",
            "",
        ),
        ("The office is open [3:30]-6:00pm.", "2024-08-01T15:30", ""),
        (
            "The office is open [3:30] to 6 p.m.",
            "2024-08-01T15:30",
            "",
        ),
        (
            "The office is open [9:15]-11:45 a.m.",
            "2024-08-01T09:15",
            "",
        ),
        // Not a closing time before the opening one on its side of noon.
        (
            "The bar is open from [10:30] to 2 a.m.",
            "2024-08-01T10:30",
            "",
        ),
        // A range that runs past midnight ends the next day.
        (
            "The curfew runs from 10 p.m. to [6 a.m.]",
            "2024-08-02T06:00",
            "",
        ),
        ("Shops open from 9 a.m. to [5 p.m.]", "2024-08-01T17:00", ""),
        // A moment of the day after a preposition of time, on the day in focus.
        ("Shelling resumed at [dawn].", "2024-08-01TMO", ""),
        ("By [nightfall] the city had fallen.", "2024-08-01TEV", ""),
        // A zone named without its season, and the day after it.
        (
            "Markets closed at [4 p.m. ET on Monday].",
            "2024-07-29T16:00",
            "",
        ),
        (
            "The curfew starts at [8 p.m. local time].",
            "2024-08-01T20:00",
            "",
        ),
        (
            "Funeral processions began in Tehran on [the morning of Aug. 1].",
            "2024-08-01TMO",
            "",
        ),
        ("The strike came on [Friday morning].", "2024-07-26TMO", ""),
        (
            "Protests resumed [midafternoon Tuesday].",
            "2024-07-30TAF",
            "",
        ),
        (
            "The blast was heard at [4 in the morning].",
            "2024-08-01T04:00",
            "",
        ),
        // Minutes past an hour or to it.
        (
            "The attack came at [half past nine].",
            "2024-08-01T09:30",
            "",
        ),
        (
            "He was killed at [a quarter to midnight].",
            "2024-08-01T23:45",
            "",
        ),
        (
            "The train left at [ten past six in the evening].",
            "2024-08-01T18:10",
            "",
        ),
        (
            "Polls close at [20 minutes to 5 p.m.]",
            "2024-08-01T16:40",
            "",
        ),
        ("The blast came at [15 past 3pm].", "2024-08-01T15:15", ""),
        (
            "Talks resumed at [a quarter past noon].",
            "2024-08-01T12:15",
            "",
        ),
        (
            "The shelling began at [ten to one].",
            "2024-08-01T00:50",
            "",
        ),
        // The part of the day after a clock time and its day is that day's, and puts a clock
        // time before noon after it.
        (
            "It happened shortly before [7 o'clock Sunday evening].",
            "2024-07-28T19:00",
            "",
        ),
        (
            "The shot was fired at [3:30 Sunday afternoon].",
            "2024-07-28T15:30",
            "",
        ),
        (
            "Police came at [9 o'clock on Sunday evening].",
            "2024-07-28T21:00",
            "",
        ),
        (
            "He left at [10 a.m. Tuesday morning].",
            "2024-07-30T10:00",
            "",
        ),
        // So does a day named with its part: "yesterday evening", "this afternoon".
        (
            "It began at [8:30 on the evening of July 4].",
            "2024-07-04T20:30",
            "",
        ),
        (
            "Clashes erupted at [6:15 yesterday evening].",
            "2024-07-31T18:15",
            "",
        ),
        (
            "\"[This afternoon at about 3:30], soldiers seized two cars,\" he said.",
            "2024-08-01T15:30",
            "APPROX",
        ),
        (
            "The meeting ended at [3:15 in the afternoon].",
            "2024-08-01T15:15",
            "",
        ),
        ("He called at [11:30 at night].", "2024-08-01T23:30", ""),
        ("Polls close at [9pm].", "2024-08-01T21:00", ""),
        (
            "It happened at [10 p.m. Wednesday].",
            "2024-07-31T22:00",
            "",
        ),
        (
            "Trading resumed [Tuesday at 9:30 a.m.]",
            "2024-07-30T09:30",
            "",
        ),
        // Hours, minutes and seconds with no zone: a race time.
        (
            "The race ended with his [2:09:30] victory.",
            "PT2H9M30S",
            "",
        ),
        ("He won the walk in [1:00:51].", "PT1H51S", ""),
        (
            "The quake struck at [2:09:30 GMT].",
            "2024-08-01T02:09:30",
            "",
        ),
    ];

    #[test]
    fn examples() {
        super::super::examples::check("clock", EXAMPLES);
    }

    #[test]
    fn counted_minutes_need_a_time_told() {
        super::super::examples::check_none(
            "clock",
            &[
                "The odds were ten to one against him.",
                "He won by five to three.",
                "Prices rose at ten to 12 percent.",
                "Half past the deadline, nobody came.",
            ],
        );
    }

    #[test]
    fn a_race_time_cut_by_a_space_is_no_time_of_day() {
        super::super::examples::check_none(
            "clock",
            &["She won the half marathon in a time of 1: 16:31, ahead of Lim."],
        );
    }

    /// The texts of the times found in `text`, against the dateline 2024-08-01.
    fn found_in(text: &str) -> Vec<String> {
        use crate::time::{tag, TimeConfig};
        let doc = crate::Document::new(text).with_dateline("2024-08-01".parse().unwrap());
        tag(&doc, &TimeConfig::default())
            .timexes
            .iter()
            .map(|t| t.text(text).to_string())
            .collect()
    }

    #[test]
    fn a_bare_hour_needs_a_time_told_before_its_day() {
        for text in [
            "Chapter 9 Monday lists the rules.",
            "The Dow fell about 3 Monday.",
            // After a bare weekday an amount, a price or a count.
            "Shares of the company closed Monday at 12, up 2.",
            "He spoke Monday at 7 venues.",
        ] {
            assert_eq!(found_in(text), ["Monday"], "{text}");
        }
    }

    #[test]
    fn a_bare_hour_after_a_day_part_needs_nothing_after_it_that_counts() {
        for text in [
            "The index rose Monday morning at 9 percent.",
            "He scored Monday morning at 9 minutes.",
            "Stocks opened Monday morning at 12 1/2.",
        ] {
            assert_eq!(
                found_in(text).first().map(String::as_str),
                Some("Monday morning"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_band_and_an_idiom_are_not_times() {
        super::super::examples::check_none(
            "clock",
            &[
                "Six AM radio stations went off the air.",
                "He owns 6 AM radio stations.",
                "He works from nine to five.",
                "Not a single o'clock in the station worked.",
            ],
        );
    }

    #[test]
    fn names_with_midnight_are_not_times() {
        super::super::examples::check_none(
            "clock",
            &[
                "The guests included former Midnight Oil singer Peter Garrett.",
                "Ed Psaltis, skipper of AFR Midnight Rambler, spoke.",
            ],
        );
    }

    #[test]
    fn game_clocks_are_not_times_of_day() {
        super::super::examples::check_none(
            "clock",
            &[
                "Shaheen set the world record of 7:53. 63 and won the title.",
                "He was replaced by Armstrong 2:46 before the end of the first half.",
                "Smith scored with 3:20 left in the game.",
                "The goal came 1:05 into the second period.",
                "They led with 4:12 to play.",
            ],
        );
    }

    /// The UTC offset kept for each zone, against the dateline 2024-08-01.
    #[test]
    fn zones_are_kept() {
        use crate::time::{tag, TimeConfig, TimeValue};
        for (text, offset) in [
            ("The speech began at 10:30 a.m. EDT.", Some(-240)),
            ("Markets closed at 4 p.m. ET on Monday.", Some(-240)),
            ("Markets will open at 9:30 a.m. ET on Jan. 6.", Some(-300)),
            ("The show aired at 8 p.m. PT on July 4.", Some(-420)),
            ("Talks began at 14:00 GMT.", Some(0)),
            ("The curfew starts at 8 p.m. local time.", None),
            ("The vote starts at 10:30 Eastern time.", Some(-240)),
            ("Polls open at 7 a.m. Eastern time on Jan. 6.", Some(-300)),
            (
                "The debate starts at 9 p.m. Eastern Standard Time.",
                Some(-300),
            ),
            (
                "The debate starts at 9 p.m. Pacific Daylight Time.",
                Some(-420),
            ),
            ("The market opens at 9:30 a.m. New York time.", Some(-240)),
            ("The launch is set for 8 p.m. Beijing time.", Some(480)),
        ] {
            let doc = crate::Document::new(text).with_dateline("2024-08-01".parse().unwrap());
            let times = tag(&doc, &TimeConfig::default());
            let TimeValue::Calendar(v) = &times.timexes[0].value else {
                panic!("{text}: not a calendar value");
            };
            assert_eq!(v.utc_offset, offset, "{text}");
        }
    }
}
