"""Les sources citées par les règles : les pages vues lors de la vérification des faits.

Elles viennent de ``shared/reference/audit-2026-12.md``, de
``shared/reference/domain-fpt.md`` et de ``nomenclature/donnees/SOURCES.md`` ;
chacune porte le titre du texte qu'elle donne.
"""

from __future__ import annotations

import attrs

from fpt_offres.modele import Source

__all__ = ["S"]


def _source(titre: str, url: str) -> Source:
    return Source(titre=titre, url=url)


@attrs.frozen
class _Sources:
    """Les sources citées par les règles (un attribut par texte)."""

    cgfp_champ: Source = _source(
        "Code général de la fonction publique, chapitre liminaire, articles L1 à L9 (champ "
        "d'application : fonctions publiques de l'État, territoriale et hospitalière)",
        "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044411525",
    )
    cgfp_l311_1: Source = _source(
        "Code général de la fonction publique, article L311-1 (emplois permanents occupés par des fonctionnaires)",
        "https://lexbase.fr/texte-de-loi/code-general-de-la-fonction-publiquel3111/L6664MBG.html",
    )
    cgfp_l332_8: Source = _source(
        "Code général de la fonction publique, article L332-8 (emplois permanents pourvus par contrat, cas 1° à 7°)",
        "https://www.doctrine.fr/l/texts/codes/LEGITEXT000044416551/articles/LEGIARTI000044426698",
    )
    cgfp_l332_9: Source = _source(
        "Code général de la fonction publique, article L332-9 (CDD de 3 ans au plus, 6 ans au total, puis CDI)",
        "https://juriblio.fr/ordonnances/ordonnance-no-2021-1574-du-24-novembre-2021/178629253/annexe/partie-legislative/livre-iii/titre-iii/chapitre-ii/section-1/sous-section-2/paragraphe-1/article-l332-9",
    )
    cgfp_l332_13: Source = _source(
        "Code général de la fonction publique, article L332-13 (remplacement d'un agent, pour la durée de son absence)",
        "https://juriblio.fr/ordonnances/ordonnance-no-2021-1574-du-24-novembre-2021/178629253/annexe/partie-legislative/livre-iii/titre-iii/chapitre-ii/section-1/sous-section-2/paragraphe-2",
    )
    cgfp_l332_23: Source = _source(
        "Code général de la fonction publique, article L332-23 (accroissement temporaire ou saisonnier d'activité)",
        "https://www.doctrine.fr/l/texts/codes/LEGITEXT000044416551/articles/LEGIARTI000044426650",
    )
    cgfp_l332_24: Source = _source(
        "Code général de la fonction publique, articles L332-24 à L332-26 (contrat de projet)",
        "https://juriblio.fr/codes/code-general-de-la-fonction-publique/partie-legislative/livre-iii/titre-iii/chapitre-ii/section-2/sous-section-2",
    )
    cgfp_l343_1: Source = _source(
        "Code général de la fonction publique, article L343-1 (recrutement direct sur emploi fonctionnel)",
        "https://www.doctrine.fr/l/texts/codes/LEGITEXT000044416551/articles/LEGIARTI000044426558",
    )
    cgfp_d311_2: Source = _source(
        "Code général de la fonction publique, article D311-2 (publication d'au moins un mois, sauf urgence)",
        "https://juriblio.fr/codes/code-general-de-la-fonction-publique/partie-reglementaire/livre-iii/titre-ier/chapitre-ier/section-1/sous-section-1/paragraphe-1/article-d311-2",
    )
    cgfp_l313_4: Source = _source(
        "Code général de la fonction publique, article L313-4 (déclaration de création ou de "
        "vacance d'un emploi territorial au centre de gestion ; numéro repris dans l'arrêté)",
        "https://lexbase.fr/texte-de-loi/art-L313-4-Code%20g%C3%A9n%C3%A9ral%20de%20la%20fonction%20publique/L5856MBI.html",
    )
    cgfp_l131: Source = _source(
        "Code général de la fonction publique, articles L131-1 et L131-2 (non-discrimination)",
        "https://www.doctrine.fr/l/texts/codes/LEGITEXT000044416551/articles/LEGIARTI000044427690",
    )
    decret_88_145: Source = _source(
        "Décret n° 88-145, art. 3 : l'engagement précise l'article en vertu duquel il est pris (préfecture de l'Aisne)",
        "https://www.aisne.gouv.fr/index.php/layout/set/print/Politiques-publiques/Collectivites-territoriales-et-intercommunalite/Fonction-publique-territoriale/Le-recrutement-des-agents-contractuels-de-droit-public-de-la-FPT/La-publicite-de-la-creation-ou-de-la-vacance-d-emploi",
    )
    decret_2018_1351: Source = _source(
        "Décret n° 2018-1351 du 28 décembre 2018, art. 3 (mentions obligatoires de l'avis de vacance)",
        "https://legal.tricoteuses.fr/articles/JORFARTI000037884503",
    )
    decret_2004_777: Source = _source(
        "Décret n° 2004-777 du 29 juillet 2004, art. 1 (temps partiel sur autorisation, au moins le mi-temps)",
        "https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000018157873&cidTexte=LEGITEXT000005817645&dateTexte=20191206",
    )
    decret_2016_151: Source = _source(
        "Décret n° 2016-151 du 11 février 2016, art. 3 (au plus 3 jours de télétravail, au moins 2 jours sur site)",
        "https://legal.tricoteuses.fr/articles/LEGIARTI000042428434",
    )
    temps_non_complet: Source = _source(
        "La Gazette des communes : temps partiel (choisi par l'agent) et temps non complet (décret n° 91-298)",
        "https://www.lagazettedescommunes.com/876085/le-travail-a-temps-partiel-dans-la-fonction-publique-kesako",
    )
    temps_de_travail: Source = _source(
        "CDG 58, le temps de travail (35 h, 1 607 h ; ARTT au-delà de 35 h) : décret n° 2000-815 art. 1",
        "https://www.cdg58.com/portfolios/temps-de-travail",
    )
    cnracl: Source = _source(
        "CNRACL : affiliation des fonctionnaires à temps non complet (28 h, décret n° 2022-244)",
        "https://juris-cnracl.retraites.fr/node/1900",
    )
    categories: Source = _source(
        "Statuts particuliers : cadre d'emplois classé en catégorie A, B ou C au sens de l'article L411-2 du CGFP",
        "https://legal.tricoteuses.fr/articles/LEGIARTI000046250313",
    )
    filieres: Source = _source(
        "CDG 45 : les filières, regroupement d'usage des cadres d'emplois sans valeur juridique",
        "https://www.cdg45.fr/integrer-le-service-public/lemploi-public-territorial/lorganisation-de-la-fonction-publique-territoriale-fpt/",
    )
    decret_87_1101: Source = _source(
        "Décret n° 87-1101, art. 1 et décret n° 90-128, art. 1 (seuils des emplois fonctionnels de direction)",
        "http://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000000334475",
    )
    extinction: Source = _source(
        "Sénat, rapport sur la loi n° 2023-1380 : cadre des secrétaires de mairie mis en extinction",
        "https://senat.fr/rap/l22-466/l22-4661.html",
    )
    nouvelle_caledonie: Source = _source(
        "CESE de Nouvelle-Calédonie : statut général des fonctionnaires des communes (délibération n° 486 du 10 août 1994)",
        "http://cese.nc/node/268",
    )
    loi_2023_1380: Source = _source(
        "Loi n° 2023-1380 du 30 décembre 2023 (secrétaire général de mairie, CGCT L2122-19-1 au 1er janvier 2028)",
        "https://www.legifrance.gouv.fr/eli/loi/2023/12/30/2023-1380/jo/texte",
    )
    rgpd_13: Source = _source(
        "Règlement (UE) 2016/679 (RGPD), article 13 (informations à fournir lors de la collecte)",
        "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679",
    )
    cdg09_emplois_fonctionnels: Source = _source(
        "CDG 09 : les emplois fonctionnels, pourvus par détachement de fonctionnaires de "
        "catégorie A (CGFP L412-6)",
        "https://cdg09.fr/?page_id=3007",
    )
    circulaire_sgm_2024: Source = _source(
        "Circulaire PTDB2427351J du 18 octobre 2024 (secrétaires généraux de mairie : plus "
        "d'agent de catégorie C1), résumée par La Vie communale",
        "https://www.laviecommunale-actualites.fr/bases-de-donnees-juridiques/vie-communale?nid=132596&section=17900",
    )
    nbi: Source = _source(
        "La Gazette des communes : la NBI, réservée aux fonctionnaires (CGFP L712-12), sauf "
        "contractuels recrutés au titre de L352-4",
        "https://www.lagazettedescommunes.com/120531/la-nouvelle-bonification-indiciaire-en-10-questions",
    )
    decret_2024_1263: Source = _source(
        "Décret n° 2024-1263 (temps partiel des agents à temps non complet : "
        "50, 60, 70, 80 ou 90 % depuis le 1er janvier 2025)",
        "https://legal.tricoteuses.fr/articles/JORFARTI000050873653",
    )


S = _Sources()
"""Les sources des règles."""
