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
    blind25/ar at 2d83be6
    blind25/en at 2d83be6

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.922, keeps 1.000 of the right
      >= 0.50: P 0.930, keeps 0.995 of the right
      >= 0.80: P 0.948, keeps 0.950 of the right
      >= 0.85: P 0.952, keeps 0.915 of the right
      >= 0.90: P 0.959, keeps 0.823 of the right
      >= 0.93: P 0.967, keeps 0.703 of the right
      >= 0.95: P 0.971, keeps 0.557 of the right
      confidence 0.00-0.80: 200 figures, mean confidence 0.656, right 0.615
      confidence 0.80-0.90: 350 figures, mean confidence 0.864, right 0.877
      confidence 0.90-0.95: 693 figures, mean confidence 0.929, right 0.935
      confidence 0.95-1.00: 1398 figures, mean confidence 0.974, right 0.971
    en:
      >= 0.00: P 0.917, keeps 1.000 of the right
      >= 0.50: P 0.927, keeps 0.996 of the right
      >= 0.80: P 0.943, keeps 0.927 of the right
      >= 0.85: P 0.947, keeps 0.884 of the right
      >= 0.90: P 0.957, keeps 0.814 of the right
      >= 0.93: P 0.962, keeps 0.706 of the right
      >= 0.95: P 0.965, keeps 0.600 of the right
      confidence 0.00-0.80: 280 figures, mean confidence 0.648, right 0.679
      confidence 0.80-0.90: 347 figures, mean confidence 0.859, right 0.850
      confidence 0.90-0.95: 597 figures, mean confidence 0.930, right 0.936
      confidence 0.95-1.00: 1626 figures, mean confidence 0.973, right 0.965
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.389,
        'abducted': -2.0118,
        'derived': 0.1765,
        'kind=detained': -1.4546,
        'kind=displaced': 0.7381,
        'kind=injured': 0.7684,
        'kind=killed': 0.0931,
        'kind=missing': -0.2095,
        'no_victims': -0.9567,
        'part': 0.895,
        'qualifier=about': -0.2452,
        'qualifier=at_least': 0.6819,
        'qualifier=exact': -0.1394,
        'qualifier=more_than': -0.007,
        'qualifier=up_to': -0.3548,
        'revision': 0.8407,
        'rule=abducted_then_killed': 0.2849,
        'rule=among_the_kind': 0.0349,
        'rule=another_coordinated': 0.5294,
        'rule=became_kind': -0.2173,
        'rule=case_count': 0.6486,
        'rule=case_count_of_toll': 0.0694,
        'rule=case_part_of_toll': 0.0938,
        'rule=condition_of_injured': 0.2757,
        'rule=construct_toll': 0.0403,
        'rule=coordinated': 0.7469,
        'rule=coordinated_before_verb': 0.1935,
        'rule=count_before_far_verb': -0.2026,
        'rule=crossed_border': 0.0299,
        'rule=cue_before': 0.1556,
        'rule=cue_in_clause': 0.7319,
        'rule=death_in_detention': 0.0514,
        'rule=derived_total': 0.1765,
        'rule=displaced_as_victims': 0.0122,
        'rule=dual_after_cue': 0.4229,
        'rule=dual_coordinated': -0.43,
        'rule=dual_in_group': -0.2409,
        'rule=fate_unknown': 0.5117,
        'rule=forced_to_flee': 0.0399,
        'rule=gapped_line': -1.1701,
        'rule=in_group': 0.1777,
        'rule=in_ranks_of': 0.3924,
        'rule=kin_after_cue': -0.0579,
        'rule=kin_coordinated': -0.5231,
        'rule=kin_list_after_cue': -0.8932,
        'rule=kin_list_before_verb': 0.0222,
        'rule=kin_with_number': -1.2712,
        'rule=kind_adjective': -0.0593,
        'rule=kind_dual': 0.0285,
        'rule=kind_noun': -0.6618,
        'rule=list_line': -0.4795,
        'rule=list_line_victim': 0.0522,
        'rule=made_to_flee': 0.1005,
        'rule=named_after_cue': -0.0592,
        'rule=nationality_in_group': -0.3356,
        'rule=nationality_one': 0.1856,
        'rule=nationality_two': 0.0522,
        'rule=noun_and_two': 0.0563,
        'rule=noun_and_two_coordinated': 0.0349,
        'rule=noun_before_verb': -1.0676,
        'rule=object_after_subject': -0.7771,
        'rule=one_of_them': -0.2692,
        'rule=ordinal_after_cue': -0.1413,
        'rule=partitive_of_kind': -0.0247,
        'rule=person_and_kin': -0.2827,
        'rule=pronoun_cue': 0.391,
        'rule=pushed_to_flee': 0.0117,
        'rule=singular_after_cue': 0.9577,
        'rule=singular_coordinated': -0.6064,
        'rule=singular_in_group': -0.2202,
        'rule=still_under': -0.1183,
        'rule=subset_of_figure': 0.148,
        'rule=table_cell': 1.0397,
        'rule=toll_includes': 0.0606,
        'rule=toll_linking_verb': 0.7824,
        'rule=toll_noun_later': 0.3113,
        'rule=verb_after_noun': 0.1901,
        'scope=cumulative': 0.2653,
        'scope=event': -0.3299,
        'single=detained': 0.18,
        'single=injured': -0.9051,
        'single=killed': 0.2072,
        'single=missing': -0.6006,
        'size=1': -1.1185,
        'size=10-99': 0.5237,
        'size=100-999': 0.0023,
        'size=1000+': 0.3353,
        'size=2-9': 0.1927,
    },
    'en': {
        '_bias': 2.3936,
        'abducted': -2.5458,
        'derived': -0.7989,
        'kind=detained': -1.6097,
        'kind=displaced': 0.7568,
        'kind=injured': 0.8428,
        'kind=killed': 0.3241,
        'kind=missing': -0.307,
        'no_victims': -0.3286,
        'part': 0.7914,
        'qualifier=about': -0.451,
        'qualifier=at_least': 0.3394,
        'qualifier=exact': -0.2067,
        'qualifier=more_than': 0.1532,
        'qualifier=up_to': 0.1721,
        'revision': 0.9789,
        'rule=abducted_then_killed': -0.0335,
        'rule=among_the_dead': -0.3106,
        'rule=bodies_found': 0.2338,
        'rule=bodies_of_people': 0.1521,
        'rule=bodies_of_them': 0.0281,
        'rule=bodies_received': -0.0979,
        'rule=breakdown_of_last_total': -1.713,
        'rule=brought_to_number_of': 0.0094,
        'rule=casualty_noun': -0.593,
        'rule=coordination': 0.3007,
        'rule=coordination_backward': -0.1621,
        'rule=derived_sum': -0.7989,
        'rule=died_of_wounds': 0.0974,
        'rule=driven_from_homes': 0.105,
        'rule=fate_unknown': 0.5775,
        'rule=inline_list': 0.5524,
        'rule=kind_label': 0.0289,
        'rule=kind_modifier': -0.5088,
        'rule=list_under_header': 0.2734,
        'rule=of_the_counted': 0.0058,
        'rule=partitive_of_kind': 0.5832,
        'rule=predicate': 0.2222,
        'rule=punctuated_breakdown': 0.6822,
        'rule=refugees_moved': 0.0133,
        'rule=single_victim': 0.3561,
        'rule=still_held': -0.7359,
        'rule=subset_of_total': -0.0885,
        'rule=toll_apposition': 0.0262,
        'rule=toll_clause': -0.0017,
        'rule=toll_opens_sentence': 0.018,
        'rule=trigger_before': 0.7683,
        'rule=with_wounds': 0.0171,
        'scope=cumulative': 0.3909,
        'scope=event': -0.384,
        'single=detained': 0.7799,
        'single=displaced': -0.7674,
        'single=injured': -0.5308,
        'single=killed': -0.1778,
        'single=missing': -0.4621,
        'size=1': -1.1582,
        'size=10-99': 0.5546,
        'size=100-999': 0.0922,
        'size=1000+': 0.3099,
        'size=2-9': 0.2083,
    },
}
