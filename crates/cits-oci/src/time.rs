//! RFC 3339 timestamps without a date-time dependency.

/// Seconds per day; Unix time has no leap seconds.
const SECS_PER_DAY: u64 = 86_400;

/// Formats Unix seconds as `YYYY-MM-DDTHH:MM:SSZ` (UTC), the form the image spec's
/// `created` fields take.
pub fn rfc3339_utc(unix_s: u64) -> String {
    let days = unix_s / SECS_PER_DAY;
    let rem = unix_s % SECS_PER_DAY;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day).
///
/// Howard Hinnant's `civil_from_days`, restricted to non-negative days: eras of 400
/// years (146 097 days) repeat exactly, and shifting the year to start in March puts
/// the leap day at the end.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_leap_day_and_end_of_century() {
        assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
        // 2000-02-29 is day 10957 (2000-01-01) + 31 + 28.
        assert_eq!(rfc3339_utc(11_016 * SECS_PER_DAY), "2000-02-29T00:00:00Z");
        assert_eq!(
            rfc3339_utc(11_016 * SECS_PER_DAY - 1),
            "2000-02-28T23:59:59Z"
        );
        // 2100 is not a leap year: 2100-03-01 follows 2100-02-28.
        let feb_28_2100 = 47_540 * SECS_PER_DAY;
        assert_eq!(rfc3339_utc(feb_28_2100), "2100-02-28T00:00:00Z");
        assert_eq!(
            rfc3339_utc(feb_28_2100 + SECS_PER_DAY),
            "2100-03-01T00:00:00Z"
        );
        assert_eq!(rfc3339_utc(1_700_000_000), "2023-11-14T22:13:20Z");
    }
}
