//! Wall-clock helpers: unix milliseconds, the parent's reset zone (a fixed UTC offset), the day
//! key of budgets and audit files, and the next daily reset. Durations that must not jump with
//! the wall clock (agent TTLs, backoff) use tokio's monotonic clock instead.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds in a day.
pub const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// Now, in unix milliseconds (0 if the clock is before 1970).
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Parses a reset zone: `UTC`, `Z`, or a fixed offset `+HH:MM` / `-HH:MM`. Returns the offset
/// in minutes east of UTC.
///
/// # Errors
/// A sentence saying what is accepted.
pub fn parse_zone(zone: &str) -> Result<i64, String> {
    let z = zone.trim();
    if z.eq_ignore_ascii_case("utc") || z == "Z" {
        return Ok(0);
    }
    let bad = || format!("reset_zone {zone:?} must be \"UTC\" or an offset such as \"+02:00\"");
    let (sign, rest) = match z.as_bytes().first() {
        Some(b'+') => (1, &z[1..]),
        Some(b'-') => (-1, &z[1..]),
        _ => return Err(bad()),
    };
    let (h, m) = rest.split_once(':').ok_or_else(bad)?;
    let h: i64 = h.parse().map_err(|_| bad())?;
    let m: i64 = m.parse().map_err(|_| bad())?;
    if !(0..=14).contains(&h) || !(0..60).contains(&m) {
        return Err(bad());
    }
    Ok(sign * (h * 60 + m))
}

/// Local milliseconds (unix ms shifted by the zone offset).
fn local_ms(now_ms: u64, offset_min: i64) -> i64 {
    i64::try_from(now_ms).unwrap_or(i64::MAX) + offset_min * 60_000
}

/// The local day (`YYYY-MM-DD`) of `now_ms` in the zone.
pub fn day_key(now_ms: u64, offset_min: i64) -> String {
    let days = local_ms(now_ms, offset_min).div_euclid(DAY_MS as i64);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The unix ms of the next local midnight after `now_ms`.
pub fn next_reset_ms(now_ms: u64, offset_min: i64) -> u64 {
    let local = local_ms(now_ms, offset_min);
    let next_local = (local.div_euclid(DAY_MS as i64) + 1) * DAY_MS as i64;
    u64::try_from(next_local - offset_min * 60_000).unwrap_or(0)
}

/// Days since 1970-01-01 to a (year, month, day) civil date (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A unix ms as `YYYY-MM-DDTHH:MM:SSZ`, for people.
pub fn rfc3339(ms: u64) -> String {
    let secs = i64::try_from(ms / 1000).unwrap_or(i64::MAX);
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_resets() {
        // 2024-02-29T23:30:00Z
        let t = 1_709_249_400_000;
        assert_eq!(day_key(t, 0), "2024-02-29");
        assert_eq!(day_key(t, 60), "2024-03-01");
        assert_eq!(next_reset_ms(t, 0), 1_709_251_200_000);
        assert_eq!(next_reset_ms(t, 60), 1_709_251_200_000 + DAY_MS - 3_600_000);
        assert_eq!(rfc3339(t), "2024-02-29T23:30:00Z");
        assert_eq!(day_key(0, 0), "1970-01-01");
    }

    #[test]
    fn zones() {
        assert_eq!(parse_zone("UTC"), Ok(0));
        assert_eq!(parse_zone("+02:00"), Ok(120));
        assert_eq!(parse_zone("-05:30"), Ok(-330));
        assert!(parse_zone("Europe/Paris").is_err());
        assert!(parse_zone("+25:00").is_err());
    }
}
