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
    blind37/ar at e178111
    blind37/en at 789930b
    blind38/ar at 9397746
    blind38/en at 9397746
    blind39/ar at cf27ce3
    blind39/en at cf27ce3
    blind40/ar at a43ce5e
    blind40/en at bfc3c8d
    blind41/ar at d828475
    blind41/en at d828475
    blind42/ar at 33d9ed8
    blind42/en at bbd629e
    blind43/ar at 6ca966a
    blind43/en at 6ff2033
    blind44/ar at 4e549e4
    blind44/en at 774398e
    blind45/ar at a1aa802
    blind45/en at a1aa802
    blind46/ar at a1aa802
    blind46/en at a1aa802
    blind47/ar at 4c5a41d
    blind47/en at 4c5a41d
    blind48/ar at 4c5a41d
    blind48/en at 4c5a41d
    blind49/ar at 62ab773
    blind49/en at ef59c34
    blind50/ar at 62ab773
    blind50/en at ef59c34
    blind51/ar at 67eadd3
    blind51/en at 592df50
    blind52/ar at 67eadd3
    blind52/en at 592df50
    blind53/ar at b492849
    blind53/en at 77d59aa
    blind54/ar at b492849
    blind54/en at 77d59aa
    blind55/ar at 936c56a
    blind55/en at c222872
    blind56/ar at 936c56a
    blind56/en at c222872
    blind57/ar at bad5ec6
    blind57/en at 6b65310
    blind58/ar at bad5ec6
    blind58/en at 6b65310
    blind59/ar at 852fa00
    blind59/en at 852fa00
    blind60/ar at 225cd40
    blind60/en at 852fa00
    blind61/ar at 05cf2cb
    blind61/en at 05cf2cb
    blind62/ar at 05cf2cb
    blind62/en at 05cf2cb
    blind63/ar at cb1ae8b
    blind63/en at 2b7663b
    blind64/ar at cb1ae8b
    blind64/en at 2b7663b
    blind65/ar at 724cbac
    blind65/en at 724cbac
    blind66/ar at 98ea8fa
    blind66/en at 724cbac
    blind67/ar at d9994c7
    blind67/en at 0ab7fdd
    blind68/ar at 4eb7a96
    blind68/en at 0ab7fdd
    blind69/ar at 8ad0a82
    blind69/en at f9c31b6
    blind70/ar at b258b6d
    blind70/en at 741e574

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.939, keeps 1.000 of the right
      >= 0.50: P 0.946, keeps 1.000 of the right
      >= 0.80: P 0.953, keeps 0.978 of the right
      >= 0.85: P 0.960, keeps 0.939 of the right
      >= 0.90: P 0.968, keeps 0.880 of the right
      >= 0.93: P 0.974, keeps 0.791 of the right
      >= 0.95: P 0.977, keeps 0.642 of the right
      confidence 0.00-0.80: 314 figures, mean confidence 0.601, right 0.557
      confidence 0.80-0.90: 928 figures, mean confidence 0.859, right 0.842
      confidence 0.90-0.95: 1999 figures, mean confidence 0.931, right 0.944
      confidence 0.95-1.00: 5213 figures, mean confidence 0.976, right 0.977
    en:
      >= 0.00: P 0.937, keeps 1.000 of the right
      >= 0.50: P 0.951, keeps 0.999 of the right
      >= 0.80: P 0.959, keeps 0.974 of the right
      >= 0.85: P 0.963, keeps 0.944 of the right
      >= 0.90: P 0.966, keeps 0.882 of the right
      >= 0.93: P 0.973, keeps 0.822 of the right
      >= 0.95: P 0.979, keeps 0.744 of the right
      confidence 0.00-0.80: 420 figures, mean confidence 0.558, right 0.514
      confidence 0.80-0.90: 839 figures, mean confidence 0.858, right 0.892
      confidence 0.90-0.95: 1258 figures, mean confidence 0.931, right 0.901
      confidence 0.95-1.00: 6229 figures, mean confidence 0.975, right 0.979
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.6991,
        'abducted': -3.1584,
        'derived': 0.0615,
        'kind=detained': -1.1903,
        'kind=displaced': 1.0413,
        'kind=injured': 0.5513,
        'kind=killed': -0.1412,
        'kind=missing': -0.2845,
        'no_victims': -0.6988,
        'part': 0.6816,
        'qualifier=about': -0.3298,
        'qualifier=at_least': 0.6365,
        'qualifier=exact': -0.0089,
        'qualifier=more_than': 0.0169,
        'qualifier=up_to': -0.3381,
        'revision': 1.4784,
        'rule=abducted_then_killed': 0.2452,
        'rule=among_the_kind': 0.0202,
        'rule=another_coordinated': 0.444,
        'rule=aside_one_of_them': 0.0168,
        'rule=became_kind': 0.1203,
        'rule=became_state': 0.0137,
        'rule=case_count': 0.482,
        'rule=case_count_of_toll': 0.0723,
        'rule=case_part_of_toll': -0.0851,
        'rule=condition_of_injured': 0.4,
        'rule=construct_toll': 0.0141,
        'rule=coordinated': 0.4396,
        'rule=coordinated_before_verb': 0.2068,
        'rule=count_before_far_verb': -0.086,
        'rule=crossed_border': 0.0426,
        'rule=cue_before': 0.3135,
        'rule=cue_in_clause': 0.3121,
        'rule=death_in_detention': 0.1105,
        'rule=definite_count_after_cue': -0.1057,
        'rule=derived_total': 0.0615,
        'rule=displaced_as_victims': 0.0079,
        'rule=dual_after_cue': 0.3976,
        'rule=dual_coordinated': 0.0423,
        'rule=dual_in_group': 0.2123,
        'rule=fate_of_the_n': 0.0398,
        'rule=fate_unknown': 0.4857,
        'rule=fate_unknown_adjective': 0.0146,
        'rule=forced_to_flee': 0.0436,
        'rule=gapped_line': -0.7746,
        'rule=in_group': 0.269,
        'rule=in_ranks_of': 0.2224,
        'rule=inline_breakdown_cell': 0.0112,
        'rule=kin_after_cue': -0.3527,
        'rule=kin_coordinated': -0.2095,
        'rule=kin_list_after_cue': -0.9433,
        'rule=kin_list_before_verb': -0.0868,
        'rule=kin_with_number': -0.7758,
        'rule=kind_adjective': -0.365,
        'rule=kind_dual': -0.1609,
        'rule=kind_noun': -0.8466,
        'rule=list_line': 0.3737,
        'rule=list_line_label': 0.0308,
        'rule=list_line_victim': 0.0161,
        'rule=made_to_flee': 0.0838,
        'rule=named_after_cue': 0.044,
        'rule=nationality_in_group': -0.2627,
        'rule=nationality_one': 0.1167,
        'rule=nationality_two': 0.042,
        'rule=noun_and_two': 0.0522,
        'rule=noun_and_two_coordinated': -0.0736,
        'rule=noun_before_verb': -0.9462,
        'rule=noun_kind_adjective': -0.2042,
        'rule=noun_ordinal_after_cue': 0.0533,
        'rule=noun_with_kin': 0.0032,
        'rule=object_after_subject': -0.4634,
        'rule=one_of_them': -0.0281,
        'rule=ordinal_after_cue': 0.0235,
        'rule=own_fate_unknown': 0.029,
        'rule=partitive_of_kind': -0.1465,
        'rule=people_struck': 0.0657,
        'rule=person_and_kin': -0.111,
        'rule=pronoun_cue': 0.1383,
        'rule=pushed_to_flee': 0.0312,
        'rule=self_and_kin_after_cue': 0.0065,
        'rule=singular_after_cue': 1.0293,
        'rule=singular_beside_in_place': -0.1225,
        'rule=singular_coordinated': -0.5126,
        'rule=singular_in_group': -0.2586,
        'rule=still_under': -0.0752,
        'rule=subset_of_figure': -0.7665,
        'rule=table_cell': 0.856,
        'rule=toll_includes': 0.1028,
        'rule=toll_linking_verb': 0.2781,
        'rule=toll_noun_later': 0.1153,
        'rule=verb_after_noun': 0.1663,
        'rule=were_among_the_kind': 0.02,
        'scope=cumulative': 0.2751,
        'scope=event': -0.2985,
        'single=detained': 0.1852,
        'single=injured': -0.9064,
        'single=killed': 0.0604,
        'single=missing': -0.3807,
        'size=1': -1.0415,
        'size=10-99': 0.5469,
        'size=100-999': 0.1285,
        'size=1000+': 0.1248,
        'size=2-9': 0.2179,
    },
    'en': {
        '_bias': 2.6664,
        'abducted': -3.8438,
        'derived': -0.3706,
        'kind=detained': -1.2331,
        'kind=displaced': 0.1911,
        'kind=injured': 0.629,
        'kind=killed': 0.394,
        'kind=missing': -0.0175,
        'no_victims': -0.3078,
        'part': 0.8755,
        'qualifier=about': -0.38,
        'qualifier=at_least': 0.4816,
        'qualifier=exact': -0.2253,
        'qualifier=more_than': 0.3851,
        'qualifier=up_to': -0.298,
        'revision': 0.5763,
        'rule=abducted_then_killed': 0.1111,
        'rule=among_next_total': 0.0028,
        'rule=among_the_dead': -0.2619,
        'rule=among_the_toll_again': 0.0018,
        'rule=and_of_items': 0.0087,
        'rule=bodies_found': 0.3184,
        'rule=bodies_of_people': 0.1901,
        'rule=bodies_of_them': 0.0132,
        'rule=bodies_received': -0.0315,
        'rule=bodies_received_with_wounded': 0.0055,
        'rule=breakdown_of_last_total': -2.1964,
        'rule=brought_to_number_of': 0.0292,
        'rule=carried_out_by': 0.0072,
        'rule=casualties_received': -0.2378,
        'rule=casualty_noun': -0.2169,
        'rule=coordination': 0.5468,
        'rule=coordination_backward': -0.6285,
        'rule=derived_sum': -0.3706,
        'rule=died_of_wounds': 0.0543,
        'rule=driven_from_homes': 0.0659,
        'rule=fate_unknown': 0.4098,
        'rule=gapped_actor_items': 0.0074,
        'rule=inline_list': 0.3197,
        'rule=kind_label': 0.0156,
        'rule=kind_modifier': -0.3916,
        'rule=list_under_header': 0.6807,
        'rule=lives_claimed': 0.004,
        'rule=lost_kin': -0.0291,
        'rule=lost_members': -0.1098,
        'rule=of_the_counted': 0.0489,
        'rule=opening_partitive': 0.003,
        'rule=part_with_wounds': 0.0198,
        'rule=partitive_of_kind': 0.2927,
        'rule=partitive_sibling': 0.0059,
        'rule=predicate': 0.3365,
        'rule=punctuated_breakdown': 0.4627,
        'rule=refugees_moved': 0.0045,
        'rule=semicolon_item': -0.1096,
        'rule=single_victim': 0.1776,
        'rule=still_held': -0.539,
        'rule=subset_of_total': 0.0943,
        'rule=toll_apposition': 0.0066,
        'rule=toll_clause': -0.1119,
        'rule=toll_opens_sentence': 0.0056,
        'rule=trigger_before': 0.9343,
        'rule=with_wounds': 0.014,
        'scope=cumulative': 0.292,
        'scope=event': -0.3285,
        'single=detained': 0.3397,
        'single=displaced': -0.4897,
        'single=injured': -0.6232,
        'single=killed': -0.1874,
        'single=missing': -0.2118,
        'size=1': -1.1725,
        'size=10-99': 0.5233,
        'size=100-999': 0.0229,
        'size=1000+': 0.5444,
        'size=2-9': 0.0454,
    },
}
