"""Demo news, from the seeds only: the press release of 9 May 2025 and the three items of
the consortium's earlier website (headline and first line only; their dates are unknown)."""

import datetime

from home.page_builder import add_page, find_child

from .models import ArticlePage, Kind, NewsIndexPage, PressContact

INDEX = {
    "title": {"en": "News and press releases", "fr": "Actualités et communiqués",
              "it": "Notizie e comunicati stampa", "sv": "Nyheter och pressmeddelanden"},
    "slug": {"en": "news", "fr": "actualites", "it": "notizie", "sv": "nyheter"},
    "search_description": {
        "en": "News and press releases of the MIROCALS trial of low-dose interleukin-2 in ALS/MND.",
        "fr": "Actualités et communiqués de presse de l’essai MIROCALS "
              "(interleukine-2 à faible dose dans la SLA).",
        "it": "Notizie e comunicati stampa dello studio MIROCALS "
              "(interleuchina-2 a basse dosi nella SLA).",
        "sv": "Nyheter och pressmeddelanden från MIROCALS-studien (lågdos interleukin-2 vid ALS).",
    },
    "intro": {
        "en": "What is new about the MIROCALS trial, for everyone, and press releases for "
              "journalists.",
        "fr": "Les nouvelles de l’essai MIROCALS, pour tous, et les communiqués de presse pour "
              "les journalistes.",
        "it": "Le novità sullo studio MIROCALS, per tutti, e i comunicati stampa per i "
              "giornalisti.",
        "sv": "Nytt om MIROCALS-studien för alla, och pressmeddelanden för journalister.",
    },
}

CONTACTS = [
    {
        "name": {"en": "Michaël Videment"},
        "role": {
            "en": "Head of Communication and Cultural Affairs",
            "fr": "Directeur de la Communication et des Affaires culturelles",
            "it": "Direttore della comunicazione e degli affari culturali",
            "sv": "Chef för kommunikation och kulturfrågor",
        },
        "organisation": {
            "en": "University Hospital of Nîmes", "fr": "CHU de Nîmes",
            "it": "Ospedale universitario di Nîmes", "sv": "Universitetssjukhuset i Nîmes",
        },
        "email": "michael.videment@chu-nimes.fr",
        "phone": "+33 6 61 43 28 12",
    },
    {
        "name": {
            "en": "Communication and Cultural Affairs Department",
            "fr": "Direction de la Communication et des Affaires culturelles",
            "it": "Direzione della comunicazione e degli affari culturali",
            "sv": "Avdelningen för kommunikation och kulturfrågor",
        },
        "role": {},
        "organisation": {
            "en": "University Hospital of Nîmes", "fr": "CHU de Nîmes",
            "it": "Ospedale universitario di Nîmes", "sv": "Universitetssjukhuset i Nîmes",
        },
        "email": "direction.communication@chu-nimes.fr",
        "phone": "+33 4 66 68 33 04",
    },
]

DOI_URL = "https://doi.org/10.1016/S0140-6736(25)00262-4"

PRESS_RELEASE = {
    "title": {
        "en": "New insights into the treatment of ALS: MIROCALS clinical trial results "
              "published in The Lancet",
        "fr": "De nouvelles pistes pour traiter la SLA : les résultats de l’essai clinique "
              "MIROCALS publiés dans The Lancet",
        "it": "Nuove conoscenze sul trattamento della SLA: i risultati dello studio clinico "
              "MIROCALS pubblicati su The Lancet",
        "sv": "Ny kunskap om behandling av ALS: resultaten av den kliniska studien MIROCALS "
              "publicerade i The Lancet",
    },
    "slug": {
        "en": "mirocals-results-published-in-the-lancet",
        "fr": "resultats-de-mirocals-publies-dans-the-lancet",
        "it": "risultati-di-mirocals-pubblicati-su-the-lancet",
        "sv": "resultaten-av-mirocals-publicerade-i-the-lancet",
    },
    "dateline": {"en": "Nîmes", "fr": "Nîmes", "it": "Nîmes", "sv": "Nîmes"},
    "summary": {
        "en": "The results of the MIROCALS trial of low-dose interleukin-2 in ALS/MND are "
              "published today in The Lancet.",
        "fr": "Les résultats de l’essai MIROCALS sur l’interleukine-2 à faible dose dans la "
              "SLA sont publiés aujourd’hui dans The Lancet.",
        "it": "I risultati dello studio MIROCALS sull’interleuchina-2 a basse dosi nella SLA "
              "sono pubblicati oggi su The Lancet.",
        "sv": "Resultaten av MIROCALS-studien av lågdos interleukin-2 vid ALS publiceras i "
              "dag i The Lancet.",
    },
    "body": {
        "en": [
            ("paragraph", "<p>This is the first study of the effect and safety of low-dose "
                          "interleukin-2 (IL-2LD) in amyotrophic lateral sclerosis (ALS), also "
                          "known as motor neurone disease (MND).</p>"),
            ("heading", "Key findings"),
            ("paragraph", "<p>IL-2LD was safe compared with placebo. The primary analysis "
                          "did not show a significant benefit for survival.</p><p>A "
                          "pre-planned, more detailed analysis found a statistically significant "
                          "survival benefit in about 80% of the participants: those with lower "
                          "levels of a biomarker in the cerebrospinal fluid (CSF), "
                          "phosphorylated neurofilament heavy chain (pNFH), which shows the "
                          "rate of motor neuron damage. In these people, the risk of death at "
                          "the end of the study was reduced by over 40%.</p><p>IL-2LD is not "
                          "licensed for the treatment of ALS/MND.</p>"),
            ("heading", "The MIROCALS trial"),
            ("paragraph", "<p>Between 2017 and 2019 the trial recruited 220 people newly "
                          "diagnosed with ALS/MND. They were first treated with riluzole, the "
                          "standard treatment, and then randomly given either IL-2LD or a "
                          "placebo for 18 months. The trial was double-blind: neither the "
                          "participants nor the investigators knew who received which "
                          "treatment. The main measure of effect was survival.</p><p>The trial "
                          "took place in 7 ALS/MND centres in the UK (6 in England, 1 in "
                          "Scotland) and 10 in France. It was sponsored by the University "
                          "Hospital of Nîmes and coordinated by Dr Gilbert Bensimon and "
                          "Professor P Nigel Leigh.</p>"),
        ],
        "fr": [
            ("paragraph", "<p>C’est la première étude de l’effet et de la sécurité de "
                          "l’interleukine-2 à faible dose (IL-2LD) dans la sclérose latérale "
                          "amyotrophique (SLA, ou maladie de Charcot).</p>"),
            ("heading", "Principaux résultats"),
            ("paragraph", "<p>L’IL-2LD a été sûre par rapport au placebo. L’analyse "
                          "principale n’a pas montré de bénéfice significatif sur la "
                          "survie.</p><p>Une analyse plus détaillée, prévue à l’avance, a "
                          "montré un bénéfice de survie statistiquement significatif chez "
                          "environ 80 % des participants : ceux qui avaient un taux plus bas "
                          "d’un biomarqueur du liquide cérébrospinal (LCS), la chaîne lourde "
                          "phosphorylée des neurofilaments (pNFH), qui reflète la vitesse "
                          "d’atteinte des motoneurones. Chez ces personnes, le risque de décès "
                          "à la fin de l’étude a baissé de plus de 40 %.</p><p>L’IL-2LD n’est "
                          "pas autorisée pour traiter la SLA.</p>"),
            ("heading", "L’essai MIROCALS"),
            ("paragraph", "<p>Entre 2017 et 2019, l’essai a recruté 220 personnes chez qui "
                          "la SLA venait d’être diagnostiquée. Elles ont d’abord reçu le "
                          "riluzole, le traitement habituel, puis, par tirage au sort, soit "
                          "l’IL-2LD, soit un placebo pendant 18 mois. L’essai était en double "
                          "aveugle : ni les participants ni les investigateurs ne savaient qui "
                          "recevait quel traitement. Le critère principal était la "
                          "survie.</p><p>L’essai s’est déroulé dans 7 centres SLA au "
                          "Royaume-Uni (6 en Angleterre, 1 en Écosse) et 10 en France. Il a "
                          "été promu par le CHU de Nîmes et coordonné par le Dr Gilbert "
                          "Bensimon et le Pr P Nigel Leigh.</p>"),
        ],
        "it": [
            ("paragraph", "<p>È il primo studio sull’efficacia e la sicurezza "
                          "dell’interleuchina-2 a basse dosi (IL-2LD) nella sclerosi laterale "
                          "amiotrofica (SLA).</p>"),
            ("heading", "Risultati principali"),
            ("paragraph", "<p>L’IL-2LD è risultata sicura rispetto al placebo. L’analisi "
                          "principale non ha mostrato un beneficio significativo sulla "
                          "sopravvivenza.</p><p>Un’analisi più dettagliata, prevista in "
                          "anticipo, ha trovato un beneficio di sopravvivenza statisticamente "
                          "significativo in circa l’80% dei partecipanti: quelli con livelli "
                          "più bassi di un biomarcatore del liquido cerebrospinale (LCS), la "
                          "catena pesante fosforilata dei neurofilamenti (pNFH), che indica la "
                          "velocità del danno ai motoneuroni. In queste persone il rischio di "
                          "morte alla fine dello studio si è ridotto di oltre il 40%.</p>"
                          "<p>L’IL-2LD non è autorizzata per il trattamento della SLA.</p>"),
            ("heading", "Lo studio MIROCALS"),
            ("paragraph", "<p>Tra il 2017 e il 2019 lo studio ha arruolato 220 persone con "
                          "una diagnosi recente di SLA. Hanno ricevuto prima il riluzolo, il "
                          "trattamento standard, e poi, per sorteggio, l’IL-2LD oppure un "
                          "placebo per 18 mesi. Lo studio era in doppio cieco: né i "
                          "partecipanti né gli sperimentatori sapevano chi riceveva quale "
                          "trattamento. La misura principale era la sopravvivenza.</p><p>Lo "
                          "studio si è svolto in 7 centri SLA nel Regno Unito (6 in "
                          "Inghilterra, 1 in Scozia) e 10 in Francia. Il promotore era "
                          "l’Ospedale universitario di Nîmes; i coordinatori erano il dott. "
                          "Gilbert Bensimon e il prof. P Nigel Leigh.</p>"),
        ],
        "sv": [
            ("paragraph", "<p>Det här är den första studien av effekt och säkerhet för "
                          "lågdos interleukin-2 (IL-2LD) vid amyotrofisk lateralskleros "
                          "(ALS).</p>"),
            ("heading", "De viktigaste resultaten"),
            ("paragraph", "<p>IL-2LD var säkert jämfört med placebo. Huvudanalysen visade "
                          "ingen signifikant fördel för överlevnaden.</p><p>En mer detaljerad "
                          "analys, planerad i förväg, visade en statistiskt signifikant "
                          "fördel för överlevnaden hos ungefär 80 % av deltagarna: de som hade "
                          "lägre nivåer av en biomarkör i ryggmärgsvätskan (CSF), fosforylerad "
                          "neurofilament tung kedja (pNFH), som visar hur snabbt "
                          "motorneuronen skadas. Hos dem minskade risken att dö vid studiens "
                          "slut med mer än 40 %.</p><p>IL-2LD är inte godkänt för behandling "
                          "av ALS.</p>"),
            ("heading", "MIROCALS-studien"),
            ("paragraph", "<p>Mellan 2017 och 2019 tog studien in 220 personer som nyligen "
                          "fått diagnosen ALS. De fick först riluzol, standardbehandlingen, "
                          "och lottades sedan till IL-2LD eller placebo i 18 månader. Studien "
                          "var dubbelblind: varken deltagarna eller prövarna visste vem som "
                          "fick vilken behandling. Det viktigaste måttet var "
                          "överlevnad.</p><p>Studien genomfördes vid 7 ALS-center i "
                          "Storbritannien (6 i England, 1 i Skottland) och 10 i Frankrike. "
                          "Sponsor var universitetssjukhuset i Nîmes, och samordnare var dr "
                          "Gilbert Bensimon och professor P Nigel Leigh.</p>"),
        ],
    },
    "notes_to_editors": {
        "en": "<p>The trial was funded by the European Commission’s Horizon 2020 programme "
              "(H2020-PHC-2014-2015, €5,980,435), the French Health Ministry’s PHRC "
              "(€1,122,429) and UK and French charities.</p>",
        "fr": "<p>L’essai a été financé par le programme Horizon 2020 de la Commission "
              "européenne (H2020-PHC-2014-2015, 5 980 435 €), le PHRC du ministère de la "
              "Santé (1 122 429 €) et des associations britanniques et françaises.</p>",
        "it": "<p>Lo studio è stato finanziato dal programma Orizzonte 2020 della Commissione "
              "europea (H2020-PHC-2014-2015, 5.980.435 €), dal PHRC del Ministero della salute "
              "francese (1.122.429 €) e da associazioni britanniche e francesi.</p>",
        "sv": "<p>Studien finansierades av Europeiska kommissionens program Horisont 2020 "
              "(H2020-PHC-2014-2015, 5 980 435 euro), franska hälsoministeriets PHRC "
              "(1 122 429 euro) samt brittiska och franska organisationer.</p>",
    },
    "related_links": {
        "en": [("link", {"label": "The paper in The Lancet (DOI 10.1016/S0140-6736(25)00262-4)",
                         "url": DOI_URL})],
        "fr": [("link", {"label": "L’article dans The Lancet (DOI 10.1016/S0140-6736(25)00262-4)",
                         "url": DOI_URL})],
        "it": [("link", {"label": "L’articolo su The Lancet (DOI 10.1016/S0140-6736(25)00262-4)",
                         "url": DOI_URL})],
        "sv": [("link", {"label": "Artikeln i The Lancet (DOI 10.1016/S0140-6736(25)00262-4)",
                         "url": DOI_URL})],
    },
}

# The earlier site's items: headline and first line are all that is known.
EARLIER_ITEMS = [
    {
        "title": {
            "en": "End of trial recruitment phase this autumn",
            "fr": "Fin de la phase de recrutement de l’essai cet automne",
            "it": "Fine della fase di arruolamento dello studio questo autunno",
            "sv": "Rekryteringen till studien avslutas i höst",
        },
        "slug": {
            "en": "end-of-recruitment-this-autumn", "fr": "fin-du-recrutement-cet-automne",
            "it": "fine-dell-arruolamento-questo-autunno", "sv": "rekryteringen-avslutas-i-host",
        },
        "summary": {
            "en": "The MIROCALS clinical trial is still ongoing, with recruitment continuing "
                  "until the end of September 2019.",
            "fr": "L’essai clinique MIROCALS se poursuit : le recrutement continue jusqu’à la "
                  "fin de septembre 2019.",
            "it": "Lo studio clinico MIROCALS è ancora in corso: l’arruolamento continua fino "
                  "alla fine di settembre 2019.",
            "sv": "Den kliniska studien MIROCALS pågår fortfarande, och rekryteringen fortsätter "
                  "till slutet av september 2019.",
        },
    },
    {
        "title": {
            "en": "Charities and patient associations rally around MIROCALS to show their "
                  "support",
            "fr": "Associations caritatives et de patients se mobilisent pour soutenir MIROCALS",
            "it": "Associazioni benefiche e di pazienti si mobilitano a sostegno di MIROCALS",
            "sv": "Välgörenhets- och patientorganisationer samlas för att stödja MIROCALS",
        },
        "slug": {
            "en": "charities-rally-around-mirocals", "fr": "les-associations-soutiennent-mirocals",
            "it": "le-associazioni-sostengono-mirocals", "sv": "organisationer-stodjer-mirocals",
        },
        "summary": {
            "en": "Clinical trials are expensive to run, and several more neurology clinics "
                  "are taking part.",
            "fr": "Les essais cliniques coûtent cher, et plusieurs autres services de neurologie "
                  "y participent.",
            "it": "Gli studi clinici sono costosi, e altri centri di neurologia vi partecipano.",
            "sv": "Kliniska studier är dyra att genomföra, och flera fler neurologkliniker deltar.",
        },
    },
    {
        "title": {
            "en": "Will Brexit impact on MIROCALS?",
            "fr": "Le Brexit aura-t-il un effet sur MIROCALS ?",
            "it": "La Brexit avrà effetti su MIROCALS?",
            "sv": "Påverkar brexit MIROCALS?",
        },
        "slug": {"en": "will-brexit-impact-on-mirocals", "fr": "le-brexit-et-mirocals",
                 "it": "la-brexit-e-mirocals", "sv": "brexit-och-mirocals"},
        "summary": {
            "en": "As with everything else affected by Brexit, there are probably more "
                  "questions than answers.",
            "fr": "Comme pour tout ce que touche le Brexit, il y a sans doute plus de questions "
                  "que de réponses.",
            "it": "Come per tutto ciò che riguarda la Brexit, ci sono probabilmente più domande "
                  "che risposte.",
            "sv": "Som med allt annat som påverkas av brexit finns det nog fler frågor än svar.",
        },
    },
]


def press_contacts():
    contacts = []
    for spec in CONTACTS:
        contact = PressContact.objects.filter(email=spec["email"]).first()
        if contact is None:
            contact = PressContact(email=spec["email"], phone=spec["phone"])
            for field in ("name", "role", "organisation"):
                for language, value in spec[field].items():
                    setattr(contact, f"{field}_{language}", value)
            contact.save()
        contacts.append(contact)
    return contacts


def load(home, pages_by_key):
    index = find_child(home, INDEX["slug"]["en"])
    if index is None:
        index = add_page(home, NewsIndexPage, INDEX, show_in_menus=True)
    pages_by_key["news"] = index

    if find_child(index, PRESS_RELEASE["slug"]["en"]) is None:
        release = dict(PRESS_RELEASE)
        release["press_contacts"] = [("contact", contact.pk) for contact in press_contacts()]
        add_page(index, ArticlePage, release, kind=Kind.PRESS, date=datetime.date(2025, 5, 9))
    for item in EARLIER_ITEMS:
        if find_child(index, item["slug"]["en"]) is None:
            add_page(index, ArticlePage, item, kind=Kind.NEWS, date=None)
