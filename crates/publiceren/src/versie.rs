//! A build's version: a fingerprint of every file it serves.

/// 64-bit FNV-1a. Not for security: it only has to change when a file
/// changes, so that a new release gets a new cache and a new worker.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Fingerprint of a set of files given as (path, content), in the order
/// given. Path and content both count, so a rename is a new version too.
pub fn van_bestanden<'a>(bestanden: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> String {
    let mut samen: u64 = 0xcbf2_9ce4_8422_2325;
    for (pad, inhoud) in bestanden {
        for deel in [fnv1a(pad.as_bytes()), fnv1a(inhoud)] {
            samen = fnv1a(&[samen.to_le_bytes(), deel.to_le_bytes()].concat());
        }
    }
    format!("{samen:016x}")
}
