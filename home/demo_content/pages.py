"""Demo page texts in four languages, written only from shared/content/facts.md and the seeds."""

# A block is a (type, value) pair:
#   ("heading", "Plain text heading")                      -> an <h2>
#   ("paragraph", "<p>Rich text HTML</p>")                 -> allowed tags: p, a href, strong, em,
#                                                             ul, ol, li; nothing else
#   ("quote", {"text": "...", "attribution": "..."})       -> only verbatim quotes from seed 000,
#                                                             with its speaker; avoid mostly
#   ("cta", {"text": "short sentence", "label": "button label", "page": "<key of another page>"})
#
# Numbers, names and results come only from facts.md and the seeds. Quotes and the French
# centre names are deliberately left out. The page about the trial itself ("about-trial") is
# a TrialPage: its texts are in trial.py.

HOME = {
    "title": {
        "en": "MIROCALS: low-dose interleukin-2 in ALS/MND",
        "fr": "MIROCALS : l'interleukine-2 à faible dose dans la SLA",
        "it": "MIROCALS: interleuchina-2 a basse dosi nella SLA",
        "sv": "MIROCALS: lågdos interleukin-2 vid ALS",
    },
    "search_description": {
        "en": (
            "MIROCALS was a European clinical trial of low-dose interleukin-2 in ALS/MND. "
            "Plain-language information for patients and families."
        ),
        "fr": (
            "MIROCALS, un essai clinique européen de l'interleukine-2 à faible dose dans la SLA. "
            "Des explications simples pour les patients et les proches."
        ),
        "it": (
            "MIROCALS, uno studio clinico europeo sull'interleuchina-2 a basse dosi nella SLA. "
            "Informazioni semplici per pazienti e familiari."
        ),
        "sv": (
            "MIROCALS var en europeisk klinisk studie av lågdos interleukin-2 vid ALS. Enkel "
            "information för patienter och anhöriga."
        ),
    },
    "intro": {
        "en": (
            "MIROCALS was a European clinical trial. It tested low-dose interleukin-2 in people "
            "with ALS, also called motor neurone disease (MND)."
        ),
        "fr": (
            "MIROCALS était un essai clinique européen. Il a testé l'interleukine-2 à faible dose "
            "chez des personnes atteintes de SLA (sclérose latérale amyotrophique)."
        ),
        "it": (
            "MIROCALS è stato uno studio clinico europeo. Ha sperimentato l'interleuchina-2 a "
            "basse dosi in persone con SLA (sclerosi laterale amiotrofica)."
        ),
        "sv": (
            "MIROCALS var en europeisk klinisk studie. Den prövade lågdos interleukin-2 hos "
            "personer med ALS (amyotrofisk lateralskleros)."
        ),
    },
    "body": {
        "en": [
            ("heading", "Welcome"),
            (
                "paragraph",
                (
                    "<p>This website explains the trial in plain words. The trial has ended. It is "
                    "not looking for new participants.</p><p>The results were published in the "
                    "medical journal The Lancet on 9 May 2025.</p>"
                ),
            ),
            (
                "cta",
                {
                    "text": "What was tested, how, and what the trial found.",
                    "label": "About the trial",
                    "page": "about-trial",
                },
            ),
            (
                "cta",
                {
                    "text": "What ALS/MND is and how it affects people.",
                    "label": "About ALS/MND",
                    "page": "about-als",
                },
            ),
            (
                "cta",
                {
                    "text": "Short answers to common questions.",
                    "label": "Frequently asked questions",
                    "page": "faq",
                },
            ),
        ],
        "fr": [
            ("heading", "Bienvenue"),
            (
                "paragraph",
                (
                    "<p>Ce site explique l'essai avec des mots simples. L'essai est terminé. Il ne "
                    "cherche plus de participants.</p><p>Les résultats ont été publiés dans la "
                    "revue médicale The Lancet le 9 mai 2025.</p>"
                ),
            ),
            (
                "cta",
                {
                    "text": "Ce qui a été testé, comment, et ce que l'essai a montré.",
                    "label": "À propos de l'essai",
                    "page": "about-trial",
                },
            ),
            (
                "cta",
                {
                    "text": "Ce qu'est la SLA et comment elle touche les personnes.",
                    "label": "À propos de la SLA",
                    "page": "about-als",
                },
            ),
            (
                "cta",
                {
                    "text": "Des réponses courtes aux questions fréquentes.",
                    "label": "Questions fréquentes",
                    "page": "faq",
                },
            ),
        ],
        "it": [
            ("heading", "Benvenuti"),
            (
                "paragraph",
                (
                    "<p>Questo sito spiega lo studio con parole semplici. Lo studio è concluso. "
                    "Non cerca nuovi partecipanti.</p><p>I risultati sono stati pubblicati sulla "
                    "rivista medica The Lancet il 9 maggio 2025.</p>"
                ),
            ),
            (
                "cta",
                {
                    "text": "Che cosa è stato sperimentato, come, e che cosa ha trovato lo studio.",
                    "label": "Informazioni sullo studio",
                    "page": "about-trial",
                },
            ),
            (
                "cta",
                {
                    "text": "Che cos'è la SLA e come colpisce le persone.",
                    "label": "Informazioni sulla SLA",
                    "page": "about-als",
                },
            ),
            (
                "cta",
                {
                    "text": "Risposte brevi alle domande più comuni.",
                    "label": "Domande frequenti",
                    "page": "faq",
                },
            ),
        ],
        "sv": [
            ("heading", "Välkommen"),
            (
                "paragraph",
                (
                    "<p>Den här webbplatsen förklarar studien med enkla ord. Studien är avslutad. "
                    "Den söker inte nya deltagare.</p><p>Resultaten publicerades i den medicinska "
                    "tidskriften The Lancet den 9 maj 2025.</p>"
                ),
            ),
            (
                "cta",
                {
                    "text": "Vad som prövades, hur, och vad studien visade.",
                    "label": "Om studien",
                    "page": "about-trial",
                },
            ),
            (
                "cta",
                {
                    "text": "Vad ALS är och hur sjukdomen påverkar människor.",
                    "label": "Om ALS",
                    "page": "about-als",
                },
            ),
            (
                "cta",
                {"text": "Korta svar på vanliga frågor.", "label": "Vanliga frågor", "page": "faq"},
            ),
        ],
    },
}

PAGES = [
    {
        "key": "about-als",
        "slug": {
            "en": "about-als-mnd",
            "fr": "a-propos-de-la-sla",
            "it": "informazioni-sulla-sla",
            "sv": "om-als",
        },
        "title": {
            "en": "About ALS/MND",
            "fr": "À propos de la SLA",
            "it": "Informazioni sulla SLA",
            "sv": "Om ALS",
        },
        "search_description": {
            "en": (
                "What ALS, also called motor neurone disease (MND), is, how it affects people and "
                "how it is treated."
            ),
            "fr": (
                "Ce qu'est la SLA, aussi appelée maladie de Charcot, comment elle touche les "
                "personnes et comment on la soigne."
            ),
            "it": "Che cos'è la SLA, come colpisce le persone e come viene curata.",
            "sv": "Vad ALS är, hur sjukdomen påverkar människor och hur den behandlas.",
        },
        "intro": {
            "en": (
                "ALS is also called motor neurone disease (MND). This page explains, in plain "
                "words, what it is and how it affects people."
            ),
            "fr": (
                "La SLA est aussi appelée maladie de Charcot. Cette page explique, avec des mots "
                "simples, ce qu'est cette maladie et comment elle touche les personnes."
            ),
            "it": (
                "Questa pagina spiega, con parole semplici, che cos'è la SLA e come colpisce le "
                "persone."
            ),
            "sv": (
                "Den här sidan förklarar med enkla ord vad ALS är och hur sjukdomen påverkar "
                "människor."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>ALS stands for amyotrophic lateral sclerosis. It is also called motor "
                        "neurone disease, or MND.</p><p>About 45,000 people in Europe live with "
                        "ALS at any one time.</p>"
                    ),
                ),
                ("heading", "What ALS does"),
                (
                    "paragraph",
                    (
                        "<p>ALS attacks the nerve cells that control movement, called motor "
                        "neurons. Then the muscles stop working.</p><p>ALS usually spares the "
                        "senses: sight, hearing and feeling.</p>"
                    ),
                ),
                ("heading", "How it changes over time"),
                (
                    "paragraph",
                    (
                        "<p>ALS usually keeps getting worse, but at different speeds in different "
                        "people. In time, it can leave people unable to move, speak or breathe.</p>"
                        "<p>About 1 in 4 people with ALS die within a year of their first "
                        "symptoms. More than half die within 2 to 3 years of diagnosis. But some "
                        "people live 10 years or more.</p>"
                    ),
                ),
                ("heading", "Treatment and care"),
                (
                    "paragraph",
                    (
                        "<p>There is no cure yet, and the cause of ALS is not yet understood. One "
                        "medicine, riluzole, can slightly slow the disease.</p><p>Care brings "
                        "together health and social care professionals. It includes psychological "
                        "and emotional support. It also includes expert help with communication "
                        "aids, food and breathing.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Read how MIROCALS tested a possible new treatment.",
                        "label": "About the trial",
                        "page": "about-trial",
                    },
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "<p>SLA veut dire sclérose latérale amyotrophique. En anglais, on dit ALS "
                        "ou MND.</p><p>En Europe, environ 45\u00a0000 personnes vivent avec la SLA "
                        "à un moment donné.</p>"
                    ),
                ),
                ("heading", "Ce que fait la SLA"),
                (
                    "paragraph",
                    (
                        "<p>La SLA attaque les cellules nerveuses qui commandent les mouvements, "
                        "appelées motoneurones. Les muscles cessent alors de fonctionner.</p><p>En "
                        "général, la SLA épargne les sens : la vue, l'ouïe et le toucher.</p>"
                    ),
                ),
                ("heading", "Comment elle évolue"),
                (
                    "paragraph",
                    (
                        "<p>La SLA s'aggrave en général, mais à des vitesses différentes selon les "
                        "personnes. Avec le temps, elle peut empêcher de bouger, de parler ou de "
                        "respirer.</p><p>Environ 1 personne sur 4 atteinte de SLA meurt dans "
                        "l'année qui suit les premiers symptômes. Plus de la moitié meurent dans "
                        "les 2 à 3 ans qui suivent le diagnostic. Mais certaines personnes vivent "
                        "10 ans ou plus.</p>"
                    ),
                ),
                ("heading", "Traitement et soins"),
                (
                    "paragraph",
                    (
                        "<p>Il n'existe pas encore de guérison, et on ne connaît pas encore la "
                        "cause de la SLA. Un médicament, le riluzole, peut ralentir un peu la "
                        "maladie.</p><p>Les soins réunissent des professionnels de la santé et du "
                        "social. Ils comprennent un soutien psychologique et émotionnel. Ils "
                        "comprennent aussi l'aide de spécialistes pour les aides à la "
                        "communication, l'alimentation et la respiration.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Découvrez comment MIROCALS a testé un traitement possible.",
                        "label": "À propos de l'essai",
                        "page": "about-trial",
                    },
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "<p>SLA significa sclerosi laterale amiotrofica. In inglese si dice ALS o "
                        "MND.</p><p>In Europa, in ogni momento, circa 45.000 persone vivono con la "
                        "SLA.</p>"
                    ),
                ),
                ("heading", "Che cosa fa la SLA"),
                (
                    "paragraph",
                    (
                        "<p>La SLA attacca le cellule nervose che comandano i movimenti, chiamate "
                        "motoneuroni. Così i muscoli smettono di funzionare.</p><p>Di solito la "
                        "SLA risparmia i sensi: la vista, l'udito e il tatto.</p>"
                    ),
                ),
                ("heading", "Come cambia nel tempo"),
                (
                    "paragraph",
                    (
                        "<p>Di solito la SLA peggiora, ma con velocità diverse da persona a "
                        "persona. Col tempo, può rendere impossibile muoversi, parlare o "
                        "respirare.</p><p>Circa 1 persona su 4 con la SLA muore entro un anno dai "
                        "primi sintomi. Più della metà muore entro 2-3 anni dalla diagnosi. Ma "
                        "alcune persone vivono 10 anni o più.</p>"
                    ),
                ),
                ("heading", "Cure e assistenza"),
                (
                    "paragraph",
                    (
                        "<p>Non esiste ancora una cura che guarisca, e la causa della SLA non è "
                        "ancora chiara. Un farmaco, il riluzolo, può rallentare un po' la "
                        "malattia.</p><p>L'assistenza riunisce professionisti sanitari e sociali. "
                        "Comprende un sostegno psicologico ed emotivo. Comprende anche l'aiuto di "
                        "esperti per gli ausili alla comunicazione, l'alimentazione e la "
                        "respirazione.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": (
                            "Scopri come MIROCALS ha sperimentato un possibile nuovo trattamento."
                        ),
                        "label": "Informazioni sullo studio",
                        "page": "about-trial",
                    },
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>ALS står för amyotrofisk lateralskleros. På engelska kallas sjukdomen "
                        "också MND.</p><p>I Europa lever ungefär 45\u00a0000 personer med ALS vid "
                        "varje given tidpunkt.</p>"
                    ),
                ),
                ("heading", "Vad ALS gör"),
                (
                    "paragraph",
                    (
                        "<p>ALS angriper de nervceller som styr rörelser, så kallade motorneuron. "
                        "Då slutar musklerna att fungera.</p><p>ALS brukar inte påverka sinnena: "
                        "synen, hörseln och känseln.</p>"
                    ),
                ),
                ("heading", "Hur sjukdomen förändras"),
                (
                    "paragraph",
                    (
                        "<p>ALS blir oftast gradvis värre, men olika snabbt hos olika personer. "
                        "Med tiden kan sjukdomen göra att man inte kan röra sig, tala eller "
                        "andas.</p><p>Ungefär 1 av 4 personer med ALS dör inom ett år efter de "
                        "första symtomen. Mer än hälften dör inom 2 till 3 år efter diagnosen. Men "
                        "en del lever i 10 år eller mer.</p>"
                    ),
                ),
                ("heading", "Behandling och vård"),
                (
                    "paragraph",
                    (
                        "<p>Det finns ännu inget botemedel, och man vet ännu inte vad som orsakar "
                        "ALS. Ett läkemedel, riluzol, kan bromsa sjukdomen något.</p><p>Vården "
                        "samlar personal från hälso- och sjukvården och socialtjänsten. Den "
                        "omfattar psykologiskt och känslomässigt stöd. Den omfattar också hjälp "
                        "från experter med kommunikationshjälpmedel, mat och andning.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Läs hur MIROCALS prövade en möjlig ny behandling.",
                        "label": "Om studien",
                        "page": "about-trial",
                    },
                ),
            ],
        },
        "show_in_menus": True,
    },
    {
        "key": "faq",
        "slug": {
            "en": "frequently-asked-questions",
            "fr": "questions-frequentes",
            "it": "domande-frequenti",
            "sv": "vanliga-fragor",
        },
        "title": {
            "en": "Frequently asked questions",
            "fr": "Questions fréquentes",
            "it": "Domande frequenti",
            "sv": "Vanliga frågor",
        },
        "search_description": {
            "en": (
                "Short answers about MIROCALS: joining, results, whether IL-2LD is available, "
                "funding and trial centres."
            ),
            "fr": (
                "Réponses courtes sur MIROCALS : participation, résultats, accès à l'IL-2LD, "
                "financement et centres."
            ),
            "it": (
                "Risposte brevi su MIROCALS: partecipazione, risultati, disponibilità dell'IL-2LD, "
                "fondi e centri."
            ),
            "sv": (
                "Korta svar om MIROCALS: att delta, resultat, om IL-2LD finns att få, finansiering "
                "och mottagningar."
            ),
        },
        "intro": {
            "en": "Short answers to the questions people ask most about MIROCALS.",
            "fr": "Des réponses courtes aux questions les plus fréquentes sur MIROCALS.",
            "it": "Risposte brevi alle domande più frequenti su MIROCALS.",
            "sv": "Korta svar på de vanligaste frågorna om MIROCALS.",
        },
        "body": {
            "en": [
                ("heading", "Can I still join the trial?"),
                (
                    "paragraph",
                    (
                        "<p>No. Recruitment started in 2017 and closed at the end of September "
                        "2019. The trial has now ended.</p><p>If you are interested in research, "
                        "you can ask your ALS/MND care team.</p>"
                    ),
                ),
                ("heading", "Is IL-2LD available as a treatment?"),
                (
                    "paragraph",
                    (
                        "<p>IL-2LD is <strong>not</strong> licensed as a treatment for ALS/MND.</p>"
                        "<p>In 2023, the company ILTOO Pharma was given the exclusive licence to "
                        "the trial data. It is seeking approval from the regulators to use IL-2LD "
                        "for ALS.</p><p>Please talk to your own doctor about your treatment.</p>"
                    ),
                ),
                ("heading", "What did the trial find?"),
                (
                    "paragraph",
                    (
                        "<p>The main measure was survival. The results, published in The Lancet on "
                        "9 May 2025, were:</p><ul><li>IL-2LD was safe and well tolerated, compared "
                        "with placebo.</li><li>The main analysis did not show a significant "
                        "benefit on survival.</li><li>A more detailed analysis, planned in "
                        "advance, found a statistically significant survival benefit (a difference "
                        "unlikely to be due to chance) in about 80% of participants. These were "
                        "the people with lower levels of a marker called pNFH in their "
                        "cerebrospinal fluid (CSF), the fluid around the brain and spinal cord. "
                        "This marker shows how fast motor neurons are being damaged.</li><li>In "
                        "these people, the risk of death at the end of the study was reduced by "
                        "more than 40%.</li></ul>"
                    ),
                ),
                ("heading", "Who paid for the trial?"),
                (
                    "paragraph",
                    (
                        "<ul><li>The European Union's Horizon 2020 research and innovation "
                        "programme: €5,980,435 (grant agreement No. 633413).</li><li>The French "
                        "Health Ministry, through its PHRC programme: €1,122,429.</li><li>"
                        "Charities: the Motor Neurone Disease Association, the My Name'5 Doddie "
                        "Foundation, MND Scotland, AFM-Téléthon (France) and the Association pour "
                        "la Recherche sur la SLA (ARSLA).</li></ul>"
                    ),
                ),
                ("heading", "Where did the trial take place?"),
                (
                    "paragraph",
                    (
                        "<p>In 17 ALS/MND centres: 7 in the United Kingdom (6 in England, 1 in "
                        "Scotland) and 10 in France.</p><p>The UK centres were in:</p><ul><li>"
                        "Brighton: Royal Sussex County Hospital</li><li>Glasgow: Queen Elizabeth "
                        "University Hospital</li><li>London: King's College Hospital, Royal London "
                        "Hospital, National Hospital for Neurology and Neurosurgery</li><li>"
                        "Salford: Salford Royal Hospital</li><li>Sheffield: Royal Hallamshire "
                        "Hospital</li></ul>"
                    ),
                ),
                ("heading", "Who ran the trial?"),
                (
                    "paragraph",
                    (
                        "<p>The sponsor was the University Hospital of Nîmes (CHU de Nîmes), "
                        "France. The trial was coordinated by Dr Gilbert Bensimon and Professor P "
                        "Nigel Leigh.</p><p>The MIROCALS consortium brought together 12 "
                        "organisations:</p><ul><li>University Hospital of Nîmes (Nîmes, "
                        "France)</li><li>Inserm Transfert (Paris, France)</li><li>ICON plc</li><li>"
                        "Généthon (Evry, France)</li><li>Humanitas Research Hospital (Milan, "
                        "Italy)</li><li>University of Gothenburg (Sweden)</li><li>University of "
                        "Sussex (UK)</li><li>University of Sheffield (UK)</li><li>King's College "
                        "London (London, UK)</li><li>Queen Mary University of London (London, "
                        "UK)</li><li>Motor Neurone Disease Association (UK)</li><li>WGK "
                        "Consultancy Ltd (UK)</li></ul>"
                    ),
                ),
                ("heading", "Where can I read the full results?"),
                (
                    "paragraph",
                    (
                        "<p>In the medical journal The Lancet, published on 9 May 2025. The "
                        "article is in English and written for doctors and researchers:</p><p>"
                        "Bensimon G, Leigh PN, et al., for the MIROCALS Study Group. “Efficacy and "
                        "safety of low-dose IL-2 as an add-on therapy to riluzole (MIROCALS): a "
                        "phase 2b, double-blind, randomised, placebo-controlled trial.” The "
                        "Lancet, 2025. DOI: 10.1016/S0140-6736(25)00262-4.</p><p>The trial is "
                        "registered on ClinicalTrials.gov as NCT03039673, and in the European "
                        "register EudraCT as 2015-005347-14.</p>"
                    ),
                ),
            ],
            "fr": [
                ("heading", "Puis-je encore participer à l'essai ?"),
                (
                    "paragraph",
                    (
                        "<p>Non. Le recrutement a commencé en 2017 et s'est arrêté fin septembre "
                        "2019. L'essai est maintenant terminé.</p><p>Si la recherche vous "
                        "intéresse, vous pouvez en parler à l'équipe qui vous soigne pour la "
                        "SLA.</p>"
                    ),
                ),
                ("heading", "L'IL-2LD est-elle disponible comme traitement ?"),
                (
                    "paragraph",
                    (
                        "<p>L'IL-2LD n'est <strong>pas</strong> autorisée comme traitement de la "
                        "SLA.</p><p>En 2023, la société ILTOO Pharma a obtenu la licence exclusive "
                        "des données de l'essai. Elle a engagé les démarches pour faire autoriser "
                        "l'IL-2LD dans la SLA.</p><p>Pour votre traitement, parlez-en à votre "
                        "médecin.</p>"
                    ),
                ),
                ("heading", "Qu'a montré l'essai ?"),
                (
                    "paragraph",
                    (
                        "<p>La mesure principale était la survie. Voici les résultats, publiés "
                        "dans The Lancet le 9 mai 2025 :</p><ul><li>L'IL-2LD était sûre et bien "
                        "tolérée, par rapport au placebo.</li><li>L'analyse principale n'a pas "
                        "montré de bénéfice significatif sur la survie.</li><li>Une analyse plus "
                        "détaillée, prévue à l'avance, a trouvé un bénéfice statistiquement "
                        "significatif sur la survie (une différence peu probablement due au "
                        "hasard) chez environ 80\u00a0% des participants. Il s'agit des personnes "
                        "qui avaient un taux plus bas d'un marqueur appelé pNFH dans leur liquide "
                        "céphalorachidien (LCR), le liquide qui entoure le cerveau et la moelle "
                        "épinière. Ce marqueur montre à quelle vitesse les motoneurones sont "
                        "abîmés.</li><li>Chez ces personnes, le risque de décès à la fin de "
                        "l'étude a baissé de plus de 40\u00a0%.</li></ul>"
                    ),
                ),
                ("heading", "Qui a financé l'essai ?"),
                (
                    "paragraph",
                    (
                        "<ul><li>Le programme de recherche et d'innovation Horizon 2020 de l'Union "
                        "européenne : 5\u00a0980\u00a0435\u00a0€ (convention de subvention n° "
                        "633413).</li><li>Le ministère français de la Santé, par son programme "
                        "PHRC : 1\u00a0122\u00a0429\u00a0€.</li><li>Des associations : la Motor "
                        "Neurone Disease Association, la My Name'5 Doddie Foundation, MND "
                        "Scotland, l'AFM-Téléthon (France) et l'Association pour la Recherche sur "
                        "la SLA (ARSLA).</li></ul>"
                    ),
                ),
                ("heading", "Où l'essai a-t-il eu lieu ?"),
                (
                    "paragraph",
                    (
                        "<p>Dans 17 centres SLA : 7 au Royaume-Uni (6 en Angleterre, 1 en Écosse) "
                        "et 10 en France.</p><p>Les centres du Royaume-Uni étaient à :</p><ul><li>"
                        "Brighton: Royal Sussex County Hospital</li><li>Glasgow: Queen Elizabeth "
                        "University Hospital</li><li>Londres: King's College Hospital, Royal "
                        "London Hospital, National Hospital for Neurology and Neurosurgery</li><li>"
                        "Salford: Salford Royal Hospital</li><li>Sheffield: Royal Hallamshire "
                        "Hospital</li></ul>"
                    ),
                ),
                ("heading", "Qui a mené l'essai ?"),
                (
                    "paragraph",
                    (
                        "<p>Le promoteur était le CHU de Nîmes, en France. L'essai a été coordonné "
                        "par le Dr Gilbert Bensimon et le Pr P Nigel Leigh.</p><p>Le consortium "
                        "MIROCALS réunissait 12 organismes :</p><ul><li>CHU de Nîmes (Nîmes, "
                        "France)</li><li>Inserm Transfert (Paris, France)</li><li>ICON plc</li><li>"
                        "Généthon (Évry, France)</li><li>Humanitas Research Hospital (Milan, "
                        "Italie)</li><li>Université de Göteborg (Suède)</li><li>University of "
                        "Sussex (Royaume-Uni)</li><li>University of Sheffield (Royaume-Uni)</li>"
                        "<li>King's College London (Londres, Royaume-Uni)</li><li>Queen Mary "
                        "University of London (Londres, Royaume-Uni)</li><li>Motor Neurone Disease "
                        "Association (Royaume-Uni)</li><li>WGK Consultancy Ltd (Royaume-Uni)</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "Où lire les résultats complets ?"),
                (
                    "paragraph",
                    (
                        "<p>Dans la revue médicale The Lancet, le 9 mai 2025. L'article est en "
                        "anglais et s'adresse aux médecins et aux chercheurs :</p><p>Bensimon G, "
                        "Leigh PN, et al., for the MIROCALS Study Group. “Efficacy and safety of "
                        "low-dose IL-2 as an add-on therapy to riluzole (MIROCALS): a phase 2b, "
                        "double-blind, randomised, placebo-controlled trial.” The Lancet, 2025. "
                        "DOI: 10.1016/S0140-6736(25)00262-4.</p><p>L'essai est enregistré sur "
                        "ClinicalTrials.gov sous le numéro NCT03039673, et dans le registre "
                        "européen EudraCT sous le numéro 2015-005347-14.</p>"
                    ),
                ),
            ],
            "it": [
                ("heading", "Posso ancora partecipare allo studio?"),
                (
                    "paragraph",
                    (
                        "<p>No. Il reclutamento è iniziato nel 2017 e si è chiuso alla fine di "
                        "settembre 2019. Lo studio ora è concluso.</p><p>Se la ricerca ti "
                        "interessa, puoi chiedere all'équipe che ti segue per la SLA.</p>"
                    ),
                ),
                ("heading", "L'IL-2LD è disponibile come trattamento?"),
                (
                    "paragraph",
                    (
                        "<p>L'IL-2LD <strong>non</strong> è approvata come trattamento della "
                        "SLA.</p><p>Nel 2023 l'azienda ILTOO Pharma ha ottenuto la licenza "
                        "esclusiva dei dati dello studio. Ha avviato la procedura per far "
                        "approvare l'IL-2LD come trattamento della SLA.</p><p>Per la tua cura, "
                        "parlane con il tuo medico.</p>"
                    ),
                ),
                ("heading", "Che cosa ha trovato lo studio?"),
                (
                    "paragraph",
                    (
                        "<p>La misura principale era la sopravvivenza. Ecco i risultati, "
                        "pubblicati su The Lancet il 9 maggio 2025:</p><ul><li>L'IL-2LD è "
                        "risultata sicura e ben tollerata, rispetto al placebo.</li><li>L'analisi "
                        "principale non ha mostrato un beneficio significativo sulla "
                        "sopravvivenza.</li><li>Un'analisi più dettagliata, prevista in anticipo, "
                        "ha trovato un beneficio statisticamente significativo sulla sopravvivenza "
                        "(una differenza che difficilmente è dovuta al caso) in circa l'80% dei "
                        "partecipanti. Sono le persone con livelli più bassi di un marcatore "
                        "chiamato pNFH nel liquido cerebrospinale (liquor), il liquido che "
                        "circonda il cervello e il midollo spinale. Questo marcatore indica quanto "
                        "velocemente i motoneuroni vengono danneggiati.</li><li>In queste persone, "
                        "il rischio di morte alla fine dello studio si è ridotto di oltre il "
                        "40%.</li></ul>"
                    ),
                ),
                ("heading", "Chi ha finanziato lo studio?"),
                (
                    "paragraph",
                    (
                        "<ul><li>Il programma di ricerca e innovazione Horizon 2020 dell'Unione "
                        "europea: 5.980.435 euro (accordo di sovvenzione n. 633413).</li><li>Il "
                        "Ministero della Salute francese, con il suo programma PHRC: 1.122.429 "
                        "euro.</li><li>Associazioni benefiche: Motor Neurone Disease Association, "
                        "My Name'5 Doddie Foundation, MND Scotland, AFM-Téléthon (Francia) e "
                        "Association pour la Recherche sur la SLA (ARSLA).</li></ul>"
                    ),
                ),
                ("heading", "Dove si è svolto lo studio?"),
                (
                    "paragraph",
                    (
                        "<p>In 17 centri SLA: 7 nel Regno Unito (6 in Inghilterra, 1 in Scozia) e "
                        "10 in Francia.</p><p>I centri del Regno Unito erano a:</p><ul><li>"
                        "Brighton: Royal Sussex County Hospital</li><li>Glasgow: Queen Elizabeth "
                        "University Hospital</li><li>Londra: King's College Hospital, Royal London "
                        "Hospital, National Hospital for Neurology and Neurosurgery</li><li>"
                        "Salford: Salford Royal Hospital</li><li>Sheffield: Royal Hallamshire "
                        "Hospital</li></ul>"
                    ),
                ),
                ("heading", "Chi ha condotto lo studio?"),
                (
                    "paragraph",
                    (
                        "<p>Il promotore era l'Ospedale universitario di Nîmes (CHU de Nîmes), in "
                        "Francia. Lo studio è stato coordinato dal dott. Gilbert Bensimon e dal "
                        "prof. P Nigel Leigh.</p><p>Il consorzio MIROCALS riuniva 12 "
                        "organizzazioni:</p><ul><li>Ospedale universitario di Nîmes (Nîmes, "
                        "Francia)</li><li>Inserm Transfert (Parigi, Francia)</li><li>ICON plc</li>"
                        "<li>Généthon (Évry, Francia)</li><li>Humanitas Research Hospital (Milano, "
                        "Italia)</li><li>Università di Göteborg (Svezia)</li><li>University of "
                        "Sussex (Regno Unito)</li><li>University of Sheffield (Regno Unito)</li>"
                        "<li>King's College London (Londra, Regno Unito)</li><li>Queen Mary "
                        "University of London (Londra, Regno Unito)</li><li>Motor Neurone Disease "
                        "Association (Regno Unito)</li><li>WGK Consultancy Ltd (Regno Unito)</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "Dove posso leggere i risultati completi?"),
                (
                    "paragraph",
                    (
                        "<p>Sulla rivista medica The Lancet, il 9 maggio 2025. L'articolo è in "
                        "inglese ed è scritto per medici e ricercatori:</p><p>Bensimon G, Leigh "
                        "PN, et al., for the MIROCALS Study Group. “Efficacy and safety of "
                        "low-dose IL-2 as an add-on therapy to riluzole (MIROCALS): a phase 2b, "
                        "double-blind, randomised, placebo-controlled trial.” The Lancet, 2025. "
                        "DOI: 10.1016/S0140-6736(25)00262-4.</p><p>Lo studio è registrato su "
                        "ClinicalTrials.gov con il numero NCT03039673, e nel registro europeo "
                        "EudraCT con il numero 2015-005347-14.</p>"
                    ),
                ),
            ],
            "sv": [
                ("heading", "Kan jag fortfarande vara med i studien?"),
                (
                    "paragraph",
                    (
                        "<p>Nej. Rekryteringen började 2017 och stängde i slutet av september "
                        "2019. Studien är nu avslutad.</p><p>Om du är intresserad av forskning kan "
                        "du fråga ditt ALS-team.</p>"
                    ),
                ),
                ("heading", "Finns IL-2LD som behandling?"),
                (
                    "paragraph",
                    (
                        "<p>IL-2LD är <strong>inte</strong> godkänt som behandling av ALS.</p><p>"
                        "År 2023 fick företaget ILTOO Pharma ensamrätt (exklusiv licens) till "
                        "studiens data. Företaget arbetar för att få IL-2LD godkänt som behandling "
                        "av ALS.</p><p>Prata med din egen läkare om din behandling.</p>"
                    ),
                ),
                ("heading", "Vad visade studien?"),
                (
                    "paragraph",
                    (
                        "<p>Det viktigaste måttet var överlevnad. Resultaten, som publicerades i "
                        "The Lancet den 9 maj 2025, var:</p><ul><li>IL-2LD var säkert och "
                        "tolererades väl, jämfört med placebo.</li><li>Huvudanalysen visade ingen "
                        "signifikant effekt på överlevnaden.</li><li>En mer detaljerad analys, som "
                        "planerats i förväg, fann en statistiskt signifikant effekt på "
                        "överlevnaden (en skillnad som sannolikt inte beror på slumpen) hos "
                        "ungefär 80\u00a0% av deltagarna. Det var de personer som hade lägre "
                        "nivåer av en markör som heter pNFH i ryggmärgsvätskan (likvor), vätskan "
                        "runt hjärnan och ryggmärgen. Markören visar hur snabbt motorneuronen "
                        "skadas.</li><li>Hos dessa personer minskade risken att dö vid studiens "
                        "slut med mer än 40\u00a0%.</li></ul>"
                    ),
                ),
                ("heading", "Vem betalade studien?"),
                (
                    "paragraph",
                    (
                        "<ul><li>EU:s program för forskning och innovation Horizon 2020: "
                        "5\u00a0980\u00a0435 euro (bidragsavtal nr 633413).</li><li>Franska "
                        "hälsoministeriet, genom sitt program PHRC: 1\u00a0122\u00a0429 euro.</li>"
                        "<li>Välgörenhetsorganisationer: Motor Neurone Disease Association, My "
                        "Name'5 Doddie Foundation, MND Scotland, AFM-Téléthon (Frankrike) och "
                        "Association pour la Recherche sur la SLA (ARSLA).</li></ul>"
                    ),
                ),
                ("heading", "Var gjordes studien?"),
                (
                    "paragraph",
                    (
                        "<p>Vid 17 ALS-mottagningar: 7 i Storbritannien (6 i England, 1 i "
                        "Skottland) och 10 i Frankrike.</p><p>Mottagningarna i Storbritannien "
                        "fanns i:</p><ul><li>Brighton: Royal Sussex County Hospital</li><li>"
                        "Glasgow: Queen Elizabeth University Hospital</li><li>London: King's "
                        "College Hospital, Royal London Hospital, National Hospital for Neurology "
                        "and Neurosurgery</li><li>Salford: Salford Royal Hospital</li><li>"
                        "Sheffield: Royal Hallamshire Hospital</li></ul>"
                    ),
                ),
                ("heading", "Vem ledde studien?"),
                (
                    "paragraph",
                    (
                        "<p>Huvudman (sponsor) var universitetssjukhuset i Nîmes (CHU de Nîmes) i "
                        "Frankrike. Studien samordnades av dr Gilbert Bensimon och professor P "
                        "Nigel Leigh.</p><p>MIROCALS-konsortiet samlade 12 organisationer:</p><ul>"
                        "<li>Universitetssjukhuset i Nîmes (Nîmes, Frankrike)</li><li>Inserm "
                        "Transfert (Paris, Frankrike)</li><li>ICON plc</li><li>Généthon (Évry, "
                        "Frankrike)</li><li>Humanitas Research Hospital (Milano, Italien)</li><li>"
                        "Göteborgs universitet (Sverige)</li><li>University of Sussex "
                        "(Storbritannien)</li><li>University of Sheffield (Storbritannien)</li><li>"
                        "King's College London (London, Storbritannien)</li><li>Queen Mary "
                        "University of London (London, Storbritannien)</li><li>Motor Neurone "
                        "Disease Association (Storbritannien)</li><li>WGK Consultancy Ltd "
                        "(Storbritannien)</li></ul>"
                    ),
                ),
                ("heading", "Var kan jag läsa hela resultaten?"),
                (
                    "paragraph",
                    (
                        "<p>I den medicinska tidskriften The Lancet, den 9 maj 2025. Artikeln är "
                        "på engelska och skriven för läkare och forskare:</p><p>Bensimon G, Leigh "
                        "PN, et al., for the MIROCALS Study Group. “Efficacy and safety of "
                        "low-dose IL-2 as an add-on therapy to riluzole (MIROCALS): a phase 2b, "
                        "double-blind, randomised, placebo-controlled trial.” The Lancet, 2025. "
                        "DOI: 10.1016/S0140-6736(25)00262-4.</p><p>Studien är registrerad på "
                        "ClinicalTrials.gov med nummer NCT03039673, och i det europeiska registret "
                        "EudraCT med nummer 2015-005347-14.</p>"
                    ),
                ),
            ],
        },
        "show_in_menus": True,
    },
    {
        "key": "contact",
        "slug": {"en": "contact", "fr": "contact", "it": "contatti", "sv": "kontakt"},
        "title": {"en": "Contact", "fr": "Contact", "it": "Contatti", "sv": "Kontakt"},
        "search_description": {
            "en": (
                "Press and communication contacts for MIROCALS at the University Hospital of "
                "Nîmes, France."
            ),
            "fr": "Contacts presse et communication pour MIROCALS au CHU de Nîmes, en France.",
            "it": (
                "Contatti stampa e comunicazione per MIROCALS all'Ospedale universitario di Nîmes, "
                "in Francia."
            ),
            "sv": (
                "Press- och kommunikationskontakter för MIROCALS vid universitetssjukhuset i "
                "Nîmes, Frankrike."
            ),
        },
        "intro": {
            "en": (
                "The MIROCALS trial was sponsored by the University Hospital of Nîmes, France. "
                "Here is how to reach its communication team."
            ),
            "fr": (
                "L'essai MIROCALS avait pour promoteur le CHU de Nîmes, en France. Voici comment "
                "joindre son service de communication."
            ),
            "it": (
                "Il promotore dello studio MIROCALS era l'Ospedale universitario di Nîmes, in "
                "Francia. Ecco come contattare il suo ufficio comunicazione."
            ),
            "sv": (
                "Huvudman för MIROCALS-studien var universitetssjukhuset i Nîmes i Frankrike. Så "
                "här når du sjukhusets kommunikationsavdelning."
            ),
        },
        "body": {
            "en": [
                ("heading", "Press and communication"),
                (
                    "paragraph",
                    (
                        "<p><strong>Direction de la Communication et des Affaires "
                        "culturelles</strong> (communication and cultural affairs department), "
                        "University Hospital of Nîmes</p><ul><li>Phone: <a "
                        "href=\"tel:+33466683304\">+33 4 66 68 33 04</a></li><li>Email: <a "
                        "href=\"mailto:direction.communication@chu-nimes.fr\">"
                        "direction.communication@chu-nimes.fr</a></li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Michaël Videment</strong>, Head of communication</p><ul><li>"
                        "Phone: <a href=\"tel:+33661432812\">+33 6 61 43 28 12</a></li><li>Email: "
                        "<a href=\"mailto:michael.videment@chu-nimes.fr\">"
                        "michael.videment@chu-nimes.fr</a></li></ul>"
                    ),
                ),
                ("heading", "Questions about your health"),
                (
                    "paragraph",
                    (
                        "<p>This website cannot give medical advice. For questions about your own "
                        "care or treatment, please talk to your doctor or your ALS/MND care "
                        "team.</p><p>The trial has ended. It is not looking for new "
                        "participants.</p>"
                    ),
                ),
            ],
            "fr": [
                ("heading", "Presse et communication"),
                (
                    "paragraph",
                    (
                        "<p><strong>Direction de la Communication et des Affaires "
                        "culturelles</strong>, CHU de Nîmes</p><ul><li>Téléphone : <a "
                        "href=\"tel:+33466683304\">+33 4 66 68 33 04</a></li><li>E-mail : <a "
                        "href=\"mailto:direction.communication@chu-nimes.fr\">"
                        "direction.communication@chu-nimes.fr</a></li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Michaël Videment</strong>, directeur de la Communication et "
                        "des Affaires culturelles</p><ul><li>Téléphone : <a "
                        "href=\"tel:+33661432812\">+33 6 61 43 28 12</a></li><li>E-mail : <a "
                        "href=\"mailto:michael.videment@chu-nimes.fr\">"
                        "michael.videment@chu-nimes.fr</a></li></ul>"
                    ),
                ),
                ("heading", "Questions sur votre santé"),
                (
                    "paragraph",
                    (
                        "<p>Ce site ne peut pas donner de conseils médicaux. Pour vos soins ou "
                        "votre traitement, parlez-en à votre médecin ou à l'équipe qui vous suit "
                        "pour la SLA.</p><p>L'essai est terminé. Il ne cherche plus de "
                        "participants.</p>"
                    ),
                ),
            ],
            "it": [
                ("heading", "Stampa e comunicazione"),
                (
                    "paragraph",
                    (
                        "<p><strong>Direction de la Communication et des Affaires "
                        "culturelles</strong> (ufficio comunicazione e affari culturali), Ospedale "
                        "universitario di Nîmes</p><ul><li>Telefono: <a href=\"tel:+33466683304\">"
                        "+33 4 66 68 33 04</a></li><li>E-mail: <a "
                        "href=\"mailto:direction.communication@chu-nimes.fr\">"
                        "direction.communication@chu-nimes.fr</a></li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Michaël Videment</strong>, responsabile della comunicazione</p>"
                        "<ul><li>Telefono: <a href=\"tel:+33661432812\">+33 6 61 43 28 12</a></li>"
                        "<li>E-mail: <a href=\"mailto:michael.videment@chu-nimes.fr\">"
                        "michael.videment@chu-nimes.fr</a></li></ul>"
                    ),
                ),
                ("heading", "Domande sulla tua salute"),
                (
                    "paragraph",
                    (
                        "<p>Questo sito non può dare consigli medici. Per domande sulla tua cura o "
                        "sul tuo trattamento, parla con il tuo medico o con l'équipe che ti segue "
                        "per la SLA.</p><p>Lo studio è concluso. Non cerca nuovi partecipanti.</p>"
                    ),
                ),
            ],
            "sv": [
                ("heading", "Press och kommunikation"),
                (
                    "paragraph",
                    (
                        "<p><strong>Direction de la Communication et des Affaires "
                        "culturelles</strong> (avdelningen för kommunikation och kultur), "
                        "universitetssjukhuset i Nîmes</p><ul><li>Telefon: <a "
                        "href=\"tel:+33466683304\">+33 4 66 68 33 04</a></li><li>E-post: <a "
                        "href=\"mailto:direction.communication@chu-nimes.fr\">"
                        "direction.communication@chu-nimes.fr</a></li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Michaël Videment</strong>, kommunikationschef</p><ul><li>"
                        "Telefon: <a href=\"tel:+33661432812\">+33 6 61 43 28 12</a></li><li>"
                        "E-post: <a href=\"mailto:michael.videment@chu-nimes.fr\">"
                        "michael.videment@chu-nimes.fr</a></li></ul>"
                    ),
                ),
                ("heading", "Frågor om din hälsa"),
                (
                    "paragraph",
                    (
                        "<p>Den här webbplatsen kan inte ge medicinska råd. Om du har frågor om "
                        "din egen vård eller behandling, prata med din läkare eller ditt "
                        "ALS-team.</p><p>Studien är avslutad. Den söker inte nya deltagare.</p>"
                    ),
                ),
            ],
        },
        "show_in_menus": False,
    },
    {
        "key": "accessibility",
        "slug": {
            "en": "accessibility",
            "fr": "accessibilite",
            "it": "accessibilita",
            "sv": "tillganglighet",
        },
        "title": {
            "en": "Accessibility statement",
            "fr": "Déclaration d'accessibilité",
            "it": "Dichiarazione di accessibilità",
            "sv": "Tillgänglighetsredogörelse",
        },
        "search_description": {
            "en": (
                "How the MIROCALS website aims to be usable by everyone, and how to tell us about "
                "a problem."
            ),
            "fr": (
                "Comment le site MIROCALS veut être utilisable par tous, et comment nous signaler "
                "un problème."
            ),
            "it": (
                "Come il sito MIROCALS vuole essere usabile da tutti, e come segnalarci un "
                "problema."
            ),
            "sv": (
                "Hur MIROCALS webbplats ska kunna användas av alla, och hur du berättar om ett "
                "problem."
            ),
        },
        "intro": {
            "en": (
                "We want everyone to be able to use this website, including people with "
                "disabilities."
            ),
            "fr": (
                "Nous voulons que tout le monde puisse utiliser ce site, y compris les personnes "
                "en situation de handicap."
            ),
            "it": "Vogliamo che tutti possano usare questo sito, anche le persone con disabilità.",
            "sv": (
                "Vi vill att alla ska kunna använda den här webbplatsen, även personer med "
                "funktionsnedsättning."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>This website aims to meet the Web Content Accessibility Guidelines "
                        "(WCAG) 2.2, level AA. These are international rules that make websites "
                        "easier to use for everyone.</p>"
                    ),
                ),
                ("heading", "How the website is built"),
                (
                    "paragraph",
                    (
                        "<ul><li>You can use the site with a keyboard only.</li><li>It works "
                        "without JavaScript.</li><li>It is in 4 languages: English, French, "
                        "Italian and Swedish.</li><li>The texts use short sentences and everyday "
                        "words.</li></ul>"
                    ),
                ),
                ("heading", "Tell us about a problem"),
                (
                    "paragraph",
                    (
                        "<p>If something on this website is hard to use, please tell us. Use the "
                        "contact page.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Found a problem, or have a question?",
                        "label": "Contact",
                        "page": "contact",
                    },
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "<p>Ce site vise le niveau AA des règles internationales d'accessibilité "
                        "du web, les WCAG 2.2 (Web Content Accessibility Guidelines). Ces règles "
                        "rendent les sites plus faciles à utiliser pour tous.</p>"
                    ),
                ),
                ("heading", "Comment le site est conçu"),
                (
                    "paragraph",
                    (
                        "<ul><li>Vous pouvez utiliser le site avec le clavier seulement.</li><li>"
                        "Il fonctionne sans JavaScript.</li><li>Il existe en 4 langues : anglais, "
                        "français, italien et suédois.</li><li>Les textes utilisent des phrases "
                        "courtes et des mots de tous les jours.</li></ul>"
                    ),
                ),
                ("heading", "Signalez-nous un problème"),
                (
                    "paragraph",
                    (
                        "<p>Si quelque chose sur ce site est difficile à utiliser, dites-le-nous. "
                        "Utilisez la page de contact.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Un problème ou une question ?",
                        "label": "Contact",
                        "page": "contact",
                    },
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "<p>Questo sito punta al livello AA delle linee guida internazionali per "
                        "l'accessibilità del web, le WCAG 2.2 (Web Content Accessibility "
                        "Guidelines). Queste regole rendono i siti più facili da usare per "
                        "tutti.</p>"
                    ),
                ),
                ("heading", "Come è fatto il sito"),
                (
                    "paragraph",
                    (
                        "<ul><li>Puoi usare il sito solo con la tastiera.</li><li>Funziona senza "
                        "JavaScript.</li><li>È in 4 lingue: inglese, francese, italiano e "
                        "svedese.</li><li>I testi usano frasi brevi e parole di tutti i "
                        "giorni.</li></ul>"
                    ),
                ),
                ("heading", "Segnalaci un problema"),
                (
                    "paragraph",
                    (
                        "<p>Se qualcosa in questo sito è difficile da usare, diccelo. Usa la "
                        "pagina dei contatti.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Hai trovato un problema o hai una domanda?",
                        "label": "Contatti",
                        "page": "contact",
                    },
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Den här webbplatsen har som mål att uppfylla nivå AA i de "
                        "internationella riktlinjerna för tillgänglighet på webben, WCAG 2.2 (Web "
                        "Content Accessibility Guidelines). Riktlinjerna gör webbplatser lättare "
                        "att använda för alla.</p>"
                    ),
                ),
                ("heading", "Hur webbplatsen är byggd"),
                (
                    "paragraph",
                    (
                        "<ul><li>Du kan använda webbplatsen med bara tangentbordet.</li><li>Den "
                        "fungerar utan JavaScript.</li><li>Den finns på 4 språk: engelska, "
                        "franska, italienska och svenska.</li><li>Texterna har korta meningar och "
                        "vardagliga ord.</li></ul>"
                    ),
                ),
                ("heading", "Berätta om ett problem"),
                (
                    "paragraph",
                    (
                        "<p>Om något på webbplatsen är svårt att använda, berätta det för oss. "
                        "Använd kontaktsidan.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Har du hittat ett problem eller har du en fråga?",
                        "label": "Kontakt",
                        "page": "contact",
                    },
                ),
            ],
        },
        "show_in_menus": False,
    },
    {
        "key": "privacy",
        "slug": {
            "en": "privacy-notice",
            "fr": "confidentialite",
            "it": "informativa-privacy",
            "sv": "integritet",
        },
        "title": {
            "en": "Privacy notice",
            "fr": "Confidentialité",
            "it": "Informativa sulla privacy",
            "sv": "Integritetsmeddelande",
        },
        "search_description": {
            "en": (
                "This website sets only a language cookie. No tracking, no analytics, nothing "
                "loaded from other websites."
            ),
            "fr": (
                "Ce site ne dépose qu'un cookie de langue. Pas de suivi, pas de mesure d'audience, "
                "rien de chargé depuis d'autres sites."
            ),
            "it": (
                "Questo sito usa solo un cookie per la lingua. Nessun tracciamento, nessuna "
                "statistica, niente da altri siti."
            ),
            "sv": (
                "Webbplatsen använder bara en språkkaka. Ingen spårning, ingen statistik, inget "
                "som hämtas från andra webbplatser."
            ),
        },
        "intro": {
            "en": (
                "This page explains what this website does, and does not do, with information "
                "about you."
            ),
            "fr": (
                "Cette page explique ce que ce site fait, et ne fait pas, avec les informations "
                "qui vous concernent."
            ),
            "it": (
                "Questa pagina spiega che cosa fa questo sito, e che cosa non fa, con le "
                "informazioni che ti riguardano."
            ),
            "sv": (
                "Den här sidan förklarar vad webbplatsen gör, och inte gör, med uppgifter om dig."
            ),
        },
        "body": {
            "en": [
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>This website sets only 1 cookie. It remembers the language you chose. "
                        "It is not used to follow you.</p>"
                    ),
                ),
                ("heading", "No tracking"),
                (
                    "paragraph",
                    (
                        "<ul><li>No tracking tools.</li><li>No analytics: the site does not count "
                        "or study your visits.</li><li>Nothing from other websites: when you read "
                        "these pages, your browser does not contact any other company or "
                        "website.</li></ul>"
                    ),
                ),
                ("heading", "Questions"),
                (
                    "paragraph",
                    (
                        "<p>This website is about the MIROCALS trial. The trial's sponsor is the "
                        "University Hospital of Nîmes (CHU de Nîmes), France.</p><p>If you have a "
                        "question about privacy on this website, use the contact page.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Found a problem, or have a question?",
                        "label": "Contact",
                        "page": "contact",
                    },
                ),
            ],
            "fr": [
                ("heading", "Cookies"),
                (
                    "paragraph",
                    (
                        "<p>Ce site dépose 1 seul cookie. Il retient la langue que vous avez "
                        "choisie. Il ne sert pas à vous suivre.</p>"
                    ),
                ),
                ("heading", "Pas de suivi"),
                (
                    "paragraph",
                    (
                        "<ul><li>Aucun outil de suivi.</li><li>Aucune mesure d'audience : le site "
                        "ne compte pas et n'étudie pas vos visites.</li><li>Rien d'autres sites : "
                        "quand vous lisez ces pages, votre navigateur ne contacte aucune autre "
                        "entreprise ni aucun autre site.</li></ul>"
                    ),
                ),
                ("heading", "Questions"),
                (
                    "paragraph",
                    (
                        "<p>Ce site présente l'essai MIROCALS. Le promoteur de l'essai est le CHU "
                        "de Nîmes, en France.</p><p>Pour toute question sur la confidentialité de "
                        "ce site, utilisez la page de contact.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Un problème ou une question ?",
                        "label": "Contact",
                        "page": "contact",
                    },
                ),
            ],
            "it": [
                ("heading", "Cookie"),
                (
                    "paragraph",
                    (
                        "<p>Questo sito usa 1 solo cookie. Ricorda la lingua che hai scelto. Non "
                        "serve a seguirti.</p>"
                    ),
                ),
                ("heading", "Nessun tracciamento"),
                (
                    "paragraph",
                    (
                        "<ul><li>Nessuno strumento di tracciamento.</li><li>Nessuna statistica: il "
                        "sito non conta e non studia le tue visite.</li><li>Niente da altri siti: "
                        "quando leggi queste pagine, il tuo browser non contatta nessun'altra "
                        "azienda o sito.</li></ul>"
                    ),
                ),
                ("heading", "Domande"),
                (
                    "paragraph",
                    (
                        "<p>Questo sito presenta lo studio MIROCALS. Il promotore dello studio è "
                        "l'Ospedale universitario di Nîmes (CHU de Nîmes), in Francia.</p><p>Per "
                        "domande sulla privacy di questo sito, usa la pagina dei contatti.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Hai trovato un problema o hai una domanda?",
                        "label": "Contatti",
                        "page": "contact",
                    },
                ),
            ],
            "sv": [
                ("heading", "Kakor (cookies)"),
                (
                    "paragraph",
                    (
                        "<p>Webbplatsen använder bara 1 kaka. Den kommer ihåg vilket språk du "
                        "valde. Den används inte för att följa dig.</p>"
                    ),
                ),
                ("heading", "Ingen spårning"),
                (
                    "paragraph",
                    (
                        "<ul><li>Inga verktyg för spårning.</li><li>Ingen statistik: webbplatsen "
                        "räknar inte och studerar inte dina besök.</li><li>Inget från andra "
                        "webbplatser: när du läser de här sidorna kontaktar din webbläsare inget "
                        "annat företag och ingen annan webbplats.</li></ul>"
                    ),
                ),
                ("heading", "Frågor"),
                (
                    "paragraph",
                    (
                        "<p>Webbplatsen handlar om MIROCALS-studien. Studiens huvudman är "
                        "universitetssjukhuset i Nîmes (CHU de Nîmes) i Frankrike.</p><p>Om du har "
                        "frågor om integritet på webbplatsen, använd kontaktsidan.</p>"
                    ),
                ),
                (
                    "cta",
                    {
                        "text": "Har du hittat ett problem eller har du en fråga?",
                        "label": "Kontakt",
                        "page": "contact",
                    },
                ),
            ],
        },
        "show_in_menus": False,
    },
]
