//! Per value of one column (a municipality, a provider, a segment): the
//! clients with at least one trajectory that has it. A KPI pass with a
//! filter on that column visits only those clients, because a client
//! without a trajectory in scope adds nothing to any figure; a filter on one
//! of 342 municipalities then walks about one client in 342 instead of all.

use crate::pauze::{zonder_pauze, Afgebroken, GeenPauze, Ritme};

/// The lists of one column, as one list of client numbers (indices in the
/// index's `groepen`, ascending per value) cut at `start[v]..start[v + 1]`.
#[derive(Clone, Debug, Default)]
pub(crate) struct ClientsPerWaarde {
    start: Vec<u32>,
    clients: Vec<u32>,
    /// All clients of the index (lists or not).
    aantal_clients: usize,
}

impl ClientsPerWaarde {
    /// Builds the lists: `waarde(pos)` is the value of the trajectory at
    /// sorted position `pos` (`None`: no value, in no list), below
    /// `aantal_waarden`. A counting sort of (client, value) pairs, each pair
    /// once.
    pub(crate) async fn bouw(
        groepen: &[(u32, u32)],
        waarde: impl Fn(usize) -> Option<u32>,
        aantal_waarden: usize,
        ritme: &mut Ritme<'_>,
    ) -> Result<ClientsPerWaarde, Afgebroken> {
        // Per value the last client counted for it, so each (client, value)
        // pair counts once in one look per trajectory, however many
        // trajectories a client has.
        let mut laatste = vec![u32::MAX; aantal_waarden];
        let paren = |laatste: &mut [u32], client: u32, van: u32, tot: u32, doe: &mut dyn FnMut(u32)| {
            for pos in van as usize..tot as usize {
                let Some(w) = waarde(pos) else { continue };
                if let Some(l) = laatste.get_mut(w as usize) {
                    if *l != client {
                        *l = client;
                        doe(w);
                    }
                }
            }
        };
        let mut start = vec![0u32; aantal_waarden.saturating_add(1)];
        for (client, &(van, tot)) in groepen.iter().enumerate() {
            ritme.tikken(tot.saturating_sub(van) as usize).await?;
            paren(&mut laatste, client as u32, van, tot, &mut |w| {
                if let Some(a) = start.get_mut((w as usize).saturating_add(1)) {
                    *a += 1;
                }
            });
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut clients = vec![0u32; start.last().copied().unwrap_or(0) as usize];
        let mut vul = start.clone();
        laatste.fill(u32::MAX);
        for (client, &(van, tot)) in groepen.iter().enumerate() {
            ritme.tikken(tot.saturating_sub(van) as usize).await?;
            paren(&mut laatste, client as u32, van, tot, &mut |w| {
                if let Some(plek) = vul.get_mut(w as usize) {
                    if let Some(c) = clients.get_mut(*plek as usize) {
                        *c = client as u32;
                    }
                    *plek += 1;
                }
            });
        }
        Ok(ClientsPerWaarde {
            start,
            clients,
            aantal_clients: groepen.len(),
        })
    }

    /// [`ClientsPerWaarde::bouw`] straight through, for a list made on
    /// first use.
    pub(crate) fn bouw_direct(
        groepen: &[(u32, u32)],
        waarde: impl Fn(usize) -> Option<u32>,
        aantal_waarden: usize,
    ) -> ClientsPerWaarde {
        let mut pauze = GeenPauze;
        zonder_pauze(Self::bouw(
            groepen,
            waarde,
            aantal_waarden,
            &mut Ritme::nieuw(&mut pauze),
        ))
        .unwrap_or_default()
    }

    fn lijst(&self, w: u32) -> &[u32] {
        let van = self.start.get(w as usize).copied().unwrap_or(0) as usize;
        let tot = self.start.get(w as usize + 1).copied().unwrap_or(0) as usize;
        self.clients.get(van..tot).unwrap_or(&[])
    }

    /// How many entries the lists of these values hold together: what
    /// visiting them would cost.
    pub(crate) fn omvang(&self, waarden: impl Iterator<Item = u32>) -> usize {
        waarden.map(|w| self.lijst(w).len()).sum()
    }

    /// Whether visiting the lists of these values is worth it: not when
    /// they hold half of all clients or more (merging would cost more than
    /// walking everyone).
    pub(crate) fn loont(&self, omvang: usize) -> bool {
        omvang.saturating_mul(2) < self.aantal_clients
    }

    /// The clients with a trajectory that has one of these values,
    /// ascending, each once.
    pub(crate) fn clients(&self, waarden: impl Iterator<Item = u32>) -> Vec<u32> {
        let mut uit: Vec<u32> = Vec::new();
        let mut aantal_lijsten = 0;
        for w in waarden {
            uit.extend_from_slice(self.lijst(w));
            aantal_lijsten += 1;
        }
        // One list is already ascending; several are merged (a client may
        // have trajectories with more than one of the values).
        if aantal_lijsten > 1 {
            uit.sort_unstable();
            uit.dedup();
        }
        uit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elke_client_eenmaal_per_waarde_op_volgorde() {
        // Three clients: positions 0..2, 2..5, 5..6.
        let groepen = [(0, 2), (2, 5), (5, 6)];
        let waarden = [Some(1), Some(1), Some(0), None, Some(2), Some(1)];
        let lijsten = ClientsPerWaarde::bouw_direct(&groepen, |pos| waarden.get(pos).copied().flatten(), 3);
        assert_eq!(lijsten.clients([1].into_iter()), [0, 2]);
        assert_eq!(lijsten.clients([0].into_iter()), [1]);
        assert_eq!(lijsten.clients([2, 0].into_iter()), [1]);
        assert_eq!(lijsten.clients([1, 2].into_iter()), [0, 1, 2]);
        assert_eq!(lijsten.omvang([0, 1, 2].into_iter()), 4);
        // A value outside the lists has no clients.
        assert!(lijsten.clients([7].into_iter()).is_empty());
        assert!(lijsten.loont(1) && !lijsten.loont(2));
    }

    #[test]
    fn een_client_met_heel_veel_trajecten_kost_een_blik_per_traject() {
        // One client with 200 000 trajectories alternating two values: a
        // check against every earlier row would take 2·10¹⁰ steps.
        let n = 200_000u32;
        let groepen = [(0, n)];
        let lijsten = ClientsPerWaarde::bouw_direct(&groepen, |pos| Some(pos as u32 % 2), 2);
        assert_eq!(lijsten.clients([0].into_iter()), [0]);
        assert_eq!(lijsten.clients([0, 1].into_iter()), [0]);
        assert_eq!(lijsten.omvang([0, 1].into_iter()), 2);
    }
}
