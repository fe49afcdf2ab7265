"""The trial page, the lay summary of the results, the glossary and the trial status, in four
languages, written only from shared/content/facts.md and the seeds.

Quotes, hazard ratios and the names of the French centres are deliberately left out (facts.md:
not in the sources, or not confirmed)."""

from datetime import date

from django.utils import translation

from home.page_builder import add_page, find_child, set_translations
from home.translated_page import DEFAULT_LANGUAGE
from trial.models import (
    GlossaryPage,
    GlossaryTerm,
    LaySummaryPage,
    TrialCentre,
    TrialMilestone,
    TrialPage,
    TrialStatus,
)

NCT = "NCT03039673"
EUDRACT = "2015-005347-14"
NCT_URL = f"https://clinicaltrials.gov/study/{NCT}"
EUDRACT_URL = f"https://www.clinicaltrialsregister.eu/ctr-search/search?query={EUDRACT}"
DOI_URL = "https://doi.org/10.1016/S0140-6736(25)00262-4"
PAPER = ("Bensimon G, Leigh PN, et al., for the MIROCALS Study Group. “Efficacy and safety of "
         "low-dose IL-2 as an add-on therapy to riluzole (MIROCALS): a phase 2b, double-blind, "
         "randomised, placebo-controlled trial.” The Lancet, 2025.")
CONTACT = ('<a href="tel:+33466683304">+33 4 66 68 33 04</a>',
           '<a href="mailto:direction.communication@chu-nimes.fr">'
           "direction.communication@chu-nimes.fr</a>")
# An internal link to the glossary page: its id is filled in once the page exists.
GLOSSARY_ID = "GLOSSARY_PAGE_ID"


def glossary_link(label):
    return f'<a linktype="page" id="{GLOSSARY_ID}">{label}</a>'


# --- The trial status (one record; the banner of every page) ---

STATUS = {
    "status": "results_published",
    "participants": 220,
    "banner_text": {
        "en": "The trial has ended. Its results were published in The Lancet on 9 May 2025.",
        "fr": "L'essai est terminé. Ses résultats ont été publiés dans The Lancet le 9 mai 2025.",
        "it": "Lo studio è concluso. I risultati sono stati pubblicati su The Lancet il 9 maggio "
              "2025.",
        "sv": "Studien är avslutad. Resultaten publicerades i The Lancet den 9 maj 2025.",
    },
}

MILESTONES = [
    (date(2015, 9, 1), "month", {
        "en": "The MIROCALS consortium started its 4-year research project, supported by the "
              "European Union's Horizon 2020 programme.",
        "fr": "Le consortium MIROCALS a commencé son projet de recherche de 4 ans, soutenu par le "
              "programme européen Horizon 2020.",
        "it": "Il consorzio MIROCALS ha iniziato il suo progetto di ricerca di 4 anni, sostenuto "
              "dal programma europeo Horizon 2020.",
        "sv": "MIROCALS-konsortiet startade sitt forskningsprojekt på 4 år, med stöd från EU:s "
              "program Horizon 2020.",
    }),
    (date(2017, 1, 1), "year", {
        "en": "Recruitment began: the first participants joined the trial.",
        "fr": "Le recrutement a commencé : les premiers participants sont entrés dans l'essai.",
        "it": "È iniziato il reclutamento: i primi partecipanti sono entrati nello studio.",
        "sv": "Rekryteringen började: de första deltagarna kom med i studien.",
    }),
    (date(2019, 9, 30), "month", {
        "en": "Recruitment closed at the end of the month. In all, 220 people took part.",
        "fr": "Le recrutement s'est terminé à la fin du mois. En tout, 220 personnes ont "
              "participé.",
        "it": "Il reclutamento si è chiuso alla fine del mese. In tutto hanno partecipato 220 "
              "persone.",
        "sv": "Rekryteringen avslutades i slutet av månaden. Totalt deltog 220 personer.",
    }),
    (date(2025, 5, 9), "day", {
        "en": "The results were published in the medical journal The Lancet.",
        "fr": "Les résultats ont été publiés dans la revue médicale The Lancet.",
        "it": "I risultati sono stati pubblicati sulla rivista medica The Lancet.",
        "sv": "Resultaten publicerades i den medicinska tidskriften The Lancet.",
    }),
]

# --- The trial page (it replaces the earlier "About the trial" standard page: same slugs) ---

TRIAL_PAGE = {
    "slug": {
        "en": "about-the-trial",
        "fr": "a-propos-de-l-essai",
        "it": "informazioni-sullo-studio",
        "sv": "om-studien",
    },
    "title": {
        "en": "About the trial",
        "fr": "À propos de l'essai",
        "it": "Informazioni sullo studio",
        "sv": "Om studien",
    },
    "search_description": {
        "en": "What the MIROCALS trial tested, how it worked, who ran it and what it found, in "
              "plain words.",
        "fr": "Ce que l'essai MIROCALS a testé, comment il s'est déroulé, qui l'a mené et ce "
              "qu'il a montré.",
        "it": "Che cosa ha sperimentato lo studio MIROCALS, come si è svolto, chi lo ha condotto "
              "e che cosa ha trovato.",
        "sv": "Vad MIROCALS-studien prövade, hur den gick till, vem som ledde den och vad den "
              "visade.",
    },
    "intro": {
        "en": "MIROCALS tested whether low-dose interleukin-2 could help people with ALS/MND. "
              "This page explains the trial in plain words.",
        "fr": "MIROCALS a testé si l'interleukine-2 à faible dose pouvait aider les personnes "
              "atteintes de SLA. Cette page explique l'essai avec des mots simples.",
        "it": "MIROCALS ha verificato se l'interleuchina-2 a basse dosi potesse aiutare le "
              "persone con SLA. Questa pagina spiega lo studio con parole semplici.",
        "sv": "MIROCALS prövade om lågdos interleukin-2 kunde hjälpa personer med ALS. Den här "
              "sidan förklarar studien med enkla ord.",
    },
    "what_and_why": {
        "en": "<p>MIROCALS stands for “Modifying Immune Responses and Outcomes in ALS”. It was a "
              "clinical trial in people with ALS, also called motor neurone disease (MND).</p>"
              "<p>The trial tested <strong>low-dose interleukin-2</strong>, called IL-2LD for "
              "short.</p><p>Interleukin-2 is a molecule that helps regulate the immune system, "
              "the body's defences. The medicine used in the trial, aldesleukin, is a "
              "manufactured form of human interleukin-2. High doses of it have been used in some "
              "cancers.</p><p>Low doses of interleukin-2 have been found to reduce inflammation. "
              "They do this by raising the number of certain white blood cells, called "
              "regulatory T cells (Tregs). The trial aimed to find out if IL-2LD could be a "
              "treatment for ALS/MND.</p><p>IL-2LD was given on top of riluzole, the standard "
              "medicine for ALS/MND.</p>",
        "fr": "<p>MIROCALS veut dire «\u00a0Modifying Immune Responses and Outcomes in "
              "ALS\u00a0». C'était un essai clinique chez des personnes atteintes de SLA.</p>"
              "<p>L'essai a testé l'<strong>interleukine-2 à faible dose</strong>, appelée "
              "IL-2LD.</p><p>L'interleukine-2 est une molécule qui aide à régler le système "
              "immunitaire, c'est-à-dire les défenses du corps. Le médicament utilisé dans "
              "l'essai, l'aldesleukine, est une interleukine-2 humaine fabriquée en laboratoire. "
              "À forte dose, il est utilisé contre certains cancers.</p><p>On a constaté qu'à "
              "faible dose, l'interleukine-2 réduit l'inflammation. Elle le fait en augmentant le "
              "nombre de certains globules blancs, appelés lymphocytes T régulateurs (Treg). "
              "L'essai voulait savoir si l'IL-2LD pouvait être un traitement de la SLA.</p><p>"
              "L'IL-2LD a été donnée en plus du riluzole, le médicament habituel de la SLA.</p>",
        "it": "<p>MIROCALS sta per «Modifying Immune Responses and Outcomes in ALS». Era uno "
              "studio clinico in persone con SLA.</p><p>Lo studio ha sperimentato "
              "l'<strong>interleuchina-2 a basse dosi</strong>, chiamata IL-2LD.</p><p>"
              "L'interleuchina-2 è una molecola che aiuta a regolare il sistema immunitario, cioè "
              "le difese del corpo. Il farmaco usato nello studio, l'aldesleuchina, è "
              "un'interleuchina-2 umana prodotta in laboratorio. Ad alte dosi è stato usato in "
              "alcuni tumori.</p><p>Si è visto che a basse dosi l'interleuchina-2 riduce "
              "l'infiammazione. Lo fa aumentando il numero di alcuni globuli bianchi, chiamati "
              "linfociti T regolatori (Treg). Lo studio voleva capire se l'IL-2LD potesse essere "
              "un trattamento per la SLA.</p><p>L'IL-2LD è stata data in aggiunta al riluzolo, "
              "il farmaco standard per la SLA.</p>",
        "sv": "<p>MIROCALS står för ”Modifying Immune Responses and Outcomes in ALS”. Det var en "
              "klinisk studie hos personer med ALS.</p><p>Studien prövade <strong>lågdos "
              "interleukin-2</strong>, förkortat IL-2LD.</p><p>Interleukin-2 är en molekyl som "
              "hjälper till att styra immunförsvaret, kroppens försvar. Läkemedlet i studien, "
              "aldesleukin, är ett tillverkat mänskligt interleukin-2. I höga doser har det "
              "använts vid vissa cancerformer.</p><p>Man har sett att interleukin-2 i låga doser "
              "minskar inflammation. Det sker genom att antalet av vissa vita blodkroppar ökar, så "
              "kallade regulatoriska T-celler (Treg). Studien ville ta reda på om IL-2LD kunde bli "
              "en behandling av ALS.</p><p>IL-2LD gavs som tillägg till riluzol, "
              "standardläkemedlet vid ALS.</p>",
    },
    "design": {
        "en": "<ul><li>220 people newly diagnosed with ALS/MND took part. They joined between "
              "2017 and 2019.</li><li>First, everyone took riluzole alone for 12 to 18 weeks.</li>"
              "<li>Then each person was placed by chance (“randomised”) in 1 of 2 groups. One "
              "group received IL-2LD. The other received a placebo: a dummy treatment with no "
              "active medicine.</li><li>The trial was “double-blind”: neither the participants "
              "nor the trial doctors knew who received which treatment.</li><li>The treatment "
              "lasted 18 months. It was an injection under the skin, once a day for 5 days, "
              "every 28 days. The dose of IL-2LD was 2 million international units.</li><li>"
              "Safety and day-to-day abilities were checked during the trial. Because ALS/MND is "
              "fatal, the main measure was survival.</li></ul><p>It was a phase 2 trial. This "
              "kind of trial tests whether an idea works, and how a medicine acts in the body."
              "</p>",
        "fr": "<ul><li>220 personnes qui venaient d'apprendre qu'elles avaient une SLA ont "
              "participé. Elles sont entrées dans l'essai entre 2017 et 2019.</li><li>D'abord, "
              "tout le monde a pris du riluzole seul pendant 12 à 18 semaines.</li><li>Ensuite, "
              "chaque personne a été placée au hasard («\u00a0randomisée\u00a0») dans 1 groupe "
              "sur 2. Un groupe a reçu l'IL-2LD. L'autre a reçu un placebo : un faux traitement, "
              "sans médicament actif.</li><li>L'essai était «\u00a0en double aveugle\u00a0» : ni "
              "les participants ni les médecins de l'essai ne savaient qui recevait quel "
              "traitement.</li><li>Le traitement a duré 18 mois. C'était une piqûre sous la peau, "
              "1 fois par jour pendant 5 jours, tous les 28 jours. La dose d'IL-2LD était de 2 "
              "millions d'unités internationales.</li><li>La sécurité et les capacités de la vie "
              "de tous les jours ont été suivies pendant l'essai. Comme la SLA est mortelle, la "
              "mesure principale était la survie.</li></ul><p>C'était un essai de phase 2. Ce "
              "type d'essai vérifie si une idée fonctionne, et comment un médicament agit dans le "
              "corps.</p>",
        "it": "<ul><li>Hanno partecipato 220 persone con una diagnosi recente di SLA. Sono "
              "entrate nello studio tra il 2017 e il 2019.</li><li>All'inizio, tutti hanno preso "
              "solo riluzolo per 12-18 settimane.</li><li>Poi ogni persona è stata assegnata a "
              "caso («randomizzata») a 1 di 2 gruppi. Un gruppo ha ricevuto l'IL-2LD. L'altro ha "
              "ricevuto un placebo: un finto trattamento, senza farmaco attivo.</li><li>Lo studio "
              "era «in doppio cieco»: né i partecipanti né i medici dello studio sapevano chi "
              "riceveva quale trattamento.</li><li>Il trattamento è durato 18 mesi. Era "
              "un'iniezione sotto la pelle, 1 volta al giorno per 5 giorni, ogni 28 giorni. La "
              "dose di IL-2LD era di 2 milioni di unità internazionali.</li><li>Durante lo studio "
              "sono state controllate la sicurezza e le capacità nella vita di tutti i giorni. "
              "Poiché la SLA è una malattia mortale, la misura principale era la sopravvivenza."
              "</li></ul><p>Era uno studio di fase 2. Questo tipo di studio verifica se un'idea "
              "funziona, e come un farmaco agisce nel corpo.</p>",
        "sv": "<ul><li>220 personer som nyligen fått diagnosen ALS deltog. De kom med i studien "
              "mellan 2017 och 2019.</li><li>Först tog alla bara riluzol i 12 till 18 veckor.</li>"
              "<li>Sedan lottades varje person (”randomiserades”) till 1 av 2 grupper. Den ena "
              "gruppen fick IL-2LD. Den andra fick placebo: en skenbehandling utan verksamt "
              "läkemedel.</li><li>Studien var ”dubbelblind”: varken deltagarna eller "
              "studieläkarna visste vem som fick vilken behandling.</li><li>Behandlingen pågick i "
              "18 månader. Den gavs som en spruta under huden, 1 gång om dagen i 5 dagar, var "
              "28:e dag. Dosen IL-2LD var 2 miljoner internationella enheter.</li><li>Säkerheten "
              "och förmågan i vardagen följdes under studien. Eftersom ALS är en dödlig sjukdom "
              "var det viktigaste måttet överlevnad.</li></ul><p>Det var en fas 2-studie. En "
              "sådan studie prövar om en idé fungerar, och hur ett läkemedel verkar i kroppen."
              "</p>",
    },
    "eligibility": {
        "en": "<p>The trial was for adults who had recently been diagnosed with ALS/MND. The "
              "main conditions were:</p><ul><li>aged 18 to 76;</li><li>first signs of the "
              "illness 24 months ago or less;</li><li>a breathing test (slow vital capacity) "
              "result of 70% or more.</li></ul><p>The full list of conditions is in the trial's "
              "records in the public registers (see below).</p>",
        "fr": "<p>L'essai était destiné à des adultes qui venaient d'apprendre qu'ils avaient "
              "une SLA. Les principales conditions étaient :</p><ul><li>avoir de 18 à 76 ans ;"
              "</li><li>avoir eu les premiers signes de la maladie il y a 24 mois ou moins ;</li>"
              "<li>avoir un résultat de 70\u00a0% ou plus à un test de respiration (la capacité "
              "vitale lente).</li></ul><p>La liste complète des conditions se trouve dans les "
              "fiches de l'essai des registres publics (voir plus bas).</p>",
        "it": "<p>Lo studio era rivolto ad adulti con una diagnosi recente di SLA. Le condizioni "
              "principali erano:</p><ul><li>avere tra 18 e 76 anni;</li><li>avere avuto i primi "
              "segni della malattia 24 mesi prima o meno;</li><li>avere un risultato del 70% o "
              "più in un esame del respiro (la capacità vitale lenta).</li></ul><p>L'elenco "
              "completo delle condizioni si trova nelle schede dello studio nei registri pubblici "
              "(vedi sotto).</p>",
        "sv": "<p>Studien var för vuxna som nyligen hade fått diagnosen ALS. De viktigaste "
              "villkoren var:</p><ul><li>ålder 18 till 76 år;</li><li>de första tecknen på "
              "sjukdomen för 24 månader sedan eller mindre;</li><li>ett resultat på 70\u00a0% "
              "eller mer i ett andningstest (långsam vitalkapacitet).</li></ul><p>Hela listan "
              "över villkor finns i studiens uppgifter i de offentliga registren (se nedan).</p>",
    },
    "condition": {
        "en": "Amyotrophic lateral sclerosis",
        "fr": "Sclérose latérale amyotrophique",
        "it": "Sclerosi laterale amiotrofica",
        "sv": "Amyotrofisk lateralskleros",
    },
    "condition_short_names": {
        "en": "ALS, MND",
        "fr": "SLA, maladie de Charcot",
        "it": "SLA",
        "sv": "ALS",
    },
    "sponsor": {
        "en": "University Hospital of Nîmes (CHU de Nîmes), France",
        "fr": "CHU de Nîmes (centre hospitalier universitaire), France",
        "it": "Ospedale universitario di Nîmes (CHU de Nîmes), Francia",
        "sv": "Universitetssjukhuset i Nîmes (CHU de Nîmes), Frankrike",
    },
    "body": {
        "en": [
            ("heading", "Who ran the trial"),
            ("paragraph", "<p>The trial was coordinated by Dr Gilbert Bensimon (University "
                          "Hospital of Nîmes, Sorbonne University, and Assistance Publique – "
                          "Hôpitaux de Paris) and Professor P Nigel Leigh (Brighton and Sussex "
                          "Medical School, UK).</p><p>It was run by the MIROCALS consortium: 12 "
                          "organisations working together.</p>"),
            ("heading", "After the trial"),
            ("paragraph", "<p><strong>IL-2LD is not licensed as a treatment for ALS/MND."
                          "</strong></p><p>In 2023, the company ILTOO Pharma was given the "
                          "exclusive licence to the trial data. It is seeking approval from the "
                          "regulators to use IL-2LD for ALS.</p>"),
            ("cta", {"text": "Who paid, where it took place, and where to read the results.",
                     "label": "Frequently asked questions", "page": "faq"}),
        ],
        "fr": [
            ("heading", "Qui a mené l'essai"),
            ("paragraph", "<p>L'essai a été coordonné par le Dr Gilbert Bensimon (CHU de Nîmes, "
                          "Sorbonne Université et Assistance Publique – Hôpitaux de Paris) et le "
                          "Pr P Nigel Leigh (Brighton and Sussex Medical School, Royaume-Uni).</p>"
                          "<p>Il a été mené par le consortium MIROCALS : 12 organismes qui ont "
                          "travaillé ensemble.</p>"),
            ("heading", "Après l'essai"),
            ("paragraph", "<p><strong>L'IL-2LD n'est pas autorisée comme traitement de la SLA."
                          "</strong></p><p>En 2023, la société ILTOO Pharma a obtenu la licence "
                          "exclusive des données de l'essai. Elle a engagé les démarches pour "
                          "faire autoriser l'IL-2LD dans la SLA.</p>"),
            ("cta", {"text": "Qui a payé, où l'essai a eu lieu, et où lire les résultats.",
                     "label": "Questions fréquentes", "page": "faq"}),
        ],
        "it": [
            ("heading", "Chi ha condotto lo studio"),
            ("paragraph", "<p>Lo studio è stato coordinato dal dott. Gilbert Bensimon (Ospedale "
                          "universitario di Nîmes, Sorbonne Université e Assistance Publique – "
                          "Hôpitaux de Paris) e dal prof. P Nigel Leigh (Brighton and Sussex "
                          "Medical School, Regno Unito).</p><p>È stato condotto dal consorzio "
                          "MIROCALS: 12 organizzazioni che hanno lavorato insieme.</p>"),
            ("heading", "Dopo lo studio"),
            ("paragraph", "<p><strong>L'IL-2LD non è approvata come trattamento della SLA."
                          "</strong></p><p>Nel 2023 l'azienda ILTOO Pharma ha ottenuto la licenza "
                          "esclusiva dei dati dello studio. Ha avviato la procedura per far "
                          "approvare l'IL-2LD come trattamento della SLA.</p>"),
            ("cta", {"text": "Chi ha pagato, dove si è svolto lo studio e dove leggere i "
                             "risultati.",
                     "label": "Domande frequenti", "page": "faq"}),
        ],
        "sv": [
            ("heading", "Vem som ledde studien"),
            ("paragraph", "<p>Studien samordnades av dr Gilbert Bensimon (universitetssjukhuset "
                          "i Nîmes, Sorbonne Université och Assistance Publique – Hôpitaux de "
                          "Paris) och professor P Nigel Leigh (Brighton and Sussex Medical "
                          "School, Storbritannien).</p><p>Den genomfördes av MIROCALS-"
                          "konsortiet: 12 organisationer som arbetade tillsammans.</p>"),
            ("heading", "Efter studien"),
            ("paragraph", "<p><strong>IL-2LD är inte godkänt som behandling av ALS.</strong>"
                          "</p><p>År 2023 fick företaget ILTOO Pharma ensamrätt (exklusiv "
                          "licens) till studiens data. Företaget arbetar för att få IL-2LD "
                          "godkänt som behandling av ALS.</p>"),
            ("cta", {"text": "Vem som betalade, var studien gjordes och var du kan läsa "
                             "resultaten.",
                     "label": "Vanliga frågor", "page": "faq"}),
        ],
    },
}
TRIAL_ATTRIBUTES = {"trial_name": "MIROCALS: Modifying Immune Responses and Outcomes in ALS",
                    "nct_number": NCT, "eudract_number": EUDRACT, "phase": "Phase 2b",
                    "show_in_menus": True}

# The UK centres named on the MND Association's trial page; the French ones only counted.
CENTRES = [
    ("GB-ENG", {"en": "Brighton"}, "Royal Sussex County Hospital", 1),
    ("GB-SCT", {"en": "Glasgow"}, "Queen Elizabeth University Hospital", 1),
    ("GB-ENG", {"en": "London", "fr": "Londres", "it": "Londra"}, "King's College Hospital", 1),
    ("GB-ENG", {"en": "London", "fr": "Londres", "it": "Londra"}, "Royal London Hospital", 1),
    ("GB-ENG", {"en": "London", "fr": "Londres", "it": "Londra"},
     "National Hospital for Neurology and Neurosurgery", 1),
    ("GB-ENG", {"en": "Salford"}, "Salford Royal Hospital", 1),
    ("GB-ENG", {"en": "Sheffield"}, "Royal Hallamshire Hospital", 1),
    ("FR", {}, "", 10),
]


# --- The lay summary of the results (the ten elements of EU Regulation 536/2014, Annex V) ---

LAY_SUMMARY = {
    "slug": {
        "en": "results-in-plain-words",
        "fr": "resultats-en-mots-simples",
        "it": "risultati-in-parole-semplici",
        "sv": "resultaten-med-enkla-ord",
    },
    "title": {
        "en": "The results of MIROCALS in plain words",
        "fr": "Les résultats de MIROCALS en mots simples",
        "it": "I risultati di MIROCALS in parole semplici",
        "sv": "Resultaten av MIROCALS med enkla ord",
    },
    "search_description": {
        "en": "A summary of the MIROCALS results for patients, families and the public.",
        "fr": "Un résumé des résultats de MIROCALS pour les patients, leurs proches et le public.",
        "it": "Una sintesi dei risultati di MIROCALS per pazienti, familiari e pubblico.",
        "sv": "En sammanfattning av resultaten av MIROCALS för patienter, anhöriga och "
              "allmänheten.",
    },
    "intro": {
        "en": "This summary tells you what the MIROCALS trial found. It is written for "
              "patients, families and the public. It answers ten questions, as European rules "
              "ask.",
        "fr": "Ce résumé explique ce que l'essai MIROCALS a montré. Il est écrit pour les "
              "patients, leurs proches et le public. Il répond à dix questions, comme le "
              "demandent les règles européennes.",
        "it": "Questa sintesi spiega che cosa ha trovato lo studio MIROCALS. È scritta per "
              "pazienti, familiari e pubblico. Risponde a dieci domande, come chiedono le regole "
              "europee.",
        "sv": "Den här sammanfattningen berättar vad MIROCALS-studien visade. Den är skriven för "
              "patienter, anhöriga och allmänheten. Den svarar på tio frågor, som EU:s regler "
              "kräver.",
    },
    "change_note": {
        "en": "First version.",
        "fr": "Première version.",
        "it": "Prima versione.",
        "sv": "Första versionen.",
    },
    "identification": {
        "en": "<p>The trial is called MIROCALS. The name stands for “Modifying Immune Responses "
              "and Outcomes in ALS”.</p><p>Title of the scientific paper: “" + PAPER.split("“")[1]
              .split("”")[0] + "”</p><ul><li>ClinicalTrials.gov number: " + NCT + "</li><li>"
              "EudraCT number: " + EUDRACT + "</li></ul><p>People joined the trial from 2017 to "
              "the end of September 2019. The results were published on 9 May 2025.</p>",
        "fr": "<p>L'essai s'appelle MIROCALS. Ce nom veut dire «\u00a0Modifying Immune "
              "Responses and Outcomes in ALS\u00a0».</p><p>Titre de l'article scientifique (en "
              "anglais) : «\u00a0" + PAPER.split("“")[1].split("”")[0] + "\u00a0»</p><ul><li>"
              "Numéro ClinicalTrials.gov : " + NCT + "</li><li>Numéro EudraCT : " + EUDRACT +
              "</li></ul><p>Les participants sont entrés dans l'essai de 2017 à la fin de "
              "septembre 2019. Les résultats ont été publiés le 9 mai 2025.</p>",
        "it": "<p>Lo studio si chiama MIROCALS. Il nome sta per «Modifying Immune Responses and "
              "Outcomes in ALS».</p><p>Titolo dell'articolo scientifico (in inglese): «" +
              PAPER.split("“")[1].split("”")[0] + "»</p><ul><li>Numero ClinicalTrials.gov: " +
              NCT + "</li><li>Numero EudraCT: " + EUDRACT + "</li></ul><p>I partecipanti sono "
              "entrati nello studio dal 2017 alla fine di settembre 2019. I risultati sono stati "
              "pubblicati il 9 maggio 2025.</p>",
        "sv": "<p>Studien heter MIROCALS. Namnet står för ”Modifying Immune Responses and "
              "Outcomes in ALS”.</p><p>Den vetenskapliga artikelns titel (på engelska): ”" +
              PAPER.split("“")[1].split("”")[0] + "”</p><ul><li>Nummer i ClinicalTrials.gov: " +
              NCT + "</li><li>EudraCT-nummer: " + EUDRACT + "</li></ul><p>Deltagarna kom med i "
              "studien från 2017 till slutet av september 2019. Resultaten publicerades den 9 maj "
              "2025.</p>",
    },
    "sponsor_contact": {
        "en": "<p>The sponsor was the University Hospital of Nîmes (CHU de Nîmes) in France. "
              "The sponsor is the organisation that is responsible for the trial.</p><p>Two "
              "doctors led the trial: Dr Gilbert Bensimon (University Hospital of Nîmes, "
              "Sorbonne University, Assistance Publique – Hôpitaux de Paris) and Professor P "
              "Nigel Leigh (Brighton and Sussex Medical School, UK).</p><p>Contact: the "
              "communication department of the University Hospital of Nîmes. Phone: " +
              CONTACT[0] + ". Email: " + CONTACT[1] + ".</p><p>They cannot give medical advice. "
              "For questions about your own care, talk to your doctor or care team.</p>",
        "fr": "<p>Le promoteur était le CHU de Nîmes, en France. Le promoteur est l'organisme "
              "responsable de l'essai.</p><p>Deux médecins ont dirigé l'essai : le Dr Gilbert "
              "Bensimon (CHU de Nîmes, Sorbonne Université, Assistance Publique – Hôpitaux de "
              "Paris) et le Pr P Nigel Leigh (Brighton and Sussex Medical School, Royaume-Uni)."
              "</p><p>Contact : la Direction de la Communication du CHU de Nîmes. Téléphone : " +
              CONTACT[0] + ". E-mail : " + CONTACT[1] + ".</p><p>Ce service ne peut pas donner "
              "de conseils médicaux. Pour vos soins, parlez-en à votre médecin ou à votre "
              "équipe soignante.</p>",
        "it": "<p>Il promotore era l'Ospedale universitario di Nîmes (CHU de Nîmes), in "
              "Francia. Il promotore è l'ente responsabile dello studio.</p><p>Due medici hanno "
              "diretto lo studio: il dott. Gilbert Bensimon (Ospedale universitario di Nîmes, "
              "Sorbonne Université, Assistance Publique – Hôpitaux de Paris) e il prof. P Nigel "
              "Leigh (Brighton and Sussex Medical School, Regno Unito).</p><p>Contatto: l'ufficio "
              "comunicazione dell'Ospedale universitario di Nîmes. Telefono: " + CONTACT[0] +
              ". E-mail: " + CONTACT[1] + ".</p><p>L'ufficio non può dare consigli medici. Per "
              "le tue cure, parla con il tuo medico o con la tua équipe di cura.</p>",
        "sv": "<p>Huvudman (sponsor) var universitetssjukhuset i Nîmes (CHU de Nîmes) i "
              "Frankrike. Huvudmannen är den organisation som ansvarar för studien.</p><p>Två "
              "läkare ledde studien: dr Gilbert Bensimon (universitetssjukhuset i Nîmes, "
              "Sorbonne Université, Assistance Publique – Hôpitaux de Paris) och professor P "
              "Nigel Leigh (Brighton and Sussex Medical School, Storbritannien).</p><p>Kontakt: "
              "kommunikationsavdelningen vid universitetssjukhuset i Nîmes. Telefon: " +
              CONTACT[0] + ". E-post: " + CONTACT[1] + ".</p><p>De kan inte ge medicinska råd. "
              "Frågor om din egen vård ställer du till din läkare eller ditt vårdteam.</p>",
    },
    "where_when_why": {
        "en": "<p>The trial took place in 17 ALS/MND centres: 7 in the United Kingdom (6 in "
              "England, 1 in Scotland) and 10 in France.</p><p>People joined from 2017 to 2019. "
              "Each person was treated for 18 months.</p><p>ALS/MND attacks the nerve cells that "
              "control movement. There is no cure. Riluzole, the standard medicine, slows the "
              "illness only a little.</p><p>The trial wanted to find out two things. Does "
              "low-dose interleukin-2 (IL-2LD), added to riluzole, help people live longer? And "
              "is it safe?</p>",
        "fr": "<p>L'essai a eu lieu dans 17 centres SLA : 7 au Royaume-Uni (6 en Angleterre, 1 "
              "en Écosse) et 10 en France.</p><p>Les participants sont entrés dans l'essai de "
              "2017 à 2019. Chacun a été traité pendant 18 mois.</p><p>La SLA attaque les "
              "cellules nerveuses qui commandent les mouvements. On ne sait pas la guérir. Le "
              "riluzole, le médicament habituel, ne la ralentit qu'un peu.</p><p>L'essai voulait "
              "savoir deux choses. L'interleukine-2 à faible dose (IL-2LD), en plus du riluzole, "
              "aide-t-elle à vivre plus longtemps ? Et est-elle sûre ?</p>",
        "it": "<p>Lo studio si è svolto in 17 centri SLA: 7 nel Regno Unito (6 in Inghilterra, "
              "1 in Scozia) e 10 in Francia.</p><p>I partecipanti sono entrati nello studio dal "
              "2017 al 2019. Ognuno è stato trattato per 18 mesi.</p><p>La SLA colpisce le "
              "cellule nervose che comandano i movimenti. Non esiste una cura. Il riluzolo, il "
              "farmaco standard, rallenta la malattia solo un po'.</p><p>Lo studio voleva capire "
              "due cose. L'interleuchina-2 a basse dosi (IL-2LD), insieme al riluzolo, aiuta a "
              "vivere più a lungo? Ed è sicura?</p>",
        "sv": "<p>Studien gjordes vid 17 ALS-mottagningar: 7 i Storbritannien (6 i England, 1 i "
              "Skottland) och 10 i Frankrike.</p><p>Deltagarna kom med från 2017 till 2019. "
              "Varje person behandlades i 18 månader.</p><p>ALS angriper de nervceller som styr "
              "rörelser. Det finns inget botemedel. Riluzol, standardläkemedlet, bromsar "
              "sjukdomen bara lite.</p><p>Studien ville ta reda på två saker. Hjälper lågdos "
              "interleukin-2 (IL-2LD), som tillägg till riluzol, människor att leva längre? Och "
              "är det säkert?</p>",
    },
    "participants": {
        "en": "<p>220 people took part. All of them had recently been told they had ALS/MND."
              "</p><p>The main conditions to take part were:</p><ul><li>age 18 to 76;</li><li>"
              "first signs of the illness 24 months ago or less;</li><li>a breathing test (slow "
              "vital capacity) result of 70% or more.</li></ul><p>The publication gives the ages "
              "of the participants and how many were women and men (see question 10). This "
              "summary does not repeat these numbers.</p>",
        "fr": "<p>220 personnes ont participé. Toutes venaient d'apprendre qu'elles avaient une "
              "SLA.</p><p>Les principales conditions pour participer étaient :</p><ul><li>avoir "
              "de 18 à 76 ans ;</li><li>avoir eu les premiers signes de la maladie il y a 24 "
              "mois ou moins ;</li><li>avoir un résultat de 70\u00a0% ou plus à un test de "
              "respiration (la capacité vitale lente).</li></ul><p>L'article scientifique donne "
              "l'âge des participants et le nombre de femmes et d'hommes (voir la question 10). "
              "Ce résumé ne reprend pas ces chiffres.</p>",
        "it": "<p>Hanno partecipato 220 persone. Tutte avevano saputo da poco di avere la SLA."
              "</p><p>Le condizioni principali per partecipare erano:</p><ul><li>avere tra 18 e "
              "76 anni;</li><li>avere avuto i primi segni della malattia 24 mesi prima o meno;"
              "</li><li>avere un risultato del 70% o più in un esame del respiro (la capacità "
              "vitale lenta).</li></ul><p>L'articolo scientifico riporta l'età dei partecipanti "
              "e quante erano le donne e gli uomini (vedi la domanda 10). Questa sintesi non "
              "riprende questi numeri.</p>",
        "sv": "<p>220 personer deltog. Alla hade nyligen fått veta att de hade ALS.</p><p>De "
              "viktigaste villkoren för att delta var:</p><ul><li>ålder 18 till 76 år;</li><li>"
              "de första tecknen på sjukdomen för 24 månader sedan eller mindre;</li><li>ett "
              "resultat på 70\u00a0% eller mer i ett andningstest (långsam vitalkapacitet).</li>"
              "</ul><p>Artikeln anger deltagarnas ålder och hur många som var kvinnor och män "
              "(se fråga 10). Den här sammanfattningen upprepar inte de siffrorna.</p>",
    },
    "medicines": {
        "en": "<p>First, everyone took riluzole alone for 12 to 18 weeks. Riluzole is the "
              "standard medicine for ALS/MND.</p><p>Then each person was placed by chance in 1 "
              "of 2 groups:</p><ul><li>one group received IL-2LD as well as riluzole;</li><li>the "
              "other group received a placebo as well as riluzole. A placebo looks like the "
              "medicine, but has no active medicine in it.</li></ul><p>The medicine was "
              "aldesleukin, a manufactured form of human interleukin-2. The dose was 2 million "
              "international units. It was injected under the skin once a day for 5 days, every "
              "28 days, for 18 months.</p><p>The trial was double-blind: neither the participants "
              "nor the trial doctors knew who received which treatment.</p>",
        "fr": "<p>D'abord, tout le monde a pris du riluzole seul pendant 12 à 18 semaines. Le "
              "riluzole est le médicament habituel de la SLA.</p><p>Ensuite, chaque personne a "
              "été placée au hasard dans 1 groupe sur 2 :</p><ul><li>un groupe a reçu l'IL-2LD en "
              "plus du riluzole ;</li><li>l'autre groupe a reçu un placebo en plus du riluzole. "
              "Un placebo ressemble au médicament, mais ne contient pas de médicament actif.</li>"
              "</ul><p>Le médicament était l'aldesleukine, une interleukine-2 humaine fabriquée "
              "en laboratoire. La dose était de 2 millions d'unités internationales. C'était une "
              "piqûre sous la peau, 1 fois par jour pendant 5 jours, tous les 28 jours, pendant "
              "18 mois.</p><p>L'essai était en double aveugle : ni les participants ni les "
              "médecins de l'essai ne savaient qui recevait quel traitement.</p>",
        "it": "<p>All'inizio, tutti hanno preso solo riluzolo per 12-18 settimane. Il riluzolo è "
              "il farmaco standard per la SLA.</p><p>Poi ogni persona è stata assegnata a caso a "
              "1 di 2 gruppi:</p><ul><li>un gruppo ha ricevuto l'IL-2LD insieme al riluzolo;</li>"
              "<li>l'altro gruppo ha ricevuto un placebo insieme al riluzolo. Un placebo sembra "
              "il farmaco, ma non contiene farmaco attivo.</li></ul><p>Il farmaco era "
              "l'aldesleuchina, un'interleuchina-2 umana prodotta in laboratorio. La dose era di "
              "2 milioni di unità internazionali. Era un'iniezione sotto la pelle, 1 volta al "
              "giorno per 5 giorni, ogni 28 giorni, per 18 mesi.</p><p>Lo studio era in doppio "
              "cieco: né i partecipanti né i medici dello studio sapevano chi riceveva quale "
              "trattamento.</p>",
        "sv": "<p>Först tog alla bara riluzol i 12 till 18 veckor. Riluzol är "
              "standardläkemedlet vid ALS.</p><p>Sedan lottades varje person till 1 av 2 "
              "grupper:</p><ul><li>den ena gruppen fick IL-2LD och riluzol;</li><li>den andra "
              "gruppen fick placebo och riluzol. Placebo ser ut som läkemedlet, men innehåller "
              "inget verksamt läkemedel.</li></ul><p>Läkemedlet var aldesleukin, ett tillverkat "
              "mänskligt interleukin-2. Dosen var 2 miljoner internationella enheter. Det gavs "
              "som en spruta under huden 1 gång om dagen i 5 dagar, var 28:e dag, i 18 månader."
              "</p><p>Studien var dubbelblind: varken deltagarna eller studieläkarna visste vem "
              "som fick vilken behandling.</p>",
    },
    "side_effects": {
        "en": "<p>IL-2LD was safe and well tolerated, compared with the placebo.</p><p>The "
              "publication gives the side effects in each group, with the number of people who "
              "had them (see question 10). This summary does not repeat these numbers.</p>",
        "fr": "<p>L'IL-2LD était sûre et bien tolérée, par rapport au placebo.</p><p>L'article "
              "scientifique donne les effets indésirables dans chaque groupe, avec le nombre de "
              "personnes qui les ont eus (voir la question 10). Ce résumé ne reprend pas ces "
              "chiffres.</p>",
        "it": "<p>L'IL-2LD è risultata sicura e ben tollerata, rispetto al placebo.</p><p>"
              "L'articolo dà gli effetti indesiderati di ogni gruppo. Dice anche quante persone "
              "li hanno avuti (vedi la domanda 10). Qui non diamo questi numeri.</p>",
        "sv": "<p>IL-2LD var säkert och tolererades väl, jämfört med placebo.</p><p>Artikeln "
              "anger vilka biverkningar det fanns i varje grupp. Den anger också hur många som "
              "fick dem (se fråga 10). De siffrorna finns inte här.</p>",
    },
    "overall_results": {
        "en": "<p>The main question was: does IL-2LD help people live longer?</p><ul><li><strong>"
              "The main analysis</strong> did not show a statistically significant difference in "
              "survival between the IL-2LD group and the placebo group. So the trial did not "
              "show a benefit for all participants.</li><li><strong>A more detailed analysis, "
              "planned in advance,</strong> looked at people with lower levels of a biomarker "
              "called pNFH in their cerebrospinal fluid (CSF). This marker shows how fast motor "
              "neurons are being damaged. About 8 in every 10 participants (about 80%) had these "
              "lower levels. In this group, the risk of death at the end of the study was more "
              "than 40% lower with IL-2LD. This difference was statistically significant.</li>"
              "</ul><p>“40% lower” compares the two groups. It does not mean that 40 in every 100 "
              "people were saved. The exact numbers are in the publication.</p>",
        "fr": "<p>La question principale était : l'IL-2LD aide-t-elle à vivre plus longtemps ?"
              "</p><ul><li><strong>L'analyse principale</strong> n'a pas montré de différence "
              "statistiquement significative de survie entre le groupe IL-2LD et le groupe "
              "placebo. L'essai n'a donc pas montré de bénéfice pour l'ensemble des participants."
              "</li><li><strong>Une analyse plus détaillée, prévue à l'avance,</strong> a étudié "
              "les personnes qui avaient un taux plus bas d'un biomarqueur appelé pNFH dans leur "
              "liquide céphalorachidien (LCR). Ce marqueur montre à quelle vitesse les "
              "motoneurones sont abîmés. Environ 8 participants sur 10 (environ 80\u00a0%) "
              "avaient ce taux plus bas. Dans ce groupe, le risque de décès à la fin de l'étude "
              "était plus bas de plus de 40\u00a0% avec l'IL-2LD. Cette différence était "
              "statistiquement significative.</li></ul><p>«\u00a0Plus bas de 40\u00a0%\u00a0» "
              "compare les deux groupes. Cela ne veut pas dire que 40 personnes sur 100 ont été "
              "sauvées. Les chiffres exacts sont dans l'article scientifique.</p>",
        "it": "<p>La domanda principale era: l'IL-2LD aiuta a vivere più a lungo?</p><ul><li>"
              "<strong>L'analisi principale</strong> non ha mostrato una differenza "
              "statisticamente significativa nella sopravvivenza tra il gruppo IL-2LD e il "
              "gruppo placebo. Quindi lo studio non ha mostrato un beneficio per tutti i "
              "partecipanti.</li><li><strong>Un'analisi più dettagliata, prevista in anticipo,"
              "</strong> ha studiato le persone con livelli più bassi di un biomarcatore chiamato "
              "pNFH nel liquido cerebrospinale (liquor). Questo marcatore indica quanto "
              "velocemente i motoneuroni vengono danneggiati. Circa 8 partecipanti su 10 (circa "
              "l'80%) avevano questi livelli più bassi. In questo gruppo, il rischio di morte "
              "alla fine dello studio era più basso di oltre il 40% con l'IL-2LD. Questa "
              "differenza era statisticamente significativa.</li></ul><p>«Più basso del 40%» "
              "confronta i due gruppi. Non vuol dire che 40 persone su 100 sono state salvate. "
              "I numeri esatti sono nell'articolo scientifico.</p>",
        "sv": "<p>Huvudfrågan var: hjälper IL-2LD människor att leva längre?</p><ul><li><strong>"
              "Huvudanalysen</strong> visade ingen statistiskt signifikant skillnad i överlevnad "
              "mellan IL-2LD-gruppen och placebogruppen. Studien visade alltså ingen nytta för "
              "alla deltagare.</li><li><strong>En mer detaljerad analys, som planerats i "
              "förväg,</strong> studerade personer med lägre nivåer av en biomarkör som heter "
              "pNFH i ryggmärgsvätskan (likvor). Markören visar hur snabbt motorneuronen skadas. "
              "Ungefär 8 av 10 deltagare (ungefär 80\u00a0%) hade dessa lägre nivåer. I den "
              "gruppen var risken att dö vid studiens slut mer än 40\u00a0% lägre med IL-2LD. "
              "Skillnaden var statistiskt signifikant.</li></ul><p>”40\u00a0% lägre” jämför de "
              "två grupperna. Det betyder inte att 40 av 100 personer räddades. De exakta "
              "siffrorna finns i artikeln.</p>",
    },
    "comments": {
        "en": "<p>The researchers find these results encouraging. They suggest that changing how "
              "the immune system works could help slow ALS/MND.</p><p>But the main analysis did "
              "not show a benefit. The benefit was found in part of the participants, in an "
              "analysis planned in advance. Such a result is less certain than a result of the "
              "main analysis.</p><p><strong>IL-2LD is not licensed as a treatment for ALS/MND."
              "</strong> Please do not change your treatment because of this summary. Talk to "
              "your doctor.</p>",
        "fr": "<p>Pour les chercheurs, ces résultats sont un bon signe. Ils pensent qu'agir sur "
              "le système immunitaire pourrait aider à freiner la SLA.</p><p>Mais l'analyse "
              "principale n'a pas montré de bénéfice. Le bénéfice a été vu chez une partie des "
              "participants. Cette analyse était prévue à l'avance. Mais un tel résultat est "
              "moins sûr.</p><p><strong>L'IL-2LD n'est pas autorisée dans la SLA.</strong> Ne "
              "changez pas votre traitement à cause de ce résumé. Parlez-en à votre médecin.</p>",
        "it": "<p>Per i ricercatori questi risultati sono un buon segno. Pensano che agire sul "
              "sistema immunitario possa aiutare a frenare la SLA.</p><p>Ma l'analisi "
              "principale non ha mostrato un beneficio. Il beneficio si è visto in una parte dei "
              "partecipanti. Questa analisi era prevista in anticipo. Ma un risultato così è "
              "meno certo.</p><p><strong>L'IL-2LD non è approvata per la SLA.</strong> Non "
              "cambiare la tua cura per questa sintesi. Parlane con il tuo medico.</p>",
        "sv": "<p>Forskarna tycker att resultaten är lovande. De tror att det kan gå att bromsa "
              "ALS genom att ändra hur immunförsvaret fungerar.</p><p>Men huvudanalysen visade "
              "ingen nytta. Nyttan sågs hos en del av deltagarna, i en analys som planerats i "
              "förväg. Ett sådant resultat är mindre säkert än ett resultat från huvudanalysen."
              "</p><p><strong>IL-2LD är inte godkänt som behandling av ALS.</strong> Ändra inte "
              "din behandling på grund av den här sammanfattningen. Tala med din läkare.</p>",
    },
    "further_trials": {
        "en": "<p>In 2023, the company ILTOO Pharma was given the exclusive licence to the trial "
              "data. It is working with the regulators to get IL-2LD approved for ALS. It says it "
              "wants to speed up the next steps of development.</p><p>No new trial is announced "
              "on this website yet. The data and the blood and CSF samples from the trial are now "
              "used in research to understand ALS better.</p>",
        "fr": "<p>En 2023, la société ILTOO Pharma a obtenu la licence exclusive des données de "
              "l'essai. Elle fait les démarches auprès des autorités pour faire autoriser "
              "l'IL-2LD dans la SLA. Elle dit vouloir accélérer les prochaines étapes.</p><p>"
              "Aucun nouvel essai n'est encore annoncé sur ce site. Les données et les "
              "échantillons de sang et de LCR de l'essai servent maintenant à la recherche, pour "
              "mieux comprendre la SLA.</p>",
        "it": "<p>Nel 2023 l'azienda ILTOO Pharma ha ottenuto la licenza esclusiva dei dati "
              "dello studio. Sta lavorando con le autorità per far approvare l'IL-2LD nella SLA. "
              "Dice di voler accelerare le prossime fasi.</p><p>Su questo sito non è ancora "
              "annunciato nessun nuovo studio. I dati e i campioni di sangue e di liquor dello "
              "studio servono ora alla ricerca, per capire meglio la SLA.</p>",
        "sv": "<p>År 2023 fick företaget ILTOO Pharma ensamrätt till studiens data. Företaget "
              "arbetar med myndigheterna för att få IL-2LD godkänt vid ALS. Det säger att det "
              "vill snabba på nästa steg.</p><p>Ingen ny studie är ännu utannonserad på den här "
              "webbplatsen. Studiens data och prover av blod och ryggmärgsvätska används nu i "
              "forskning för att förstå ALS bättre.</p>",
    },
    "more_information": {
        "en": "<p>The full results are in the medical journal The Lancet (in English):</p><p>" +
              PAPER + " <a href=\"" + DOI_URL + "\">doi.org/10.1016/S0140-6736(25)00262-4</a>"
              "</p><p>The trial in the public registers:</p><ul><li>ClinicalTrials.gov: <a href=\""
              + NCT_URL + "\">" + NCT + "</a></li><li>EU Clinical Trials Register: <a href=\"" +
              EUDRACT_URL + "\">" + EUDRACT + "</a></li></ul><p>The words used in this summary "
              "are explained in the " + glossary_link("glossary") + ".</p>",
        "fr": "<p>Les résultats complets sont dans la revue médicale The Lancet (en anglais) :"
              "</p><p>" + PAPER + " <a href=\"" + DOI_URL + "\">doi.org/10.1016/S0140-6736(25)"
              "00262-4</a></p><p>L'essai dans les registres publics :</p><ul><li>"
              "ClinicalTrials.gov : <a href=\"" + NCT_URL + "\">" + NCT + "</a></li><li>Registre "
              "européen des essais cliniques : <a href=\"" + EUDRACT_URL + "\">" + EUDRACT +
              "</a></li></ul><p>Les mots de ce résumé sont expliqués dans le " +
              glossary_link("glossaire") + ".</p>",
        "it": "<p>I risultati completi sono sulla rivista medica The Lancet (in inglese):</p><p>"
              + PAPER + " <a href=\"" + DOI_URL + "\">doi.org/10.1016/S0140-6736(25)00262-4</a>"
              "</p><p>Lo studio nei registri pubblici:</p><ul><li>ClinicalTrials.gov: <a href=\""
              + NCT_URL + "\">" + NCT + "</a></li><li>Registro europeo degli studi clinici: <a "
              "href=\"" + EUDRACT_URL + "\">" + EUDRACT + "</a></li></ul><p>Le parole di questa "
              "sintesi sono spiegate nel " + glossary_link("glossario") + ".</p>",
        "sv": "<p>Alla resultat finns i den medicinska tidskriften The Lancet (på engelska):</p>"
              "<p>" + PAPER + " <a href=\"" + DOI_URL + "\">doi.org/10.1016/S0140-6736(25)"
              "00262-4</a></p><p>Studien i de offentliga registren:</p><ul><li>"
              "ClinicalTrials.gov: <a href=\"" + NCT_URL + "\">" + NCT + "</a></li><li>EU:s "
              "register över kliniska prövningar: <a href=\"" + EUDRACT_URL + "\">" + EUDRACT +
              "</a></li></ul><p>Orden i den här sammanfattningen förklaras i " +
              glossary_link("ordlistan") + ".</p>",
    },
}

# --- The glossary: (term, other forms, definition) per language ---

GLOSSARY_PAGE = {
    "slug": {"en": "glossary", "fr": "glossaire", "it": "glossario", "sv": "ordlista"},
    "title": {"en": "Glossary", "fr": "Glossaire", "it": "Glossario", "sv": "Ordlista"},
    "search_description": {
        "en": "The words used on the MIROCALS website, explained in plain language.",
        "fr": "Les mots utilisés sur le site de MIROCALS, expliqués simplement.",
        "it": "Le parole usate sul sito di MIROCALS, spiegate in modo semplice.",
        "sv": "Orden på MIROCALS webbplats, förklarade med enkla ord.",
    },
    "intro": {
        "en": "Short explanations of the medical words used on this website.",
        "fr": "De courtes explications des mots médicaux utilisés sur ce site.",
        "it": "Brevi spiegazioni delle parole mediche usate su questo sito.",
        "sv": "Korta förklaringar av de medicinska ord som används på den här webbplatsen.",
    },
}

GLOSSARY = [
    {
        "en": ("ALS", "ALS/MND, MND, amyotrophic lateral sclerosis, motor neurone disease",
               "Amyotrophic lateral sclerosis, also called motor neurone disease (MND). An "
               "illness that attacks the nerve cells that control movement (motor neurons), so "
               "that muscles stop working. It generally spares sight, hearing and feeling."),
        "fr": ("SLA", "sclérose latérale amyotrophique, maladie de Charcot",
               "Sclérose latérale amyotrophique, aussi appelée maladie de Charcot. Une maladie "
               "qui attaque les cellules nerveuses qui commandent les mouvements (les "
               "motoneurones) : les muscles ne fonctionnent plus. Elle épargne en général la "
               "vue, l'ouïe et le toucher."),
        "it": ("SLA", "sclerosi laterale amiotrofica",
               "Sclerosi laterale amiotrofica. Una malattia che colpisce le cellule nervose che "
               "comandano i movimenti (i motoneuroni), così i muscoli smettono di funzionare. Di "
               "solito risparmia la vista, l'udito e il tatto."),
        "sv": ("ALS", "amyotrofisk lateralskleros",
               "Amyotrofisk lateralskleros. En sjukdom som angriper de nervceller som styr "
               "rörelser (motorneuronen), så att musklerna slutar fungera. Den skonar oftast "
               "syn, hörsel och känsel."),
    },
    {
        "en": ("Interleukin-2", "IL-2",
               "A molecule the body makes to control the immune system, the body's defences. "
               "The medicine used in the trial, aldesleukin, is a manufactured form of human "
               "interleukin-2."),
        "fr": ("Interleukine-2", "IL-2",
               "Une molécule que le corps fabrique pour régler le système immunitaire, "
               "c'est-à-dire les défenses du corps. Le médicament de l'essai, l'aldesleukine, "
               "est une interleukine-2 humaine fabriquée en laboratoire."),
        "it": ("Interleuchina-2", "IL-2",
               "Una molecola che il corpo produce per regolare il sistema immunitario, cioè le "
               "difese del corpo. Il farmaco dello studio, l'aldesleuchina, è un'interleuchina-2 "
               "umana prodotta in laboratorio."),
        "sv": ("Interleukin-2", "IL-2",
               "En molekyl som kroppen bildar för att styra immunförsvaret, kroppens försvar. "
               "Läkemedlet i studien, aldesleukin, är ett tillverkat mänskligt interleukin-2."),
    },
    {
        "en": ("IL-2LD", "low-dose interleukin-2, low-dose IL-2",
               "Interleukin-2 given in low doses. In MIROCALS: 2 million international units, "
               "injected under the skin once a day for 5 days, every 28 days."),
        "fr": ("IL-2LD", "interleukine-2 à faible dose",
               "L'interleukine-2 donnée à faible dose. Dans MIROCALS : 2 millions d'unités "
               "internationales, en piqûre sous la peau, 1 fois par jour pendant 5 jours, tous "
               "les 28 jours."),
        "it": ("IL-2LD", "interleuchina-2 a basse dosi",
               "L'interleuchina-2 data a basse dosi. In MIROCALS: 2 milioni di unità "
               "internazionali, con un'iniezione sotto la pelle, 1 volta al giorno per 5 giorni, "
               "ogni 28 giorni."),
        "sv": ("IL-2LD", "lågdos interleukin-2",
               "Interleukin-2 i låg dos. I MIROCALS: 2 miljoner internationella enheter, som en "
               "spruta under huden 1 gång om dagen i 5 dagar, var 28:e dag."),
    },
    {
        "en": ("Regulatory T cells", "Tregs, Treg",
               "White blood cells that calm the immune system and reduce inflammation. Low "
               "doses of interleukin-2 increase their number."),
        "fr": ("Lymphocytes T régulateurs", "Treg",
               "Des globules blancs qui calment le système immunitaire et réduisent "
               "l'inflammation. L'interleukine-2 à faible dose augmente leur nombre."),
        "it": ("Linfociti T regolatori", "Treg",
               "Globuli bianchi che calmano il sistema immunitario e riducono l'infiammazione. "
               "L'interleuchina-2 a basse dosi ne aumenta il numero."),
        "sv": ("Regulatoriska T-celler", "Treg",
               "Vita blodkroppar som lugnar immunförsvaret och minskar inflammation. Lågdos "
               "interleukin-2 ökar antalet av dem."),
    },
    {
        "en": ("Riluzole", "",
               "The standard medicine for ALS/MND. It slightly slows the illness down. It is not "
               "a cure."),
        "fr": ("Riluzole", "",
               "Le médicament habituel de la SLA. Il ralentit un peu la maladie. Il ne la "
               "guérit pas."),
        "it": ("Riluzolo", "",
               "Il farmaco standard per la SLA. Rallenta un po' la malattia. Non la guarisce."),
        "sv": ("Riluzol", "",
               "Standardläkemedlet vid ALS. Det bromsar sjukdomen lite. Det botar den inte."),
    },
    {
        "en": ("Placebo", "",
               "A dummy treatment that looks like the real one but has no active medicine in "
               "it. Comparing with a placebo shows what the medicine itself does."),
        "fr": ("Placebo", "",
               "Un faux traitement, qui ressemble au vrai mais ne contient pas de médicament "
               "actif. La comparaison avec un placebo montre l'effet du médicament lui-même."),
        "it": ("Placebo", "",
               "Un finto trattamento, uguale a quello vero ma senza farmaco attivo. Il "
               "confronto con il placebo mostra l'effetto del farmaco stesso."),
        "sv": ("Placebo", "",
               "En skenbehandling som ser ut som den riktiga men inte innehåller något "
               "verksamt läkemedel. Jämförelsen med placebo visar vad läkemedlet självt gör."),
    },
    {
        "en": ("Double-blind", "double blind",
               "Neither the participants nor the trial doctors know who receives the medicine "
               "and who receives the placebo. So this cannot influence the results."),
        "fr": ("Double aveugle", "",
               "Ni les participants ni les médecins de l'essai ne savent qui reçoit le "
               "médicament et qui reçoit le placebo. Ainsi, cela ne peut pas influencer les "
               "résultats."),
        "it": ("Doppio cieco", "",
               "Né i partecipanti né i medici dello studio sanno chi riceve il farmaco e chi il "
               "placebo. Così questo non può influenzare i risultati."),
        "sv": ("Dubbelblind", "",
               "Varken deltagarna eller studieläkarna vet vem som får läkemedlet och vem som "
               "får placebo. Då kan det inte påverka resultaten."),
    },
    {
        "en": ("Randomised", "randomized, randomisation, randomization",
               "Each participant is placed in a group by chance, like tossing a coin. This makes "
               "the groups alike, so that differences come from the treatment."),
        "fr": ("Randomisé", "randomisée, randomisation",
               "Chaque participant est placé dans un groupe par le hasard, comme à pile ou face. "
               "Les groupes se ressemblent donc, et les différences viennent du traitement."),
        "it": ("Randomizzato", "randomizzata, randomizzazione",
               "Ogni partecipante viene assegnato a un gruppo a caso, come lanciando una "
               "moneta. Così i gruppi si somigliano, e le differenze dipendono dal trattamento."),
        "sv": ("Randomiserad", "randomiserades, randomisering",
               "Varje deltagare hamnar i en grupp genom lottning, som när man singlar slant. Då "
               "blir grupperna lika, och skillnader beror på behandlingen."),
    },
    {
        "en": ("Cerebrospinal fluid", "CSF",
               "The clear fluid around the brain and the spinal cord."),
        "fr": ("Liquide céphalorachidien", "LCR",
               "Le liquide clair qui entoure le cerveau et la moelle épinière."),
        "it": ("Liquido cerebrospinale", "liquor",
               "Il liquido limpido che circonda il cervello e il midollo spinale."),
        "sv": ("Ryggmärgsvätska", "likvor, cerebrospinalvätska",
               "Den klara vätskan runt hjärnan och ryggmärgen."),
    },
    {
        "en": ("Biomarker", "marker",
               "Something that can be measured in the body, for example in the blood or the "
               "cerebrospinal fluid, and that gives information about an illness."),
        "fr": ("Biomarqueur", "marqueur",
               "Quelque chose que l'on peut mesurer dans le corps, par exemple dans le sang ou "
               "le liquide céphalorachidien, et qui renseigne sur une maladie."),
        "it": ("Biomarcatore", "marcatore",
               "Qualcosa che si può misurare nel corpo, per esempio nel sangue o nel liquido "
               "cerebrospinale, e che dà informazioni su una malattia."),
        "sv": ("Biomarkör", "markör",
               "Något som kan mätas i kroppen, till exempel i blodet eller ryggmärgsvätskan, "
               "och som ger information om en sjukdom."),
    },
    {
        "en": ("pNFH", "phosphorylated neurofilament heavy chain",
               "Phosphorylated neurofilament heavy chain. Its level in the cerebrospinal fluid "
               "indicates how fast motor neurons are being damaged."),
        "fr": ("pNFH", "chaîne lourde phosphorylée des neurofilaments",
               "La chaîne lourde phosphorylée des neurofilaments. Son taux dans le liquide "
               "céphalorachidien indique à quelle vitesse les motoneurones sont abîmés."),
        "it": ("pNFH", "catena pesante fosforilata dei neurofilamenti",
               "La catena pesante fosforilata dei neurofilamenti. Il suo livello nel liquido "
               "cerebrospinale indica quanto velocemente i motoneuroni vengono danneggiati."),
        "sv": ("pNFH", "fosforylerad tung neurofilamentkedja",
               "Fosforylerad tung neurofilamentkedja. Nivån i ryggmärgsvätskan visar hur snabbt "
               "motorneuronen skadas."),
    },
    {
        "en": ("Hazard of death", "risk of death",
               "How likely a person is to die within a given time. Trials compare it between "
               "groups: “40% lower” means the risk in one group was 40% lower than in the "
               "other. It does not mean that 40 in every 100 people were saved."),
        "fr": ("Risque de décès", "",
               "La probabilité qu'une personne meure dans un temps donné. Les essais le "
               "comparent entre des groupes : «\u00a0plus bas de 40\u00a0%\u00a0» veut dire que "
               "le risque était 40\u00a0% plus bas dans un groupe que dans l'autre. Cela ne veut "
               "pas dire que 40 personnes sur 100 ont été sauvées."),
        "it": ("Rischio di morte", "",
               "La probabilità che una persona muoia entro un certo tempo. Gli studi la "
               "confrontano tra gruppi: «più basso del 40%» vuol dire che il rischio in un "
               "gruppo era più basso del 40% rispetto all'altro. Non vuol dire che 40 persone su "
               "100 sono state salvate."),
        "sv": ("Risk att dö", "risken att dö",
               "Hur troligt det är att en person dör inom en viss tid. Studier jämför den mellan "
               "grupper: ”40\u00a0% lägre” betyder att risken var 40\u00a0% lägre i den ena "
               "gruppen än i den andra. Det betyder inte att 40 av 100 personer räddades."),
    },
    {
        "en": ("Statistically significant", "",
               "A difference between groups that is unlikely to be due to chance alone. It "
               "does not say how large or how important the difference is."),
        "fr": ("Statistiquement significatif", "statistiquement significative",
               "Une différence entre des groupes qui a peu de chances d'être due au seul "
               "hasard. Cela ne dit pas si la différence est grande ou importante."),
        "it": ("Statisticamente significativo", "statisticamente significativa",
               "Una differenza tra gruppi che difficilmente è dovuta solo al caso. Non dice se "
               "la differenza è grande o importante."),
        "sv": ("Statistiskt signifikant", "",
               "En skillnad mellan grupper som sannolikt inte beror enbart på slumpen. Den "
               "säger inte hur stor eller viktig skillnaden är."),
    },
    {
        "en": ("Motor neurons", "motor neuron, motor neurones",
               "The nerve cells that control the muscles."),
        "fr": ("Motoneurones", "motoneurone",
               "Les cellules nerveuses qui commandent les muscles."),
        "it": ("Motoneuroni", "motoneurone",
               "Le cellule nervose che comandano i muscoli."),
        "sv": ("Motorneuron", "motorneuronen",
               "De nervceller som styr musklerna."),
    },
]


# --- Loading (idempotent: what exists is left as editors made it) ---

def _translations(values):
    return {language: value for language, value in values.items() if value}


def load(home, pages_by_key):
    """Create what is missing of the trial page, the glossary, the lay summary and the status."""
    with translation.override(DEFAULT_LANGUAGE):
        trial = _trial_page(home, pages_by_key)
        pages_by_key["about-trial"] = trial
        glossary = find_child(home, GLOSSARY_PAGE["slug"][DEFAULT_LANGUAGE])
        if glossary is None:
            glossary = GlossaryPage()
            set_translations(glossary, GLOSSARY_PAGE)
            glossary.terms = [_glossary_term(entry, position)
                              for position, entry in enumerate(GLOSSARY)]
            _publish_new(home, glossary)
        pages_by_key["glossary"] = glossary
        if isinstance(trial, TrialPage):
            summary = find_child(trial, LAY_SUMMARY["slug"][DEFAULT_LANGUAGE])
            if summary is None:
                texts = {field: {lang: text.replace(GLOSSARY_ID, str(glossary.pk))
                                 for lang, text in values.items()}
                         for field, values in LAY_SUMMARY.items()}
                summary = LaySummaryPage()
                set_translations(summary, texts)
                _publish_new(trial, summary)
            pages_by_key["lay-summary"] = summary
        _trial_status(trial)


def _publish_new(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()


def _trial_page(home, pages_by_key):
    page = find_child(home, TRIAL_PAGE["slug"][DEFAULT_LANGUAGE])
    if page is not None:
        # A database made before the trial page existed keeps its "About the trial"
        # standard page: it is left alone, and still serves as the "about-trial" page.
        return page
    texts = {k: v for k, v in TRIAL_PAGE.items() if k != "body"}
    page = add_page(home, TrialPage, texts, publish=False, **TRIAL_ATTRIBUTES)
    set_translations(page, {"body": TRIAL_PAGE["body"]}, pages_by_key=pages_by_key)
    page.centres = [
        TrialCentre(region=region, hospital=hospital, number=number, sort_order=position,
                    **{f"city_{lang}": city for lang, city in cities.items()})
        for position, (region, cities, hospital, number) in enumerate(CENTRES)
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _glossary_term(entry, position):
    fields = {"sort_order": position}  # the admin's order; without it the database picks
    for language, (term, other_forms, definition) in entry.items():
        fields.update({f"term_{language}": term, f"other_forms_{language}": other_forms,
                       f"definition_{language}": definition})
    return GlossaryTerm(**fields)


def _trial_status(trial):
    if TrialStatus.objects.exists():
        return
    status = TrialStatus(status=STATUS["status"], participants=STATUS["participants"],
                         more_page=trial,
                         **{f"banner_text_{lang}": text
                            for lang, text in STATUS["banner_text"].items()})
    status.milestones = [
        TrialMilestone(date=day, precision=precision, sort_order=position,
                       **{f"label_{lang}": label for lang, label in _translations(labels).items()})
        for position, (day, precision, labels) in enumerate(MILESTONES)
    ]
    status.save()
    status.save_revision().publish()
