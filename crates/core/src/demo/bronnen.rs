//! Calibration figures and the fictional product catalogue and providers.
//! The sources are listed in the module documentation of [`super`].

/// A municipality of the Noord-Veluwe region with its real figures.
pub struct RegioGemeente {
    pub code: &'static str,
    pub naam: &'static str,
    /// CBS 2022: youths with jeugdzorg in natura.
    pub jeugdigen_2022: u32,
    /// CBS 2022: trajectories in natura.
    pub trajecten_2022: u32,
    /// Regional plan, population table: residents aged 0–17.
    pub jongeren: u32,
}

pub const NOORD_VELUWE: [RegioGemeente; 7] = [
    RegioGemeente {
        code: "GM0230",
        naam: "Elburg",
        jeugdigen_2022: 555,
        trajecten_2022: 870,
        jongeren: 5_199,
    },
    RegioGemeente {
        code: "GM0233",
        naam: "Ermelo",
        jeugdigen_2022: 770,
        trajecten_2022: 1_150,
        jongeren: 5_179,
    },
    RegioGemeente {
        code: "GM0243",
        naam: "Harderwijk",
        jeugdigen_2022: 1_630,
        trajecten_2022: 2_605,
        jongeren: 10_309,
    },
    RegioGemeente {
        code: "GM0302",
        naam: "Nunspeet",
        jeugdigen_2022: 780,
        trajecten_2022: 1_195,
        jongeren: 6_237,
    },
    RegioGemeente {
        code: "GM0269",
        naam: "Oldebroek",
        jeugdigen_2022: 600,
        trajecten_2022: 910,
        jongeren: 5_289,
    },
    RegioGemeente {
        code: "GM0273",
        naam: "Putten",
        jeugdigen_2022: 665,
        trajecten_2022: 1_025,
        jongeren: 5_166,
    },
    RegioGemeente {
        code: "GM0050",
        naam: "Zeewolde",
        jeugdigen_2022: 835,
        trajecten_2022: 1_245,
        jongeren: 4_833,
    },
];

/// CBS 2022, Nederland: youths with jeugdzorg in natura and trajectories.
pub const NL_JEUGDIGEN_2022: u32 = 461_985;
pub const NL_TRAJECTEN_2022: u32 = 695_095;
/// CBS 85098NED 2022: 13.2% of youths has jeugdhulp in natura; used to
/// derive a synthetic municipality's 0–17 population from its youths.
pub const NL_AANDEEL_JEUGDHULP: f64 = 0.132;
/// Number of synthetic municipalities at national scale (NL had 342 in 2023).
pub const LANDELIJK_GEMEENTEN: usize = 342;

/// Regional plan, chapter 9: total jeugdhulp costs 2022 (expected), euros.
pub const KOSTEN_REGIO_2022: f64 = 78_500_000.0;
/// Budget as a share of the cost trend: the plan says the budgets fall short.
pub const BEGROTING_AANDEEL: f64 = 0.97;
/// Yearly growth of the number of youths (arrivals) and of tariffs (index).
pub const GROEI_JEUGDIGEN: f64 = 0.02;
pub const GROEI_TARIEVEN: f64 = 0.04;
/// Yearly change of the 0–17 population.
pub const GROEI_JONGEREN: f64 = 0.003;
/// Budget per segment 1–5 as a share of the regional budget.
pub const BEGROTING_PER_SEGMENT: [f64; 5] = [0.36, 0.22, 0.12, 0.27, 0.03];

/// CBS 2022 national referrer counts (trajectories) mapped to COD327, the
/// last one (`None`) is "verwijzer onbekend" and is written as an empty cell.
pub const VERWIJZERS: [(Option<u8>, f64); 8] = [
    (Some(1), 209_385.0), // gemeentelijke toegang
    (Some(2), 227_295.0), // huisarts
    (Some(3), 19_555.0),  // jeugdarts
    (Some(4), 56_135.0),  // gecertificeerde instelling
    (Some(5), 29_330.0),  // medisch specialist
    (Some(8), 2_295.0),   // rechter / officier van justitie
    (Some(6), 96_890.0),  // geen verwijzer
    (None, 2_825.0),      // onbekend
];

/// CBS 2022 national age mix of youths with jeugdzorg: (from, to, count).
pub const LEEFTIJDEN: [(i32, i32, f64); 4] = [
    (0, 3, 31_040.0),
    (4, 11, 221_980.0),
    (12, 17, 191_520.0),
    (18, 22, 17_440.0),
];

/// A product of the fictional regional productenboek.
pub struct Product {
    pub code: &'static str,
    pub naam: &'static str,
    /// JZ020.
    pub categorie: u8,
    /// Segment 1–5 of the plan's glossary; `None` for jeugdbescherming and
    /// jeugdreclassering, which are bought outside the segments.
    pub segment: Option<u8>,
    pub jeugdzorgplus: bool,
    /// Euros per full month (2022 price level, before calibration).
    pub tarief: f64,
    /// Mean duration in days.
    pub duur: f64,
}

const fn p(
    code: &'static str,
    naam: &'static str,
    categorie: u8,
    segment: Option<u8>,
    jeugdzorgplus: bool,
    tarief: f64,
    duur: f64,
) -> Product {
    Product {
        code,
        naam,
        categorie,
        segment,
        jeugdzorgplus,
        tarief,
        duur,
    }
}

/// Every product the generator uses. JeugdzorgPlus products have codes
/// `43Jnn`; other codes are `<JZ020 category><letter><two digits>`, except
/// `54001`, the standard code for basis-ggz.
pub const PRODUCTEN: [Product; 21] = [
    p(
        "45A01",
        "Ambulante begeleiding jeugdige",
        45,
        Some(4),
        false,
        900.0,
        210.0,
    ),
    p(
        "45A02",
        "Ambulante behandeling jeugd en gezin",
        45,
        Some(4),
        false,
        1_400.0,
        240.0,
    ),
    p(
        "45A05",
        "Intensieve gezinsbehandeling thuis",
        45,
        Some(1),
        false,
        3_000.0,
        180.0,
    ),
    p("45D01", "Dyslexiezorg (EED)", 45, Some(4), false, 450.0, 330.0),
    p("54001", "Basis-ggz jeugd", 54, Some(4), false, 550.0, 120.0),
    p(
        "54002",
        "Specialistische jeugd-ggz ambulant",
        54,
        Some(4),
        false,
        1_300.0,
        270.0,
    ),
    p(
        "54010",
        "Hoogspecialistische jeugd-ggz",
        54,
        Some(1),
        false,
        3_500.0,
        240.0,
    ),
    p("41A01", "Dagbehandeling jeugd", 41, Some(3), false, 2_800.0, 300.0),
    p("41A02", "Dagbesteding jeugd", 41, Some(3), false, 1_400.0, 365.0),
    p("42A01", "Vervoer naar dagbehandeling", 42, Some(3), false, 350.0, 300.0),
    p(
        "40A01",
        "Persoonlijke verzorging jeugd",
        40,
        Some(4),
        false,
        700.0,
        365.0,
    ),
    p(
        "43A10",
        "Behandelgroep met verblijf",
        43,
        Some(1),
        false,
        10_500.0,
        420.0,
    ),
    p(
        "43J01",
        "JeugdzorgPlus gesloten verblijf",
        43,
        Some(1),
        true,
        17_000.0,
        150.0,
    ),
    p("44A01", "Gezinshuis", 44, Some(2), false, 5_200.0, 540.0),
    p("44P01", "Pleegzorg", 44, Some(2), false, 1_300.0, 900.0),
    p("44A05", "Kamertraining", 44, Some(2), false, 3_800.0, 300.0),
    p("46A01", "Crisisopvang", 46, Some(5), false, 9_000.0, 28.0),
    p("46A02", "Crisishulp ambulant", 46, Some(5), false, 2_200.0, 42.0),
    p("48A01", "Ondertoezichtstelling", 48, None, false, 1_050.0, 450.0),
    p("48A02", "Voogdij", 48, None, false, 1_000.0, 1_100.0),
    p("47A01", "Jeugdreclassering", 47, None, false, 900.0, 240.0),
];

/// Index of a product code in [`PRODUCTEN`] (0 when unknown).
pub fn product_index(code: &str) -> usize {
    PRODUCTEN.iter().position(|p| p.code == code).unwrap_or(0)
}

/// Product mix of a first trajectory per referrer (index into
/// [`VERWIJZERS`]): (product code, weight).
pub fn mix_per_verwijzer(verwijzer: usize) -> &'static [(&'static str, f64)] {
    match verwijzer {
        1 => &[
            ("54001", 30.0),
            ("54002", 33.0),
            ("54010", 3.0),
            ("45A02", 12.0),
            ("45A01", 9.0),
            ("45D01", 8.0),
            ("41A01", 3.0),
            ("40A01", 2.0),
        ],
        2 => &[
            ("45A01", 30.0),
            ("45A02", 20.0),
            ("54001", 18.0),
            ("54002", 14.0),
            ("45D01", 12.0),
            ("41A01", 6.0),
        ],
        3 => &[
            ("48A01", 62.0),
            ("48A02", 10.0),
            ("47A01", 12.0),
            ("44P01", 8.0),
            ("43A10", 4.0),
            ("43J01", 4.0),
        ],
        4 => &[
            ("54002", 45.0),
            ("54010", 14.0),
            ("41A01", 14.0),
            ("45A02", 14.0),
            ("43A10", 6.0),
            ("40A01", 7.0),
        ],
        5 => &[("43J01", 40.0), ("47A01", 40.0), ("48A01", 20.0)],
        6 => &[
            ("45A01", 38.0),
            ("45A02", 20.0),
            ("45D01", 14.0),
            ("41A02", 10.0),
            ("46A02", 12.0),
            ("46A01", 6.0),
        ],
        // Gemeentelijke toegang and unknown: the full range.
        _ => &[
            ("45A01", 24.0),
            ("45A02", 15.0),
            ("45A05", 5.0),
            ("45D01", 3.0),
            ("54001", 6.0),
            ("54002", 8.0),
            ("41A01", 6.0),
            ("41A02", 6.0),
            ("40A01", 4.0),
            ("43A10", 4.0),
            ("43J01", 0.8),
            ("44A01", 3.0),
            ("44P01", 4.0),
            ("44A05", 3.0),
            ("46A01", 2.0),
            ("46A02", 3.0),
        ],
    }
}

/// A concurrent second product for a trajectory of `categorie` (stapeling).
pub fn stapel_mix(categorie: u8) -> &'static [(&'static str, f64)] {
    match categorie {
        41 => &[("42A01", 55.0), ("45A01", 45.0)],
        48 | 47 => &[("44P01", 30.0), ("45A02", 40.0), ("54002", 30.0)],
        43 | 44 => &[("54002", 50.0), ("41A02", 20.0), ("45A01", 30.0)],
        54 => &[("45A01", 60.0), ("45D01", 10.0), ("41A01", 30.0)],
        46 => &[("45A02", 100.0)],
        _ => &[("54002", 40.0), ("54001", 20.0), ("41A02", 20.0), ("40A01", 20.0)],
    }
}

/// A follow-up product after a trajectory of `categorie` ends (vervolg):
/// scaling up or down.
pub fn vervolg_mix(categorie: u8) -> &'static [(&'static str, f64)] {
    match categorie {
        46 => &[("44A01", 30.0), ("45A05", 40.0), ("43A10", 30.0)],
        43 => &[("44A01", 40.0), ("45A05", 40.0), ("44A05", 20.0)],
        44 => &[("44A05", 40.0), ("45A01", 60.0)],
        48 => &[("48A02", 20.0), ("45A02", 50.0), ("44P01", 30.0)],
        54 => &[("54002", 50.0), ("54010", 15.0), ("45A02", 35.0)],
        41 => &[("45A01", 60.0), ("41A02", 40.0)],
        _ => &[("54002", 35.0), ("45A05", 20.0), ("41A01", 15.0), ("45A02", 30.0)],
    }
}

/// Extra short trajectories that bring the number of trajectories per youth
/// to the CBS level (also stapeling): ambulant and ggz.
pub const AANVUL_MIX: [(&str, f64); 5] = [
    ("45A01", 35.0),
    ("45A02", 20.0),
    ("54001", 20.0),
    ("54002", 15.0),
    ("40A01", 10.0),
];

/// Fictional providers of the region and the product categories they
/// deliver. The names are made up; no AGB codes are used.
pub const AANBIEDERS: [(&str, &[u8]); 16] = [
    ("Jeugdzorg Veluwe Zuid", &[45, 44, 43]),
    ("Kindkracht Harderwijk", &[45, 41]),
    ("De Brug Jeugd en Gezin", &[45, 54]),
    ("Veluwse Jeugd-ggz", &[54]),
    ("Praktijk Randmeer", &[54, 45]),
    ("Zorgboerderij De Hooiberg", &[41, 42]),
    ("Gezinshuis Het Anker", &[44]),
    ("Pleegzorg Gelderland-Noord", &[44]),
    ("De Kwartelhoeve", &[43]),
    ("Crisisdienst Noord-Veluwe", &[46]),
    ("Jeugdbescherming Veluwe", &[48, 47]),
    ("Leerpunt Dyslexie Veluwe", &[45]),
    ("Ambulant Team Zeewolde", &[45, 54]),
    ("Vervoer Op Maat Veluwe", &[42]),
    ("Thuiszorg Kind en Verzorging", &[40]),
    ("Behandelcentrum De Zandberg", &[43, 41]),
];

/// Providers that deliver a product. Dyslexiezorg only at the dyslexia
/// practice, JeugdzorgPlus only at the closed setting.
pub fn aanbieders_voor(product: &Product) -> Vec<usize> {
    let specialist = match product.code {
        "45D01" => Some(11),
        "43J01" => Some(8),
        "44P01" => Some(7),
        _ => None,
    };
    if let Some(a) = specialist {
        return vec![a];
    }
    AANBIEDERS
        .iter()
        .enumerate()
        .filter(|(i, (_, cats))| cats.contains(&product.categorie) && *i != 11 && *i != 8 && *i != 7)
        .map(|(i, _)| i)
        .collect()
}
