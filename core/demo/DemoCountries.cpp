#include "DemoCountries.h"

namespace subdesk::demo::detail {

namespace {

/**
 * One country as written below: lists separated by '|'. Last names may be "masculine/feminine";
 * cities are "Name;postal pattern,postal pattern;Region"; banks "BIC;BBAN pattern".
 */
struct RawCountry
{
    const char* code;
    int weight;
    const char* language;
    const char* currency;
    const char* altCurrency;
    int altCurrencyPercent;
    const char* female;
    const char* male;
    const char* last;
    bool twoSurnames;
    const char* streets;
    StreetStyle style;
    const char* suffixes;
    const char* cities;
    const char* legalForms;
    const char* associationPattern;
    const char* associationWords;
    const char* businessWords;
    const char* brands;
    bool wordFirst;
    const char* vat;
    const char* banks;
    const char* phones;
    const char* tld;
    const char* mailbox;
    const char* providers;
    int eInvoicePercent;
};

// clang-format off
    const RawCountry kCountries[] = {
        { "FI", 14, "fi", "EUR", "", 0,
          "Aino|Anna|Laura|Sanna|Helmi|Emilia|Kaisa|Noora|Liisa",
          "Eero|Mikko|Juha|Timo|Jukka|Olli|Ville|Antti|Matti",
          "Virtanen|Korhonen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|"
          "Saarinen|Salminen|Heinonen|Niemi|Kinnunen|Salonen|Turunen", false,
          "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Pohjoisesplanadi|Kauppakatu|Yliopistonkatu|Satamakatu|"
          "Puistokatu|Rautatienkatu|Koulukatu|Rantatie|Itäinen Pitkäkatu", StreetStyle::NameNumber,
          "||| A #| B ##| C #",
          "Helsinki;00#00;|Espoo;02#00;|Vantaa;01#00;|Tampere;33#00;|Turku;20#00;|Oulu;90#00;|Jyväskylä;40#00;|"
          "Kuopio;70#00;|Lahti;15#00;|Rovaniemi;96#00;",
          "Oy|Oy|Oy|Oy|Oy|Oy|Ky|Tmi|Oyj", "%2 %1 ry", "Urheiluseura|Kulttuuriyhdistys|Luontoyhdistys|Kyläyhdistys",
          "Rakennus|Sähkö|Kuljetus|Konsultointi|Ohjelmistot|Tilitoimisto|Logistiikka|Puutarha|Kiinteistöpalvelut|"
          "Media|Design|Tekniikka|Remontti|Siivous",
          "Pohjolan|Saimaan|Lapin|Karjalan|Hämeen|Savon|Kainuun|Pirkanmaan|Vaasan|Kalevan", false,
          "FI########",
          "NDEAFIHH;1#############|OKOYFIHH;5#############|DABAFIHH;8#############|SBANFIHH;39############|"
          "HELSFIHH;4#############",
          "+358 40 ### ####|+358 50 ### ####|+358 44 ### ####|+358 9 #### ###", "fi", "laskutus",
          "gmail.com|outlook.com|elisanet.fi|luukku.com", 25 },
        { "PL", 12, "pl", "EUR", "PLN", 50,
          "Anna|Katarzyna|Agnieszka|Małgorzata|Joanna|Magdalena|Zofia|Ewa|Monika",
          "Piotr|Krzysztof|Tomasz|Paweł|Michał|Marcin|Łukasz|Jakub|Grzegorz",
          "Nowak|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik|Kowalczyk|Kamiński/Kamińska|"
          "Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Woźniak|Dąbrowski/Dąbrowska|"
          "Kozłowski/Kozłowska|Jankowski/Jankowska|Mazur|Krawczyk|Piotrowski/Piotrowska|Grabowski/Grabowska", false,
          "ul. Marszałkowska|ul. Piotrkowska|ul. Długa|ul. Mickiewicza|ul. Kościuszki|ul. Słowackiego|"
          "al. Jana Pawła II|ul. Grunwaldzka|ul. Polna|ul. Ogrodowa|ul. Lipowa|ul. Floriańska|al. Jerozolimskie",
          StreetStyle::NameNumber, "||/#|/##| lok. #",
          "Warszawa;00-###,01-###,02-###,03-###,04-###;mazowieckie|Kraków;30-###,31-###;małopolskie|"
          "Łódź;90-###,91-###,92-###,93-###,94-###;łódzkie|Wrocław;50-###,51-###,52-###,53-###,54-###;dolnośląskie|"
          "Poznań;60-###,61-###;wielkopolskie|Gdańsk;80-###;pomorskie|Szczecin;70-###,71-###;zachodniopomorskie|"
          "Lublin;20-###;lubelskie|Katowice;40-###;śląskie|Białystok;15-###;podlaskie",
          "Sp. z o.o.|Sp. z o.o.|Sp. z o.o.|Sp. z o.o.|Sp. z o.o.|S.A.|Sp. j.|Sp.k.", "%1 %2",
          "Fundacja|Stowarzyszenie|Klub Sportowy",
          "Budownictwo|Transport|Informatyka|Doradztwo|Serwis|Handel|Logistyka|Media|Projekt|Energia|Technologie|"
          "Meble",
          "Polmex|Wisła|Bałtyk|Mazowsze|Tatra|Orzeł|Jantar|Sokół|Warta|Odra", false,
          "PL##########",
          "BPKOPLPW;1020####################|PKOPPLPW;1240####################|BREXPLPW;1140####################|"
          "INGBPLPW;1050####################|WBKPPLPP;1090####################",
          "+48 5## ### ###|+48 6## ### ###|+48 7## ### ###|+48 22 ### ## ##", "pl", "faktury",
          "wp.pl|onet.pl|o2.pl|interia.pl|gmail.com", 0 },
        { "IT", 12, "it", "EUR", "", 0,
          "Giulia|Francesca|Chiara|Sara|Martina|Elena|Valentina|Alessandra|Federica",
          "Marco|Luca|Alessandro|Andrea|Matteo|Giuseppe|Francesco|Lorenzo|Davide",
          "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|"
          "Mancini|Costa|Giordano|Rizzo", false,
          "Via Roma|Via Garibaldi|Via Dante Alighieri|Via Giuseppe Verdi|Corso Italia|Via Nazionale|Viale Europa|"
          "Via Mazzini|Via Cavour|Piazza della Repubblica|Via XX Settembre|Via Manzoni|Corso Vittorio Emanuele II",
          StreetStyle::NameCommaNumber, "|||/A|/B",
          "Roma;001##;RM|Milano;201##;MI|Torino;101##;TO|Napoli;801##;NA|Bologna;401##;BO|Firenze;501##;FI|"
          "Genova;161##;GE|Verona;371##;VR|Padova;351##;PD|Bari;701##;BA|Palermo;901##;PA|Brescia;251##;BS",
          "S.r.l.|S.r.l.|S.r.l.|S.r.l.|S.r.l.|S.p.A.|S.n.c.|S.a.s.|S.r.l.s.", "%1 %2",
          "Associazione Culturale|Fondazione|Associazione Sportiva|Circolo",
          "Costruzioni|Informatica|Trasporti|Consulenze|Servizi|Impianti|Arredamenti|Elettronica|Alimentari|Studio|"
          "Logistica|Tessile",
          "Adriatica|Tirrenia|Alpina|Lombarda|Aurora|Stella|Vesuvio|Etna|Dolomiti|Laguna", true,
          "IT###########",
          "BCITITMM;@03069#################|UNCRITMM;@02008#################|BAPPIT21;@05034#################|"
          "BNLIITRR;@01005#################|PASCITMM;@01030#################",
          "+39 3## ### ####|+39 3## ### ####|+39 02 #### ####|+39 06 #### ####", "it", "amministrazione",
          "libero.it|virgilio.it|alice.it|gmail.com|tiscali.it", 35 },
        { "DE", 12, "en", "EUR", "", 0,
          "Anna|Julia|Laura|Katharina|Sabine|Petra|Lena|Sophie|Claudia",
          "Thomas|Michael|Andreas|Stefan|Jan|Tobias|Markus|Lukas|Felix",
          "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|"
          "Klein|Wolf|Schröder|Neumann", false,
          "Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Gartenweg|Lindenallee|Friedrichstraße|"
          "Berliner Straße|Am Markt|Kirchplatz|Mozartstraße|Rosenweg|Schulstraße|Königsallee",
          StreetStyle::NameNumber, "||||a|b",
          "Berlin;10###,12###;|Hamburg;20###,22###;|München;80###,81###;|Köln;50###,51###;|"
          "Frankfurt am Main;60###;|Stuttgart;70###;|Düsseldorf;40###;|Leipzig;04###;|Dresden;01###;|"
          "Hannover;30###;|Nürnberg;90###;|Bremen;28###;",
          "GmbH|GmbH|GmbH|GmbH|GmbH|AG|KG|UG (haftungsbeschränkt)|GmbH & Co. KG|e.K.", "%1 %2 e.V.",
          "Kulturverein|Sportverein|Förderverein|Naturschutzverein",
          "Bau|Technik|Logistik|Software|Beratung|Medien|Handel|Energie|Holzbau|Elektro|Reisen|Immobilien|"
          "Maschinenbau",
          "Nordwind|Alpen|Rhein|Sonnen|Elbe|Spree|Isar|Taunus|Harz|Bodensee", false,
          "DE#########",
          "COBADEFFXXX;37040044##########|DEUTDEBBXXX;10070000##########|INGDDEFFXXX;50010517##########|"
          "BYLADEM1001;12030000##########|SSKMDEMMXXX;70150000##########",
          "+49 15# ########|+49 17# #######|+49 30 ########|+49 89 #######", "de", "buchhaltung",
          "gmx.de|web.de|t-online.de|gmail.com|posteo.de", 5 },
        { "FR", 8, "en", "EUR", "", 0,
          "Marie|Camille|Léa|Chloé|Manon|Julie|Sophie|Claire|Inès",
          "Nicolas|Julien|Thomas|Pierre|Antoine|Louis|Hugo|Mathieu|Sébastien",
          "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|"
          "Garcia|David|Bertrand|Fontaine", false,
          "rue de la République|avenue Victor Hugo|boulevard Haussmann|rue du Faubourg Saint-Honoré|"
          "place de la Comédie|rue Pasteur|rue des Lilas|avenue Jean Jaurès|rue Nationale|quai des Chartrons|"
          "rue Sainte-Catherine|cours Mirabeau",
          StreetStyle::NumberName, "|||| bis",
          "Paris;7500#,7501#;|Lyon;6900#;|Marseille;1300#,1301#;|Toulouse;310#0;|Nantes;440#0;|Bordeaux;330#0;|"
          "Lille;590#0;|Strasbourg;670#0;|Montpellier;340#0;|Rennes;350#0;|Nice;060#0;",
          "SARL|SARL|SARL|SAS|SAS|SAS|SA|EURL|SASU", "%1 %2", "Association|Fondation|Association sportive",
          "Bâtiment|Conseil|Informatique|Transports|Services|Distribution|Immobilier|Énergie|Médias|Architecture|"
          "Logistique|Design",
          "Atlantique|Provence|Lumière|Horizon|Azur|Alpes|Bretagne|Soleil|Étoile|Loire", true,
          "FR###########",
          "BNPAFRPP;30004##################|SOGEFRPP;30003##################|"
          "CRLYFRPP;30002##################|CMCIFRPP;10278##################|"
          "CCBPFRPP;10207##################",
          "+33 6 ## ## ## ##|+33 7 ## ## ## ##|+33 1 ## ## ## ##|+33 4 ## ## ## ##", "fr", "comptabilite",
          "orange.fr|free.fr|laposte.net|gmail.com|sfr.fr", 0 },
        { "ES", 7, "en", "EUR", "", 0,
          "María|Lucía|Carmen|Laura|Marta|Elena|Paula|Sofía|Isabel",
          "Antonio|Javier|David|Daniel|Carlos|Pablo|Alejandro|Manuel|Sergio",
          "García|Martínez|López|Sánchez|González|Rodríguez|Fernández|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|"
          "Díaz|Moreno|Álvarez|Romero|Navarro", true,
          "Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Gran Vía|Paseo de Gracia|Calle Real|"
          "Plaza de España|Calle San Vicente|Avenida Diagonal|Calle Larios|Calle Serrano|Rambla de Catalunya",
          StreetStyle::NameCommaNumber, "||, #º A|, #º B|, #º",
          "Madrid;280##;Madrid|Barcelona;080##;Barcelona|Valencia;460##;Valencia|Sevilla;410##;Sevilla|"
          "Zaragoza;500##;Zaragoza|Málaga;290##;Málaga|Bilbao;480##;Bizkaia|Alicante;030##;Alicante|"
          "Palma;070##;Illes Balears|Valladolid;470##;Valladolid",
          "S.L.|S.L.|S.L.|S.L.|S.L.|S.A.|S.L.U.|S.Coop.", "%1 %2", "Asociación Cultural|Fundación|Club Deportivo",
          "Construcciones|Consultoría|Transportes|Informática|Servicios|Distribuciones|Inmobiliaria|Energía|Diseño|"
          "Logística|Comunicación|Alimentación",
          "Ibérica|Mediterránea|Levante|Atlántica|Cantábrica|Sol|Aurora|Montaña|Sierra|Costa", true,
          "ESB########",
          "CAIXESBBXXX;2100################|BSCHESMMXXX;0049################|BBVAESMMXXX;0182################|"
          "CAGLESMMXXX;2085################|BSABESBBXXX;0081################",
          "+34 6## ### ###|+34 7## ### ###|+34 91 ### ## ##|+34 93 ### ## ##", "es", "facturacion",
          "gmail.com|hotmail.es|yahoo.es|telefonica.net", 0 },
        { "NL", 6, "en", "EUR", "", 0,
          "Emma|Sanne|Lotte|Anouk|Femke|Eva|Iris|Lisa|Sophie",
          "Daan|Sem|Bram|Thijs|Jeroen|Ruben|Lars|Pieter|Joris",
          "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|"
          "Bos|Vos|Peters|Hendriks|van Leeuwen", false,
          "Kerkstraat|Dorpsstraat|Stationsweg|Molenstraat|Prinsengracht|Herengracht|Keizersgracht|Marktplein|"
          "Schoolstraat|Julianalaan|Hoofdstraat|Nieuwe Binnenweg",
          StreetStyle::NameNumber, "|||A|-#| hs",
          "Amsterdam;10## @@;|Rotterdam;30## @@;|Den Haag;25## @@;|Utrecht;35## @@;|Eindhoven;56## @@;|"
          "Groningen;97## @@;|Tilburg;50## @@;|Almere;13## @@;|Breda;48## @@;|Nijmegen;65## @@;",
          "B.V.|B.V.|B.V.|B.V.|B.V.|B.V.|N.V.|V.O.F.", "%1 %2", "Stichting|Vereniging",
          "Bouw|Installatietechniek|Logistiek|Advies|Software|Media|Handel|Energie|Transport|Design|Zorg|Techniek",
          "Polder|Noordzee|Oranje|Delta|Tulp|Molen|Duin|Wadden|Zuiderzee|Eemland", false,
          "NL#########B01",
          "ABNANL2A;ABNA##########|INGBNL2A;INGB##########|RABONL2U;RABO##########|TRIONL2U;TRIO##########|"
          "SNSBNL2A;SNSB##########",
          "+31 6 ## ## ## ##|+31 20 ### ####|+31 10 ### ####|+31 30 ### ####", "nl", "facturen",
          "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl|xs4all.nl", 10 },
        { "SE", 5, "en", "SEK", "EUR", 25,
          "Anna|Eva|Maria|Karin|Sara|Elin|Ebba|Maja|Ingrid",
          "Erik|Lars|Karl|Johan|Anders|Per|Oskar|Nils|Gustav",
          "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|"
          "Jonsson|Lindberg|Lindström|Lindqvist|Bergström|Sjöberg|Åberg", false,
          "Drottninggatan|Storgatan|Kungsgatan|Sveavägen|Vasagatan|Östra Hamngatan|Södra Förstadsgatan|"
          "Järnvägsgatan|Kyrkogatan|Götgatan|Linnégatan",
          StreetStyle::NameNumber, "||| A| B",
          "Stockholm;11# ##;|Göteborg;41# ##;|Malmö;21# ##;|Uppsala;75# ##;|Västerås;72# ##;|Örebro;70# ##;|"
          "Linköping;58# ##;|Helsingborg;25# ##;|Umeå;90# ##;|Lund;22# ##;",
          "AB|AB|AB|AB|AB|AB|HB|KB", "%1 %2", "Föreningen|Stiftelsen|Idrottsföreningen",
          "Bygg|Konsult|Data|Transport|Teknik|Media|Elservice|Fastigheter|Design|Logistik|Måleri|Rör",
          "Nordic|Vasa|Fjäll|Skärgård|Norrland|Svea|Göta|Mälar|Vänern|Kronan", false,
          "SE556#######01",
          "ESSESESS;500#################|HANDSESS;600#################|NDEASESS;300#################|"
          "SWEDSESS;800#################",
          "+46 70 ### ## ##|+46 73 ### ## ##|+46 8 ### ### ##|+46 31 ### ## ##", "se", "faktura",
          "telia.com|gmail.com|hotmail.se|bredband.net", 10 },
        { "AT", 4, "en", "EUR", "", 0,
          "Anna|Lena|Sarah|Julia|Katharina|Theresa|Magdalena|Sophie|Elisabeth",
          "Lukas|Florian|David|Tobias|Alexander|Maximilian|Stefan|Johannes|Georg",
          "Gruber|Huber|Bauer|Wagner|Müller|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs|Eder|Fischer|"
          "Schmid|Winkler|Weber", false,
          "Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Getreidegasse|Kärntner Straße|Schubertstraße|"
          "Bahnhofstraße|Hauptplatz|Linzer Gasse|Annenstraße|Wiedner Hauptstraße",
          StreetStyle::NameNumber, "||/#|/##|/#/#",
          "Wien;10#0,11#0,12#0;|Graz;80#0;|Linz;40#0;|Salzburg;50#0;|Innsbruck;60#0;|"
          "Klagenfurt am Wörthersee;90#0;|Villach;9500;|St. Pölten;3100;|Wels;4600;",
          "GmbH|GmbH|GmbH|GmbH|GmbH|AG|KG|OG|e.U.", "%1 %2", "Verein|Kulturverein|Sportverein",
          "Bau|Technik|Holzbau|Beratung|Software|Transporte|Elektro|Tischlerei|Gastronomie|Medien|Handel|Reisen",
          "Alpen|Donau|Tiroler|Kärntner|Wiener|Salzach|Wachau|Edelweiß|Gletscher|Mühlviertler", false,
          "ATU########",
          "BKAUATWW;12000###########|GIBAATWW;20111###########|RZBAATWW;31000###########|"
          "OBKLAT2L;15000###########|BAWAATWW;14000###########",
          "+43 664 ### ####|+43 676 ### ####|+43 1 ### ## ##|+43 316 ######", "at", "buchhaltung",
          "gmx.at|aon.at|gmail.com|chello.at", 0 },
        { "BE", 4, "en", "EUR", "", 0,
          "Emma|Louise|Marie|Elise|Charlotte|Laura|Julie|Sarah|Lotte",
          "Lucas|Louis|Arthur|Thomas|Maxime|Wout|Pieter|Nicolas|Jonas",
          "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Lambert|Dupont|"
          "Martin|Leclercq|Vermeulen|Van Damme|Hermans", false,
          "Rue de la Loi|Avenue Louise|Meir|Veldstraat|Grote Markt|Rue Neuve|Chaussée de Charleroi|Kerkstraat|"
          "Boulevard d'Avroy|Stationsstraat|Rue du Marché|Bondgenotenlaan",
          StreetStyle::NameNumber, "||| bus #| boîte #",
          "Bruxelles;1000,10#0;|Antwerpen;2000,20#0;|Gent;9000;|Liège;4000;|Brugge;8000;|Leuven;3000;|"
          "Namur;5000;|Charleroi;6000;|Mechelen;2800;|Hasselt;3500;",
          "BV|BV|BV|SRL|SRL|NV|SA|CommV", "%2 %1", "vzw|ASBL",
          "Bouw|Consult|Informatique|Logistics|Services|Immo|Construct|Transport|Design|Media|Techniek",
          "Brabant|Schelde|Meuse|Ardenne|Kempen|Flandria|Wallonie|Zenne|Sonian|Hainaut", false,
          "BE0#########",
          "GEBABEBB;001#########|BBRUBEBB;310#########|KREDBEBB;734#########|GKCCBEBB;068#########|"
          "AXABBE22;751#########",
          "+32 4## ## ## ##|+32 2 ### ## ##|+32 3 ### ## ##|+32 9 ### ## ##", "be", "facturen",
          "telenet.be|skynet.be|proximus.be|gmail.com", 15 },
        { "IE", 3, "en", "EUR", "", 0,
          "Aoife|Siobhán|Niamh|Ciara|Sinéad|Emma|Sarah|Róisín|Orla",
          "Seán|Patrick|Conor|Ciarán|Darragh|Liam|Cian|Eoin|Michael",
          "Murphy|Kelly|O'Sullivan|Walsh|Smith|O'Brien|Byrne|Ryan|O'Connor|O'Neill|O'Reilly|Doyle|McCarthy|"
          "Gallagher|Doherty|Kennedy|Lynch|Quinn", false,
          "Main Street|O'Connell Street|Grafton Street|Patrick Street|Shop Street|Dame Street|Church Road|"
          "Harbour Road|Merrion Square|Henry Street|Eyre Square",
          StreetStyle::NumberName, "",
          "Dublin;D0# ****;Co. Dublin|Cork;T12 ****,T23 ****;Co. Cork|Galway;H91 ****;Co. Galway|"
          "Limerick;V94 ****;Co. Limerick|Waterford;X91 ****;Co. Waterford|Kilkenny;R95 ****;Co. Kilkenny",
          "Ltd|Ltd|Ltd|Ltd|Ltd|Ltd|DAC|PLC", "%2 %1 CLG", "Community Trust|Sports Club|Arts Foundation",
          "Consulting|Construction|Software|Logistics|Engineering|Design|Media|Analytics|Foods|Energy|Property|"
          "Recruitment",
          "Shamrock|Emerald|Celtic|Atlantic|Liffey|Shannon|Burren|Connacht|Munster|Leinster", false,
          "IE#######%",
          "AIBKIE2D;AIBK93############|BOFIIE2D;BOFI90############|IPBSIE2D;IPBS99############",
          "+353 8# ### ####|+353 1 ### ####|+353 21 ### ####|+353 91 ### ###", "ie", "accounts",
          "eircom.net|gmail.com|outlook.com|yahoo.ie", 0 },
        { "PT", 3, "en", "EUR", "", 0,
          "Maria|Ana|Beatriz|Inês|Mariana|Sofia|Catarina|Joana|Rita",
          "João|Pedro|Tiago|Miguel|Rui|Nuno|Diogo|Francisco|Ricardo",
          "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|Gonçalves|Gomes|"
          "Lopes|Marques|Alves|Almeida|Ribeiro", false,
          "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Ouro|Praça do Comércio|Rua Garrett|"
          "Avenida dos Aliados|Rua Direita|Rua das Flores|Avenida da República|Rua de Cedofeita",
          StreetStyle::NameCommaNumber, "||, #.º Esq.|, #.º Dto.",
          "Lisboa;1#0#-###;|Porto;40##-###;|Braga;47##-###;|Coimbra;30##-###;|Faro;80##-###;|Aveiro;38##-###;|"
          "Setúbal;29##-###;|Funchal;90##-###;",
          "Lda.|Lda.|Lda.|Lda.|Lda.|S.A.|Unipessoal Lda.", "%1 %2", "Associação|Fundação|Associação Cultural",
          "Construções|Consultoria|Informática|Transportes|Serviços|Comércio|Imobiliária|Energia|Design|Logística|"
          "Têxteis|Vinhos",
          "Lusitânia|Atlântico|Tejo|Douro|Minho|Algarve|Alentejo|Sol|Oceano|Estrela", true,
          "PT5########",
          "CGDIPTPL;0035#################|BCOMPTPL;0033#################|BESCPTPL;0007#################|"
          "TOTAPTPL;0018#################|BPIPPTPL;0010#################",
          "+351 91# ### ###|+351 93# ### ###|+351 21 ### ####|+351 22 ### ####", "pt", "faturacao",
          "sapo.pt|gmail.com|hotmail.com|clix.pt", 0 },
        { "DK", 3, "en", "DKK", "EUR", 20,
          "Anne|Mette|Sofie|Camilla|Line|Ida|Freja|Emma|Louise",
          "Jens|Lars|Mads|Rasmus|Søren|Anders|Mikkel|Christian|Frederik",
          "Nielsen|Jensen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Petersen|"
          "Madsen|Kristensen|Olsen|Thomsen|Poulsen|Møller|Mortensen", false,
          "Strøget|Vesterbrogade|Nørregade|Østergade|Søndergade|Algade|Jernbanegade|Havnegade|Kongensgade|"
          "Nørrebrogade|Amagerbrogade",
          StreetStyle::NameNumber, "||, #. th.|, #. tv.|, st.",
          "København K;1050,1150,1250,1358,1450;|København Ø;2100;|Frederiksberg;2000;|Aarhus C;8000;|"
          "Odense C;5000;|Aalborg;9000;|Esbjerg;6700;|Randers;8900;|Kolding;6000;|Roskilde;4000;",
          "ApS|ApS|ApS|ApS|ApS|A/S|A/S|I/S", "%1 %2", "Foreningen|Fonden|Idrætsforeningen",
          "Byg|Rådgivning|Data|Transport|Teknik|Media|El-service|Ejendomme|Design|Logistik|Tømrer|VVS",
          "Nordsø|Kattegat|Jylland|Fyn|Øresund|Viking|Dannebrog|Bølge|Lyng|Skagen", false,
          "DK########",
          "DABADKKK;3#############|NDEADKKK;2#############|JYBADKKK;7#############|SYBKDK22;6#############",
          "+45 2# ## ## ##|+45 4# ## ## ##|+45 3# ## ## ##", "dk", "faktura",
          "mail.dk|gmail.com|hotmail.dk|jubii.dk", 10 },
        { "CZ", 3, "en", "CZK", "EUR", 30,
          "Jana|Eva|Hana|Lucie|Petra|Kateřina|Tereza|Veronika|Lenka",
          "Jan|Petr|Tomáš|Martin|Jakub|Lukáš|Pavel|Jiří|Ondřej",
          "Novák/Nováková|Svoboda/Svobodová|Novotný/Novotná|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|"
          "Kučera/Kučerová|Veselý/Veselá|Horák/Horáková|Němec/Němcová|Marek/Marková|Pokorný/Pokorná|"
          "Pospíšil/Pospíšilová|Hájek/Hájková|Král/Králová|Jelínek/Jelínková", false,
          "Václavské náměstí|Národní|Masarykova|Husova|Palackého|Nádražní|Komenského|Na Příkopě|Smetanova|"
          "Vinohradská|Jugoslávská",
          StreetStyle::NameNumber, "|/#|/##|/#",
          "Praha;1#0 00;|Brno;602 00,612 00,615 00,616 00,621 00,625 00,628 00;|Ostrava;70# 00;|Plzeň;30# 00;|"
          "Liberec;460 0#;|Olomouc;779 00;|"
          "České Budějovice;370 0#;|Hradec Králové;500 0#;|Pardubice;530 0#;",
          "s.r.o.|s.r.o.|s.r.o.|s.r.o.|s.r.o.|s.r.o.|a.s.|a.s.|v.o.s.", "%1 %2, z.s.",
          "Spolek|Sportovní klub|Kulturní spolek",
          "Stavby|Technika|Software|Logistika|Poradenství|Servis|Obchod|Energie|Reality|Elektro|Doprava|Design",
          "Vltava|Morava|Bohemia|Šumava|Krkonoše|Labe|Beskydy|Praga|Moravia|Jizera", false,
          "CZ########",
          "KOMBCZPP;0100################|CEKOCZPP;0300################|GIBACZPX;0800################|"
          "FIOBCZPP;2010################|AIRACZPP;3030################",
          "+420 6## ### ###|+420 7## ### ###|+420 2## ### ###", "cz", "fakturace",
          "seznam.cz|email.cz|centrum.cz|gmail.com", 0 },
        { "CH", 2, "en", "CHF", "EUR", 15,
          "Laura|Sarah|Anna|Lea|Nina|Julia|Céline|Chiara|Sophie",
          "Luca|Noah|David|Daniel|Marco|Simon|Lukas|Nicolas|Reto",
          "Müller|Meier|Schmid|Keller|Weber|Huber|Meyer|Schneider|Steiner|Fischer|Gerber|Brunner|Baumann|Frei|"
          "Zimmermann|Moser|Favre|Rochat", false,
          "Bahnhofstrasse|Rue du Rhône|Marktgasse|Limmatquai|Freie Strasse|Avenue de la Gare|Spitalgasse|"
          "Seestrasse|Dorfstrasse|Rue de Lausanne|Kramgasse",
          StreetStyle::NameNumber, "||||a",
          "Zürich;80##;|Genève;12##;|Basel;40##;|Bern;30##;|Lausanne;10##;|Luzern;60##;|St. Gallen;90##;|"
          "Winterthur;84##;|Lugano;69##;",
          "AG|AG|AG|GmbH|GmbH|GmbH|SA|Sàrl", "%1 %2", "Verein|Stiftung|Association",
          "Treuhand|Informatik|Bau|Transporte|Beratung|Technik|Immobilien|Uhren|Design|Medien|Logistik|Handel",
          "Helvetia|Alpen|Rigi|Matterhorn|Jura|Léman|Säntis|Gotthard|Pilatus|Engadin", false,
          "CHE#########MWST",
          "UBSWCHZH80A;00230############|CRESCHZZ80A;04835############|ZKBKCHZZ80A;00700############|"
          "POFICHBEXXX;09000############|RAIFCH22XXX;80808############",
          "+41 79 ### ## ##|+41 78 ### ## ##|+41 44 ### ## ##|+41 22 ### ## ##", "ch", "buchhaltung",
          "bluewin.ch|gmx.ch|gmail.com|sunrise.ch", 0 },
        { "GB", 2, "en", "GBP", "EUR", 10,
          "Olivia|Emily|Sophie|Charlotte|Jessica|Hannah|Amelia|Lucy|Grace",
          "James|Oliver|Harry|George|William|Thomas|Jack|Daniel|Samuel",
          "Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|Walker|White|"
          "Roberts|Green|Hall|Wood", false,
          "High Street|Station Road|Church Lane|Victoria Road|King Street|Queen Street|Park Avenue|Mill Lane|"
          "London Road|Market Street|The Green",
          StreetStyle::NumberName, "",
          "London;EC# #&&,SW1 #&&,N1 #&&,E1 #&&;|Manchester;M# #&&;|Birmingham;B# #&&;|Leeds;LS# #&&;|"
          "Bristol;BS# #&&;|Edinburgh;EH# #&&;|Glasgow;G# #&&;|Liverpool;L# #&&;",
          "Ltd|Ltd|Ltd|Ltd|Ltd|Ltd|LLP|PLC", "%2 %1", "Community Trust|Arts Foundation|Sports Club",
          "Consulting|Software|Engineering|Logistics|Design|Media|Property|Analytics|Building Services|"
          "Recruitment|Catering|Solutions",
          "Albion|Thames|Pennine|Cotswold|Highland|Severn|Mersey|Northern|Oakwood|Kingsbridge", false,
          "GB#########",
          "NWBKGB2L;NWBK60############|BARCGB22;BARC20############|LOYDGB2L;LOYD30############|"
          "HBUKGB4B;HBUK40############",
          "+44 7### ######|+44 20 7### ####|+44 161 ### ####|+44 113 ### ####", "co.uk", "accounts",
          "btinternet.com|gmail.com|outlook.com|sky.com", 0 },
        { "NO", 1, "en", "NOK", "EUR", 15,
          "Nora|Emma|Ingrid|Kari|Sofie|Maja|Ida|Hanne|Silje",
          "Ola|Lars|Jonas|Henrik|Magnus|Anders|Erik|Sindre|Håkon",
          "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Johnsen|Pettersen|"
          "Eriksen|Berg|Haugen|Hagen|Johannessen|Bakken", false,
          "Karl Johans gate|Storgata|Bryggen|Kirkegata|Torggata|Dronningens gate|Markveien|Thorvald Meyers gate|"
          "Kongens gate|Strandgata",
          StreetStyle::NameNumber, "||| A| B",
          "Oslo;0#50,01#0,04#0;|Bergen;50##;|Trondheim;70##;|Stavanger;40##;|Tromsø;90##;|Drammen;30##;|"
          "Kristiansand;46##;",
          "AS|AS|AS|AS|AS|AS|ASA|DA", "%2 %1", "Idrettslag|Forening|Stiftelse",
          "Bygg|Rådgivning|Data|Transport|Elektro|Eiendom|Media|Design|Logistikk|Rør|Maling|Sjømat",
          "Fjord|Nordlys|Viking|Vestland|Trolltunga|Polar|Nordkapp|Lofoten|Dovre|Hardanger", false,
          "NO9########MVA",
          "DNBANOKK;1503#######|NDEANOKK;6030#######|SPRONO22;3201#######|HANDNOKK;9001#######",
          "+47 4## ## ###|+47 9## ## ###|+47 22 ## ## ##", "no", "faktura",
          "online.no|gmail.com|hotmail.no|broadpark.no", 20 },
    };
// clang-format on

QStringList split(const char* text, char separator = '|')
{
    return QString::fromUtf8(text).split(QLatin1Char(separator));
}

Words words(const QStringList& texts, const QString& country)
{
    Words w;
    w.text = texts;
    for (const QString& t : texts)
        w.ascii.append(asciiFold(t, country));
    return w;
}

CountryProfile profile(const RawCountry& raw)
{
    CountryProfile p;
    p.code = QString::fromLatin1(raw.code);
    p.weight = raw.weight;
    p.language = QString::fromLatin1(raw.language);
    p.currency = QString::fromLatin1(raw.currency);
    p.altCurrency = QString::fromLatin1(raw.altCurrency);
    p.altCurrencyPercent = raw.altCurrencyPercent;
    p.femaleNames = words(split(raw.female), p.code);
    p.maleNames = words(split(raw.male), p.code);
    QStringList masculine;
    QStringList feminine;
    for (const QString& entry : split(raw.last)) {
        const QStringList forms = entry.split(QLatin1Char('/'));
        masculine.append(forms.first());
        feminine.append(forms.last());
    }
    p.lastNames = words(masculine, p.code);
    p.lastNamesFemale = words(feminine, p.code);
    p.twoSurnames = raw.twoSurnames;
    p.streets = split(raw.streets);
    p.streetStyle = raw.style;
    p.numberSuffixes = split(raw.suffixes);
    for (const QString& entry : split(raw.cities)) {
        const QStringList parts = entry.split(QLatin1Char(';'));
        Q_ASSERT(parts.size() == 3);
        p.cities.append(City {parts.at(0), parts.at(1).split(QLatin1Char(',')), parts.at(2)});
    }
    p.legalForms = split(raw.legalForms);
    p.associationPattern = QString::fromUtf8(raw.associationPattern);
    p.associationWords = words(split(raw.associationWords), p.code);
    p.businessWords = words(split(raw.businessWords), p.code);
    p.brands = words(split(raw.brands), p.code);
    p.wordFirst = raw.wordFirst;
    p.vatPattern = QString::fromLatin1(raw.vat);
    for (const QString& entry : split(raw.banks)) {
        const QStringList parts = entry.split(QLatin1Char(';'));
        Q_ASSERT(parts.size() == 2);
        p.banks.append(Bank {parts.at(0), parts.at(1)});
    }
    p.phonePatterns = split(raw.phones);
    p.tld = QString::fromLatin1(raw.tld);
    p.billingMailbox = QString::fromLatin1(raw.mailbox);
    p.mailProviders = split(raw.providers);
    p.eInvoicePercent = raw.eInvoicePercent;
    return p;
}

} // namespace

const QList<CountryProfile>& countryProfiles()
{
    static const QList<CountryProfile> profiles = [] {
        QList<CountryProfile> list;
        for (const RawCountry& raw : kCountries)
            list.append(profile(raw));
        return list;
    }();
    return profiles;
}

const Words& persianFemaleNames()
{
    static const Words w = words(split("Sara|Maryam|Neda|Shirin|Leila|Parisa|Roya|Azadeh"), QString());
    return w;
}

const Words& persianMaleNames()
{
    static const Words w = words(split("Ali|Reza|Mohammad|Amir|Hossein|Babak|Dariush|Kaveh"), QString());
    return w;
}

const Words& persianLastNames()
{
    static const Words w =
        words(split("Rezaei|Ahmadi|Hosseini|Karimi|Mohammadi|Moradi|Jafari|Rahimi|Hashemi|Sadeghi|Tehrani|Kazemi"),
              QString());
    return w;
}

const QStringList& startupPrefixes()
{
    static const QStringList list = split("Bright|Cloud|Pixel|Data|Nova|Blue|North|Swift|Green|Smart|Open|Bit");
    return list;
}

const QStringList& startupSuffixes()
{
    static const QStringList list =
        split("Labs|Works|Studio|Digital|Systems|Analytics|Apps|Media|Solutions|Collective");
    return list;
}

QString asciiFold(const QString& text, const QString& country)
{
    // German-speaking countries write ä as ae in addresses; Danes and Norwegians write ø as oe.
    const bool germanic =
        country == QLatin1String("DE") || country == QLatin1String("AT") || country == QLatin1String("CH");
    const bool nordic = country == QLatin1String("DK") || country == QLatin1String("NO");
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar raw : text.toLower()) {
        const char16_t c = raw.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += raw;
            continue;
        }
        switch (c) {
        case u'ß':
            out += QLatin1String("ss");
            continue;
        case u'ł':
            out += QLatin1Char('l');
            continue;
        case u'æ':
            out += QLatin1String("ae");
            continue;
        case u'œ':
            out += QLatin1String("oe");
            continue;
        case u'ø':
            out += nordic ? QLatin1String("oe") : QLatin1String("o");
            continue;
        case u'å':
            out += nordic ? QLatin1String("aa") : QLatin1String("a");
            continue;
        case u'ä':
        case u'ö':
        case u'ü':
            if (germanic) {
                out += QLatin1Char(c == u'ä' ? 'a' : c == u'ö' ? 'o' : 'u');
                out += QLatin1Char('e');
                continue;
            }
            break;
        default:
            break;
        }
        // Accented Latin letters: keep the base letter. Everything else (spaces, '&', apostrophes) goes.
        const QString decomposed = QString(raw).normalized(QString::NormalizationForm_D);
        const char16_t base = decomposed.isEmpty() ? 0 : decomposed.at(0).unicode();
        if (base >= u'a' && base <= u'z')
            out += QChar(base);
    }
    return out;
}

} // namespace subdesk::demo::detail
