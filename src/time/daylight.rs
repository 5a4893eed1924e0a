//! North American daylight-saving time, for zones a text names without their season ("4 p.m.
//! ET" is EDT in July and EST in January). The rules are data: each era's first year and the
//! Sundays that begin and end daylight time in it.

use chrono::{Datelike, NaiveDate, Weekday};

/// Which Sunday of a month: the `n`th (1-based), or the last when `n` is 0.
#[derive(Clone, Copy)]
struct Sunday {
    month: u32,
    n: u8,
}

/// (first year, start, end) of each era of United States daylight time, latest first: since
/// 2007 the second Sunday of March to the first of November; 1987–2006 the first Sunday of
/// April to the last of October; 1967–1986 the last Sunday of April to the last of October.
const ERAS: &[(i32, Sunday, Sunday)] = &[
    (2007, Sunday { month: 3, n: 2 }, Sunday { month: 11, n: 1 }),
    (1987, Sunday { month: 4, n: 1 }, Sunday { month: 10, n: 0 }),
    (1967, Sunday { month: 4, n: 0 }, Sunday { month: 10, n: 0 }),
];

fn sunday(year: i32, s: Sunday) -> Option<NaiveDate> {
    if s.n == 0 {
        let next = if s.month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, s.month + 1, 1)?
        };
        let last = next.pred_opt()?;
        let back = last.weekday().num_days_from_sunday();
        last.checked_sub_days(chrono::Days::new(u64::from(back)))
    } else {
        NaiveDate::from_weekday_of_month_opt(year, s.month, Weekday::Sun, s.n)
    }
}

/// Whether daylight time is in force in the United States on `date` (taken whole: the day
/// the clocks change counts as changed). Before 1967 there was no common rule: `false`.
///
/// ```
/// use chrono::NaiveDate;
/// use eventline::time::us_daylight_time;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(us_daylight_time(day(2024, 7, 29)));
/// assert!(!us_daylight_time(day(2024, 1, 15)));
/// assert!(us_daylight_time(day(2024, 3, 10))); // the second Sunday of March
/// assert!(!us_daylight_time(day(1998, 3, 20))); // before the first Sunday of April then
/// ```
pub fn us_daylight_time(date: NaiveDate) -> bool {
    let year = date.year();
    let Some(&(_, start, end)) = ERAS.iter().find(|(first, ..)| year >= *first) else {
        return false;
    };
    match (sunday(year, start), sunday(year, end)) {
        (Some(s), Some(e)) => s <= date && date < e,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clocks_change_on_the_eras_sundays() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // 2024: March 10 to November 3.
        assert!(!us_daylight_time(day(2024, 3, 9)));
        assert!(us_daylight_time(day(2024, 3, 10)));
        assert!(us_daylight_time(day(2024, 11, 2)));
        assert!(!us_daylight_time(day(2024, 11, 3)));
        // 1998: April 5 to October 25.
        assert!(!us_daylight_time(day(1998, 4, 4)));
        assert!(us_daylight_time(day(1998, 4, 5)));
        assert!(us_daylight_time(day(1998, 10, 24)));
        assert!(!us_daylight_time(day(1998, 10, 25)));
        // 1980: April 27 to October 26.
        assert!(!us_daylight_time(day(1980, 4, 26)));
        assert!(us_daylight_time(day(1980, 4, 27)));
        assert!(!us_daylight_time(day(1980, 10, 26)));
        assert!(!us_daylight_time(day(1950, 7, 1)));
    }
}
