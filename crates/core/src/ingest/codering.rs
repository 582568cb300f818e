//! Turning the bytes of one field into text: UTF-8 when valid, otherwise
//! Windows-1252. Deciding per field (not per file) means one stray byte never
//! turns a whole UTF-8 file into mojibake, and a Windows-1252 file never shows
//! U+FFFD.

/// Code points for the bytes 0x80–0x9F in Windows-1252. The five bytes the
/// code page leaves undefined map to the C1 control with the same number, as
/// browsers do, so decoding never fails and never invents U+FFFD.
const CP1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}',
    '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// One Windows-1252 byte as a character.
pub fn cp1252_teken(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_80_9F.get(usize::from(b - 0x80)).copied().unwrap_or('\u{FFFD}'),
        // 0x00–0x7F is ASCII and 0xA0–0xFF is Latin-1: the byte is the code point.
        _ => char::from(b),
    }
}

/// Decodes one field. The flag says whether Windows-1252 was needed.
pub fn decodeer(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(tekst) => (tekst, false),
        Err(fout) => (fout.into_bytes().into_iter().map(cp1252_teken).collect(), true),
    }
}

/// Decodes one field onto the end of `uit` without allocating when `uit`
/// has room: the hot path of the reader. Same rule as [`decodeer`]; the flag
/// says whether Windows-1252 was needed.
pub fn decodeer_in(bytes: &[u8], uit: &mut String) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(tekst) => {
            uit.push_str(tekst);
            false
        }
        Err(_) => {
            uit.extend(bytes.iter().map(|&b| cp1252_teken(b)));
            true
        }
    }
}

/// The reverse, for tests and tools that must write Windows-1252: `None` for
/// a character the code page cannot hold.
pub fn naar_cp1252(tekst: &str) -> Option<Vec<u8>> {
    tekst
        .chars()
        .map(|c| {
            let code = u32::from(c);
            if code < 0x80 || (0xA0..=0xFF).contains(&code) {
                u8::try_from(code).ok()
            } else {
                CP1252_80_9F
                    .iter()
                    .position(|&t| t == c)
                    .and_then(|i| u8::try_from(i + 0x80).ok())
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_blijft_utf8() {
        assert_eq!(
            decodeer("Zorg & Co € ë".as_bytes().to_vec()),
            ("Zorg & Co € ë".to_string(), false)
        );
    }

    #[test]
    fn windows_1252_volledige_tabel() {
        let bytes: Vec<u8> = (0x80..=0x9F).collect();
        let (tekst, cp) = decodeer(bytes);
        assert!(cp);
        assert_eq!(tekst, "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ");
        let (tekst, _) = decodeer(vec![b'C', b'a', b'f', 0xE9, b' ', 0xEB, b' ', 0x80]);
        assert_eq!(tekst, "Café ë €");
        assert!(!tekst.contains('\u{FFFD}'));
    }

    #[test]
    fn decodeer_in_is_decodeer() {
        for bytes in [&b"Zorg & Co"[..], "€ ë".as_bytes(), &[b'C', 0xE9, 0x80][..], &[][..]] {
            let mut uit = String::from("x");
            let cp = decodeer_in(bytes, &mut uit);
            let (tekst, cp2) = decodeer(bytes.to_vec());
            assert_eq!((uit, cp), (format!("x{tekst}"), cp2));
        }
    }

    #[test]
    fn heen_en_terug() {
        let alles: String = (0u8..=255).map(cp1252_teken).collect();
        let bytes = naar_cp1252(&alles).unwrap();
        assert_eq!(bytes, (0u8..=255).collect::<Vec<_>>());
        assert_eq!(naar_cp1252("日本"), None);
    }
}
