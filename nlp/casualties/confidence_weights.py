"""Weights of the confidence model (``nlp.casualties.calibration``), written by
``scripts/calibrate_confidence.py``: do not edit by hand, re-run the script.

Fitted on the figures the extractor produced on each blind batch the first time it was scored
(batch/language at commit):

    blind11/ar at 85c2b7f
    blind11/en at f3d545e
    blind12/ar at 32ff0aa
    blind12/en at 32ff0aa
    blind13/ar at bb7a447
    blind13/en at 7878361
    blind14/ar at 64631a0
    blind14/en at 64631a0
    blind15/ar at d40caef
    blind15/en at 3f08ee7
    blind16/ar at 1db0965
    blind16/en at 1db0965
    blind17/ar at 143537c
    blind17/en at 143537c
    blind18/ar at a039ea3
    blind18/en at ef230f4
    blind19/ar at 4baf891
    blind19/en at d51f238
    blind20/ar at f0bb833
    blind20/en at f0bb833
    blind21/ar at e665abc
    blind21/en at e665abc
    blind22/ar at d830457
    blind22/en at d830457
    blind23/ar at 29f176d
    blind23/en at 29f176d
    blind24/ar at acd1e85
    blind24/en at acd1e85

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.921, keeps 1.000 of the right
      >= 0.50: P 0.929, keeps 0.996 of the right
      >= 0.80: P 0.947, keeps 0.952 of the right
      >= 0.85: P 0.951, keeps 0.917 of the right
      >= 0.90: P 0.958, keeps 0.819 of the right
      >= 0.93: P 0.968, keeps 0.701 of the right
      >= 0.95: P 0.970, keeps 0.544 of the right
      confidence 0.00-0.80: 181 figures, mean confidence 0.655, right 0.602
      confidence 0.80-0.90: 340 figures, mean confidence 0.864, right 0.882
      confidence 0.90-0.95: 666 figures, mean confidence 0.929, right 0.935
      confidence 0.95-1.00: 1270 figures, mean confidence 0.973, right 0.970
    en:
      >= 0.00: P 0.915, keeps 1.000 of the right
      >= 0.50: P 0.925, keeps 0.995 of the right
      >= 0.80: P 0.941, keeps 0.920 of the right
      >= 0.85: P 0.947, keeps 0.879 of the right
      >= 0.90: P 0.956, keeps 0.806 of the right
      >= 0.93: P 0.961, keeps 0.709 of the right
      >= 0.95: P 0.968, keeps 0.604 of the right
      confidence 0.00-0.80: 279 figures, mean confidence 0.651, right 0.695
      confidence 0.80-0.90: 327 figures, mean confidence 0.861, right 0.844
      confidence 0.90-0.95: 529 figures, mean confidence 0.929, right 0.922
      confidence 0.95-1.00: 1508 figures, mean confidence 0.973, right 0.968
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.3637,
        'abducted': -1.9736,
        'derived': 0.1815,
        'kind=detained': -1.5052,
        'kind=displaced': 0.92,
        'kind=injured': 0.7187,
        'kind=killed': 0.0908,
        'kind=missing': -0.2971,
        'no_victims': -0.8719,
        'part': 0.9012,
        'qualifier=about': -0.2799,
        'qualifier=at_least': 0.6605,
        'qualifier=exact': -0.1331,
        'qualifier=more_than': 0.0558,
        'qualifier=up_to': -0.376,
        'revision': 0.7844,
        'rule=abducted_then_killed': 0.2913,
        'rule=among_the_kind': 0.0376,
        'rule=another_coordinated': 0.4794,
        'rule=became_kind': -0.259,
        'rule=case_count': 0.6383,
        'rule=case_count_of_toll': 0.0683,
        'rule=case_part_of_toll': 0.0829,
        'rule=condition_of_injured': 0.2328,
        'rule=coordinated': 0.719,
        'rule=coordinated_before_verb': 0.1915,
        'rule=count_before_far_verb': -0.2295,
        'rule=crossed_border': 0.0269,
        'rule=cue_before': 0.1792,
        'rule=cue_in_clause': 0.6558,
        'rule=death_in_detention': 0.0539,
        'rule=derived_total': 0.1815,
        'rule=dual_after_cue': 0.4299,
        'rule=dual_coordinated': -0.4819,
        'rule=dual_in_group': 0.0053,
        'rule=fate_unknown': 0.526,
        'rule=forced_to_flee': 0.035,
        'rule=gapped_line': -1.2357,
        'rule=in_group': 0.1806,
        'rule=in_ranks_of': 0.4166,
        'rule=kin_after_cue': -0.0517,
        'rule=kin_coordinated': -0.5468,
        'rule=kin_list_after_cue': -1.1156,
        'rule=kin_list_before_verb': 0.0249,
        'rule=kin_with_number': -1.3247,
        'rule=kind_adjective': 0.0298,
        'rule=kind_dual': 0.0338,
        'rule=kind_noun': -0.6229,
        'rule=list_line': -0.2029,
        'rule=list_line_victim': 0.0561,
        'rule=made_to_flee': 0.092,
        'rule=named_after_cue': -0.0823,
        'rule=nationality_in_group': -0.3335,
        'rule=nationality_one': 0.1924,
        'rule=nationality_two': 0.0561,
        'rule=noun_and_two': 0.0616,
        'rule=noun_and_two_coordinated': 0.0376,
        'rule=noun_before_verb': -1.2079,
        'rule=object_after_subject': -0.8063,
        'rule=ordinal_after_cue': -0.1557,
        'rule=partitive_of_kind': -0.0131,
        'rule=person_and_kin': -0.2965,
        'rule=pronoun_cue': 0.3802,
        'rule=pushed_to_flee': 0.0115,
        'rule=singular_after_cue': 0.9377,
        'rule=singular_coordinated': -0.6232,
        'rule=singular_in_group': -0.161,
        'rule=still_under': -0.1071,
        'rule=subset_of_figure': 0.0902,
        'rule=table_cell': 1.0452,
        'rule=toll_includes': 0.059,
        'rule=toll_linking_verb': 0.7646,
        'rule=toll_noun_later': 0.329,
        'rule=verb_after_noun': 0.1511,
        'scope=cumulative': 0.2099,
        'scope=event': -0.2827,
        'single=detained': 0.1751,
        'single=injured': -0.9068,
        'single=killed': 0.238,
        'single=missing': -0.6154,
        'size=1': -1.1091,
        'size=10-99': 0.4756,
        'size=100-999': 0.0393,
        'size=1000+': 0.3818,
        'size=2-9': 0.1396,
    },
    'en': {
        '_bias': 2.4089,
        'abducted': -2.3735,
        'derived': -0.915,
        'kind=detained': -1.6687,
        'kind=displaced': 0.8351,
        'kind=injured': 0.8668,
        'kind=killed': 0.3319,
        'kind=missing': -0.327,
        'no_victims': -0.3854,
        'part': 0.8158,
        'qualifier=about': -0.4822,
        'qualifier=at_least': 0.4461,
        'qualifier=exact': -0.2224,
        'qualifier=more_than': 0.1175,
        'qualifier=up_to': 0.179,
        'revision': 0.9418,
        'rule=abducted_then_killed': -0.0208,
        'rule=among_the_dead': -0.3387,
        'rule=bodies_found': 0.2488,
        'rule=bodies_of_people': 0.162,
        'rule=bodies_of_them': 0.0322,
        'rule=bodies_received': -0.0996,
        'rule=breakdown_of_last_total': -1.7102,
        'rule=brought_to_number_of': 0.0103,
        'rule=casualty_noun': -0.699,
        'rule=coordination': 0.194,
        'rule=coordination_backward': -0.3245,
        'rule=derived_sum': -0.915,
        'rule=died_of_wounds': 0.1083,
        'rule=driven_from_homes': 0.1105,
        'rule=fate_unknown': 0.5742,
        'rule=inline_list': 0.5776,
        'rule=kind_label': 0.0316,
        'rule=kind_modifier': -0.353,
        'rule=list_under_header': 0.1848,
        'rule=of_the_counted': 0.0062,
        'rule=partitive_of_kind': 0.6045,
        'rule=predicate': 0.1855,
        'rule=punctuated_breakdown': 0.6852,
        'rule=refugees_moved': 0.0135,
        'rule=single_victim': 0.6086,
        'rule=still_held': -0.7058,
        'rule=subset_of_total': -0.0469,
        'rule=toll_apposition': 0.0297,
        'rule=toll_clause': 0.0952,
        'rule=toll_opens_sentence': 0.021,
        'rule=trigger_before': 0.7496,
        'rule=with_wounds': 0.0184,
        'scope=cumulative': 0.4197,
        'scope=event': -0.3817,
        'single=detained': 0.7344,
        'single=displaced': -0.5958,
        'single=injured': -0.5685,
        'single=killed': -0.2551,
        'single=missing': -0.467,
        'size=1': -1.152,
        'size=10-99': 0.5233,
        'size=100-999': 0.0933,
        'size=1000+': 0.2794,
        'size=2-9': 0.294,
    },
}
