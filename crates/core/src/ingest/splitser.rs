//! A streaming RFC 4180 tokenizer on bytes.
//!
//! The caller feeds chunks of any size; the result never depends on where a
//! chunk ends (inside quotes, between `\r` and `\n`, inside a UTF-8 character
//! or the BOM), because all state lives in this struct and text is decoded
//! only once a whole field is known. Completed records are handed to the
//! caller at once and not kept, so memory stays bounded by one record.

/// The header line is sniffed for its delimiter; a first line longer than
/// this is sniffed on its first bytes only, so a file without line ends
/// cannot make us buffer it whole before starting.
const SNUFFEL_MAX: usize = 64 * 1024;

const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// One record as bytes, with the physical line where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuwRecord {
    /// 1-based line of the record's first byte; the header is line 1.
    pub regel: u64,
    pub velden: Vec<Vec<u8>>,
    /// The file ended inside a quoted field: the record is incomplete.
    pub open_aanhalingsteken: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Toestand {
    VeldBegin,
    Ongequote,
    Gequote,
    /// A `"` inside a quoted field: either `""` or the closing quote.
    QuoteInGequote,
}

#[derive(Debug)]
pub struct Splitser {
    /// Bytes of the first line while the delimiter is not yet known.
    snuffel: Option<Snuffel>,
    scheidingsteken: u8,
    bom: bool,
    toestand: Toestand,
    veld: Vec<u8>,
    velden: Vec<Vec<u8>>,
    /// The physical line the next byte is on.
    regel: u64,
    record_regel: u64,
    record_begonnen: bool,
    /// The previous byte was `\r`, so a following `\n` belongs to it.
    vorige_cr: bool,
}

#[derive(Debug, Default)]
struct Snuffel {
    buffer: Vec<u8>,
    /// How far the buffer has been scanned for the end of the first line.
    gescand: usize,
    in_quotes: bool,
}

impl Default for Splitser {
    fn default() -> Self {
        Splitser {
            snuffel: Some(Snuffel::default()),
            scheidingsteken: b',',
            bom: false,
            toestand: Toestand::VeldBegin,
            veld: Vec::new(),
            velden: Vec::new(),
            regel: 1,
            record_regel: 1,
            record_begonnen: false,
            vorige_cr: false,
        }
    }
}

impl Splitser {
    /// Feeds the next chunk; every record completed by it goes to `uit`.
    pub fn voed(&mut self, chunk: &[u8], uit: &mut dyn FnMut(RuwRecord, u8)) {
        if let Some(snuffel) = self.snuffel.as_mut() {
            snuffel.buffer.extend_from_slice(chunk);
            if let Some(einde) = snuffel.einde_eerste_regel() {
                self.snuffel_af(einde, uit);
            }
            return;
        }
        for &b in chunk {
            self.byte(b, uit);
        }
    }

    /// Ends the input: flushes the last record (also one without a line end).
    pub fn einde(&mut self, uit: &mut dyn FnMut(RuwRecord, u8)) {
        if let Some(snuffel) = self.snuffel.as_ref() {
            let einde = snuffel.buffer.len();
            self.snuffel_af(einde, uit);
        }
        if self.record_begonnen {
            let open = self.toestand == Toestand::Gequote;
            self.sluit_record(open, uit);
        }
    }

    /// Whether the file started with a UTF-8 byte order mark.
    pub fn bom(&self) -> bool {
        self.bom
    }

    /// The physical line being read (for progress reports).
    pub fn regels(&self) -> u64 {
        self.regel
    }

    /// Chooses the delimiter from the first `einde` buffered bytes, then
    /// tokenizes everything buffered.
    fn snuffel_af(&mut self, einde: usize, uit: &mut dyn FnMut(RuwRecord, u8)) {
        let Some(snuffel) = self.snuffel.take() else { return };
        let buffer = snuffel.buffer;
        let start = if buffer.starts_with(&BOM) { 3 } else { 0 };
        self.bom = start == 3;
        self.scheidingsteken = snuffel_scheidingsteken(buffer.get(start..einde.max(start)).unwrap_or(&[]));
        for &b in buffer.get(start..).unwrap_or(&[]) {
            self.byte(b, uit);
        }
    }

    fn byte(&mut self, b: u8, uit: &mut dyn FnMut(RuwRecord, u8)) {
        if self.vorige_cr {
            self.vorige_cr = false;
            if b == b'\n' {
                // Second half of CRLF: the line was counted (and a record
                // outside quotes ended) at the `\r`.
                if self.toestand == Toestand::Gequote {
                    self.veld.push(b);
                }
                return;
            }
        }
        let nieuwe_regel = b == b'\r' || b == b'\n';
        if !self.record_begonnen && !nieuwe_regel {
            self.record_begonnen = true;
            self.record_regel = self.regel;
        }
        match self.toestand {
            Toestand::Gequote => match b {
                b'"' => self.toestand = Toestand::QuoteInGequote,
                _ => {
                    self.veld.push(b);
                    if nieuwe_regel {
                        self.nieuwe_regel(b);
                    }
                }
            },
            Toestand::QuoteInGequote => match b {
                b'"' => {
                    self.veld.push(b'"');
                    self.toestand = Toestand::Gequote;
                }
                _ if b == self.scheidingsteken => self.sluit_veld(),
                b'\r' | b'\n' => self.regeleinde(b, uit),
                // `"ab"c` breaks RFC 4180; keep the text rather than lose it.
                _ => {
                    self.veld.push(b);
                    self.toestand = Toestand::Ongequote;
                }
            },
            Toestand::VeldBegin => match b {
                b'"' => self.toestand = Toestand::Gequote,
                _ if b == self.scheidingsteken => self.sluit_veld(),
                b'\r' | b'\n' => self.regeleinde(b, uit),
                _ => {
                    self.veld.push(b);
                    self.toestand = Toestand::Ongequote;
                }
            },
            Toestand::Ongequote => match b {
                _ if b == self.scheidingsteken => self.sluit_veld(),
                b'\r' | b'\n' => self.regeleinde(b, uit),
                _ => self.veld.push(b),
            },
        }
    }

    fn nieuwe_regel(&mut self, b: u8) {
        self.regel += 1;
        self.vorige_cr = b == b'\r';
    }

    fn sluit_veld(&mut self) {
        self.velden.push(std::mem::take(&mut self.veld));
        self.toestand = Toestand::VeldBegin;
    }

    fn regeleinde(&mut self, b: u8, uit: &mut dyn FnMut(RuwRecord, u8)) {
        if self.record_begonnen {
            self.sluit_record(false, uit);
        }
        // An empty line is no record; it still counts as a line.
        self.nieuwe_regel(b);
    }

    fn sluit_record(&mut self, open: bool, uit: &mut dyn FnMut(RuwRecord, u8)) {
        self.velden.push(std::mem::take(&mut self.veld));
        let velden = std::mem::take(&mut self.velden);
        self.toestand = Toestand::VeldBegin;
        self.record_begonnen = false;
        uit(
            RuwRecord {
                regel: self.record_regel,
                velden,
                open_aanhalingsteken: open,
            },
            self.scheidingsteken,
        );
    }
}

impl Snuffel {
    /// Index of the end of the first line (outside quotes), or of the sniff
    /// limit; `None` while more bytes are needed.
    fn einde_eerste_regel(&mut self) -> Option<usize> {
        let start = self.gescand;
        for (i, &b) in self.buffer.iter().enumerate().skip(start) {
            match b {
                b'"' => self.in_quotes = !self.in_quotes,
                b'\r' | b'\n' if !self.in_quotes => return Some(i),
                _ => {}
            }
            if i + 1 >= SNUFFEL_MAX {
                return Some(i + 1);
            }
        }
        self.gescand = self.buffer.len();
        None
    }
}

/// The delimiter of a header line: the most frequent of `;`, tab and `,`
/// outside quotes. Ties go to `;`, then tab: Dutch exports use `;` because
/// `,` is their decimal mark. A line with none of them gets `,` (RFC 4180).
pub fn snuffel_scheidingsteken(regel: &[u8]) -> u8 {
    let (mut puntkomma, mut tab, mut komma) = (0usize, 0usize, 0usize);
    let mut in_quotes = false;
    for &b in regel {
        match b {
            b'"' => in_quotes = !in_quotes,
            b';' if !in_quotes => puntkomma += 1,
            b'\t' if !in_quotes => tab += 1,
            b',' if !in_quotes => komma += 1,
            _ => {}
        }
    }
    if puntkomma == 0 && tab == 0 && komma == 0 {
        b','
    } else if puntkomma >= tab && puntkomma >= komma {
        b';'
    } else if tab >= komma {
        b'\t'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splits(bytes: &[u8], stukgrootte: usize) -> (Vec<RuwRecord>, u8, bool) {
        let mut s = Splitser::default();
        let mut records = Vec::new();
        let mut sch = b'?';
        for stuk in bytes.chunks(stukgrootte.max(1)) {
            s.voed(stuk, &mut |r, d| {
                records.push(r);
                sch = d;
            });
        }
        s.einde(&mut |r, d| {
            records.push(r);
            sch = d;
        });
        (records, sch, s.bom())
    }

    fn tekst(r: &RuwRecord) -> Vec<String> {
        r.velden
            .iter()
            .map(|v| String::from_utf8_lossy(v).into_owned())
            .collect()
    }

    #[test]
    fn rfc4180_quotes_en_regelnummers() {
        let invoer = b"a;b;c\r\n1;\"x;y\";\"he zei \"\"hoi\"\"\"\r\n2;\"regel\r\nnog een\nen nog\";z\r\n\r\n3;4;5";
        for grootte in [1, 2, 3, 7, 1000] {
            let (records, sch, bom) = splits(invoer, grootte);
            assert_eq!(sch, b';');
            assert!(!bom);
            assert_eq!(records.len(), 4, "grootte {grootte}");
            assert_eq!(tekst(&records[1]), ["1", "x;y", "he zei \"hoi\""]);
            assert_eq!(tekst(&records[2]), ["2", "regel\r\nnog een\nen nog", "z"]);
            let regels: Vec<u64> = records.iter().map(|r| r.regel).collect();
            // Record 2 spans lines 3–5; line 6 is empty; record 3 is on line 7.
            assert_eq!(regels, [1, 2, 3, 7]);
        }
    }

    #[test]
    fn bom_wordt_verwijderd_ook_over_stukken_heen() {
        let invoer = b"\xEF\xBB\xBFclient,toewijzing\nA,T1\n";
        for grootte in 1..5 {
            let (records, sch, bom) = splits(invoer, grootte);
            assert!(bom);
            assert_eq!(sch, b',');
            assert_eq!(tekst(&records[0]), ["client", "toewijzing"]);
        }
    }

    #[test]
    fn open_aanhalingsteken_aan_het_einde() {
        let (records, _, _) = splits(b"a;b\n1;\"nooit dicht\n2;3\n", 4);
        assert_eq!(records.len(), 2);
        assert!(records[1].open_aanhalingsteken);
        assert_eq!(records[1].regel, 2);
    }

    #[test]
    fn scheidingsteken_snuffelen() {
        assert_eq!(snuffel_scheidingsteken(b"jaar;bedrag;\"a,b,c\""), b';');
        assert_eq!(snuffel_scheidingsteken(b"jaar\tbedrag"), b'\t');
        assert_eq!(snuffel_scheidingsteken(b"jaar,bedrag"), b',');
        assert_eq!(snuffel_scheidingsteken(b"jaar"), b',');
        assert_eq!(snuffel_scheidingsteken(b"a;b,c"), b';');
    }

    #[test]
    fn alleen_cr_is_ook_een_regeleinde() {
        let (records, _, _) = splits(b"a,b\r1,2\r3,4", 1);
        assert_eq!(records.iter().map(|r| r.regel).collect::<Vec<_>>(), [1, 2, 3]);
    }
}
