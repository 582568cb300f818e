//! The iJw code list JZ020 (productcategorie): every category code with its
//! name, so tiles, tables, charts and exports name a category instead of
//! showing a bare number.
//!
//! Source: the enumeration `LDT_ProductCategorie` in the iJw 3.2
//! `Basisschema.xsd` published by Zorginstituut Nederland (iStandaarden,
//! release iJw 3.2; our copy is in the project's shared reference folder,
//! `ijw-3.2/xsd/Basisschema.xsd`), which documents each value of JZ020.
//! The categories 31–38 carry the prefix "(2015)" there, meaning the coding
//! used since 2015; the prefix is left out because it says nothing to a
//! reader of the dashboard.

/// JZ020: (code, name), in code order.
pub const JZ020: [(u8, &str); 24] = [
    (31, "Zonder verblijf: uitgevoerd door wijk- of buurtteam"),
    (32, "Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder"),
    (33, "Zonder verblijf: daghulp op locatie van de aanbieder"),
    (34, "Zonder verblijf: jeugdhulp in het netwerk van de jeugdige"),
    (35, "Met verblijf: pleegzorg"),
    (36, "Met verblijf: gezinsgericht"),
    (37, "Met verblijf: gesloten plaatsing"),
    (38, "Met verblijf: overig residentieel"),
    (40, "Persoonlijke verzorging"),
    (41, "Dagbehandeling"),
    (42, "Vervoerdiensten"),
    (43, "Jeugdhulp verblijf (incl. behandeling)"),
    (44, "Jeugdhulp verblijf (excl. behandeling)"),
    (45, "Jeugdhulp ambulant"),
    (46, "Jeugdhulp crisis"),
    (47, "Jeugdreclassering"),
    (48, "Jeugdbescherming"),
    (49, "Activiteiten in het preventief justitieel kader"),
    (50, "Maatwerkarrangementen jeugd"),
    (51, "Generalistische basis-ggz"),
    (52, "Specialistische ggz"),
    (53, "Kindergeneeskunde"),
    (54, "Jeugd-ggz"),
    (55, "Landelijk ingekochte zorg"),
];

/// The JZ020 name of a product category, `None` for a code not in the list.
pub fn productcategorie_naam(code: u8) -> Option<&'static str> {
    JZ020.iter().find(|(c, _)| *c == code).map(|(_, naam)| *naam)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_in_code_order_and_names_every_code_once() {
        assert!(JZ020.windows(2).all(|p| p[0].0 < p[1].0));
        assert_eq!(productcategorie_naam(45), Some("Jeugdhulp ambulant"));
        assert_eq!(productcategorie_naam(54), Some("Jeugd-ggz"));
        assert_eq!(
            productcategorie_naam(44),
            Some("Jeugdhulp verblijf (excl. behandeling)")
        );
        assert_eq!(productcategorie_naam(39), None);
    }

    #[test]
    fn a_breakdown_group_names_its_category() {
        use crate::kpi::{groepsnaam, Dimensie};
        let leeg = Default::default();
        assert_eq!(
            groepsnaam(Dimensie::Productcategorie, "54", None, &leeg),
            "54 Jeugd-ggz"
        );
        assert_eq!(
            groepsnaam(Dimensie::Productcategorie, "99", None, &leeg),
            "99 onbekende productcategorie"
        );
    }

    /// The list matches the schema text it was taken from, when the shared
    /// reference copy is present on this machine.
    #[test]
    fn the_list_matches_the_ijw_schema() {
        let pad = "/work/shared/reference/ijw-3.2/xsd/Basisschema.xsd";
        let Ok(xsd) = std::fs::read_to_string(pad) else {
            return;
        };
        let begin = xsd.find("name=\"LDT_ProductCategorie\"").expect("type in schema");
        let einde = begin + xsd[begin..].find("</xs:simpleType>").expect("end of type");
        let deel = &xsd[begin..einde];
        let mut gevonden = Vec::new();
        for stuk in deel.split("<xs:enumeration value=\"").skip(1) {
            let code: u8 = stuk[..2].parse().expect("two digits");
            let doc = stuk.split("<xs:documentation>").nth(1).expect("documentation");
            let naam = doc.split("</xs:documentation>").next().expect("end");
            gevonden.push((code, naam.trim_start_matches("(2015) ").to_string()));
        }
        let lijst: Vec<(u8, String)> = JZ020.iter().map(|(c, n)| (*c, n.to_string())).collect();
        assert_eq!(lijst, gevonden);
    }
}
