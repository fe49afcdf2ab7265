"""Demo partners and funders in four languages, only from shared/content/facts.md and the
two seeds it cites (004: the consortium's 12 organisations; 000: the press release).

Left empty on purpose, for the admin's "to complete" list: every institutional URL (no
source gives one), every short description, the cities and countries the sources do not
state, the type of partner where the sources do not say it, and the role of Inserm
Transfert and of the University of Sussex. Logos are generated placeholders.
"""


def same(text):
    """A proper name written the same way in every language."""
    return {"en": text, "fr": text, "it": text, "sv": text}


LONDON = {"en": "London", "fr": "Londres", "it": "Londra", "sv": "London"}

# Seed 000: "The Partnership included researchers from ..." these institutions.
RESEARCHERS = {
    "en": "Researchers from this institution were part of the MIROCALS partnership.",
    "fr": "Des chercheurs de cet établissement ont fait partie du partenariat MIROCALS.",
    "it": "Ricercatori di questo istituto hanno fatto parte del partenariato MIROCALS.",
    "sv": "Forskare från den här institutionen ingick i MIROCALS-partnerskapet.",
}
# Seed 000: "logistical support from WGK Ltd and ICON plc".
LOGISTICS = {
    "en": "Gave logistical support to the trial.",
    "fr": "A apporté un soutien logistique à l'essai.",
    "it": "Ha dato supporto logistico allo studio.",
    "sv": "Gav logistiskt stöd till studien.",
}

INDEX = {
    "title": {
        "en": "Partners and funders",
        "fr": "Partenaires et financeurs",
        "it": "Partner e finanziatori",
        "sv": "Partner och finansiärer",
    },
    "slug": {"en": "partners", "fr": "partenaires", "it": "partner", "sv": "partner"},
    "search_description": {
        "en": "Who ran the MIROCALS trial and who paid for it: the consortium partners and "
              "the funders.",
        "fr": "Qui a mené l'essai MIROCALS et qui l'a financé : les partenaires du consortium "
              "et les financeurs.",
        "it": "Chi ha condotto lo studio MIROCALS e chi lo ha finanziato: i partner del "
              "consorzio e i finanziatori.",
        "sv": "Vem som genomförde MIROCALS-studien och vem som betalade för den: partnerna i "
              "konsortiet och finansiärerna.",
    },
    "intro": {
        "en": "The MIROCALS consortium brought together 12 organisations in Europe to run the "
              "trial. Researchers from other institutions also took part. The trial was paid "
              "for by the European Union, the French Health Ministry and charities.",
        "fr": "Le consortium MIROCALS a réuni 12 organisations en Europe pour mener l'essai. "
              "Des chercheurs d'autres établissements y ont aussi participé. L'essai a été "
              "financé par l'Union européenne, le ministère de la Santé français et des "
              "associations caritatives.",
        "it": "Il consorzio MIROCALS ha riunito 12 organizzazioni in Europa per condurre lo "
              "studio. Hanno partecipato anche ricercatori di altri istituti. Lo studio è stato "
              "finanziato dall'Unione europea, dal Ministero della Salute francese e da "
              "associazioni benefiche.",
        "sv": "MIROCALS-konsortiet samlade 12 organisationer i Europa för att genomföra "
              "studien. Forskare från andra institutioner deltog också. Studien finansierades "
              "av Europeiska unionen, det franska hälsoministeriet och "
              "välgörenhetsorganisationer.",
    },
}

# The 12 organisations of seed 004 in its order, then the 2 more partners of seed 000.
PARTNERS = [
    {
        "key": "chu-nimes",
        "title": {
            "en": "University Hospital of Nîmes",
            "fr": "CHU de Nîmes",
            "it": "Ospedale universitario di Nîmes",
            "sv": "Universitetssjukhuset i Nîmes",
        },
        "slug": {
            "en": "university-hospital-of-nimes",
            "fr": "chu-de-nimes",
            "it": "ospedale-universitario-di-nimes",
            "sv": "universitetssjukhuset-i-nimes",
        },
        "short_name": same("CHU de Nîmes"),
        "country": "FR",
        "city": same("Nîmes"),
        "partner_type": "hospital",
        "role": {
            "en": "Sponsor of the trial: the organisation responsible for it. Dr Gilbert "
                  "Bensimon, of the University Hospital of Nîmes, coordinated the trial with "
                  "Professor P Nigel Leigh.",
            "fr": "Promoteur de l'essai : l'établissement qui en était responsable. Le "
                  "Dr Gilbert Bensimon, du CHU de Nîmes, a coordonné l'essai avec le "
                  "professeur P Nigel Leigh.",
            "it": "Promotore dello studio: l'ente che ne era responsabile. Il dottor Gilbert "
                  "Bensimon, dell'Ospedale universitario di Nîmes, ha coordinato lo studio con "
                  "il professor P Nigel Leigh.",
            "sv": "Huvudman för studien, alltså den organisation som ansvarade för den. "
                  "Dr Gilbert Bensimon vid universitetssjukhuset i Nîmes samordnade studien "
                  "tillsammans med professor P Nigel Leigh.",
        },
    },
    {
        "key": "inserm-transfert",
        "title": same("Inserm Transfert"),
        "slug": same("inserm-transfert"),
        "country": "FR",
        "city": same("Paris"),
    },
    {
        "key": "icon",
        "title": same("ICON plc"),
        "slug": same("icon-plc"),
        "role": LOGISTICS,
    },
    {
        "key": "genethon",
        "title": same("Généthon"),
        "slug": same("genethon"),
        "country": "FR",
        "city": same("Evry"),
        "partner_type": "biobank",
        # Seed 000: "biobanking expertise from Généthon" (misspelt "Généthron" there).
        "role": {
            "en": "Brought its expertise in biobanking (storing biological samples) to the "
                  "trial.",
            "fr": "A apporté à l'essai son expertise en biobanque (la conservation "
                  "d'échantillons biologiques).",
            "it": "Ha messo a disposizione dello studio la sua esperienza nelle biobanche (la "
                  "conservazione di campioni biologici).",
            "sv": "Bidrog med sin expertis inom biobanker (förvaring av biologiska prover) "
                  "till studien.",
        },
    },
    {
        "key": "humanitas",
        "title": same("Humanitas Research Hospital"),
        "slug": same("humanitas-research-hospital"),
        "country": "IT",
        "city": {"en": "Milan", "fr": "Milan", "it": "Milano", "sv": "Milano"},
        # Seed 004: the consortium's laboratories are in France, Italy, Sweden and the UK;
        # Humanitas is its only Italian organisation.
        "partner_type": "research-laboratory",
        "role": RESEARCHERS,
    },
    {
        "key": "gothenburg",
        "title": {
            "en": "University of Gothenburg",
            "fr": "Université de Göteborg",
            "it": "Università di Göteborg",
            "sv": "Göteborgs universitet",
        },
        "slug": {
            "en": "university-of-gothenburg",
            "fr": "universite-de-goteborg",
            "it": "universita-di-goteborg",
            "sv": "goteborgs-universitet",
        },
        "country": "SE",
        # The consortium's only Swedish organisation: its Swedish laboratory (seed 004).
        "partner_type": "research-laboratory",
        "role": RESEARCHERS,
    },
    {
        "key": "sussex",
        "title": same("University of Sussex"),
        "slug": same("university-of-sussex"),
        "country": "GB",
    },
    {
        "key": "sheffield",
        "title": same("University of Sheffield"),
        "slug": same("university-of-sheffield"),
        "country": "GB",
        "role": RESEARCHERS,
    },
    {
        "key": "kcl",
        "title": same("King's College London"),
        "slug": same("kings-college-london"),
        "country": "GB",
        "city": LONDON,
        "role": RESEARCHERS,
    },
    {
        "key": "qmul",
        "title": same("Queen Mary University of London"),
        "slug": same("queen-mary-university-of-london"),
        "country": "GB",
        "city": LONDON,
        "role": RESEARCHERS,
    },
    {
        "key": "mnda",
        "title": same("Motor Neurone Disease Association"),
        "slug": same("motor-neurone-disease-association"),
        "short_name": same("MND Association"),
        "country": "GB",
        "partner_type": "patient-association",
        "role": {
            "en": "The patients' association in the consortium. It is also one of the "
                  "charities that supported the trial.",
            "fr": "L'association de patients du consortium. Elle fait aussi partie des "
                  "associations caritatives qui ont soutenu l'essai.",
            "it": "L'associazione di pazienti del consorzio. È anche una delle associazioni "
                  "benefiche che hanno sostenuto lo studio.",
            "sv": "Patientföreningen i konsortiet. Den är också en av de "
                  "välgörenhetsorganisationer som stödde studien.",
        },
    },
    {
        "key": "wgk",
        "title": same("WGK Consultancy Ltd"),
        "slug": same("wgk-consultancy-ltd"),
        "country": "GB",
        "role": LOGISTICS,
    },
    {
        "key": "aphp",
        "title": same("Assistance Publique – Hôpitaux de Paris"),
        "slug": same("ap-hp"),
        "short_name": same("AP-HP"),
        "country": "FR",
        "partner_type": "hospital",
        "role": {
            "en": RESEARCHERS["en"] + " Dr Gilbert Bensimon, who coordinated the trial with "
                  "Professor P Nigel Leigh, is affiliated with AP-HP, Sorbonne University and "
                  "the University Hospital of Nîmes.",
            "fr": RESEARCHERS["fr"] + " Le Dr Gilbert Bensimon, qui a coordonné l'essai avec "
                  "le professeur P Nigel Leigh, est rattaché à l'AP-HP, à Sorbonne Université "
                  "et au CHU de Nîmes.",
            "it": RESEARCHERS["it"] + " Il dottor Gilbert Bensimon, che ha coordinato lo "
                  "studio con il professor P Nigel Leigh, è affiliato all'AP-HP, alla Sorbonne "
                  "Université e all'Ospedale universitario di Nîmes.",
            "sv": RESEARCHERS["sv"] + " Dr Gilbert Bensimon, som samordnade studien "
                  "tillsammans med professor P Nigel Leigh, är knuten till AP-HP, "
                  "Sorbonne-universitetet och universitetssjukhuset i Nîmes.",
        },
    },
    {
        "key": "bsms",
        "title": same("Brighton and Sussex Medical School"),
        "slug": same("brighton-and-sussex-medical-school"),
        "country": "GB",
        "role": {
            "en": "Professor P Nigel Leigh, of Brighton and Sussex Medical School, coordinated "
                  "the trial with Dr Gilbert Bensimon.",
            "fr": "Le professeur P Nigel Leigh, de la Brighton and Sussex Medical School, a "
                  "coordonné l'essai avec le Dr Gilbert Bensimon.",
            "it": "Il professor P Nigel Leigh, della Brighton and Sussex Medical School, ha "
                  "coordinato lo studio con il dottor Gilbert Bensimon.",
            "sv": "Professor P Nigel Leigh vid Brighton and Sussex Medical School samordnade "
                  "studien tillsammans med dr Gilbert Bensimon.",
        },
    },
]

# No source gives a funder's web address: links stay empty, except the MND Association,
# which links to its own partner page.
FUNDERS = [
    {
        "name": {
            "en": "European Union: Horizon 2020",
            "fr": "Union européenne : Horizon 2020",
            "it": "Unione europea: Orizzonte 2020",
            "sv": "Europeiska unionen: Horisont 2020",
        },
        "kind": "public",
        "description": {
            "en": "Horizon 2020 research and innovation programme, call H2020-PHC-2014-2015, "
                  "grant agreement No. 633413.",
            "fr": "Programme de recherche et d'innovation Horizon 2020, appel "
                  "H2020-PHC-2014-2015, convention de subvention n° 633413.",
            "it": "Programma di ricerca e innovazione Orizzonte 2020, bando H2020-PHC-2014-2015, "
                  "convenzione di sovvenzione n. 633413.",
            "sv": "Forsknings- och innovationsprogrammet Horisont 2020, utlysning "
                  "H2020-PHC-2014-2015, bidragsavtal nr 633413.",
        },
        "amount": 5980435,
        # The sentence the grant requires (seed 004), as the footer already showed it.
        "acknowledgement": {
            "en": "This project has received funding from the European Union’s Horizon 2020 "
                  "research and innovation programme under grant agreement No. 633413.",
            "fr": "Ce projet a reçu un financement du programme de recherche et d’innovation "
                  "Horizon 2020 de l’Union européenne, dans le cadre de la convention de "
                  "subvention n° 633413.",
            "it": "Questo progetto ha ricevuto finanziamenti dal programma di ricerca e "
                  "innovazione Orizzonte 2020 dell’Unione europea, nell’ambito della "
                  "convenzione di sovvenzione n. 633413.",
            "sv": "Detta projekt har fått finansiering från Europeiska unionens forsknings- "
                  "och innovationsprogram Horisont 2020 enligt bidragsavtal nr 633413.",
        },
        "show_eu_emblem": True,
    },
    {
        "name": {
            "en": "French Health Ministry: PHRC",
            "fr": "Ministère de la Santé : PHRC",
            "it": "Ministero della Salute francese: PHRC",
            "sv": "Franska hälsoministeriet: PHRC",
        },
        "kind": "public",
        "description": {
            "en": "The French Health Ministry's hospital programme for clinical research "
                  "(Programme Hospitalier de Recherche Clinique).",
            "fr": "Le Programme hospitalier de recherche clinique du ministère de la Santé.",
            "it": "Il programma ospedaliero di ricerca clinica del Ministero della Salute "
                  "francese (Programme Hospitalier de Recherche Clinique).",
            "sv": "Det franska hälsoministeriets sjukhusprogram för klinisk forskning "
                  "(Programme Hospitalier de Recherche Clinique).",
        },
        "amount": 1122429,
    },
    {"name": same("Motor Neurone Disease Association"), "kind": "charity", "partner": "mnda"},
    {"name": same("My Name'5 Doddie Foundation"), "kind": "charity"},
    {"name": same("MND Scotland"), "kind": "charity"},
    {"name": same("AFM-Téléthon"), "kind": "charity"},
    {"name": same("Association pour la Recherche sur la SLA (ARSLA)"), "kind": "charity"},
]
