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
    blind26/ar at 407bcfd
    blind26/en at 407bcfd
    blind27/ar at b82ed01
    blind27/en at b82ed01
    blind28/ar at 311f1f1
    blind28/en at 311f1f1

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.923, keeps 1.000 of the right
      >= 0.50: P 0.929, keeps 0.996 of the right
      >= 0.80: P 0.948, keeps 0.946 of the right
      >= 0.85: P 0.955, keeps 0.910 of the right
      >= 0.90: P 0.962, keeps 0.823 of the right
      >= 0.93: P 0.965, keeps 0.700 of the right
      >= 0.95: P 0.970, keeps 0.572 of the right
      confidence 0.00-0.80: 253 figures, mean confidence 0.664, right 0.625
      confidence 0.80-0.90: 422 figures, mean confidence 0.862, right 0.865
      confidence 0.90-0.95: 782 figures, mean confidence 0.929, right 0.946
      confidence 0.95-1.00: 1739 figures, mean confidence 0.973, right 0.970
    en:
      >= 0.00: P 0.916, keeps 1.000 of the right
      >= 0.50: P 0.932, keeps 0.996 of the right
      >= 0.80: P 0.945, keeps 0.924 of the right
      >= 0.85: P 0.949, keeps 0.892 of the right
      >= 0.90: P 0.958, keeps 0.815 of the right
      >= 0.93: P 0.963, keeps 0.720 of the right
      >= 0.95: P 0.970, keeps 0.623 of the right
      confidence 0.00-0.80: 363 figures, mean confidence 0.630, right 0.669
      confidence 0.80-0.90: 403 figures, mean confidence 0.866, right 0.859
      confidence 0.90-0.95: 664 figures, mean confidence 0.930, right 0.919
      confidence 0.95-1.00: 2045 figures, mean confidence 0.974, right 0.970
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.3991,
        'abducted': -2.1601,
        'derived': 0.1406,
        'kind=detained': -1.3425,
        'kind=displaced': 0.8033,
        'kind=injured': 0.6602,
        'kind=killed': -0.0444,
        'kind=missing': -0.1373,
        'no_victims': -0.8137,
        'part': 0.7728,
        'qualifier=about': -0.4431,
        'qualifier=at_least': 0.7333,
        'qualifier=exact': -0.0566,
        'qualifier=more_than': 0.0105,
        'qualifier=up_to': -0.3049,
        'revision': 1.0672,
        'rule=abducted_then_killed': 0.2668,
        'rule=among_the_kind': 0.0303,
        'rule=another_coordinated': 0.5082,
        'rule=became_kind': -0.1515,
        'rule=case_count': 0.5036,
        'rule=case_count_of_toll': 0.063,
        'rule=case_part_of_toll': 0.2138,
        'rule=condition_of_injured': 0.3583,
        'rule=construct_toll': 0.0271,
        'rule=coordinated': 0.1968,
        'rule=coordinated_before_verb': 0.1677,
        'rule=count_before_far_verb': -0.1731,
        'rule=crossed_border': 0.0421,
        'rule=cue_before': 0.2478,
        'rule=cue_in_clause': 0.6718,
        'rule=death_in_detention': 0.0514,
        'rule=derived_total': 0.1406,
        'rule=displaced_as_victims': 0.0119,
        'rule=dual_after_cue': 0.4088,
        'rule=dual_coordinated': -0.2646,
        'rule=dual_in_group': -0.0338,
        'rule=fate_unknown': 0.4842,
        'rule=forced_to_flee': 0.0285,
        'rule=gapped_line': -1.0365,
        'rule=in_group': 0.3782,
        'rule=in_ranks_of': 0.3719,
        'rule=kin_after_cue': -0.4646,
        'rule=kin_coordinated': -0.4012,
        'rule=kin_list_after_cue': -0.756,
        'rule=kin_list_before_verb': 0.0377,
        'rule=kin_with_number': -1.3333,
        'rule=kind_adjective': -0.2836,
        'rule=kind_dual': 0.0458,
        'rule=kind_noun': -0.6707,
        'rule=list_line': -0.3549,
        'rule=list_line_victim': 0.0468,
        'rule=made_to_flee': 0.0953,
        'rule=named_after_cue': 0.1602,
        'rule=nationality_in_group': -0.3098,
        'rule=nationality_one': 0.2378,
        'rule=nationality_two': 0.0948,
        'rule=noun_and_two': 0.0487,
        'rule=noun_and_two_coordinated': -0.2584,
        'rule=noun_before_verb': -1.3127,
        'rule=object_after_subject': -0.6627,
        'rule=one_of_them': -0.1816,
        'rule=ordinal_after_cue': 0.0082,
        'rule=partitive_of_kind': 0.0162,
        'rule=person_and_kin': -0.2433,
        'rule=pronoun_cue': 0.3393,
        'rule=pushed_to_flee': 0.0292,
        'rule=singular_after_cue': 1.0174,
        'rule=singular_coordinated': -0.677,
        'rule=singular_in_group': -0.2875,
        'rule=still_under': -0.0992,
        'rule=subset_of_figure': 0.2376,
        'rule=table_cell': 1.1436,
        'rule=toll_includes': 0.0697,
        'rule=toll_linking_verb': 0.6476,
        'rule=toll_noun_later': 0.2584,
        'rule=verb_after_noun': 0.1882,
        'scope=cumulative': 0.2084,
        'scope=event': -0.2691,
        'single=detained': 0.2984,
        'single=injured': -1.0863,
        'single=killed': 0.1622,
        'single=missing': -0.5576,
        'size=1': -1.1832,
        'size=10-99': 0.4862,
        'size=100-999': 0.0314,
        'size=1000+': 0.4395,
        'size=2-9': 0.1653,
    },
    'en': {
        '_bias': 2.3459,
        'abducted': -3.134,
        'derived': -0.7815,
        'kind=detained': -1.4481,
        'kind=displaced': 0.4429,
        'kind=injured': 0.7543,
        'kind=killed': 0.4468,
        'kind=missing': -0.2195,
        'no_victims': -0.2973,
        'part': 0.8492,
        'qualifier=about': -0.4987,
        'qualifier=at_least': 0.3361,
        'qualifier=exact': -0.2486,
        'qualifier=more_than': 0.2349,
        'qualifier=up_to': 0.1526,
        'revision': 0.9566,
        'rule=abducted_then_killed': 0.035,
        'rule=among_the_dead': -0.2482,
        'rule=and_of_items': 0.0242,
        'rule=bodies_found': 0.2099,
        'rule=bodies_of_people': 0.1458,
        'rule=bodies_of_them': 0.021,
        'rule=bodies_received': -0.072,
        'rule=breakdown_of_last_total': -1.8105,
        'rule=brought_to_number_of': 0.0068,
        'rule=casualty_noun': -0.4386,
        'rule=coordination': 0.2494,
        'rule=coordination_backward': -0.2027,
        'rule=derived_sum': -0.7815,
        'rule=died_of_wounds': 0.0799,
        'rule=driven_from_homes': 0.1089,
        'rule=fate_unknown': 0.5957,
        'rule=inline_list': 0.4615,
        'rule=kind_label': 0.0259,
        'rule=kind_modifier': -0.4833,
        'rule=list_under_header': 0.1488,
        'rule=lost_kin': 0.0242,
        'rule=of_the_counted': 0.0131,
        'rule=partitive_of_kind': 0.3044,
        'rule=predicate': 0.1814,
        'rule=punctuated_breakdown': 0.6107,
        'rule=refugees_moved': 0.0146,
        'rule=single_victim': 0.2938,
        'rule=still_held': -0.6387,
        'rule=subset_of_total': 0.0944,
        'rule=toll_apposition': 0.0203,
        'rule=toll_clause': 0.0787,
        'rule=toll_opens_sentence': 0.0125,
        'rule=trigger_before': 0.8741,
        'rule=with_wounds': 0.0169,
        'scope=cumulative': 0.3085,
        'scope=event': -0.3321,
        'single=detained': 0.6759,
        'single=displaced': -0.8969,
        'single=injured': -0.699,
        'single=killed': 0.013,
        'single=missing': -0.4595,
        'size=1': -1.3664,
        'size=10-99': 0.5721,
        'size=100-999': 0.1325,
        'size=1000+': 0.4601,
        'size=2-9': 0.1781,
    },
}
