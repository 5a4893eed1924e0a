//! Calendar arithmetic for the holidays of other calendars: Hebrew (exact, after the rules in
//! Reingold & Dershowitz's *Calendrical Calculations*), Islamic (the month begins the day after
//! the first sunset in Mecca that follows the astronomical new moon — an approximation of
//! observed dates, usually right and otherwise a day off), Chinese New Year (the first new
//! moon on or after January 21 in Beijing time), Diwali (the day whose evening falls in the
//! last lunar day before the new moon of October–November, in India), and the Parsi
//! (Shahenshahi) calendar, whose 365-day years have no leap day, and Nowruz (the Iranian new
//! year: the March equinox, by noon in Tehran).
//!
//! New moons use Meeus' algorithm (*Astronomical Algorithms*, ch. 49), good to a few minutes.
//!
//! ```
//! use eventline::time::calendars::{chinese_new_year, hebrew_new_year, new_moon_near};
//! assert_eq!(chinese_new_year(2018).unwrap().to_string(), "2018-02-16");
//! assert_eq!(hebrew_new_year(5779).unwrap().to_string(), "2018-09-10");
//! let nm = new_moon_near(chrono::NaiveDate::from_ymd_opt(2018, 2, 14).unwrap().and_hms_opt(0, 0, 0).unwrap());
//! assert_eq!(nm.format("%Y-%m-%d %H").to_string(), "2018-02-15 21");
//! ```

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};

fn from_rd(rd: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(rd).ok()?)
}

/// Days since the Hebrew epoch to the new year of Hebrew year `y` (with the molad delays).
fn hebrew_elapsed_days(y: i64) -> i64 {
    let months = (235 * y - 234).div_euclid(19);
    let parts = 12084 + 13753 * months;
    let day = 29 * months + parts.div_euclid(25920);
    if (3 * (day + 1)).rem_euclid(7) < 3 {
        day + 1
    } else {
        day
    }
}

fn hebrew_year_correction(y: i64) -> i64 {
    let (ny0, ny1, ny2) = (
        hebrew_elapsed_days(y - 1),
        hebrew_elapsed_days(y),
        hebrew_elapsed_days(y + 1),
    );
    if ny2 - ny1 == 356 {
        2
    } else if ny1 - ny0 == 382 {
        1
    } else {
        0
    }
}

/// The fixed day number of 1 Tishri of Hebrew year `y`.
fn hebrew_new_year_rd(y: i64) -> i64 {
    const HEBREW_EPOCH: i64 = -1_373_427;
    HEBREW_EPOCH + hebrew_elapsed_days(y) + hebrew_year_correction(y)
}

/// 1 Tishri (Rosh Hashanah) of Hebrew year `y`.
pub fn hebrew_new_year(y: i64) -> Option<NaiveDate> {
    from_rd(hebrew_new_year_rd(y))
}

/// The Hebrew date `day` of month `month` (counted from Tishri = 1) in Hebrew year `y`.
fn hebrew_date(y: i64, month: u32, day: i64) -> Option<NaiveDate> {
    let start = hebrew_new_year_rd(y);
    let len = hebrew_new_year_rd(y + 1) - start;
    let leap = (7 * y + 1).rem_euclid(19) < 7;
    let heshvan = if matches!(len, 355 | 385) { 30 } else { 29 };
    let kislev = if matches!(len, 353 | 383) { 29 } else { 30 };
    // Tishri, Heshvan, Kislev, Tevet, Shevat, (Adar I), Adar (II), Nisan, ...
    let mut lengths = vec![30, heshvan, kislev, 29, 30];
    if leap {
        lengths.push(30);
    }
    lengths.extend([29, 30, 29, 30, 29, 30, 29]);
    let before: i64 = lengths.iter().take(month.saturating_sub(1) as usize).sum();
    from_rd(start + before + day - 1)
}

/// Which Hebrew day a holiday is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HebrewDay {
    /// 1 Tishri.
    RoshHashanah,
    /// 10 Tishri.
    YomKippur,
    /// 25 Kislev.
    Hanukkah,
    /// 15 Nisan.
    Passover,
}

/// The Gregorian date of a Hebrew holiday in Gregorian year `g`.
///
/// ```
/// use eventline::time::calendars::{hebrew_holiday, HebrewDay};
/// assert_eq!(hebrew_holiday(HebrewDay::Passover, 2018).unwrap().to_string(), "2018-03-31");
/// assert_eq!(hebrew_holiday(HebrewDay::Hanukkah, 2018).unwrap().to_string(), "2018-12-03");
/// ```
pub fn hebrew_holiday(h: HebrewDay, g: i32) -> Option<NaiveDate> {
    let g = i64::from(g);
    match h {
        HebrewDay::RoshHashanah => hebrew_date(g + 3761, 1, 1),
        HebrewDay::YomKippur => hebrew_date(g + 3761, 1, 10),
        HebrewDay::Hanukkah => hebrew_date(g + 3761, 3, 25),
        HebrewDay::Passover => {
            let y = g + 3760;
            let leap = (7 * y + 1).rem_euclid(19) < 7;
            hebrew_date(y, if leap { 8 } else { 7 }, 15)
        }
    }
}

/// The instant (UT, to a few minutes) of the new moon nearest `t`.
pub fn new_moon_near(t: NaiveDateTime) -> NaiveDateTime {
    let base = NaiveDate::from_ymd_opt(2000, 1, 6)
        .unwrap_or_default()
        .and_time(NaiveTime::MIN);
    let k = ((t - base).num_minutes() as f64 / (29.530_588_861 * 1440.0)).round();
    let jd_of = |k: f64| new_moon_jde(k);
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1)
        .unwrap_or_default()
        .and_hms_opt(12, 0, 0)
        .unwrap_or_default();
    let at = |jd: f64| epoch + Duration::seconds(((jd - 2_451_545.0) * 86_400.0) as i64);
    [k - 1.0, k, k + 1.0]
        .into_iter()
        .map(|k| at(jd_of(k)))
        .min_by_key(|nm| (*nm - t).num_seconds().abs())
        .unwrap_or(t)
}

fn new_moon_jde(k: f64) -> f64 {
    let t = k / 1236.85;
    let jde =
        2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t * t - 0.000_000_150 * t.powi(3);
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t * t;
    let r = f64::to_radians;
    let m = r(2.5534 + 29.105_356_70 * k - 0.000_001_4 * t * t);
    let mp = r(201.5643 + 385.816_935_28 * k + 0.010_758_2 * t * t + 0.000_012_38 * t.powi(3));
    let f = r(160.7108 + 390.670_502_84 * k - 0.001_611_8 * t * t - 0.000_002_27 * t.powi(3));
    let o = r(124.7746 - 1.563_755_88 * k + 0.002_067_2 * t * t);
    let terms = [
        (-0.40720, mp.sin()),
        (0.17241 * e, m.sin()),
        (0.01608, (2.0 * mp).sin()),
        (0.01039, (2.0 * f).sin()),
        (0.00739 * e, (mp - m).sin()),
        (-0.00514 * e, (mp + m).sin()),
        (0.00208 * e * e, (2.0 * m).sin()),
        (-0.00111, (mp - 2.0 * f).sin()),
        (-0.00057, (mp + 2.0 * f).sin()),
        (0.00056 * e, (2.0 * mp + m).sin()),
        (-0.00042, (3.0 * mp).sin()),
        (0.00042 * e, (m + 2.0 * f).sin()),
        (0.00038 * e, (m - 2.0 * f).sin()),
        (-0.00024 * e, (2.0 * mp - m).sin()),
        (-0.00017, o.sin()),
        (-0.00007, (mp + 2.0 * m).sin()),
        (0.00004, (2.0 * mp - 2.0 * f).sin()),
        (0.00004, (3.0 * m).sin()),
        (0.00003, (mp + m - 2.0 * f).sin()),
        (0.00003, (2.0 * mp + 2.0 * f).sin()),
        (-0.00003, (mp + m + 2.0 * f).sin()),
        (0.00003, (mp - m + 2.0 * f).sin()),
        (-0.00002, (mp - m - 2.0 * f).sin()),
        (-0.00002, (3.0 * mp + m).sin()),
        (0.00002, (4.0 * mp).sin()),
    ];
    jde + terms.iter().map(|(c, s)| c * s).sum::<f64>()
}

/// The first day of Islamic month `month` (1–12) of Hijri year `y`.
fn islamic_month_start(y: i64, month: i64) -> Option<NaiveDate> {
    // The tabular calendar finds the month; the new moon fixes its first day.
    const ISLAMIC_EPOCH: i64 = 227_015;
    let tabular = 29 * (month - 1)
        + (6 * month - 1).div_euclid(11)
        + (y - 1) * 354
        + (3 + 11 * y).div_euclid(30)
        + ISLAMIC_EPOCH;
    let guess = from_rd(tabular)?.and_time(NaiveTime::MIN) - Duration::hours(36);
    let conjunction = new_moon_near(guess);
    // Sunset in Mecca is near 15:00 UT; the month begins the day after the first sunset
    // after the conjunction.
    let mut evening = conjunction.date().and_hms_opt(15, 0, 0)?;
    if evening < conjunction {
        evening += Duration::days(1);
    }
    evening.date().succ_opt()
}

/// The `n`th occurrences in Gregorian year `g` of Islamic day `day` of month `month`.
///
/// ```
/// use eventline::time::calendars::islamic_in_year;
/// // Eid al-Fitr (1 Shawwal) 2018.
/// assert_eq!(islamic_in_year(10, 1, 2018)[0].to_string(), "2018-06-15");
/// ```
pub fn islamic_in_year(month: i64, day: i64, g: i32) -> Vec<NaiveDate> {
    let approx = ((f64::from(g) - 622.0) * 1.030_7) as i64;
    (approx - 2..=approx + 3)
        .filter_map(|y| Some(islamic_month_start(y, month)? + Duration::days(day - 1)))
        .filter(|d| d.year() == g)
        .collect()
}

/// The first day after the Islamic month that starts on `start` (the next month's first day).
pub fn islamic_month_end(month: i64, start: NaiveDate) -> Option<NaiveDate> {
    let g = start.year();
    let next = if month == 12 { 1 } else { month + 1 };
    [g, g + 1]
        .into_iter()
        .flat_map(|y| islamic_in_year(next, 1, y))
        .find(|d| *d > start)
}

/// Chinese New Year in Gregorian year `g`: the first new moon on or after January 21, Beijing
/// time.
///
/// ```
/// assert_eq!(eventline::time::calendars::chinese_new_year(2024).unwrap().to_string(), "2024-02-10");
/// ```
pub fn chinese_new_year(g: i32) -> Option<NaiveDate> {
    let jan21 = NaiveDate::from_ymd_opt(g, 1, 21)?.and_time(NaiveTime::MIN) - Duration::hours(8);
    let mut nm = new_moon_near(jan21 + Duration::days(15));
    if nm < jan21 {
        nm = new_moon_near(nm + Duration::days(30));
    }
    Some((nm + Duration::hours(8)).date())
}

/// Diwali (Lakshmi Puja) in Gregorian year `g`: the day whose evening (18:00 in India) falls in
/// the last lunar day before the new moon between October 15 and November 15.
///
/// ```
/// assert_eq!(eventline::time::calendars::diwali(2019).unwrap().to_string(), "2019-10-27");
/// ```
pub fn diwali(g: i32) -> Option<NaiveDate> {
    let mid = NaiveDate::from_ymd_opt(g, 10, 31)?.and_time(NaiveTime::MIN);
    let nm = new_moon_near(mid) + Duration::minutes(330); // India Standard Time
    let evening = nm.date().and_hms_opt(18, 0, 0)?;
    Some(if evening < nm {
        nm.date()
    } else {
        nm.date().pred_opt()?
    })
}

/// Parsi New Year (Navroz, Shahenshahi calendar) in Gregorian year `g`: the calendar has 365
/// days a year and no leap day, so the day moves back one day every four Gregorian years.
///
/// ```
/// assert_eq!(eventline::time::calendars::parsi_new_year(2022).unwrap().to_string(), "2022-08-16");
/// ```
pub fn parsi_new_year(g: i32) -> Option<NaiveDate> {
    let anchor = NaiveDate::from_ymd_opt(2018, 8, 17)?;
    let first = anchor + Duration::days(365 * i64::from(g - 2018));
    // The Parsi year can begin twice in one Gregorian year only after many centuries; take the
    // one in `g`.
    (first.year() == g).then_some(first).or_else(|| {
        let d = first + Duration::days(if first.year() < g { 365 } else { -365 });
        (d.year() == g).then_some(d)
    })
}

/// The periodic terms of the equinox (Meeus, *Astronomical Algorithms*, table 27.C): amplitude,
/// phase and rate, in degrees.
const EQUINOX_TERMS: [(f64, f64, f64); 24] = [
    (485.0, 324.96, 1934.136),
    (203.0, 337.23, 32964.467),
    (199.0, 342.08, 20.186),
    (182.0, 27.85, 445_267.112),
    (156.0, 73.14, 45036.886),
    (136.0, 171.52, 22518.443),
    (77.0, 222.54, 65928.934),
    (74.0, 296.72, 3034.906),
    (70.0, 243.58, 9037.513),
    (58.0, 119.81, 33718.147),
    (52.0, 297.17, 150.678),
    (50.0, 21.02, 2281.226),
    (45.0, 247.54, 29929.562),
    (44.0, 325.15, 31555.956),
    (29.0, 60.93, 4443.417),
    (18.0, 155.12, 67555.328),
    (17.0, 288.79, 4562.452),
    (16.0, 198.04, 62894.029),
    (14.0, 199.76, 31436.921),
    (12.0, 95.39, 14577.848),
    (12.0, 287.11, 31931.756),
    (12.0, 320.81, 34777.259),
    (9.0, 227.73, 1222.114),
    (8.0, 15.45, 16859.074),
];

/// The instant (UT, to a couple of minutes) of the March equinox of year `g` (Meeus ch. 27,
/// for the years 1000–3000).
///
/// ```
/// let e = eventline::time::calendars::march_equinox(2024).unwrap();
/// assert_eq!(e.format("%Y-%m-%d %H:%M").to_string(), "2024-03-20 03:06");
/// ```
pub fn march_equinox(g: i32) -> Option<NaiveDateTime> {
    if !(1000..=3000).contains(&g) {
        return None;
    }
    let y = (f64::from(g) - 2000.0) / 1000.0;
    let jde0 = 2_451_623.809_84 + 365_242.374_04 * y + 0.051_69 * y.powi(2)
        - 0.004_11 * y.powi(3)
        - 0.000_57 * y.powi(4);
    let t = (jde0 - 2_451_545.0) / 36525.0;
    let w = (35999.373 * t - 2.47).to_radians();
    let dl = 1.0 + 0.0334 * w.cos() + 0.0007 * (2.0 * w).cos();
    let s: f64 = EQUINOX_TERMS
        .iter()
        .map(|(a, b, c)| a * (b + c * t).to_radians().cos())
        .sum();
    let jde = jde0 + 0.000_01 * s / dl;
    // Terrestrial time runs about a minute ahead of UT in these years.
    let jd = jde - 69.0 / 86_400.0;
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1)?.and_hms_opt(12, 0, 0)?;
    Some(epoch + Duration::seconds(((jd - 2_451_545.0) * 86_400.0).round() as i64))
}

/// Nowruz, the Iranian (Solar Hijri) new year: the day of the March equinox in Tehran (UTC+3:30)
/// if it falls before noon there, else the day after.
///
/// ```
/// use eventline::time::calendars::nowruz;
/// assert_eq!(nowruz(2024).unwrap().to_string(), "2024-03-20");
/// assert_eq!(nowruz(2025).unwrap().to_string(), "2025-03-21");
/// ```
pub fn nowruz(g: i32) -> Option<NaiveDate> {
    let tehran = march_equinox(g)? + Duration::minutes(210);
    if tehran.time() < NaiveTime::from_hms_opt(12, 0, 0)? {
        Some(tehran.date())
    } else {
        tehran.date().succ_opt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first days of the Solar Hijri years 1375–1404, as Iran kept them.
    #[test]
    fn nowruz_dates() {
        for (g, day) in [
            (1996, 20),
            (1997, 21),
            (1998, 21),
            (1999, 21),
            (2000, 20),
            (2005, 21),
            (2006, 21),
            (2016, 20),
            (2017, 21),
            (2018, 21),
            (2019, 21),
            (2020, 20),
            (2021, 21),
            (2022, 21),
            (2023, 21),
            (2024, 20),
            (2025, 21),
        ] {
            assert_eq!(nowruz(g).map(|d| d.day()), Some(day), "{g}");
        }
        assert_eq!(nowruz(999), None);
    }

    #[test]
    fn known_dates() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            hebrew_holiday(HebrewDay::RoshHashanah, 2018),
            Some(d("2018-09-10"))
        );
        assert_eq!(
            hebrew_holiday(HebrewDay::YomKippur, 2018),
            Some(d("2018-09-19"))
        );
        assert_eq!(
            hebrew_holiday(HebrewDay::Passover, 2024),
            Some(d("2024-04-23"))
        );
        assert_eq!(chinese_new_year(2013), Some(d("2013-02-10")));
        assert_eq!(chinese_new_year(2014), Some(d("2014-01-31")));
        assert_eq!(diwali(2019), Some(d("2019-10-27")));
        assert_eq!(parsi_new_year(2022), Some(d("2022-08-16")));
        assert_eq!(islamic_in_year(9, 1, 2018), vec![d("2018-05-16")]);
        assert_eq!(islamic_in_year(12, 10, 2018), vec![d("2018-08-21")]);
    }
}
