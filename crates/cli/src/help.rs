//! The help texts, in Dutch: every option, the output shapes, the exit
//! status and examples.

pub const HOOFD: &str = "\
jeugdmonitor — cijfers over jeugdhulp uit geanonimiseerde extracten

Dezelfde kern als de app (inlezen, privacytoets, KPI's, onderdrukking van
kleine aantallen), maar zonder browser: voor datateams die maandrapportages
automatiseren, en voor tests.

GEBRUIK
    jeugdmonitor <OPDRACHT> [OPTIES]

OPDRACHTEN
    kpi        bereken alle KPI's over één periode, of per gemeente, segment, …
               met --per (zie: jeugdmonitor kpi --help)
    verloop    één KPI per jaar, halfjaar, kwartaal of maand (zie: jeugdmonitor verloop --help)
    doelen     de SMART-doelen met hun stand op een peildatum (zie: jeugdmonitor doelen --help)
    cbs        uw cijfers naast die van CBS StatLine (zie: jeugdmonitor cbs --help)
    exporteer  schrijf de gecontroleerde gegevens als Parquet, voor DuckDB en Spark
               (zie: jeugdmonitor exporteer --help)
    demo       schrijf een demo-extract met alle zeven soorten bestanden (zie: jeugdmonitor demo --help)
    valideer-inhoud  controleer de inhoud van een regio voor publicatie (zie: jeugdmonitor valideer-inhoud --help)

OPTIES
    -h, --help       deze tekst
    -V, --version    het versienummer

EXITSTATUS
    0  gelukt
    1  iets anders ging mis (bestand onleesbaar, geen bruikbaar extract, …)
    2  verkeerd gebruik (de melding staat op stderr)
    3  de privacytoets weigert een kolom (welke en waarom staat op stderr)
    4  valideer-inhoud --geen-voorbeelden: er staan nog voorbeeldwaarden in de inhoud

VOORBEELDEN
    jeugdmonitor kpi --jaar 2023 trajecten.csv declaraties.csv
    jeugdmonitor kpi --jaar 2023 --per gemeente --format csv --uit per-gemeente.csv *.csv
    jeugdmonitor verloop --kpi jeugdigen --per kwartaal --van 2022-01-01 --tot 2023-12-31 trajecten.csv
    jeugdmonitor doelen --peildatum 2024-12-31 --inhoud public/content --format csv *.csv
    jeugdmonitor cbs --inhoud public/content 85098NED.csv trajecten.csv bevolking.csv
    jeugdmonitor exporteer --parquet parquet/ trajecten.csv.gz declaraties.csv.gz
";

pub const KPI: &str = "\
jeugdmonitor kpi — bereken alle KPI's over één periode

GEBRUIK
    jeugdmonitor kpi (--jaar JJJJ | --van JJJJ-MM-DD --tot JJJJ-MM-DD) [OPTIES] BESTAND...

Leest de extracten (CSV), toetst ze op privacy, en drukt elke KPI uit de
specificatie (sectie 4) af voor de gekozen periode en selectie. Opties mogen
als --optie waarde en als --optie=waarde; na -- volgen alleen bestanden.

PERIODE (kies er precies één)
    --jaar JJJJ                  een kalenderjaar, bijv. --jaar 2023
    --halfjaar JJJJ-H1|JJJJ-H2   een halfjaar, bijv. --halfjaar 2023-H2
    --kwartaal JJJJ-Q1..Q4       een kwartaal, bijv. --kwartaal 2024-Q1
    --maand JJJJ-MM              een maand, bijv. --maand 2024-02
    --van JJJJ-MM-DD --tot JJJJ-MM-DD
                                 een zelfgekozen periode; beide dagen tellen mee
    --peildatum JJJJ-MM-DD       de dag voor de 'lopend'-cijfers en stapeling
                                 (standaard de laatste dag van de periode)

SELECTIE (herhaalbaar: waarden van één optie betekenen 'of', opties samen 'en')
    --gemeente CODE              CBS-code (GM0243 of 0243); met --inhoud ook een
                                 gemeentenaam uit de regio-inhoud (Harderwijk)
    --segment N                  segment 1 tot en met 5
    --aanbieder NAAM             AGB-code of naam van de aanbieder
    --productcategorie NN        JZ020-code, bijv. 45 (ambulant) of 54 (jeugd-ggz)
    --productcode CODE           bijv. 54001
    --verwijzer NN               COD327-code, bijv. 02 (huisarts)
    --leeftijd MIN-MAX           leeftijd in het jaar waarin de periode eindigt,
                                 bijv. 12-17 (één keer)

INSTELLINGEN
    --k N                        drempel voor kleine aantallen, 1 tot en met 20
                                 (standaard 5; --k 1 zet het verbergen uit)
    --treeknorm WEKEN            de Treeknorm in weken voor boven_treeknorm
                                 (standaard die uit MAP/regio.toml, anders 14;
                                 een decimaal mag: 6,5)
    --inhoud MAP                 map met regio-inhoud (zoals public/content):
                                 MAP/regio.toml geeft gemeentenamen, feestdagen
                                 en de treeknorm,
                                 MAP/producten.toml (als die er is) de productcatalogus:
                                 die vult lege segmenten en markeert JeugdzorgPlus.
                                 Zonder --inhoud: geen catalogus (jeugdzorgplus_pct
                                 is null) en geen feestdagen (elke ma–vr is een werkdag).
    --format json|csv            de uitvoer (standaard json; --formaat mag ook)
    --per DIMENSIE               de uitsplitsing zoals het dashboard die toont:
                                 gemeente, segment, aanbieder, verwijzer,
                                 productcategorie of productcode; elke groep
                                 krijgt alle KPI's (zie UITVOER: UITSPLITSING)
    --uit BESTAND                schrijf naar dit bestand in plaats van naar
                                 standaarduitvoer (het bestand wordt pas aan
                                 het eind vervangen)
    --stil                       geen voortgangsregel op stderr bij grote bestanden
    -h, --help                   deze tekst

BESTANDEN
    Elk bestand wordt herkend aan de kopregel, niet aan de naam: trajecten,
    declaraties, wachttijden, begroting, bevolking, aanmeldingen, tevredenheid.
    Alle bestanden samen vormen één gegevensverzameling. Scheidingsteken ; , of
    tab en codering UTF-8 of Windows-1252 worden vanzelf herkend. Een bestand
    dat niet als extract herkend wordt, staat in de waarschuwingen (en in invoer
    met soort null); de rest wordt wel gebruikt. Is geen enkel bestand bruikbaar,
    dan stopt jeugdmonitor met exitstatus 1.
    - leest standaardinvoer (één keer); een naam die eindigt op .gz
    (trajecten.csv.gz) wordt direct uitgepakt. Bij een bestand van 50 MB of
    meer staat op stderr hoe ver het lezen is (niet met --stil, en niet als
    stderr geen terminal is, zoals in een geplande taak).

UITVOER: JSON (standaard)
    Eén object met als sleutels venster, peildatum en elke KPI-id: een getal,
    null als het niet te berekenen is, of een tekst als \"<5\" of \"–\" als het
    verborgen is. Geld in euro's met centen. Verder:
      onderdrukking   {k, redenen}: de drempel en per verborgen cel de reden
      geen_gegevens   per KPI zonder invoer: welk bestand nodig is
      invoer          per bestand: bestand, soort, codering, scheidingsteken,
                      regels_gelezen, geaccepteerd, afgewezen, genegeerde_kolommen,
                      periode {van, tot}, melding
      afgewezen       lijst van {bestand, regel, kolom, waarde, reden}
      waarschuwingen  lijst van teksten

UITVOER: CSV (--format csv)
    Een platte tabel voor Excel: UTF-8 met BOM, ; als scheidingsteken, decimale
    komma, regeleinden CRLF. De eerste regel is de instelling van de
    onderdrukking ('# onderdrukking;k=5: …'), daarna de kop kpi;waarde;toelichting
    en één regel per cel, genoemd naar het pad in de JSON:
        jeugdigen;3;
        vervolg.zelfde_segment;<5;trajecten van minder dan 5 jeugdigen: …
        proces_pct.familiegroepsplan.pct;66,7;
        wachttijd_gemiddeld.54001.alle;7,5;
        kosten;;geen gegevens: hiervoor is een declaraties-bestand nodig
    Geld staat in euro's met centen (1234,50). Het inleesverslag (invoer,
    afgewezen regels, waarschuwingen) gaat dan naar stderr.

UITVOER: UITSPLITSING (--per)
    JSON: {uitsplitsing, groepen: [{groep, naam, kpi}]}, met in kpi per groep
    dezelfde sleutels als hierboven (zonder invoer). CSV: de onderdrukking,
    dan één regel per groep: <dimensie>;naam en elke KPI-cel als kolom.
    Dezelfde bestanden als 'Exporteer (CSV)' en 'Exporteer (JSON)' bij de
    uitsplitsing op het dashboard. Groepen met weinig jeugdigen zijn verborgen
    zoals daar; het inleesverslag gaat naar stderr.

EXITSTATUS
    0  gelukt (ook als sommige regels of bestanden niet te gebruiken waren:
       zie afgewezen en waarschuwingen)
    1  een bestand of de regio-inhoud is niet te lezen, of geen enkel bestand
       is een bruikbaar extract
    2  verkeerd gebruik: ontbrekende of dubbele periode, ongeldige datum,
       onbekende optie, geen bestanden, --k buiten 1–20, …
    3  de privacytoets weigert een kolom (BSN, geboortedatum, postcode,
       e-mailadres, telefoonnummer, naam of adres): op stderr staat welk
       bestand, welke kolom en waarom; er worden geen cijfers afgedrukt

VOORBEELDEN
    jeugdmonitor kpi --jaar 2023 trajecten.csv declaraties.csv
    jeugdmonitor kpi --kwartaal 2024-Q1 --gemeente GM0243 --segment 3 --segment 4 trajecten.csv
    jeugdmonitor kpi --van 2023-07-01 --tot 2023-12-31 --peildatum 2023-10-01 trajecten.csv
    jeugdmonitor kpi --jaar 2023 --inhoud public/content --gemeente Harderwijk *.csv
    jeugdmonitor kpi --maand=2024-02 --k 10 --format csv trajecten.csv > februari.csv
    jeugdmonitor kpi --jaar 2023 --per gemeente --format csv --uit per-gemeente.csv *.csv.gz
    zcat trajecten.csv.gz | jeugdmonitor kpi --kwartaal 2024-Q1 -
";

pub const DEMO: &str = "\
jeugdmonitor demo — schrijf een verzonnen, realistisch demo-extract

Schrijft de zeven soorten bestanden (trajecten, declaraties, wachttijden,
begroting, bevolking, aanmeldingen, tevredenheid) plus producten.toml (het
productenboek dat bij de productcodes hoort) in een map. Dezelfde opties
geven altijd precies dezelfde bestanden (de generator is deterministisch).

De regio-schaal is afgestemd op de Noord-Veluwe en op CBS-cijfers 2022
(jeugdigen en trajecten per gemeente, verwijzers); de landelijke schaal
maakt ongeveer 700 000 trajecten per jaar, voor metingen van snelheid. De
referentieschaal maakt de referentietaak van docs/benchmarks.md: dezelfde
landelijke verdeling, geschaald naar ongeveer --trajecten regels
trajecten over 2021-2023, met declaraties alleen voor de maanden van het
laatste jaar.

GEBRUIK
    jeugdmonitor demo --uit MAP [--schaal regio|landelijk|referentie] [--trajecten N]
                      [--jaren JJJJ-JJJJ] [--zaad N]

OPTIES
    --uit MAP        de map voor de bestanden (wordt gemaakt als hij niet bestaat)
    --schaal S       regio (standaard), landelijk of referentie
    --trajecten N    bij referentie: ongeveer zoveel regels trajecten (standaard 700000)
    --jaren J-J      eerste en laatste jaar, bijvoorbeeld 2021-2025 (standaard; bij
                     referentie 2021-2023), of één jaar: 2025
    --zaad N         startgetal van de toevalsgenerator (standaard 2023)
    -h, --help       deze tekst

VOORBEELDEN
    jeugdmonitor demo --uit public/demo
    jeugdmonitor demo --schaal landelijk --jaren 2025 --uit /tmp/landelijk
    jeugdmonitor demo --schaal referentie --trajecten 700000 --uit /tmp/referentie
";
