<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../plot/cost_plots.cpp" line="+68"/>
        <source>Cost over %1 months, %2</source>
        <translation>Coût sur %1 mois, %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, %2: %3 (%4 of %5)</source>
        <translation>%1, %2&#xa0;: %3 (%4 de %5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location filename="../plot/criteria_plot.cpp" line="+18"/>
        <source>Criteria utilities (1 = best)</source>
        <translation>Utilités par critère (1 = meilleure)</translation>
    </message>
    <message>
        <location filename="../plot/cost_plots.cpp" line="+10"/>
        <source>Cumulative cost, %1</source>
        <translation>Coût cumulé, %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../plot/ranking_plot.cpp" line="+40"/>
        <source>%1 (excluded)</source>
        <translation>%1 (exclue)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Break-even: month %1</source>
        <translation>Point mort&#xa0;: mois %1</translation>
    </message>
    <message>
        <location filename="../plot/ranking_plot.cpp" line="-16"/>
        <source>Score by destination under %1</source>
        <translation>Score par destination selon la méthode %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: score %2, rank %3</source>
        <translation>%1&#xa0;: score %2, rang %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Score (higher is better)</source>
        <translation>Score (plus il est élevé, mieux c’est)</translation>
    </message>
</context>
<context>
    <name>DestinationColumns</name>
    <message>
        <location filename="../core/destination_columns.cpp" line="+199"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2, id “%3”), %4</source>
        <translation>%1 (%2, identifiant «&#xa0;%3&#xa0;»), %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>onshore</source>
        <translation>onshore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offshore</source>
        <translation>offshore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No statutory or customary bonus recorded. Enter a number of months to add one.</source>
        <translation>Aucune prime légale ou d’usage enregistrée. Saisissez un nombre de mois pour en ajouter une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 month(s)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 mois&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not in this profile. Enter a value to add it.</source>
        <translation>Absent de ce profil. Saisissez une valeur pour l’ajouter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;Partial English speakers: %1</source>
        <translation>&lt;br&gt;Locuteurs partiels de l’anglais&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical wage</source>
        <translation>Salaire type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest wage</source>
        <translation>Salaire bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest wage</source>
        <translation>Salaire haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employer charges</source>
        <translation>Charges patronales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee contrib.</source>
        <translation>Cotisations salariales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonuses</source>
        <translation>Primes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly hours</source>
        <translation>Durée hebdomadaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French, full</source>
        <translation>Français, courant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French, partial</source>
        <translation>Français, partiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English, full</source>
        <translation>Anglais, courant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector jobs</source>
        <translation>Emplois du secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maturity</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC offset, winter</source>
        <translation>Décalage UTC, hiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC offset, summer</source>
        <translation>Décalage UTC, été</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night premium</source>
        <translation>Majoration de nuit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday premium</source>
        <translation>Majoration du dimanche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat cost</source>
        <translation>Coût par position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed rate</source>
        <translation>Tarif facturé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recruiting</source>
        <translation>Recrutement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attrition</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AHT multiplier</source>
        <translation>Coefficient de DMT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political risk</source>
        <translation>Risque politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infrastructure risk</source>
        <translation>Risque d’infrastructure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wage inflation</source>
        <translation>Inflation salariale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FX drift</source>
        <translation>Dérive du change</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% of gross</source>
        <translation>% du brut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months/year</source>
        <translation>mois/an</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>% of people</source>
        <translation>% de la population</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs</source>
        <translation>emplois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1–5</source>
        <translation>1–⁠5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% extra pay</source>
        <translation>% de majoration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>€/month</source>
        <translation>€/mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>€/h</source>
        <translation>€/h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>€/hire</source>
        <translation>€/recrue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>%/year</source>
        <translation>%/an</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>× onshore</source>
        <translation>× onshore</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The destination; bold: onshore (the client&apos;s country).</source>
        <translation>La destination&#x202f;; en gras&#xa0;: onshore (le pays du client).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly pay of a full-time agent, in the profile&apos;s currency and pay basis; the figure the in-house cost uses.</source>
        <translation>Salaire mensuel d’un agent à temps plein, dans la devise et sur la base (brut ou net) du profil&#x202f;; c’est le montant retenu pour le coût en interne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low end of the agent pay range (not the legal minimum).</source>
        <translation>Bas de la fourchette de salaires des agents (pas le minimum légal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High end of the agent pay range.</source>
        <translation>Haut de la fourchette de salaires des agents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employer social charges on gross pay.</source>
        <translation>Charges sociales patronales sur le salaire brut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee contributions; net pay is grossed up as net / (1 − rate).</source>
        <translation>Cotisations salariales&#x202f;; le brut est reconstitué à partir du net&#xa0;: net / (1 − taux).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statutory or customary bonuses (13th month = 1).</source>
        <translation>Primes légales ou d’usage (13e mois = 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contractual full-time hours per week.</source>
        <translation>Durée hebdomadaire contractuelle d’un temps plein, en heures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the population fluent in French.</source>
        <translation>Part de la population parlant couramment le français.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with a working knowledge of French.</source>
        <translation>Part ayant une connaissance opérationnelle du français.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the population fluent in English.</source>
        <translation>Part de la population parlant couramment l’anglais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact-centre / BPO jobs in the country.</source>
        <translation>Emplois en centres de contacts / BPO dans le pays.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 nascent … 5 large, experienced, mature.</source>
        <translation>1 naissant … 5 vaste, expérimenté, mature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local offset from UTC while Paris is on UTC+1.</source>
        <translation>Décalage de l’heure locale par rapport à UTC quand Paris est à UTC+1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local offset from UTC while Paris is on UTC+2.</source>
        <translation>Décalage de l’heure locale par rapport à UTC quand Paris est à UTC+2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra pay rate for night hours (25 % = +25 %).</source>
        <translation>Taux de majoration des heures de nuit (25&#x202f;% = +25&#x202f;%).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra pay rate for Sunday hours.</source>
        <translation>Taux de majoration des heures du dimanche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation, facility, IT and telecom per seat.</source>
        <translation>Locaux, poste de travail, informatique et télécoms, par position.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor price per productive (logged) hour.</source>
        <translation>Prix du prestataire par heure productive (connectée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of recruiting one agent.</source>
        <translation>Coût du recrutement d’un agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial training before taking contacts.</source>
        <translation>Formation initiale avant le traitement des premiers contacts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual agent attrition (100 % = all staff replaced).</source>
        <translation>Attrition annuelle des agents (100&#x202f;% = tout l’effectif renouvelé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time relative to the onshore reference.</source>
        <translation>DMT (durée moyenne de traitement) rapportée à la référence onshore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political, macro and security risk: 1 low … 5 high.</source>
        <translation>Risque politique, macroéconomique et sécuritaire&#xa0;: 1 faible … 5 élevé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power, telecom, connectivity: 1 low … 5 high.</source>
        <translation>Électricité, télécoms, connectivité&#xa0;: 1 faible … 5 élevé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected yearly wage growth.</source>
        <translation>Hausse annuelle attendue des salaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected yearly change of the local currency&apos;s value in euros.</source>
        <translation>Variation annuelle attendue de la valeur de la devise locale en euros.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../window/export_tables.cpp" line="+43"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location line="+25"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak agents</source>
        <translation>Pic d’agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost (EUR)</source>
        <translation>Coût mensuel (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO (EUR)</source>
        <translation>TCO (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per contact (EUR)</source>
        <translation>Coût par contact (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving vs onshore (EUR)</source>
        <translation>Économie par rapport à l’onshore (EUR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break-even month</source>
        <translation>Mois du point mort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utility: %1</source>
        <translation>Utilité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Destination figures</source>
        <translation>Données des destinations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ranks by method</source>
        <translation>Rangs par méthode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank: %1</source>
        <translation>Rang&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../window/xlsx_export.cpp" line="+27"/>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Impossible d’écrire le classeur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <location filename="../core/formatting.cpp" line="+19"/>
        <source>%1 must be greater than %2 (got %3).</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» doit être supérieure à %2 (saisie&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be at least %2 (got %3).</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» doit être au moins égale à %2 (saisie&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be greater than %2 and less than %3 (got %4).</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» doit être supérieure à %2 et inférieure à %3 (saisie&#xa0;: %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be greater than %2 and at most %3 (got %4).</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» doit être supérieure à %2 et au plus égale à %3 (saisie&#xa0;: %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be at least %2 and less than %3 (got %4).</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» doit être au moins égale à %2 et inférieure à %3 (saisie&#xa0;: %4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» doit être comprise entre %2 et %3 (saisie&#xa0;: %4).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 M€</source>
        <translation>%1&#xa0;M€</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 k€</source>
        <translation>%1&#xa0;k€</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total cost of ownership over the horizon; utility = cheapest / this site.</source>
        <translation>Coût total de possession sur l’horizon&#x202f;; utilité = le moins cher / ce site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of speakers of the required languages (partial speakers count a quarter for a full-level need).</source>
        <translation>Part de locuteurs des langues requises (un locuteur partiel compte pour un quart quand le niveau courant est exigé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Half sector maturity, half agent retention (1 − attrition).</source>
        <translation>Pour moitié la maturité du secteur, pour moitié la fidélisation des agents (1 − attrition).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the local sector&apos;s jobs the programme would take; 0 at the limit.</source>
        <translation>Part des emplois du secteur local que le programme mobiliserait&#x202f;; 0 à la limite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of scheduled hours falling in normal local hours (nights and Sundays count less where restricted).</source>
        <translation>Part des heures planifiées qui tombent dans les horaires locaux normaux (les nuits et les dimanches comptent moins là où ils sont encadrés).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean of political and infrastructure risk on 1–5; utility = (5 − risk) / 4.</source>
        <translation>Moyenne des risques politique et d’infrastructure sur 1–5&#x202f;; utilité = (5 − risque) / 4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Appels sortants</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weighted sum (WSM)</source>
        <translation>Somme pondérée (WSM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted product (WPM)</source>
        <translation>Produit pondéré (WPM)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sum</source>
        <translation>somme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min-max</source>
        <translation>min-max</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vector</source>
        <translation>vectorielle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outsourced (vendor price)</source>
        <translation>Externalisé (prix du prestataire)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In-house (own staff)</source>
        <translation>En interne (salariés propres)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Onshore</source>
        <translation>Maintien onshore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offshore</source>
        <translation>Délocalisation offshore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No eligible site</source>
        <translation>Aucun site éligible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>full French speakers %1, below the minimum %2</source>
        <translation>francophones courants à %1, sous le minimum de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>risk %1, above the maximum %2</source>
        <translation>risque de %1, au-dessus du maximum de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would take %1 of the sector&apos;s jobs, above the maximum %2</source>
        <translation>mobiliserait %1 des emplois du secteur, au-delà du maximum de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coverage %1, below the minimum %2</source>
        <translation>couverture de %1, sous le minimum de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pay</source>
        <translation>Salaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night/Sunday premiums</source>
        <translation>Nuits et dimanches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social charges</source>
        <translation>Charges sociales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision</source>
        <translation>Encadrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats and IT</source>
        <translation>Positions et IT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attrition</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor fees</source>
        <translation>Frais du prestataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Governance</source>
        <translation>Pilotage client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telecom</source>
        <translation>Télécoms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality monitoring</source>
        <translation>Contrôle qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat contacts</source>
        <translation>Contacts réitérés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp-up</source>
        <translation>Montée en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed costs</source>
        <translation>Coûts fixes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit of the incumbent</source>
        <translation>Sortie du site actuel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Source&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;b&gt;As of:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Date de référence&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;i&gt;Estimate: no published figure backs it.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Estimation&#xa0;: aucun chiffre publié ne l’étaye.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../window/document_actions.cpp" line="+19"/>
        <source>Escale scenarios (*.yaml *.yml);;All files (*)</source>
        <translation>Scénarios Escale (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/desktop/main.cpp" line="+63"/>
        <source>Escale cannot start</source>
        <translation>Escale ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination profiles could not be loaded:

%1</source>
        <translation>Impossible de charger les profils des destinations&#xa0;:

%1</translation>
    </message>
</context>
<context>
    <name>RecommendationText</name>
    <message>
        <location filename="../core/recommendation_text.cpp" line="+26"/>
        <source>Stay onshore in %1.</source>
        <translation>Conserver l’activité onshore&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move offshore to %1.</source>
        <translation>Délocaliser l’activité offshore&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split the work: %1 of the volume to %2, which its sector can absorb, the rest to %3.</source>
        <translation>Répartir l’activité&#xa0;: %1 du volume sur le site %2, ce que son secteur peut absorber, le reste sur le site %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No destination meets the constraints: relax a constraint to get a recommendation.</source>
        <translation>Aucune destination ne respecte les contraintes&#xa0;: assouplissez une contrainte pour obtenir une recommandation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is the only eligible destination (score %2).</source>
        <translation>La destination %1 est la seule éligible (score %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 scores %2, %3 points ahead of %4 under %5.</source>
        <translation>La destination %1 obtient un score de %2, soit %3 point d’avance sur la destination %4 selon la méthode %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 scores %2, %3 points (%4) ahead of %5 under %6.</source>
        <translation>La destination %1 obtient un score de %2, soit %3 point (%4) d’avance sur la destination %5 selon la méthode %6.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It costs %1 more than onshore over %2 months: it wins on the other criteria.</source>
        <translation>Elle coûte %1 de plus que l’onshore sur %2 mois&#xa0;: elle l’emporte sur les autres critères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It saves %1 (%2) against onshore over %3 months</source>
        <translation>Elle permet d’économiser %1 (%2) par rapport à l’onshore sur %3 mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>, transition included, and breaks even in month %1.</source>
        <translation>, transition comprise, et atteint le point mort au mois %1.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+39"/>
        <source>, but does not break even within the horizon.</source>
        <translation>, mais n’atteint pas le point mort sur l’horizon étudié.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 takes %2 of the volume (%3 FTE, %4) and %5 takes %6 (%7 FTE, %8): %9 in all over %10 months.</source>
        <translation>Le site %1 prend en charge %2 du volume (%3 ETP, %4) et le site %5 %6 (%7 ETP, %8)&#xa0;: %9 au total sur %10&#xa0;mois.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The split costs %1 more than putting all the work in %2: it wins on the other criteria.</source>
        <translation>La répartition coûte %1 de plus que de tout confier au site %2&#xa0;: elle l’emporte sur les autres critères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The split saves %1 (%2) against putting all the work in %3</source>
        <translation>La répartition permet d’économiser %1 (%2) par rapport à tout confier au site %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Against %1 it wins on %2</source>
        <translation>Face à la destination %1, elle gagne sur les critères %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+38"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>It loses on %1</source>
        <translation>Elle perd sur les critères %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and loses on %1</source>
        <translation> et perd sur les critères %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each figure is the criterion&apos;s weight times the gap between the two normalised utilities (%1 normalisation).</source>
        <translation>Chaque chiffre est le poids du critère multiplié par l’écart entre les deux utilités normalisées (normalisation %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each figure is the criterion&apos;s weight times the gap between the two net flows on it; they add up to the %1-point %2 lead.</source>
        <translation>Chaque chiffre est le poids du critère multiplié par l’écart entre les deux flux nets sur ce critère&#xa0;; leur somme fait les %1&#xa0;points d’avance sous %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not add up criterion by criterion: each figure is the criterion&apos;s Shapley share of the %2-point lead, and they add up to it.</source>
        <translation>%1 ne s’additionne pas critère par critère&#xa0;: chaque chiffre est la part de Shapley du critère dans les %2&#xa0;points d’avance, et leur somme les redonne.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>WSM, TOPSIS, VIKOR and PROMETHEE II all pick %1.</source>
        <translation>WSM, TOPSIS, VIKOR et PROMETHEE II désignent tous la destination %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <comment>method: winner</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The methods disagree (%1): treat the choice as close.</source>
        <translation>Les méthodes divergent (%1)&#xa0;: considérez le choix comme serré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is excluded: %2.</source>
        <translation>La destination %1 est exclue&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../report/report_builder.cpp" line="+53"/>
        <location filename="../report/section_cover.cpp" line="+35"/>
        <source>Untitled scenario</source>
        <translation>Scénario sans titre</translation>
    </message>
    <message>
        <location filename="../report/report_chart.cpp" line="+18"/>
        <location line="+17"/>
        <location line="+2"/>
        <source>Figure %1</source>
        <translation>Figure %1</translation>
    </message>
    <message>
        <location filename="../report/report_document.cpp" line="+46"/>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot write %1: the PDF could not be produced.</source>
        <translation>Impossible d’écrire %1&#xa0;: le PDF n’a pas pu être produit.</translation>
    </message>
    <message>
        <location filename="../report/report_options.cpp" line="+71"/>
        <source>Cover page</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The question</source>
        <translation>La question posée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destinations compared</source>
        <translation>Destinations comparées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staffing and cost</source>
        <translation>Effectifs et coûts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores</source>
        <translation>Scores et classement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/section_appendix.cpp" line="+168"/>
        <source>Robustness</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method appendix</source>
        <translation>Annexe méthodologique</translation>
    </message>
    <message>
        <location filename="../report/report_table.cpp" line="+133"/>
        <source>Table %1</source>
        <translation>Tableau %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location filename="../report/section_appendix.cpp" line="-141"/>
        <source>Staffing</source>
        <translation>Dimensionnement des effectifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly volumes are spread over the opening hours (Paris time) by weekday and hourly arrival weights; each %1-minute interval of the week is sized on its own.</source>
        <translation>Les volumes mensuels sont répartis sur les horaires d’ouverture (heure de Paris) selon des coefficients d’arrivée par jour de la semaine et par heure&#x202f;; chaque intervalle de %1&#xa0;minutes de la semaine est dimensionné séparément.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erlang C (voice and chat). Traffic A = λ × AHT / I erlangs for λ contacts in an interval of length I. With N agents the probability of waiting is C(N, A) = P / (Σₖ₌₀ᴺ⁻¹ Aᵏ/k! + P) with P = (Aᴺ/N!) × N/(N − A), and the service level is SL&#xa0;=&#xa0;1&#xa0;−&#xa0;C(N,&#xa0;A)&#xa0;×&#xa0;e^(−(N&#xa0;−&#xa0;A)&#xa0;T&#xa0;/&#xa0;AHT) for the answer time T. The agents needed are the smallest N &gt; A with SL at or above the target and occupancy A/N at most its cap.</source>
        <translation>Erlang C (voix et chat). Trafic A = λ × DMT / I erlangs pour λ contacts dans un intervalle de durée I. Avec N agents, la probabilité d’attente est C(N, A) = P / (Σₖ₌₀ᴺ⁻¹ Aᵏ/k! + P) avec P = (Aᴺ/N!) × N/(N − A), et le niveau de service vaut SL&#xa0;=&#xa0;1&#xa0;−&#xa0;C(N,&#xa0;A)&#xa0;×&#xa0;e^(−(N&#xa0;−&#xa0;A)&#xa0;T&#xa0;/&#xa0;DMT) pour le délai de réponse T. Le nombre d’agents nécessaire est le plus petit N&#xa0;&gt;&#xa0;A pour lequel SL atteint au moins l’objectif et le taux d’occupation A/N ne dépasse pas son plafond.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erlang A, when chosen, lets callers abandon after an exponential patience; the service level is the share of all arrivals answered within T, abandons counting as failures.</source>
        <translation>Erlang A, lorsqu’il est retenu, permet aux appelants d’abandonner au terme d’une patience de loi exponentielle&#x202f;; le niveau de service est alors la part de toutes les arrivées prises en charge dans le délai T, les abandons comptant comme des échecs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat: an agent serves c chats at once; the traffic is sized with Erlang C on N × c slots and agents = ⌈slots / c⌉.</source>
        <translation>Chat&#xa0;: un agent traite c chats simultanément&#x202f;; le trafic est dimensionné par Erlang C sur N&#xa0;×&#xa0;c créneaux, et agents&#xa0;=&#xa0;⌈créneaux&#xa0;/&#xa0;c⌉.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled agents = ⌈agents / (1 − shrinkage)⌉. FTE = scheduled weekly hours / the site&apos;s contractual weekly hours. A site&apos;s handle times are the scenario&apos;s times its AHT multiplier.</source>
        <translation>Agents planifiés = ⌈agents&#xa0;/&#xa0;(1&#xa0;−&#xa0;taux d’indisponibilité)⌉. ETP = heures hebdomadaires planifiées / durée hebdomadaire contractuelle du site. Les durées de traitement d’un site sont celles du scénario multipliées par son coefficient de DMT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor view: the billed rate per productive hour × productive hours, plus night and Sunday premiums. In-house view: gross pay with statutory bonuses, employer charges, premiums, support roles, seats and the cost of replacing leavers (recruiting, training, nesting).</source>
        <translation>Vue externalisée&#xa0;: tarif facturé par heure productive × heures productives, plus les majorations de nuit et du dimanche. Vue en interne&#xa0;: salaire brut avec primes légales, charges patronales, majorations, fonctions support, positions et coût de remplacement des départs (recrutement, formation, nesting).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay grows each year by the site&apos;s wage inflation and converts to euros with its yearly currency drift. Every site but the incumbent pays a one-off transition, during which the incumbent keeps serving (parallel run).</source>
        <translation>Les salaires augmentent chaque année selon l’inflation salariale du site et sont convertis en euros selon la dérive annuelle de sa devise. Chaque site, sauf le site actuel, supporte un coût de transition ponctuel, pendant lequel le site actuel continue d’assurer le service (fonctionnement en parallèle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost over the horizon (TCO) = the sum of the monthly costs, transition included. Cost per contact = TCO / contacts over the horizon. Saving vs onshore = onshore TCO − TCO. Break-even: the first month from which the cumulative cost stays below the onshore one.</source>
        <translation>Coût sur l’horizon (TCO) = somme des coûts mensuels, transition comprise. Coût par contact = TCO / contacts traités sur l’horizon. Économie par rapport à l’onshore = TCO onshore − TCO. Point mort&#xa0;: premier mois à partir duquel le coût cumulé reste inférieur à celui de l’onshore.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Criteria utilities</source>
        <translation>Utilités des critères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From raw figures to utilities</source>
        <translation>Des données brutes aux utilités</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/section_question.cpp" line="+150"/>
        <location filename="../report/section_robustness.cpp" line="+45"/>
        <location filename="../report/section_scores.cpp" line="+89"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw figure</source>
        <translation>Donnée brute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility (0 worst, 1 best)</source>
        <translation>Utilité (0 = pire, 1 = meilleure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO over the horizon (€)</source>
        <translation>TCO sur l’horizon (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheapest TCO / TCO</source>
        <translation>TCO le plus bas / TCO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of contacts × (full speakers + %1 × partial speakers) per required language</source>
        <translation>part des contacts × (locuteurs courants + %1 × locuteurs partiels), par langue requise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × (maturity − %3)/%4 + %2 × (1 − attrition)</source>
        <translation>%1 × (maturité − %3)/%4 + %2 × (1 − attrition)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 × political risk + %2 × infrastructure risk, %3–%4</source>
        <translation>%1 × risque politique + %2 × risque d’infrastructure, %3–%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1 − risk) / %2</source>
        <translation>(%1 − risque) / %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VIKOR: S = Σ wⱼ dᵢⱼ, R = max wⱼ dᵢⱼ with dᵢⱼ = (f*ⱼ − xᵢⱼ)/(f*ⱼ − f⁻ⱼ), Q = v (S − S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*) with v = %1; lower Q is better; acceptable advantage DQ = 1/(m − 1).</source>
        <translation>VIKOR&#xa0;: S = Σ wⱼ dᵢⱼ, R = max wⱼ dᵢⱼ avec dᵢⱼ = (f*ⱼ − xᵢⱼ)/(f*ⱼ − f⁻ⱼ), Q = v (S − S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*) avec v = %1&#x202f;; plus Q est bas, mieux c’est&#x202f;; avantage acceptable DQ = 1/(m − 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PROMETHEE II: π(a, b) = Σ wⱼ Pⱼ(a, b), flows φ⁺ and φ⁻ divided by n − 1 (the 1986 paper uses plain sums), net flow φ = φ⁺ − φ⁻; on the utilities, the linear preference function with q = %1 and p = %2 on every criterion.</source>
        <translation>PROMETHEE II&#xa0;: π(a, b) = Σ wⱼ Pⱼ(a, b), flux φ⁺ et φ⁻ divisés par n − 1 (l’article de 1986 utilise des sommes simples), flux net φ = φ⁺ − φ⁻&#x202f;; sur les utilités, fonction de préférence linéaire avec q = %1 et p = %2 sur chaque critère.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the winner wins: each criterion&apos;s part of the lead over the runner-up, in the method&apos;s score unit, the parts adding up to the lead. WSM: wⱼ × the gap between the two utilities. PROMETHEE II: φ = Σ wⱼ φⱼ is additive, so wⱼ × (φⱼ(winner) − φⱼ(runner-up)). TOPSIS and VIKOR: the Shapley value of each criterion, where the value of a set of criteria is the lead left when the two destinations differ only on them (the other gaps closed both ways, the two leads averaged): exact, %1 evaluations for %2 criteria.</source>
        <translation>Pourquoi la destination retenue l’emporte&#xa0;: la part de chaque critère dans l’avance sur la deuxième, dans l’unité du score de la méthode, les parts faisant l’avance en somme. WSM&#xa0;: wⱼ × l’écart entre les deux utilités. PROMETHEE II&#xa0;: φ = Σ wⱼ φⱼ est additif, d’où wⱼ × (φⱼ(retenue) − φⱼ(deuxième)). TOPSIS et VIKOR&#xa0;: la valeur de Shapley de chaque critère, la valeur d’un ensemble de critères étant l’avance qui reste quand les deux destinations ne diffèrent que sur eux (les autres écarts refermés dans les deux sens, les deux avances moyennées)&#xa0;: exact, %1&#xa0;évaluations pour %2&#xa0;critères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AHP, when weights come from a pairwise matrix: principal eigenvector, CI = (λmax − n)/(n − 1), CR = CI / RI(n) with Saaty&apos;s 1980 random index (table below); CR above %1 is flagged.</source>
        <translation>AHP, lorsque les poids proviennent d’une matrice de comparaisons par paires&#xa0;: vecteur propre principal, CI&#xa0;=&#xa0;(λmax&#xa0;−&#xa0;n)/(n&#xa0;−&#xa0;1), CR&#xa0;=&#xa0;CI&#xa0;/&#xa0;RI(n) avec l’indice aléatoire de Saaty de 1980 (tableau ci-dessous)&#x202f;; un CR supérieur à %1 est signalé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Weight stability: one weight wₖ moves to t in [0, 1], the others become wⱼ (1 − t)/(1 − wₖ). Exact crossing points for WSM, WPM and PROMETHEE II; a 1/%1 grid then bisection for TOPSIS and VIKOR.</source>
        <translation>Stabilité des poids&#xa0;: un poids wₖ varie jusqu’à une valeur t de [0&#x202f;; 1], les autres deviennent wⱼ&#xa0;(1&#xa0;−&#xa0;t)/(1&#xa0;−&#xa0;wₖ). Points de bascule exacts pour WSM, WPM et PROMETHEE II&#x202f;; grille au 1/%1 puis dichotomie pour TOPSIS et VIKOR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMAA-2 (Lahdelma &amp; Salminen 2001): weights uniform on the part of the simplex within ±%1 points of the scenario&apos;s weights (Dirichlet 1, …, 1 drawn as normalised exponential variates, kept inside the bounds); each destination&apos;s cost utility drawn uniformly between its values at the lowest and highest agent pay; the other utilities fixed. Rank acceptability = share of samples giving a rank; confidence = share of cost draws in which a destination ranks first at its central weights.</source>
        <translation>SMAA-2 (Lahdelma &amp; Salminen 2001)&#xa0;: poids uniformes sur la partie du simplexe située à ±%1&#xa0;points des poids du scénario (Dirichlet 1, …, 1, tirés comme variables exponentielles normalisées et maintenus dans ces bornes)&#x202f;; utilité de coût de chaque destination tirée uniformément entre ses valeurs aux salaires d’agent le plus bas et le plus haut&#x202f;; autres utilités fixes. Acceptabilité de rang = part des tirages donnant un rang&#x202f;; confiance = part des tirages de coût où une destination arrive en tête avec ses poids centraux.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary rates robustness high when the four methods agree and the winner ranks first in at least %1 of the SMAA samples, low when neither holds, moderate otherwise.</source>
        <translation>La synthèse juge la robustesse élevée quand les quatre méthodes concordent et que le vainqueur arrive en tête dans au moins %1 des tirages SMAA, faible quand aucune de ces deux conditions n’est remplie, moyenne sinon.</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>the figure itself</source>
        <translation>la donnée elle-même</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Email and outbound: each interval handles at its own rate, first in first out, so that every item is handled within the deadline, counted in opening hours; agents = rate × AHT / target occupancy, never idle (the fewest agent hours), with the lowest peak rate among such schedules.</source>
        <translation>E-mail et appels sortants&#xa0;: chaque intervalle traite à son propre rythme, dans l’ordre d’arrivée, de sorte que chaque élément soit traité dans le délai imparti, compté en heures d’ouverture&#x202f;; agents = rythme × DMT / occupation cible, jamais inoccupés (le moins d’heures d’agent possible), avec le rythme de pointe le plus bas parmi ces plannings.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>FTE / sector jobs</source>
        <translation>ETP / emplois du secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 − share / maximum share, within [0, 1]</source>
        <translation>1 − part / part maximale, bornée à [0&#x202f;; 1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of scheduled hours in normal local hours</source>
        <translation>part des heures planifiées dans les horaires locaux normaux</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ranking methods</source>
        <translation>Méthodes de classement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights are normalised to sum to 1. Ranks use competition ranking: 1 is best, tied scores share the best rank and the next rank is skipped (22, 22, 21.5 rank 1, 1, 3).</source>
        <translation>Les poids sont normalisés de sorte que leur somme vaille 1. Les rangs suivent la règle des classements sportifs&#xa0;: 1 est le meilleur rang, les scores ex aequo partagent le meilleur rang et le rang suivant est sauté (22&#x202f;; 22&#x202f;; 21,5 donnent les rangs 1&#x202f;; 1&#x202f;; 3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WSM: score = Σ wⱼ uᵢⱼ on the utilities. The contributions to the lead are wⱼ × (utility of the winner − utility of the runner-up).</source>
        <translation>WSM&#xa0;: score = Σ wⱼ uᵢⱼ sur les utilités. Les contributions à l’avance valent wⱼ × (utilité du vainqueur − utilité du deuxième).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOPSIS (Hwang &amp; Yoon 1981): vector normalisation r = x / √(Σ x²), v = w r, distances D⁺ and D⁻ to the ideal and anti-ideal points, closeness C = D⁻ / (D⁺ + D⁻). Min-max normalisation, pymcdm&apos;s default, can order alternatives differently.</source>
        <translation>TOPSIS (Hwang &amp; Yoon 1981)&#xa0;: normalisation vectorielle r = x / √(Σ x²), v = w r, distances D⁺ et D⁻ aux points idéal et anti-idéal, coefficient de proximité C = D⁻ / (D⁺ + D⁻). La normalisation min-max, retenue par défaut dans pymcdm, peut classer les alternatives différemment.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Random index RI(n) of the four published tables</source>
        <translation>Indice aléatoire RI(n) selon les quatre tables publiées</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Conventions as stated by the engine</source>
        <translation>Conventions telles qu’énoncées par le moteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted in English, word for word as escale-cli evaluate prints them, so that they can be compared with other tools.</source>
        <translation>Citées en anglais, mot pour mot telles qu’escale-cli evaluate les affiche, pour pouvoir les comparer à celles d’autres outils.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How every number of this report is obtained, where the data comes from, and how to reproduce the report.</source>
        <translation>Comment chaque chiffre de ce rapport est obtenu, d’où viennent les données et comment reproduire le rapport.</translation>
    </message>
    <message>
        <location filename="../report/section_common.cpp" line="+34"/>
        <source>%1 months from %2</source>
        <translation>%1&#xa0;mois à partir de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, as of %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (estimate)</source>
        <translation>%1 (estimation)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../report/section_question.cpp" line="-89"/>
        <location line="+15"/>
        <location filename="../report/section_sources.cpp" line="+41"/>
        <location filename="../report/section_summary.cpp" line="+162"/>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <location filename="../report/section_cover.cpp" line="-8"/>
        <source>Contact-centre sourcing: onshore or offshore</source>
        <translation>Externalisation de la relation client&#xa0;: onshore ou offshore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision report</source>
        <translation>Rapport d’aide à la décision</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepared for %1</source>
        <translation>À l’attention de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/section_sources.cpp" line="+88"/>
        <source>Scenario file</source>
        <translation>Fichier du scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved scenario</source>
        <translation>scénario non enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Produced with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escale %1</source>
        <translation>Escale %1</translation>
    </message>
    <message>
        <location filename="../report/section_destinations.cpp" line="+75"/>
        <source>The figures below drive the staffing, the costs and the scores. Each carries the number of its source, listed under the table with its date; %1 marks an estimate, a figure no published source backs, to be checked before a final decision.</source>
        <translation>Les données ci-dessous déterminent les effectifs, les coûts et les scores. Chacune porte le numéro de sa source, listée sous le tableau avec sa date&#x202f;; %1 signale une estimation, c’est-à-dire une donnée qu’aucune source publiée n’étaye, à vérifier avant toute décision définitive.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key figures per destination</source>
        <translation>Données clés par destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/section_sources.cpp" line="-77"/>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pay is monthly gross for a full-time agent. Every other figure of the profiles, with its source, is listed in the appendix.</source>
        <translation>Les salaires sont mensuels et bruts, pour un agent à temps plein. Toutes les autres données des profils figurent en annexe, avec leur source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources of the key figures</source>
        <translation>Sources des données clés</translation>
    </message>
    <message>
        <location filename="../report/section_question.cpp" line="-56"/>
        <location filename="../report/section_staffing.cpp" line="+68"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all within %1 opening hours</source>
        <translation>tout traité sous %1&#xa0;h d’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered within %2</source>
        <translation>%1 pris en charge sous %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backlog, occupancy %1</source>
        <translation>traitement différé, occupation de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erlang A, patience %1</source>
        <translation>Erlang A, patience de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 chats per agent</source>
        <translation>, %1 chats par agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, occupancy at most %1</source>
        <translation>, occupation plafonnée à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 for %2 of contacts (%3 level)</source>
        <translation>%1 pour %2 des contacts (niveau %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none required</source>
        <translation>aucune exigence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least %1 full French speakers</source>
        <translation>au moins %1 de francophones courants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean risk at most %1 on 1–5</source>
        <translation>risque moyen d’au plus %1 sur 1–5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most %1 of the local sector&apos;s jobs</source>
        <translation>au plus %1 des emplois du secteur local</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coverage at least %1</source>
        <translation>couverture d’au moins %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workload per channel</source>
        <translation>Charge de travail par canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/section_staffing.cpp" line="-8"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/section_staffing.cpp" line="+1"/>
        <source>Handle time</source>
        <translation>DMT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service target</source>
        <translation>Objectif de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sizing model</source>
        <translation>Modèle de dimensionnement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Terms of the comparison</source>
        <translation>Paramètres de la comparaison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>%1 (Paris time)</source>
        <translation>%1 (heure de Paris)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Opening hours (%1)</source>
        <translation>Horaires d’ouverture (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Durée du contrat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs today in</source>
        <translation>Site actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nowhere yet (a new service)</source>
        <translation>aucun (nouveau service)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost view</source>
        <translation>Vue de coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months of run rate, paid once by every site but the incumbent</source>
        <translation>%1&#xa0;mois de coût de fonctionnement, payés une fois par chaque site sauf le site actuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shrinkage</source>
        <translation>Taux d’indisponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of paid time away from contacts, at every site</source>
        <translation>%1 du temps payé hors contacts, sur chaque site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each site&apos;s own (leave and public holidays differ by country), see the destination profiles</source>
        <translation>celle de chaque site (congés et jours fériés diffèrent selon le pays), voir les profils des destinations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard constraints</source>
        <translation>Contraintes éliminatoires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, normalisation %2</source>
        <translation>%1, normalisation&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, v = %2</source>
        <translation>%1, v = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking method</source>
        <translation>Méthode de classement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criteria and weights</source>
        <translation>Critères et pondérations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/section_robustness.cpp" line="+1"/>
        <location filename="../report/section_scores.cpp" line="+1"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it measures</source>
        <translation>Ce qu’il mesure</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 handles %2 contacts a month. Should the service run in France or offshore, and where?</source>
        <translation>%1 traite %2 contacts par mois. Le service doit-il rester en France ou être délocalisé offshore, et où&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 handles %3 contacts a month.</source>
        <translation>%1 %2 traite %3 contacts par mois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comparison below sizes, prices and scores every destination on the same terms.</source>
        <translation>La comparaison qui suit dimensionne, chiffre et note chaque destination dans les mêmes conditions.</translation>
    </message>
    <message>
        <location filename="../report/section_robustness.cpp" line="-23"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How far each weight can move</source>
        <translation>Marge de variation de chaque poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One weight at a time moves from 0 to 100 %, the others rescaled in proportion: the dark bar is the range in which %1 stays first, the light bar the range in which the whole ranking stays the same, the tick the current weight.</source>
        <translation>Chaque poids varie à tour de rôle de 0 à 100&#x202f;%, les autres étant ajustés proportionnellement&#xa0;: la barre foncée indique la plage dans laquelle la destination %1 reste en tête, la barre claire celle dans laquelle l’ensemble du classement reste inchangé, et le trait le poids actuel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight stability intervals under %1</source>
        <translation>Intervalles de stabilité des poids selon la méthode %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weight stability intervals</source>
        <translation>Intervalles de stabilité des poids</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Winner stays first</source>
        <translation>Vainqueur en tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking unchanged</source>
        <translation>Classement inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes over below</source>
        <translation>En tête en dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes over above</source>
        <translation>En tête au-dessus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Four methods on the same utilities</source>
        <translation>Quatre méthodes sur les mêmes utilités</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank and score per method</source>
        <translation>Rang et score par méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <location line="+42"/>
        <location filename="../report/section_scores.cpp" line="-63"/>
        <location filename="../report/section_staffing.cpp" line="-38"/>
        <location filename="../report/section_summary.cpp" line="+10"/>
        <location line="+30"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>WSM score</source>
        <translation>Score WSM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOPSIS C</source>
        <translation>TOPSIS C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIKOR Q</source>
        <translation>VIKOR Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROMETHEE II φ</source>
        <translation>PROMETHEE II φ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#n is the rank under each method. TOPSIS with vector normalisation; VIKOR with v = %1, lower Q is better; PROMETHEE II net flow with flows divided by n − 1. Definitions in the appendix.</source>
        <translation>#n est le rang selon chaque méthode. TOPSIS avec normalisation vectorielle&#x202f;; VIKOR avec v = %1, plus Q est bas, mieux c’est&#x202f;; flux net de PROMETHEE II avec flux divisés par n − 1. Définitions en annexe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 random cases were ranked with %2: weights drawn uniformly within ±%4 points of the scenario&apos;s weights, and each destination&apos;s cost drawn over its range of agent pay. Seed %3, so the same scenario gives the same figures.</source>
        <translation>%1 cas aléatoires ont été classés par la méthode %2&#xa0;: pondérations tirées uniformément à ±%4&#xa0;points des poids du scénario, et coût de chaque destination tiré dans sa fourchette de salaires des agents. Graine&#xa0;%3&#xa0;: un même scénario donne toujours les mêmes chiffres.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>What input values would change the answer</source>
        <translation>Quelles valeurs des données changeraient la réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each key input moves alone, all else equal, and the scenario is staffed, priced and ranked again under %1 at every trial value. The switching value is where another destination is recommended: searched from %2 to %3 the current value (billed rate, handle time, volume) or over the admissible range (attrition, wage inflation), then found by bisection to a relative %4.</source>
        <translation>Chaque donnée clé varie seule, toutes choses égales par ailleurs, et le scénario est redimensionné, rechiffré et reclassé selon %1 à chaque valeur essayée. La valeur de bascule est celle à laquelle une autre destination est recommandée&#xa0;: cherchée de %2 à %3 la valeur actuelle (tarif facturé, durée de traitement, volume) ou sur l’intervalle admissible (départs, inflation salariale), puis trouvée par dichotomie à %4 près en relatif.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switching values of the key inputs</source>
        <translation>Valeurs de bascule des données clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching value</source>
        <translation>Valeur de bascule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then recommended</source>
        <translation>Alors recommandée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change: relative to the current value, in percentage points for attrition and wage inflation. Of the two directions, the nearer switch is shown.</source>
        <translation>Écart&#xa0;: relatif à la valeur actuelle, en points de pourcentage pour les départs et l’inflation salariale. Des deux sens, la bascule la plus proche est indiquée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nearest switch: %1</source>
        <translation>Bascule la plus proche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A recommendation is only worth as much as its margin against reasonable changes: other weights, another method, other pay levels, other input figures. Four tests follow.</source>
        <translation>Une recommandation ne vaut que par sa marge face à des changements raisonnables&#xa0;: d’autres poids, une autre méthode, d’autres niveaux de salaire, d’autres valeurs des données. Quatre tests suivent.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Uncertain weights and wages (SMAA-2)</source>
        <translation>Pondérations et salaires incertains (SMAA-2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uncertainty analysis needs at least two eligible destinations.</source>
        <translation>L’analyse d’incertitude nécessite au moins deux destinations éligibles.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rank acceptability: share of the cases giving each rank</source>
        <translation>Acceptabilité des rangs&#xa0;: part des cas aboutissant à chaque rang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank acceptability and confidence</source>
        <translation>Acceptabilité des rangs et confiance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confidence: share of the cost draws in which the destination ranks first at its central weights, the mean weights of the cases it wins.</source>
        <translation>Confiance&#xa0;: part des tirages de coût où la destination arrive en tête avec ses poids centraux, c’est-à-dire les poids moyens des cas qu’elle remporte.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Fewer than two destinations are eligible: there is nothing to compare.</source>
        <translation>Moins de deux destinations sont éligibles&#xa0;: il n’y a rien à comparer.</translation>
    </message>
    <message>
        <location filename="../report/section_scores.cpp" line="-1"/>
        <source>Utility per criterion (0 worst, 1 best) and score</source>
        <translation>Utilité par critère (0 = pire, 1 = meilleure) et score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../report/section_summary.cpp" line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/section_summary.cpp" line="-2"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../report/section_summary.cpp" line="+15"/>
        <source>excluded</source>
        <translation>exclue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weights in brackets. An excluded destination fails a hard constraint and is not ranked.</source>
        <translation>Pondérations entre parenthèses. Une destination exclue ne respecte pas une contrainte éliminatoire et n’est pas classée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%3&apos;s net flow is a weighted sum of one net flow per criterion, so each criterion adds its weight times the gap between the two destinations&apos; net flows on it to %1&apos;s lead over %2; a negative part is ground %2 makes up.</source>
        <translation>Le flux net de %3 est une somme pondérée d’un flux net par critère&#xa0;: chaque critère ajoute à l’avance de %1 sur %2 son poids multiplié par l’écart entre les flux nets des deux destinations sur ce critère&#xa0;; une part négative est du terrain que %2 regagne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%3 does not add up criterion by criterion, so each criterion&apos;s part of %1&apos;s lead over %2 is its Shapley value: the lead it adds, averaged over every order in which the gaps between the two destinations are opened one criterion at a time; a negative part is ground %2 makes up.</source>
        <translation>%3 ne s’additionne pas critère par critère&#xa0;: la part de chaque critère dans l’avance de %1 sur %2 est sa valeur de Shapley, l’avance qu’il ajoute, en moyenne sur tous les ordres dans lesquels on ouvre un à un les écarts entre les deux destinations&#xa0;; une part négative est du terrain que %2 regagne.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Why %1 wins</source>
        <translation>Pourquoi la destination %1 l’emporte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Utilities in the destination columns; the contributions are in %1&apos;s score unit and add up to its lead of %2 (%3 − %4).</source>
        <translation>Utilités dans les colonnes des destinations&#xa0;; les contributions sont dans l’unité du score de %1 et leur somme fait son avance de %2 (%3 − %4).</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Each criterion adds its weight times the gap between the two utilities to %1&apos;s lead over %2; a negative contribution is ground %2 makes up.</source>
        <translation>Chaque critère ajoute à l’avance de la destination %1 sur la destination %2 son poids multiplié par l’écart entre leurs deux utilités&#x202f;; une contribution négative correspond au terrain regagné par la destination %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Contributions to the lead over %1</source>
        <translation>Contributions à l’avance sur la destination %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every criterion becomes a utility between 0 and 1, the weights combine them, and %1 ranks the eligible destinations.</source>
        <translation>Chaque critère est converti en une utilité comprise entre 0 et 1, les pondérations les combinent, et la méthode %1 classe les destinations éligibles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ranking under %1</source>
        <translation>Classement selon la méthode %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utilities of the eligible destinations</source>
        <translation>Utilités des destinations éligibles</translation>
    </message>
    <message>
        <location filename="../report/section_sources.cpp" line="-14"/>
        <source>%1: %2</source>
        <comment>bonus: source</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no bonus recorded</source>
        <translation>aucune prime enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in the profile</source>
        <translation>absent du profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures and sources: %1</source>
        <translation>Données et sources&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+21"/>
        <source>Source, date</source>
        <translation>Source, date</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR per unit</source>
        <translation>EUR par unité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scenario cost assumptions</source>
        <translation>Hypothèses de coût du scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transition, months of run rate</source>
        <translation>Transition, en mois de coût de fonctionnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spare seats over the peak</source>
        <translation>Positions de réserve au-delà du pic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nesting: weeks at reduced productivity</source>
        <translation>Nesting&#xa0;: semaines à productivité réduite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nesting: productivity lost</source>
        <translation>Nesting&#xa0;: perte de productivité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support roles</source>
        <translation>Fonctions support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per … agent FTE</source>
        <translation>Une pour … ETP d’agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay, × agent pay</source>
        <translation>Salaire, × salaire d’agent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escale&apos;s defaults unless the scenario sets them; they are estimates and count in the in-house view only, apart from the transition.</source>
        <translation>Valeurs par défaut d’Escale, sauf si le scénario les fixe&#x202f;; ce sont des estimations, qui ne comptent que dans la vue en interne, à l’exception de la transition.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reproducing this report</source>
        <translation>Reproduire ce rapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unsaved scenario: the checksum is that of its YAML as Escale writes it</source>
        <translation>scénario non enregistré&#xa0;: l’empreinte est celle de son YAML tel qu’Escale l’écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of the file</source>
        <translation>Empreinte SHA-256 du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escale version</source>
        <translation>Version d’Escale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty analysis</source>
        <translation>Analyse d’incertitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 samples, seed %2, %3 threads</source>
        <translation>%1 tirages, graine&#xa0;%2, %3 fils d’exécution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same scenario file, Escale version and options give the same content; only the date on the report changes.</source>
        <translation>Le même fichier de scénario, la même version d’Escale et les mêmes options donnent le même contenu&#x202f;; seule la date du rapport change.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every figure of the destination profiles used here, with its source and the date of that source. %1 marks an estimate: no published source backs it.</source>
        <translation>Chaque donnée des profils de destination utilisés ici, avec sa source et la date de cette source. %1 signale une estimation&#xa0;: aucune source publiée ne l’étaye.</translation>
    </message>
    <message>
        <location filename="../report/section_staffing.cpp" line="-1"/>
        <source>Staff and cost per destination</source>
        <translation>Effectifs et coûts par destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak agents</source>
        <translation>Pic d’agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent FTE</source>
        <translation>ETP agents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support FTE</source>
        <translation>ETP support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per month</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/section_summary.cpp" line="-41"/>
        <location line="+29"/>
        <source>Cost over the horizon</source>
        <translation>Coût sur l’horizon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per contact</source>
        <translation>Par contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per productive hour</source>
        <translation>Par heure productive</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Peak agents: most agents scheduled in one interval, shrinkage included. FTE: scheduled hours over the site&apos;s contractual week. Cost per month: year-1 run rate, without the transition.</source>
        <translation>Pic d’agents&#xa0;: nombre maximal d’agents planifiés sur un même intervalle, indisponibilités comprises. ETP&#xa0;: heures planifiées rapportées à la durée hebdomadaire contractuelle du site. Coût mensuel&#xa0;: coût de fonctionnement de la 1re année, hors transition.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service per channel at %1</source>
        <translation>Service par canal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak agents on the floor</source>
        <translation>Pic d’agents en production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productive hours per week</source>
        <translation>Heures productives par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each destination is staffed for the same service: every %3-minute interval of the week is sized on its own, then the schedule is priced in the %1 view over %2.</source>
        <translation>Chaque destination est dimensionnée pour le même service&#xa0;: chaque tranche de %3&#xa0;minutes de la semaine est calculée séparément, puis le planning est chiffré selon la vue de coût «&#xa0;%1&#xa0;», sur %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost over the horizon by component</source>
        <translation>Coût sur l’horizon par composante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each bar adds up to the destination&apos;s cost over the horizon, transition and yearly escalators included.</source>
        <translation>Chaque barre totalise le coût de la destination sur l’horizon, transition et revalorisations annuelles comprises.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cumulative cost and break-even</source>
        <translation>Coût cumulé et point mort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 costs less than onshore, in cumulative terms, from month %2: the transition is paid back by then.</source>
        <translation>La destination %1 coûte moins cher que l’onshore, en cumulé, à partir du mois %2&#xa0;: la transition est alors amortie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not pay back its transition within the horizon.</source>
        <translation>La destination %1 n’amortit pas sa transition sur l’horizon étudié.</translation>
    </message>
    <message>
        <location filename="../report/section_summary.cpp" line="-130"/>
        <source>Robustness: high. The four methods agree and %1 ranks first in %2 of the uncertainty samples.</source>
        <translation>Robustesse&#xa0;: élevée. Les quatre méthodes concordent et la destination %1 arrive en tête dans %2 des tirages de l’analyse d’incertitude.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Robustness: low. The methods disagree and %1 ranks first in only %2 of the uncertainty samples: treat the choice as open.</source>
        <translation>Robustesse&#xa0;: faible. Les méthodes divergent et la destination %1 n’arrive en tête que dans %2 des tirages de l’analyse d’incertitude&#xa0;: le choix reste ouvert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Robustness: moderate. The four methods agree, but %1 ranks first in only %2 of the uncertainty samples: the answer depends on the weights.</source>
        <translation>Robustesse&#xa0;: moyenne. Les quatre méthodes concordent, mais la destination %1 n’arrive en tête que dans %2 des tirages de l’analyse d’incertitude&#xa0;: la réponse dépend des pondérations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Robustness: moderate. %1 ranks first in %2 of the uncertainty samples, but the methods disagree.</source>
        <translation>Robustesse&#xa0;: moyenne. La destination %1 arrive en tête dans %2 des tirages de l’analyse d’incertitude, mais les méthodes divergent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saved by the split against %1 over %2 months (%3)</source>
        <translation>économisés par la répartition par rapport au site %1 sur %2&#xa0;mois (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cost of the split over %1 months</source>
        <translation>coût de la répartition sur %1&#xa0;mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cost of staying onshore over %1 months</source>
        <translation>coût du maintien onshore sur %1&#xa0;mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved against onshore over %1 months (%2)</source>
        <translation>économisés par rapport à l’onshore sur %1&#xa0;mois (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score lead over %1, the runner-up</source>
        <translation>d’avance au score sur la destination %1, classée deuxième</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of %1 uncertainty samples rank %2 first</source>
        <translation>des %1 tirages de l’analyse d’incertitude placent la destination %2 en tête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decision methods pick the same destination</source>
        <translation>méthodes de décision désignent la même destination</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every key figure behind %1 comes from a published source.</source>
        <translation>Toutes les données clés retenues pour la destination %1 proviennent d’une source publiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the %2 key figures behind %3 are Escale estimates, to confirm with vendors before deciding: %4.</source>
        <translation>Pour la destination %3, Escale a dû estimer %1 des %2 données clés, à confirmer auprès des prestataires avant toute décision&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How the work splits</source>
        <translation>Comment l’activité se répartit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the volume</source>
        <translation>Part du volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Together</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each part is staffed and priced on its own share of every channel&apos;s volume, transition included; %1 takes what keeps it within %2 of its sector&apos;s jobs.</source>
        <translation>Chaque partie est dimensionnée et chiffrée sur sa propre part du volume de chaque canal, transition comprise&#xa0;; le site %1 prend ce qui le maintient sous %2 des emplois de son secteur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The destinations at a glance</source>
        <translation>Vue d’ensemble des destinations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving vs onshore</source>
        <translation>Économie par rapport à l’onshore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break-even</source>
        <translation>Point mort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scores under %1; costs in the %2 view, over %3, transition and escalators included.</source>
        <translation>Scores selon la méthode %1&#x202f;; coûts selon la vue «&#xa0;%2&#xa0;», sur %3, transition et revalorisations annuelles comprises.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Why %1</source>
        <translation>Pourquoi la destination %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nearest switch of an input: %1</source>
        <translation>Bascule la plus proche d’une donnée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How robust the answer is</source>
        <translation>Robustesse de la recommandation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excluded destinations</source>
        <translation>Destinations exclues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before deciding</source>
        <translation>Points à vérifier</translation>
    </message>
</context>
<context>
    <name>RobustnessText</name>
    <message>
        <location filename="../core/robustness_text.cpp" line="+17"/>
        <source>%1 stays first whatever the %2 weight.</source>
        <translation>La destination %1 reste en tête quel que soit le poids du critère %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stays first while the %2 weight is between %3 and %4 (now %5)</source>
        <translation>La destination %1 reste en tête tant que le poids du critère %2 est compris entre %3 et %4 (actuellement %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; below, %1 takes over; above, %2.</source>
        <translation>&#x202f;; en dessous, la destination %1 passe en tête&#x202f;; au-dessus, la destination %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; below, %1 takes over.</source>
        <translation>&#x202f;; en dessous, la destination %1 passe en tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; above, %1 takes over.</source>
        <translation>&#x202f;; au-dessus, la destination %1 passe en tête.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The stability of the ranking needs at least two eligible destinations.</source>
        <translation>L’analyse de stabilité du classement nécessite au moins deux destinations éligibles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already ranks first.</source>
        <translation>La destination %1 est déjà en tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change of a single weight makes %1 first: several criteria would have to change together.</source>
        <translation>Aucune modification d’un seul poids ne place la destination %1 en tête&#xa0;: il faudrait modifier plusieurs critères à la fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 would rank first if the %2 weight went from %3 to %4 (%5 points %6), the other weights rescaled in proportion.</source>
        <translation>La destination %1 passerait en tête si le poids du critère %2 passait de %3 à %4 (%6 de %5 points), les autres poids étant ajustés proportionnellement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up</source>
        <translation>hausse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>baisse</translation>
    </message>
</context>
<context>
    <name>SmaaChart</name>
    <message>
        <location filename="../plot/robustness_plots.cpp" line="+106"/>
        <source>No uncertainty analysis yet</source>
        <translation>Pas encore d’analyse d’incertitude</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank acceptability (stopped after %1 samples)</source>
        <translation>Acceptabilité des rangs (arrêt après %1 tirages)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank acceptability (%1 samples)</source>
        <translation>Acceptabilité des rangs (%1 tirages)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share of samples</source>
        <translation>Part des tirages</translation>
    </message>
</context>
<context>
    <name>StabilityChart</name>
    <message>
        <location line="-79"/>
        <source>Weight stability needs at least two eligible destinations</source>
        <translation>La stabilité des poids nécessite au moins deux destinations éligibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stays first — %2</source>
        <translation>Maintien en tête&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight of the criterion (others rescaled in proportion)</source>
        <translation>Poids du critère (les autres ajustés proportionnellement)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Winner stays first</source>
        <translation>Vainqueur en tête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole ranking unchanged</source>
        <translation>Classement inchangé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current weight</source>
        <translation>Poids actuel</translation>
    </message>
</context>
<context>
    <name>SwitchingText</name>
    <message>
        <location filename="../core/switching_text.cpp" line="+29"/>
        <source>Billed rate</source>
        <translation>Tarif facturé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AHT multiplier</source>
        <translation>Multiplicateur de DMT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attrition rate</source>
        <translation>Taux de départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wage inflation</source>
        <translation>Inflation salariale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total volume</source>
        <translation>Volume total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 per year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 €/h</source>
        <translation>%1&#xa0;€/h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1%2 pts</source>
        <comment>percentage points</comment>
        <translation>%1%2&#xa0;pts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none eligible</source>
        <translation>aucune éligible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (split)</source>
        <translation>%1 (répartition)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no flip within [%1, %2]</source>
        <translation>pas de bascule dans [%1&#xa0;; %2]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No destination stays eligible</source>
        <translation>Aucune destination ne reste éligible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A split led by %1 is recommended</source>
        <translation>Une répartition menée par %1 est recommandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 wins</source>
        <translation>%1 l’emporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 if the %2 rises above %3 (now %4).</source>
        <translation>%1 si le %2 dépasse %3 (actuellement %4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 if the %2 falls below %3 (now %4).</source>
        <translation>%1 si le %2 passe sous %3 (actuellement %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 if %2&apos;s %3 rises above %4 (now %5).</source>
        <translation>%1 si %3 (%2) dépasse %4 (actuellement %5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 if %2&apos;s %3 falls below %4 (now %5).</source>
        <translation>%1 si %3 (%2) passe sous %4 (actuellement %5).</translation>
    </message>
</context>
<context>
    <name>escale::ui::AhpDialog</name>
    <message>
        <location filename="../dialogs/ahp_dialog.cpp" line="+69"/>
        <source>Derive weights with AHP</source>
        <translation>Calculer les pondérations par AHP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For each pair, say how much more important the first criterion is than the second, on Saaty&apos;s scale from 1/9 to 9. The weights are the principal eigenvector of the comparison matrix.</source>
        <translation>Pour chaque paire, indiquez dans quelle mesure le premier critère est plus important que le second, sur l’échelle de Saaty de 1/9 à 9. Les pondérations sont le vecteur propre principal de la matrice de comparaison.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use these weights</source>
        <translation>Utiliser ces pondérations</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Pairwise judgements</source>
        <translation>Comparaisons par paires</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>extremely more important than</source>
        <translation>extrêmement plus important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strongly to extremely more important than</source>
        <translation>très fortement à extrêmement plus important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strongly more important than</source>
        <translation>très fortement plus important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly to very strongly more important than</source>
        <translation>fortement à très fortement plus important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly more important than</source>
        <translation>fortement plus important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderately to strongly more important than</source>
        <translation>modérément à fortement plus important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderately more important than</source>
        <translation>modérément plus important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equally to moderately more important than</source>
        <translation>légèrement plus important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as important as</source>
        <translation>aussi important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equally to moderately less important than</source>
        <translation>légèrement moins important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderately less important than</source>
        <translation>modérément moins important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderately to strongly less important than</source>
        <translation>modérément à fortement moins important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly less important than</source>
        <translation>fortement moins important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly to very strongly less important than</source>
        <translation>fortement à très fortement moins important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strongly less important than</source>
        <translation>très fortement moins important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strongly to extremely less important than</source>
        <translation>très fortement à extrêmement moins important que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extremely less important than</source>
        <translation>extrêmement moins important que</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · custom judgement</source>
        <translation>%1 · jugement personnalisé</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Resulting weights</source>
        <translation>Pondérations obtenues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation>Actuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From AHP</source>
        <translation>Par AHP</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Consistency</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saaty (1980)</source>
        <translation>Saaty (1980)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saaty (2005)</source>
        <translation>Saaty (2005)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donegan &amp; Dodd (1991)</source>
        <translation>Donegan &amp; Dodd (1991)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tummala &amp; Ling (1998)</source>
        <translation>Tummala &amp; Ling (1998)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The random index RI(n) that CR = CI / RI(n) divides by. Tools differ: pyDecision uses Saaty (1980), AHPy Donegan &amp; Dodd, pymcdm Tummala &amp; Ling.</source>
        <translation>L’indice aléatoire RI(n), diviseur dans CR = CI / RI(n). Les outils diffèrent&#xa0;: pyDecision utilise Saaty (1980), AHPy Donegan &amp; Dodd, pymcdm Tummala &amp; Ling.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Random index:</source>
        <translation>Indice aléatoire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>λmax:</source>
        <translation>λmax&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CI:</source>
        <translation>CI&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR:</source>
        <translation>CR&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2, RI(6) = %3)</source>
        <translation>%1 (%2, RI(6) = %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consistent enough: CR ≤ %1.</source>
        <translation>Cohérence suffisante&#xa0;: CR ≤ %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Inconsistent: CR &gt; %1. The judgement %2 vs %3 (%4) fits the others least; they imply %5.</source>
        <translation>Incohérence&#xa0;: CR &gt; %1. Le jugement %2 / %3 (%4) est le moins cohérent avec les autres&#x202f;; ceux-ci impliquent %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set %1 vs %2 to %3</source>
        <translation>Fixer %1 / %2 à %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>◀ least consistent</source>
        <translation>◀ le moins cohérent</translation>
    </message>
</context>
<context>
    <name>escale::ui::ChannelTableModel</name>
    <message>
        <location filename="../models/channel_table_model.cpp" line="+133"/>
        <source>contacts/month</source>
        <translation>contacts/mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>% in time</source>
        <translation>% dans le délai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>s, Erlang A</source>
        <translation>s, Erlang A</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>chats at once</source>
        <translation>chats/agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opening h</source>
        <translation>h d’ouverture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contacts per month (a month is 52/12 weeks).</source>
        <translation>Contacts par mois (un mois = 52/12 semaines).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average handle time at the onshore reference site.</source>
        <translation>Durée moyenne de traitement (DMT) sur le site onshore de référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice and chat: share of contacts to answer within the answer time.</source>
        <translation>Voix et chat&#xa0;: part des contacts à prendre dans le délai de réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice and chat: the service level&apos;s answer time.</source>
        <translation>Voix et chat&#xa0;: le délai de réponse du niveau de service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erlang C: callers wait as long as needed. Erlang A: callers abandon after a mean patience.</source>
        <translation>Erlang C&#xa0;: les appelants attendent aussi longtemps que nécessaire. Erlang A&#xa0;: ils raccrochent au bout d’une patience moyenne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean patience before abandoning (Erlang A only).</source>
        <translation>Patience moyenne avant abandon (Erlang A uniquement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap on agent occupancy (100 % = no cap).</source>
        <translation>Plafond du taux d’occupation des agents (100&#x202f;% = sans plafond).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat only: chats an agent handles at once.</source>
        <translation>Chat uniquement&#xa0;: nombre de chats qu’un agent traite simultanément.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email and outbound: handle within this many opening hours of arrival.</source>
        <translation>E-mail et appels sortants&#xa0;: traitement dans ce nombre d’heures d’ouverture après l’arrivée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email and outbound: share of paid on-floor time spent on this work.</source>
        <translation>E-mail et appels sortants&#xa0;: part du temps de production rémunéré consacrée à cette activité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel; add or remove channels with the buttons above.</source>
        <translation>Le canal&#x202f;; ajoutez ou supprimez des canaux avec les boutons ci-dessus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erlang A</source>
        <translation>Erlang A</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly volume</source>
        <translation>Volume mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AHT</source>
        <translation>DMT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer time</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue model</source>
        <translation>Modèle de file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max occupancy</source>
        <translation>Occupation max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrency</source>
        <translation>Simultanéité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target occupancy</source>
        <translation>Occupation cible</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Does not apply to this channel. %1</source>
        <translation>Sans objet pour ce canal. %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not apply to a %2 channel.</source>
        <translation>«&#xa0;%1&#xa0;» ne s’applique pas au canal %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: enter a number.</source>
        <translation>%1&#xa0;: saisissez un nombre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose Erlang C or Erlang A.</source>
        <translation>Choisissez Erlang C ou Erlang A.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be at least one staffing interval (%2 h).</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» doit couvrir au moins un intervalle de planification (%2&#xa0;h).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change %1 (%2)</source>
        <translation>la modification de «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>escale::ui::ConstraintsEditor</name>
    <message>
        <location filename="../pages/constraints_editor.cpp" line="+30"/>
        <source>Hard constraints</source>
        <translation>Contraintes éliminatoires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum share of full French speakers</source>
        <translation>Part minimale de francophones courants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude a destination whose pool has fewer speakers of French at full professional level.</source>
        <translation>Exclut une destination dont le bassin d’emploi compte moins de locuteurs du français de niveau professionnel courant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum risk (1 = low, 5 = high)</source>
        <translation>Risque maximal (1 = faible, 5 = élevé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude a destination whose mean political and infrastructure risk is higher.</source>
        <translation>Exclut une destination dont le risque moyen (politique et infrastructures) est plus élevé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum share of the local sector&apos;s jobs</source>
        <translation>Part maximale des emplois du secteur local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always applied: it is also the reference of the capacity criterion. A site whose programme would take more of the sector&apos;s jobs is excluded (or shares the work when it would otherwise win).</source>
        <translation>Toujours appliquée&#xa0;: c’est aussi la référence du critère de capacité. Un site dont le programme mobiliserait une plus grande part des emplois du secteur est exclu (ou partage l’activité s’il devait sinon l’emporter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum coverage of opening hours</source>
        <translation>Couverture minimale des horaires d’ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude a destination that serves a smaller share of the opening hours in normal local hours.</source>
        <translation>Exclut une destination qui assure une plus faible part des horaires d’ouverture pendant les heures locales normales.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Change the constraints</source>
        <translation>la modification des contraintes</translation>
    </message>
</context>
<context>
    <name>escale::ui::DestinationTableModel</name>
    <message>
        <location filename="../models/destination_table_model.cpp" line="+167"/>
        <source>gross</source>
        <translation>brut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A destination needs a name.</source>
        <translation>Une destination doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename %1</source>
        <translation>le renommage de la destination %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: enter a number.</source>
        <translation>%1&#xa0;: saisissez un nombre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 lists several bonuses; edit them in the profile file.</source>
        <translation>La destination %1 comporte plusieurs primes&#x202f;; modifiez-les dans le fichier de profil.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change %1 of %2</source>
        <translation>la modification de «&#xa0;%1&#xa0;» pour la destination %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The typical wage cannot be below the lowest wage (%1); lower that first.</source>
        <translation>Le salaire type ne peut pas être inférieur au salaire bas (%1)&#x202f;; baissez d’abord celui-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The typical wage cannot exceed the highest wage (%1); raise that first.</source>
        <translation>Le salaire type ne peut pas dépasser le salaire haut (%1)&#x202f;; relevez d’abord celui-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lowest wage cannot exceed the typical wage (%1).</source>
        <translation>Le salaire bas ne peut pas dépasser le salaire type (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The highest wage cannot be below the typical wage (%1).</source>
        <translation>Le salaire haut ne peut pas être inférieur au salaire type (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: full and partial speakers together cannot exceed %2; with %3 for the other level, the most is %4 (got %5).</source>
        <translation>%1&#xa0;: les locuteurs courants et partiels ne peuvent dépasser %2 au total&#x202f;; avec %3 pour l’autre niveau, le maximum est %4 (saisie&#xa0;: %5).</translation>
    </message>
</context>
<context>
    <name>escale::ui::DestinationsPage</name>
    <message>
        <location filename="../pages/destinations_page.cpp" line="+108"/>
        <source>&lt;span style=&quot;background-color:%1&quot;&gt;&lt;i&gt;&amp;nbsp;%2&amp;nbsp;225&amp;nbsp;&lt;/i&gt;&lt;/span&gt; Italic, tinted and marked %2: an estimate, no published source backs the figure. Hover a cell for its source and date; a figure you edit is recorded as “Edited by the user” with today&apos;s date. Double-click a cell to edit it.</source>
        <translation>&lt;span style=&quot;background-color:%1&quot;&gt;&lt;i&gt;&amp;nbsp;%2&amp;nbsp;225&amp;nbsp;&lt;/i&gt;&lt;/span&gt; En italique, teinté et marqué %2&#xa0;: une estimation, qu’aucune source publiée n’étaye. Survolez une cellule pour voir sa source et sa date&#x202f;; un chiffre que vous modifiez est enregistré avec la source «&#xa0;Edited by the user&#xa0;» et la date du jour. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;&lt;b&gt;Time zone&lt;/b&gt;: %1, UTC%2 in winter and UTC%3 in summer: local time is Paris time %4 h in winter, %5 h in summer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fuseau horaire&lt;/b&gt;&#xa0;: %1, UTC%2 en hiver et UTC%3 en été, soit l’heure de Paris %4 h en hiver et %5 h en été.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>excluded: %1</source>
        <translation>exclue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank %1 of %2</source>
        <translation>rang %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Latest result&lt;/b&gt;: %1; %2 agent FTE, %3 in total over the horizon (chosen cost view).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dernier résultat&lt;/b&gt;&#xa0;: %1&#x202f;; %2 ETP d’agents, %3 au total sur l’horizon (vue de coût retenue).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;b&gt;Notes&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Notes&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;No notes for this destination.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune note pour cette destination.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;&lt;small&gt;&lt;i&gt;%3&lt;/i&gt;&lt;/small&gt;&lt;/p&gt;</source>
        <comment>topic: note, source</comment>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2&lt;br&gt;&lt;small&gt;&lt;i&gt;%3&lt;/i&gt;&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Duplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>All figures</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation>Salaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages and labour market</source>
        <translation>Langues et emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone and premiums</source>
        <translation>Fuseau et majorations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk and outlook</source>
        <translation>Risques et perspectives</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Add a shipped destination profile to the scenario</source>
        <translation>Ajouter au scénario un profil de destination fourni</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Copy the selected destination, e.g. to compare two vendors</source>
        <translation>Copier la destination sélectionnée, par exemple pour comparer deux prestataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Remove the selected destination from the scenario</source>
        <translation>Retirer la destination sélectionnée du scénario</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Every shipped destination is already in the scenario</source>
        <translation>Toutes les destinations fournies sont déjà dans le scénario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A scenario needs at least one destination</source>
        <translation>Un scénario doit comporter au moins une destination</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add %1</source>
        <translation>l’ajout de la destination %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate %1</source>
        <translation>la duplication de la destination %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove %1</source>
        <translation>la suppression de la destination %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No destination selected</source>
        <translation>Aucune destination sélectionnée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>escale::ui::DocumentActions</name>
    <message>
        <location filename="../window/document_actions.cpp" line="+10"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the scenario</source>
        <translation>Impossible d’ouvrir le scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:

%2</source>
        <translation>Impossible d’ouvrir %1&#xa0;:

%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>The scenario was not saved; your changes are still open.

%1</source>
        <translation>Le scénario n’a pas été enregistré&#x202f;; vos modifications sont conservées.

%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save scenario as</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has unsaved changes. Save them before closing it?</source>
        <translation>«&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Les enregistrer avant de le fermer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>escale::ui::EngineRunner</name>
    <message>
        <location filename="../core/engine_runner.cpp" line="+63"/>
        <source>The scenario cannot be evaluated: %1</source>
        <translation>Le scénario ne peut pas être évalué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal error while evaluating: %1</source>
        <translation>Erreur interne pendant l’évaluation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>escale::ui::LanguageEditor</name>
    <message>
        <location filename="../pages/language_editor.cpp" line="+48"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malagasy</source>
        <translation>Malgache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Languages required</source>
        <translation>Langues requises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a language; it gets the share still missing from 100 %</source>
        <translation>Ajouter une langue&#x202f;; elle reçoit la part qui manque pour atteindre 100&#x202f;%</translation>
    </message>
    <message>
        <location line="+61"/>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the contacts in this language</source>
        <translation>Part des contacts dans cette langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full: fluent speakers only. Partial: a working knowledge is enough.</source>
        <translation>Courant&#xa0;: locuteurs courants uniquement. Partiel&#xa0;: une connaissance opérationnelle suffit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this language</source>
        <translation>Retirer cette langue</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>At least one language is required.</source>
        <translation>Au moins une langue est requise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shares add up to %1; they must add up to %2. Not applied yet.</source>
        <translation>La somme des parts est de %1&#x202f;; elle doit être de %2. Pas encore appliqué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice at the same level. Not applied yet.</source>
        <translation>%1 figure deux fois au même niveau. Pas encore appliqué.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change languages</source>
        <translation>la modification des langues</translation>
    </message>
</context>
<context>
    <name>escale::ui::MainWindow</name>
    <message>
        <location filename="../window/main_window.cpp" line="+61"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destinations</source>
        <translation>&amp;Destinations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;orkload</source>
        <translation>&amp;Charge de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weights</source>
        <translation>&amp;Pondérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;bustness</source>
        <translation>R&amp;obustesse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;report…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;tables…</source>
        <translation>Exporter les &amp;tableaux…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Escale</source>
        <translation>À &amp;propos d’Escale</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Escale — %1[*]</source>
        <translation>Escale — %1[*]</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>The scenario has not been evaluated yet.</source>
        <translation>Le scénario n’a pas encore été évalué.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Export tables</source>
        <translation>Exporter les tableaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables exported to %1</source>
        <translation>Tableaux exportés vers %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The language changes at the next start.</source>
        <translation>La langue changera au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Escale</source>
        <translation>À propos d’Escale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Escale %1&lt;/h3&gt;&lt;p&gt;Onshore or offshore: a decision tool for contact-centre outsourcing.&lt;/p&gt;&lt;p&gt;Staffing by Erlang C/A, cost over the contract term, and multi-criteria ranking (WSM, TOPSIS, VIKOR, PROMETHEE II, AHP, SMAA) with every figure&apos;s source and date.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Escale %1&lt;/h3&gt;&lt;p&gt;Onshore ou offshore&#xa0;: un outil d’aide à la décision pour l’externalisation de la relation client.&lt;/p&gt;&lt;p&gt;Dimensionnement par Erlang C/A, coûts sur la durée du contrat et classement multicritère (WSM, TOPSIS, VIKOR, PROMETHEE II, AHP, SMAA), avec la source et la date de chaque chiffre.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>escale::ui::MethodComparisonModel</name>
    <message>
        <location filename="../models/method_comparison_model.cpp" line="+95"/>
        <source>VIKOR compromise index Q: lower is better.</source>
        <translation>Indice de compromis Q de VIKOR&#xa0;: plus il est bas, mieux c’est.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROMETHEE II net flow φ = φ⁺ − φ⁻ (flows divided by n − 1).</source>
        <translation>Flux net de PROMETHEE II φ = φ⁺ − φ⁻ (flux divisés par n − 1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WSM
rank</source>
        <translation>WSM
rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WSM
score</source>
        <translation>WSM
score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOPSIS
rank</source>
        <translation>TOPSIS
rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOPSIS
C</source>
        <translation>TOPSIS
C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIKOR
rank</source>
        <translation>VIKOR
rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIKOR
Q</source>
        <translation>VIKOR
Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROMETHEE II
rank</source>
        <translation>PROMETHEE II
rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROMETHEE II
φ</source>
        <translation>PROMETHEE II
φ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weighted sum of the criteria utilities (no further normalisation).</source>
        <translation>Somme pondérée des utilités des critères (sans normalisation supplémentaire).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOPSIS with %1 normalisation; C = D⁻ / (D⁺ + D⁻), higher is better.</source>
        <translation>TOPSIS avec normalisation %1&#x202f;; C = D⁻ / (D⁺ + D⁻), plus il est élevé, mieux c’est.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VIKOR with v = %1; ranked by Q, lower is better.</source>
        <translation>VIKOR avec v = %1&#x202f;; classement par Q, plus il est bas, mieux c’est.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PROMETHEE II, linear preference functions on the utilities; ranked by the net flow φ.</source>
        <translation>PROMETHEE II, fonctions de préférence linéaires sur les utilités&#x202f;; classement par le flux net φ.</translation>
    </message>
</context>
<context>
    <name>escale::ui::OpeningHoursEditor</name>
    <message>
        <location filename="../pages/opening_hours_editor.cpp" line="+103"/>
        <source>Opening hours (Paris time)</source>
        <translation>Horaires d’ouverture (heure de Paris)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own hours</source>
        <translation>Horaires propres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours of</source>
        <translation>Horaires de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The centre&apos;s hours apply to every channel without hours of its own, such as the legal calling windows of outbound.</source>
        <translation>Les horaires du centre valent pour chaque canal sans horaires propres, comme les plages d’appel légales des appels sortants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the channel hours of its own; untick to follow the centre&apos;s hours again.</source>
        <translation>Donner au canal ses propres horaires&#x202f;; décocher pour revenir aux horaires du centre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens – closes</source>
        <translation>Ouverture – fermeture</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open on %1</source>
        <translation>Centre ouvert ce jour-là (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until midnight</source>
        <translation>jusqu’à minuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close at 24:00 (end of the day)</source>
        <translation>Fermer à 24:00 (fin de journée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close for an hour in the middle of the last range (a lunch closure, say); then adjust the times</source>
        <translation>Fermer une heure au milieu de la dernière plage (pause de midi, par exemple)&#x202f;; ajuster ensuite les heures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay open through the last closure</source>
        <translation>Rester ouvert pendant la dernière fermeture</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Opening time, Paris time</source>
        <translation>Heure d’ouverture, heure de Paris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing time, Paris time; must be after the opening</source>
        <translation>Heure de fermeture, heure de Paris&#x202f;; doit suivre l’ouverture</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Centre (every channel)</source>
        <translation>Centre (tous les canaux)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (own hours)</source>
        <translation>%1 (horaires propres)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: the closing time (%2) must be after the opening time (%3); tick “until midnight” to close at 24:00.</source>
        <translation>%1&#xa0;: l’heure de fermeture (%2) doit suivre l’heure d’ouverture (%3)&#x202f;; cochez «&#xa0;jusqu’à minuit&#xa0;» pour fermer à 24:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the range %2 must open after the one before it closes (%3).</source>
        <translation>%1&#xa0;: la plage %2 doit ouvrir après la fermeture de la précédente (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the closure %2 lies inside one %3-minute staffing interval; close up to an interval boundary, or choose shorter intervals.</source>
        <translation>%1&#xa0;: la fermeture %2 tombe à l’intérieur d’un intervalle de planification de %3&#xa0;minutes&#x202f;; fermez jusqu’à une limite d’intervalle ou choisissez des intervalles plus courts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The centre must be open at least one day.</source>
        <translation>Le centre doit être ouvert au moins un jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be open at least one day.</source>
        <translation>Le canal %1 doit être ouvert au moins un jour.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change opening hours (%1)</source>
        <translation>la modification des horaires d’ouverture (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1 opening hours (%2)</source>
        <translation>la modification des horaires d’ouverture du canal %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give %1 its own opening hours</source>
        <translation>l’attribution d’horaires propres au canal %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 follows the centre&apos;s opening hours</source>
        <translation>le retour du canal %1 aux horaires du centre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the range %2 is too short to close for an hour in its middle.</source>
        <translation>%1&#xa0;: la plage %2 est trop courte pour fermer une heure en son milieu.</translation>
    </message>
</context>
<context>
    <name>escale::ui::OverviewPage</name>
    <message>
        <location filename="../pages/overview_page.cpp" line="+210"/>
        <source>%1
The results below are from the last evaluation that succeeded.</source>
        <translation>%1
Les résultats ci-dessous proviennent de la dernière évaluation réussie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Costs: %1, over %2 months from %3</source>
        <translation>Coûts&#xa0;: %1, sur %2 mois à partir de %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No results yet</source>
        <translation>Pas encore de résultats</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 and %3</source>
        <translation>%1&#xa0;: %2 et %3</translation>
    </message>
</context>
<context>
    <name>escale::ui::PreferencesDialog</name>
    <message>
        <location filename="../window/preferences_dialog.cpp" line="+15"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language:</source>
        <translation>Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers follow the language (1 234,56 € in French).</source>
        <translation>Les nombres suivent la langue (1&#x202f;234,56&#xa0;€ en français).</translation>
    </message>
</context>
<context>
    <name>escale::ui::ReportDialog</name>
    <message>
        <location filename="../dialogs/report_dialog.cpp" line="+45"/>
        <location line="+214"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name shown on the cover</source>
        <translation>Nom affiché sur la page de garde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running the uncertainty and switching-value analyses…</source>
        <translation>Analyses d’incertitude et des valeurs de bascule en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+22"/>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No section chosen.</source>
        <translation>Aucune section choisie.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n page(s), A4.</source>
        <translation>
            <numerusform>%n page, A4.</numerusform>
            <numerusform>%n pages, A4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>escale::ui::ResultsTableModel</name>
    <message>
        <location filename="../models/results_table_model.cpp" line="+69"/>
        <source>excluded</source>
        <translation>exclue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, onshore</source>
        <translation>%1, onshore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, offshore</source>
        <translation>%1, offshore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded: %1</source>
        <translation>Exclue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 agent FTE at the site&apos;s contract hours, %2 support FTE, %3 seats</source>
        <translation>%1 ETP d’agents aux horaires contractuels du site, %2 ETP de support, %3 positions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year-1 run rate per month, without transition (%1)</source>
        <translation>Coût mensuel de fonctionnement la 1re année, hors transition (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total cost over %1 months, transition included</source>
        <translation>Coût total sur %1 mois, transition comprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost over %1 months, transition included: %2 (%3) less than onshore</source>
        <translation>Coût total sur %1 mois, transition comprise&#xa0;: %2 (%3) de moins que l’onshore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total cost over %1 months, transition included: %2 more than onshore</source>
        <translation>Coût total sur %1 mois, transition comprise&#xa0;: %2 de plus que l’onshore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total cost divided by the contacts handled over the horizon</source>
        <translation>Coût total divisé par le nombre de contacts traités sur l’horizon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excluded by a hard constraint: not ranked</source>
        <translation>Exclue par une contrainte éliminatoire&#xa0;: non classée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under %1</source>
        <translation>Selon la méthode %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents (FTE)</source>
        <translation>Agents (ETP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per contact</source>
        <translation>Par contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agent full-time equivalents needed to meet the service levels</source>
        <translation>Équivalents temps plein d’agents nécessaires pour tenir les niveaux de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year-1 run rate per month, without the one-off transition</source>
        <translation>Coût mensuel de fonctionnement la 1re année, hors coûts ponctuels de transition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost of ownership over the contract term (TCO)</source>
        <translation>Coût total de possession sur la durée du contrat (TCO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost of ownership per contact handled</source>
        <translation>Coût total de possession par contact traité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score under the scenario&apos;s decision method (higher is better)</source>
        <translation>Score selon la méthode de décision du scénario (plus il est élevé, mieux c’est)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank under the scenario&apos;s decision method (1 is best)</source>
        <translation>Rang selon la méthode de décision du scénario (1 = meilleur)</translation>
    </message>
</context>
<context>
    <name>escale::ui::RobustnessPage</name>
    <message>
        <location filename="../pages/robustness_page.cpp" line="+87"/>
        <source>Uncertainty (SMAA-2)</source>
        <translation>Incertitude (SMAA-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching values</source>
        <translation>Valeurs de bascule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of each key input at which another destination would be recommended.</source>
        <translation>La valeur de chaque donnée clé à laquelle une autre destination serait recommandée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ranking method</source>
        <translation>Méthode de classement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The method that ranks the destinations and makes the recommendation.</source>
        <translation>La méthode qui classe les destinations et fonde la recommandation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normalisation:</source>
        <translation>&amp;Normalisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The methods side by side</source>
        <translation>Les méthodes côte à côte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Apply this weight</source>
        <translation>Appliquer ce poids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What must change for</source>
        <translation>Que faut-il changer pour que</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to win?</source>
        <translation>l’emporte&#x202f;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Weight stability</source>
        <translation>Stabilité des poids</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rank with %1</source>
        <translation>le classement par la méthode %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use %1 normalisation</source>
        <translation>le choix de la normalisation %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>built into the method</source>
        <translation>intégrée à la méthode</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Needs at least two eligible destinations.</source>
        <translation>Nécessite au moins deux destinations éligibles.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Apply the weight that changes the winner</source>
        <translation>l’application du poids qui change le vainqueur</translation>
    </message>
</context>
<context>
    <name>escale::ui::ScenarioDocument</name>
    <message>
        <location filename="../core/scenario_document.cpp" line="+26"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No file name given.</source>
        <translation>Aucun nom de fichier indiqué.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
</context>
<context>
    <name>escale::ui::SiteStaffingModel</name>
    <message>
        <location filename="../models/site_staffing_model.cpp" line="+90"/>
        <source>%1: %2 in time, peak %3 agents (%4 scheduled)</source>
        <translation>%1&#xa0;: %2 dans le délai, pic de %3 agents (%4 planifiés)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 agent FTE plus %2 support FTE (in-house view)</source>
        <translation>%1 ETP d’agents plus %2 ETP de support (vue en interne)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Most agents on the floor at once, in any interval of the week.</source>
        <translation>Nombre maximal d’agents en production en même temps, tous intervalles de la semaine confondus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent full-time equivalents at the site&apos;s contract hours.</source>
        <translation>Équivalents temps plein d’agents aux horaires contractuels du site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-floor hours spent on contacts per week.</source>
        <translation>Heures de production consacrées aux contacts, par semaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of contacts answered within target (email and outbound: within the deadline), weighted by volume.</source>
        <translation>Part des contacts traités dans l’objectif (e-mail et appels sortants&#xa0;: dans le délai), pondérée par le volume.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak agents</source>
        <translation>Pic d’agents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Productive
h/week</source>
        <translation>Heures prod.
par semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service
level</source>
        <translation>Niveau
de service</translation>
    </message>
</context>
<context>
    <name>escale::ui::SmaaPanel</name>
    <message>
        <location filename="../pages/smaa_panel.cpp" line="+46"/>
        <source>Uncertainty (SMAA-2)</source>
        <translation>Incertitude (SMAA-2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled: the previous results are kept.</source>
        <translation>Annulé&#xa0;: les résultats précédents sont conservés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Monte Carlo samples; 20,000 give shares to about ±0.7 points.</source>
        <translation>Tirages de Monte-Carlo&#x202f;; 20&#x202f;000 tirages donnent les parts à ±0,7 point près environ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed and settings give the same results.</source>
        <translation>La même graine et les mêmes réglages donnent les mêmes résultats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any weights (uniform)</source>
        <translation>Poids quelconques (uniformes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same order as the current weights</source>
        <translation>Même ordre que les poids actuels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within ±%1 points of the current weights</source>
        <translation>À ±%1 points des poids actuels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current weights (cost uncertain only)</source>
        <translation>Poids actuels (seul le coût est incertain)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the weights are drawn. In every mode the cost of each site is drawn over its agent wage range.</source>
        <translation>Mode de tirage des poids. Dans tous les modes, le coût de chaque site est tiré dans sa fourchette de salaires des agents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples:</source>
        <translation>Tirages&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights:</source>
        <translation>Poids&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <translation>%p&#x202f;%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank-1 acceptability</source>
        <translation>Acceptabilité du rang 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the samples in which the destination ranks first.</source>
        <translation>Part des tirages où la destination arrive en tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the cost samples in which it ranks first at its central weights (the mean weights of the samples it wins).</source>
        <translation>Part des tirages de coût où elle arrive en tête avec ses poids centraux (les poids moyens des tirages qu’elle remporte).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The analysis needs at least two eligible destinations.</source>
        <translation>L’analyse nécessite au moins deux destinations éligibles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Press Run to see how often each destination ranks first when the weights and the wages vary.</source>
        <translation>Cliquez sur Lancer pour voir à quelle fréquence chaque destination arrive en tête quand les poids et les salaires varient.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central weights: %1</source>
        <translation>Poids centraux&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Out of date: the scenario has changed since this analysis. Run it again.</source>
        <translation>Périmé&#xa0;: le scénario a changé depuis cette analyse. Relancez-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed %1, %2 samples, ranked with %3.</source>
        <translation>Graine %1, %2 tirages, classement par %3.</translation>
    </message>
</context>
<context>
    <name>escale::ui::SmaaRunner</name>
    <message>
        <location filename="../core/smaa_runner.cpp" line="+58"/>
        <source>The uncertainty analysis could not run: %1</source>
        <translation>L’analyse d’incertitude n’a pas pu être exécutée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal error in the uncertainty analysis: %1</source>
        <translation>Erreur interne dans l’analyse d’incertitude&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>escale::ui::SwitchingPanel</name>
    <message>
        <location filename="../pages/switching_panel.cpp" line="+25"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching value</source>
        <translation>Valeur de bascule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then recommended</source>
        <translation>Alors recommandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value at which another destination is recommended, all else equal (found by bisection to a relative %1 on the full evaluation).</source>
        <translation>La valeur à laquelle une autre destination est recommandée, toutes choses égales par ailleurs (trouvée par dichotomie à %1 près en relatif, sur l’évaluation complète).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled: the previous values are kept.</source>
        <translation>Annulé&#xa0;: les valeurs précédentes sont conservées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The switching values need a recommended destination.</source>
        <translation>Les valeurs de bascule demandent une destination recommandée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Press Run to find the values of the key inputs at which another destination would be recommended.</source>
        <translation>Cliquez sur Lancer pour trouver les valeurs des données clés auxquelles une autre destination serait recommandée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nearest switch: %1</source>
        <translation>Bascule la plus proche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No input within its range changes the recommendation.</source>
        <translation>Aucune donnée ne change la recommandation dans son intervalle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Out of date: the scenario has changed since. Run again.</source>
        <translation>Périmé&#xa0;: le scénario a changé depuis. Relancez le calcul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 evaluations, each input alone.</source>
        <translation>%1 évaluations, une donnée à la fois.</translation>
    </message>
</context>
<context>
    <name>escale::ui::SwitchingRunner</name>
    <message>
        <location filename="../core/switching_runner.cpp" line="+59"/>
        <source>The switching values could not be computed: %1</source>
        <translation>Les valeurs de bascule n’ont pas pu être calculées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal error while computing the switching values: %1</source>
        <translation>Erreur interne pendant le calcul des valeurs de bascule&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>escale::ui::WeightsPage</name>
    <message>
        <location filename="../pages/weights_page.cpp" line="+82"/>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost first</source>
        <translation>Priorité au coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language first</source>
        <translation>Priorité à la langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk averse</source>
        <translation>Aversion au risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GSLI-like 40/30/30</source>
        <translation>Type GSLI 40/30/30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Criteria weights</source>
        <translation>Pondération des critères</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Presets:</source>
        <translation>Préréglages&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Derive weights with AHP…</source>
        <translation>Calculer les pondérations par AHP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the criteria two by two (Saaty&apos;s scale) and derive the weights.</source>
        <translation>Comparer les critères deux à deux (échelle de Saaty) et en déduire les pondérations.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ranking with these weights</source>
        <translation>Classement avec ces pondérations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cost criterion</source>
        <translation>Critère de coût</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which total cost of ownership the cost criterion compares. Both are computed; changing it re-prices every site.</source>
        <translation>Le coût total de possession que compare le critère de coût. Les deux sont calculés&#x202f;; en changer réévalue le coût de chaque site.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the cost view</source>
        <translation>le changement de vue de coût</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Apply the “%1” weights</source>
        <translation>l’application des pondérations «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Derive the weights with AHP</source>
        <translation>le calcul des pondérations par AHP</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+19"/>
        <source>Change the %1 weight</source>
        <translation>la modification du poids du critère %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>exclue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded: %1</source>
        <translation>Exclue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 Excluded destinations are listed last.</source>
        <translation>%1 Les destinations exclues figurent en dernier.</translation>
    </message>
</context>
<context>
    <name>escale::ui::WorkloadPage</name>
    <message>
        <location filename="../pages/workload_page.cpp" line="+98"/>
        <source>%1-minute intervals need every email and outbound deadline to be at least one interval; %2 has %3 h.</source>
        <translation>Des intervalles de %1&#xa0;minutes demandent que chaque délai des e-mails et appels sortants dure au moins un intervalle&#x202f;; %2 a %3&#xa0;h.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the centre</source>
        <translation>le centre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With %1-minute intervals, %2 would close inside one interval on %3; keep shorter intervals or change the hours.</source>
        <translation>Avec des intervalles de %1&#xa0;minutes, %2 fermerait à l’intérieur d’un intervalle le %3&#x202f;; gardez des intervalles plus courts ou modifiez les horaires.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a cell to edit it; “—” does not apply to the channel.</source>
        <translation>Double-cliquez sur une cellule pour la modifier&#x202f;; «&#xa0;—&#xa0;»&#xa0;: sans objet pour ce canal.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Staffing assumptions</source>
        <translation>Hypothèses de dimensionnement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each site&apos;s own</source>
        <translation>Celle de chaque site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid time not available for contacts: breaks, training, meetings, absence (0–90 %). At its lowest, each site uses its own country&apos;s figure (leave and public holidays differ).</source>
        <translation>Temps payé non disponible pour les contacts : pauses, formation, réunions, absences (0–90 %). À sa valeur minimale, chaque site prend le chiffre de son pays (congés et jours fériés diffèrent).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the intervals the week is staffed in.</source>
        <translation>Durée des intervalles de planification de la semaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract term the costs are summed over.</source>
        <translation>Durée du contrat sur laquelle les coûts sont cumulés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First month of the contract.</source>
        <translation>Premier mois du contrat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shrinkage</source>
        <translation>Taux d’indisponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staffing interval</source>
        <translation>Intervalle de planification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract term</source>
        <translation>Durée du contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start month</source>
        <translation>Mois de début</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resulting staffing per site</source>
        <translation>Effectifs qui en résultent, par site</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+6"/>
        <source>Change shrinkage</source>
        <translation>la modification du taux d’indisponibilité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change staffing interval</source>
        <translation>la modification de l’intervalle de planification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change contract term</source>
        <translation>la modification de la durée du contrat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change start month</source>
        <translation>la modification du mois de début</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the selected channel</source>
        <translation>Supprimer le canal sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workload needs at least one channel</source>
        <translation>La charge de travail doit comporter au moins un canal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %1 channel</source>
        <translation>l’ajout du canal %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove %1 channel</source>
        <translation>la suppression du canal %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No results yet.</source>
        <translation>Pas encore de résultats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contacts a month. Peak: most agents on the floor at once; FTE at each site&apos;s contract hours. Hover a cell for the channels.</source>
        <translation>%1 contacts par mois. Pic&#xa0;: nombre maximal d’agents en production en même temps&#x202f;; ETP aux horaires contractuels de chaque site. Survolez une cellule pour le détail par canal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
</TS>
