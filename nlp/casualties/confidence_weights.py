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
    blind29/ar at 7b1ec4b
    blind29/en at 7b1ec4b
    blind30/ar at dd0c5d0
    blind30/en at dd0c5d0
    blind31/ar at 6d3e7b4
    blind31/en at 6d3e7b4
    blind32/ar at 6808167
    blind32/en at 27fdf73
    blind33/ar at 2069dd3
    blind33/en at 2069dd3
    blind34/ar at 07affd3
    blind34/en at 07affd3
    blind35/ar at ac9f4a6
    blind35/en at ac9f4a6
    blind36/ar at 11e61f8
    blind36/en at 11e61f8

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.926, keeps 1.000 of the right
      >= 0.50: P 0.934, keeps 0.998 of the right
      >= 0.80: P 0.949, keeps 0.961 of the right
      >= 0.85: P 0.956, keeps 0.912 of the right
      >= 0.90: P 0.964, keeps 0.828 of the right
      >= 0.93: P 0.970, keeps 0.725 of the right
      >= 0.95: P 0.971, keeps 0.573 of the right
      confidence 0.00-0.80: 291 figures, mean confidence 0.646, right 0.581
      confidence 0.80-0.90: 668 figures, mean confidence 0.858, right 0.865
      confidence 0.90-0.95: 1165 figures, mean confidence 0.931, right 0.948
      confidence 0.95-1.00: 2565 figures, mean confidence 0.974, right 0.971
    en:
      >= 0.00: P 0.925, keeps 1.000 of the right
      >= 0.50: P 0.939, keeps 0.998 of the right
      >= 0.80: P 0.951, keeps 0.942 of the right
      >= 0.85: P 0.956, keeps 0.905 of the right
      >= 0.90: P 0.963, keeps 0.849 of the right
      >= 0.93: P 0.968, keeps 0.766 of the right
      >= 0.95: P 0.975, keeps 0.646 of the right
      confidence 0.00-0.80: 425 figures, mean confidence 0.623, right 0.635
      confidence 0.80-0.90: 513 figures, mean confidence 0.856, right 0.858
      confidence 0.90-0.95: 1029 figures, mean confidence 0.933, right 0.925
      confidence 0.95-1.00: 3110 figures, mean confidence 0.975, right 0.975
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.4065,
        'abducted': -2.6697,
        'derived': 0.0168,
        'kind=detained': -1.2594,
        'kind=displaced': 1.0099,
        'kind=injured': 0.4668,
        'kind=killed': -0.0776,
        'kind=missing': -0.2371,
        'no_victims': -0.7382,
        'part': 0.7101,
        'qualifier=about': -0.5539,
        'qualifier=at_least': 0.7048,
        'qualifier=exact': 0.0241,
        'qualifier=more_than': -0.0642,
        'qualifier=up_to': -0.2084,
        'revision': 1.3052,
        'rule=abducted_then_killed': 0.1945,
        'rule=among_the_kind': 0.0215,
        'rule=another_coordinated': 0.4031,
        'rule=became_kind': 0.0063,
        'rule=case_count': 0.3624,
        'rule=case_count_of_toll': 0.0945,
        'rule=case_part_of_toll': 0.0248,
        'rule=condition_of_injured': 0.3237,
        'rule=construct_toll': 0.0158,
        'rule=coordinated': 0.2999,
        'rule=coordinated_before_verb': 0.284,
        'rule=count_before_far_verb': -0.1571,
        'rule=crossed_border': 0.0461,
        'rule=cue_before': 0.4287,
        'rule=cue_in_clause': 0.6132,
        'rule=death_in_detention': 0.0393,
        'rule=definite_count_after_cue': -0.1647,
        'rule=derived_total': 0.0168,
        'rule=displaced_as_victims': 0.0086,
        'rule=dual_after_cue': 0.5595,
        'rule=dual_coordinated': -0.1028,
        'rule=dual_in_group': 0.1069,
        'rule=fate_of_the_n': 0.0145,
        'rule=fate_unknown': 0.5515,
        'rule=forced_to_flee': 0.0499,
        'rule=gapped_line': -0.9598,
        'rule=in_group': 0.5061,
        'rule=in_ranks_of': 0.4156,
        'rule=kin_after_cue': -0.3846,
        'rule=kin_coordinated': -0.3129,
        'rule=kin_list_after_cue': -1.1962,
        'rule=kin_list_before_verb': -0.0855,
        'rule=kin_with_number': -1.1414,
        'rule=kind_adjective': -0.2879,
        'rule=kind_dual': -0.3602,
        'rule=kind_noun': -0.599,
        'rule=list_line': 0.308,
        'rule=list_line_label': -0.0108,
        'rule=list_line_victim': 0.0338,
        'rule=made_to_flee': 0.08,
        'rule=named_after_cue': 0.0644,
        'rule=nationality_in_group': -0.2602,
        'rule=nationality_one': 0.0722,
        'rule=nationality_two': 0.0677,
        'rule=noun_and_two': 0.0366,
        'rule=noun_and_two_coordinated': -0.1648,
        'rule=noun_before_verb': -1.1497,
        'rule=object_after_subject': -0.6962,
        'rule=one_of_them': 0.014,
        'rule=ordinal_after_cue': 0.0294,
        'rule=own_fate_unknown': 0.0379,
        'rule=partitive_of_kind': -0.2843,
        'rule=person_and_kin': -0.1783,
        'rule=pronoun_cue': 0.226,
        'rule=pushed_to_flee': 0.0323,
        'rule=singular_after_cue': 0.8287,
        'rule=singular_coordinated': -0.6033,
        'rule=singular_in_group': -0.2507,
        'rule=still_under': 0.0083,
        'rule=subset_of_figure': -0.4034,
        'rule=table_cell': 1.2468,
        'rule=toll_includes': 0.1144,
        'rule=toll_linking_verb': 0.6513,
        'rule=toll_noun_later': 0.174,
        'rule=verb_after_noun': 0.2395,
        'rule=were_among_the_kind': 0.0036,
        'scope=cumulative': 0.2092,
        'scope=event': -0.3067,
        'single=detained': 0.2715,
        'single=injured': -0.8107,
        'single=killed': 0.1058,
        'single=missing': -0.6057,
        'size=1': -1.0391,
        'size=10-99': 0.3851,
        'size=100-999': 0.0743,
        'size=1000+': 0.3296,
        'size=2-9': 0.1526,
    },
    'en': {
        '_bias': 2.3877,
        'abducted': -3.4694,
        'derived': -0.7481,
        'kind=detained': -1.3545,
        'kind=displaced': 0.2019,
        'kind=injured': 0.816,
        'kind=killed': 0.4395,
        'kind=missing': -0.1994,
        'no_victims': -0.3426,
        'part': 0.8514,
        'qualifier=about': -0.3945,
        'qualifier=at_least': 0.4794,
        'qualifier=exact': -0.0897,
        'qualifier=more_than': 0.3557,
        'qualifier=up_to': -0.4473,
        'revision': 0.8302,
        'rule=abducted_then_killed': 0.1046,
        'rule=among_next_total': 0.0055,
        'rule=among_the_dead': -0.3902,
        'rule=and_of_items': 0.0155,
        'rule=bodies_found': 0.433,
        'rule=bodies_of_people': 0.0957,
        'rule=bodies_of_them': 0.025,
        'rule=bodies_received': -0.1483,
        'rule=breakdown_of_last_total': -1.9494,
        'rule=brought_to_number_of': 0.0207,
        'rule=carried_out_by': 0.0157,
        'rule=casualty_noun': -0.23,
        'rule=coordination': 0.2762,
        'rule=coordination_backward': -0.437,
        'rule=derived_sum': -0.7481,
        'rule=died_of_wounds': 0.1019,
        'rule=driven_from_homes': 0.0924,
        'rule=fate_unknown': 0.5647,
        'rule=inline_list': 0.1507,
        'rule=kind_label': 0.0162,
        'rule=kind_modifier': -0.6107,
        'rule=list_under_header': 0.3488,
        'rule=lives_claimed': 0.0045,
        'rule=lost_kin': 0.0155,
        'rule=lost_members': 0.0109,
        'rule=of_the_counted': 0.029,
        'rule=partitive_of_kind': 0.3728,
        'rule=predicate': 0.2927,
        'rule=punctuated_breakdown': 0.4993,
        'rule=refugees_moved': 0.0112,
        'rule=single_victim': 0.3654,
        'rule=still_held': -0.61,
        'rule=subset_of_total': 0.1531,
        'rule=toll_apposition': 0.0137,
        'rule=toll_clause': 0.1066,
        'rule=toll_opens_sentence': 0.0095,
        'rule=trigger_before': 0.8664,
        'rule=with_wounds': 0.0102,
        'scope=cumulative': 0.2822,
        'scope=event': -0.3786,
        'single=detained': 0.5367,
        'single=displaced': -0.7017,
        'single=injured': -0.6956,
        'single=killed': -0.1562,
        'single=missing': -0.2035,
        'size=1': -1.2203,
        'size=10-99': 0.5249,
        'size=100-999': -0.0048,
        'size=1000+': 0.4426,
        'size=2-9': 0.1612,
    },
}
