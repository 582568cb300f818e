//! Long steps over every row (joining files, building the KPI index) are
//! written as async code that offers a pause every [`STAP`] rows. The browser
//! passes a [`Pauze`] that gives the event loop back when the step has run
//! for a while, so the page never freezes without a thread of its own; the CLI
//! and the tests pass [`GeenPauze`] and run the same code straight through.

use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

/// Rows between two offered pauses: a few milliseconds of work in wasm, so a
/// pause can come soon after the caller's time budget runs out.
pub const STAP: u32 = 4096;

/// The caller no longer wants the result (newer files, "Wis alle gegevens").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Afgebroken;

/// What [`Pauze::adem`] returns: boxed, so that `Pauze` can be used as
/// `dyn Pauze`.
pub type Adem<'a> = Pin<Box<dyn Future<Output = Result<(), Afgebroken>> + 'a>>;

/// Where a long step may pause.
///
/// The long steps take `&mut dyn Pauze`, not a generic parameter: a generic
/// step is compiled in the crate that names the pause type, so the
/// browser's join, index and KPI passes were compiled in the web crate, at
/// its size-first optimisation level. Taken as `dyn`, they are compiled
/// once, here, at the core's (see `Cargo.toml`). The box costs one
/// allocation per [`STAP`] rows.
pub trait Pauze {
    /// Offered every [`STAP`] rows. Resolves when the work may go on, or
    /// with [`Afgebroken`] when it should stop.
    fn adem(&mut self) -> Adem<'_>;
}

/// Never pauses and never stops: for native callers.
pub struct GeenPauze;

impl Pauze for GeenPauze {
    fn adem(&mut self) -> Adem<'_> {
        Box::pin(std::future::ready(Ok(())))
    }
}

/// Counts rows and offers a pause every [`STAP`] of them.
pub(crate) struct Ritme<'p> {
    pauze: &'p mut dyn Pauze,
    teller: u32,
}

impl<'p> Ritme<'p> {
    pub(crate) fn nieuw(pauze: &'p mut dyn Pauze) -> Self {
        Ritme { pauze, teller: 0 }
    }

    /// One row done.
    pub(crate) async fn tik(&mut self) -> Result<(), Afgebroken> {
        self.tikken(1).await
    }

    /// `n` rows done at once (a bulk copy).
    pub(crate) async fn tikken(&mut self, n: usize) -> Result<(), Afgebroken> {
        self.teller = self.teller.saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
        if self.teller >= STAP {
            self.teller = 0;
            self.pauze.adem().await
        } else {
            Ok(())
        }
    }
}

/// Copies `bron` onto the end of `doel` in pieces of [`STAP`] rows.
pub(crate) async fn kopieer<T: Clone>(doel: &mut Vec<T>, bron: &[T], ritme: &mut Ritme<'_>) -> Result<(), Afgebroken> {
    doel.reserve(bron.len());
    for stuk in bron.chunks(STAP as usize) {
        doel.extend_from_slice(stuk);
        ritme.tikken(stuk.len()).await?;
    }
    Ok(())
}

/// Frees a list in pieces of [`STAP`] rows. Dropping millions of rows that
/// own strings at once blocks the browser for most of a second. Never stops
/// early: the memory is freed whatever `pauze` answers.
pub async fn ruim_op<T>(mut lijst: Vec<T>, pauze: &mut dyn Pauze) {
    while !lijst.is_empty() {
        lijst.truncate(lijst.len().saturating_sub(STAP as usize));
        let _ = pauze.adem().await;
    }
}

/// Runs a step with [`GeenPauze`] to its end. Such a future is ready at its
/// first poll; polling again covers a step that awaits something that is
/// ready without waking.
pub fn zonder_pauze<T>(stap: impl Future<Output = T>) -> T {
    let mut stap = pin!(stap);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(waarde) = stap.as_mut().poll(&mut context) {
            return waarde;
        }
    }
}

#[cfg(test)]
pub(crate) use tests::Telpauze;

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts the pauses offered and stops after `stop_na` of them.
    pub(crate) struct Telpauze {
        pub(crate) aantal: usize,
        pub(crate) stop_na: Option<usize>,
    }

    impl Pauze for Telpauze {
        fn adem(&mut self) -> Adem<'_> {
            self.aantal += 1;
            let stop = self.stop_na.is_some_and(|n| self.aantal > n);
            Box::pin(std::future::ready(if stop { Err(Afgebroken) } else { Ok(()) }))
        }
    }

    #[test]
    fn ritme_offers_a_pause_every_stap_rows() {
        let mut pauze = Telpauze {
            aantal: 0,
            stop_na: None,
        };
        zonder_pauze(async {
            let mut ritme = Ritme::nieuw(&mut pauze);
            for _ in 0..(3 * STAP + 5) {
                ritme.tik().await.ok();
            }
        });
        assert_eq!(pauze.aantal, 3);
    }

    #[test]
    fn kopieer_copies_everything_in_order_with_pauses() {
        let bron: Vec<u32> = (0..10_000).collect();
        let mut doel = vec![7u32];
        let mut pauze = Telpauze {
            aantal: 0,
            stop_na: None,
        };
        let uit = zonder_pauze(async {
            let mut ritme = Ritme::nieuw(&mut pauze);
            kopieer(&mut doel, &bron, &mut ritme).await
        });
        assert_eq!(uit, Ok(()));
        assert_eq!(doel.len(), 10_001);
        assert_eq!(doel.get(1..), Some(&bron[..]));
        assert_eq!(pauze.aantal, 2);
    }

    #[test]
    fn ruim_op_frees_everything_in_pieces_even_when_told_to_stop() {
        let lijst: Vec<String> = (0..10_000).map(|i| i.to_string()).collect();
        let mut pauze = Telpauze {
            aantal: 0,
            stop_na: Some(0),
        };
        zonder_pauze(ruim_op(lijst, &mut pauze));
        assert_eq!(pauze.aantal, 3);
    }

    #[test]
    fn a_stop_ends_the_copy_early() {
        let bron: Vec<u32> = (0..100_000).collect();
        let mut doel = Vec::new();
        let mut pauze = Telpauze {
            aantal: 0,
            stop_na: Some(1),
        };
        let uit = zonder_pauze(async {
            let mut ritme = Ritme::nieuw(&mut pauze);
            kopieer(&mut doel, &bron, &mut ritme).await
        });
        assert_eq!(uit, Err(Afgebroken));
        assert_eq!(doel.len(), 2 * STAP as usize);
    }
}
