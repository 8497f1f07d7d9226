//! Calendar dates as gazetteer files write them: ISO 8601 `YYYY-MM-DD`.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::error::{GazetteerErrorKind, ParseError};

/// A date of the proleptic Gregorian calendar, years 1 to 9999, written
/// `YYYY-MM-DD` — the start and end of a [`Role`](crate::Role), the date of
/// the built-in data.
///
/// Dates order chronologically.
///
/// # Examples
///
/// ```
/// use tokoh::gazetteer::Date;
///
/// let start: Date = "2021-01-26".parse()?;
/// let end = Date::new(2025, 1, 20).expect("a valid date");
/// assert!(start < end);
/// assert_eq!(end.to_string(), "2025-01-20");
/// assert!("2023-02-29".parse::<Date>().is_err()); // not a leap year
/// assert!("2021-1-26".parse::<Date>().is_err()); // two digits for the month
/// # Ok::<(), tokoh::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year`-`month`-`day`, or `None` if there is no such day
    /// (or the year is not between 1 and 9999).
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::gazetteer::Date;
    ///
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2100, 2, 29).is_none());
    /// assert!(Date::new(2024, 13, 1).is_none());
    /// ```
    #[must_use]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The year.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::gazetteer::Date::new(2024, 10, 20).map(|d| d.year()), Some(2024));
    /// ```
    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::gazetteer::Date::new(2024, 10, 20).map(|d| d.month()), Some(10));
    /// ```
    #[must_use]
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::gazetteer::Date::new(2024, 10, 20).map(|d| d.day()), Some(20));
    /// ```
    #[must_use]
    pub fn day(self) -> u8 {
        self.day
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = ParseError;

    /// Parses exactly `YYYY-MM-DD`: four digits, two, two, a valid day.
    fn from_str(s: &str) -> Result<Date, ParseError> {
        let invalid = || {
            ParseError::new(GazetteerErrorKind::InvalidDate {
                found: s.to_owned(),
            })
        };
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(invalid());
        }
        let number = |range: std::ops::Range<usize>| {
            b[range]
                .iter()
                .fold(0u16, |n, &c| n * 10 + u16::from(c - b'0'))
        };
        let month = u8::try_from(number(5..7)).map_err(|_| invalid())?;
        let day = u8::try_from(number(8..10)).map_err(|_| invalid())?;
        Date::new(number(0..4), month, day).ok_or_else(invalid)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_and_invalid_dates() {
        for ok in [
            "2024-02-29",
            "2000-02-29",
            "0001-01-01",
            "9999-12-31",
            "2021-04-30",
        ] {
            let date: Date = ok.parse().unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert_eq!(date.to_string(), ok);
        }
        for bad in [
            "",
            "2024",
            "2024-01",
            "2024-1-01",
            "2024-01-1",
            "24-01-01",
            "2024/01/01",
            "2024-01-01T00:00:00",
            " 2024-01-01",
            "2023-02-29",
            "1900-02-29",
            "2021-04-31",
            "2021-00-10",
            "2021-13-10",
            "2021-01-00",
            "0000-01-01",
            "２０２４-01-01",
            "+202-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn dates_order_chronologically_and_serialize_as_strings() {
        let a: Date = "2021-12-31".parse().expect("valid");
        let b: Date = "2022-01-01".parse().expect("valid");
        assert!(a < b);
        assert_eq!(
            serde_json::to_string(&a).expect("serializes"),
            "\"2021-12-31\""
        );
    }
}
