//! A streaming RFC 4180 tokenizer on bytes.
//!
//! The caller feeds chunks of any size; the result never depends on where a
//! chunk ends (inside quotes, between `\r` and `\n`, inside a UTF-8 character
//! or the BOM), because all state lives in this struct and text is decoded
//! only once a whole field is known. Completed records are handed to the
//! caller at once and not kept, so memory stays bounded by one record.
//!
//! Speed: a record's bytes are collected in one reused buffer, fields as
//! byte ranges in it, so nothing is allocated per field or record once the
//! buffers have grown. Inside a field the tokenizer does not step a state
//! machine per byte: it looks each byte up in a 256-entry class table and
//! jumps to the next byte that matters (delimiter, quote, `\r`, `\n`).
//! Bytes are not copied one field at a time either: a run of bytes that all
//! belong in the buffer (delimiters included; the ranges leave them out) is
//! copied in one go when a byte must be left out (a quote, a line end) or
//! the chunk ends, so an unquoted line costs one copy. All of it is plain
//! portable Rust, as fast in WebAssembly as natively.

use std::ops::Range;

/// The header line is sniffed for its delimiter; a first line longer than
/// this is sniffed on its first bytes only, so a file without line ends
/// cannot make us buffer it whole before starting.
const SNUFFEL_MAX: usize = 64 * 1024;

const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// Class bit: the byte ends a run of an unquoted field (delimiter, `\r`, `\n`).
const STOP_ONGEQUOTE: u8 = 1;
/// Class bit: the byte ends a run inside quotes (`"`, `\r`, `\n`; line ends
/// stop the run only so lines are counted).
const STOP_GEQUOTE: u8 = 2;

/// One record as bytes, with the physical line where it starts. It borrows
/// the tokenizer's buffers and is only valid during the callback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuwRecord<'a> {
    /// 1-based line of the record's first byte; the header is line 1.
    pub regel: u64,
    /// The record's bytes: fields with the delimiters between them.
    bytes: &'a [u8],
    /// Where each field is in `bytes`.
    velden: &'a [Range<usize>],
    /// The file ended inside a quoted field: the record is incomplete, and
    /// this says where that field's quote was opened.
    pub open_aanhalingsteken: Option<OpenVeld>,
}

/// Where a quoted field that was never closed began, and how far it ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenVeld {
    /// 1-based line of the opening quote.
    pub regel: u64,
    /// 1-based position of the opening quote in its line, in bytes (a BOM
    /// not counted): equal to the character position in plain ASCII text.
    pub kolom: u64,
    /// 0-based index of the field in its record.
    pub veld: usize,
    /// The last line of the file, which the open field runs to.
    pub tot_regel: u64,
}

impl<'a> RuwRecord<'a> {
    /// The record's bytes; [`RuwRecord::grenzen`] says where the fields are.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The range of each field in [`RuwRecord::bytes`], in order.
    pub fn grenzen(&self) -> &'a [Range<usize>] {
        self.velden
    }

    /// The bytes of each field, in order.
    pub fn velden(&self) -> impl Iterator<Item = &'a [u8]> + 'a {
        let bytes = self.bytes;
        self.velden.iter().map(move |g| bytes.get(g.clone()).unwrap_or(&[]))
    }
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
    /// [`STOP_ONGEQUOTE`] / [`STOP_GEQUOTE`] bits per byte value.
    klassen: [u8; 256],
    bom: bool,
    toestand: Toestand,
    /// Bytes of the current record (quotes removed, `""` as `"`).
    bytes: Vec<u8>,
    /// Completed fields of the current record, as ranges in `bytes`.
    velden: Vec<Range<usize>>,
    /// Where the current field starts in `bytes` (counting bytes not yet copied).
    veld_begin: usize,
    /// The physical line the next byte is on.
    regel: u64,
    record_regel: u64,
    record_begonnen: bool,
    /// The previous byte was `\r`, so a following `\n` belongs to it.
    vorige_cr: bool,
    /// Bytes handed to [`Splitser::verwerk`] in earlier chunks: turns an
    /// index in a chunk into a position in the file (after any BOM).
    verwerkt: u64,
    /// Position in the file of the current line's first byte.
    regel_begin: u64,
    /// Line and column of the quote that opened the current (or last)
    /// quoted field, and the field's index in its record. Set at every
    /// opening quote, so it only costs a few stores per quoted field; read
    /// only when the file ends inside quotes.
    geopend: (u64, u64, usize),
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
            klassen: klassen(b','),
            bom: false,
            toestand: Toestand::VeldBegin,
            bytes: Vec::new(),
            velden: Vec::new(),
            veld_begin: 0,
            regel: 1,
            record_regel: 1,
            record_begonnen: false,
            vorige_cr: false,
            verwerkt: 0,
            regel_begin: 0,
            geopend: (0, 0, 0),
        }
    }
}

/// The class table for a delimiter.
fn klassen(scheidingsteken: u8) -> [u8; 256] {
    let mut t = [0u8; 256];
    for (b, klasse) in t.iter_mut().enumerate() {
        let b = u8::try_from(b).unwrap_or(0);
        if b == scheidingsteken || b == b'\r' || b == b'\n' {
            *klasse |= STOP_ONGEQUOTE;
        }
        if b == b'"' || b == b'\r' || b == b'\n' {
            *klasse |= STOP_GEQUOTE;
        }
    }
    t
}

/// Index of the first byte from `van` whose class has a bit of `masker`, or
/// `data.len()` when the run goes on past this chunk.
#[inline]
fn zoek(data: &[u8], van: usize, klassen: &[u8; 256], masker: u8) -> usize {
    data.get(van..)
        .and_then(|rest| rest.iter().position(|&b| klassen[usize::from(b)] & masker != 0))
        .map_or(data.len(), |p| van + p)
}

impl Splitser {
    /// Feeds the next chunk; every record completed by it goes to `uit`.
    pub fn voed(&mut self, chunk: &[u8], uit: &mut dyn FnMut(&RuwRecord, u8)) {
        if let Some(snuffel) = self.snuffel.as_mut() {
            snuffel.buffer.extend_from_slice(chunk);
            if let Some(einde) = snuffel.einde_eerste_regel() {
                self.snuffel_af(einde, uit);
            }
            return;
        }
        self.verwerk(chunk, uit);
    }

    /// Ends the input: flushes the last record (also one without a line end).
    pub fn einde(&mut self, uit: &mut dyn FnMut(&RuwRecord, u8)) {
        if let Some(snuffel) = self.snuffel.as_ref() {
            let einde = snuffel.buffer.len();
            self.snuffel_af(einde, uit);
        }
        if self.record_begonnen {
            let open = (self.toestand == Toestand::Gequote).then(|| {
                let (regel, kolom, veld) = self.geopend;
                // A line end as the file's last byte starts no new line.
                let tot_regel = if self.regel_begin == self.verwerkt && self.regel > 1 {
                    self.regel - 1
                } else {
                    self.regel
                };
                OpenVeld {
                    regel,
                    kolom,
                    veld,
                    tot_regel,
                }
            });
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
    fn snuffel_af(&mut self, einde: usize, uit: &mut dyn FnMut(&RuwRecord, u8)) {
        let Some(snuffel) = self.snuffel.take() else { return };
        let buffer = snuffel.buffer;
        let start = if buffer.starts_with(&BOM) { 3 } else { 0 };
        self.bom = start == 3;
        self.scheidingsteken = snuffel_scheidingsteken(buffer.get(start..einde.max(start)).unwrap_or(&[]));
        self.klassen = klassen(self.scheidingsteken);
        self.verwerk(buffer.get(start..).unwrap_or(&[]), uit);
    }

    /// The tokenizer proper. Each turn of the loop handles one byte that
    /// matters, or jumps over a run of bytes that do not. `data[van..i]` is
    /// the run of bytes that belong in `self.bytes` but are not copied yet;
    /// [`Kopie`] does the bookkeeping.
    fn verwerk(&mut self, data: &[u8], uit: &mut dyn FnMut(&RuwRecord, u8)) {
        let mut i = 0;
        let mut kopie = Kopie { data, van: 0 };
        while let Some(&b) = data.get(i) {
            if self.vorige_cr {
                self.vorige_cr = false;
                if b == b'\n' {
                    // Second half of CRLF: the line was counted (and a record
                    // outside quotes ended) at the `\r`. Inside quotes it is
                    // part of the value, so it stays in the run.
                    if self.toestand != Toestand::Gequote {
                        kopie.sla_over(&mut self.bytes, i);
                    }
                    self.regel_begin = self.verwerkt + i as u64 + 1;
                    i += 1;
                    continue;
                }
            }
            let nieuwe_regel = b == b'\r' || b == b'\n';
            if !self.record_begonnen && !nieuwe_regel {
                self.record_begonnen = true;
                self.record_regel = self.regel;
            }
            // In the two run states the byte that ends the run needs none of
            // the checks above: it follows a byte that was no `\r`, inside a
            // record that has begun.
            match self.toestand {
                Toestand::Ongequote => {
                    let einde = zoek(data, i, &self.klassen, STOP_ONGEQUOTE);
                    let Some(&s) = data.get(einde) else { break };
                    if s == self.scheidingsteken {
                        self.sluit_veld(kopie.positie(&self.bytes, einde));
                    } else {
                        kopie.sla_over(&mut self.bytes, einde);
                        self.regeleinde(s, self.verwerkt + einde as u64, uit);
                    }
                    i = einde + 1;
                }
                Toestand::Gequote => {
                    let einde = zoek(data, i, &self.klassen, STOP_GEQUOTE);
                    let Some(&s) = data.get(einde) else { break };
                    if s == b'"' {
                        kopie.sla_over(&mut self.bytes, einde);
                        self.toestand = Toestand::QuoteInGequote;
                    } else {
                        // A line end inside quotes is part of the value.
                        self.nieuwe_regel(s, self.verwerkt + einde as u64);
                    }
                    i = einde + 1;
                }
                Toestand::QuoteInGequote => {
                    match b {
                        // `""`: the first quote was left out, this one stays.
                        b'"' => self.toestand = Toestand::Gequote,
                        _ if b == self.scheidingsteken => self.sluit_veld(kopie.positie(&self.bytes, i)),
                        b'\r' | b'\n' => {
                            kopie.sla_over(&mut self.bytes, i);
                            self.regeleinde(b, self.verwerkt + i as u64, uit);
                        }
                        // `"ab"c` breaks RFC 4180; keep the text rather than lose it.
                        _ => self.toestand = Toestand::Ongequote,
                    }
                    i += 1;
                }
                Toestand::VeldBegin => {
                    match b {
                        b'"' => {
                            kopie.sla_over(&mut self.bytes, i);
                            self.toestand = Toestand::Gequote;
                            let kolom = (self.verwerkt + i as u64).saturating_sub(self.regel_begin) + 1;
                            self.geopend = (self.regel, kolom, self.velden.len());
                        }
                        _ if b == self.scheidingsteken => self.sluit_veld(kopie.positie(&self.bytes, i)),
                        b'\r' | b'\n' => {
                            kopie.sla_over(&mut self.bytes, i);
                            self.regeleinde(b, self.verwerkt + i as u64, uit);
                        }
                        // Not consumed: the next turn jumps over it with its run.
                        _ => {
                            self.toestand = Toestand::Ongequote;
                            continue;
                        }
                    }
                    i += 1;
                }
            }
        }
        // The chunk's bytes go away: keep what belongs to the record.
        kopie.sla_over(&mut self.bytes, data.len());
        self.verwerkt += data.len() as u64;
    }

    /// Counts the line end `b` at file position `positie`.
    fn nieuwe_regel(&mut self, b: u8, positie: u64) {
        self.regel += 1;
        self.vorige_cr = b == b'\r';
        // After `\r` this points at a possible `\n`, moved on past it then.
        self.regel_begin = positie + 1;
    }

    /// Ends the current field at `einde` (the delimiter's position in the
    /// record's bytes; the delimiter itself stays in the buffer, unused).
    fn sluit_veld(&mut self, einde: usize) {
        self.velden.push(self.veld_begin..einde);
        self.veld_begin = einde + 1;
        self.toestand = Toestand::VeldBegin;
    }

    fn regeleinde(&mut self, b: u8, positie: u64, uit: &mut dyn FnMut(&RuwRecord, u8)) {
        if self.record_begonnen {
            self.sluit_record(None, uit);
        }
        // An empty line is no record; it still counts as a line.
        self.nieuwe_regel(b, positie);
    }

    /// Hands over the record; all its bytes must have been copied.
    fn sluit_record(&mut self, open: Option<OpenVeld>, uit: &mut dyn FnMut(&RuwRecord, u8)) {
        self.velden.push(self.veld_begin..self.bytes.len());
        self.toestand = Toestand::VeldBegin;
        self.record_begonnen = false;
        uit(
            &RuwRecord {
                regel: self.record_regel,
                bytes: &self.bytes,
                velden: &self.velden,
                open_aanhalingsteken: open,
            },
            self.scheidingsteken,
        );
        self.bytes.clear();
        self.velden.clear();
        self.veld_begin = 0;
    }
}

/// The run of a chunk's bytes that belong in the record buffer but have not
/// been copied yet: `data[van..i]` at the position `i` being read.
struct Kopie<'d> {
    data: &'d [u8],
    van: usize,
}

impl Kopie<'_> {
    /// Copies the run up to `i` and leaves the byte at `i` out.
    #[inline]
    fn sla_over(&mut self, bytes: &mut Vec<u8>, i: usize) {
        bytes.extend_from_slice(self.data.get(self.van..i).unwrap_or(&[]));
        self.van = i + 1;
    }

    /// Where the byte at `i` is in the record's bytes once copied.
    #[inline]
    fn positie(&self, bytes: &[u8], i: usize) -> usize {
        bytes.len() + i.saturating_sub(self.van)
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

    /// A record owned by the test: (line, fields, open).
    #[derive(Debug)]
    struct Record {
        regel: u64,
        velden: Vec<Vec<u8>>,
        open_aanhalingsteken: Option<OpenVeld>,
    }

    fn eigen(r: &RuwRecord) -> Record {
        Record {
            regel: r.regel,
            velden: r.velden().map(<[u8]>::to_vec).collect(),
            open_aanhalingsteken: r.open_aanhalingsteken,
        }
    }

    fn splits(bytes: &[u8], stukgrootte: usize) -> (Vec<Record>, u8, bool) {
        let mut s = Splitser::default();
        let mut records = Vec::new();
        let mut sch = b'?';
        for stuk in bytes.chunks(stukgrootte.max(1)) {
            s.voed(stuk, &mut |r, d| {
                records.push(eigen(r));
                sch = d;
            });
        }
        s.einde(&mut |r, d| {
            records.push(eigen(r));
            sch = d;
        });
        (records, sch, s.bom())
    }

    fn tekst(r: &Record) -> Vec<String> {
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
        assert_eq!(
            records[1].open_aanhalingsteken,
            Some(OpenVeld {
                regel: 2,
                kolom: 3,
                veld: 1,
                tot_regel: 3
            })
        );
        assert_eq!(records[1].regel, 2);
    }

    #[test]
    fn plek_van_het_open_aanhalingsteken_over_stukken_heen() {
        // The record starts on line 2 with a closed multi-line field (CRLF
        // and `""` inside), so the open quote is on line 3, its sixth byte;
        // a BOM is not counted.
        let invoer = b"\xEF\xBB\xBFa,b,c\r\n\"x\"\"\r\ny\",1,\"open\r\nrest\nmeer";
        for grootte in 1..12 {
            let (records, _, _) = splits(invoer, grootte);
            assert_eq!(records.len(), 2, "grootte {grootte}");
            assert_eq!(records[1].regel, 2);
            assert_eq!(
                records[1].open_aanhalingsteken,
                Some(OpenVeld {
                    regel: 3,
                    kolom: 6,
                    veld: 2,
                    tot_regel: 5
                }),
                "grootte {grootte}"
            );
        }
        // A file that ends with a line end inside the open field.
        let (records, _, _) = splits(b"a\n\"b\r\n", 1);
        assert_eq!(
            records[1].open_aanhalingsteken.map(|o| (o.regel, o.tot_regel)),
            Some((2, 2))
        );
    }

    #[test]
    fn scheidingsteken_snuffelen() {
        assert_eq!(snuffel_scheidingsteken(b"jaar;bedrag;\"a,b,c\""), b';');
        assert_eq!(snuffel_scheidingsteken(b"jaar\tbedrag"), b'\t');
        assert_eq!(snuffel_scheidingsteken(b"jaar,bedrag"), b',');
        assert_eq!(snuffel_scheidingsteken(b"jaar"), b',');
        assert_eq!(snuffel_scheidingsteken(b"a;b,c"), b';');
    }

    /// The tokenizer as it was before the fast one: one state step per
    /// byte. Kept as the oracle the fast one must match exactly.
    fn referentie(invoer: &[u8]) -> Vec<Record> {
        let start = if invoer.starts_with(&BOM) { 3 } else { 0 };
        let data = invoer.get(start..).unwrap_or(&[]);
        let mut eerste = 0;
        let mut in_q = false;
        while eerste < data.len() && eerste < SNUFFEL_MAX - start {
            match data[eerste] {
                b'"' => in_q = !in_q,
                b'\r' | b'\n' if !in_q => break,
                _ => {}
            }
            eerste += 1;
        }
        let sch = snuffel_scheidingsteken(&data[..eerste]);
        let (mut uit, mut veld, mut velden) = (Vec::new(), Vec::new(), Vec::new());
        let (mut toestand, mut regel, mut record_regel, mut begonnen, mut vorige_cr) =
            (Toestand::VeldBegin, 1u64, 1u64, false, false);
        // Where the current line starts, and where the last quote opened.
        let (mut regel_begin, mut geopend) = (0usize, (0u64, 0u64, 0usize));
        for (j, &b) in data.iter().enumerate() {
            if vorige_cr {
                vorige_cr = false;
                if b == b'\n' {
                    if toestand == Toestand::Gequote {
                        veld.push(b);
                    }
                    regel_begin = j + 1;
                    continue;
                }
            }
            let nl = b == b'\r' || b == b'\n';
            if !begonnen && !nl {
                begonnen = true;
                record_regel = regel;
            }
            let mut regeleinde = false;
            match toestand {
                Toestand::Gequote if b == b'"' => toestand = Toestand::QuoteInGequote,
                Toestand::Gequote => {
                    veld.push(b);
                    if nl {
                        regel += 1;
                        vorige_cr = b == b'\r';
                        regel_begin = j + 1;
                    }
                }
                Toestand::QuoteInGequote if b == b'"' => {
                    veld.push(b);
                    toestand = Toestand::Gequote;
                }
                Toestand::VeldBegin if b == b'"' => {
                    toestand = Toestand::Gequote;
                    geopend = (regel, (j - regel_begin + 1) as u64, velden.len());
                }
                _ if b == sch => {
                    velden.push(std::mem::take(&mut veld));
                    toestand = Toestand::VeldBegin;
                }
                _ if nl => regeleinde = true,
                _ => {
                    veld.push(b);
                    toestand = Toestand::Ongequote;
                }
            }
            if regeleinde {
                if begonnen {
                    velden.push(std::mem::take(&mut veld));
                    let velden = std::mem::take(&mut velden);
                    uit.push(Record {
                        regel: record_regel,
                        velden,
                        open_aanhalingsteken: None,
                    });
                    toestand = Toestand::VeldBegin;
                    begonnen = false;
                }
                regel += 1;
                vorige_cr = b == b'\r';
                regel_begin = j + 1;
            }
        }
        if begonnen {
            velden.push(veld);
            // The last line is the one holding the file's last byte.
            let laatste = data.iter().rev().position(|&b| b != b'\r' && b != b'\n');
            let tot_regel = match laatste {
                Some(0) => regel,
                _ => regel - 1,
            };
            uit.push(Record {
                regel: record_regel,
                velden,
                open_aanhalingsteken: (toestand == Toestand::Gequote).then_some(OpenVeld {
                    regel: geopend.0,
                    kolom: geopend.1,
                    veld: geopend.2,
                    tot_regel,
                }),
            });
        }
        uit
    }

    proptest::proptest! {
        #[test]
        fn gelijk_aan_de_referentie(
            bytes in proptest::collection::vec(proptest::sample::select(vec![b'"', b';', b',', b'\t', b'\r', b'\n', b'a', b'b', 0xEF, 0xBB, 0xBF, 0xE9]), 0..200),
            grootte in 1usize..40,
        ) {
            let (records, _, _) = splits(&bytes, grootte);
            let verwacht = referentie(&bytes);
            let vorm = |r: &[Record]| r.iter().map(|r| (r.regel, r.velden.clone(), r.open_aanhalingsteken)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(vorm(&records), vorm(&verwacht));
        }
    }

    #[test]
    fn alleen_cr_is_ook_een_regeleinde() {
        let (records, _, _) = splits(b"a,b\r1,2\r3,4", 1);
        assert_eq!(records.iter().map(|r| r.regel).collect::<Vec<_>>(), [1, 2, 3]);
    }
}
